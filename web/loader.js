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
        const bytes = await response.arrayBuffer();
        if (/\.json$/i.test(relPath)) {
          const out = jsonDocuments(relPath, bytes);
          docs.push(...out.docs.map((d) => ({ ...d, from: relPath })));
          for (const p of out.problems) failures.push({ id: relPath, message: p });
        } else {
          docs.push({ id: relPath, bytes, format: formatForName(relPath), size: bytes.byteLength, from: relPath });
        }
      } catch (err) {
        failures.push({ id: relPath, message: err.message });
      }
      onProgress(++done, paths.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(4, paths.length) }, worker));
  const order = new Map(paths.map((p, i) => [p, i]));
  docs.sort((a, b) => order.get(a.from) - order.get(b.from));
  for (const d of docs) delete d.from;
  return { docs, failures };
}

/** Extensions read when walking a folder; other files of a folder are skipped. */
const FOLDER_EXTENSIONS = /\.(txt|text|md|markdown|html?|xhtml|eml|json)$/i;

/**
 * Documents from one File. `.json` files holding an array of {id, text}
 * become several documents; anything else is one document sent as bytes.
 * Returns { docs, problems }.
 */
export async function readFile(file, path = file.name) {
  const name = String(path || file.name || 'unnamed');
  const bytes = await file.arrayBuffer();
  if (/\.json$/i.test(name)) return jsonDocuments(name, bytes);
  return { docs: [{ id: name, bytes, format: formatForName(name), size: bytes.byteLength }], problems: [] };
}

/** An array of {id, text} (or {documents: [...]}) becomes one document per entry. */
export function jsonDocuments(name, bytes) {
  let data;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (err) {
    return { docs: [], problems: [`${name}: not valid JSON (${err.message})`] };
  }
  const list = Array.isArray(data) ? data : data && Array.isArray(data.documents) ? data.documents : null;
  if (!list) return { docs: [], problems: [`${name}: expected an array of {id, text}`] };
  const docs = [];
  const problems = [];
  const encoder = new TextEncoder();
  list.forEach((item, index) => {
    if (!item || typeof item.text !== 'string') {
      problems.push(`${name}[${index}]: no text`);
      return;
    }
    const id = item.id !== undefined && item.id !== null && String(item.id).trim() ? String(item.id) : `${name}#${index + 1}`;
    const format = typeof item.format === 'string' && FORMATS.has(item.format) ? FORMATS.get(item.format) : formatForName(id);
    const buffer = encoder.encode(item.text).buffer;
    docs.push({ id, bytes: buffer, format, size: buffer.byteLength });
  });
  return { docs, problems };
}

/** Read File objects (from an input or a drop). paths: optional parallel list of relative paths. */
export async function readFiles(fileList, paths = null) {
  const files = [...fileList].filter((f) => f && typeof f.arrayBuffer === 'function');
  const docs = [];
  const problems = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const path = (paths && paths[i]) || file.webkitRelativePath || file.name;
    try {
      const out = await readFile(file, path);
      docs.push(...out.docs);
      problems.push(...out.problems);
    } catch (err) {
      problems.push(`${path}: ${err.message || err}`);
    }
  }
  return { docs, problems };
}

/** Files of a folder input (webkitdirectory): skip hidden files and unknown extensions. */
export function folderFiles(fileList) {
  return [...fileList].filter((f) => {
    const path = f.webkitRelativePath || f.name;
    return FOLDER_EXTENSIONS.test(path) && !path.split('/').some((part) => part.startsWith('.'));
  });
}

function entryFile(entry) {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader) {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/**
 * Files of a drop, walking dropped folders (webkitGetAsEntry) iteratively:
 * an explicit stack, no recursion. Must be called during the drop event
 * (the entries are taken synchronously). Resolves [{file, path}].
 */
export function droppedFiles(dataTransfer) {
  const roots = [];
  const plain = [];
  const items = dataTransfer && dataTransfer.items ? [...dataTransfer.items] : [];
  for (const item of items) {
    if (item.kind && item.kind !== 'file') continue;
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) roots.push(entry);
    else {
      const file = typeof item.getAsFile === 'function' ? item.getAsFile() : null;
      if (file) plain.push({ file, path: file.name });
    }
  }
  if (!items.length && dataTransfer && dataTransfer.files) {
    for (const file of dataTransfer.files) plain.push({ file, path: file.name });
  }
  return (async () => {
    const out = [...plain];
    const stack = roots.map((entry) => ({ entry, top: true }));
    while (stack.length) {
      const { entry, top } = stack.pop();
      if (!top && entry.name && entry.name.startsWith('.')) continue;
      const path = String(entry.fullPath || entry.name || '').replace(/^\/+/, '');
      if (entry.isDirectory) {
        const reader = entry.createReader();
        const children = [];
        for (;;) {
          const batch = await readBatch(reader);
          if (!batch || !batch.length) break;
          children.push(...batch);
        }
        children.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)); // popped in name order
        for (const child of children) stack.push({ entry: child, top: false });
      } else if (entry.isFile) {
        if (!top && !FOLDER_EXTENSIONS.test(entry.name)) continue;
        try {
          out.push({ file: await entryFile(entry), path: path || entry.name });
        } catch {
          // Unreadable entry (permissions): skipped.
        }
      }
    }
    return out;
  })();
}

let pasteCounter = 0;
/** Pasted text becomes a .txt document with a fresh id. */
export function pastedDocument(value, existingIds) {
  let id;
  do {
    pasteCounter += 1;
    id = `pasted-${pasteCounter}.txt`;
  } while (existingIds.has(id));
  const bytes = new TextEncoder().encode(value).buffer;
  return { id, bytes, format: 'txt', size: bytes.byteLength };
}
