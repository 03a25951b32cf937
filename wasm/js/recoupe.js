// Public JavaScript API of Recoupe. It wraps the raw Embind classes of
// recoupe-core.js: it converts arguments, copies results out of the wasm heap
// as plain objects, frees what it allocates, and throws RecoupeError.
import createRecoupeCore from './recoupe-core.js';

const FORMATS = new Set(['txt', 'md', 'html', 'eml']);
const LANGUAGES = new Set(['auto', 'fr', 'en']);

/** An error raised by Recoupe; `code` is a stable machine-readable reason. */
export class RecoupeError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'RecoupeError';
    this.code = code;
  }
}

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string';

async function readFileInNode(url) {
  // A computed specifier keeps browser bundlers from trying to resolve a Node built-in.
  const fsModule = 'node:fs/promises';
  const { readFile } = await import(fsModule);
  return readFile(url);
}

// Handles that were garbage-collected without delete() are freed here.
const leakedHandles = new FinalizationRegistry((handle) => {
  if (!handle.isDeleted()) handle.delete();
});

/**
 * Loads the WebAssembly module. In browsers and workers the .wasm is fetched
 * next to this file; in Node it is read from disk.
 */
export async function createRecoupe(options = {}) {
  const wasmUrl = options.wasmUrl ? new URL(options.wasmUrl, import.meta.url) : new URL('./recoupe-core.wasm', import.meta.url);
  const moduleArguments = {
    locateFile: (path) => (path.endsWith('.wasm') ? wasmUrl.href : new URL(path, import.meta.url).href),
  };
  if (options.wasmBinary) {
    moduleArguments.wasmBinary = options.wasmBinary;
  } else if (isNode) {
    moduleArguments.wasmBinary = await readFileInNode(wasmUrl);
  }
  let core;
  try {
    core = await createRecoupeCore(moduleArguments);
  } catch (error) {
    throw new RecoupeError('load-failed', `could not load the Recoupe WebAssembly module: ${error?.message ?? error}`);
  }
  return new Recoupe(core);
}

/** A loaded Recoupe module. Create corpora from it. */
export class Recoupe {
  #core;

  constructor(core) {
    this.#core = core;
  }

  /** "recoupe X.Y.Z" */
  get version() {
    return this.#core._version();
  }

  /** Bytes allocated on the wasm heap, for diagnosing leaks. */
  heapBytesInUse() {
    return this.#core._heapBytesInUse();
  }

  /**
   * Creates an empty corpus. Call `delete()` on it when done to free wasm memory.
   * @param {{lang?: 'auto'|'fr'|'en', maxDocumentBytes?: number}} options
   */
  createCorpus(options = {}) {
    const lang = options.lang ?? 'auto';
    if (!LANGUAGES.has(lang)) throw new RecoupeError('invalid-argument', `lang must be auto, fr or en, not ${lang}`);
    const maxBytes = options.maxDocumentBytes ?? 0;
    if (typeof maxBytes !== 'number' || !(maxBytes >= 0)) {
      throw new RecoupeError('invalid-argument', 'maxDocumentBytes must be a positive number');
    }
    return new Corpus(new this.#core._Corpus(lang, maxBytes));
  }
}

/** A set of documents analysed together. */
export class Corpus {
  #handle;

  constructor(handle) {
    this.#handle = handle;
    leakedHandles.register(this, handle, this);
  }

  #live() {
    if (!this.#handle) throw new RecoupeError('deleted', 'this corpus has been deleted');
    return this.#handle;
  }

  /**
   * Adds a document, or replaces the one with the same id. Problems with the
   * document's content (binary, invalid UTF-8, too large) are not thrown: they
   * appear as `documents[i].error` in the result.
   * @param {{id: string, text?: string, bytes?: Uint8Array|ArrayBuffer, format?: 'txt'|'md'|'html'|'eml'}} document
   */
  add(document) {
    const handle = this.#live();
    const { id, text, bytes } = document ?? {};
    const format = document?.format ?? 'txt';
    if (typeof id !== 'string' || id.length === 0) throw new RecoupeError('invalid-argument', 'a document needs a non-empty string id');
    if (!FORMATS.has(format)) throw new RecoupeError('unsupported-format', `unsupported format: ${format}`);
    let content;
    if (typeof text === 'string') content = text;
    else if (bytes instanceof Uint8Array) content = bytes;
    else if (bytes instanceof ArrayBuffer) content = new Uint8Array(bytes);
    else throw new RecoupeError('invalid-argument', `document ${id} needs a text string or bytes`);
    const status = handle._add(id, content, format);
    if (status) {
      const { code, message } = JSON.parse(status);
      throw new RecoupeError(code, message);
    }
  }

  /** Removes a document; returns false when there was none with that id. */
  remove(id) {
    return this.#live()._remove(String(id));
  }

  /** Removes every document. */
  clear() {
    this.#live()._clear();
  }

  /** Number of documents. */
  get size() {
    return this.#live()._size();
  }

  /**
   * Analyses the documents that changed and links the whole corpus.
   * Returns a plain object following recoupe.analysis/1.
   */
  analyze(options = {}) {
    const handle = this.#live();
    const total = handle._size();
    options.onProgress?.({ done: 0, total });
    const result = JSON.parse(handle._analyze());
    options.onProgress?.({ done: total, total });
    return result;
  }

  /** The analysed plain text of a document, which mention offsets index. */
  text(id) {
    return this.#live()._text(String(id));
  }

  /**
   * Sets the alias file applied by every later analyze(): an object or its
   * JSON text (see the README). Throws RecoupeError `invalid-aliases` when it
   * is malformed, and keeps the previous rules.
   */
  setAliases(aliases) {
    const handle = this.#live();
    let text;
    if (typeof aliases === 'string') text = aliases;
    else if (aliases && typeof aliases === 'object') text = JSON.stringify(aliases);
    else throw new RecoupeError('invalid-aliases', 'aliases must be an object or a JSON string');
    const status = handle._setAliases(text);
    if (status) {
      const { code, message } = JSON.parse(status);
      throw new RecoupeError(code, message);
    }
  }

  /**
   * Accent- and case-insensitive search in the last analysis: entities whose
   * name or aliases contain the query, and hits in the documents with snippets.
   */
  search(query) {
    return JSON.parse(this.#live()._search(String(query ?? '')));
  }

  /** Every mention of an entity of the last analysis ("e12"), with its keyword-in-context snippet. */
  entityMentions(entityId) {
    const match = /^e(\d+)$/.exec(String(entityId));
    if (!match) return [];
    return JSON.parse(this.#live()._entityMentions(Number(match[1]) - 1));
  }

  /** Frees the wasm memory of this corpus. Further calls throw. */
  delete() {
    if (!this.#handle) return;
    leakedHandles.unregister(this);
    this.#handle.delete();
    this.#handle = null;
  }
}
