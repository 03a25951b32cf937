// End-to-end: every piece of text the workspace shows meets WCAG AA contrast
// (4.5:1 for normal text, 3:1 for large text) against what is really behind it;
// disabled controls are exempt, as WCAG 1.4.3 says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { READER_MARKS, newPage, startServer, useBrowser, waitForDocuments } from './helpers.mjs';

const VIEWS = ['documents', 'reader', 'entities', 'entity', 'xref', 'timeline', 'search', 'curation'];

const browser = useBrowser();

// Runs in the page: the contrast of every visible text node's element.
function lowContrastTexts() {
  const parse = (color) => {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const channel = (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const blend = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  // The colour behind an element: its own and its ancestors' backgrounds, composed.
  const backgroundOf = (element) => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg && bg.a > 0) layers.push(bg);
      if (bg && bg.a >= 1) break;
    }
    let color = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) color = blend(layer, color);
    return color;
  };
  const failures = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    if (!element || seen.has(element)) continue;
    seen.add(element);
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue;
    if (element.closest('[hidden], [aria-hidden="true"], svg')) continue;
    // WCAG 1.4.3 exempts inactive controls.
    if (element.closest('button:disabled, input:disabled, select:disabled, [aria-disabled="true"]')) continue;
    const foreground = parse(style.color);
    if (!foreground) continue;
    const background = backgroundOf(element);
    const text = blend({ ...foreground, a: foreground.a * Number(style.opacity || 1) }, background);
    const [l1, l2] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push(`${ratio.toFixed(2)}:1 "${node.textContent.trim().slice(0, 40)}" (${element.tagName.toLowerCase()}.${element.className})`);
    }
  }
  return failures;
}

test('every view meets WCAG AA text contrast', async () => {
  const server = await startServer();
  const { context, page } = await newPage(browser());
  try {
    await page.goto(server.url);
    await waitForDocuments(page, 4);
    await page.waitForSelector(READER_MARKS);
    const entity = await page.$eval('[data-entity-id]', (e) => e.dataset.entityId);
    const failures = {};
    for (const view of VIEWS) {
      const hash = view === 'entity' ? `#view=entity&entity=${entity}` : `#view=${view}`;
      await page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await page.waitForTimeout(300);
      const low = await page.evaluate(lowContrastTexts);
      if (low.length) failures[view] = low.slice(0, 10);
    }
    assert.deepEqual(failures, {}, 'text below WCAG AA contrast');
  } finally {
    await context.close();
    await server.stop();
  }
});
