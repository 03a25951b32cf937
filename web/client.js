// Main-thread side of the analysis worker. All analysis runs in worker.js.

export class AnalysisClient extends EventTarget {
  constructor() {
    super();
    this.ready = false;
    this.version = '';
    this.worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', (event) => this.#onMessage(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#emit('error', { code: 'worker-failed', message: event.message || 'The analysis worker could not start.' });
    });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #onMessage(message) {
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'ready') {
      this.ready = true;
      this.version = String(message.version || '');
    }
    this.#emit(message.type, message);
  }

  /** docs: [{ id, bytes: ArrayBuffer, format }]; the buffers are transferred. */
  add(docs) {
    const transfer = docs.map((d) => d.bytes).filter((b) => b instanceof ArrayBuffer);
    this.worker.postMessage({ type: 'add', docs }, transfer);
  }

  analyze() {
    this.worker.postMessage({ type: 'analyze' });
  }

  clear() {
    this.worker.postMessage({ type: 'clear' });
  }
}
