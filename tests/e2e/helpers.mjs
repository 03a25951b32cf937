// Shared helpers for the end-to-end tests (real headless Chromium).

import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const siteDir = path.resolve(repoRoot, process.env.RECOUPE_SITE_DIR || 'build/site');
export const sharedDir = path.resolve(repoRoot, process.env.RECOUPE_SHARED_DIR || '../shared');
export const seedsDir = path.join(sharedDir, 'corpus', 'seeds');
export const screenshotDir = path.join(repoRoot, 'tests', 'e2e', 'screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Fails with a clear message when the built site is missing. */
export function checkSite() {
  const entry = path.join(siteDir, 'recoupe', 'recoupe.js');
  if (!fs.existsSync(path.join(siteDir, 'index.html')) || !fs.existsSync(entry)) {
    throw new Error(
      `The built site is missing (${siteDir}: need index.html and recoupe/recoupe.js). ` +
        'Build it first (scripts/build), or set RECOUPE_SITE_DIR.',
    );
  }
}

export function seedsPresent() {
  try {
    return fs.statSync(seedsDir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Start scripts/serve.mjs on a free port. Resolves { url, origin, stop }.
 */
export function startServer({ root = siteDir, corpus = null, timeoutMs = 15000 } = {}) {
  const args = [path.join(repoRoot, 'scripts', 'serve.mjs'), '--root', root, '--port', '0', '--host', '127.0.0.1'];
  if (corpus) args.push('--corpus', corpus);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time; stderr: ${stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      const match = /Recoupe is served at (http:\/\/[^\s]+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], origin: new URL(match[1]).origin, stop, child });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited early with code ${code}; stderr: ${stderr}`));
    });
  });
}

let playwright;
async function loadPlaywright() {
  if (playwright) return playwright;
  const require = createRequire(path.join(repoRoot, 'package.json'));
  try {
    playwright = require('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: run `npm install` at the repository root.');
  }
  return playwright;
}

export async function launchBrowser() {
  const { chromium } = await loadPlaywright();
  return chromium.launch({
    executablePath: process.env.RECOUPE_CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page that records page errors, console errors, CSP violations and
 * every network request (including the worker's).
 */
export async function newPage(browser, { viewport = { width: 1280, height: 800 }, acceptDownloads = false } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const log = { pageErrors: [], consoleErrors: [], cspConsole: [], requests: [], dialogs: [] };
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/Content Security Policy/i.test(text)) log.cspConsole.push(text);
    if (msg.type() === 'error') log.consoleErrors.push(text);
  });
  context.on('request', (req) => log.requests.push(req.url()));
  page.on('dialog', (dialog) => {
    log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return { context, page, log };
}

export const DOC_ITEMS = '#doc-list [data-doc-id]';
export const READER_MARKS = '#reader [data-entity][data-type]';

/** Wait until the document list shows exactly n documents and analysis is done. */
export async function waitForDocuments(page, n, timeout = 60000) {
  try {
    await page.waitForFunction(
      ({ sel, n }) =>
        document.querySelectorAll(sel).length === n &&
        !document.body.classList.contains('busy') &&
        document.getElementById('reader').hasAttribute('data-doc-id'),
      { sel: DOC_ITEMS, n },
      { timeout },
    );
  } catch (err) {
    const seen = await page.$$eval(DOC_ITEMS, (els) => els.length).catch(() => '?');
    const status = await page.textContent('#status').catch(() => '?');
    throw new Error(`expected ${n} documents in the list, saw ${seen}; status: "${status}"\n${err.message}`);
  }
}

export async function readerDocId(page) {
  return page.getAttribute('#reader', 'data-doc-id');
}

export function ensureScreenshotDir() {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return screenshotDir;
}

/**
 * One Chromium for the whole test file: launched before its tests (after
 * checking that the site is built) and closed after them. Returns a getter.
 */
export function useBrowser() {
  let browser;
  before(async () => {
    checkSite();
    browser = await launchBrowser();
  });
  after(async () => {
    if (browser) await browser.close();
  });
  return () => browser;
}

/**
 * Serves the site, opens it in a new page of `browser` and waits for the four
 * documents of the demo corpus; the page and the server close after test `t`.
 */
export async function openDemoWorkspace(t, browser, pageOptions = {}) {
  const server = await startServer();
  t.after(() => server.stop());
  const { context, page, log } = await newPage(browser, pageOptions);
  t.after(() => context.close());
  await page.goto(server.url);
  await waitForDocuments(page, 4);
  return { server, context, page, log };
}
