// The entity page: aliases, every mention in context, documents, co-occurring
// entities, dates on the timeline, quotes; and the curation actions.

import { el, clear, formatNumber, plural, kwic, docTitle } from './dom.js';
import { cssType, typeInfo } from '../types.js';
import { RETYPES } from '../curation.js';

export class EntityPage {
  /**
   * actions: onJump(doc, start, end), onOpenEntity(id), onOpenDoc(id),
   * onRename(entity), onRetype(entity, type), onReject(entity), onRejectAlias(alias),
   * onSplit(alias, entity), onMergeWith(entity)
   */
  constructor(root, actions) {
    this.root = root;
    this.actions = actions;
    this.entity = null;
    root.addEventListener('click', (event) => {
      const target = event.target.closest('button');
      if (!target || !root.contains(target) || !this.entity) return;
      const d = target.dataset;
      if (d.jump !== undefined) actions.onJump(d.jump, Number(d.start), Number(d.end));
      else if (d.entityRef !== undefined) actions.onOpenEntity(d.entityRef);
      else if (d.openDoc !== undefined) actions.onOpenDoc(d.openDoc);
      else if (d.act === 'rename') actions.onRename(this.entity);
      else if (d.act === 'reject') actions.onReject(this.entity);
      else if (d.act === 'merge') actions.onMergeWith(this.entity);
      else if (d.act === 'split') actions.onSplit(d.alias, this.entity);
      else if (d.act === 'reject-alias') actions.onRejectAlias(d.alias);
    });
    root.addEventListener('change', (event) => {
      if (event.target.id === 'entity-retype' && this.entity && event.target.value) actions.onRetype(this.entity, event.target.value);
    });
  }

  showNone(message = 'Choose an entity in the Entities view, the reader or the network.') {
    this.entity = null;
    clear(this.root).appendChild(el('p', { class: 'empty' }, message));
  }

  /** state: the app state; mentions: a promise of entityMentions(id). */
  render(state, entity, mentionsPromise) {
    this.entity = entity;
    clear(this.root);
    const id = String(entity.id);
    const type = String(entity.type);
    const name = String(entity.name ?? id);
    const aliases = (entity.aliases || []).map(String);
    const docIds = (entity.documents || []).map(String);
    const counts = entity.documentMentions || [];
    const retypable = RETYPES.includes(type) || ['PERSON', 'ORG', 'LOC', 'WORK', 'EVENT', 'NORP'].includes(type);

    this.root.appendChild(
      el('header', { class: 'entity-head' },
        el('div', { class: 'entity-title' },
          el('span', { class: `badge big m-${cssType(type)}` }, typeInfo(type).short),
          el('h2', { id: 'entity-page-title', tabindex: -1 }, name)),
        el('p', { class: 'view-note' },
          `${plural(Number(entity.mentionCount) || 0, 'mention', 'mentions')} in ${plural(docIds.length, 'document', 'documents')}`,
          entity.kb ? el('span', { class: 'kb' }, ` · lexicon ${entity.kb}`) : null),
        el('div', { class: 'entity-actions', role: 'group', 'aria-label': 'Curate this entity' },
          el('button', { type: 'button', class: 'button small', 'data-act': 'rename' }, 'Rename…'),
          retypable
            ? el('label', { class: 'inline-select' }, 'Type ',
                el('select', { id: 'entity-retype' },
                  RETYPES.map((t) => el('option', { value: t, selected: t === type }, `${typeInfo(t).short} (${t})`))))
            : null,
          el('button', { type: 'button', class: 'button small', 'data-act': 'merge' }, 'Merge with…'),
          el('button', { type: 'button', class: 'button small danger', 'data-act': 'reject' }, 'Reject (false positive)'))),
    );

    const grid = el('div', { class: 'entity-grid' });
    this.root.appendChild(grid);

    // Aliases, each can be split off or rejected.
    grid.appendChild(
      card('Also written as', aliases.length ? el('ul', { class: 'alias-list', role: 'list' },
        aliases.map((alias) => el('li', null,
          el('span', { class: 'alias-text' }, alias),
          aliases.length > 1 ? el('button', { type: 'button', class: 'button tiny ghost', 'data-act': 'split', 'data-alias': alias, 'aria-label': `Split "${alias}" off into its own entity` }, 'Split off') : null,
          el('button', { type: 'button', class: 'button tiny ghost', 'data-act': 'reject-alias', 'data-alias': alias, 'aria-label': `Reject the form "${alias}"` }, 'Reject form'))))
        : el('p', { class: 'empty' }, 'No other form.'), 'aliases'),
    );

    // Documents.
    grid.appendChild(
      card('Documents', el('ul', { class: 'plain-list', role: 'list' },
        docIds.map((docId, i) => el('li', null,
          el('button', { type: 'button', class: 'link', 'data-open-doc': docId }, docTitle(state.docs.get(docId), docId)),
          ' ', el('span', { class: 'count' }, plural(Number(counts[i]) || 0, 'mention', 'mentions'))))), 'documents'),
    );

    // Co-occurring entities.
    const related = (state.linksByEntity.get(id) || []).slice(0, 24);
    grid.appendChild(
      card('Mentioned with', related.length
        ? el('ul', { class: 'chips', role: 'list' }, related.map(({ other, weight }) => chip(state.entities.get(other), `${weight}×`)))
        : el('p', { class: 'empty' }, 'Never in the same sentence as another entity.'), 'related'),
    );

    // Dates.
    const dates = ((state.result && state.result.timeline) || []).filter((t) => (t.entities || []).map(String).includes(id) || String(t.entity) === id);
    grid.appendChild(
      card('On the timeline', dates.length
        ? el('ol', { class: 'plain-list', role: 'list' }, dates.map((t) => el('li', null,
            el('button', { type: 'button', class: 'link', 'data-jump': String(t.doc), 'data-start': t.start, 'data-end': t.end },
              el('strong', null, String(t.value)), ` “${t.text}”`),
            ' ', el('span', { class: 'count' }, docTitle(state.docs.get(String(t.doc)), t.doc)))))
        : el('p', { class: 'empty' }, 'No dated sentence names it.'), 'dates'),
    );

    // Quotes it says.
    const quotes = ((state.result && state.result.quotes) || []).filter((q) => String(q.speaker) === id);
    grid.appendChild(
      card('Quotes', quotes.length
        ? el('ul', { class: 'plain-list quotes', role: 'list' }, quotes.map((q) => {
            const text = state.texts.get(String(q.doc));
            return el('li', null,
              el('button', { type: 'button', class: 'link quote', 'data-jump': String(q.doc), 'data-start': q.start, 'data-end': q.end },
                `“${typeof text === 'string' ? text.slice(q.start, q.end) : '…'}”`),
              el('span', { class: 'count' }, ` — ${docTitle(state.docs.get(String(q.doc)), q.doc)}`));
          }))
        : el('p', { class: 'empty' }, 'No quote attributed.'), 'quotes'),
    );

    // Every mention in context (asked to the worker).
    const mentionsBox = el('div', { class: 'kwic-list', 'aria-busy': 'true' }, el('p', { class: 'empty' }, 'Loading mentions…'));
    this.root.appendChild(card('Every mention in context', mentionsBox, 'mentions wide'));
    Promise.resolve(mentionsPromise).then(
      (list) => {
        if (this.entity !== entity) return;
        mentionsBox.removeAttribute('aria-busy');
        clear(mentionsBox);
        const byDoc = new Map();
        for (const m of list || []) {
          const d = String(m.doc);
          if (!byDoc.has(d)) byDoc.set(d, []);
          byDoc.get(d).push(m);
        }
        if (!byDoc.size) mentionsBox.appendChild(el('p', { class: 'empty' }, 'No mention.'));
        for (const [docId, items] of byDoc) {
          mentionsBox.appendChild(
            el('section', { class: 'kwic-doc' },
              el('h4', null, docTitle(state.docs.get(docId), docId), ' ', el('span', { class: 'count' }, `(${formatNumber(items.length)})`)),
              el('ul', { class: 'kwic-items', role: 'list' },
                items.map((m) => el('li', null,
                  el('button', { type: 'button', class: 'kwic-line', 'data-jump': docId, 'data-start': m.start, 'data-end': m.end, 'aria-label': `${m.left}${m.match}${m.right} — open in the reader` },
                    kwic(m)))))));
        }
      },
      (err) => {
        if (this.entity !== entity) return;
        clear(mentionsBox).appendChild(el('p', { class: 'empty' }, `Mentions unavailable: ${err.message || err}`));
      },
    );
  }
}

function card(title, body, cls = '') {
  return el('section', { class: `card ${cls}` }, el('h3', null, title), body);
}

/** A button naming an entity; data-entity-ref opens its page. */
export function chip(entity, extra = null) {
  if (!entity) return null;
  const type = String(entity.type);
  return el('li', null,
    el('button', { type: 'button', class: 'chip', 'data-entity-ref': String(entity.id), title: `${entity.name} (${type})` },
      el('span', { class: `dot m-${cssType(type)}`, 'aria-hidden': 'true' }),
      String(entity.name ?? entity.id),
      extra ? el('span', { class: 'chip-extra' }, ` ${extra}`) : null));
}
