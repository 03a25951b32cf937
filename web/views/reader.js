// Centre column: the selected document with its mentions highlighted.

import { el, clear, plural } from './dom.js';
import { cssType } from '../types.js';

const SECTION_KINDS = /^[a-z][a-z0-9-]{0,30}$/;

/**
 * Normalise the sections of a document into ordered, non-overlapping ranges
 * covering [0, length); gaps are treated as body.
 */
export function sectionRanges(sections, length) {
  const ranges = [];
  const sorted = (Array.isArray(sections) ? sections : [])
    .filter((s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ kind: String(s.kind || 'body'), start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    if (start > pos) ranges.push({ kind: 'body', start: pos, end: start });
    ranges.push({ kind: s.kind, start, end: s.end });
    pos = s.end;
  }
  if (pos < length) ranges.push({ kind: 'body', start: pos, end: length });
  return ranges;
}

/**
 * Mentions that can be drawn: valid offsets, sorted, and without overlap
 * (a mention starting before the end of the previous one is skipped).
 */
export function drawableMentions(mentions, length) {
  const sorted = mentions
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let lastEnd = 0;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

export class Reader {
  constructor({ root, title, meta, onMentionClick }) {
    this.root = root;
    this.titleNode = title;
    this.metaNode = meta;
    root.addEventListener('click', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark && root.contains(mark)) onMentionClick(mark.dataset.entity);
    });
  }

  showEmpty(message) {
    this.root.removeAttribute('data-doc-id');
    this.titleNode.textContent = 'No document selected';
    this.titleNode.removeAttribute('title');
    this.metaNode.textContent = '';
    clear(this.root).appendChild(el('p', { class: 'reader-empty' }, message));
  }

  /**
   * doc: result.documents[i]; text: its plain text (or undefined);
   * mentions: this document's mentions; entities: Map id -> entity.
   */
  show(doc, text, mentions, entities) {
    const id = String(doc.id);
    this.root.setAttribute('data-doc-id', id);
    this.root.scrollTop = 0;
    const title = (typeof doc.title === 'string' && doc.title.trim()) || id;
    this.titleNode.textContent = title;
    this.titleNode.title = title;
    const meta = [id];
    if (doc.language) meta.push(String(doc.language).toUpperCase());
    if (doc.date) meta.push(`dated ${doc.date}`);
    if (!doc.error) meta.push(plural(mentions.length, 'mention', 'mentions'));
    this.metaNode.textContent = meta.join(' · ');
    clear(this.root);

    if (doc.error) {
      this.root.appendChild(
        el(
          'div',
          { class: 'reader-error', role: 'alert' },
          el('strong', null, 'This document could not be analysed.'),
          el('p', null, el('span', { class: 'error-code' }, String(doc.error.code || 'error')), ' ', String(doc.error.message || '')),
        ),
      );
      return;
    }
    if (typeof text !== 'string') {
      this.root.appendChild(el('p', { class: 'reader-empty' }, 'The text of this document is not available.'));
      return;
    }

    const fragment = document.createDocumentFragment();
    const drawn = drawableMentions(mentions, text.length);
    let mi = 0;
    for (const range of sectionRanges(doc.sections, text.length)) {
      const kind = SECTION_KINDS.test(range.kind) ? range.kind : 'other';
      const container =
        kind === 'body'
          ? fragment
          : fragment.appendChild(el('span', { class: `section section-${kind}`, 'data-section': kind, title: `Section: ${kind}` }));
      let pos = range.start;
      while (mi < drawn.length && drawn[mi].start < range.end) {
        const m = drawn[mi];
        const end = Math.min(m.end, range.end);
        if (m.start > pos) container.appendChild(document.createTextNode(text.slice(pos, m.start)));
        container.appendChild(this.#mark(m, text.slice(m.start, end), entities));
        pos = end;
        mi += 1;
      }
      if (pos < range.end) container.appendChild(document.createTextNode(text.slice(pos, range.end)));
    }
    this.root.appendChild(fragment);
  }

  #mark(mention, surface, entities) {
    const type = String(mention.type || 'OTHER');
    const entity = entities.get(String(mention.entity));
    const name = entity && entity.name ? entity.name : mention.text || surface;
    return el(
      'mark',
      {
        class: `m m-${cssType(type)}`,
        'data-entity': String(mention.entity),
        'data-type': type,
        title: `${name} (${type})`,
      },
      surface,
    );
  }

  /** Mark the mentions of one entity as active; returns the first one. */
  highlight(entityId) {
    let first = null;
    for (const mark of this.root.querySelectorAll('mark[data-entity]')) {
      const on = entityId != null && mark.dataset.entity === entityId;
      mark.classList.toggle('active', on);
      if (on && !first) first = mark;
    }
    return first;
  }

  setHiddenTypes(hidden) {
    for (const cls of [...this.root.classList]) {
      if (cls.startsWith('hide-')) this.root.classList.remove(cls);
    }
    for (const type of hidden) this.root.classList.add(`hide-${cssType(type)}`);
  }
}
