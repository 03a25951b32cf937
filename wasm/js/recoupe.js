// Public JavaScript API of Recoupe. It wraps the raw Embind classes of
// recoupe-core.js: it converts arguments, copies results out of the wasm heap
// as plain objects, frees what it allocates, and throws RecoupeError.
import createRecoupeCore from './recoupe-core.js';

const FORMATS = new Set(['txt', 'md', 'html', 'eml']);
const LANGUAGES = new Set(['auto', 'fr', 'en']);
const DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

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

// A WebAssembly trap or an Emscripten abort leaves the module's memory in an
// unknown state: the module is marked unusable and every later call throws.
// Near the memory cap it is an out-of-memory, otherwise an abort.
function guarded(state, call) {
  if (state.dead) throw new RecoupeError(state.dead, `the Recoupe module stopped (${state.dead}); load a new one`);
  try {
    return call();
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError) && !/^Aborted\b|out of memory/i.test(error?.message ?? '')) throw error;
    let size = 0;
    try {
      size = state.core.HEAP8?.length ?? state.core._memoryBytes();
    } catch {}
    state.dead = size >= 0.9 * state.limit || /memory|alloc/i.test(error.message) ? 'out-of-memory' : 'aborted';
    throw new RecoupeError(state.dead, `the Recoupe module stopped (${state.dead}): ${error.message}`);
  }
}

function throwStatus(status) {
  const { code, message } = JSON.parse(status);
  throw new RecoupeError(code, message);
}

// Handles that were garbage-collected without delete() are freed here.
const leakedHandles = new FinalizationRegistry((handle) => {
  if (!handle.isDeleted()) handle.delete();
});

// Compiles the module as `response` downloads; if that fails (a network error,
// a server that does not send application/wasm), from a new fetch's bytes.
async function instantiateFrom(response, wasmUrl, imports) {
  try {
    return await WebAssembly.instantiateStreaming(response, imports);
  } catch {
    const retry = await fetch(wasmUrl);
    if (!retry.ok) throw new Error(`HTTP ${retry.status} for ${wasmUrl.href}`);
    return WebAssembly.instantiate(await retry.arrayBuffer(), imports);
  }
}

/**
 * Loads the WebAssembly module. In browsers and workers the .wasm is fetched
 * next to this file; in Node it is read from disk.
 */
export async function createRecoupe(options = {}) {
  const wasmUrl = options.wasmUrl ? new URL(options.wasmUrl, import.meta.url) : new URL('./recoupe-core.wasm', import.meta.url);
  const moduleArguments = {
    locateFile: (path) => (path.endsWith('.wasm') ? wasmUrl.href : new URL(path, import.meta.url).href),
  };
  let streamingFailed = null;
  if (options.wasmBinary) {
    moduleArguments.wasmBinary = options.wasmBinary;
  } else if (isNode) {
    moduleArguments.wasmBinary = await readFileInNode(wasmUrl);
  } else if (options.wasmResponse) {
    streamingFailed = new Promise((_, reject) => {
      moduleArguments.instantiateWasm = (imports, receiveInstance) => {
        instantiateFrom(options.wasmResponse, wasmUrl, imports).then(
          ({ instance, module }) => receiveInstance(instance, module),
          reject,
        );
        return {}; // the exports arrive through receiveInstance
      };
    });
  }
  let core;
  try {
    const loading = createRecoupeCore(moduleArguments);
    core = await (streamingFailed ? Promise.race([loading, streamingFailed]) : loading);
  } catch (error) {
    throw new RecoupeError('load-failed', `could not load the Recoupe WebAssembly module: ${error?.message ?? error}`);
  }
  return new Recoupe(core);
}

/** A loaded Recoupe module. Create corpora from it. */
export class Recoupe {
  #core;
  #state;

  constructor(core) {
    this.#core = core;
    this.#state = { core, dead: null, limit: core._memoryLimit() };
  }

  /** The cap of the module's memory in bytes (1 GiB); documents that would not fit are errors. */
  get memoryLimit() {
    return this.#state.limit;
  }

  /** Size of the module's memory in bytes; it only grows, so this is its peak. */
  memoryBytes() {
    return this.#core._memoryBytes();
  }

  /** False once the module has aborted (RecoupeError out-of-memory or aborted): load a new one. */
  get usable() {
    return !this.#state.dead;
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
    const corpus = guarded(this.#state, () => new this.#core._Corpus(lang, maxBytes));
    return new Corpus(corpus, this.#state, maxBytes || DEFAULT_MAX_DOCUMENT_BYTES);
  }
}

/** A set of documents analysed together. */
export class Corpus {
  #handle;
  #state;
  #maxBytes;

  constructor(handle, state, maxBytes) {
    this.#handle = handle;
    this.#state = state;
    this.#maxBytes = maxBytes;
    leakedHandles.register(this, handle, this);
  }

  #live() {
    if (!this.#handle) throw new RecoupeError('deleted', 'this corpus has been deleted');
    return this.#handle;
  }

  #call(method, ...args) {
    const handle = this.#live();
    return guarded(this.#state, () => handle[method](...args));
  }

  /**
   * Adds a document, or replaces the one with the same id. Problems with the
   * document's content (binary, invalid UTF-8, too large) are not thrown: they
   * appear as `documents[i].error` in the result.
   * @param {{id: string, text?: string, bytes?: Uint8Array|ArrayBuffer, format?: 'txt'|'md'|'html'|'eml'}} document
   */
  add(document) {
    this.#live();
    const { id, text, bytes } = document ?? {};
    const format = document?.format ?? 'txt';
    if (typeof id !== 'string' || id.length === 0) throw new RecoupeError('invalid-argument', 'a document needs a non-empty string id');
    if (!FORMATS.has(format)) throw new RecoupeError('unsupported-format', `unsupported format: ${format}`);
    let content;
    if (typeof text === 'string') content = text;
    else if (bytes instanceof Uint8Array) content = bytes;
    else if (bytes instanceof ArrayBuffer) content = new Uint8Array(bytes);
    else throw new RecoupeError('invalid-argument', `document ${id} needs a text string or bytes`);
    // Over the limit, it is not even copied into the module's memory (a string has at least as many bytes as units).
    const size = typeof content === 'string' ? content.length : content.byteLength;
    if (size > this.#maxBytes) {
      this.#call('_addFailed', id, 'too-large', `document is ${typeof content === 'string' ? 'at least ' : ''}${size} bytes, over the limit of ${this.#maxBytes} bytes`);
      return;
    }
    // Embind copies the bytes with a malloc it does not check: refuse what would not fit.
    const needed = size + (1 << 20);
    if (needed > guarded(this.#state, () => this.#state.core._availableMemory(needed))) {
      this.#call('_addFailed', id, 'out-of-memory', `document of ${size} bytes does not fit in the memory left`);
      return;
    }
    const status = this.#call('_add', id, content, format);
    if (status) throwStatus(status);
  }

  /** Removes a document; returns false when there was none with that id. */
  remove(id) {
    return this.#call('_remove', String(id));
  }

  /** Removes every document. */
  clear() {
    this.#call('_clear');
  }

  /** Number of documents. */
  get size() {
    return this.#call('_size');
  }

  /**
   * Analyses the documents that changed and links the whole corpus.
   * Returns a plain object following recoupe.analysis/1.
   */
  analyze(options = {}) {
    const total = this.#call('_size');
    options.onProgress?.({ done: 0, total });
    // The result comes in parts that are JSON texts of their own, each a
    // view of the wasm heap valid only during the callback: batches of the
    // items of an array, then the object itself with its arrays empty. Each
    // part is parsed at once, so the whole text never exists.
    const decoder = new TextDecoder();
    const arrays = new Map();
    let result = null;
    this.#call('_analyze', (array, bytes) => {
      const value = JSON.parse(decoder.decode(bytes));
      if (array === '') {
        result = value;
        return;
      }
      const items = arrays.get(array);
      if (!items) arrays.set(array, value);
      else for (const item of value) items.push(item);
    });
    for (const [array, items] of arrays) result[array] = items;
    options.onProgress?.({ done: total, total });
    return result;
  }

  /** The analysed plain text of a document, which mention offsets index. */
  text(id) {
    return this.#call('_text', String(id));
  }

  /**
   * Sets the alias file applied by every later analyze(): an object or its
   * JSON text (see the README). Throws RecoupeError `invalid-aliases` when it
   * is malformed, and keeps the previous rules.
   */
  setAliases(aliases) {
    this.#live();
    let text;
    if (typeof aliases === 'string') text = aliases;
    else if (aliases && typeof aliases === 'object') text = JSON.stringify(aliases);
    else throw new RecoupeError('invalid-aliases', 'aliases must be an object or a JSON string');
    const status = this.#call('_setAliases', text);
    if (status) throwStatus(status);
  }

  /**
   * Accent- and case-insensitive search in the last analysis: entities whose
   * name or aliases contain the query, and hits in the documents with snippets.
   */
  search(query) {
    return JSON.parse(this.#call('_search', String(query ?? '')));
  }

  /** Every mention of an entity of the last analysis ("e12"), with its keyword-in-context snippet. */
  entityMentions(entityId) {
    const match = /^e(\d+)$/.exec(String(entityId));
    if (!match) return [];
    return JSON.parse(this.#call('_entityMentions', Number(match[1]) - 1));
  }

  /** Frees the wasm memory of this corpus. Further calls throw. */
  delete() {
    if (!this.#handle) return;
    leakedHandles.unregister(this);
    if (!this.#state.dead) this.#handle.delete(); // a stopped module's memory is gone with it
    this.#handle = null;
  }
}
