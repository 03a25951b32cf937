// Recoupe page: wires the worker client, the loaders, the store and the views.
// Everything runs here, in this tab: no document ever leaves the machine.

import { AnalysisClient } from './client.js';
import { EARLY_DOCUMENTS, takeEarlyFetch } from './early-fetch.js';
import { fetchManifest, fetchDocuments, readFiles, folderFiles, droppedFiles, pastedDocument } from './loader.js';
import { el, clear, plural, formatBytes } from './views/dom.js';
import { DocumentList, DocumentsView } from './views/documents.js';
import { Reader } from './views/reader.js';
import { EntityList, EntityDetail, EntitiesView } from './views/entities.js';
import { EntityPage } from './views/entity-page.js';
import { XrefView } from './views/xref.js';
import { TimelineView } from './views/timeline.js';
import { SearchView } from './views/search.js';
import { CurationView } from './views/curation.js';
import { Legend } from './views/legend.js';
import { Store } from './store.js';
import { Curation, compactAliases, RETYPES } from './curation.js';
import { download, entitiesCsv, mentionsCsv, linksCsv, htmlReport } from './export.js';
import { typeInfo } from './types.js';

const $ = (id) => document.getElementById(id);
const VIEWS = ['documents', 'reader', 'entities', 'entity', 'xref', 'timeline', 'search', 'curation'];
const EMPTY_RESULT = { format: 'recoupe.analysis/1', documents: [], entities: [], mentions: [], links: [], suggestions: [], quotes: [], timeline: [] };

const state = {
  result: EMPTY_RESULT,
  texts: new Map(), // doc id -> analysed text
  docs: new Map(), // doc id -> analysed document
  entities: new Map(), // entity id -> entity
  mentionsByDoc: new Map(), // doc id -> mentions
  linksByEntity: new Map(), // entity id -> [{other, weight}]
  sizes: new Map(), // doc id -> bytes
  view: 'reader',
  docId: null,
  entityId: null,
  hiddenTypes: new Set(),
  renderedDoc: null, // [docId, result] drawn in the reader
  metrics: { firstHighlights: null, lastAnalysisMs: null },
};
window.__recoupe = state.metrics; // read by the end-to-end tests (timings only)

const store = new Store();
const curation = new Curation();
const committed = new Map(); // id -> { id, format, bytes, size, added }: the document set

// ---------------------------------------------------------------- status and progress

const statusNode = $('status');
function setStatus(message, kind = 'info') {
  statusNode.textContent = message;
  statusNode.dataset.kind = kind;
}

function summary() {
  const docs = state.result.documents || [];
  const failed = docs.filter((d) => d.error).length;
  const parts = [plural(docs.length, 'document', 'documents')];
  if (failed) parts.push(`${failed} unreadable`);
  parts.push(plural(state.entities.size, 'entity', 'entities'));
  parts.push(plural((state.result.mentions || []).length, 'mention', 'mentions'));
  return parts.join(' · ');
}

const progress = {
  box: $('progress'),
  bar: $('progress-bar'),
  fill: $('progress-fill'),
  text: $('progress-text'),
  timer: null,
  info: null,
  show(label) {
    this.info = { label, docsDone: 0, docsTotal: 0, bytesDone: 0, bytesTotal: 0, stepStart: performance.now(), stepBytes: 0, msPerByte: 0 };
    this.box.hidden = false;
    document.body.classList.add('busy');
    this.draw();
    clearInterval(this.timer);
    this.timer = setInterval(() => this.draw(), 250);
  },
  update(m) {
    if (!this.info) return;
    Object.assign(this.info, {
      docsDone: m.docsDone,
      docsTotal: m.docsTotal,
      bytesDone: m.bytesDone,
      bytesTotal: m.bytesTotal,
    });
    if (m.stepBytes !== undefined) {
      this.info.stepStart = performance.now();
      this.info.stepBytes = m.stepBytes;
    }
    if (m.msPerByte) this.info.msPerByte = m.msPerByte;
    this.draw();
  },
  draw() {
    const i = this.info;
    if (!i) return;
    let done = i.bytesDone;
    let estimated = false;
    // Within a step the engine cannot report: estimate from the previous step's speed.
    if (i.stepBytes && i.msPerByte && i.bytesDone < i.bytesTotal) {
      done += Math.min(i.stepBytes * 0.95, (performance.now() - i.stepStart) / i.msPerByte);
      estimated = true;
    }
    const pct = i.bytesTotal ? Math.round((100 * done) / i.bytesTotal) : 0;
    this.fill.style.width = `${pct}%`;
    this.bar.setAttribute('aria-valuenow', String(pct));
    const docs = i.docsTotal ? `${i.docsDone} / ${plural(i.docsTotal, 'document', 'documents')}` : '';
    const mb = i.bytesTotal ? `${estimated ? '≈ ' : ''}${formatBytes(done)} of ${formatBytes(i.bytesTotal)}` : '';
    this.text.textContent = [i.label, docs, mb].filter(Boolean).join(' · ');
  },
  hide() {
    clearInterval(this.timer);
    this.timer = null;
    this.info = null;
    this.box.hidden = true;
    document.body.classList.remove('busy');
  },
};

// ---------------------------------------------------------------- worker and jobs

let client = new AnalysisClient();
client.addEventListener('ready', (e) => {
  const version = e.detail.version;
  $('engine-version').textContent = !version ? '' : /^recoupe\b/i.test(version) ? version : `recoupe ${version}`;
});
client.addEventListener('error', (e) => setStatus(`Error (${e.detail.code || 'error'}): ${e.detail.message || 'unknown problem'}`, 'error'));
client.addEventListener('crash', (e) => {
  // The worker died (out of memory, ...): the running job fails; start over with the committed set.
  setStatus(`The analysis worker stopped (${e.detail.message}). It was restarted with the documents loaded before.`, 'error');
  if (!running) restartWorker({ code: 'worker-failed', message: e.detail.message });
});

let chain = Promise.resolve();
let jobSeq = 0;
let cancelledUpTo = 0;
let running = 0;

/** Run jobs one after the other; run(seq) returns a promise. */
function enqueue(label, run) {
  const seq = ++jobSeq;
  running += 1;
  const job = chain.then(async () => {
    if (seq <= cancelledUpTo) return;
    progress.show(label);
    try {
      await run(seq);
    } catch (err) {
      if (err && err.code === 'cancelled') return;
      // A module that ran out of memory or aborted is unusable (recoupe.usable
      // is false): start a fresh worker with the documents that did load.
      if (err && ['worker-failed', 'analysis-failed', 'out-of-memory', 'aborted'].includes(err.code)) {
        setStatus(`Analysis failed (${err.code}): ${err.message}. The worker was restarted with the documents loaded before.`, 'error');
        restartWorker();
      } else {
        setStatus(`Error (${(err && err.code) || 'error'}): ${(err && err.message) || err}`, 'error');
      }
    }
  });
  chain = job.finally(() => {
    running -= 1;
    if (!running) progress.hide();
  });
  return job;
}

/** Terminate the worker and rebuild the committed set in a new one. */
function restartWorker(reason) {
  cancelledUpTo = jobSeq;
  client.restart(reason);
  if (committed.size || hasCuration()) {
    enqueue('Restoring the documents loaded before', async () => {
      const res = await client.load([...committed.values()], { aliases: currentAliases(), onProgress: (m) => progress.update(m) });
      applyResult(res);
    });
  }
}

function hasCuration() {
  return Object.keys(compactAliases(curation.aliases)).length > 1;
}

function currentAliases() {
  return compactAliases(curation.aliases);
}

$('cancel').addEventListener('click', () => {
  restartWorker({ code: 'cancelled', message: 'Cancelled.' });
  setStatus('Analysis cancelled: the documents being added were dropped.', 'error');
});

/** Add documents (replacing those with the same id) and analyse. */
function addDocuments(docs, { label = 'Analysing', notes = [], saved = null } = {}) {
  const unique = [...new Map(docs.map((d) => [String(d.id), { ...d, id: String(d.id) }])).values()];
  if (!unique.length) {
    if (notes.length) setStatus(`Not added: ${notes.join('; ')}`, 'error');
    return Promise.resolve();
  }
  const preferDoc = unique[0].id;
  return enqueue(label, async () => {
    const started = performance.now();
    const res = await client.load(unique, {
      aliases: currentAliases(),
      onProgress: (m) => progress.update(m),
      onPartial: (partial) => applyResult(partial, { partial: true, preferDoc }),
    });
    let added = Date.now();
    for (const d of unique) committed.set(d.id, { id: d.id, format: d.format, bytes: d.bytes, size: d.size ?? d.bytes.byteLength, added: added++ });
    store.putDocs(unique.filter((d) => !saved || !saved.has(d.id)).map((d) => committed.get(d.id))).catch(() => setStatus('Could not save the documents in this browser (storage full?).', 'error'));
    state.metrics.lastAnalysisMs = performance.now() - started;
    applyResult(res, { preferDoc });
    const failed = unique.filter((d) => state.docs.get(d.id)?.error).length;
    const extra = [...notes];
    if (failed) extra.push(`${failed} could not be read`);
    setStatus(`${summary()}${extra.length ? ` — ${extra.join('; ')}` : ''}`, extra.length ? 'error' : 'done');
  });
}

function removeDocuments(ids) {
  return enqueue('Removing', async () => {
    const res = await client.remove(ids);
    for (const id of ids) {
      committed.delete(id);
      state.texts.delete(id);
    }
    store.deleteDocs(ids).catch(() => {});
    applyResult(res);
    setStatus(summary(), 'done');
  });
}

/** Apply the alias file of `curation` to the whole set. */
function applyCuration(message) {
  return enqueue('Applying the curation', async () => {
    try {
      const res = await client.setAliases(currentAliases());
      applyResult(res);
      saveCuration();
      setStatus(`${message} — ${summary()}`, 'done');
    } catch (err) {
      if (err && err.code === 'invalid-aliases') {
        curation.revert();
        renderView();
        setStatus(`The alias file was refused: ${err.message}`, 'error');
        return;
      }
      throw err;
    }
  });
}

function saveCuration() {
  store.set('curation', curation.toJSON()).catch(() => {});
}

// ---------------------------------------------------------------- results

let firstHighlightsDrawn = false;

function applyResult(message, { partial = false, preferDoc = null } = {}) {
  const result = message.result || EMPTY_RESULT;
  const previousEntity = state.entityId ? state.entities.get(state.entityId) : null;
  for (const [id, text] of Object.entries(message.texts || {})) state.texts.set(id, text);
  state.result = result;
  state.docs = new Map((result.documents || []).map((d) => [String(d.id), d]));
  state.entities = new Map((result.entities || []).map((e) => [String(e.id), e]));
  state.mentionsByDoc = new Map();
  for (const m of result.mentions || []) {
    const id = String(m.doc);
    let list = state.mentionsByDoc.get(id);
    if (!list) state.mentionsByDoc.set(id, (list = []));
    list.push(m);
  }
  state.linksByEntity = new Map();
  for (const l of result.links || []) {
    const a = String(l.a);
    const b = String(l.b);
    const w = Number(l.weight) || 0;
    if (!state.linksByEntity.has(a)) state.linksByEntity.set(a, []);
    if (!state.linksByEntity.has(b)) state.linksByEntity.set(b, []);
    state.linksByEntity.get(a).push({ other: b, weight: w });
    state.linksByEntity.get(b).push({ other: a, weight: w });
  }
  for (const list of state.linksByEntity.values()) list.sort((x, y) => y.weight - x.weight);
  state.sizes = new Map([...committed.values()].map((d) => [d.id, d.size]));
  for (const d of result.documents || []) if (!state.sizes.has(String(d.id)) && state.texts.has(String(d.id))) state.sizes.set(String(d.id), new Blob([state.texts.get(String(d.id))]).size);

  // Keep the selected entity across re-analyses (ids are only stable within one result).
  if (previousEntity) state.entityId = findEntity(previousEntity);
  else if (state.entityId && !state.entities.has(state.entityId)) state.entityId = null;
  if (pendingEntityName && !state.entityId) state.entityId = findEntity(pendingEntityName);
  if (!partial) pendingEntityName = null;
  if (preferDoc && state.docs.has(preferDoc) && (firstResultShown || !state.docId || !state.docs.has(state.docId))) state.docId = preferDoc;
  if (!state.docId || !state.docs.has(state.docId)) state.docId = defaultDoc();
  state.renderedDoc = null;
  renderAll({ scrollReader: !firstResultShown });
  if (!partial) firstResultShown = true;
  if (!firstHighlightsDrawn && document.querySelector('#reader mark[data-entity]')) {
    firstHighlightsDrawn = true;
    // Timed once the frame with the highlights is painted: a task queued from
    // the frame's callback runs after its paint.
    requestAnimationFrame(() => setTimeout(() => (state.metrics.firstHighlights = performance.now())));
  }
  if (!partial) document.body.dataset.analysed = String(Number(document.body.dataset.analysed || 0) + 1);
}
let firstResultShown = false;
let pendingEntityName = null; // {name, type} of a saved view, matched on the next result

function findEntity(previous) {
  if (!previous) return null;
  if (previous.id && state.entities.has(String(previous.id))) {
    const same = state.entities.get(String(previous.id));
    if (same.name === previous.name) return String(same.id);
  }
  const fold = (s) => String(s).normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
  const name = fold(previous.name);
  let best = null;
  for (const e of state.entities.values()) {
    if (fold(e.name) === name) return String(e.id);
    if (!best && (e.aliases || []).some((a) => fold(a) === name)) best = String(e.id);
  }
  return best;
}

function defaultDoc() {
  const docs = state.result.documents || [];
  const readable = docs.find((d) => !d.error);
  return readable ? String(readable.id) : docs.length ? String(docs[0].id) : null;
}

// ---------------------------------------------------------------- views

const tooltip = $('tooltip');
const docList = new DocumentList($('doc-list'), $('doc-count'), (id) => navigate({ view: 'reader', doc: id, entity: state.entityId }));
const reader = new Reader({
  root: $('reader'),
  title: $('reader-title'),
  meta: $('reader-meta'),
  tooltip,
  onMentionClick: (entityId) => navigate({ view: 'entity', entity: entityId }),
  describe: (id) => {
    const e = state.entities.get(id);
    return e ? { name: e.name, type: e.type, count: Number(e.mentionCount) || 0 } : null;
  },
});
const entityList = new EntityList($('entity-list'), $('entity-count'), $('entity-filter'), (id) =>
  navigate({ view: 'reader', doc: state.docId, entity: id, scrollReader: true }),
);
const detail = new EntityDetail($('entity-detail'), {
  onSelectDoc: (id) => navigate({ view: 'reader', doc: id, entity: state.entityId, scrollReader: true }),
  onSelectEntity: (id) => navigate({ view: 'reader', doc: state.docId, entity: id, scrollReader: true, scrollList: true }),
  onClose: () => navigate({ view: 'reader', doc: state.docId, entity: null }),
  onOpenPage: (id) => navigate({ view: 'entity', entity: id }),
});
const legend = new Legend($('legend'), (hidden) => {
  state.hiddenTypes = hidden;
  reader.setHiddenTypes(hidden);
  saveView();
});
legend.hidden = state.hiddenTypes;

const jump = (doc, start, end) => navigate({ view: 'reader', doc, place: { start, end } });
const openEntity = (id) => navigate({ view: 'entity', entity: id });

const pages = {
  documents: new DocumentsView($('view-documents'), {
    onOpen: (id) => navigate({ view: 'reader', doc: id }),
    onRemove: async (id) => {
      if (await confirmDialog('Remove this document?', `“${id}” will be removed from the set and from this browser.`, 'Remove')) removeDocuments([id]);
    },
  }),
  entities: new EntitiesView($('view-entities'), {
    onOpen: openEntity,
    onMerge: (ids) => mergeEntities(ids),
  }),
  entity: new EntityPage($('view-entity'), {
    onJump: jump,
    onOpenEntity: openEntity,
    onOpenDoc: (id) => navigate({ view: 'reader', doc: id, entity: state.entityId, scrollReader: true }),
    onRename: renameEntity,
    onRetype: (entity, type) => curate(() => curation.retype(entity.name, type), `${entity.name} is now ${typeInfo(type).short}`),
    onReject: async (entity) => {
      if (await confirmDialog('Reject this entity?', `Every mention of “${entity.name}” disappears from the results. You can undo it.`, 'Reject')) {
        curate(() => curation.rejectEntity(entity.name), `Rejected ${entity.name}`);
      }
    },
    onRejectAlias: (alias) => curate(() => curation.rejectAlias(alias), `Rejected the form “${alias}”`),
    onSplit: (alias, entity) => {
      pendingEntityName = { name: entity.name };
      curate(() => curation.split(alias, entity.name), `Split “${alias}” from ${entity.name}`);
    },
    onMergeWith: mergeWithDialog,
  }),
  xref: new XrefView($('view-xref'), {
    onOpenEntity: openEntity,
    onOpenCell: (doc, entity) => navigate({ view: 'reader', doc, entity, scrollReader: true }),
  }),
  timeline: new TimelineView($('view-timeline'), { onJump: jump, onOpenEntity: openEntity }),
  search: new SearchView($('view-search'), {
    search: (q) => client.search(q),
    onJump: jump,
    onOpenEntity: openEntity,
  }),
  curation: new CurationView($('view-curation'), {
    onAccept: (a, b) => curate(() => curation.merge([a, b]), `Merged ${a} and ${b}`),
    onDismiss: (a, b) => curate(() => curation.dismiss(a, b), `Dismissed ${a} / ${b}`, { local: true }),
    onRemoveRule: (kind, index) => curate(() => curation.removeRule(kind, index), 'Rule removed'),
    onUndo: undo,
    onRedo: redo,
    onExport: exportAliases,
    onImport: importAliases,
    onOpenEntity: openEntity,
  }),
};

function renderReaderDoc() {
  const key = state.docId;
  if (state.renderedDoc && state.renderedDoc[0] === key && state.renderedDoc[1] === state.result) return false;
  state.renderedDoc = [key, state.result];
  const mentions = key ? state.mentionsByDoc.get(key) || [] : [];
  if (key && state.docs.has(key)) {
    const size = state.sizes.get(key);
    reader.show(state.docs.get(key), state.texts.get(key), mentions, state.entities, size !== undefined ? [formatBytes(size)] : []);
  } else {
    reader.showEmpty(committed.size || running ? 'Analysing…' : 'Add documents with the buttons above, drop files or folders anywhere on the page, paste text, or load the demo corpus.');
  }
  const typeCounts = new Map();
  for (const m of mentions) typeCounts.set(String(m.type), (typeCounts.get(String(m.type)) || 0) + 1);
  legend.render(typeCounts);
  reader.setHiddenTypes(state.hiddenTypes);
  return true;
}

/** Redraw after a new result. */
function renderAll(opts = {}) {
  const counts = new Map([...state.mentionsByDoc].map(([id, list]) => [id, list.length]));
  docList.render(state.result.documents || [], counts, state.docId);
  renderReaderDoc();
  renderView(opts);
}

/** Draw the active view (and the reader's selection). */
function renderView({ scrollReader = false, scrollList = false, place = null, focusView = false } = {}) {
  for (const view of VIEWS) {
    const tab = $(`tab-${view}`);
    const on = view === state.view;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    const panel = $(`view-${view}`);
    if (panel.hidden !== !on) panel.hidden = !on;
  }
  const ent = state.entityId ? state.entities.get(state.entityId) : null;
  $('tab-entity').textContent = ent ? `Entity: ${ent.name.length > 24 ? `${ent.name.slice(0, 23)}…` : ent.name}` : 'Entity';
  tooltip.hidden = true;

  // Views not shown are emptied: one entity list in the page at a time.
  for (const view of VIEWS) if (view !== state.view && view !== 'reader' && $(`view-${view}`).firstChild) clear($(`view-${view}`));
  if (state.view !== 'reader') {
    clear($('entity-list'));
    detail.hide();
  }

  if (state.view === 'reader') {
    renderReaderDoc();
    docList.select(state.docId);
    docList.scrollToSelected();
    if (!$('entity-list').firstChild) entityList.render(state.result.entities || []);
    const docEntities = new Set((state.mentionsByDoc.get(state.docId) || []).map((m) => String(m.entity)));
    entityList.update(state.entityId, docEntities);
    const firstMark = reader.highlight(state.entityId);
    if (ent) {
      detail.show(ent, state.docs, (state.linksByEntity.get(state.entityId) || []).slice(0, 8).map((l) => ({ entity: state.entities.get(l.other), weight: l.weight })).filter((l) => l.entity), state.docId);
      if (scrollList) entityList.scrollToSelected();
    } else detail.hide();
    if (place) reader.showPlace(place.start, place.end);
    else if (scrollReader && firstMark) firstMark.scrollIntoView({ block: 'center' });
  } else if (state.view === 'entity') {
    if (ent) pages.entity.render(state, ent, client.entityMentions(String(ent.id)).catch((err) => Promise.reject(err)));
    else pages.entity.showNone();
  } else {
    pages[state.view].render(state, curation);
  }
  if (focusView) {
    const heading = $(`view-${state.view}`).querySelector('h2');
    if (heading && state.view !== 'reader') {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
  }
}

/**
 * The one way to change what is shown: view, document, entity (ids or null),
 * and optionally a place { start, end } of the document to jump to.
 */
function navigate({ view = state.view, doc = state.docId, entity = state.entityId, place = null, history = 'push', scrollReader = false, scrollList = false, focusView = false }) {
  state.view = VIEWS.includes(view) ? view : 'reader';
  state.entityId = entity != null && state.entities.has(String(entity)) ? String(entity) : null;
  let docId = doc != null && state.docs.has(String(doc)) ? String(doc) : null;
  if (!docId && state.entityId) docId = (state.entities.get(state.entityId).documents || []).map(String).find((id) => state.docs.has(id)) || null;
  state.docId = docId || defaultDoc();
  renderView({ scrollReader, scrollList, place, focusView });
  writeHash(history);
  saveView();
}

// ---------------------------------------------------------------- deep links and view state

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

function writeHash(mode) {
  const parts = [`view=${encodeURIComponent(state.view)}`];
  if (state.docId) parts.push(`doc=${encodeURIComponent(state.docId)}`);
  if (state.entityId) parts.push(`entity=${encodeURIComponent(state.entityId)}`);
  const hash = `#${parts.join('&')}`;
  if (hash === location.hash || mode === 'none') return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (mode === 'replace') history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

function followHash() {
  const h = parseHash();
  const view = h.view || (h.entity && !h.doc ? 'reader' : 'reader');
  navigate({ view, doc: h.doc ?? null, entity: h.entity ?? null, history: 'replace', scrollReader: true, scrollList: true });
}
window.addEventListener('hashchange', followHash);
window.addEventListener('popstate', followHash);

let saveTimer = null;
function saveView() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    const ent = state.entityId ? state.entities.get(state.entityId) : null;
    store
      .set('view', { view: state.view, doc: state.docId, entity: ent ? { id: String(ent.id), name: ent.name } : null, hiddenTypes: [...state.hiddenTypes] })
      .catch(() => {});
  }, 150);
}

// Tabs: arrows, Home and End move between them (roving tabindex).
$('tabs').addEventListener('click', (event) => {
  const tab = event.target.closest('[role="tab"]');
  if (tab) navigate({ view: tab.dataset.view });
});
$('tabs').addEventListener('keydown', (event) => {
  const tabs = [...$('tabs').querySelectorAll('[role="tab"]')];
  const index = tabs.indexOf(document.activeElement);
  if (index < 0) return;
  const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
  next.focus();
  navigate({ view: next.dataset.view });
  next.focus();
});

// ---------------------------------------------------------------- curation

/** Make one undoable change and apply it to the whole set. local: nothing to re-analyse. */
function curate(change, message, { local = false } = {}) {
  if (!change()) return;
  if (local) {
    saveCuration();
    renderView();
    setStatus(message, 'done');
    return;
  }
  applyCuration(message);
}

function mergeEntities(ids) {
  const names = ids.map((id) => state.entities.get(id)).filter(Boolean).map((e) => e.name);
  if (names.length < 2) return;
  const keep = state.entities.get(ids[0]);
  pendingEntityName = { name: keep.name };
  curate(() => curation.merge(names), `Merged ${names.join(', ')}`);
}

async function renameEntity(entity) {
  const name = await promptDialog('Rename entity', `New name for “${entity.name}” (applies to every document):`, entity.name);
  if (name && name.trim() && name.trim() !== entity.name) {
    pendingEntityName = { name: name.trim() };
    curate(() => curation.rename(entity.name, name.trim()), `Renamed ${entity.name} to ${name.trim()}`);
  }
}

async function mergeWithDialog(entity) {
  const names = [...state.entities.values()].filter((e) => e.id !== entity.id).map((e) => e.name);
  const other = await promptDialog('Merge with another entity', `Which entity is the same as “${entity.name}”? Type its name.`, '', names);
  if (!other) return;
  const target = findEntity({ name: other });
  if (!target || target === entity.id) {
    setStatus(`No entity named “${other}”.`, 'error');
    return;
  }
  pendingEntityName = { name: entity.name };
  curate(() => curation.merge([entity.name, state.entities.get(target).name]), `Merged ${entity.name} and ${state.entities.get(target).name}`);
}

function undo() {
  const label = curation.undo();
  if (label) applyCuration(`Undone: ${label}`);
}

function redo() {
  const label = curation.redo();
  if (label) applyCuration(`Redone: ${label}`);
}

function exportAliases() {
  download('recoupe-aliases.json', JSON.stringify(currentAliases(), null, 2) + '\n', 'application/json');
}

async function importAliases(file) {
  let value;
  try {
    value = JSON.parse(await file.text());
  } catch (err) {
    setStatus(`${file.name} is not valid JSON: ${err.message}`, 'error');
    return;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    setStatus(`${file.name} is not an alias file.`, 'error');
    return;
  }
  curate(() => curation.replaceAll(value, `import ${file.name}`), `Imported ${file.name}`);
}

document.addEventListener('keydown', (event) => {
  const inField = event.target.closest && event.target.closest('textarea, input, select, [contenteditable]');
  if ((event.ctrlKey || event.metaKey) && !inField) {
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      redo();
    }
    return;
  }
  if (event.key === 'Escape' && !inField && !$('dialog').open) {
    for (const box of document.querySelectorAll('details[open]')) box.open = false;
    if (state.entityId && state.view === 'reader') navigate({ entity: null });
  }
  if (event.key === '/' && !inField && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    navigate({ view: 'search' });
    pages.search.focus();
  }
});

// ---------------------------------------------------------------- dialogs (in the page, never window.confirm)

const dialog = $('dialog');
function openDialog({ title, text, okLabel = 'OK', danger = false, body = null }) {
  $('dialog-title').textContent = title;
  $('dialog-text').textContent = text;
  const bodyNode = clear($('dialog-body'));
  if (body) bodyNode.appendChild(body);
  $('dialog-ok').textContent = okLabel;
  $('dialog-ok').classList.toggle('danger', danger);
  return new Promise((resolve) => {
    const done = (ok) => {
      $('dialog-form').removeEventListener('submit', onSubmit);
      $('dialog-cancel').removeEventListener('click', onCancel);
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      resolve(ok);
    };
    const onSubmit = (e) => {
      e.preventDefault();
      done(true);
    };
    const onCancel = (e) => {
      e.preventDefault();
      done(false);
    };
    $('dialog-form').addEventListener('submit', onSubmit);
    $('dialog-cancel').addEventListener('click', onCancel);
    dialog.addEventListener('cancel', onCancel);
    dialog.showModal();
    const input = bodyNode.querySelector('input, select');
    (input || $('dialog-ok')).focus();
  });
}

function confirmDialog(title, text, okLabel = 'OK') {
  return openDialog({ title, text, okLabel, danger: true });
}

async function promptDialog(title, text, value = '', suggestions = null) {
  const input = el('input', { id: 'dialog-input', class: 'filter big', type: 'text', value, autocomplete: 'off', 'aria-label': title, list: suggestions ? 'dialog-names' : null });
  const body = el('div', null, input, suggestions ? el('datalist', { id: 'dialog-names' }, suggestions.slice(0, 2000).map((n) => el('option', { value: n }))) : null);
  const ok = await openDialog({ title, text, body });
  return ok ? input.value : null;
}

// ---------------------------------------------------------------- inputs

async function addFiles(files, paths = null) {
  if (!files.length) return;
  setStatus(`Reading ${plural(files.length, 'file', 'files')}…`, 'busy');
  const { docs, problems } = await readFiles(files, paths);
  await addDocuments(docs, { label: 'Analysing', notes: problems });
}

const fileInput = $('file-input');
fileInput.addEventListener('change', async () => {
  const files = [...fileInput.files];
  fileInput.value = '';
  await addFiles(files);
});
const folderInput = $('folder-input');
folderInput.addEventListener('change', async () => {
  const files = folderFiles(folderInput.files);
  folderInput.value = '';
  await addFiles(files);
});

$('load-demo').addEventListener('click', async () => {
  if (!(await loadManifest('demo/'))) setStatus('The demo corpus is not available.', 'error');
});

$('clear-all').addEventListener('click', async () => {
  const ok = await confirmDialog(
    'Clear everything?',
    'This removes every document, your curation and the saved view from this browser. It cannot be undone.',
    'Clear everything',
  );
  if (!ok) return;
  cancelledUpTo = jobSeq;
  client.restart({ code: 'cancelled', message: 'Cleared.' });
  committed.clear();
  curation.load({});
  state.texts.clear();
  state.entityId = null;
  state.docId = null;
  state.hiddenTypes.clear();
  await store.clearAll().catch(() => {});
  applyResult({ result: EMPTY_RESULT, texts: {} });
  navigate({ view: 'reader', doc: null, entity: null, history: 'replace' });
  setStatus('Everything was cleared. Add documents to start again.', 'done');
});

const pasteBox = $('paste-box');
const pasteText = $('paste-text');
$('paste-add').addEventListener('click', () => {
  const value = pasteText.value;
  if (!value.trim()) {
    pasteText.focus();
    return;
  }
  addDocuments([pastedDocument(value, new Set([...committed.keys(), ...state.docs.keys()]))]);
  pasteText.value = '';
  pasteBox.open = false;
});

// Drag and drop anywhere on the page: files and whole folders.
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
window.addEventListener('drop', async (event) => {
  if (!event.dataTransfer) return;
  event.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const entries = droppedFiles(event.dataTransfer); // taken synchronously, walked after
  const found = await entries;
  await addFiles(found.map((f) => f.file), found.map((f) => f.path));
});

// ---------------------------------------------------------------- export

function exportName(ext) {
  return `recoupe-${new Date().toISOString().slice(0, 10)}.${ext}`;
}
const closeMenu = () => ($('export-box').open = false);
$('export-json').addEventListener('click', () => {
  download(exportName('json'), JSON.stringify(state.result, null, 2), 'application/json');
  closeMenu();
});
$('export-entities-csv').addEventListener('click', () => {
  download('recoupe-entities.csv', entitiesCsv(state.result), 'text/csv');
  closeMenu();
});
$('export-mentions-csv').addEventListener('click', () => {
  download('recoupe-mentions.csv', mentionsCsv(state.result), 'text/csv');
  closeMenu();
});
$('export-links-csv').addEventListener('click', () => {
  download('recoupe-links.csv', linksCsv(state.result), 'text/csv');
  closeMenu();
});
$('export-html').addEventListener('click', () => {
  const aliases = hasCuration() ? currentAliases() : null;
  download(exportName('html'), htmlReport(state.result, state.texts, { title: 'Recoupe report', aliases }), 'text/html');
  closeMenu();
});
$('export-aliases').addEventListener('click', () => {
  exportAliases();
  closeMenu();
});

// ---------------------------------------------------------------- start

async function loadManifest(base) {
  const paths = await fetchManifest(base);
  if (!paths) return false;
  const { docs, failures } = await fetchDocuments(base, paths, (done, total) => setStatus(`Fetching documents… ${done}/${total}`, 'busy'));
  await addDocuments(docs, { notes: failures.map((f) => `${f.id}: ${f.message}`) });
  return true;
}

/** The documents, curation and view saved in this browser. */
async function loadSaved() {
  await store.open();
  const [docs, curationFile, view] = await Promise.all([
    store.loadDocs().catch(() => []),
    store.get('curation').catch(() => null),
    store.get('view').catch(() => null),
  ]);
  return { docs, curationFile, view };
}

function applySavedView(savedView) {
  // Where to go: the URL wins, else the saved view.
  const h = parseHash();
  if (h.view || h.doc || h.entity) {
    state.view = VIEWS.includes(h.view) ? h.view : 'reader';
    state.docId = h.doc ?? null;
    state.entityId = h.entity ?? null;
  } else if (savedView) {
    state.view = VIEWS.includes(savedView.view) ? savedView.view : 'reader';
    state.docId = savedView.doc ?? null;
    if (savedView.entity) pendingEntityName = savedView.entity;
  }
  if (savedView && Array.isArray(savedView.hiddenTypes)) for (const t of savedView.hiddenTypes) state.hiddenTypes.add(String(t));
}

async function start() {
  reader.showEmpty('Loading…');
  setStatus('Loading the analysis engine…', 'busy');
  // Fetched from the page's first script, while the modules and the storage load.
  const early = takeEarlyFetch();
  const saved = await loadSaved();
  if (saved.curationFile) curation.load(saved.curationFile);
  for (const d of saved.docs) committed.set(d.id, d);
  applySavedView(saved.view);

  // The saved set, plus the documents of the server's --corpus folder, or the
  // demo's when there is nothing else.
  const { base, paths } = await early.listing;
  let extra = [];
  let notes = [];
  if (base === 'preload/' || (base && !committed.size)) {
    // A .json file holds several documents: it is read again whatever was saved.
    const wanted = (p) => !committed.has(p) || /\.json$/i.test(p);
    const first = await early.first;
    const rest = paths.slice(EARLY_DOCUMENTS).filter(wanted);
    const more = await fetchDocuments(base, rest, (done, total) => setStatus(`Fetching documents… ${done}/${total}`, 'busy'));
    extra = [...first.docs, ...more.docs].filter((d) => !committed.has(d.id));
    notes = [...first.failures.filter((f) => wanted(f.id)), ...more.failures].map((f) => `${f.id}: ${f.message}`);
  }
  const all = [...committed.values(), ...extra];
  if (!all.length) {
    applyResult({ result: EMPTY_RESULT, texts: {} });
    firstResultShown = true;
    navigate({ history: 'replace' });
    if (hasCuration()) enqueue('Loading the curation', async () => applyResult(await client.setAliases(currentAliases())));
    setStatus('Ready. Add documents to analyse them.');
  } else {
    const preferDoc = state.docId;
    await addDocuments(all, { label: saved.docs.length ? 'Restoring your documents' : 'Analysing', notes, saved: new Set(saved.docs.map((d) => d.id)) });
    if (!firstResultShown) firstResultShown = true;
    navigate({ doc: preferDoc && state.docs.has(preferDoc) ? preferDoc : state.docId, history: 'replace', scrollReader: true, scrollList: true });
  }
}

start();
