// Fetches the documents the page opens with (the server's preload folder, or
// else the demo) from the page's first scripts, while the views' modules and
// the browser's storage are still loading. On a first visit they are what the
// page shows first; on a later visit that restores saved documents, the few
// fetched here for nothing are dropped.

import { fetchDocuments, fetchManifest } from './loader.js';

/** How many documents are fetched ahead; the rest wait for the saved set. */
export const EARLY_DOCUMENTS = 6;

function start() {
  const listing = (async () => {
    const preload = await fetchManifest('preload/');
    if (preload) return { base: 'preload/', paths: preload };
    const demo = await fetchManifest('demo/');
    return demo ? { base: 'demo/', paths: demo } : { base: null, paths: null };
  })();
  const first = listing.then(({ base, paths }) =>
    base ? fetchDocuments(base, paths.slice(0, EARLY_DOCUMENTS)) : { docs: [], failures: [] },
  );
  return { listing, first };
}

let early = start();

/**
 * The fetches started when the page opened, once ({listing: Promise<{base,
 * paths}>, first: Promise<{docs, failures}> for paths.slice(0, EARLY_DOCUMENTS)});
 * null afterwards.
 */
export function takeEarlyFetch() {
  const started = early;
  early = null;
  return started;
}
