// Persistence in IndexedDB: the document set (id, format, bytes), the
// curation (alias file and dismissed suggestions) and the view state. Stays
// in this browser profile; "Clear everything" deletes it.

const DB_NAME = 'recoupe';
const DB_VERSION = 1;

function promisify(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export class Store {
  constructor() {
    this.db = null;
    this.available = typeof indexedDB !== 'undefined';
  }

  async open() {
    if (!this.available) return false;
    try {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('docs')) db.createObjectStore('docs', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('meta')) db.createObjectStore('meta');
      };
      this.db = await promisify(request);
      return true;
    } catch {
      this.available = false;
      return false;
    }
  }

  #tx(stores, mode, fn) {
    if (!this.db) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const tx = this.db.transaction(stores, mode);
      let value = null;
      tx.oncomplete = () => resolve(value);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
      Promise.resolve(fn(tx)).then((v) => {
        value = v;
      }, reject);
    });
  }

  /** [{id, format, bytes, size, added}] in the order they were added. */
  async loadDocs() {
    if (!this.db) return [];
    const all = await this.#tx(['docs'], 'readonly', (tx) => promisify(tx.objectStore('docs').getAll()));
    return (all || []).sort((a, b) => (a.added || 0) - (b.added || 0));
  }

  putDocs(docs) {
    return this.#tx(['docs'], 'readwrite', (tx) => {
      const store = tx.objectStore('docs');
      for (const d of docs) store.put({ id: d.id, format: d.format, bytes: d.bytes, size: d.size, added: d.added });
    });
  }

  deleteDocs(ids) {
    return this.#tx(['docs'], 'readwrite', (tx) => {
      const store = tx.objectStore('docs');
      for (const id of ids) store.delete(id);
    });
  }

  async get(key) {
    if (!this.db) return undefined;
    return this.#tx(['meta'], 'readonly', (tx) => promisify(tx.objectStore('meta').get(key)));
  }

  set(key, value) {
    return this.#tx(['meta'], 'readwrite', (tx) => {
      tx.objectStore('meta').put(value, key);
    });
  }

  clearAll() {
    return this.#tx(['docs', 'meta'], 'readwrite', (tx) => {
      tx.objectStore('docs').clear();
      tx.objectStore('meta').clear();
    });
  }
}
