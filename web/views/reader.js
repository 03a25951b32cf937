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

/** Text drawn as one block before the reader starts another, at a line's end. */
const CHUNK_CHARS = 800;

/**
 * Where the reader's text is cut into blocks: after the first newline once a
 * block holds CHUNK_CHARS characters. A trailing newline does not add a line
 * in a pre-wrap block, so the text looks the same cut or whole.
 */
export function chunkBreaks(text) {
  const breaks = [];
  let from = 0;
  for (;;) {
    const newline = text.indexOf('\n', from + CHUNK_CHARS);
    if (newline < 0 || newline + 1 >= text.length) return breaks;
    breaks.push(newline + 1);
    from = newline + 1;
  }
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
  /** onMentionClick(entityId); describe(entityId) -> {name, type, count} for the tooltip */
  constructor({ root, title, meta, tooltip, onMentionClick, describe }) {
    this.root = root;
    this.titleNode = title;
    this.metaNode = meta;
    this.tooltip = tooltip;
    this.describe = describe || (() => null);
    this.textNodes = []; // [{start, node}] in document order, for jumping to an offset
    // Known from scroll events, because reading scrollTop would lay the page out.
    this.scrolled = false;
    root.addEventListener('scroll', () => (this.scrolled = root.scrollTop > 0), { passive: true });
    root.addEventListener('click', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark && root.contains(mark)) onMentionClick(mark.dataset.entity);
    });
    root.addEventListener('mouseover', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark && root.contains(mark)) this.#showTip(mark);
    });
    root.addEventListener('mouseout', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark && !mark.contains(event.relatedTarget)) this.#hideTip(mark);
    });
    root.addEventListener('focusin', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark) this.#showTip(mark);
    });
    root.addEventListener('focusout', (event) => {
      const mark = event.target.closest('mark[data-entity]');
      if (mark) this.#hideTip(mark);
    });
    // Keyboard: n / p (or j / k) move between mentions, Enter opens the entity.
    root.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key;
      if (key === 'Escape' && this.tooltip && !this.tooltip.hidden) {
        this.#hideTip(null);
        return;
      }
      const mark = event.target.closest && event.target.closest('mark[data-entity]');
      if (mark && (key === 'Enter' || key === ' ')) {
        event.preventDefault();
        onMentionClick(mark.dataset.entity);
        return;
      }
      if (!['n', 'p', 'j', 'k'].includes(key)) return;
      const marks = [...root.querySelectorAll('mark[data-entity]')].filter((m) => !this.#isHidden(m));
      if (!marks.length) return;
      event.preventDefault();
      const index = mark ? marks.indexOf(mark) : -1;
      const forward = key === 'n' || key === 'j';
      const next = marks[forward ? Math.min(marks.length - 1, index + 1) : Math.max(0, index < 0 ? 0 : index - 1)];
      next.tabIndex = -1;
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    });
  }

  #isHidden(mark) {
    return [...this.root.classList].some((c) => c.startsWith('hide-') && mark.classList.contains(`m-${c.slice(5)}`));
  }

  #showTip(mark) {
    const tip = this.tooltip;
    if (!tip) return;
    const info = this.describe(mark.dataset.entity);
    clear(tip);
    tip.append(
      el('strong', { class: 'tip-name' }, info ? info.name : mark.textContent),
      el('span', { class: `badge m-${cssType(mark.dataset.type)}` }, mark.dataset.type),
      el('span', { class: 'tip-count' }, info ? plural(info.count, 'mention', 'mentions') : ''),
      el('span', { class: 'tip-hint' }, 'Click or press Enter to open'),
    );
    tip.hidden = false;
    mark.setAttribute('aria-describedby', tip.id);
    const r = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const left = Math.max(8, Math.min(window.innerWidth - width - 8, r.left + r.width / 2 - width / 2));
    const above = r.top - tip.offsetHeight - 8;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(above > 8 ? above : r.bottom + 8)}px`;
  }

  #hideTip(mark) {
    if (mark) mark.removeAttribute('aria-describedby');
    if (this.tooltip) this.tooltip.hidden = true;
  }

  showEmpty(message) {
    this.root.removeAttribute('data-doc-id');
    this.titleNode.textContent = 'No document selected';
    this.titleNode.removeAttribute('title');
    this.metaNode.textContent = '';
    this.textNodes = [];
    clear(this.root).appendChild(el('p', { class: 'reader-empty' }, message));
  }

  /**
   * doc: result.documents[i]; text: its plain text (or undefined);
   * mentions: this document's mentions; entities: Map id -> entity.
   */
  show(doc, text, mentions, entities, extraMeta = []) {
    const id = String(doc.id);
    this.#hideTip(null);
    this.root.setAttribute('data-doc-id', id);
    const title = (typeof doc.title === 'string' && doc.title.trim()) || id;
    this.titleNode.textContent = title;
    this.titleNode.title = title;
    const meta = [id];
    if (doc.language) meta.push(String(doc.language).toUpperCase());
    if (doc.date) meta.push(`dated ${doc.date}`);
    if (!doc.error) meta.push(plural(mentions.length, 'mention', 'mentions'));
    meta.push(...extraMeta);
    this.metaNode.textContent = meta.join(' · ');
    clear(this.root);
    this.textNodes = [];
    this.#drawText(doc, text, mentions, entities);
    // Scrolling lays the page out at once: only when needed, with the new text in place.
    if (this.scrolled) {
      this.root.scrollTop = 0;
      this.scrolled = false;
    }
  }

  #drawText(doc, text, mentions, entities) {
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
    const breaks = chunkBreaks(text);
    let nextBreak = 0; // index into breaks
    let container = null;
    let kind = 'body';
    // Each chunk is a block of its own, which the browser lays out only when
    // it scrolls into view (content-visibility in style.css): the first paint
    // of a long document costs what the screen shows, not the whole text.
    const newChunk = () => {
      const chunk = fragment.appendChild(el('div', { class: 'chunk' }));
      container =
        kind === 'body'
          ? chunk
          : chunk.appendChild(el('span', { class: `section section-${kind}`, 'data-section': kind, title: `Section: ${kind}` }));
    };
    const addNode = (parent, start, end) => {
      const node = document.createTextNode(text.slice(start, end));
      this.textNodes.push({ start, node });
      parent.appendChild(node);
    };
    // Plain text is cut at the breaks it spans; a mention never is.
    const addText = (start, end) => {
      while (nextBreak < breaks.length && breaks[nextBreak] <= start) nextBreak += 1;
      while (nextBreak < breaks.length && breaks[nextBreak] < end) {
        addNode(container, start, breaks[nextBreak]);
        start = breaks[nextBreak++];
        newChunk();
      }
      addNode(container, start, end);
    };
    let mi = 0;
    for (const range of sectionRanges(doc.sections, text.length)) {
      kind = SECTION_KINDS.test(range.kind) ? range.kind : 'other';
      newChunk();
      let pos = range.start;
      while (mi < drawn.length && drawn[mi].start < range.end) {
        const m = drawn[mi];
        const end = Math.min(m.end, range.end);
        if (m.start > pos) addText(pos, m.start);
        const mark = this.#mark(m, entities);
        addNode(mark, m.start, end);
        container.appendChild(mark);
        pos = end;
        mi += 1;
      }
      if (pos < range.end) addText(pos, range.end);
    }
    this.root.appendChild(fragment);
  }

  #mark(mention, entities) {
    const type = String(mention.type || 'OTHER');
    return el('mark', {
      class: `m m-${cssType(type)}`,
      'data-entity': String(mention.entity),
      'data-type': type,
      'data-start': mention.start,
    });
  }

  /**
   * Wrap [start, end) of the text in a flashing span, scroll it into view
   * and return it (null when the offsets are outside the text).
   */
  showPlace(start, end) {
    for (const old of this.root.querySelectorAll('.place')) old.classList.remove('place', 'flash');
    const spans = [];
    for (let i = 0; i < this.textNodes.length; i++) {
      const { start: nodeStart, node } = this.textNodes[i];
      const nodeEnd = nodeStart + node.data.length;
      if (nodeEnd <= start || nodeStart >= end) continue;
      const from = Math.max(0, start - nodeStart);
      const to = Math.min(node.data.length, end - nodeStart);
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const span = el('span', { class: 'place' });
      range.surroundContents(span);
      // The text node was split: keep the table of text nodes exact.
      const parts = [];
      if (from > 0) parts.push({ start: nodeStart, node });
      parts.push({ start: nodeStart + from, node: span.firstChild });
      if (to < nodeEnd - nodeStart) parts.push({ start: nodeStart + to, node: span.nextSibling });
      this.textNodes.splice(i, 1, ...parts);
      i += parts.length - 1;
      spans.push(span);
    }
    if (!spans.length) return null;
    spans[0].scrollIntoView({ block: 'center' });
    // Restart the animation on every jump.
    for (const span of spans) {
      void span.offsetWidth;
      span.classList.add('flash');
    }
    const mark = spans[0].closest('mark[data-entity]');
    if (mark) {
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
    }
    return spans[0];
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
