// Analyses one file with the wasm package under Node and prints one JSON line:
// {id, ms, error, warnings, mentions, memoryBytes}. Used by scripts/worst-cases,
// under /usr/bin/time for the peak RSS.
//   node tests/robustness/run_wasm.mjs FILE [--max-bytes N]

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageDir = process.env.RECOUPE_PACKAGE_DIR ?? path.join(root, 'build/wasm/pkg');
const { createRecoupe } = await import(pathToFileURL(path.join(packageDir, 'recoupe.js')).href);

const file = process.argv[2];
const maxAt = process.argv.indexOf('--max-bytes');
const maxDocumentBytes = maxAt > 0 ? Number(process.argv[maxAt + 1]) : undefined;
const recoupe = await createRecoupe();
const bytes = await readFile(file);
const id = path.basename(file);
const format = { htm: 'html', html: 'html', md: 'md', eml: 'eml' }[id.split('.').pop()] ?? 'txt';
const started = performance.now();
let line;
try {
  const corpus = recoupe.createCorpus(maxDocumentBytes ? { maxDocumentBytes } : {});
  corpus.add({ id, bytes, format });
  const result = corpus.analyze();
  const doc = result.documents[0];
  line = { id, ms: Math.round(performance.now() - started), error: doc.error?.code ?? null,
    warnings: (doc.warnings ?? []).map((w) => w.code), mentions: result.mentions.length, memoryBytes: recoupe.memoryBytes() };
  corpus.delete();
} catch (error) {
  line = { id, ms: Math.round(performance.now() - started), thrown: error.code ?? String(error), memoryBytes: recoupe.usable ? recoupe.memoryBytes() : null };
}
console.log(JSON.stringify(line));
