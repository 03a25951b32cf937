// Getting documents into the page: preload/demo manifests, picked or dropped
// files, pasted text. Everything produces { id, bytes: ArrayBuffer, format }.

const FORMATS = new Map([
  ['txt', 'txt'],
  ['text', 'txt'],
  ['md', 'md'],
  ['markdown', 'md'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['eml', 'eml'],
]);

/** Format from the file extension; unknown extensions are sent as plain text. */
export function formatForName(name) {
  const match = /\.([A-Za-z0-9]+)$/.exec(String(name));
  return (match && FORMATS.get(match[1].toLowerCase())) || 'txt';
}

/** A manifest path, URL-encoded segment by segment, relative to base. */
function manifestEntryUrl(base, relPath) {
  return base + String(relPath).split('/').map(encodeURIComponent).join('/');
}

/**
 * Fetch `${base}manifest.json`. Returns the list of relative paths, or null
 * when there is no such manifest (404, bad JSON, wrong shape).
 */
export async function fetchManifest(base) {
  let response;
  try {
    response = await fetch(base + 'manifest.json', { cache: 'no-cache' });
  } catch {
    return null;
  }
  if (!response.ok) return null;
  try {
    const data = await response.json();
    if (!data || !Array.isArray(data.documents)) return null;
    return data.documents.filter((p) => typeof p === 'string' && p.length > 0 && !p.split('/').includes('..'));
  } catch {
    return null;
  }
}

/** Fetch every document listed by a manifest. onProgress(done, total). */
export async function fetchDocuments(base, paths, onProgress = () => {}) {
  const docs = [];
  const failures = [];
  let done = 0;
  onProgress(0, paths.length);
  // A few requests at a time keeps the page responsive on big corpora.
  const queue = [...paths];
  async function worker() {
    while (queue.length) {
      const relPath = queue.shift();
      try {
        const response = await fetch(manifestEntryUrl(base, relPath), { cache: 'no-cache' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        docs.push({ id: relPath, bytes: await response.arrayBuffer(), format: formatForName(relPath) });
      } catch (err) {
        failures.push({ id: relPath, message: err.message });
      }
      onProgress(++done, paths.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, paths.length) }, worker));
  const order = new Map(paths.map((p, i) => [p, i]));
  docs.sort((a, b) => order.get(a.id) - order.get(b.id));
  return { docs, failures };
}

/** Read File objects (from an input or a drop). */
export async function readFiles(fileList) {
  const files = [...fileList].filter((f) => f && typeof f.arrayBuffer === 'function');
  return Promise.all(
    files.map(async (file) => ({
      id: file.name || 'unnamed',
      bytes: await file.arrayBuffer(),
      format: formatForName(file.name),
    })),
  );
}

let pasteCounter = 0;
/** Pasted text becomes a .txt document with a fresh id. */
export function pastedDocument(value, existingIds) {
  let id;
  do {
    pasteCounter += 1;
    id = `pasted-${pasteCounter}.txt`;
  } while (existingIds.has(id));
  return { id, bytes: new TextEncoder().encode(value).buffer, format: 'txt' };
}
