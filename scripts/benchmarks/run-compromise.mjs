// One benchmark run of compromise or fr-compromise: `node run-compromise.mjs compromise|fr-compromise DIR`.
// Reads every file of DIR, extracts people, places and organisations, and
// prints {seconds, bytes, mentions, entities, probePeople, maxRssMb} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [library, dir] = process.argv.slice(2);
if (!['compromise', 'fr-compromise'].includes(library) || !dir) {
  console.error('usage: run-compromise.mjs compromise|fr-compromise DIR');
  process.exit(2);
}
const nlp = (await import(library)).default;

// The check that the library really runs: people found on a fixed probe text.
const PROBE = {
  compromise:
    'Barack Obama met Angela Merkel in Berlin on Tuesday. Later, Kim Jong-un and Seth Rogen were mentioned by ' +
    'Sony Pictures chief executive Michael Lynton in Los Angeles.',
  'fr-compromise':
    'Emmanuel Macron a rencontré Angela Merkel à Berlin mardi. Plus tard, François Hollande et Marine Le Pen ' +
    'ont été cités par le directeur de Sony Pictures à Paris.',
}[library];
const probePeople = nlp(PROBE).people().out('array').length;

const files = readdirSync(dir).filter((f) => !f.startsWith('.')).sort();
const start = process.hrtime.bigint();
let bytes = 0;
let mentions = 0;
const entities = new Set();
for (const file of files) {
  const buffer = readFileSync(path.join(dir, file));
  bytes += buffer.length;
  const doc = nlp(buffer.toString('utf8'));
  for (const [kind, view] of [['PERSON', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]]) {
    for (const name of view.out('array')) {
      mentions += 1;
      entities.add(`${kind}:${name.toLowerCase()}`);
    }
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({
  seconds, bytes, documents: files.length, mentions, entities: entities.size, probePeople,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}));
