// Left column: the list of documents.

import { el, clear, formatNumber, plural, listKeyboard } from './dom.js';

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
    const item = this.root.querySelector('[aria-selected="true"]');
    if (item) item.scrollIntoView({ block: 'nearest' });
  }
}
