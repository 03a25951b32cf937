// Right column: entities grouped by type, and the detail of the selected one.

import { el, clear, formatNumber, plural, listKeyboard, byMentionsThenName } from './dom.js';
import { TYPES, cssType, typeInfo } from '../types.js';

export class EntityList {
  /** onSelect(entityId) */
  constructor(root, countNode, filterInput, onSelect) {
    this.root = root;
    this.countNode = countNode;
    this.filterInput = filterInput;
    listKeyboard(root, '[data-entity-id]', (item) => onSelect(item.dataset.entityId));
    root.addEventListener('click', (event) => {
      const item = event.target.closest('[data-entity-id]');
      if (item && root.contains(item)) onSelect(item.dataset.entityId);
    });
    filterInput.addEventListener('input', () => this.applyFilter());
  }

  render(entities) {
    clear(this.root);
    this.countNode.textContent = entities.length ? `(${formatNumber(entities.length)})` : '';
    if (!entities.length) {
      this.root.appendChild(el('p', { class: 'empty' }, 'Entities found in the documents appear here.'));
      return;
    }
    const groups = new Map();
    for (const entity of entities) {
      const type = String(entity.type);
      if (!groups.has(type)) groups.set(type, []);
      groups.get(type).push(entity);
    }
    const known = TYPES.map((t) => t.type).filter((t) => groups.has(t));
    const unknown = [...groups.keys()].filter((t) => !known.includes(t)).sort();
    for (const type of [...known, ...unknown]) {
      const list = groups
        .get(type)
        .sort(byMentionsThenName);
      const info = typeInfo(type);
      const headingId = `entity-group-${cssType(type)}`;
      this.root.appendChild(
        el(
          'section',
          { class: 'entity-group', 'data-group-type': type },
          el('h3', { id: headingId }, el('span', { class: `badge m-${cssType(type)}` }, info.short), ' ', info.label, ' ',
            el('span', { class: 'count' }, `(${formatNumber(list.length)})`)),
          el(
            'ul',
            { role: 'listbox', 'aria-labelledby': headingId, class: 'entity-items' },
            list.map((entity) => this.#item(entity)),
          ),
        ),
      );
    }
    this.applyFilter();
  }

  #item(entity) {
    const type = String(entity.type);
    const name = String(entity.name ?? entity.id);
    const count = Number(entity.mentionCount) || 0;
    const aliases = Array.isArray(entity.aliases) ? entity.aliases.map(String) : [];
    const item = el(
      'li',
      {
        class: 'entity',
        role: 'option',
        tabindex: 0,
        'aria-selected': 'false',
        'data-entity-id': String(entity.id),
        'data-type': type,
        title: `${name} (${type}) — ${plural(count, 'mention', 'mentions')}`,
      },
      el('span', { class: 'entity-name' }, name),
      el('span', { class: `badge m-${cssType(type)}`, 'aria-label': `type ${type}` }, typeInfo(type).short),
      el('span', { class: 'entity-count', 'aria-label': plural(count, 'mention', 'mentions') }, formatNumber(count)),
    );
    item.searchText = [name, ...aliases].join('\n').toLocaleLowerCase();
    return item;
  }

  applyFilter() {
    const query = this.filterInput.value.trim().toLocaleLowerCase();
    for (const group of this.root.querySelectorAll('.entity-group')) {
      let visible = 0;
      for (const item of group.querySelectorAll('[data-entity-id]')) {
        const show = !query || item.searchText.includes(query);
        item.hidden = !show;
        if (show) visible += 1;
      }
      group.hidden = visible === 0;
    }
  }

  /** Selected entity, and which entities occur in the current document. */
  update(selectedId, docEntityIds) {
    for (const item of this.root.querySelectorAll('[data-entity-id]')) {
      const selected = item.dataset.entityId === selectedId;
      item.setAttribute('aria-selected', selected ? 'true' : 'false');
      item.classList.toggle('selected', selected);
      item.classList.toggle('in-doc', docEntityIds.has(item.dataset.entityId));
    }
  }

  scrollToSelected() {
    const item = this.root.querySelector('[aria-selected="true"]');
    if (item) item.scrollIntoView({ block: 'nearest' });
  }
}

export class EntityDetail {
  /** onSelectDoc(docId), onSelectEntity(entityId), onClose() */
  constructor(root, { onSelectDoc, onSelectEntity, onClose, onOpenPage }) {
    this.root = root;
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || !root.contains(button)) return;
      if (button.dataset.openDoc !== undefined) onSelectDoc(button.dataset.openDoc);
      else if (button.dataset.relatedId !== undefined) onSelectEntity(button.dataset.relatedId);
      else if (button.dataset.openPage !== undefined) onOpenPage(button.dataset.openPage);
      else if (button.classList.contains('close')) onClose();
    });
  }

  hide() {
    clear(this.root);
    this.root.hidden = true;
  }

  /** docs: Map id -> document; entities: Map id -> entity; related: [{entity, weight}] */
  show(entity, docs, related, currentDocId) {
    clear(this.root);
    this.root.hidden = false;
    const type = String(entity.type);
    const name = String(entity.name ?? entity.id);
    const aliases = (Array.isArray(entity.aliases) ? entity.aliases.map(String) : []).filter((a) => a !== name);
    const docIds = Array.isArray(entity.documents) ? entity.documents.map(String) : [];
    const count = Number(entity.mentionCount) || 0;
    this.root.append(
      el(
        'div',
        { class: 'detail-head' },
        el('h3', { class: 'detail-name' }, name),
        el('button', { type: 'button', class: 'close', 'aria-label': 'Close entity details', title: 'Close' }, '×'),
      ),
      el(
        'p',
        { class: 'detail-meta' },
        el('span', { class: `badge m-${cssType(type)}` }, typeInfo(type).short),
        ' ',
        `${plural(count, 'mention', 'mentions')} in ${plural(docIds.length, 'document', 'documents')}`,
        entity.kb ? el('span', { class: 'kb', title: 'Built-in lexicon identifier' }, ` · ${entity.kb}`) : null,
      ),
      el('p', { class: 'detail-actions' },
        el('button', { type: 'button', class: 'button small', 'data-open-page': String(entity.id) }, 'Open entity page →')),
    );
    if (aliases.length) {
      this.root.append(
        el('h4', null, 'Also written as'),
        el('ul', { class: 'aliases', 'aria-label': 'Aliases' }, aliases.map((a) => el('li', null, a))),
      );
    }
    if (docIds.length) {
      this.root.append(
        el('h4', null, 'Documents'),
        el(
          'ul',
          { class: 'detail-docs', 'aria-label': 'Documents mentioning this entity' },
          docIds.map((id) => {
            const doc = docs.get(id);
            const label = (doc && typeof doc.title === 'string' && doc.title.trim()) || id;
            return el(
              'li',
              null,
              el('button', { type: 'button', class: 'link', 'data-open-doc': id, 'aria-current': id === currentDocId ? 'true' : null, title: id }, label),
            );
          }),
        ),
      );
    }
    if (related.length) {
      this.root.append(
        el('h4', null, 'Often mentioned with'),
        el(
          'ul',
          { class: 'related', 'aria-label': 'Related entities' },
          related.map(({ entity: other }) =>
            el(
              'li',
              null,
              el(
                'button',
                { type: 'button', class: 'link chip', 'data-related-id': String(other.id) },
                el('span', { class: `badge m-${cssType(String(other.type))}` }, typeInfo(String(other.type)).short),
                ' ',
                String(other.name ?? other.id),
              ),
            ),
          ),
        ),
      );
    }
  }
}

/** The Entities view: every entity grouped by type, filtered by text and type; select several to merge. */
export class EntitiesView {
  /** onOpen(entityId), onMerge(entityIds) */
  constructor(root, { onOpen, onMerge }) {
    this.root = root;
    this.query = '';
    this.types = null; // Set of shown types, null = all
    this.selected = new Set();
    this.onMerge = onMerge;
    root.addEventListener('click', (event) => {
      const open = event.target.closest('[data-open]');
      if (open && root.contains(open)) onOpen(open.dataset.open);
      const merge = event.target.closest('#merge-selected');
      if (merge && this.selected.size >= 2) onMerge([...this.selected]);
      const none = event.target.closest('#select-none');
      if (none) {
        this.selected.clear();
        for (const box of root.querySelectorAll('input[data-select]')) box.checked = false;
        this.#updateToolbar();
      }
    });
    root.addEventListener('change', (event) => {
      const box = event.target;
      if (box.dataset.select) {
        if (box.checked) this.selected.add(box.dataset.select);
        else this.selected.delete(box.dataset.select);
        this.#updateToolbar();
      } else if (box.dataset.typeFilter) {
        const all = [...root.querySelectorAll('input[data-type-filter]')];
        this.types = new Set(all.filter((b) => b.checked).map((b) => b.dataset.typeFilter));
        if (this.types.size === all.length) this.types = null;
        this.#applyFilter();
      }
    });
    root.addEventListener('input', (event) => {
      if (event.target.id === 'entities-query') {
        this.query = event.target.value;
        this.#applyFilter();
      }
    });
    listKeyboard(root, '[data-open]', (item) => onOpen(item.dataset.open));
  }

  render(state) {
    const focusedQuery = document.activeElement && document.activeElement.id === 'entities-query';
    clear(this.root);
    const entities = (state.result && state.result.entities) || [];
    const known = new Set(entities.map((e) => String(e.id)));
    for (const id of [...this.selected]) if (!known.has(id)) this.selected.delete(id);
    const groups = new Map();
    for (const entity of entities) {
      const type = String(entity.type);
      if (!groups.has(type)) groups.set(type, []);
      groups.get(type).push(entity);
    }
    const order = [...TYPES.map((t) => t.type).filter((t) => groups.has(t)), ...[...groups.keys()].filter((t) => !TYPES.some((x) => x.type === t)).sort()];
    this.root.append(
      el('div', { class: 'view-head' },
        el('h2', { id: 'entities-view-title' }, 'Entities ', el('span', { class: 'count' }, `(${formatNumber(entities.length)})`)),
        el('p', { class: 'view-note' }, 'Grouped by type, most mentioned first. Tick two or more to merge them into one.')),
      el('div', { class: 'toolbar', role: 'search' },
        el('label', { class: 'visually-hidden', for: 'entities-query' }, 'Filter entities by name'),
        el('input', { id: 'entities-query', class: 'filter', type: 'search', placeholder: 'Filter by name or alias', autocomplete: 'off', value: this.query }),
        el('fieldset', { class: 'type-filter' },
          el('legend', { class: 'visually-hidden' }, 'Types shown'),
          order.map((type) =>
            el('label', { class: 'type-toggle' },
              el('input', { type: 'checkbox', 'data-type-filter': type, checked: !this.types || this.types.has(type) }),
              el('span', { class: `badge m-${cssType(type)}` }, typeInfo(type).short, ' ', formatNumber(groups.get(type).length))))),
        el('div', { class: 'merge-bar' },
          el('span', { id: 'selection-count', class: 'selection-count', 'aria-live': 'polite' }),
          el('button', { type: 'button', id: 'merge-selected', class: 'button small primary' }, 'Merge selected'),
          el('button', { type: 'button', id: 'select-none', class: 'button small ghost' }, 'Clear selection'))),
    );
    const grid = el('div', { class: 'entity-groups' });
    for (const type of order) {
      const list = groups.get(type).sort(byMentionsThenName);
      const headingId = `entities-view-${cssType(type)}`;
      grid.appendChild(
        el('section', { class: 'entity-card', 'data-group-type': type },
          el('h3', { id: headingId }, el('span', { class: `badge m-${cssType(type)}` }, typeInfo(type).short), ' ', typeInfo(type).label, ' ',
            el('span', { class: 'count' }, `(${formatNumber(list.length)})`)),
          el('ul', { class: 'entity-rows', role: 'list', 'aria-labelledby': headingId },
            list.map((entity) => {
              const id = String(entity.id);
              const name = String(entity.name ?? id);
              const item = el('li', { class: 'entity-row', 'data-entity-id': id, 'data-type': type },
                el('input', { type: 'checkbox', 'data-select': id, 'aria-label': `Select ${name} to merge`, checked: this.selected.has(id) }),
                el('button', { type: 'button', class: 'link entity-open', 'data-open': id }, name),
                el('span', { class: 'entity-docs', title: 'documents' }, plural((entity.documents || []).length, 'doc', 'docs')),
                el('span', { class: 'entity-count', title: 'mentions' }, formatNumber(Number(entity.mentionCount) || 0)));
              item.searchText = [name, ...(entity.aliases || []).map(String)].join('\n').normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
              return item;
            }))));
    }
    if (!entities.length) grid.appendChild(el('p', { class: 'empty' }, 'Entities found in the documents appear here.'));
    this.root.appendChild(grid);
    this.#applyFilter();
    this.#updateToolbar();
    if (focusedQuery) {
      const input = this.root.querySelector('#entities-query');
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }

  #applyFilter() {
    const query = this.query.trim().normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
    for (const group of this.root.querySelectorAll('.entity-card')) {
      const typeOk = !this.types || this.types.has(group.dataset.groupType);
      let visible = 0;
      for (const item of group.querySelectorAll('[data-entity-id]')) {
        const show = typeOk && (!query || item.searchText.includes(query));
        item.hidden = !show;
        if (show) visible += 1;
      }
      group.hidden = visible === 0;
    }
  }

  #updateToolbar() {
    const n = this.selected.size;
    const count = this.root.querySelector('#selection-count');
    if (count) count.textContent = n ? `${plural(n, 'entity', 'entities')} selected` : 'Select entities to merge';
    const merge = this.root.querySelector('#merge-selected');
    if (merge) merge.disabled = n < 2;
  }
}
