// End-to-end: adding documents through the file input, drag and drop and
// the paste box, with hostile and binary input. Nothing may execute, nothing
// may leave the machine, and the Content-Security-Policy must hold.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { DOC_ITEMS, READER_MARKS, openDemoWorkspace, readerDocId, useBrowser, waitForDocuments } from './helpers.mjs';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>.txt';
const HOSTILE_TEXT =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\n' +
  'Ce texte piégé mentionne Paris et le 3 avril 2024, écrit par <b>personne</b>.\n';
const FRENCH_NAME = 'article-fr.txt';
const FRENCH_EMAIL = 'contact@observatoire-rhone.example';
const FRENCH_TEXT = `Crue du Rhône : la préfecture de Lyon déclenche l'alerte orange

Lyon, 3 avril 2024 — La préfète du Rhône, Mme Anne Dubreuil, a placé mercredi onze communes en vigilance orange après trois jours de pluies continues. Selon Météo-France, le niveau du fleuve pourrait monter de 40 % d'ici vendredi.

« Nous demandons aux habitants des quais de rester prudents », a déclaré M. Julien Carrel, adjoint au maire de Lyon chargé de la sécurité. La métropole a débloqué une enveloppe de 2,5 millions d'euros pour renforcer les digues. Près de 12 000 foyers pourraient être concernés à Villeurbanne et à Vénissieux.

Les questions peuvent être adressées à ${FRENCH_EMAIL}.
`;

/** Deterministic "random" bytes with NULs and invalid UTF-8. */
function binaryBytes(n = 4096) {
  const out = Buffer.alloc(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 7 === 0 ? 0 : (x >>> 0) & 0xff;
  }
  out[0] = 0x00;
  out[1] = 0xff;
  out[2] = 0xfe;
  return out;
}

const browser = useBrowser();

async function docItem(page, id) {
  const handle = await page.evaluateHandle(
    ({ sel, id }) => [...document.querySelectorAll(sel)].find((e) => e.dataset.docId === id) || null,
    { sel: DOC_ITEMS, id },
  );
  const element = handle.asElement();
  assert.ok(element, `document ${JSON.stringify(id)} is listed`);
  return element;
}

test('uploaded hostile, binary and French documents are handled safely', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());

  await page.setInputFiles('#file-input', [
    { name: HOSTILE_NAME, mimeType: 'text/plain', buffer: Buffer.from(HOSTILE_TEXT, 'utf8') },
    { name: 'blob.txt', mimeType: 'text/plain', buffer: binaryBytes() },
    { name: FRENCH_NAME, mimeType: 'text/plain', buffer: Buffer.from(FRENCH_TEXT, 'utf8') },
  ]);
  await waitForDocuments(page, 7);

  await t.test('the hostile file name and text are shown literally', async () => {
    const item = await docItem(page, HOSTILE_NAME);
    assert.ok((await item.textContent()).includes(HOSTILE_NAME), 'the list shows the file name as text');
    await item.click();
    assert.equal(await readerDocId(page), HOSTILE_NAME);
    const shown = await page.textContent('#reader');
    assert.ok(shown.includes('<script>window.__pwned=1</script>'), 'the reader shows the <script> tag as text');
    assert.ok(shown.includes('<img src=x onerror="window.__pwned=2">'), 'the reader shows the <img> tag as text');
    assert.ok((await page.textContent('#reader-meta')).includes(HOSTILE_NAME));
    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      bold: document.querySelectorAll('#reader b, #doc-list b').length,
    }));
    assert.deepEqual(injected, { imgs: 0, inlineScripts: 0, bold: 0 }, 'no element was created from document data');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  await t.test('the binary file is listed as an error', async () => {
    const item = await docItem(page, 'blob.txt');
    assert.ok(await item.evaluate((e) => e.classList.contains('doc-error')), 'blob.txt is marked as an error');
    const code = await item.$eval('.error-code', (e) => e.textContent.trim());
    assert.ok(code.length > 0, 'an error code is shown');
    await item.click();
    assert.equal(await readerDocId(page), 'blob.txt');
    assert.ok(await page.isVisible('#reader .reader-error'), 'the reader explains the error');
    assert.equal(await page.$$eval(READER_MARKS, (els) => els.length), 0);
  });

  await t.test('the French text is analysed with highlights', async () => {
    const item = await docItem(page, FRENCH_NAME);
    assert.ok(!(await item.evaluate((e) => e.classList.contains('doc-error'))));
    assert.equal(await item.$eval('.lang', (e) => e.textContent.trim()), 'FR');
    await item.click();
    assert.equal(await readerDocId(page), FRENCH_NAME);
    const found = await page.$$eval(READER_MARKS, (els) => els.map((e) => ({ type: e.dataset.type, text: e.textContent })));
    assert.ok(found.length >= 3, `highlights in the French text (got ${found.length})`);
    assert.ok(found.some((m) => m.type === 'EMAIL' && m.text === FRENCH_EMAIL), 'the e-mail address is highlighted');
    assert.ok((await page.textContent('#reader')).includes('Villeurbanne'));
  });

  await t.test('pasted text is added and analysed', async () => {
    await page.click('#paste-box summary');
    await page.fill('#paste-text', `Note interne.\nÉcrire à ${FRENCH_EMAIL} avant le 5 avril 2024. <i>pas du HTML</i>`);
    await page.click('#paste-add');
    await waitForDocuments(page, 8);
    const id = await readerDocId(page);
    assert.match(id, /^pasted-\d+\.txt$/);
    assert.ok((await page.textContent('#reader')).includes('<i>pas du HTML</i>'));
    assert.equal(await page.$$eval('#reader i', (els) => els.length), 0);
    const emails = await page.$$eval(`${READER_MARKS}[data-type="EMAIL"]`, (els) => els.map((e) => e.textContent));
    assert.deepEqual(emails, [FRENCH_EMAIL]);
  });

  await t.test('files dropped on the drop zone are added', async () => {
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['Dropped note about Oslo, written on March 14, 2024 by Mr Erik Lindqvist.'], 'dropped.md', { type: 'text/markdown' }));
      return dt;
    });
    await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer });
    assert.ok(await page.evaluate(() => document.body.classList.contains('dragging')), 'the page shows it accepts the drop');
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await waitForDocuments(page, 9);
    assert.equal(await readerDocId(page), 'dropped.md');
    assert.ok(!(await page.evaluate(() => document.body.classList.contains('dragging'))));
  });

  await t.test('nothing executed, nothing left the machine, the CSP held', async () => {
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(log.dialogs, [], 'no dialog opened');
    assert.deepEqual(log.pageErrors, [], 'no uncaught page errors');
    assert.ok(log.requests.length > 0, 'requests were recorded');
    const foreign = log.requests.filter((url) => {
      try {
        return new URL(url).origin !== server.origin;
      } catch {
        return true;
      }
    });
    assert.deepEqual(foreign, [], 'every request goes to the local server');
    assert.ok(log.requests.some((url) => /\/recoupe\/recoupe\.js$/.test(url)), 'the worker requests were recorded too');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no securitypolicyviolation event');
    assert.deepEqual(log.cspConsole, [], 'no Content Security Policy console message');
  });
});
