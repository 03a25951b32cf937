// End-to-end: the page on a preloaded corpus (the shared seeds when present)
// and on the built-in demo corpus.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DOC_ITEMS, READER_MARKS, ensureScreenshotDir, newPage, readerDocId, seedsDir, seedsPresent, siteDir, startServer, useBrowser, waitForDocuments } from './helpers.mjs';

const KNOWN_TYPES = new Set([
  'PERSON', 'ORG', 'LOC', 'WORK', 'EVENT', 'NORP', 'DATE', 'TIME', 'MONEY',
  'QUANTITY', 'PERCENT', 'EMAIL', 'URL', 'PHONE', 'HANDLE', 'HASHTAG',
]);
const SKIP_NOTE = `skipped: ../shared not present (${seedsDir})`;

const browser = useBrowser();

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], 'no uncaught page errors');
  assert.deepEqual(log.cspConsole, [], 'no CSP messages on the console');
  assert.deepEqual(log.dialogs, [], 'no dialogs');
}

async function marks(page) {
  return page.$$eval(READER_MARKS, (els) =>
    els.map((e) => ({ entity: e.dataset.entity, type: e.dataset.type, text: e.textContent, active: e.classList.contains('active') })),
  );
}

test('preloaded corpus: list, reader, entities, navigation, deep links, screenshots', async (t) => {
  const useSeeds = seedsPresent();
  const corpus = useSeeds ? seedsDir : null;
  const expectedIds = useSeeds
    ? fs.readdirSync(seedsDir).filter((f) => /\.(txt|md|html?|eml|json)$/i.test(f)).sort()
    : JSON.parse(fs.readFileSync(path.join(siteDir, 'demo', 'manifest.json'), 'utf8')).documents;
  if (!useSeeds) t.diagnostic(`${SKIP_NOTE}; running the generic checks on the demo corpus`);

  const server = await startServer({ corpus });
  t.after(() => server.stop());
  const { context, page, log } = await newPage(browser());
  t.after(() => context.close());

  await page.goto(server.url);
  await waitForDocuments(page, expectedIds.length);
  const ids = await page.$$eval(DOC_ITEMS, (els) => els.map((e) => e.dataset.docId));

  await t.test('the document list shows the 5 seed documents', async (st) => {
    if (!useSeeds) return st.skip(SKIP_NOTE);
    assert.equal(ids.length, 5);
    assert.deepEqual([...ids].sort(), expectedIds);
    const errors = await page.$$eval('#doc-list .doc-error', (els) => els.map((e) => e.textContent));
    assert.deepEqual(errors, [], 'no seed document is reported as unreadable');
  });

  await t.test('the document list shows every preloaded document', async () => {
    assert.deepEqual([...ids].sort(), [...expectedIds].sort());
    const metas = await page.$$eval('#doc-list .doc-meta', (els) => els.map((e) => e.textContent));
    assert.equal(metas.length, ids.length, 'each document shows its language, length and mention count');
    for (const meta of metas) assert.match(meta, /\d+ mentions?/);
  });

  await t.test('the reader highlights mentions of the first document', async () => {
    assert.equal(await readerDocId(page), ids[0]);
    assert.equal(await page.getAttribute(`${DOC_ITEMS}[aria-selected="true"]`, 'data-doc-id'), ids[0]);
    const found = await marks(page);
    assert.ok(found.length > 0, 'the reader has highlighted mentions');
    for (const m of found) {
      assert.ok(KNOWN_TYPES.has(m.type), `known mention type: ${m.type}`);
      assert.ok(m.entity, 'each mention points at an entity');
      assert.ok(m.text.length > 0, 'each mention has visible text');
    }
    const classesOk = await page.$$eval(READER_MARKS, (els) =>
      els.every((e) => e.tagName === 'MARK' && e.classList.contains('m') && e.classList.contains(`m-${e.dataset.type}`)),
    );
    assert.ok(classesOk, 'marks carry the classes m and m-TYPE');
  });

  await t.test('a seed document has at least 10 highlighted mentions', async (st) => {
    if (!useSeeds) return st.skip(SKIP_NOTE);
    const found = await marks(page);
    assert.ok(found.length >= 10, `expected >= 10 highlights in ${ids[0]}, got ${found.length}`);
  });

  await t.test('entities are listed, and every highlighted entity is in the list', async () => {
    const listed = await page.$$eval('[data-entity-id]', (els) => els.map((e) => e.dataset.entityId));
    assert.ok(listed.length > 0, 'entity entries exist');
    const set = new Set(listed);
    for (const m of await marks(page)) assert.ok(set.has(m.entity), `entity ${m.entity} of "${m.text}" is listed`);
    const focusable = await page.$$eval('[data-entity-id]', (els) => els.every((e) => e.tabIndex === 0));
    assert.ok(focusable, 'entity entries are keyboard-focusable');
  });

  let chosen;
  await t.test('clicking an entity marks its mentions active and shows its details', async () => {
    const found = await marks(page);
    chosen = found[found.length >> 1].entity;
    const entry = page.locator(`[data-entity-id="${chosen}"]`);
    await entry.click();
    const after = await marks(page);
    const mine = after.filter((m) => m.entity === chosen);
    assert.ok(mine.length > 0);
    assert.ok(mine.every((m) => m.active), 'all mentions of the entity are active');
    assert.ok(after.filter((m) => m.entity !== chosen).every((m) => !m.active), 'no other mention is active');
    assert.equal(await entry.getAttribute('aria-selected'), 'true');
    const name = (await entry.locator('.entity-name').textContent()).trim();
    assert.ok(await page.isVisible('#entity-detail'), 'the detail panel is shown');
    assert.ok((await page.textContent('#entity-detail')).includes(name), 'the detail panel names the entity');
    assert.ok((await page.$$('#entity-detail .detail-docs [data-open-doc]')).length >= 1, 'the detail panel lists documents');
    assert.match(await page.evaluate(() => location.hash), new RegExp(`entity=${encodeURIComponent(chosen)}`));
  });

  await t.test('the keyboard activates an entity with Enter', async () => {
    const other = (await marks(page)).find((m) => m.entity !== chosen);
    assert.ok(other, 'the document mentions at least two entities');
    await page.focus(`[data-entity-id="${other.entity}"]`);
    await page.keyboard.press('Enter');
    const after = await marks(page);
    assert.ok(after.filter((m) => m.entity === other.entity).every((m) => m.active));
    assert.ok(after.filter((m) => m.entity === chosen).every((m) => !m.active));
    await page.keyboard.press('Escape');
    assert.ok((await marks(page)).every((m) => !m.active), 'Escape clears the selection');
  });

  await t.test('the type legend toggles highlight visibility', async () => {
    const type = (await marks(page))[0].type;
    const box = page.locator(`#legend input[data-type="${type}"]`);
    const mark = page.locator(`${READER_MARKS}[data-type="${type}"]`).first();
    const before = await mark.evaluate((e) => getComputedStyle(e).backgroundColor);
    await box.uncheck();
    const hidden = await mark.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(hidden, before, 'unchecking removes the highlight colour');
    assert.equal(hidden, 'rgba(0, 0, 0, 0)');
    await box.check();
    assert.equal(await mark.evaluate((e) => getComputedStyle(e).backgroundColor), before);
  });

  await t.test('choosing another document changes the reader', async () => {
    const firstText = await page.textContent('#reader');
    await page.click(`${DOC_ITEMS}[data-doc-id="${ids[1]}"]`);
    assert.equal(await readerDocId(page), ids[1]);
    assert.notEqual(await page.textContent('#reader'), firstText);
    assert.equal(await page.getAttribute(`${DOC_ITEMS}[data-doc-id="${ids[1]}"]`, 'aria-selected'), 'true');
    assert.equal(await page.getAttribute(`${DOC_ITEMS}[data-doc-id="${ids[0]}"]`, 'aria-selected'), 'false');
    assert.match(await page.evaluate(() => location.hash), new RegExp(`doc=${encodeURIComponent(ids[1])}`));
  });

  await t.test('#entity= selects an entity from the URL', async () => {
    await page.evaluate((id) => { location.hash = `#entity=${encodeURIComponent(id)}`; }, chosen);
    await page.waitForFunction((id) => document.querySelector(`[data-entity-id="${id}"]`)?.getAttribute('aria-selected') === 'true', chosen);
    const found = await marks(page);
    assert.ok(found.some((m) => m.entity === chosen && m.active), 'the entity mentions are active in the reader');
  });

  await t.test('a #doc= deep link survives a reload', async () => {
    const target = ids[ids.length - 1];
    await page.goto(`${server.url}#doc=${encodeURIComponent(target)}`);
    await page.reload();
    await waitForDocuments(page, ids.length);
    assert.equal(await readerDocId(page), target);
    assert.equal(await page.getAttribute(`${DOC_ITEMS}[data-doc-id="${target}"]`, 'aria-selected'), 'true');
    assert.ok((await page.textContent('#reader-title')).trim().length > 0);
  });

  await t.test('screenshots at 1280x800 and 390x844; narrow screens stack the columns', async () => {
    const dir = ensureScreenshotDir();
    await page.goto(server.url);
    await waitForDocuments(page, ids.length);
    const someEntity = (await marks(page))[0].entity;
    await page.click(`[data-entity-id="${someEntity}"]`);
    await page.screenshot({ path: path.join(dir, 'page-1280x800.png') });
    const wide = await page.evaluate(() => ['.documents', '.reader-pane', '.entities'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
    assert.ok(wide[0].right <= wide[1].left && wide[1].right <= wide[2].left, 'three columns side by side at 1280px');

    const mobile = await newPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      await mobile.page.goto(server.url);
      await waitForDocuments(mobile.page, ids.length);
      await mobile.page.screenshot({ path: path.join(dir, 'page-390x844.png') });
      await mobile.page.screenshot({ path: path.join(dir, 'page-390x844-full.png'), fullPage: true });
      const boxes = await mobile.page.evaluate(() => ['.documents', '.reader-pane', '.entities'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
      assert.ok(boxes[0].bottom <= boxes[1].top && boxes[1].bottom <= boxes[2].top, 'columns stack at 390px');
      for (const box of boxes) assert.ok(box.width >= 300 && box.height >= 120, `stacked panes are usable: ${JSON.stringify(box)}`);
      // Nothing spills out of its pane (content would overlap the next one).
      const spills = await mobile.page.evaluate(() =>
        ['.documents', '.reader-pane', '.entities']
          .map((s) => document.querySelector(s))
          .filter((pane) => pane.scrollHeight > pane.clientHeight + 1)
          .map((pane) => pane.className),
      );
      assert.deepEqual(spills, [], 'no pane content overflows its box');
      // The first document entry is really visible, not covered.
      const firstDocVisible = await mobile.page.evaluate((sel) => {
        const item = document.querySelector(sel);
        item.scrollIntoView({ block: 'center' });
        const r = item.getBoundingClientRect();
        return item.contains(document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(10, r.height / 2)));
      }, DOC_ITEMS);
      assert.ok(firstDocVisible, 'document entries are visible on a narrow screen');
      const overflow = await mobile.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at 390px (overflow ${overflow}px)`);
      assertClean(mobile.log);
    } finally {
      await mobile.context.close();
    }
  });

  await t.test('no errors, dialogs or CSP violations', async () => {
    assertClean(log);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  });
});

test('demo corpus loads automatically without --corpus', async (t) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(siteDir, 'demo', 'manifest.json'), 'utf8'));
  assert.equal(manifest.documents.length, 4);
  const server = await startServer();
  t.after(() => server.stop());
  const { context, page, log } = await newPage(browser());
  t.after(() => context.close());

  const preload = await page.request.get(new URL('preload/manifest.json', server.url).href);
  assert.equal(preload.status(), 404, 'no preload manifest without --corpus');

  await page.goto(server.url);
  await waitForDocuments(page, 4);
  const ids = await page.$$eval(DOC_ITEMS, (els) => els.map((e) => e.dataset.docId));
  assert.deepEqual(ids, manifest.documents);

  const langs = await page.$$eval('#doc-list .lang', (els) => els.map((e) => e.textContent.trim()));
  assert.ok(langs.includes('FR') && langs.includes('EN'), `French and English documents (got ${langs.join(', ')})`);

  for (const id of ids) {
    await page.click(`${DOC_ITEMS}[data-doc-id="${id}"]`);
    assert.equal(await readerDocId(page), id);
    const count = await page.$$eval(READER_MARKS, (els) => els.length);
    assert.ok(count >= 3, `${id} has highlights (got ${count})`);
  }

  // An entity shared by several documents: the company at the heart of the story.
  const company = await page.$$eval('[data-entity-id]', (els) =>
    els
      .filter((e) => e.querySelector('.entity-name').textContent.trim() === 'Halvorsen Maritime')
      .map((e) => e.dataset.entityId),
  );
  assert.ok(company.length >= 1, 'Halvorsen Maritime is listed');
  await page.click(`[data-entity-id="${company[0]}"]`);
  const docsOfCompany = await page.$$eval('#entity-detail .detail-docs [data-open-doc]', (els) => els.length);
  assert.ok(docsOfCompany >= 2, `the company is linked across documents (${docsOfCompany})`);

  // Clear (after confirming), then the "Demo corpus" button brings the 4 documents back.
  await page.click('#clear-all');
  await page.click('#dialog-ok');
  await page.waitForFunction(() => document.querySelectorAll('#doc-list [data-doc-id]').length === 0);
  assert.equal(await page.$$eval(READER_MARKS, (els) => els.length), 0);
  await page.click('#load-demo');
  await waitForDocuments(page, 4);
  assert.ok((await page.$$eval(READER_MARKS, (els) => els.length)) > 0);

  assertClean(log);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});
