// Starts the analysis worker from the page's first script, before the views'
// modules have loaded, so that the engine downloads and compiles while they
// load. The client adopts this first worker and starts later ones itself.

const EVENT_TYPES = ['message', 'error', 'messageerror'];

/**
 * Start a worker that keeps the events it receives until drain() hands them
 * over, so that nothing it says before the client listens is lost.
 */
export function startWorker() {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const backlog = [];
  const keep = (event) => {
    if (event.type === 'error') event.preventDefault();
    backlog.push(event);
  };
  for (const type of EVENT_TYPES) worker.addEventListener(type, keep);
  return {
    worker,
    drain() {
      for (const type of EVENT_TYPES) worker.removeEventListener(type, keep);
      return backlog.splice(0);
    },
  };
}

let early = startWorker();

/** The worker started when the page opened, once; null afterwards. */
export function takeEarlyWorker() {
  const started = early;
  early = null;
  return started;
}
