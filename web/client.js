// Main-thread side of the analysis worker. All analysis runs in worker.js.
// Requests are numbered; each returns a promise. restart() terminates the
// worker (cancel, or after a crash) and rejects whatever was pending.

import { startWorker, takeEarlyWorker } from './early-worker.js';

export class AnalysisClient extends EventTarget {
  constructor() {
    super();
    this.ready = false;
    this.version = '';
    this.worker = null;
    this.nextReq = 1;
    this.pending = new Map(); // req -> { resolve, reject, onProgress, onPartial }
    this.generation = 0;
    this.#start();
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #start() {
    this.generation += 1;
    const generation = this.generation;
    this.ready = false;
    const started = takeEarlyWorker() || startWorker();
    const worker = started.worker;
    this.worker = worker;
    const handlers = {
      message: (event) => this.#onMessage(event.data),
      error: (event) => {
        event.preventDefault();
        this.#crash({ code: 'worker-failed', message: event.message || 'The analysis worker stopped.' });
      },
      messageerror: () => this.#crash({ code: 'worker-failed', message: 'A message from the analysis worker could not be read.' }),
    };
    const handle = (event) => {
      if (generation === this.generation) handlers[event.type](event);
    };
    for (const type of Object.keys(handlers)) worker.addEventListener(type, handle);
    for (const event of started.drain()) handle(event);
  }

  #crash(error) {
    this.#rejectAll(error);
    this.#emit('crash', error);
  }

  #rejectAll(error) {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      const err = new Error(error.message);
      err.code = error.code;
      p.reject(err);
    }
  }

  /** Terminate the worker (cancelling whatever it does) and start a fresh one. */
  restart(reason = { code: 'cancelled', message: 'Cancelled.' }) {
    this.worker.terminate();
    this.#rejectAll(reason);
    this.#start();
  }

  get busy() {
    return this.pending.size > 0;
  }

  #onMessage(message) {
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'ready') {
      this.ready = true;
      this.version = String(message.version || '');
      this.#emit('ready', message);
      return;
    }
    const entry = message.req !== undefined ? this.pending.get(message.req) : null;
    switch (message.type) {
      case 'progress':
        if (entry && entry.onProgress) entry.onProgress(message);
        break;
      case 'result':
        if (!entry) break;
        if (message.partial) {
          if (entry.onPartial) entry.onPartial(message);
        } else {
          this.pending.delete(message.req);
          entry.resolve(message);
        }
        break;
      case 'reply':
        if (!entry) break;
        this.pending.delete(message.req);
        entry.resolve(message.value);
        break;
      case 'error':
        if (entry) {
          this.pending.delete(message.req);
          const err = new Error(message.message || 'unknown problem');
          err.code = message.code || 'error';
          entry.reject(err);
        } else {
          this.#emit('error', message);
        }
        break;
      default:
        break;
    }
  }

  #request(message, { transfer = [], onProgress = null, onPartial = null } = {}) {
    const req = this.nextReq++;
    return new Promise((resolve, reject) => {
      this.pending.set(req, { resolve, reject, onProgress, onPartial });
      this.worker.postMessage({ ...message, req }, transfer);
    });
  }

  /**
   * docs: [{ id, bytes: ArrayBuffer, format }]. The bytes are copied (the
   * page keeps them to re-send after a restart). Resolves the final
   * {result, texts}; onPartial gets a first result for big sets.
   */
  load(docs, { aliases, onProgress, onPartial } = {}) {
    const message = { type: 'load', docs: docs.map((d) => ({ id: d.id, bytes: d.bytes, format: d.format })) };
    if (aliases !== undefined) message.aliases = aliases;
    return this.#request(message, { onProgress, onPartial });
  }

  remove(ids) {
    return this.#request({ type: 'remove', ids });
  }

  setAliases(aliases) {
    return this.#request({ type: 'aliases', aliases });
  }

  clear() {
    return this.#request({ type: 'clear' });
  }

  search(query) {
    return this.#request({ type: 'search', query });
  }

  entityMentions(entity) {
    return this.#request({ type: 'entityMentions', entity });
  }
}
