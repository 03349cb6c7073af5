import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate, isoDatetime, sourceLabel, formatCount, facetCount, plural, summaryText, tookText, safeHttpUrl,
  versionLabel, metaParts, extractionText, formatShare,
} from '../../main/resources/public/format.js';

test('dates read as precisely as they are known', () => {
  assert.equal(formatDate('2025'), '2025');
  assert.equal(formatDate('2025-02'), 'Feb 2025');
  assert.equal(formatDate('2025-02-02'), '2 Feb 2025');
  assert.equal(formatDate('2025-02-22T14:49'), '22 Feb 2025, 14:49');
  assert.equal(formatDate(''), '');
  assert.equal(formatDate(undefined), '');
  assert.equal(formatDate('2025-13-01'), '2025-13-01');
  assert.equal(formatDate('yesterday'), 'yesterday');
  assert.equal(isoDatetime('2025-02-22T14:49'), '2025-02-22T14:49');
  assert.equal(isoDatetime('nonsense'), '');
});

test('the unknown source has a name people understand', () => {
  assert.equal(sourceLabel('_unknown'), 'Unknown source');
  assert.equal(sourceLabel(undefined), 'Unknown source');
  assert.equal(sourceLabel('The Guardian'), 'The Guardian');
});

test('counts and times are readable', () => {
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatCount(12), '12');
  assert.equal(facetCount(12345, true), '≈12,345');
  assert.equal(facetCount(12, false), '12');
  assert.equal(plural(1, 'article'), '1 article');
  assert.equal(plural(1200, 'article'), '1,200 articles');
  assert.equal(tookText(4), '4 ms');
  assert.equal(tookText(1500), '1.5 s');
});

test('the summary says what was searched', () => {
  assert.equal(summaryText({ total: 3, totalExact: true }, { q: 'putin', sort: '' }), '3 results for “putin”');
  assert.equal(summaryText({ total: 1, totalExact: true }, { q: 'putin', sort: '' }), '1 result for “putin”');
  assert.equal(summaryText({ total: 10000, totalExact: false }, { q: 'a', sort: '' }), 'More than 10,000 results for “a”');
  assert.equal(summaryText({ total: 5, totalExact: true }, { q: '', sort: '' }), 'Newest of 5 articles');
  assert.equal(summaryText({ total: 5, totalExact: true }, { q: '', sort: 'oldest' }), 'Oldest of 5 articles');
});

test('only http and https links leave the page', () => {
  assert.equal(safeHttpUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
  assert.equal(safeHttpUrl('javascript:alert(1)'), '');
  assert.equal(safeHttpUrl('data:text/html,x'), '');
  assert.equal(safeHttpUrl('not a url'), '');
  assert.equal(safeHttpUrl(undefined), '');
});

test('a version of a story reads as its source and date, or the source alone', () => {
  assert.equal(versionLabel({ id: 'a', source: 'Reuters', date: '2025-02-22T14:49' }), 'Reuters, 22 Feb 2025, 14:49');
  assert.equal(versionLabel({ id: 'b', source: 'BBC News' }), 'BBC News');
  assert.equal(versionLabel({ id: 'c' }), 'Unknown source');
});

test('an article meta line shows its source and date, or says they are unknown', () => {
  assert.deepEqual(metaParts({ source: 'Reuters', date: '2025-02-02' }), [
    { kind: 'source', text: 'Reuters', unknown: false },
    { kind: 'time', text: '2 Feb 2025', datetime: '2025-02-02' },
  ]);
  assert.deepEqual(metaParts({}), [
    { kind: 'source', text: 'Unknown source', unknown: true },
    { kind: 'date', text: 'No date', unknown: true },
  ]);
});

test('the "how this was read" line names the body method, its confidence and each origin', () => {
  assert.equal(extractionText(undefined), '');
  assert.equal(extractionText({ body: 'dom-score', confidence: 0.876, date: 'jsonld', source: 'weird' }),
    'How this was read: body: dom-score (confidence 0.88); date from structured data (JSON-LD); source from weird');
});

test('shares read as percentages', () => {
  assert.equal(formatShare(0.25), '25%');
  assert.equal(formatShare(0.025), '2.5%');
  assert.equal(formatShare(0.0004), '0.04%');
  assert.equal(formatShare(0), '0%');
  assert.equal(formatShare(1), '100%');
});
