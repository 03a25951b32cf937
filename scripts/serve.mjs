#!/usr/bin/env node
// Recoupe static server: a tiny, dependency-free file server for the web page.
//
//   node scripts/serve.mjs --root DIR [--port 8080] [--host 127.0.0.1] [--corpus DIR]
//
// Serves files below --root only (no directory traversal, no symlink escape),
// with strict security headers. With --corpus, also exposes a read-only
// listing of that directory's documents under /preload/ so that the page can
// load them on start-up. Everything stays on this machine.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const MIME = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.htm', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.map', 'application/json; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.wasm', 'application/wasm'],
  ['.dat', 'application/octet-stream'],
  ['.bin', 'application/octet-stream'],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.ico', 'image/x-icon'],
]);

const CORPUS_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.eml', '.json']);

function usage(message) {
  if (message) process.stderr.write(`serve.mjs: ${message}\n`);
  process.stderr.write('usage: node scripts/serve.mjs --root DIR [--port 8080] [--host 127.0.0.1] [--corpus DIR]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { root: null, port: 8080, host: '127.0.0.1', corpus: null };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--root': opts.root = next(); break;
      case '--port': {
        const v = next();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) usage(`invalid port: ${v}`);
        opts.port = n;
        break;
      }
      case '--host': opts.host = next(); break;
      case '--corpus': opts.corpus = next(); break;
      case '-h': case '--help': usage(); break;
      default: usage(`unknown argument: ${arg}`);
    }
  }
  if (!opts.root) usage('--root is required');
  return opts;
}

/** Real path of an existing directory, or exit with a message. */
function realDir(dir, what) {
  try {
    const real = fs.realpathSync(path.resolve(dir));
    if (!fs.statSync(real).isDirectory()) throw new Error('not a directory');
    return real;
  } catch (err) {
    process.stderr.write(`serve.mjs: ${what} ${dir}: ${err.message}\n`);
    process.exit(2);
  }
}

function isInside(base, candidate) {
  return candidate === base || candidate.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

/**
 * Map a URL path (already stripped of its mount prefix) to a real file path
 * inside base. Returns null for anything suspicious or missing.
 */
async function resolveInside(base, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const candidate = path.resolve(base, '.' + path.sep + segments.filter(Boolean).join(path.sep));
  if (!isInside(base, candidate)) return null;
  let real;
  try {
    real = await fsp.realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(base, real)) return null; // symlink pointing outside
  return real;
}

async function listCorpus(base) {
  const out = [];
  async function walk(dir, rel) {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        await walk(path.join(dir, e.name), relPath);
      } else if (e.isFile() && CORPUS_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
        out.push(relPath);
      }
    }
  }
  await walk(base, '');
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return out;
}

function baseHeaders(contentType) {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Referrer-Policy': 'no-referrer',
  };
}

function sendText(req, res, status, text) {
  const body = Buffer.from(text + '\n', 'utf8');
  res.writeHead(status, { ...baseHeaders('text/plain; charset=utf-8'), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendJson(req, res, value) {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(200, { ...baseHeaders('application/json; charset=utf-8'), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function sendFile(req, res, file, contentType) {
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch {
    return sendText(req, res, 404, 'Not found');
  }
  if (!stat.isFile()) return sendText(req, res, 404, 'Not found');
  res.writeHead(200, { ...baseHeaders(contentType), 'Content-Length': stat.size });
  if (req.method === 'HEAD') return res.end();
  const stream = fs.createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function createServer({ root, corpus = null }) {
  return http.createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return sendText(req, res, 405, 'Method not allowed');
      }
      const rawPath = (req.url || '/').split('?')[0].split('#')[0];
      if (!rawPath.startsWith('/')) return sendText(req, res, 400, 'Bad request');

      if (rawPath === '/preload' || rawPath.startsWith('/preload/')) {
        if (!corpus) return sendText(req, res, 404, 'Not found');
        const rel = rawPath.slice('/preload/'.length);
        if (rel === 'manifest.json') return sendJson(req, res, { documents: await listCorpus(corpus) });
        const file = await resolveInside(corpus, rel);
        if (!file || !CORPUS_EXTENSIONS.has(path.extname(file).toLowerCase())) {
          return sendText(req, res, 404, 'Not found');
        }
        // Raw bytes: the page decodes them itself; never let the browser render them.
        return sendFile(req, res, file, 'application/octet-stream');
      }

      let file = await resolveInside(root, rawPath);
      if (!file) return sendText(req, res, 404, 'Not found');
      const stat = await fsp.stat(file);
      if (stat.isDirectory()) {
        if (!rawPath.endsWith('/')) {
          res.writeHead(301, { ...baseHeaders('text/plain; charset=utf-8'), Location: rawPath + '/' });
          return res.end();
        }
        file = path.join(file, 'index.html');
      }
      const type = MIME.get(path.extname(file).toLowerCase()) || 'application/octet-stream';
      return sendFile(req, res, file, type);
    } catch (err) {
      if (!res.headersSent) sendText(req, res, 500, 'Internal error');
      else res.destroy();
    }
  });
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = realDir(opts.root, '--root');
  const corpus = opts.corpus ? realDir(opts.corpus, '--corpus') : null;
  const server = createServer({ root, corpus });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('error', (err) => {
    process.stderr.write(`serve.mjs: ${err.message}\n`);
    process.exit(1);
  });
  server.listen(opts.port, opts.host, () => {
    const { port } = server.address();
    const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    process.stdout.write(`Recoupe is served at http://${host}:${port}/\n`);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => process.exit(0));
    for (const s of sockets) s.destroy();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
