// Right column: entities grouped by type, and the detail of the selected one.

import { el, clear, formatNumber, plural, listKeyboard } from './dom.js';
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
        .sort((a, b) => (b.mentionCount || 0) - (a.mentionCount || 0) || String(a.name).localeCompare(String(b.name)));
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
  constructor(root, { onSelectDoc, onSelectEntity, onClose }) {
    this.root = root;
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || !root.contains(button)) return;
      if (button.dataset.openDoc !== undefined) onSelectDoc(button.dataset.openDoc);
      else if (button.dataset.relatedId !== undefined) onSelectEntity(button.dataset.relatedId);
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
