// Timeline: dated mentions grouped by their normalised date, with the
// entities of their sentence as chips.

import { el, clear, plural, docTitle, kwic } from './dom.js';

/** About 60 characters each side of a dated mention, on one line. */
function context(text, t) {
  if (typeof text !== 'string') return { left: '', match: String(t.text), right: '' };
  const flat = (s) => s.replace(/\s+/g, ' ');
  return { left: flat(text.slice(Math.max(0, t.start - 60), t.start)), match: flat(text.slice(t.start, t.end)), right: flat(text.slice(t.end, t.end + 60)) };
}
import { chip } from './entity-page.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-03-12" -> "12 March 2024"; partial values stay readable. */
export function humanDate(value) {
  const v = String(value);
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}`;
  m = /^--(\d{2})$/.exec(v);
  if (m) return `${MONTHS[Number(m[1]) - 1] || m[1]} (year unknown)`;
  m = /^--(\d{2})-(\d{2})$/.exec(v);
  if (m) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1] || m[1]} (year unknown)`;
  return v;
}

export class TimelineView {
  /** onJump(doc, start, end), onOpenEntity(id) */
  constructor(root, { onJump, onOpenEntity }) {
    this.root = root;
    root.addEventListener('click', (event) => {
      const jump = event.target.closest('[data-jump]');
      if (jump && root.contains(jump)) return onJump(jump.dataset.jump, Number(jump.dataset.start), Number(jump.dataset.end));
      const ref = event.target.closest('[data-entity-ref]');
      if (ref && root.contains(ref)) onOpenEntity(ref.dataset.entityRef);
    });
  }

  render(state) {
    clear(this.root);
    const events = (state.result && state.result.timeline) || [];
    this.root.appendChild(
      el('div', { class: 'view-head' },
        el('h2', { id: 'timeline-title' }, 'Timeline ', el('span', { class: 'count' }, `(${plural(events.length, 'dated mention', 'dated mentions')})`)),
        el('p', { class: 'view-note' }, 'Every date with a normalised value, in order, with the people, organisations and places of its sentence.')),
    );
    if (!events.length) {
      this.root.appendChild(el('p', { class: 'empty' }, 'No dated mention yet.'));
      return;
    }
    const groups = [];
    for (const t of events) {
      const last = groups[groups.length - 1];
      if (last && last.value === String(t.value)) last.items.push(t);
      else groups.push({ value: String(t.value), items: [t] });
    }
    this.root.appendChild(
      el('ol', { class: 'timeline', 'aria-labelledby': 'timeline-title' },
        groups.map((g) => el('li', { class: 'tl-group' },
          el('div', { class: 'tl-date' }, el('time', { datetime: /^\d{4}/.test(g.value) ? g.value : null }, humanDate(g.value)), el('span', { class: 'tl-iso' }, g.value)),
          el('ul', { class: 'tl-items', role: 'list' },
            g.items.map((t) => el('li', { class: 'tl-item' },
              el('button', { type: 'button', class: 'kwic-line tl-text', 'data-jump': String(t.doc), 'data-start': t.start, 'data-end': t.end },
                kwic(context(state.texts.get(String(t.doc)), t))),
              el('p', { class: 'tl-doc' }, docTitle(state.docs.get(String(t.doc)), t.doc)),
              (t.entities || []).length
                ? el('ul', { class: 'chips', role: 'list', 'aria-label': 'Entities of the sentence' }, (t.entities || []).map((id) => chip(state.entities.get(String(id)))))
                : null)))))),
    );
  }
}
