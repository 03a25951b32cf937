// The cross-reference API of the package: alias files, search and an entity's mentions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = process.env.RECOUPE_PACKAGE_DIR ?? path.join(root, 'build/wasm/pkg');
const { createRecoupe, RecoupeError } = await import(pathToFileURL(path.join(packageDir, 'recoupe.js')).href);
const recoupe = await createRecoupe();

function entityWithAlias(result, alias) {
  return result.entities.find((entity) => entity.aliases.includes(alias));
}

test('search is accent- and case-insensitive and returns plain objects with UTF-16 offsets', () => {
  const corpus = recoupe.createCorpus();
  const text = 'Émoi 😀 : la Corée du Nord dément. LA CORÉE DU NORD, encore.';
  corpus.add({ id: 'a.txt', text });
  corpus.analyze();
  const found = corpus.search('coree du nord');
  assert.equal(found.hits.length, 2);
  for (const hit of found.hits) {
    assert.equal(hit.doc, 'a.txt');
    assert.equal(text.slice(hit.start, hit.end), hit.match);
  }
  assert.equal(found.hits[0].match, 'Corée du Nord');
  assert.ok(found.entities.some((entity) => entity.name.length > 0));
  assert.equal(found.truncated, false);
  corpus.delete();
});

test('entityMentions gives every mention of an entity in context', () => {
  const corpus = recoupe.createCorpus();
  const text = 'Selon le FBI, Sony Pictures a été piratée. Le FBI enquête.';
  corpus.add({ id: 'a.txt', text });
  const result = corpus.analyze();
  const fbi = entityWithAlias(result, 'FBI');
  assert.ok(fbi);
  const mentions = corpus.entityMentions(fbi.id);
  assert.equal(mentions.length, 2);
  assert.equal(text.slice(mentions[0].start, mentions[0].end), 'FBI');
  assert.equal(mentions[0].left, 'Selon le ');
  assert.deepEqual(corpus.entityMentions('e99999'), []);
  assert.deepEqual(corpus.entityMentions('nonsense'), []);
  assert.ok(Array.isArray(result.suggestions) && Array.isArray(result.quotes) && Array.isArray(result.timeline));
  corpus.delete();
});

test('an alias file merges, renames and rejects on every analysis', () => {
  const corpus = recoupe.createCorpus();
  corpus.add({ id: 'a.txt', text: 'Le FBI et la CIA enquêtent. Sony Pictures se tait.' });
  corpus.setAliases({ version: 1, merge: [['FBI', 'CIA']], rename: [{ entity: 'FBI', name: 'Agencies' }], reject: [{ alias: 'Sony Pictures' }] });
  let result = corpus.analyze();
  const fbi = entityWithAlias(result, 'FBI');
  assert.equal(fbi, entityWithAlias(result, 'CIA'));
  assert.equal(fbi.name, 'Agencies');
  assert.equal(result.mentions.some((mention) => mention.text === 'Sony Pictures'), false);
  corpus.setAliases('{"version": 1}');
  result = corpus.analyze();
  assert.notEqual(entityWithAlias(result, 'FBI'), entityWithAlias(result, 'CIA'));
  corpus.delete();
});

test('a malformed alias file throws invalid-aliases and keeps the previous rules', () => {
  const corpus = recoupe.createCorpus();
  for (const bad of ['{', '{"version": 2}', { version: 1, merge: [['alone']] }, 42]) {
    assert.throws(() => corpus.setAliases(bad), (error) => error instanceof RecoupeError && error.code === 'invalid-aliases' && error.message.length > 0);
  }
  assert.throws(() => corpus.setAliases({ version: 1, merge: [['x']] }), /merge\[0\]/);
  corpus.delete();
});
