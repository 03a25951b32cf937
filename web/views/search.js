// Search across the text and the entities, insensitive to accents and case
// (corpus.search in the worker); results jump to their place.

import { el, clear, plural, formatNumber, kwic, docTitle } from './dom.js';
import { cssType, typeInfo } from '../types.js';

export class SearchView {
  /** search(query) -> Promise<SearchResult>; onJump(doc, start, end); onOpenEntity(id) */
  constructor(root, { search, onJump, onOpenEntity }) {
    this.root = root;
    this.search = search;
    this.query = '';
    this.last = null;
    this.seq = 0;
    root.addEventListener('click', (event) => {
      const jump = event.target.closest('[data-jump]');
      if (jump && root.contains(jump)) return onJump(jump.dataset.jump, Number(jump.dataset.start), Number(jump.dataset.end));
      const ref = event.target.closest('[data-entity-ref]');
      if (ref && root.contains(ref)) onOpenEntity(ref.dataset.entityRef);
    });
    root.addEventListener('submit', (event) => {
      event.preventDefault();
      this.run(root.querySelector('#search-input').value);
    });
    let timer = null;
    root.addEventListener('input', (event) => {
      if (event.target.id !== 'search-input') return;
      clearTimeout(timer);
      const value = event.target.value;
      timer = setTimeout(() => this.run(value), 200);
    });
  }

  render(state) {
    this.state = state;
    clear(this.root);
    this.root.append(
      el('div', { class: 'view-head' },
        el('h2', null, 'Search'),
        el('p', { class: 'view-note' }, 'Across every text and entity name; accents and case do not matter (“coree” finds “Corée”).')),
      el('form', { class: 'search-form', role: 'search' },
        el('label', { class: 'visually-hidden', for: 'search-input' }, 'Search the documents'),
        el('input', { id: 'search-input', class: 'filter big', type: 'search', placeholder: 'Search names and text…', autocomplete: 'off', value: this.query }),
        el('button', { type: 'submit', class: 'button primary' }, 'Search')),
      el('div', { id: 'search-results', class: 'search-results', 'aria-live': 'polite' }),
    );
    if (this.query) this.run(this.query);
  }

  focus() {
    const input = this.root.querySelector('#search-input');
    if (input) input.focus();
  }

  async run(query) {
    this.query = String(query || '');
    const box = this.root.querySelector('#search-results');
    if (!box) return;
    const seq = ++this.seq;
    if (!this.query.trim()) {
      clear(box);
      return;
    }
    let result;
    try {
      result = await this.search(this.query);
    } catch (err) {
      if (seq === this.seq) clear(box).appendChild(el('p', { class: 'empty' }, `Search unavailable: ${err.message || err}`));
      return;
    }
    if (seq !== this.seq) return;
    this.#show(box, result || { entities: [], hits: [] });
  }

  #show(box, result) {
    const state = this.state;
    clear(box);
    const entities = result.entities || [];
    const hits = result.hits || [];
    box.appendChild(el('p', { class: 'search-summary' },
      `${plural(entities.length, 'entity', 'entities')} · ${plural(hits.length, 'place', 'places')} in the text${result.truncated ? ' (first 500 shown)' : ''}`));
    if (entities.length) {
      box.appendChild(el('section', { class: 'card' },
        el('h3', null, 'Entities'),
        el('ul', { class: 'chips', role: 'list' }, entities.map((e) => el('li', null,
          el('button', { type: 'button', class: 'chip', 'data-entity-ref': String(e.id) },
            el('span', { class: `dot m-${cssType(String(e.type))}`, 'aria-hidden': 'true' }), String(e.name),
            el('span', { class: 'chip-extra' }, ` ${typeInfo(String(e.type)).short} · ${formatNumber(e.mentionCount || 0)}`)))))));
    }
    if (hits.length) {
      const byDoc = new Map();
      for (const h of hits) {
        const d = String(h.doc);
        if (!byDoc.has(d)) byDoc.set(d, []);
        byDoc.get(d).push(h);
      }
      box.appendChild(el('section', { class: 'card' },
        el('h3', null, 'In the text'),
        [...byDoc].map(([docId, list]) => el('section', { class: 'kwic-doc' },
          el('h4', null, docTitle(state && state.docs.get(docId), docId), ' ', el('span', { class: 'count' }, `(${formatNumber(list.length)})`)),
          el('ul', { class: 'kwic-items', role: 'list' }, list.map((h) => el('li', null,
            el('button', { type: 'button', class: 'kwic-line', 'data-jump': docId, 'data-start': h.start, 'data-end': h.end }, kwic(h)))))))));
    }
    if (!entities.length && !hits.length) box.appendChild(el('p', { class: 'empty' }, 'Nothing found.'));
  }
}
