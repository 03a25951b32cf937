// Exports built in the page: the JSON result, CSV tables, and a standalone
// HTML report (escaped text, no script). Downloads are local blob: URLs.

import { el } from './views/dom.js';

export function download(name, content, type) {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

// ---------------------------------------------------------------- CSV

/** One CSV field (RFC 4180); text that a spreadsheet would run as a formula is prefixed with '. */
function csvField(value, { text = false } = {}) {
  if (value === null || value === undefined) return '';
  let s = Array.isArray(value) ? value.join('|') : String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header, rows) {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.join(','));
  return lines.join('\r\n') + '\r\n';
}

export function entitiesCsv(result) {
  return csv(
    ['id', 'type', 'name', 'aliases', 'documents', 'mentionCount', 'kb'],
    (result.entities || []).map((e) => [
      csvField(e.id),
      csvField(e.type),
      csvField(e.name, { text: true }),
      csvField((e.aliases || []).join('|'), { text: true }),
      csvField((e.documents || []).join('|'), { text: true }),
      csvField(e.mentionCount),
      csvField(e.kb),
    ]),
  );
}

export function mentionsCsv(result) {
  const names = new Map((result.entities || []).map((e) => [String(e.id), e.name]));
  return csv(
    ['doc', 'start', 'end', 'text', 'type', 'entity', 'entityName', 'value', 'source', 'score', 'nested'],
    (result.mentions || []).map((m) => [
      csvField(m.doc, { text: true }),
      csvField(m.start),
      csvField(m.end),
      csvField(m.text, { text: true }),
      csvField(m.type),
      csvField(m.entity),
      csvField(names.get(String(m.entity)), { text: true }),
      csvField(m.value, { text: true }),
      csvField(m.source),
      csvField(m.score),
      csvField(m.nested ? 'true' : 'false'),
    ]),
  );
}

export function linksCsv(result) {
  const names = new Map((result.entities || []).map((e) => [String(e.id), e.name]));
  return csv(
    ['a', 'aName', 'b', 'bName', 'weight', 'documents'],
    (result.links || []).map((l) => [
      csvField(l.a),
      csvField(names.get(String(l.a)), { text: true }),
      csvField(l.b),
      csvField(names.get(String(l.b)), { text: true }),
      csvField(l.weight),
      csvField((l.documents || []).join('|'), { text: true }),
    ]),
  );
}

// ---------------------------------------------------------------- HTML report

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML text and attribute values: the report is built as a string, never parsed here. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const TYPE_COLOURS = {
  PERSON: ['#2563eb', '#e3edff'], ORG: ['#7c3aed', '#efe6ff'], LOC: ['#15803d', '#dcf3e4'], NORP: ['#0e7f86', '#daf2f3'],
  EVENT: ['#d6335c', '#ffe3ea'], WORK: ['#c2620a', '#fdebd6'], DATE: ['#b7791f', '#fdf2c7'], TIME: ['#a16207', '#f8ecd2'],
  MONEY: ['#4d7c0f', '#e7f3d6'], QUANTITY: ['#64748b', '#e9edf2'], PERCENT: ['#4f5fc9', '#e6eafb'], EMAIL: ['#be3a8f', '#fbe3f2'],
  URL: ['#0369a1', '#dff0fa'], PHONE: ['#8a5a2b', '#f2e8dc'], HANDLE: ['#4338ca', '#e5e4fb'], HASHTAG: ['#c2410c', '#fde6dc'],
};

function highlighted(text, mentions, names) {
  const sorted = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start).sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const m of sorted) {
    if (m.start < pos) continue;
    out += escapeHtml(text.slice(pos, m.start));
    const type = /^[A-Z_]{1,24}$/.test(m.type) ? m.type : 'OTHER';
    out += `<mark class="m-${type}" title="${escapeHtml(`${names.get(String(m.entity)) || m.text} (${type})`)}">${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  return out + escapeHtml(text.slice(pos));
}

/** A self-contained HTML file: inline style only, a CSP that forbids scripts, every text escaped. */
export function htmlReport(result, texts, { title = 'Recoupe report', aliases = null } = {}) {
  const docs = result.documents || [];
  const entities = result.entities || [];
  const names = new Map(entities.map((e) => [String(e.id), e.name]));
  const byDoc = new Map();
  for (const m of result.mentions || []) {
    const id = String(m.doc);
    if (!byDoc.has(id)) byDoc.set(id, []);
    byDoc.get(id).push(m);
  }
  const typeCss = Object.entries(TYPE_COLOURS)
    .map(([t, [c, bg]]) => `.m-${t}{background:${bg};border-bottom:2px solid ${c}}`)
    .join('\n');
  const rows = [...entities]
    .sort((a, b) => String(a.type).localeCompare(String(b.type)) || (b.mentionCount || 0) - (a.mentionCount || 0))
    .map(
      (e) =>
        `<tr><td><span class="m-${escapeHtml(/^[A-Z_]+$/.test(e.type) ? e.type : 'OTHER')}">${escapeHtml(e.type)}</span></td><td>${escapeHtml(e.name)}</td>` +
        `<td>${escapeHtml((e.aliases || []).filter((a) => a !== e.name).join(', '))}</td><td class="n">${escapeHtml(e.mentionCount)}</td>` +
        `<td>${escapeHtml((e.documents || []).length)}</td></tr>`,
    )
    .join('\n');
  const links = [...(result.links || [])]
    .sort((a, b) => (b.weight || 0) - (a.weight || 0))
    .slice(0, 100)
    .map((l) => `<tr><td>${escapeHtml(names.get(String(l.a)))}</td><td>${escapeHtml(names.get(String(l.b)))}</td><td class="n">${escapeHtml(l.weight)}</td></tr>`)
    .join('\n');
  const timeline = (result.timeline || [])
    .map(
      (t) =>
        `<li><strong>${escapeHtml(t.value)}</strong> — “${escapeHtml(t.text)}” <em>(${escapeHtml(t.doc)})</em>` +
        `${(t.entities || []).length ? ` · ${(t.entities || []).map((id) => escapeHtml(names.get(String(id)) || id)).join(', ')}` : ''}</li>`,
    )
    .join('\n');
  const quotes = (result.quotes || [])
    .map((q) => {
      const text = texts.get(String(q.doc));
      const body = typeof text === 'string' ? text.slice(q.start, q.end) : '';
      return `<li><blockquote>${escapeHtml(body)}</blockquote><p>${q.speaker ? `— ${escapeHtml(names.get(String(q.speaker)) || q.speaker)}, ` : ''}<em>${escapeHtml(q.doc)}</em></p></li>`;
    })
    .join('\n');
  const docSections = docs
    .map((d) => {
      const id = String(d.id);
      const text = texts.get(id);
      const head = `<h3 id="doc-${escapeHtml(encodeURIComponent(id))}">${escapeHtml(d.title || id)}</h3><p class="meta">${escapeHtml(id)} · ${escapeHtml(String(d.language || 'und').toUpperCase())}${d.date ? ` · ${escapeHtml(d.date)}` : ''}</p>`;
      if (d.error) return `<section>${head}<p class="error">${escapeHtml(d.error.code)}: ${escapeHtml(d.error.message)}</p></section>`;
      return `<section>${head}<div class="text">${typeof text === 'string' ? highlighted(text, byDoc.get(id) || [], names) : ''}</div></section>`;
    })
    .join('\n');
  const generated = new Date().toISOString();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b2330;margin:0 auto;max-width:60em;padding:2em 1.5em}
h1{font-size:1.6em;margin:0 0 .2em}h2{margin-top:2em;border-bottom:1px solid #d8dde5;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #e4e8ee;vertical-align:top}
.n{text-align:right;font-variant-numeric:tabular-nums}.meta{color:#4f5b6b;font-size:13px;margin:.2em 0 .6em}
.text{white-space:pre-wrap;font-family:Georgia,serif;font-size:15px;line-height:1.7;background:#fafbfc;border:1px solid #e4e8ee;padding:1em;border-radius:6px}
mark,span[class^="m-"]{color:inherit;border-radius:2px;padding:0 1px}blockquote{margin:0;font-style:italic}.error{color:#9b1c13}
${typeCss}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Generated by ${escapeHtml(result.generator || 'Recoupe')} on ${escapeHtml(generated)} · ${docs.length} documents · ${entities.length} entities · ${(result.mentions || []).length} mentions</p>
<h2>Entities</h2>
<table><thead><tr><th>Type</th><th>Name</th><th>Also written as</th><th class="n">Mentions</th><th>Documents</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Strongest links</h2>
<table><thead><tr><th>Entity</th><th>Entity</th><th class="n">Sentences together</th></tr></thead><tbody>
${links}
</tbody></table>
<h2>Timeline</h2>
<ul>
${timeline}
</ul>
<h2>Quotes</h2>
<ul>
${quotes}
</ul>
${aliases ? `<h2>Curation (alias file)</h2>\n<pre>${escapeHtml(JSON.stringify(aliases, null, 2))}</pre>` : ''}
<h2>Documents</h2>
${docSections}
</body>
</html>
`;
}
