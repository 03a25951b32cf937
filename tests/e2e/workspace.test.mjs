// End-to-end: the investigation workspace. Views, curation with undo,
// exports, persistence, hostile input, folder/.json/.eml input, cancel, and
// (reported, not asserted) timings.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DOC_ITEMS, READER_MARKS, ensureScreenshotDir, newPage, openDemoWorkspace, seedsDir, seedsPresent, siteDir, startServer, useBrowser, waitForDocuments } from './helpers.mjs';

const VIEWS = ['documents', 'reader', 'entities', 'entity', 'xref', 'timeline', 'search', 'curation'];
const SKIP_NOTE = `seeds not present (${seedsDir}): using the demo corpus`;

const browser = useBrowser();

function assertPrivate(log, origin, violations) {
  assert.deepEqual(log.pageErrors, [], 'no uncaught page errors');
  assert.deepEqual(log.dialogs, [], 'no alert/confirm/prompt');
  assert.deepEqual(log.cspConsole, [], 'no CSP message on the console');
  assert.deepEqual(violations, [], 'no securitypolicyviolation event');
  const foreign = log.requests.filter((url) => {
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
  assert.deepEqual(foreign, [], 'no request leaves the local server');
}

const analysedCount = (page) => page.evaluate(() => Number(document.body.dataset.analysed || 0));

/** Wait until a new analysis (after `before`) has been shown and nothing runs. */
async function waitAnalysed(page, before, timeout = 60000) {
  await page.waitForFunction(
    (n) => Number(document.body.dataset.analysed || 0) > n && !document.body.classList.contains('busy'),
    before,
    { timeout },
  );
}

async function entityCount(page) {
  await page.click('#tab-entities');
  return page.$$eval('#view-entities [data-entity-id]', (els) => els.length);
}

function demoTexts() {
  const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'demo', 'manifest.json'), 'utf8'));
  return manifest.documents.map((f) => fs.readFileSync(path.join(siteDir, 'demo', f), 'utf8'));
}

test('every view renders real content on the seeds (or the demo); screenshots; first highlights timing', async (t) => {
  const useSeeds = seedsPresent();
  if (!useSeeds) t.diagnostic(`SKIPPED seeds: ${SKIP_NOTE}`);
  const expected = useSeeds ? fs.readdirSync(seedsDir).filter((f) => /\.(txt|md|html?|eml)$/i.test(f)).length : 4;
  const server = await startServer({ corpus: useSeeds ? seedsDir : null });
  t.after(() => server.stop());
  const dir = ensureScreenshotDir();

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { context, page, log } = await newPage(browser(), { viewport });
    try {
      await page.goto(server.url);
      await waitForDocuments(page, expected);
      await page.waitForSelector(READER_MARKS);
      if (viewport.width === 1280) {
        await page.waitForFunction(() => window.__recoupe.firstHighlights !== null);
        const { painted, loaded } = await page.evaluate(() => ({
          painted: window.__recoupe.firstHighlights,
          loaded: performance.getEntriesByType('navigation')[0].loadEventEnd,
        }));
        const timing = `${Math.round(painted)} ms after navigation start, ${Math.round(painted - loaded)} ms after the load event`;
        t.diagnostic(`first highlights painted (${useSeeds ? 'seeds' : 'demo'}): ${timing}`);
        fs.writeFileSync(path.join(dir, 'timing-first-highlights.txt'), `${timing}\n`);
      }
      const shot = (name) => page.screenshot({ path: path.join(dir, `${name}-${viewport.width}x${viewport.height}.png`) });

      // Documents: a row per document with its language and entity counts.
      await page.click('#tab-documents');
      assert.equal(await page.$$eval('#view-documents tbody tr', (els) => els.length), expected);
      assert.ok((await page.$$eval('#view-documents .type-counts .badge', (els) => els.length)) > 0, 'entity counts by type');
      assert.match(await page.getAttribute('#tab-documents', 'aria-selected'), /true/);
      assert.match(await page.evaluate(() => location.hash), /view=documents/);
      await shot('view-documents');

      // Reader: highlights, legend, tooltip on hover.
      await page.click('#tab-reader');
      assert.ok((await page.$$(READER_MARKS)).length > 0);
      assert.ok((await page.$$('#legend input[type=checkbox]')).length > 0, 'legend checkboxes');
      const mark = page.locator(READER_MARKS).first();
      await mark.hover();
      assert.ok(await page.isVisible('#tooltip'), 'hovering a mention shows the tooltip');
      assert.equal(await mark.getAttribute('aria-describedby'), 'tooltip');
      assert.match(await page.textContent('#tooltip'), /mentions?/);
      await shot('view-reader');

      // Entities: grouped by type, filter by text.
      await page.click('#tab-entities');
      const groups = await page.$$eval('#view-entities .entity-card', (els) => els.length);
      assert.ok(groups >= 2, `entities are grouped by type (${groups})`);
      const all = await page.$$eval('#view-entities [data-entity-id]', (els) => els.length);
      const firstName = await page.textContent('#view-entities [data-entity-id] .entity-open');
      await page.fill('#entities-query', firstName.slice(0, 5));
      const filtered = await page.$$eval('#view-entities [data-entity-id]:not([hidden])', (els) => els.length);
      assert.ok(filtered >= 1 && filtered < all, `the text filter narrows the list (${filtered}/${all})`);
      await page.fill('#entities-query', '');
      await shot('view-entities');

      // Entity page: the most mentioned person or organisation.
      await page.click('#view-entities [data-group-type="ORG"] [data-open], #view-entities [data-group-type="PERSON"] [data-open]');
      await page.waitForSelector('#view-entity .kwic-line');
      assert.ok((await page.$$('#view-entity .kwic-line')).length >= 1, 'mentions in context');
      assert.ok((await page.$$('#view-entity [data-open-doc]')).length >= 1, 'documents it appears in');
      await shot('view-entity');
      // A mention in context jumps to its place in the reader.
      const jumpDoc = await page.getAttribute('#view-entity .kwic-line', 'data-jump');
      await page.click('#view-entity .kwic-line');
      assert.equal(await page.getAttribute('#reader', 'data-doc-id'), jumpDoc);
      assert.ok(await page.isVisible('#reader .place'), 'the place is marked in the reader');

      // Cross-references: heat map and network.
      await page.click('#tab-xref');
      assert.ok((await page.$$('#view-xref .heatmap tbody tr')).length >= 2, 'heat map rows');
      assert.ok((await page.$$('#view-xref .heat .cell')).length >= 2, 'heat map cells');
      const nodes = await page.$$('#view-xref .network [data-node]');
      assert.ok(nodes.length >= 2, 'network nodes');
      const before = await page.getAttribute('#view-xref .viewport', 'transform');
      await page.click('#view-xref [data-zoom="in"]');
      assert.notEqual(await page.getAttribute('#view-xref .viewport', 'transform'), before, 'the zoom button zooms');
      await shot('view-xref');
      const nodeId = await page.getAttribute('#view-xref .network [data-node]', 'data-node');
      await page.focus(`#view-xref [data-node="${nodeId}"]`);
      await page.keyboard.press('Enter');
      assert.match(await page.evaluate(() => location.hash), new RegExp(`view=entity.*entity=${nodeId}`));

      // Timeline.
      await page.click('#tab-timeline');
      assert.ok((await page.$$('#view-timeline .tl-group')).length >= 1, 'dated groups');
      await shot('view-timeline');

      // Search, insensitive to accents and case.
      await page.click('#tab-search');
      const word = useSeeds ? 'the' : 'HALVORSEN';
      await page.fill('#search-input', word);
      await page.waitForSelector('#view-search .kwic-line');
      await shot('view-search');
      await page.click('#view-search .kwic-line');
      assert.ok(await page.isVisible('#reader .place'));

      // Curation.
      await page.click('#tab-curation');
      assert.ok(await page.isVisible('#view-curation [data-act="undo"]'));
      await shot('view-curation');

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
      assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
    } finally {
      await context.close();
    }
  }
});

test('curation: a merge changes the entity count and undo brings it back; persistence across reload', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());

  const initial = await entityCount(page);
  const people = await page.$$eval('#view-entities [data-group-type="PERSON"] [data-entity-id]', (els) => els.slice(0, 2).map((e) => e.dataset.entityId));
  assert.equal(people.length, 2);
  for (const id of people) await page.check(`#view-entities input[data-select="${id}"]`);
  let n = await analysedCount(page);
  await page.click('#merge-selected');
  await waitAnalysed(page, n);
  assert.equal(await entityCount(page), initial - 1, 'merging two entities leaves one fewer');

  n = await analysedCount(page);
  await page.click('#tab-curation');
  await page.click('#view-curation [data-act="undo"]');
  await waitAnalysed(page, n);
  assert.equal(await entityCount(page), initial, 'undo restores the count');

  n = await analysedCount(page);
  await page.click('#tab-curation');
  await page.click('#view-curation [data-act="redo"]');
  await waitAnalysed(page, n);
  assert.equal(await entityCount(page), initial - 1, 'redo merges again');

  // Rename an entity and paste a document: both survive a reload.
  await page.click('#view-entities [data-group-type="ORG"] [data-open]');
  await page.waitForSelector('#view-entity [data-act="rename"]');
  await page.click('#view-entity [data-act="rename"]');
  await page.fill('#dialog-input', 'Renamed Organisation Ltd');
  n = await analysedCount(page);
  await page.click('#dialog-ok');
  await waitAnalysed(page, n);
  assert.equal((await page.textContent('#entity-page-title')).trim(), 'Renamed Organisation Ltd', 'the entity page follows the renamed entity');

  await page.click('#paste-box summary');
  await page.fill('#paste-text', 'Note de la rédaction : Camille Vasseur a rencontré Mme Hélène Marchetti à Marseille le 3 avril 2024.');
  n = await analysedCount(page);
  await page.click('#paste-add');
  await waitAnalysed(page, n);
  await waitForDocuments(page, 5);
  const afterCount = await entityCount(page);
  await page.click('#legend input[type=checkbox] >> nth=0').catch(() => {});

  await page.reload();
  await waitForDocuments(page, 5);
  assert.ok(await page.$(`${DOC_ITEMS}[data-doc-id^="pasted-"]`), 'the pasted document is back');
  assert.equal(await entityCount(page), afterCount, 'the curated entity count is back');
  const names = await page.$$eval('#view-entities .entity-open', (els) => els.map((e) => e.textContent));
  assert.ok(names.includes('Renamed Organisation Ltd'), 'the rename survived the reload');
  await page.click('#tab-curation');
  assert.ok((await page.$$('#view-curation .rule')).length >= 2, 'the alias file rules are back');

  // Clear everything (confirmed) wipes the store.
  await page.click('#clear-all');
  await page.click('#dialog-ok');
  await page.waitForFunction(() => document.querySelectorAll('#doc-list [data-doc-id]').length === 0);
  const stored = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const req = indexedDB.open('recoupe');
        req.onsuccess = () => {
          const tx = req.result.transaction(['docs'], 'readonly');
          const r = tx.objectStore('docs').count();
          r.onsuccess = () => resolve(r.result);
        };
      }),
  );
  assert.equal(stored, 0, 'no document left in IndexedDB');
  assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
});

test('exports: JSON result, CSV tables, standalone HTML report with escaped text', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser(), { acceptDownloads: true });
  const n = await analysedCount(page);
  await page.setInputFiles('#file-input', [
    { name: '<img src=x onerror=alert(1)>.txt', mimeType: 'text/plain', buffer: Buffer.from('<script>window.__pwned=1</script> Rapport sur Oslo, écrit le 3 avril 2024 par Mme Ingrid Solberg.\n') },
  ]);
  await waitAnalysed(page, n);

  async function grab(button) {
    await page.click('#export-box summary');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  }
  const json = await grab('#export-json');
  const result = JSON.parse(json.text);
  assert.equal(result.format, 'recoupe.analysis/1');
  assert.equal(result.documents.length, 5);
  for (const [button, header] of [
    ['#export-entities-csv', 'id,type,name,aliases,documents,mentionCount,kb'],
    ['#export-mentions-csv', 'doc,start,end,text,type,entity,entityName,value,source,score,nested'],
    ['#export-links-csv', 'a,aName,b,bName,weight,documents'],
  ]) {
    const csv = await grab(button);
    assert.equal(csv.text.split('\r\n')[0], header, `${button} header row`);
    assert.ok(csv.text.split('\r\n').length > 2, `${button} has rows`);
  }
  const report = await grab('#export-html');
  assert.match(report.name, /\.html$/);
  assert.ok(!/<script/i.test(report.text), 'the report has no <script');
  assert.ok(report.text.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;'), 'document text is escaped');
  assert.ok(report.text.includes('&lt;img src=x onerror=alert(1)&gt;.txt'), 'document names are escaped');
  assert.ok(!/<img/i.test(report.text), 'no element comes from the documents');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
});

test('hostile document: nothing runs in any view', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());
  const name = '<img src=x onerror=alert(1)>.txt';
  const text =
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><svg onload="window.__pwned=3">\n' +
    'Le « Collectif <b>Onerror</b> » de Paris a écrit à Jean Dupont le 4 avril 2024 : « <img src=x onerror=alert(2)> est dangereux ».\n';
  const n = await analysedCount(page);
  await page.setInputFiles('#file-input', [{ name, mimeType: 'text/plain', buffer: Buffer.from(text) }]);
  await waitAnalysed(page, n);
  await page.click(`${DOC_ITEMS}[data-doc-id="${name.replace(/"/g, '\\"')}"]`);
  assert.ok((await page.textContent('#reader')).includes('<script>window.__pwned=1</script>'));
  for (const view of VIEWS) {
    await page.click(`#tab-${view}`);
    if (view === 'search') {
      await page.fill('#search-input', 'onerror');
      await page.waitForSelector('#view-search .kwic-line, #view-search .chip');
    }
  }
  assert.equal(await page.$$eval('img, script:not([src]), svg [onload], [onerror]', (els) => els.length), 0, 'no element from the document');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
});

test('inputs: a dropped folder (walked iteratively), a .json array and an .eml message', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());

  // A folder drop, as Chromium presents it: FileSystemEntry objects.
  let n = await analysedCount(page);
  await page.evaluate(() => {
    const file = (dir, name, content) => ({
      isFile: true,
      isDirectory: false,
      name,
      fullPath: `${dir}/${name}`,
      file: (ok) => ok(new File([content], name)),
    });
    const folder = (fullPath, children) => ({
      isFile: false,
      isDirectory: true,
      name: fullPath.split('/').pop(),
      fullPath,
      createReader() {
        // Entries come in batches, then an empty batch.
        const batches = [children.slice(0, 1), children.slice(1), []];
        return { readEntries: (ok) => setTimeout(() => ok(batches.shift() || []), 0) };
      },
    });
    const deep = folder('/dossier/notes/2024', [file('/dossier/notes/2024', 'c.txt', 'Rencontre à Lyon avec Mme Claire Fontaine le 2 mai 2024.')]);
    const sub = folder('/dossier/notes', [file('/dossier/notes', 'b.md', '# Memo\n\nThe Oslo office of Halvorsen Maritime called Europol.'), deep]);
    const root = folder('/dossier', [
      file('/dossier', 'a.txt', 'Lettre de M. Paul Girard, Marseille, 1er mars 2024.'),
      sub,
      file('/dossier', '.hidden.txt', 'hidden'),
      file('/dossier', 'photo.png', 'not a document'),
    ]);
    const event = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'dataTransfer', {
      value: { types: ['Files'], files: [], items: [{ kind: 'file', webkitGetAsEntry: () => root }] },
    });
    document.getElementById('drop-zone').dispatchEvent(event);
  });
  await waitAnalysed(page, n);
  await waitForDocuments(page, 7);
  const ids = await page.$$eval(DOC_ITEMS, (els) => els.map((e) => e.dataset.docId));
  for (const id of ['dossier/a.txt', 'dossier/notes/b.md', 'dossier/notes/2024/c.txt']) assert.ok(ids.includes(id), `${id} was added`);
  assert.ok(!ids.some((id) => /hidden|photo/.test(id)), 'hidden files and non-documents are skipped');

  // A .json array of {id, text} becomes several documents.
  n = await analysedCount(page);
  const items = [
    { id: 'json-1', text: 'Le ministre Paul Girard a visité Rotterdam le 5 mars 2024.' },
    { id: 'json-2', text: 'Brightwater Labs published its audit in Amsterdam on March 20, 2024.' },
  ];
  await page.setInputFiles('#file-input', [{ name: 'batch.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(items)) }]);
  await waitAnalysed(page, n);
  await waitForDocuments(page, 9);
  const after = await page.$$eval(DOC_ITEMS, (els) => els.map((e) => e.dataset.docId));
  assert.ok(after.includes('json-1') && after.includes('json-2'), 'one document per JSON entry');

  // An e-mail.
  const eml = [
    'From: Ingrid Solberg <ingrid.solberg@halvorsen-maritime.example>',
    'To: Camille Vasseur <camille.vasseur@gazette.example>',
    'Subject: Re: the Marseille terminal',
    'Date: Tue, 12 Mar 2024 09:15:00 +0100',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Dear Ms Vasseur, Halvorsen Maritime will answer your questions about Rotterdam on Friday.',
    '',
  ].join('\r\n');
  n = await analysedCount(page);
  await page.setInputFiles('#file-input', [{ name: 'reply.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) }]);
  await waitAnalysed(page, n);
  await waitForDocuments(page, 10);
  await page.click(`${DOC_ITEMS}[data-doc-id="reply.eml"]`);
  const types = await page.$$eval(READER_MARKS, (els) => els.map((e) => e.dataset.type));
  assert.ok(types.includes('EMAIL') || types.includes('PERSON'), `the e-mail is analysed (${types.join(',')})`);
  assert.ok(!(await page.textContent('#reader')).includes('Content-Type'), 'MIME headers are parsed, not shown as body text');
  assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
});

test('cancel during the analysis of a large pasted text keeps the UI responsive', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());
  const texts = demoTexts();
  let big = '';
  for (let i = 0; big.length < 6e6; i++) big += `${texts[i % texts.length]}\n\n`;
  await page.click('#paste-box summary');
  await page.evaluate((value) => {
    document.getElementById('paste-text').value = value;
  }, big);
  await page.click('#paste-add');
  await page.waitForSelector('#progress:not([hidden])');
  // The page still answers while the worker analyses.
  await page.click('#tab-documents');
  assert.equal(await page.getAttribute('#tab-documents', 'aria-selected'), 'true');
  await page.click('#tab-reader');
  assert.equal(await page.getAttribute('#tab-reader', 'aria-selected'), 'true');
  assert.ok(await page.evaluate(() => document.body.classList.contains('busy')), 'the analysis is still running');
  await page.click('#cancel');
  await page.waitForFunction(() => !document.body.classList.contains('busy'), null, { timeout: 60000 });
  await waitForDocuments(page, 4);
  assert.match(await page.textContent('#status'), /cancelled/i);
  assert.equal(await page.$(`${DOC_ITEMS}[data-doc-id^="pasted-"]`), null, 'the cancelled document was not added');
  // The restarted worker answers: search works.
  await page.click('#tab-search');
  await page.fill('#search-input', 'halvorsen');
  await page.waitForSelector('#view-search .kwic-line');
  assertPrivate(log, server.origin, await page.evaluate(() => window.__cspViolations));
});

test('measure: a 20 MB set is analysed while the UI keeps drawing frames (reported, not asserted)', async (t) => {
  const { page } = await openDemoWorkspace(t, browser());
  const texts = demoTexts();
  const files = [];
  let bytes = 0;
  for (let i = 0; bytes < 20e6; ) {
    let text = '';
    while (text.length < 200000) text += `${texts[i++ % texts.length]}\n\n`;
    const buffer = Buffer.from(text);
    bytes += buffer.length;
    files.push({ name: `big-${String(files.length).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer });
  }
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (ts) => {
      window.__frames.push(ts);
      window.__raf = requestAnimationFrame(tick);
    };
    window.__raf = requestAnimationFrame(tick);
    document.getElementById('file-input').addEventListener('change', () => (window.__t0 = performance.now()), { capture: true, once: true });
    new MutationObserver(() => {
      if (window.__t1 === undefined) window.__t1 = performance.now();
    }).observe(document.body, { attributes: true, attributeFilter: ['data-analysed'] });
  });
  const n = await analysedCount(page);
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction(() => document.body.classList.contains('busy') || window.__t1 !== undefined);
  // Interaction latency while the worker analyses.
  const latencies = [];
  for (let i = 0; i < 5; i++) {
    const busy = await page.evaluate(() => document.body.classList.contains('busy'));
    if (!busy) break;
    const t0 = Date.now();
    await page.click(i % 2 ? '#tab-reader' : '#tab-documents');
    latencies.push(Date.now() - t0);
    await page.waitForTimeout(500);
  }
  await page.click('#tab-reader');
  await waitAnalysed(page, n, 300000);
  const m = await page.evaluate(() => {
    cancelAnimationFrame(window.__raf);
    const frames = window.__frames.filter((f) => f >= window.__t0 && f <= window.__t1);
    let gap = 0;
    for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i] - frames[i - 1]);
    return { ms: window.__t1 - window.__t0, frames: frames.length, maxGap: gap };
  });
  const docs = await page.$$eval(DOC_ITEMS, (els) => els.length);
  const line =
    `20 MB set: ${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB analysed in ${(m.ms / 1000).toFixed(1)} s; ` +
    `${m.frames} animation frames during it (${((m.frames * 1000) / m.ms).toFixed(0)} fps), longest frame gap ${Math.round(m.maxGap)} ms; ` +
    `click latency while busy: ${latencies.length ? latencies.join(', ') + ' ms' : 'n/a'}`;
  t.diagnostic(line);
  fs.writeFileSync(path.join(ensureScreenshotDir(), 'timing-20mb.txt'), `${line}\n`);
  assert.equal(docs, 4 + files.length);
});
