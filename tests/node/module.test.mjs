// Tests of the npm-style package (build/wasm/pkg) under Node 20.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = process.env.RECOUPE_PACKAGE_DIR ?? path.join(root, 'build/wasm/pkg');
const { createRecoupe, RecoupeError } = await import(pathToFileURL(path.join(packageDir, 'recoupe.js')).href);
const recoupe = await createRecoupe();
const sharedDir = process.env.RECOUPE_SHARED_DIR ?? path.join(root, '..', 'shared');

test('the module reports its version', () => {
  assert.match(recoupe.version, /^recoupe \d+\.\d+\.\d+$/);
});

test('mention offsets are UTF-16 indices into the document text', () => {
  const corpus = recoupe.createCorpus();
  const text = 'Émoi 😀 à Séoul : selon l\'agence KCNA, la Corée du Nord dément.\nÉcrivez à presse@exemple.fr le 24 novembre 2014.';
  corpus.add({ id: 'a.txt', text });
  const result = corpus.analyze();
  assert.equal(result.format, 'recoupe.analysis/1');
  assert.equal(result.documents[0].language, 'fr');
  assert.equal(result.documents[0].length, text.length);
  assert.equal(corpus.text('a.txt'), text);
  assert.ok(result.mentions.length >= 4);
  for (const mention of result.mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.text);
  }
  const korea = result.mentions.find((m) => m.text === 'Corée du Nord');
  assert.equal(korea.start, text.indexOf('Corée du Nord'));
  assert.equal(result.mentions.find((m) => m.type === 'EMAIL').text, 'presse@exemple.fr');
  assert.equal(result.mentions.find((m) => m.type === 'DATE').value, '2014-11-24');
  corpus.delete();
});

test('bytes are accepted as they are, and invalid UTF-8 is repaired with a warning', () => {
  const corpus = recoupe.createCorpus({ lang: 'fr' });
  corpus.add({ id: 'latin1.txt', bytes: new Uint8Array([0x4c, 0x27, 0xe9, 0x74, 0xe9, 0x20, 0x46, 0x42, 0x49]) });
  corpus.add({ id: 'bin.txt', bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]) });
  const result = corpus.analyze();
  const [latin1, binary] = result.documents;
  assert.equal(latin1.warnings[0].code, 'invalid-utf8');
  assert.equal(corpus.text('latin1.txt'), 'L\'\uFFFDt\uFFFD FBI');
  assert.equal(binary.error.code, 'binary');
  corpus.delete();
});

test('misuse throws RecoupeError with a code', () => {
  assert.throws(() => recoupe.createCorpus({ lang: 'de' }), (e) => e instanceof RecoupeError && e.code === 'invalid-argument');
  const corpus = recoupe.createCorpus();
  assert.throws(() => corpus.add({ id: 'x', text: 'a', format: 'pdf' }), (e) => e.code === 'unsupported-format');
  assert.throws(() => corpus.add({ text: 'no id' }), (e) => e.code === 'invalid-argument');
  assert.throws(() => corpus.add({ id: 'x' }), (e) => e.code === 'invalid-argument');
  corpus.delete();
  corpus.delete();  // harmless
  assert.throws(() => corpus.analyze(), (e) => e instanceof RecoupeError && e.code === 'deleted');
});

test('deleting corpora returns their memory to the heap', () => {
  const text = 'Le FBI et la CIA enquêtent sur Sony Pictures à Los Angeles. '.repeat(200);
  const before = recoupe.heapBytesInUse();
  for (let i = 0; i < 30; i++) {
    const corpus = recoupe.createCorpus();
    corpus.add({ id: `d${i}.txt`, text });
    corpus.analyze();
    corpus.delete();
  }
  const after = recoupe.heapBytesInUse();
  assert.ok(after - before < 64 * 1024, `heap grew by ${after - before} bytes`);
});

test('project fixtures are analysed with per-document errors', async () => {
  const dir = path.join(root, 'tests/fixtures/corpus');
  const corpus = recoupe.createCorpus();
  for (const name of ['alerte.txt', 'blob.txt', 'empty.txt']) {
    corpus.add({ id: name, bytes: await readFile(path.join(dir, name)) });
  }
  corpus.add({ id: 'breach.html', bytes: await readFile(path.join(dir, 'nested/breach.html')), format: 'html' });
  const result = corpus.analyze();
  const byId = Object.fromEntries(result.documents.map((d) => [d.id, d]));
  assert.equal(byId['blob.txt'].error.code, 'binary');
  assert.equal(byId['empty.txt'].error.code, 'empty');
  assert.equal(byId['breach.html'].language, 'en');
  assert.ok(!corpus.text('breach.html').includes('document.title'));
  const halvorsen = result.entities.find((e) => e.name === 'Halvorsen Maritime');
  assert.deepEqual(halvorsen.documents.sort(), ['alerte.txt', 'breach.html']);
  corpus.delete();
});

test('the seed corpus: five documents, four French, at least 100 mentions', async (t) => {
  const seeds = path.join(sharedDir, 'corpus/seeds');
  if (!existsSync(seeds)) {
    t.skip(`skipped: ${seeds} is not present`);
    return;
  }
  const corpus = recoupe.createCorpus();
  for (const name of (await readdir(seeds)).sort()) {
    corpus.add({ id: name, bytes: await readFile(path.join(seeds, name)) });
  }
  const result = corpus.analyze();
  assert.equal(result.documents.length, 5);
  assert.deepEqual(result.documents.map((d) => d.language).sort(), ['en', 'fr', 'fr', 'fr', 'fr']);
  assert.ok(result.mentions.length >= 100, `${result.mentions.length} mentions`);
  for (const mention of result.mentions) {
    assert.equal(corpus.text(mention.doc).slice(mention.start, mention.end), mention.text);
  }
  corpus.delete();
});
