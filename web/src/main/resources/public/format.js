// Readable text for dates, sources and counts; the same in every browser (no locale surprises).

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The API's filter value for articles without a source. */
export const UNKNOWN_SOURCE = '_unknown';

/**
 * An ISO date as precise as known, for reading: `2025` → "2025", `2025-02` → "Feb 2025",
 * `2025-02-22` → "22 Feb 2025", `2025-02-22T14:49` → "22 Feb 2025, 14:49". Anything else as given.
 */
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day, hour, minute] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return iso;
  if (!month) return year;
  if (!day) return `${name} ${year}`;
  const date = `${Number(day)} ${name} ${year}`;
  return hour ? `${date}, ${hour}:${minute}` : date;
}

/** The machine-readable part of an API date for a `<time datetime>` attribute. */
export function isoDatetime(iso) {
  const m = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?/.exec(iso ?? '');
  return m ? m[0] : '';
}

/**
 * What an article's meta line shows, in order: its source (`unknown` when it has none) and its
 * date (`No date` when unknown), for the renderer in dom.js.
 */
export function metaParts(article) {
  return [
    { kind: 'source', text: sourceLabel(article.source), unknown: !article.source },
    article.date
      ? { kind: 'time', text: formatDate(article.date), datetime: isoDatetime(article.date) }
      : { kind: 'date', text: 'No date', unknown: true },
  ];
}

export function sourceLabel(value) {
  return !value || value === UNKNOWN_SOURCE ? 'Unknown source' : value;
}

/** 12345 → "12,345". */
export function formatCount(n) {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A facet count: "≈12,345" when it is an estimate from a sample. */
export function facetCount(n, approximate) {
  return `${approximate ? '≈' : ''}${formatCount(n)}`;
}

/** A share 0..1 as a percentage people read: "25%", "2.5%", "0.04%", "0%". */
export function formatShare(share) {
  const pct = (share ?? 0) * 100;
  if (pct === 0) return '0%';
  if (pct >= 10) return `${Math.round(pct)}%`;
  if (pct >= 1) return `${Number(pct.toFixed(1))}%`;
  return `${Number(pct.toPrecision(1))}%`;
}

/** 1 → "1 article", 2 → "2 articles". */
export function plural(n, word, words = `${word}s`) {
  return `${formatCount(n)} ${n === 1 ? word : words}`;
}

/** The results heading: "23 results for “harbour”", "Newest of 5 articles". */
export function summaryText(result, state) {
  const total = result.totalExact === false ? `More than ${formatCount(result.total)}` : formatCount(result.total);
  if (!state.q) {
    const sorted = { oldest: 'Oldest', republished: 'Most republished' }[state.sort] ?? 'Newest';
    return result.total === 0 ? 'No articles' : `${sorted} of ${total} ${result.total === 1 ? 'article' : 'articles'}`;
  }
  return `${total} ${result.total === 1 ? 'result' : 'results'} for “${state.q}”`;
}

export function tookText(ms) {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Only web links leave the page: a `javascript:` URL in an article's data is never a link. */
export function safeHttpUrl(url) {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** Another version of a story, for "also in": `Reuters, 22 Feb 2025` (the date when known). */
export function versionLabel(version) {
  const date = formatDate(version.date);
  return date ? `${sourceLabel(version.source)}, ${date}` : sourceLabel(version.source);
}

const ORIGINS = {
  jsonld: 'structured data (JSON-LD)', meta: 'meta tags', time: 'a <time> element', url: 'the URL',
  byline: 'the byline', text: 'the text', sidecar: 'the sidecar file', given: 'the corpus file',
};

/**
 * The article view's "how this was read" line: how the body was found and how sure that was, and
 * where the headline, date and source came from; '' for an index that did not keep it.
 */
export function extractionText(extraction) {
  if (!extraction?.body) return '';
  const parts = [`body: ${extraction.body} (confidence ${Number(extraction.confidence ?? 0).toFixed(2)})`];
  for (const field of ['headline', 'date', 'source']) {
    if (extraction[field]) parts.push(`${field} from ${ORIGINS[extraction[field]] ?? extraction[field]}`);
  }
  return `How this was read: ${parts.join('; ')}`;
}
