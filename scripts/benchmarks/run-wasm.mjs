// One benchmark run of the wasm package under Node: `node run-wasm.mjs PKG_DIR DIR [OUT_JSON]`.
// Reads every file of DIR, adds it as bytes, analyses the corpus, and prints
// {seconds, bytes, documents, mentions, entities, maxRssMb} as JSON. The
// analysis is written to OUT_JSON, when given, for the checks of scripts/bench.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, dir, out] = process.argv.slice(2);
if (!packageDir || !dir) {
  console.error('usage: run-wasm.mjs PKG_DIR DIR [OUT_JSON]');
  process.exit(2);
}
const { createRecoupe } = await import(pathToFileURL(path.resolve(packageDir, 'recoupe.js')).href);
const recoupe = await createRecoupe();

const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
const start = process.hrtime.bigint();
const corpus = recoupe.createCorpus();
let bytes = 0;
for (const file of files) {
  const buffer = readFileSync(path.join(dir, file));
  bytes += buffer.length;
  corpus.add({ id: file, bytes: buffer });
}
const result = corpus.analyze();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
// The peak of the analysis, taken before the copy of the result that the
// checks need is serialised.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
corpus.delete();
if (out) writeFileSync(out, JSON.stringify(result));
console.log(JSON.stringify({
  seconds, bytes, documents: files.length, mentions: result.mentions.length, entities: result.entities.length,
  maxRssMb,
}));
