// End-to-end: hostile HTML, Markdown and e-mail documents (scripts, event
// handlers, frames, remote styles and images, javascript: links, refresh) are
// read as text. Nothing runs, nothing is fetched beyond the page's own files,
// and the Content-Security-Policy is never even tested. upload.test.mjs covers
// hostile plain text and file names.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DOC_ITEMS, openDemoWorkspace, readerDocId, siteDir, useBrowser, waitForDocuments } from './helpers.mjs';

const EVIL = 'http://evil.example';
const PAYLOADS = `<script>window.__pwned = 'script'</script>
<img src="${EVIL}/pixel.png" onerror="window.__pwned = 'img'">
<svg onload="window.__pwned = 'svg'"><image href="${EVIL}/svg.png"/></svg>
<iframe src="${EVIL}/frame.html" srcdoc="<script>parent.__pwned = 'srcdoc'</script>"></iframe>
<object data="${EVIL}/object.swf"></object><embed src="${EVIL}/embed.swf">
<link rel="stylesheet" href="${EVIL}/style.css"><style>@import url("${EVIL}/import.css"); body { background: url("${EVIL}/bg.png") }</style>
<meta http-equiv="refresh" content="0; url=${EVIL}/refresh">
<base href="${EVIL}/"><form action="${EVIL}/form"><input autofocus onfocus="window.__pwned = 'focus'"></form>
<a href="javascript:window.__pwned = 'link'">Cliquez ici</a>`;

const HTML = `<!DOCTYPE html><html><head><title>Piège pour Angela Merkel</title>${PAYLOADS}</head>
<body><h1>Angela Merkel à Berlin</h1><p>Le 3 avril 2024, Angela Merkel a reçu Emmanuel Macron à Berlin.</p>${PAYLOADS}</body></html>`;
const MARKDOWN = `# Note sur Barack Obama\n\n![pixel](${EVIL}/md.png) [lien](javascript:alert(1))\n\n${PAYLOADS}\n\nBarack Obama était à Chicago le 5 mai 2024.\n`;
const EMAIL = [
  'From: "Eve <script>alert(1)</script>" <eve@evil.example>',
  'To: Angela Merkel <angela@example.de>',
  'Subject: =?utf-8?Q?<img_src=3Dx_onerror=3Dalert(1)>?=',
  'Date: Wed, 3 Apr 2024 09:00:00 +0200',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b"',
  '',
  '--b',
  'Content-Type: text/html; charset=utf-8',
  '',
  `<p>Réunion avec Emmanuel Macron à Paris.</p>${PAYLOADS}`,
  '--b--',
  '',
].join('\r\n');

const browser = useBrowser();

test('hostile HTML, Markdown and e-mail documents are shown as text and run nothing', async (t) => {
  const { server, page, log } = await openDemoWorkspace(t, browser());
  const baseline = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    frames: document.querySelectorAll('iframe, object, embed, svg image, form, base, link[rel=stylesheet]').length,
  }));
  await page.setInputFiles('#file-input', [
    { name: 'piege.html', mimeType: 'text/html', buffer: Buffer.from(HTML) },
    { name: 'piege.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) },
    { name: 'piege.eml', mimeType: 'message/rfc822', buffer: Buffer.from(EMAIL) },
  ]);
  await waitForDocuments(page, 7);

  for (const [id, expected] of [['piege.html', 'Angela Merkel'], ['piege.md', 'Barack Obama'], ['piege.eml', 'Emmanuel Macron']]) {
    const item = await page.$(`${DOC_ITEMS}[data-doc-id="${id}"]`);
    assert.ok(item, `${id} is listed`);
    assert.ok(!(await item.evaluate((e) => e.classList.contains('doc-error'))), `${id} is analysed`);
    await item.click();
    assert.equal(await readerDocId(page), id);
    assert.ok((await page.textContent('#reader')).includes(expected), `${id}: the reader shows its text`);
    // Focus and hover everything in the reader, in case a handler survived as an attribute.
    await page.$$eval('#reader *', (els) => els.forEach((e) => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
  }
  await page.waitForTimeout(300);

  const created = await page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    frames: document.querySelectorAll('iframe, object, embed, svg image, form, base, link[rel=stylesheet]').length,
    handlers: [...document.querySelectorAll('#reader *, #doc-list *')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  assert.deepEqual(created, { ...baseline, handlers: 0, jsLinks: 0 }, 'no element or handler came from a document');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no payload ran');
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  assert.deepEqual(log.pageErrors, [], 'no uncaught page errors');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no securitypolicyviolation event');
  assert.deepEqual(log.cspConsole, [], 'no Content Security Policy console message');
  assert.equal(new URL(page.url()).origin, server.origin, 'the page did not navigate away');

  // Every request is for one of the page's own files.
  const foreign = log.requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.origin !== server.origin) return true;
    const file = decodeURIComponent(parsed.pathname).replace(/\/$/, '/index.html');
    return !fs.existsSync(path.join(siteDir, file)) && !file.startsWith('/preload/') // the server's own corpus preload;
  });
  assert.deepEqual(foreign, [], 'only the page\'s own files were requested');
});
