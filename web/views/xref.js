// Cross-references: the entity × document heat map, and the co-occurrence
// network (an SVG force layout: simple, iterative, capped iterations).

import { el, svg, clear, formatNumber, plural, docTitle } from './dom.js';
import { cssType, typeInfo } from '../types.js';

const MATRIX_ENTITIES = 40;
const MATRIX_DOCS = 60;
const NETWORK_NODES = 60;
const NAMED = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'WORK']);

export class XrefView {
  /** onOpenEntity(id), onOpenCell(docId, entityId) */
  constructor(root, { onOpenEntity, onOpenCell }) {
    this.root = root;
    this.onOpenEntity = onOpenEntity;
    root.addEventListener('click', (event) => {
      const cell = event.target.closest('[data-cell-doc]');
      if (cell && root.contains(cell)) return onOpenCell(cell.dataset.cellDoc, cell.dataset.cellEntity);
      const ref = event.target.closest('button[data-entity-ref]');
      if (ref && root.contains(ref)) onOpenEntity(ref.dataset.entityRef);
    });
  }

  render(state) {
    clear(this.root);
    const entities = (state.result && state.result.entities) || [];
    this.root.appendChild(
      el('div', { class: 'view-head' },
        el('h2', null, 'Cross-references'),
        el('p', { class: 'view-note' }, 'Which entity appears in which document, and who is mentioned with whom.')),
    );
    if (!entities.length) {
      this.root.appendChild(el('p', { class: 'empty' }, 'Add documents to see their cross-references.'));
      return;
    }
    this.root.appendChild(this.#matrix(state));
    this.root.appendChild(this.#network(state));
  }

  #matrix(state) {
    const docs = ((state.result && state.result.documents) || []).filter((d) => !d.error);
    const shownDocs = docs.slice(0, MATRIX_DOCS);
    const docIndex = new Map(shownDocs.map((d, i) => [String(d.id), i]));
    const rows = [...state.result.entities]
      .filter((e) => NAMED.has(String(e.type)))
      .sort((a, b) => (b.documents || []).length - (a.documents || []).length || (b.mentionCount || 0) - (a.mentionCount || 0))
      .slice(0, MATRIX_ENTITIES);
    let max = 1;
    const matrix = rows.map((e) => {
      const row = new Array(shownDocs.length).fill(0);
      const counts = Array.isArray(e.documentMentions) ? e.documentMentions : null;
      (e.documents || []).forEach((d, i) => {
        const j = docIndex.get(String(d));
        if (j === undefined) return;
        row[j] = counts ? Number(counts[i]) || 0 : (state.mentionsByDoc.get(String(d)) || []).filter((m) => String(m.entity) === String(e.id)).length;
        max = Math.max(max, row[j]);
      });
      return row;
    });
    const level = (n) => (n <= 0 ? 0 : Math.min(5, 1 + Math.floor((Math.log(n) / Math.log(max + 1)) * 5)));
    const table = el('table', { class: 'heatmap', 'aria-label': 'Mentions of each entity (rows) in each document (columns)' },
      el('thead', null, el('tr', null,
        el('th', { scope: 'col', class: 'corner' }, 'Entity'),
        shownDocs.map((d, j) => el('th', { scope: 'col', class: 'doc-col', title: `${docTitle(d)} (${d.id})` },
          el('span', { class: 'doc-col-label' }, `${j + 1}. ${docTitle(d)}`))))),
      el('tbody', null, rows.map((e, i) => el('tr', null,
        el('th', { scope: 'row' },
          el('button', { type: 'button', class: 'link row-entity', 'data-entity-ref': String(e.id) },
            el('span', { class: `dot m-${cssType(String(e.type))}`, 'aria-hidden': 'true' }), String(e.name))),
        matrix[i].map((n, j) => el('td', { class: `heat h${level(n)}` },
          n ? el('button', { type: 'button', class: 'cell', 'data-cell-doc': String(shownDocs[j].id), 'data-cell-entity': String(e.id),
            'aria-label': `${e.name} in ${docTitle(shownDocs[j])}: ${plural(n, 'mention', 'mentions')}`, title: `${e.name} — ${docTitle(shownDocs[j])}: ${n}` }, formatNumber(n)) : null))))));
    return el('section', { class: 'card wide xref-matrix' },
      el('h3', null, 'Entity × document'),
      el('p', { class: 'view-note' }, `The ${rows.length} named entities found in the most documents${docs.length > shownDocs.length ? `, in the first ${shownDocs.length} of ${docs.length} documents` : ''}. Darker = more mentions; click a cell to read them.`),
      el('div', { class: 'table-wrap heatmap-wrap', tabindex: 0, role: 'region', 'aria-label': 'Heat map, scrollable' }, table));
  }

  #network(state) {
    const entities = state.result.entities;
    const linked = new Map();
    for (const l of state.result.links || []) {
      linked.set(String(l.a), (linked.get(String(l.a)) || 0) + 1);
      linked.set(String(l.b), (linked.get(String(l.b)) || 0) + 1);
    }
    const nodes = entities
      .filter((e) => NAMED.has(String(e.type)) && linked.has(String(e.id)))
      .sort((a, b) => (b.mentionCount || 0) - (a.mentionCount || 0))
      .slice(0, NETWORK_NODES)
      .map((e, i) => ({ id: String(e.id), entity: e, index: i, x: 0, y: 0, dx: 0, dy: 0 }));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = (state.result.links || [])
      .filter((l) => byId.has(String(l.a)) && byId.has(String(l.b)))
      .map((l) => ({ a: byId.get(String(l.a)), b: byId.get(String(l.b)), weight: Number(l.weight) || 1 }));
    const section = el('section', { class: 'card wide xref-network' },
      el('h3', { id: 'network-title' }, 'Co-occurrence network'),
      el('p', { class: 'view-note' }, `${plural(nodes.length, 'entity', 'entities')} mentioned in the same sentences (${plural(edges.length, 'link', 'links')}). Size = mentions, colour = type. Drag to pan, wheel or pinch to zoom, click a node to open it.`));
    if (!nodes.length) {
      section.appendChild(el('p', { class: 'empty' }, 'No two named entities share a sentence.'));
      return section;
    }
    layout(nodes, edges, 1000, 640);
    const viewport = svg('g', { class: 'viewport' });
    const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
    const edgeLayer = svg('g', { class: 'edges' },
      edges.map((e) => svg('line', { x1: e.a.x.toFixed(1), y1: e.a.y.toFixed(1), x2: e.b.x.toFixed(1), y2: e.b.y.toFixed(1), 'stroke-width': (1 + 4 * (e.weight / maxWeight)).toFixed(2), 'data-a': e.a.id, 'data-b': e.b.id })));
    const labelled = new Set([...nodes].sort((a, b) => (b.entity.mentionCount || 0) - (a.entity.mentionCount || 0)).slice(0, 18).map((n) => n.id));
    const nodeLayer = svg('g', { class: 'nodes' },
      nodes.map((n) => {
        const r = Math.min(26, 5 + 2.6 * Math.sqrt(Number(n.entity.mentionCount) || 1));
        const type = String(n.entity.type);
        return svg('g', { class: `node m-${cssType(type)}`, transform: `translate(${n.x.toFixed(1)} ${n.y.toFixed(1)})`, tabindex: 0, role: 'button', 'data-node': n.id,
          'aria-label': `${n.entity.name}, ${typeInfo(type).short}, ${plural(Number(n.entity.mentionCount) || 0, 'mention', 'mentions')}` },
          svg('title', null, `${n.entity.name} (${type}) — ${n.entity.mentionCount} mentions`),
          svg('circle', { r: r.toFixed(1) }),
          labelled.has(n.id) ? svg('text', { x: 0, y: (r + 13).toFixed(1), 'text-anchor': 'middle' }, String(n.entity.name)) : null);
      }));
    viewport.append(edgeLayer, nodeLayer);
    const canvas = svg('svg', { class: 'network', viewBox: '0 0 1000 640', role: 'group', 'aria-labelledby': 'network-title', tabindex: 0 }, svg('rect', { class: 'backdrop', x: -5000, y: -5000, width: 11000, height: 11000 }), viewport);
    const controls = el('div', { class: 'zoom-controls', role: 'group', 'aria-label': 'Zoom' },
      el('button', { type: 'button', class: 'button small', 'data-zoom': 'in', 'aria-label': 'Zoom in' }, '+'),
      el('button', { type: 'button', class: 'button small', 'data-zoom': 'out', 'aria-label': 'Zoom out' }, '−'),
      el('button', { type: 'button', class: 'button small', 'data-zoom': 'reset' }, 'Reset'));
    section.append(el('div', { class: 'network-wrap' }, canvas, controls));
    panZoom(canvas, viewport, controls, (id) => this.onOpenEntity(id));
    return section;
  }
}

/** Fruchterman–Reingold with a centre pull; deterministic start; at most 300 iterations. */
export function layout(nodes, edges, width, height, iterations = 300) {
  const n = nodes.length;
  const cx = width / 2;
  const cy = height / 2;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const radius = Math.min(width, height) * (0.2 + 0.25 * ((i * 7) % 11) / 11);
    node.x = cx + radius * Math.cos(angle);
    node.y = cy + radius * Math.sin(angle);
  });
  if (n === 1) return;
  const k = 0.5 * Math.sqrt((width * height) / n);
  let temperature = width / 8;
  const cooling = temperature / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    for (const a of nodes) {
      a.dx = 0;
      a.dy = 0;
    }
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = 0.1 * (i - j);
          dy = 0.1;
          d2 = dx * dx + dy * dy;
        }
        if (d2 > 16 * k * k) continue; // far apart: no push (keeps components together)
        const f = (k * k) / d2;
        a.dx += dx * f;
        a.dy += dy * f;
        b.dx -= dx * f;
        b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const dx = e.a.x - e.b.x;
      const dy = e.a.y - e.b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = (d / k) * (1 + Math.log(e.weight)) * 0.5;
      e.a.dx -= dx * f;
      e.a.dy -= dy * f;
      e.b.dx += dx * f;
      e.b.dy += dy * f;
    }
    for (const a of nodes) {
      a.dx += (cx - a.x) * 0.12;
      a.dy += (cy - a.y) * 0.12;
      const d = Math.sqrt(a.dx * a.dx + a.dy * a.dy) || 1;
      const step = Math.min(d, temperature);
      a.x += (a.dx / d) * step;
      a.y += (a.dy / d) * step;
    }
    temperature -= cooling;
  }
  // Fit the drawing in the frame, keeping its proportions.
  const xs = nodes.map((a) => a.x);
  const ys = nodes.map((a) => a.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 160) / Math.max(1, x1 - x0), (height - 90) / Math.max(1, y1 - y0), 3);
  for (const a of nodes) {
    a.x = cx + (a.x - (x0 + x1) / 2) * scale;
    a.y = cy + (a.y - (y0 + y1) / 2) * scale;
  }
}

/** Pan (drag), zoom (wheel, pinch, buttons, +/- keys) and node activation for an SVG. */
function panZoom(canvas, viewport, controls, onOpen) {
  const view = { x: 0, y: 0, s: 1 };
  const apply = () => viewport.setAttribute('transform', `translate(${view.x.toFixed(1)} ${view.y.toFixed(1)}) scale(${view.s.toFixed(3)})`);
  const toSvg = (clientX, clientY) => {
    const r = canvas.getBoundingClientRect();
    return { x: ((clientX - r.left) / r.width) * 1000, y: ((clientY - r.top) / r.height) * 640 };
  };
  const zoomAt = (factor, px = 500, py = 320) => {
    const s = Math.max(0.3, Math.min(6, view.s * factor));
    const f = s / view.s;
    view.x = px - (px - view.x) * f;
    view.y = py - (py - view.y) * f;
    view.s = s;
    apply();
  };
  canvas.addEventListener('wheel', (event) => {
    event.preventDefault();
    const p = toSvg(event.clientX, event.clientY);
    zoomAt(Math.exp(-event.deltaY * 0.0015), p.x, p.y);
  }, { passive: false });
  const pointers = new Map();
  let moved = 0;
  let pinch = null;
  let downNode = null;
  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    moved = 0;
    const node = event.target.closest('[data-node]');
    downNode = pointers.size === 1 && node ? node.dataset.node : null;
    if (pointers.size === 2) {
      const [a, b] = [...pointers.values()];
      pinch = { d: Math.hypot(a.x - b.x, a.y - b.y), s: view.s };
    }
  });
  canvas.addEventListener('pointermove', (event) => {
    const prev = pointers.get(event.pointerId);
    if (!prev) return;
    const cur = { x: event.clientX, y: event.clientY };
    pointers.set(event.pointerId, cur);
    const r = canvas.getBoundingClientRect();
    if (pointers.size === 2 && pinch) {
      const [a, b] = [...pointers.values()];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      const mid = toSvg((a.x + b.x) / 2, (a.y + b.y) / 2);
      zoomAt((pinch.s * (d / Math.max(1, pinch.d))) / view.s, mid.x, mid.y);
      moved += 10;
      return;
    }
    const dx = ((cur.x - prev.x) / r.width) * 1000;
    const dy = ((cur.y - prev.y) / r.height) * 640;
    moved += Math.abs(cur.x - prev.x) + Math.abs(cur.y - prev.y);
    if (moved > 3) {
      view.x += dx;
      view.y += dy;
      apply();
    }
  });
  const end = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
    if (event.type === 'pointerup' && downNode && moved <= 3) onOpen(downNode);
    downNode = null;
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener('keydown', (event) => {
    const node = event.target.closest && event.target.closest('[data-node]');
    if (node && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onOpen(node.dataset.node);
    } else if (event.key === '+' || event.key === '=') zoomAt(1.25);
    else if (event.key === '-') zoomAt(0.8);
    else if (event.key === '0') {
      view.x = 0;
      view.y = 0;
      view.s = 1;
      apply();
    }
  });
  controls.addEventListener('click', (event) => {
    const b = event.target.closest('[data-zoom]');
    if (!b) return;
    if (b.dataset.zoom === 'in') zoomAt(1.25);
    else if (b.dataset.zoom === 'out') zoomAt(0.8);
    else {
      view.x = 0;
      view.y = 0;
      view.s = 1;
      apply();
    }
  });
  // Hovering or focusing a node brings its links forward.
  const focusNode = (id) => {
    for (const line of canvas.querySelectorAll('line')) line.classList.toggle('lit', !!id && (line.dataset.a === id || line.dataset.b === id));
  };
  canvas.addEventListener('pointerover', (e) => {
    const node = e.target.closest('[data-node]');
    focusNode(node ? node.dataset.node : null);
  });
  canvas.addEventListener('focusin', (e) => {
    const node = e.target.closest('[data-node]');
    focusNode(node ? node.dataset.node : null);
  });
}
