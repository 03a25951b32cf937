// Analysis worker (module worker). Owns the wasm module and the corpus; the
// page never blocks on the analysis. Cancelling = the page terminates this
// worker and starts a new one.
//
// main -> worker (each with a request number `req`):
//   {type:'load', req, docs:[{id, bytes, format}], aliases?}  add/replace documents, analyse
//   {type:'remove', req, ids}                                  remove documents, analyse
//   {type:'aliases', req, aliases}                             set the alias file, analyse
//   {type:'clear', req}                                        empty corpus, no alias file
//   {type:'search', req, query} | {type:'entityMentions', req, entity}
// worker -> main:
//   {type:'ready', version}
//   {type:'progress', req, phase:'read'|'analyse', docsDone, docsTotal, bytesDone, bytesTotal, msPerByte?}
//   {type:'result', req, partial, result, texts:{id: text}, elapsedMs}
//   {type:'reply', req, value} | {type:'error', req?, code, message}

const CORPUS_OPTIONS = { lang: 'auto' };
// Sets bigger than this are analysed in two steps: a first slice, shown at
// once, then everything (the analysis of a step cannot report progress).
const PREVIEW_THRESHOLD = 2 * 1024 * 1024;
const PREVIEW_BYTES = 512 * 1024;

let recoupe = null;
let corpus = null;
let loadError = null;
let aliases = null;
const sizes = new Map(); // id -> bytes
const sentTexts = new Set(); // texts the page already has

function post(message) {
  self.postMessage(message);
}

function errorOf(err, fallbackCode) {
  return {
    code: (err && typeof err.code === 'string' && err.code) || fallbackCode,
    message: (err && err.message) || String(err),
  };
}

// The .wasm is requested as soon as this worker starts, and compiles as it
// downloads, instead of after the wrapper's two modules have been fetched.
const wasmResponse = fetch(new URL('./recoupe/recoupe-core.wasm', import.meta.url));
wasmResponse.catch(() => {}); // a failure is handled where the module is loaded

async function init() {
  try {
    const { createRecoupe } = await import('./recoupe/recoupe.js');
    recoupe = await createRecoupe({ wasmResponse });
    corpus = recoupe.createCorpus(CORPUS_OPTIONS);
    post({ type: 'ready', version: String(recoupe.version || '') });
    warmUp();
  } catch (err) {
    loadError = err;
    post({ type: 'error', ...errorOf(err, 'engine-unavailable') });
  }
}

// The engine compiles each function of the module on its first call, which
// made the first analysis of the page several times slower than the next
// ones. Analysing a short text in both languages as soon as the module is
// loaded does that work while the page is still fetching its documents.
const WARM_UP_TEXTS = [
  'Le 3 mars 2021, la ministre Claire Dumont a rencontré à Lyon les dirigeants de Bolt Industries SA, ' +
    'selon l’Agence France-Presse (AFP). « Nous investirons 12 millions d’euros », a-t-elle déclaré mardi.',
  'On Friday, Senator John Whitby told Reuters in Chicago that Northwind Corp. had paid $4.5 million, ' +
    'or 15% of its budget, to the World Health Organization (WHO). See https://example.org or write to info@example.org.',
];

function warmUp() {
  let scratch = null;
  try {
    scratch = recoupe.createCorpus(CORPUS_OPTIONS);
    WARM_UP_TEXTS.forEach((text, i) => scratch.add({ id: `warm-up-${i}`, text }));
    scratch.analyze();
  } catch {
    // Only a head start: the real analysis reports any problem itself.
  } finally {
    scratch?.delete();
  }
}

function requireCorpus() {
  if (corpus) return;
  const err = new Error(`The analysis engine is not available${loadError ? `: ${loadError.message || loadError}` : '.'}`);
  err.code = 'engine-unavailable';
  throw err;
}

function analyse(req, partial, started) {
  const result = corpus.analyze();
  const texts = {};
  for (const doc of result.documents || []) {
    const id = String(doc.id);
    if (doc.error || sentTexts.has(id)) continue;
    try {
      texts[id] = corpus.text(id);
      sentTexts.add(id);
    } catch {
      // No text for this document: the page shows it without highlights.
    }
  }
  post({ type: 'result', req, partial, result, texts, elapsedMs: performance.now() - started });
}

function addOne(doc) {
  const id = String(doc.id);
  const bytes = doc.bytes instanceof ArrayBuffer ? new Uint8Array(doc.bytes) : doc.bytes;
  if (sizes.has(id)) corpus.remove(id);
  sentTexts.delete(id);
  try {
    corpus.add({ id, bytes, format: doc.format || 'txt' });
  } catch (err) {
    if (err && err.code === 'unsupported-format') corpus.add({ id, bytes, format: 'txt' });
    else throw err;
  }
  sizes.set(id, bytes ? bytes.byteLength : 0);
}

function load({ req, docs, aliases: file }) {
  requireCorpus();
  const started = performance.now();
  if (file !== undefined) setAliases(file);
  const list = Array.isArray(docs) ? docs : [];
  const docsTotal = list.length;
  const bytesTotal = list.reduce((n, d) => n + (d.bytes ? d.bytes.byteLength : 0), 0);
  const progress = (phase, docsDone, bytesDone, extra = {}) =>
    post({ type: 'progress', req, phase, docsDone, docsTotal, bytesDone, bytesTotal, ...extra });

  // Two steps, so that highlights appear before the whole set is analysed:
  // into an empty workspace, the first document (the one the reader opens)
  // alone; into a busy one, the first half megabyte of a big set. Documents
  // are cached by content, so the second step does not analyse them again.
  let split = list.length;
  if (list.length > 1 && sizes.size === 0) {
    split = 1;
  } else if (bytesTotal > PREVIEW_THRESHOLD && list.length > 1) {
    let acc = 0;
    split = 0;
    while (split < list.length - 1 && acc < PREVIEW_BYTES) acc += list[split++].bytes.byteLength;
  }
  let bytesDone = 0;
  const step = (from, to, partial) => {
    for (let i = from; i < to; i++) addOne(list[i]);
    const stepBytes = list.slice(from, to).reduce((n, d) => n + d.bytes.byteLength, 0);
    progress('analyse', from, bytesDone, { stepDocs: to - from, stepBytes });
    const t0 = performance.now();
    analyse(req, partial, started);
    bytesDone += stepBytes;
    const ms = performance.now() - t0;
    progress('analyse', to, bytesDone, { msPerByte: stepBytes ? ms / Math.max(stepBytes, 1) : 0 });
  };
  if (split < list.length) {
    step(0, split, true);
    step(split, list.length, false);
  } else {
    step(0, list.length, false);
  }
}

function setAliases(file) {
  const value = file || { version: 1 };
  corpus.setAliases(value); // throws invalid-aliases; the previous rules stay
  aliases = value;
}

const handlers = {
  load: (m) => load(m),
  remove: (m) => {
    requireCorpus();
    for (const id of m.ids || []) {
      corpus.remove(String(id));
      sizes.delete(String(id));
      sentTexts.delete(String(id));
    }
    analyse(m.req, false, performance.now());
  },
  aliases: (m) => {
    requireCorpus();
    const started = performance.now();
    setAliases(m.aliases);
    analyse(m.req, false, started);
  },
  clear: (m) => {
    requireCorpus();
    try {
      corpus.delete();
    } finally {
      corpus = recoupe.createCorpus(CORPUS_OPTIONS);
      sizes.clear();
      sentTexts.clear();
      aliases = null;
    }
    post({ type: 'reply', req: m.req, value: true });
  },
  search: (m) => {
    requireCorpus();
    post({ type: 'reply', req: m.req, value: corpus.search(String(m.query || '')) });
  },
  entityMentions: (m) => {
    requireCorpus();
    post({ type: 'reply', req: m.req, value: corpus.entityMentions(String(m.entity || '')) });
  },
};

// Messages are handled strictly in order, after the engine has loaded.
let queue = init();
self.addEventListener('message', (event) => {
  const message = event.data || {};
  const handler = handlers[message.type];
  if (!handler) {
    post({ type: 'error', req: message.req, code: 'bad-message', message: `Unknown message type: ${message.type}` });
    return;
  }
  queue = queue
    .then(() => handler(message))
    .catch((err) => post({ type: 'error', req: message.req, ...errorOf(err, 'analysis-failed') }));
});
