// The packed tarball installs offline into an empty project, and Node 20 uses
// it through its package name, as a consumer of the npm package would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot, packageTarball, installPackage, run } from './helpers.mjs';

const EXPECTED_FILES = [
  'LICENSE',
  'NOTICE',
  'README.md',
  'package.json',
  'recoupe-core.js',
  'recoupe-core.wasm',
  'recoupe.d.ts',
  'recoupe.js',
];

const TEXTS = {
  'fr.txt': 'Émoi 😀 à Séoul : selon l\'agence KCNA, la Corée du Nord dément. Écrivez à presse@exemple.fr le 24 novembre 2014.',
  'en.txt': 'Sony Pictures said on 25 November 2014 that the FBI was investigating the attack in Los Angeles. 🎬 Contact press@sony.example.',
};

// Runs in the consumer project: only the package name, no path into the repository.
const CONSUMER_SCRIPT = `
import { createRecoupe, RecoupeError } from 'recoupe';

const texts = ${JSON.stringify(TEXTS)};
const recoupe = await createRecoupe();
const corpus = recoupe.createCorpus({ lang: 'auto' });
for (const [id, text] of Object.entries(texts)) corpus.add({ id, text });
const result = corpus.analyze();
const analysedTexts = Object.fromEntries(Object.keys(texts).map((id) => [id, corpus.text(id)]));

function codeOf(action) {
  try {
    action();
    return null;
  } catch (error) {
    return { code: error.code, isRecoupeError: error instanceof RecoupeError, isError: error instanceof Error, name: error.name };
  }
}
const errors = {
  language: codeOf(() => recoupe.createCorpus({ lang: 'de' })),
  format: codeOf(() => corpus.add({ id: 'x.pdf', text: 'x', format: 'pdf' })),
  noId: codeOf(() => corpus.add({ text: 'no id' })),
};
corpus.delete();
errors.deleted = codeOf(() => corpus.analyze());

process.stdout.write(JSON.stringify({
  version: recoupe.version,
  resolved: import.meta.resolve('recoupe'),
  wasm: import.meta.resolve('recoupe/recoupe-core.wasm'),
  deepImport: codeOf(() => import.meta.resolve('recoupe/recoupe-core.js')),
  result,
  analysedTexts,
  errors,
}));
`;

// CommonJS resolution of the package's metadata, as editors and bundlers do it.
const TYPES_SCRIPT = `
const fs = require('node:fs');
const path = require('node:path');
const manifestPath = require.resolve('recoupe/package.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
const types = path.resolve(path.dirname(manifestPath), manifest.exports['.'].types);
process.stdout.write(JSON.stringify({ manifestPath, types, exists: fs.existsSync(types), declarations: fs.readFileSync(types, 'utf8') }));
`;

const version = readFileSync(path.join(repoRoot, 'VERSION'), 'utf8').trim();
let project;
let consumer;

before(async () => {
  project = await installPackage();
  await writeFile(path.join(project.dir, 'check.mjs'), CONSUMER_SCRIPT);
  consumer = JSON.parse(run(process.execPath, ['check.mjs'], { cwd: project.dir }).stdout);
});

after(async () => {
  await project?.remove();
});

test('the tarball holds exactly the files of the package', () => {
  const listing = run('tar', ['-tzf', packageTarball()]).stdout.trim().split('\n').sort();
  assert.deepEqual(listing, EXPECTED_FILES.map((name) => `package/${name}`).sort());
});

test('package.json: ES module, exports with types first, engines, licence, version from VERSION', () => {
  const manifest = JSON.parse(run('tar', ['-xzOf', packageTarball(), 'package/package.json']).stdout);
  assert.equal(manifest.name, 'recoupe');
  assert.equal(manifest.version, version);
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'default']);
  assert.equal(manifest.exports['.'].default, './recoupe.js');
  assert.equal(manifest.exports['./package.json'], './package.json');
  assert.equal(manifest.types, manifest.exports['.'].types);
  assert.match(manifest.engines.node, /^>=\s*20/);
  assert.match(manifest.license, /\bMIT\b/);
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual([...manifest.files].sort(), EXPECTED_FILES.filter((name) => name !== 'package.json').sort());
  assert.equal(manifest.dependencies, undefined, 'the package must install offline: no dependencies');
});

test('the installed package is imported by name and resolves inside node_modules', () => {
  const installed = path.join(project.dir, 'node_modules', 'recoupe');
  assert.equal(new URL(consumer.resolved).pathname, path.join(installed, 'recoupe.js'));
  assert.equal(new URL(consumer.wasm).pathname, path.join(installed, 'recoupe-core.wasm'));
  assert.equal(consumer.deepImport?.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.equal(consumer.version, `recoupe ${version}`);
});

test('a French and an English text are analysed with UTF-16 offsets', () => {
  const { result, analysedTexts } = consumer;
  assert.equal(result.format, 'recoupe.analysis/1');
  assert.deepEqual(
    result.documents.map((d) => [d.id, d.language, d.length]),
    Object.entries(TEXTS).map(([id, text]) => [id, id.slice(0, 2), text.length]),
  );
  assert.deepEqual(analysedTexts, TEXTS);
  for (const id of Object.keys(TEXTS)) {
    assert.ok(result.mentions.filter((m) => m.doc === id).length >= 3, `too few mentions in ${id}`);
  }
  for (const mention of result.mentions) {
    assert.equal(TEXTS[mention.doc].slice(mention.start, mention.end), mention.text, JSON.stringify(mention));
  }
  const find = (doc, text) => result.mentions.find((m) => m.doc === doc && m.text === text);
  // Both sit after characters outside the BMP, so UTF-8 or code-point offsets would miss them.
  assert.equal(find('fr.txt', 'Corée du Nord')?.start, TEXTS['fr.txt'].indexOf('Corée du Nord'));
  assert.equal(find('fr.txt', 'presse@exemple.fr')?.type, 'EMAIL');
  assert.equal(find('fr.txt', '24 novembre 2014')?.value, '2014-11-24');
  assert.equal(find('en.txt', 'press@sony.example')?.start, TEXTS['en.txt'].indexOf('press@sony.example'));
  assert.equal(find('en.txt', '25 November 2014')?.value, '2014-11-25');
  assert.ok(find('en.txt', 'FBI'), 'FBI is a mention');
});

test('misuse throws RecoupeError with a code', () => {
  const { errors } = consumer;
  for (const [what, error] of Object.entries(errors)) {
    assert.ok(error, `${what}: nothing was thrown`);
    assert.equal(error.isRecoupeError, true, what);
    assert.equal(error.isError, true, what);
    assert.equal(error.name, 'RecoupeError', what);
  }
  assert.equal(errors.language.code, 'invalid-argument');
  assert.equal(errors.format.code, 'unsupported-format');
  assert.equal(errors.noId.code, 'invalid-argument');
  assert.equal(errors.deleted.code, 'deleted');
});

test('recoupe/package.json resolves and its types file exists', () => {
  const info = JSON.parse(run(process.execPath, ['-e', TYPES_SCRIPT], { cwd: project.dir }).stdout);
  assert.equal(info.manifestPath, path.join(project.dir, 'node_modules', 'recoupe', 'package.json'));
  assert.equal(info.exists, true, `${info.types} is missing`);
  for (const name of ['createRecoupe', 'RecoupeError', 'Recoupe', 'Corpus', 'AnalysisResult']) {
    assert.match(info.declarations, new RegExp(`export (declare )?(function|class|interface|type) ${name}\\b`));
  }
  assert.ok(existsSync(path.join(project.dir, 'node_modules', 'recoupe', 'README.md')));
});
