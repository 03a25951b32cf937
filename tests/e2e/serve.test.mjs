// scripts/serve.mjs: MIME types, security headers, traversal protection,
// the /preload/ corpus endpoints and clean shutdown. No browser needed.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './helpers.mjs';

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

let tmp;
let root;
let corpus;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recoupe-serve-'));
  root = path.join(tmp, 'site');
  corpus = path.join(tmp, 'corpus');
  fs.mkdirSync(path.join(root, 'recoupe'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(root, 'app.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'style.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'recoupe', 'recoupe.js'), 'export {};');
  fs.writeFileSync(path.join(root, 'recoupe', 'recoupe.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(root, 'recoupe', 'lexicon.dat'), 'x');
  fs.writeFileSync(path.join(root, 'data.json'), '{}');
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
  fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(root, 'link.txt'));

  fs.mkdirSync(path.join(corpus, 'sub', 'deeper'), { recursive: true });
  fs.mkdirSync(path.join(corpus, '.hidden'));
  for (const f of ['b.txt', 'a.md', 'sub/c.html', 'sub/deeper/d.eml', 'sub/e.json', 'sub/x.htm', 'image.png', 'notes.docx', '.hidden/h.txt', '.dot.txt']) {
    fs.writeFileSync(path.join(corpus, f), `content of ${f}`);
  }
  fs.writeFileSync(path.join(corpus, 'sub', 'weird name é.txt'), 'spaces');
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Raw request, so that paths like /../x reach the server unnormalised. */
function get(origin, rawPath, method = 'GET') {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('static files: MIME types and security headers', async (t) => {
  const server = await startServer({ root });
  t.after(() => server.stop());
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.notEqual(new URL(server.url).port, '0', 'the real port is printed');
  const cases = {
    '/': 'text/html',
    '/index.html': 'text/html',
    '/app.js': 'text/javascript',
    '/style.css': 'text/css',
    '/data.json': 'application/json',
    '/recoupe/recoupe.js': 'text/javascript',
    '/recoupe/recoupe.wasm': 'application/wasm',
    '/recoupe/lexicon.dat': 'application/octet-stream',
  };
  for (const [p, type] of Object.entries(cases)) {
    const res = await get(server.origin, p);
    assert.equal(res.status, 200, p);
    assert.equal(res.headers['content-type'].split(';')[0], type, p);
    assert.equal(res.headers['content-security-policy'], EXPECTED_CSP, p);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', p);
    assert.equal(res.headers['cache-control'], 'no-cache', p);
  }
  const wasm = await get(server.origin, '/recoupe/recoupe.wasm');
  assert.deepEqual([...wasm.body], [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  const head = await get(server.origin, '/app.js', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get(server.origin, '/app.js', 'POST')).status, 405);
  assert.equal((await get(server.origin, '/missing.js')).status, 404);
  const notFound = await get(server.origin, '/missing.js');
  assert.equal(notFound.headers['content-security-policy'], EXPECTED_CSP);
});

test('the page and the server use the same CSP', () => {
  const html = fs.readFileSync(new URL('../../web/index.html', import.meta.url), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(meta, 'index.html has a CSP meta tag');
  assert.equal(meta[1], EXPECTED_CSP);
});

test('no directory traversal, no symlink escape', async (t) => {
  const server = await startServer({ root, corpus });
  t.after(() => server.stop());
  const attempts = [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/recoupe/..%2f..%2fsecret.txt',
    '/recoupe/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/link.txt',
    '/preload/../secret.txt',
    '/preload/%2e%2e/secret.txt',
    '/preload/sub/..%2f..%2fsecret.txt',
    '/preload/%2e%2e/site/index.html',
    '/%E0%A4%A',
  ];
  for (const p of attempts) {
    const res = await get(server.origin, p);
    assert.ok(res.status >= 400 && res.status < 500, `${p} is refused (got ${res.status})`);
    assert.ok(!res.body.toString().includes('TOP SECRET'), `${p} leaks nothing`);
  }
});

test('/preload/ lists and serves the corpus', async (t) => {
  const server = await startServer({ root, corpus });
  t.after(() => server.stop());
  const res = await get(server.origin, '/preload/manifest.json');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'].split(';')[0], 'application/json');
  assert.deepEqual(JSON.parse(res.body.toString()), {
    documents: ['a.md', 'b.txt', 'sub/c.html', 'sub/deeper/d.eml', 'sub/e.json', 'sub/weird name é.txt', 'sub/x.htm'],
  });
  const file = await get(server.origin, '/preload/sub/deeper/d.eml');
  assert.equal(file.status, 200);
  assert.equal(file.body.toString(), 'content of sub/deeper/d.eml');
  assert.equal(file.headers['x-content-type-options'], 'nosniff');
  const html = await get(server.origin, '/preload/sub/c.html');
  assert.notEqual(html.headers['content-type'].split(';')[0], 'text/html', 'corpus HTML is never served as a page');
  const weird = await get(server.origin, `/preload/sub/${encodeURIComponent('weird name é.txt')}`);
  assert.equal(weird.status, 200);
  assert.equal((await get(server.origin, '/preload/image.png')).status, 404, 'only document types are served');
  assert.equal((await get(server.origin, '/preload/nope.txt')).status, 404);
});

test('without --corpus, /preload/ is 404', async (t) => {
  const server = await startServer({ root });
  t.after(() => server.stop());
  assert.equal((await get(server.origin, '/preload/manifest.json')).status, 404);
});

test('SIGTERM and SIGINT stop the server cleanly', async () => {
  for (const signal of ['SIGTERM', 'SIGINT']) {
    const server = await startServer({ root });
    const exited = new Promise((resolve) => server.child.once('exit', (code, sig) => resolve({ code, sig })));
    server.child.kill(signal);
    const { code } = await exited;
    assert.equal(code, 0, `${signal} exits with code 0`);
  }
});
