// Analysis worker (module worker). Owns the wasm module and the corpus.
//
// main -> worker: {type:'add', docs:[{id, bytes, format}]} | {type:'analyze'} | {type:'clear'}
// worker -> main: {type:'ready', version} | {type:'progress', done, total}
//               | {type:'result', result, texts:{id: text}} | {type:'error', code, message}

const CORPUS_OPTIONS = { lang: 'auto' };

let recoupe = null;
let corpus = null;
let loadError = null;
const ids = new Set();

function post(message) {
  self.postMessage(message);
}

function reportError(err, fallbackCode) {
  post({
    type: 'error',
    code: (err && typeof err.code === 'string' && err.code) || fallbackCode,
    message: (err && err.message) || String(err),
  });
}

async function init() {
  try {
    const { createRecoupe } = await import('./recoupe/recoupe.js');
    recoupe = await createRecoupe();
    corpus = recoupe.createCorpus(CORPUS_OPTIONS);
    post({ type: 'ready', version: String(recoupe.version || '') });
  } catch (err) {
    loadError = err;
    reportError(err, 'engine-unavailable');
  }
}

function requireCorpus() {
  if (corpus) return true;
  post({
    type: 'error',
    code: 'engine-unavailable',
    message: `The analysis engine is not available${loadError ? `: ${loadError.message || loadError}` : '.'}`,
  });
  return false;
}

function add(docs) {
  if (!requireCorpus() || !Array.isArray(docs)) return;
  const total = docs.length;
  let done = 0;
  for (const doc of docs) {
    try {
      const id = String(doc.id);
      if (ids.has(id)) {
        corpus.remove(id);
        ids.delete(id);
      }
      const bytes = doc.bytes instanceof ArrayBuffer ? new Uint8Array(doc.bytes) : doc.bytes;
      corpus.add({ id, bytes, format: doc.format || 'txt' });
      ids.add(id);
    } catch (err) {
      reportError(err, 'add-failed');
    }
    done += 1;
    post({ type: 'progress', done, total });
  }
}

function analyze() {
  if (!requireCorpus()) return;
  const result = corpus.analyze();
  const texts = {};
  for (const doc of result.documents || []) {
    if (doc.error) continue;
    try {
      texts[doc.id] = corpus.text(doc.id);
    } catch {
      // No text for this document: the page shows it without highlights.
    }
  }
  post({ type: 'result', result, texts });
}

function clearCorpus() {
  if (!recoupe) return;
  try {
    if (corpus) corpus.delete();
  } finally {
    corpus = recoupe.createCorpus(CORPUS_OPTIONS);
    ids.clear();
  }
}

const handlers = {
  add: (message) => add(message.docs),
  analyze: () => analyze(),
  clear: () => clearCorpus(),
};

// Messages are handled strictly in order, after the engine has loaded.
let queue = init();
self.addEventListener('message', (event) => {
  const message = event.data || {};
  const handler = handlers[message.type];
  if (!handler) {
    reportError(new Error(`Unknown message type: ${message.type}`), 'bad-message');
    return;
  }
  queue = queue.then(() => handler(message)).catch((err) => reportError(err, 'analysis-failed'));
});
