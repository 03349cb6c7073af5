import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketRange, bucketLabel, histogramBars, rangeOfBars } from '../../main/resources/public/histogram.js';

test('each bucket stands for a range of days', () => {
  assert.deepEqual(bucketRange('2025-02-22', 'day'), { from: '2025-02-22', to: '2025-02-22' });
  assert.deepEqual(bucketRange('2025-02-24', 'week'), { from: '2025-02-24', to: '2025-03-02' });
  assert.deepEqual(bucketRange('2024-02', 'month'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(bucketRange('2025-12', 'month'), { from: '2025-12-01', to: '2025-12-31' });
  assert.deepEqual(bucketRange('2025', 'year'), { from: '2025-01-01', to: '2025-12-31' });
});

test('bucket labels are readable', () => {
  assert.equal(bucketLabel('2025-02-17', 'week'), 'Week of 17 Feb 2025');
  assert.equal(bucketLabel('2025-02', 'month'), 'Feb 2025');
});

test('bars scale to the largest count and know whether they are in the filtered range', () => {
  const histogram = { interval: 'day', buckets: [
    { value: '2025-02-01', count: 2 }, { value: '2025-02-02', count: 0 }, { value: '2025-02-03', count: 4 }] };
  const bars = histogramBars(histogram, '2025-02-02', '');
  assert.deepEqual(bars.map((b) => b.fraction), [0.5, 0, 1]);
  assert.deepEqual(bars.map((b) => b.selected), [false, true, true]);
  assert.equal(bars[0].label, '1 Feb 2025');
  assert.deepEqual(histogramBars(histogram).map((b) => b.selected), [false, false, false]);
  assert.deepEqual(histogramBars(undefined), []);
  assert.deepEqual(histogramBars({ interval: 'day', buckets: [{ value: '2025-01-01', count: 0 }] })[0].fraction, 0);
});

test('a drag across bars covers them all, in either direction', () => {
  const bars = histogramBars({ interval: 'month', buckets: [
    { value: '2025-01', count: 1 }, { value: '2025-02', count: 1 }, { value: '2025-03', count: 1 }] });
  assert.deepEqual(rangeOfBars(bars, 2, 0), { from: '2025-01-01', to: '2025-03-31' });
  assert.deepEqual(rangeOfBars(bars, 1, 1), { from: '2025-02-01', to: '2025-02-28' });
});

test('as shares, bars scale to the largest share, not the largest count', () => {
  const histogram = { interval: 'day', buckets: [
    { value: '2025-02-01', count: 10, share: 0.1 }, { value: '2025-02-02', count: 2, share: 0.4 }] };
  assert.deepEqual(histogramBars(histogram, '', '', true).map((b) => b.fraction), [0.25, 1]);
  assert.deepEqual(histogramBars(histogram).map((b) => b.fraction), [1, 0.2]);
  assert.equal(histogramBars(histogram, '', '', true)[1].share, 0.4);
});
