// Left column: the list of documents.

import { el, clear, formatNumber, formatBytes, plural, listKeyboard, docTitle } from './dom.js';
import { cssType, typeInfo } from '../types.js';

export class DocumentList {
  /** onSelect(docId) */
  constructor(root, countNode, onSelect) {
    this.root = root;
    this.countNode = countNode;
    listKeyboard(root, '[data-doc-id]', (item) => onSelect(item.dataset.docId));
    root.addEventListener('click', (event) => {
      const item = event.target.closest('[data-doc-id]');
      if (item && root.contains(item)) onSelect(item.dataset.docId);
    });
  }

  /** docs: result.documents; mentionCounts: Map docId -> count */
  render(docs, mentionCounts, selectedId) {
    clear(this.root);
    this.countNode.textContent = docs.length ? `(${formatNumber(docs.length)})` : '';
    if (!docs.length) {
      this.root.appendChild(el('li', { class: 'empty', role: 'presentation' }, 'No documents yet. Add files, drop them here, or paste text.'));
      return;
    }
    for (const doc of docs) this.root.appendChild(this.#item(doc, mentionCounts.get(doc.id) || 0));
    this.select(selectedId);
  }

  #item(doc, mentions) {
    const id = String(doc.id);
    const error = doc.error;
    const title = (typeof doc.title === 'string' && doc.title.trim()) || id;
    const meta = [];
    if (!error) {
      meta.push(el('span', { class: 'lang', title: 'Detected language' }, String(doc.language || 'und').toUpperCase()));
      if (Number.isFinite(doc.length)) meta.push(el('span', null, plural(doc.length, 'char', 'chars')));
      meta.push(el('span', { class: 'doc-mentions' }, plural(mentions, 'mention', 'mentions')));
    }
    return el(
      'li',
      {
        class: error ? 'doc doc-error' : 'doc',
        role: 'option',
        tabindex: 0,
        'aria-selected': 'false',
        'data-doc-id': id,
      },
      el('span', { class: 'doc-title' }, error ? id : title),
      error ? null : el('span', { class: 'doc-id' }, id),
      meta.length ? el('span', { class: 'doc-meta' }, meta) : null,
      error
        ? el(
            'span',
            { class: 'doc-error-msg', role: 'note' },
            el('span', { class: 'error-code' }, String(error.code || 'error')),
            ' ',
            String(error.message || 'This document could not be read.'),
          )
        : null,
      Array.isArray(doc.warnings) && doc.warnings.length
        ? el('span', { class: 'doc-warning' }, plural(doc.warnings.length, 'warning', 'warnings'))
        : null,
    );
  }

  select(docId) {
    for (const item of this.root.querySelectorAll('[data-doc-id]')) {
      const selected = item.dataset.docId === docId;
      item.setAttribute('aria-selected', selected ? 'true' : 'false');
      item.classList.toggle('selected', selected);
    }
  }

  scrollToSelected() {
    // At the next frame, so that the page is laid out once for this change and its scrolling.
    requestAnimationFrame(() => {
      const item = this.root.querySelector('[aria-selected="true"]');
      if (item) item.scrollIntoView({ block: 'nearest' });
    });
  }
}

/** The Documents view: one row per document, with its entity counts by type. */
export class DocumentsView {
  /** onOpen(docId), onRemove(docId) */
  constructor(root, { onOpen, onRemove }) {
    this.root = root;
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (!button || !root.contains(button)) return;
      const id = button.closest('[data-row-doc]').dataset.rowDoc;
      if (button.dataset.action === 'open') onOpen(id);
      else if (button.dataset.action === 'remove') onRemove(id);
    });
  }

  /** state: { result, mentionsByDoc, sizes: Map id -> bytes } */
  render(state) {
    clear(this.root);
    const docs = (state.result && state.result.documents) || [];
    this.root.appendChild(
      el('div', { class: 'view-head' },
        el('h2', { id: 'documents-view-title' }, 'Documents ', el('span', { class: 'count' }, `(${formatNumber(docs.length)})`)),
        el('p', { class: 'view-note' }, 'Every document of the set, with what was found in it. Sections that are not the body (headers, comments, site chrome) are dimmed in the reader.')),
    );
    if (!docs.length) {
      this.root.appendChild(el('p', { class: 'empty' }, 'No documents yet. Add files, drop a folder, paste text or load the demo.'));
      return;
    }
    const typesUsed = new Set();
    const countsByDoc = new Map();
    for (const doc of docs) {
      const counts = new Map();
      const seen = new Set();
      for (const m of state.mentionsByDoc.get(String(doc.id)) || []) {
        const key = `${m.type}\u0000${m.entity}`;
        if (seen.has(key)) continue; // entities, not mentions
        seen.add(key);
        counts.set(m.type, (counts.get(m.type) || 0) + 1);
        typesUsed.add(m.type);
      }
      countsByDoc.set(String(doc.id), counts);
    }
    const rows = docs.map((doc) => {
      const id = String(doc.id);
      const counts = countsByDoc.get(id);
      const nonBody = (doc.sections || []).filter((s) => s.kind !== 'body').map((s) => s.kind);
      const size = state.sizes.get(id);
      return el(
        'tr',
        { 'data-row-doc': id, class: doc.error ? 'row-error' : null },
        el('th', { scope: 'row' },
          el('button', { type: 'button', class: 'link doc-open', 'data-action': 'open' }, doc.error ? id : docTitle(doc, id)),
          el('span', { class: 'doc-id' }, id),
          doc.error ? el('span', { class: 'doc-error-msg' }, el('span', { class: 'error-code' }, String(doc.error.code || 'error')), ' ', String(doc.error.message || '')) : null),
        el('td', null, doc.error ? '—' : el('span', { class: 'lang-tag' }, String(doc.language || 'und').toUpperCase())),
        el('td', { class: 'num' }, size !== undefined ? formatBytes(size) : Number.isFinite(doc.length) ? plural(doc.length, 'char', 'chars') : '—'),
        el('td', null, doc.date ? String(doc.date) : ''),
        el('td', null, nonBody.length ? [...new Set(nonBody)].join(', ') : 'body'),
        el('td', null, el('div', { class: 'type-counts' },
          [...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) =>
            el('span', { class: `badge m-${cssType(type)}`, title: `${n} ${typeInfo(type).label.toLowerCase()}` }, `${typeInfo(type).short} ${formatNumber(n)}`)))),
        el('td', null, el('button', { type: 'button', class: 'button small ghost', 'data-action': 'remove', 'aria-label': `Remove ${id}` }, 'Remove')),
      );
    });
    this.root.appendChild(
      el('div', { class: 'table-wrap' },
        el('table', { class: 'data-table', 'aria-labelledby': 'documents-view-title' },
          el('thead', null, el('tr', null, ['Document', 'Language', 'Size', 'Date', 'Sections', 'Entities by type', ''].map((h) => el('th', { scope: 'col' }, h)))),
          el('tbody', null, rows))),
    );
  }
}
