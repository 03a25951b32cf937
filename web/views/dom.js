// Minimal, safe DOM building. Every piece of text goes through
// document.createTextNode and every attribute through setAttribute:
// document-derived data is never parsed as HTML.

/**
 * el('li', { class: 'doc', 'data-doc-id': id }, 'text', childNode, [more])
 * Attribute values of null/undefined/false are skipped; true sets "".
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
  return node;
}

export function text(value) {
  return document.createTextNode(String(value));
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

// Integers, nearly every number shown, are grouped here: building an
// Intl.NumberFormat loads locale data, about 20 ms of the page's start.
let numberFormat = null;
export function formatNumber(n) {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  numberFormat ??= new Intl.NumberFormat('en');
  return numberFormat.format(n);
}

// Names in alphabetical order, accents and case aside. localeCompare would
// load the collation data on its first call, about 20 ms of the page's start,
// and compare each pair again from scratch.
const sortKeys = new Map();
function sortKey(name) {
  let key = sortKeys.get(name);
  if (key === undefined) {
    key = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (sortKeys.size > 100000) sortKeys.clear();
    sortKeys.set(name, key);
  }
  return key;
}

/** Orders entities by mention count, most first, then by name. */
export function byMentionsThenName(a, b) {
  const counts = (b.mentionCount || 0) - (a.mentionCount || 0);
  if (counts) return counts;
  const x = sortKey(String(a.name));
  const y = sortKey(String(b.name));
  return x < y ? -1 : x > y ? 1 : 0;
}

export function plural(n, one, many) {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/**
 * Keyboard support shared by the list views: Enter/Space activates an item,
 * ArrowUp/ArrowDown/Home/End move the focus between sibling items.
 */
export function listKeyboard(container, itemSelector, activate) {
  container.addEventListener('keydown', (event) => {
    const item = event.target.closest(itemSelector);
    if (!item || !container.contains(item)) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(item);
      return;
    }
    const moves = { ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves)) return;
    const items = [...container.querySelectorAll(itemSelector)].filter((n) => n.offsetParent !== null);
    const index = items.indexOf(item);
    const step = moves[event.key];
    let next = step === -Infinity ? 0 : step === Infinity ? items.length - 1 : index + step;
    next = Math.max(0, Math.min(items.length - 1, next));
    if (items[next]) {
      event.preventDefault();
      items[next].focus();
    }
  });
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like el(), for SVG elements (createElementNS); text still goes through text nodes. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Replace the children of node with the given children. */
export function replace(node, ...children) {
  clear(node);
  return append(node, children);
}

export function formatBytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return `${formatNumber(n)} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** A document's display title. */
export function docTitle(doc, fallbackId) {
  return (doc && typeof doc.title === 'string' && doc.title.trim()) || String(fallbackId ?? (doc && doc.id) ?? '');
}

/** Keyword-in-context snippet: left, match (as <mark class="kwic-match">), right. */
export function kwic(snippet) {
  return el(
    'span',
    { class: 'kwic' },
    el('span', { class: 'kwic-left' }, String(snippet.left ?? '')),
    el('strong', { class: 'kwic-match' }, String(snippet.match ?? '')),
    el('span', { class: 'kwic-right' }, String(snippet.right ?? '')),
  );
}
