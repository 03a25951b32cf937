// End-to-end: when the analysis worker dies (as it does when its WebAssembly
// module runs out of memory or aborts), the page starts a new worker with the
// documents it had, and the workspace keeps working.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOC_ITEMS, READER_MARKS, openDemoWorkspace, useBrowser, waitForDocuments } from './helpers.mjs';

const browser = useBrowser();

test('the page restarts a dead worker and keeps the documents', async (t) => {
  const { page, log } = await openDemoWorkspace(t, browser());
  await page.waitForSelector(READER_MARKS);
  const workersBefore = page.workers();
  assert.equal(workersBefore.length, 1, 'one analysis worker');

  // An uncaught error kills the worker's work the way a wasm abort does.
  const replaced = page.waitForEvent('worker');
  await workersBefore[0].evaluate(() => {
    setTimeout(() => {
      throw new Error('simulated crash of the analysis module');
    });
  });
  const fresh = await replaced;
  assert.notEqual(fresh, workersBefore[0], 'a new worker was started');

  // The status says what happened, and the documents come back from the new worker.
  await page.waitForFunction(() => /restarted/i.test(document.body.textContent));
  await waitForDocuments(page, 4);
  await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, READER_MARKS);
  assert.equal(await page.$$eval(DOC_ITEMS, (els) => els.length), 4);
  assert.deepEqual(log.dialogs, [], 'no dialog');
});
