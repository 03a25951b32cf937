// The installed package works in Chromium, from a <script type="module"> and
// from a module Web Worker, under the Content-Security-Policy of scripts/serve.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { installPackage } from './helpers.mjs';
import { startServer, launchBrowser, newPage } from '../e2e/helpers.mjs';

const TEXT = 'Émoi 😀 à Séoul : selon l\'agence KCNA, la Corée du Nord dément. Écrivez à presse@exemple.fr le 24 novembre 2014.';

// Shared by the page and the worker: analyses a text and returns what the test checks.
const ANALYSE = `
import { createRecoupe, RecoupeError } from './node_modules/recoupe/recoupe.js';

export async function analyse(text) {
  const recoupe = await createRecoupe();
  const corpus = recoupe.createCorpus();
  corpus.add({ id: 'a.txt', text });
  const result = corpus.analyze();
  let misuse = null;
  try {
    corpus.add({ id: 'b.pdf', text: 'x', format: 'pdf' });
  } catch (error) {
    misuse = { code: error.code, isRecoupeError: error instanceof RecoupeError };
  }
  corpus.delete();
  return {
    version: recoupe.version,
    inWorker: typeof WorkerGlobalScope !== 'undefined',
    language: result.documents[0].language,
    mentions: result.mentions.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    misuse,
  };
}
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>recoupe consumer</title>
<link rel="icon" href="data:,">
<script type="module" src="./main.js"></script>
</head>
<body>
<pre id="page">pending</pre>
<pre id="worker">pending</pre>
</body>
</html>
`;

const MAIN_JS = `
import { analyse } from './analyse.js';

const text = ${JSON.stringify(TEXT)};
window.__result = {};

function report(where, value) {
  window.__result[where] = value;
  document.getElementById(where).textContent = JSON.stringify(value);
}

analyse(text).then((value) => report('page', value), (error) => report('page', { error: String(error?.stack ?? error) }));

const worker = new Worker('./worker.js', { type: 'module' });
worker.onmessage = (event) => report('worker', event.data);
worker.onerror = (event) => report('worker', { error: event.message || 'the worker failed to load' });
worker.postMessage(text);
`;

const WORKER_JS = `
import { analyse } from './analyse.js';

self.onmessage = async (event) => {
  try {
    self.postMessage(await analyse(event.data));
  } catch (error) {
    self.postMessage({ error: String(error?.stack ?? error) });
  }
};
`;

let project;
let server;
let browser;

before(async () => {
  project = await installPackage('recoupe-browser-');
  await writeFile(path.join(project.dir, 'index.html'), INDEX_HTML);
  await writeFile(path.join(project.dir, 'main.js'), MAIN_JS);
  await writeFile(path.join(project.dir, 'worker.js'), WORKER_JS);
  await writeFile(path.join(project.dir, 'analyse.js'), ANALYSE);
  server = await startServer({ root: project.dir });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await project?.remove();
});

function checkAnalysis(value, where) {
  assert.equal(value.error, undefined, `${where}: ${value.error}`);
  assert.match(value.version, /^recoupe \d+\.\d+\.\d+$/);
  assert.equal(value.language, 'fr');
  assert.ok(value.mentions.length >= 4, `${where}: ${value.mentions.length} mentions`);
  for (const mention of value.mentions) {
    assert.equal(TEXT.slice(mention.start, mention.end), mention.text, `${where}: ${JSON.stringify(mention)}`);
  }
  const korea = value.mentions.find((m) => m.text === 'Corée du Nord');
  assert.equal(korea?.start, TEXT.indexOf('Corée du Nord'), where);
  assert.equal(value.mentions.find((m) => m.type === 'EMAIL')?.text, 'presse@exemple.fr', where);
  assert.equal(value.mentions.find((m) => m.type === 'DATE')?.value, '2014-11-24', where);
  assert.deepEqual(value.misuse, { code: 'unsupported-format', isRecoupeError: true }, where);
}

test('a module script and a module worker both analyse a text with the installed package', async () => {
  const { context, page, log } = await newPage(browser);
  try {
    const response = await page.goto(server.url);
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
    await page.waitForFunction(() => window.__result?.page && window.__result?.worker, null, { timeout: 45000 });
    const result = await page.evaluate(() => window.__result);

    checkAnalysis(result.page, 'page');
    assert.equal(result.page.inWorker, false);
    checkAnalysis(result.worker, 'worker');
    assert.equal(result.worker.inWorker, true);
    assert.deepEqual(result.worker.mentions, result.page.mentions);

    // What the page shows is what it computed.
    assert.equal(await page.textContent('#page'), JSON.stringify(result.page));
    assert.equal(await page.textContent('#worker'), JSON.stringify(result.worker));

    const cspViolations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(log.cspConsole, []);
    assert.deepEqual(log.pageErrors, []);
    assert.deepEqual(log.consoleErrors, []);
    const wasmRequests = log.requests.filter((url) => new URL(url).pathname === '/node_modules/recoupe/recoupe-core.wasm');
    assert.ok(wasmRequests.length >= 1, `the .wasm next to the module was not fetched: ${log.requests.join(', ')}`);
    for (const url of log.requests) assert.equal(new URL(url).origin, server.origin, `request outside the server: ${url}`);
  } finally {
    await context.close();
  }
});
