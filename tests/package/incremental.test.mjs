// A corpus analysed again after a change: adding, replacing and removing
// documents gives the same results as analysing the new set from scratch, and
// leaves the analysis of the other documents as it was.
//
// The package does not yet say which documents an analyze() call actually
// re-analysed, so these tests check the observable results only.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { importPackage } from './helpers.mjs';

const { createRecoupe } = await importPackage();
const recoupe = await createRecoupe();

const A = 'Selon l\'agence KCNA, la Corée du Nord dément. Le FBI enquête sur Sony Pictures à Los Angeles depuis le 24 novembre 2014.';
const B = 'Sony Pictures said on 25 November 2014 that the FBI was investigating the attack on its studios in Culver City.';
const C = 'Angela Merkel met Vladimir Putin in Moscow on 10 May 2015, two days after the parade.';

const corpora = [];
function corpusOf(documents) {
  const corpus = recoupe.createCorpus();
  corpora.push(corpus);
  for (const [id, text] of documents) corpus.add({ id, text });
  return corpus;
}

after(() => {
  for (const corpus of corpora) corpus.delete();
});

/** The mentions of one document, without entity ids (they number the whole corpus). */
function mentionsOf(result, doc) {
  return result.mentions.filter((m) => m.doc === doc).map(({ entity, ...mention }) => mention);
}

function entityOf(result, doc, text) {
  const mention = result.mentions.find((m) => m.doc === doc && m.text === text);
  assert.ok(mention, `no mention of ${text} in ${doc}`);
  return result.entities.find((e) => e.id === mention.entity);
}

function checkOffsets(result, texts) {
  for (const mention of result.mentions) {
    assert.equal(texts[mention.doc].slice(mention.start, mention.end), mention.text, JSON.stringify(mention));
  }
}

test('adding a document: the next analysis covers both and keeps the first one as it was', () => {
  const corpus = corpusOf([['a.txt', A]]);
  const first = corpus.analyze();
  const firstMentions = mentionsOf(first, 'a.txt');
  assert.ok(firstMentions.length >= 5, `${firstMentions.length} mentions in a.txt`);

  corpus.add({ id: 'b.txt', text: B });
  assert.equal(corpus.size, 2);
  const second = corpus.analyze();
  assert.deepEqual(second.documents.map((d) => [d.id, d.language]), [['a.txt', 'fr'], ['b.txt', 'en']]);
  assert.deepEqual(second.documents[0], first.documents[0]);
  assert.deepEqual(mentionsOf(second, 'a.txt'), firstMentions);
  assert.ok(mentionsOf(second, 'b.txt').length >= 4);
  checkOffsets(second, { 'a.txt': A, 'b.txt': B });

  // The new document is linked with the old one.
  const fbi = entityOf(second, 'a.txt', 'FBI');
  assert.equal(entityOf(second, 'b.txt', 'FBI').id, fbi.id);
  assert.deepEqual([...fbi.documents].sort(), ['a.txt', 'b.txt']);

  // Same result as analysing both at once.
  assert.deepEqual(second, corpusOf([['a.txt', A], ['b.txt', B]]).analyze());
});

test('analysing again without a change gives the same result', () => {
  const corpus = corpusOf([['a.txt', A], ['b.txt', B]]);
  const first = corpus.analyze();
  assert.deepEqual(corpus.analyze(), first);
  corpus.add({ id: 'b.txt', text: B });
  assert.equal(corpus.size, 2);
  assert.deepEqual(corpus.analyze(), first);
});

test('replacing a document\'s text updates only that document', () => {
  const corpus = corpusOf([['a.txt', A], ['b.txt', B]]);
  const before = corpus.analyze();

  corpus.add({ id: 'b.txt', text: C });
  assert.equal(corpus.size, 2);
  const afterReplace = corpus.analyze();
  assert.deepEqual(afterReplace.documents.map((d) => d.id), ['a.txt', 'b.txt'], 'the replaced document keeps its place');
  assert.equal(corpus.text('b.txt'), C);
  assert.equal(afterReplace.documents[1].length, C.length);
  checkOffsets(afterReplace, { 'a.txt': A, 'b.txt': C });

  assert.deepEqual(afterReplace.documents[0], before.documents[0]);
  assert.deepEqual(mentionsOf(afterReplace, 'a.txt'), mentionsOf(before, 'a.txt'));
  const replaced = mentionsOf(afterReplace, 'b.txt').map((m) => m.text);
  for (const name of ['Angela Merkel', 'Vladimir Putin', 'Moscow']) assert.ok(replaced.includes(name), `${name} in ${replaced}`);
  assert.ok(!afterReplace.entities.some((e) => e.name === 'Culver City'), 'an entity of the old text remains');
  assert.deepEqual(entityOf(afterReplace, 'a.txt', 'FBI').documents, ['a.txt']);

  assert.deepEqual(afterReplace, corpusOf([['a.txt', A], ['b.txt', C]]).analyze());
});

test('removing a document takes it out of the next result', () => {
  const corpus = corpusOf([['a.txt', A]]);
  const alone = corpus.analyze();
  corpus.add({ id: 'b.txt', text: B });
  corpus.analyze();

  assert.equal(corpus.remove('b.txt'), true);
  assert.equal(corpus.remove('b.txt'), false);
  assert.equal(corpus.size, 1);
  const afterRemove = corpus.analyze();
  assert.deepEqual(afterRemove.documents.map((d) => d.id), ['a.txt']);
  assert.ok(afterRemove.mentions.every((m) => m.doc === 'a.txt'));
  assert.ok(afterRemove.entities.every((e) => e.documents.every((doc) => doc === 'a.txt')));
  assert.equal(corpus.text('b.txt'), '');
  assert.deepEqual(afterRemove, alone);

  corpus.clear();
  assert.equal(corpus.size, 0);
  const empty = corpus.analyze();
  assert.deepEqual([empty.documents, empty.entities, empty.mentions], [[], [], []]);
});
