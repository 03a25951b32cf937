// Worst-case inputs for the robustness checks, generated rather than committed:
// `node tests/robustness/worst_cases.mjs DIR [--scale F]` writes them to DIR;
// tests import worstCases() to get them in memory. `scale` shrinks the big
// ones (1 = the sizes of the README table).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Deterministic pseudo-random bytes (xorshift32). */
export function randomBytes(n, seed = 0x2545f491) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const SENTENCE_FR =
  "Selon l'AFP, Barack Obama a rencontré Angela Merkel à Berlin le 3 avril 2014, a déclaré Mme Anne Dubreuil. ";
const SENTENCE_EN = 'Sony Pictures said on December 19, 2014 that the FBI had traced the attack to North Korea. ';

function repeatTo(text, bytes) {
  return Buffer.from(text.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(text))))).subarray(0, bytes);
}

/**
 * The worst cases: {name, format, bytes, expect} where expect is the error
 * code of the document (null when it is analysed; 'invalid-utf8' is a warning).
 */
export function worstCases({ scale = 1, maxBytes = 50 * 1024 * 1024 } = {}) {
  const mb = (n) => Math.max(1024, Math.round(n * 1024 * 1024 * scale));
  const count = (n) => Math.max(10, Math.round(n * scale));
  const cases = [];

  // Invalid UTF-8: Latin-1 text, lone continuation bytes, truncated sequences, overlongs, surrogates.
  {
    const base = repeatTo(SENTENCE_FR, mb(2));
    const bad = [Buffer.from([0xe9]), Buffer.from([0x80, 0xbf]), Buffer.from([0xe2, 0x82]), Buffer.from([0xc0, 0xaf]),
      Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0xff])];
    const parts = [];
    for (let i = 0, k = 0; i < base.length; i += 97, k++) parts.push(base.subarray(i, i + 97), bad[k % bad.length]);
    cases.push({ name: 'invalid-utf8.txt', format: 'txt', bytes: Buffer.concat(parts), expect: 'invalid-utf8' });
  }
  // Binary: random bytes, and a PNG signature.
  cases.push({ name: 'random.txt', format: 'txt', bytes: randomBytes(mb(2)), expect: 'binary' });
  cases.push({ name: 'image.html', format: 'html',
    bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096, 7)]), expect: 'binary' });
  // NUL bytes: a few in text (analysed, NULs become spaces), and mostly NULs (binary).
  {
    const text = Buffer.from(repeatTo(SENTENCE_EN, mb(1)));
    for (let i = 500; i < text.length; i += 1000) text[i] = 0;
    cases.push({ name: 'some-nuls.txt', format: 'txt', bytes: text, expect: null });
    cases.push({ name: 'nuls.txt', format: 'txt', bytes: Buffer.alloc(mb(1)), expect: 'binary' });
  }
  // Empty: no bytes, only whitespace, an HTML page without text, an e-mail without a body.
  cases.push({ name: 'empty.txt', format: 'txt', bytes: Buffer.alloc(0), expect: 'empty' });
  cases.push({ name: 'blank.md', format: 'md', bytes: Buffer.from(' \n\t\r\n'.repeat(1000)), expect: 'empty' });
  cases.push({ name: 'no-text.html', format: 'html', bytes: Buffer.from('<html><head><script>var a = 1;</script></head><body><img src=x></body></html>'), expect: 'empty' });
  // Over the limit, by one byte.
  cases.push({ name: 'too-large.txt', format: 'txt', bytes: repeatTo(SENTENCE_EN, maxBytes + 1), expect: 'too-large' });
  // One 3 MB word, in lower case and capitalised; and one 3 MB "e-mail address"-like token.
  cases.push({ name: 'word.txt', format: 'txt', bytes: Buffer.from('a'.repeat(mb(3))), expect: null });
  cases.push({ name: 'Word.txt', format: 'txt', bytes: Buffer.from('W' + 'o'.repeat(mb(3) - 1)), expect: null });
  cases.push({ name: 'token.txt', format: 'txt',
    bytes: Buffer.from('x@' + 'a.'.repeat(mb(1.5) - 2) + 'fr https://' + 'b/'.repeat(mb(0.5))), expect: null });
  cases.push({ name: 'digits.txt', format: 'txt', bytes: Buffer.from('1 '.repeat(mb(1.5))), expect: null });
  cases.push({ name: 'caps.txt', format: 'txt', bytes: Buffer.from('Aa '.repeat(mb(1))), expect: null });
  // 50,000 nested elements, then closed; and unclosed.
  {
    const n = count(50000);
    const nested = '<html><body>' + '<div><span>'.repeat(n / 2) + 'Barack Obama à Paris' + '</span></div>'.repeat(n / 2) + '</body></html>';
    cases.push({ name: 'nested.html', format: 'html', bytes: Buffer.from(nested), expect: null });
    cases.push({ name: 'unclosed.html', format: 'html',
      bytes: Buffer.from('<p><b><i><a href="x">'.repeat(n / 4) + 'Angela Merkel' + '<!--'.repeat(10) + '<'.repeat(n)), expect: null });
  }
  // 400,000 repeats of a name, in one "sentence".
  cases.push({ name: 'obama.txt', format: 'txt', bytes: Buffer.from('Barack Obama '.repeat(count(400000))), expect: null });
  // Malformed e-mails: no blank line, broken MIME, deep multipart nesting, huge header, bad encodings.
  {
    const n = count(2000);
    let deep = 'From: "Anne Dubreuil" <anne@example.fr>\r\nSubject: =?utf-8?B?!!!?=\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n';
    for (let i = 0; i < n; i++) deep += `--b${i}\r\nContent-Type: multipart/mixed; boundary="b${i + 1}"\r\n\r\n`;
    deep += `--b${n}\r\nContent-Type: text/plain; charset=bogus\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBarack Obama =E9=\r\n=ZZ=\r\n`;
    // Nesting beyond the depth cap is skipped: the text at the bottom is not reached.
    cases.push({ name: 'deep.eml', format: 'eml', bytes: Buffer.from(deep), expect: 'parse-error' });
    const header = 'To: ' + '"A, B" <a@b.c>, '.repeat(count(100000)) + '\r\nSubject: ' + 'x'.repeat(mb(1)) + '\r\n\r\nBody.\r\n';
    cases.push({ name: 'header.eml', format: 'eml', bytes: Buffer.from(header), expect: null });
    const broken = 'From anne Tue\nContent-Type: multipart/alternative; boundary=\nContent-Transfer-Encoding: base64\n' +
      'From: <<<@@@>>>\n\n' + '====!!!!'.repeat(count(100000)) + '\n--\n--x--\n';
    cases.push({ name: 'broken.eml', format: 'eml', bytes: Buffer.from(broken), expect: 'any' });
    cases.push({ name: 'headers-only.eml', format: 'eml', bytes: Buffer.from('Subject: rien\r\n'), expect: 'any' });
  }
  return cases;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node tests/robustness/worst_cases.mjs DIR [--scale F]');
    process.exit(2);
  }
  const scaleAt = process.argv.indexOf('--scale');
  const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1;
  mkdirSync(dir, { recursive: true });
  for (const c of worstCases({ scale })) writeFileSync(path.join(dir, c.name), c.bytes);
  console.log(dir);
}
