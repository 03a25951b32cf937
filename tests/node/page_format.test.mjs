// The page's number formatting and entity order, which avoid Intl at start-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byMentionsThenName, formatNumber, plural } from '../../web/views/dom.js';

test('integers are grouped by thousands as en-US writes them, other numbers too', () => {
  const english = new Intl.NumberFormat('en');
  for (const n of [0, 7, 999, 1000, 65536, -1234, 1234567, 9007199254740991, 12.5, 123456.78, 1e21]) {
    assert.equal(formatNumber(n), english.format(n), String(n));
  }
  assert.equal(formatNumber(1234567), '1,234,567');
});

test('plural picks the form by count and groups the count', () => {
  assert.equal(plural(1, 'mention', 'mentions'), '1 mention');
  assert.equal(plural(0, 'mention', 'mentions'), '0 mentions');
  assert.equal(plural(12345, 'mention', 'mentions'), '12,345 mentions');
});

test('entities are ordered by mentions, then by name without regard to accents or case', () => {
  const entities = [
    { name: 'Zoé', mentionCount: 2 },
    { name: 'émile', mentionCount: 2 },
    { name: 'Eve', mentionCount: 2 },
    { name: 'Sony', mentionCount: 9 },
    { name: 'Ada', mentionCount: 1 },
    { name: 'Élodie', mentionCount: 2 },
  ];
  assert.deepEqual(entities.sort(byMentionsThenName).map((e) => e.name), ['Sony', 'Élodie', 'émile', 'Eve', 'Zoé', 'Ada']);
  // Names that fold alike keep their order, as a stable sort should.
  const pair = [{ name: 'Ecole' }, { name: 'École' }];
  assert.deepEqual([...pair].sort(byMentionsThenName), pair);
});
