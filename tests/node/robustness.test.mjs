// Worst-case inputs through the wasm package (tests/robustness/worst_cases.mjs):
// each bad document gets its own error and the others are analysed; memory
// exhaustion is an error, not a dead module, or else the module says it stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { worstCases } from '../robustness/worst_cases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = process.env.RECOUPE_PACKAGE_DIR ?? path.join(root, 'build/wasm/pkg');
const { createRecoupe, Recoupe, RecoupeError } = await import(pathToFileURL(path.join(packageDir, 'recoupe.js')).href);
const recoupe = await createRecoupe();

test('worst cases: per-document errors, the others analysed, offsets exact', () => {
  const maxDocumentBytes = 1024 * 1024;
  const cases = worstCases({ scale: 0.1, maxBytes: maxDocumentBytes });
  const corpus = recoupe.createCorpus({ maxDocumentBytes });
  for (const c of cases) corpus.add({ id: c.name, bytes: new Uint8Array(c.bytes), format: c.format });
  corpus.add({ id: 'good.txt', text: 'Selon Reuters, Barack Obama a rencontré Angela Merkel à Berlin le 3 avril 2014.' });
  const result = corpus.analyze();
  assert.equal(result.documents.length, cases.length + 1);
  const byId = Object.fromEntries(result.documents.map((d) => [d.id, d]));
  for (const c of cases) {
    const doc = byId[c.name];
    if (c.expect === 'any') continue;
    if (c.expect === null || c.expect === 'invalid-utf8') {
      assert.equal(doc.error, undefined, `${c.name} is analysed (${JSON.stringify(doc.error)})`);
      assert.equal(doc.length, corpus.text(c.name).length);
      if (c.expect) assert.equal(doc.warnings[0].code, 'invalid-utf8');
    } else {
      assert.equal(doc.error?.code, c.expect, `${c.name}: ${JSON.stringify(doc.error)}`);
    }
  }
  const good = result.mentions.filter((m) => m.doc === 'good.txt');
  assert.ok(good.some((m) => m.text === 'Angela Merkel'));
  const texts = new Map();
  for (const m of result.mentions) {
    if (!texts.has(m.doc)) texts.set(m.doc, corpus.text(m.doc));
    assert.equal(texts.get(m.doc).slice(m.start, m.end), m.text);
  }
  corpus.delete();
  assert.ok(recoupe.usable);
});

test('a document over maxDocumentBytes is too-large without entering the module', () => {
  const corpus = recoupe.createCorpus({ maxDocumentBytes: 1000 });
  const before = recoupe.heapBytesInUse();
  corpus.add({ id: 'big.txt', bytes: new Uint8Array(10_000_000).fill(0x61) });
  assert.ok(recoupe.heapBytesInUse() - before < 100_000, 'the bytes were not copied');
  corpus.add({ id: 'big-text.txt', text: 'é'.repeat(1001) });
  corpus.add({ id: 'ok.txt', text: 'Angela Merkel à Berlin.' });
  const [big, bigText, ok] = corpus.analyze().documents;
  assert.equal(big.error.code, 'too-large');
  assert.equal(bigText.error.code, 'too-large');
  assert.equal(ok.error, undefined);
  corpus.delete();
});

test('a document too large for the memory cap is out-of-memory, and the module goes on', () => {
  assert.equal(recoupe.memoryLimit, 1024 * 1024 * 1024);
  const corpus = recoupe.createCorpus();
  // 31 MB: under the 50 MB size limit, but its working set would exceed the 1 GiB cap.
  corpus.add({ id: 'huge.txt', text: 'Barack Obama '.repeat(2_400_000) });
  corpus.add({ id: 'small.txt', text: 'Barack Obama est à Paris.' });
  const [huge, small] = corpus.analyze().documents;
  assert.equal(huge.error.code, 'out-of-memory');
  assert.match(huge.error.message, /MiB/);
  assert.equal(small.error, undefined);
  corpus.delete();
  assert.ok(recoupe.usable);
  assert.ok(recoupe.memoryBytes() <= recoupe.memoryLimit);
});

test('an abort inside the module becomes RecoupeError and marks the module unusable', () => {
  // A stand-in core whose calls trap as WebAssembly does when memory runs out:
  // provoking a real abort would need a run of tens of seconds.
  const trap = (message) => () => {
    throw new WebAssembly.RuntimeError(message);
  };
  const fakeCore = (size, message) => ({
    HEAP8: { length: size },
    _memoryLimit: () => 1 << 30,
    _availableMemory: () => 1 << 29,
    _Corpus: class {
      _size() { return 1; }
      _add() { return ''; }
      _analyze = trap(message);
      delete() {}
    },
  });
  const full = new Recoupe(fakeCore(1 << 30, 'Aborted()'));
  const corpus = full.createCorpus();
  corpus.add({ id: 'a.txt', text: 'x' });
  assert.throws(() => corpus.analyze(), (e) => e instanceof RecoupeError && e.code === 'out-of-memory');
  assert.equal(full.usable, false);
  assert.throws(() => corpus.add({ id: 'b.txt', text: 'y' }), (e) => e.code === 'out-of-memory');
  assert.throws(() => full.createCorpus(), (e) => e.code === 'out-of-memory');
  corpus.delete(); // harmless on a stopped module

  const broken = new Recoupe(fakeCore(1 << 24, 'unreachable'));
  const other = broken.createCorpus();
  assert.throws(() => other.analyze(), (e) => e instanceof RecoupeError && e.code === 'aborted');
  assert.equal(broken.usable, false);
});
