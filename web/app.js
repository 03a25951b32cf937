// Recoupe page: wires the worker client, the loaders and the views together.
// Everything runs here, in this tab: no document ever leaves the machine.

import { AnalysisClient } from './client.js';
import { fetchManifest, fetchDocuments, readFiles, pastedDocument } from './loader.js';
import { plural } from './views/dom.js';
import { DocumentList } from './views/documents.js';
import { Reader } from './views/reader.js';
import { EntityList, EntityDetail } from './views/entities.js';
import { Legend } from './views/legend.js';

const $ = (id) => document.getElementById(id);

const state = {
  result: null,
  texts: {},
  docs: new Map(), // id -> document
  entities: new Map(), // id -> entity
  mentionsByDoc: new Map(), // doc id -> mentions
  docId: null,
  entityId: null,
  pending: 0, // analyses requested and not answered yet
  notices: [], // problems reported while adding documents, shown with the next result
  preferDoc: null, // document to show once the next result arrives
  shownOnce: false, // a result has been shown (deep links apply to the first)
};

// ---------------------------------------------------------------- status

const statusNode = $('status');
function setStatus(message, kind = 'info') {
  statusNode.textContent = message;
  statusNode.dataset.kind = kind;
  document.body.classList.toggle('busy', kind === 'busy');
}

function summary() {
  const docs = state.result ? state.result.documents || [] : [];
  const failed = docs.filter((d) => d.error).length;
  const parts = [plural(docs.length, 'document', 'documents')];
  if (failed) parts.push(`${failed} unreadable`);
  parts.push(plural(state.entities.size, 'entity', 'entities'));
  parts.push(plural(state.result ? (state.result.mentions || []).length : 0, 'mention', 'mentions'));
  return parts.join(' · ');
}

// ---------------------------------------------------------------- views

const docList = new DocumentList($('doc-list'), $('doc-count'), (id) => select({ doc: id, entity: state.entityId }));
const reader = new Reader({
  root: $('reader'),
  title: $('reader-title'),
  meta: $('reader-meta'),
  onMentionClick: (entityId) => select({ doc: state.docId, entity: entityId, scrollList: true }),
});
const entityList = new EntityList($('entity-list'), $('entity-count'), $('entity-filter'), (id) =>
  select({ doc: state.docId, entity: id, scrollReader: true }),
);
const detail = new EntityDetail($('entity-detail'), {
  onSelectDoc: (id) => select({ doc: id, entity: state.entityId, scrollReader: true }),
  onSelectEntity: (id) => select({ doc: state.docId, entity: id, scrollReader: true, scrollList: true }),
  onClose: () => select({ doc: state.docId, entity: null }),
});
const legend = new Legend($('legend'), (hidden) => reader.setHiddenTypes(hidden));

// ---------------------------------------------------------------- worker

const client = new AnalysisClient();

client.addEventListener('ready', (e) => {
  const version = e.detail.version;
  $('engine-version').textContent = !version ? '' : /^recoupe\b/i.test(version) ? version : `recoupe ${version}`;
  if (!state.pending) setStatus(state.result ? summary() : 'Ready. Add documents to analyse them.');
});

client.addEventListener('progress', (e) => {
  const { done, total } = e.detail;
  setStatus(done < total ? `Reading documents… ${done}/${total}` : `Analysing ${plural(total, 'document', 'documents')}…`, 'busy');
});

client.addEventListener('result', (e) => {
  state.pending = Math.max(0, state.pending - 1);
  if (state.pending) return; // a newer analysis is on its way
  showResult(e.detail.result, e.detail.texts || {});
  if (state.notices.length) {
    setStatus(`${summary()} — not added: ${state.notices.join('; ')}`, 'error');
    state.notices = [];
  } else {
    setStatus(summary(), 'done');
  }
});

client.addEventListener('error', (e) => {
  const { code, message } = e.detail;
  if (['engine-unavailable', 'analysis-failed', 'worker-failed'].includes(code)) state.pending = 0;
  else if (state.pending) state.notices.push(`${code || 'error'}: ${message || 'unknown problem'}`);
  setStatus(`Error (${code || 'error'}): ${message || 'unknown problem'}`, 'error');
});

function submit(docs, { replace = false } = {}) {
  if (replace) {
    client.clear();
    state.docId = null;
    state.entityId = null;
  }
  if (!docs.length) {
    if (replace) showResult({ documents: [], entities: [], mentions: [], links: [] }, {});
    return;
  }
  state.preferDoc = docs[0].id;
  client.add(docs);
  client.analyze();
  state.pending += 1;
  setStatus(`Analysing ${plural(docs.length, 'document', 'documents')}…`, 'busy');
}

// ---------------------------------------------------------------- result

function showResult(result, texts) {
  state.result = result;
  state.texts = texts;
  state.docs = new Map((result.documents || []).map((d) => [String(d.id), d]));
  state.entities = new Map((result.entities || []).map((en) => [String(en.id), en]));
  state.mentionsByDoc = new Map();
  for (const m of result.mentions || []) {
    const id = String(m.doc);
    if (!state.mentionsByDoc.has(id)) state.mentionsByDoc.set(id, []);
    state.mentionsByDoc.get(id).push(m);
  }
  const counts = new Map([...state.mentionsByDoc].map(([id, list]) => [id, list.length]));
  docList.render(result.documents || [], counts, null);
  entityList.render(result.entities || []);
  const previous = { doc: state.docId };
  state.docId = undefined; // force the reader to redraw

  // First result: the URL hash wins (deep link). Later: the documents just
  // added, else whatever was shown before.
  let target;
  if (!state.shownOnce) {
    const fromHash = parseHash();
    target = { doc: fromHash.doc ?? state.preferDoc, entity: fromHash.entity ?? null, scrollReader: true, scrollList: true };
    if (fromHash.entity && !fromHash.doc) target.doc = null;
  } else if (state.preferDoc && state.docs.has(state.preferDoc)) {
    target = { doc: state.preferDoc, entity: null };
  } else {
    // Entity ids are only stable within one result: keep the document only.
    target = { doc: previous.doc, entity: null };
  }
  state.preferDoc = null;
  state.shownOnce = true;
  select({ ...target, history: 'replace' });
}

function defaultDoc() {
  const docs = state.result ? state.result.documents || [] : [];
  const readable = docs.find((d) => !d.error);
  return readable ? String(readable.id) : docs.length ? String(docs[0].id) : null;
}

/**
 * The one way to change what is shown. doc and entity are ids (or null);
 * an entity without a document shows the first document that mentions it.
 */
function select({ doc = null, entity = null, history = 'push', scrollReader = false, scrollList = false }) {
  const ent = entity != null && state.entities.has(entity) ? state.entities.get(entity) : null;
  let docId = doc != null && state.docs.has(doc) ? doc : null;
  if (!docId && ent && Array.isArray(ent.documents)) docId = ent.documents.map(String).find((id) => state.docs.has(id)) || null;
  if (!docId) docId = defaultDoc();
  const entityId = ent ? String(ent.id) : null;

  if (docId !== state.docId) {
    state.docId = docId;
    const mentions = docId ? state.mentionsByDoc.get(docId) || [] : [];
    if (docId) reader.show(state.docs.get(docId), state.texts[docId], mentions, state.entities);
    else reader.showEmpty('Add documents with the buttons above, drop files anywhere on the page, or paste text.');
    const typeCounts = new Map();
    for (const m of mentions) typeCounts.set(String(m.type), (typeCounts.get(String(m.type)) || 0) + 1);
    legend.render(typeCounts);
    reader.setHiddenTypes(legend.hidden);
    docList.select(docId);
    docList.scrollToSelected();
  }
  state.entityId = entityId;

  const docEntities = new Set((state.mentionsByDoc.get(docId) || []).map((m) => String(m.entity)));
  entityList.update(entityId, docEntities);
  const firstMark = reader.highlight(entityId);
  if (ent) {
    detail.show(ent, state.docs, related(entityId), docId);
    if (scrollReader && firstMark) firstMark.scrollIntoView({ block: 'center' });
    if (scrollList) entityList.scrollToSelected();
  } else {
    detail.hide();
  }
  writeHash(docId, entityId, history);
}

function related(entityId) {
  const out = [];
  for (const link of (state.result && state.result.links) || []) {
    const a = String(link.a);
    const b = String(link.b);
    const other = a === entityId ? b : b === entityId ? a : null;
    if (other !== null && state.entities.has(other)) out.push({ entity: state.entities.get(other), weight: Number(link.weight) || 0 });
  }
  return out.sort((x, y) => y.weight - x.weight).slice(0, 8);
}

// ---------------------------------------------------------------- deep links

function parseHash() {
  const out = {};
  for (const part of location.hash.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    try {
      out[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
    } catch {
      // Malformed escape: ignore that part.
    }
  }
  return out;
}

function writeHash(docId, entityId, mode) {
  const parts = [];
  if (docId) parts.push(`doc=${encodeURIComponent(docId)}`);
  if (entityId) parts.push(`entity=${encodeURIComponent(entityId)}`);
  const hash = parts.length ? `#${parts.join('&')}` : '';
  if (hash === location.hash || mode === 'none') return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (mode === 'replace') history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

function followHash() {
  if (!state.result) return;
  const { doc, entity } = parseHash();
  select({ doc: doc ?? null, entity: entity ?? null, history: 'replace', scrollReader: true, scrollList: true });
}
window.addEventListener('hashchange', followHash);
window.addEventListener('popstate', followHash);

// ---------------------------------------------------------------- inputs

async function loadManifest(base, { replace }) {
  const paths = await fetchManifest(base);
  if (!paths) return false;
  const { docs, failures } = await fetchDocuments(base, paths, (done, total) =>
    setStatus(`Fetching documents… ${done}/${total}`, 'busy'),
  );
  submit(docs, { replace });
  if (failures.length) setStatus(`Could not fetch ${plural(failures.length, 'document', 'documents')}: ${failures.map((f) => f.id).join(', ')}`, 'error');
  return true;
}

async function addFiles(files) {
  const docs = await readFiles(files);
  if (docs.length) submit(docs);
}

const fileInput = $('file-input');
fileInput.addEventListener('change', async () => {
  const files = [...fileInput.files];
  fileInput.value = '';
  await addFiles(files);
});

$('load-demo').addEventListener('click', async () => {
  if (!(await loadManifest('demo/', { replace: true }))) setStatus('The demo corpus is not available.', 'error');
});

$('clear-all').addEventListener('click', () => submit([], { replace: true }));

const pasteBox = $('paste-box');
const pasteText = $('paste-text');
$('paste-add').addEventListener('click', () => {
  const value = pasteText.value;
  if (!value.trim()) {
    pasteText.focus();
    return;
  }
  submit([pastedDocument(value, new Set(state.docs.keys()))]);
  pasteText.value = '';
  pasteBox.open = false;
});

// Drag and drop anywhere on the page.
let dragDepth = 0;
const hasFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
window.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth += 1;
  document.body.classList.add('dragging');
});
window.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) document.body.classList.remove('dragging');
});
window.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  addFiles(event.dataTransfer.files);
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.entityId && !event.target.closest('textarea, input')) {
    select({ doc: state.docId, entity: null });
  }
});

// ---------------------------------------------------------------- start

reader.showEmpty('Loading…');
setStatus('Loading the analysis engine…', 'busy');
(async () => {
  if (await loadManifest('preload/', { replace: true })) return;
  if (!(await loadManifest('demo/', { replace: true }))) {
    setStatus('Ready. Add documents to analyse them.');
    reader.showEmpty('Add documents with the buttons above, drop files anywhere on the page, or paste text.');
  }
})();
