// Curation view: suggested merges, the rules of the alias file, undo/redo,
// export and import of the alias file.

import { el, clear, plural } from './dom.js';
import { cssType, typeInfo } from '../types.js';
import { suggestionKey } from '../curation.js';

const REASONS = {
  translation: 'same words once translated',
  'same-words': 'same words without articles',
  'short-form': 'short form of a longer name',
  'shared-word': 'works sharing a word',
  'shared-context': 'same company, never together',
};

export class CurationView {
  /** actions: onAccept(a, b), onDismiss(a, b), onRemoveRule(kind, index), onUndo(), onRedo(), onExport(), onImport(file), onOpenEntity(id) */
  constructor(root, actions) {
    this.root = root;
    root.addEventListener('click', (event) => {
      const b = event.target.closest('button');
      if (!b || !root.contains(b)) return;
      const d = b.dataset;
      if (d.accept !== undefined) actions.onAccept(d.accept, d.b);
      else if (d.dismiss !== undefined) actions.onDismiss(d.dismiss, d.b);
      else if (d.removeRule !== undefined) actions.onRemoveRule(d.removeRule, Number(d.index));
      else if (d.entityRef !== undefined) actions.onOpenEntity(d.entityRef);
      else if (d.act === 'undo') actions.onUndo();
      else if (d.act === 'redo') actions.onRedo();
      else if (d.act === 'export') actions.onExport();
    });
    root.addEventListener('change', (event) => {
      if (event.target.id === 'alias-import' && event.target.files.length) {
        const file = event.target.files[0];
        event.target.value = '';
        actions.onImport(file);
      }
    });
  }

  render(state, curation) {
    clear(this.root);
    const entities = state.entities;
    const dismissed = new Set(curation.dismissed);
    const suggestions = ((state.result && state.result.suggestions) || []).filter((s) => {
      const a = entities.get(String(s.a));
      const b = entities.get(String(s.b));
      return a && b && !dismissed.has(suggestionKey(a.name, b.name));
    });
    this.root.append(
      el('div', { class: 'view-head' },
        el('h2', null, 'Curation'),
        el('p', { class: 'view-note' }, 'Your corrections form an alias file, applied at once to the whole set. Share it with your team: export it, import theirs.')),
      el('div', { class: 'toolbar' },
        el('button', { type: 'button', class: 'button', 'data-act': 'undo', disabled: !curation.canUndo, title: curation.canUndo ? `Undo ${curation.undoLabel}` : 'Nothing to undo', 'aria-keyshortcuts': 'Control+Z' }, '↶ Undo'),
        el('button', { type: 'button', class: 'button', 'data-act': 'redo', disabled: !curation.canRedo, title: curation.canRedo ? `Redo ${curation.redoLabel}` : 'Nothing to redo', 'aria-keyshortcuts': 'Control+Shift+Z' }, '↷ Redo'),
        el('span', { class: 'toolbar-gap' }),
        el('button', { type: 'button', class: 'button', 'data-act': 'export' }, 'Export alias file'),
        el('label', { class: 'button', for: 'alias-import' }, 'Import alias file…'),
        el('input', { id: 'alias-import', class: 'visually-hidden', type: 'file', accept: '.json,application/json' })),
    );
    const grid = el('div', { class: 'entity-grid' });
    this.root.appendChild(grid);

    grid.appendChild(el('section', { class: 'card' },
      el('h3', null, 'Suggested merges ', el('span', { class: 'count' }, `(${suggestions.length})`)),
      suggestions.length
        ? el('ul', { class: 'plain-list suggestions', role: 'list' }, suggestions.map((s) => {
            const a = entities.get(String(s.a));
            const b = entities.get(String(s.b));
            return el('li', { class: 'suggestion' },
              el('div', { class: 'suggestion-pair' }, ref(a), el('span', { 'aria-hidden': 'true' }, ' ≟ '), el('span', { class: 'visually-hidden' }, ' and '), ref(b)),
              el('span', { class: 'count' }, `${REASONS[s.reason] || s.reason} · ${Math.round((Number(s.score) || 0) * 100)}%`),
              el('span', { class: 'suggestion-actions' },
                el('button', { type: 'button', class: 'button small primary', 'data-accept': a.name, 'data-b': b.name }, 'Merge'),
                el('button', { type: 'button', class: 'button small ghost', 'data-dismiss': a.name, 'data-b': b.name }, 'Dismiss')));
          }))
        : el('p', { class: 'empty' }, 'No suggestion left.')));

    const a = curation.aliases;
    const rules = [];
    (a.merge || []).forEach((group, i) => rules.push(['merge', i, `Merge ${group.join(' + ')}`]));
    (a.split || []).forEach((r, i) => rules.push(['split', i, `Split “${r.alias}” from ${r.from}`]));
    (a.rename || []).forEach((r, i) => rules.push(['rename', i, `Rename ${r.entity} → ${r.name}`]));
    (a.retype || []).forEach((r, i) => rules.push(['retype', i, `${r.entity} is ${typeInfo(r.type).short} (${r.type})`]));
    (a.reject || []).forEach((r, i) => rules.push(['reject', i, typeof r === 'string' ? `Reject ${r}` : `Reject the form “${r && r.alias}”`]));
    grid.appendChild(el('section', { class: 'card' },
      el('h3', null, 'Rules of the alias file ', el('span', { class: 'count' }, `(${rules.length})`)),
      rules.length
        ? el('ul', { class: 'plain-list rules', role: 'list' }, rules.map(([kind, index, label]) => el('li', { class: 'rule' },
            el('span', { class: `rule-kind rule-${kind}` }, kind), el('span', { class: 'rule-text' }, label),
            el('button', { type: 'button', class: 'button tiny ghost', 'data-remove-rule': kind, 'data-index': index, 'aria-label': `Remove: ${label}` }, 'Remove'))))
        : el('p', { class: 'empty' }, 'No rule yet: merge, split, rename, retype or reject entities from their page or the Entities view.')));

    const history = curation.undoStack.slice(-8).reverse();
    grid.appendChild(el('section', { class: 'card' },
      el('h3', null, 'History'),
      history.length
        ? el('ol', { class: 'plain-list' }, history.map((h) => el('li', null, h.label)))
        : el('p', { class: 'empty' }, 'No change in this session.'),
      el('p', { class: 'view-note' }, plural(state.entities.size, 'entity', 'entities'), ' after curation.')));
  }
}

function ref(entity) {
  const type = String(entity.type);
  return el('button', { type: 'button', class: 'chip', 'data-entity-ref': String(entity.id) },
    el('span', { class: `dot m-${cssType(type)}`, 'aria-hidden': 'true' }), String(entity.name),
    el('span', { class: 'chip-extra' }, ` ${typeInfo(type).short}`));
}
