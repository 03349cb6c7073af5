// The date facet as chart bars: each bucket knows the from/to dates it stands for.

import { formatDate } from './format.js';

function pad(n) {
  return String(n).padStart(2, '0');
}

function isoDay(date) {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The first and last day (inclusive, `yyyy-mm-dd`) of a bucket of the given interval. */
export function bucketRange(value, interval) {
  switch (interval) {
    case 'year':
      return { from: `${value}-01-01`, to: `${value}-12-31` };
    case 'month': {
      const [y, m] = value.split('-').map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { from: `${value}-01`, to: `${value}-${pad(last)}` };
    }
    case 'week': {
      const start = new Date(`${value}T00:00:00Z`);
      const end = new Date(start.getTime() + 6 * 86400000);
      return { from: value, to: isoDay(end) };
    }
    default:
      return { from: value, to: value };
  }
}

/** A bucket's name for people: "22 Feb 2025", "Week of 17 Feb 2025", "Feb 2025", "2025". */
export function bucketLabel(value, interval) {
  const text = formatDate(value);
  return interval === 'week' ? `Week of ${text}` : text;
}

/**
 * Bars for the API's date histogram: height as a fraction of the largest count (with `share`, of
 * the largest share of all articles), and whether the bucket lies in the filtered range (from/to as
 * in the URL, either may be empty).
 */
export function histogramBars(histogram, from = '', to = '', share = false) {
  const buckets = histogram?.buckets ?? [];
  const interval = histogram?.interval ?? 'day';
  const height = (b) => (share ? b.share ?? 0 : b.count);
  const max = Math.max(0, ...buckets.map(height));
  return buckets.map((bucket) => {
    const range = bucketRange(bucket.value, interval);
    return {
      value: bucket.value,
      count: bucket.count,
      share: bucket.share ?? null,
      from: range.from,
      to: range.to,
      label: bucketLabel(bucket.value, interval),
      fraction: max > 0 ? height(bucket) / max : 0,
      selected: Boolean(from || to) && (!from || range.to >= from) && (!to || range.from <= to),
    };
  });
}

/** The date range covered by the bars between two indexes, in either order (a drag). */
export function rangeOfBars(bars, a, b) {
  const [first, last] = a <= b ? [a, b] : [b, a];
  return { from: bars[first].from, to: bars[last].to };
}
