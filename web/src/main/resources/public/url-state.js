// The page's whole state lives in the URL: parse it, build it, and turn it into API requests.

/** Sort orders the API knows; an empty sort means the API's default (relevance, or newest without a query). */
export const SORTS = ['relevance', 'newest', 'oldest', 'republished'];

/** Results per page: the API's default. */
export const PAGE_SIZE = 10;

/**
 * "Hide doubtful extractions" asks for bodies whose extractor was at least this sure: the bound
 * under which the reindex report counts a body as doubtful.
 */
export const DOUBTFUL_BELOW = 0.5;

/** The API's result window: pages past it answer 400. */
export const RESULT_WINDOW = 10000;

/**
 * The state encoded in a location's query string (`?q=…&source=…&from=…&to=…&undated=true&sort=…&page=…`,
 * `dedupe=false` to show every version of a story, `literal=true` to read operators even in capitals or prose, `minConfidence=0.5` to hide doubtful extractions, `histogram=share` to chart coverage as a share of all articles, plus `article=ID` for the article view, `story=ID` for the story view, `view=batch` for the batch view). Dates are
 * passed on as written: the API validates them.
 */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    sources: [...new Set(params.getAll('source').map((s) => s.trim()).filter(Boolean))],
    from: (params.get('from') ?? '').trim(),
    to: (params.get('to') ?? '').trim(),
    undated: params.get('undated') === 'true',
    sort: SORTS.includes(sort) ? sort : '',
    page: Number.isFinite(page) && page >= 1 ? page : 1,
    dedupe: params.get('dedupe') !== 'false',
    hideDoubtful: Number.parseFloat(params.get('minConfidence') ?? '') > 0,
    literal: params.get('literal') === 'true',
    share: params.get('histogram') === 'share',
    batch: params.get('view') === 'batch',
    article: params.get('article') ?? '',
    story: params.get('story') ?? '',
  };
}

/** The state with no query, filter or article: the archive's newest articles. */
export function emptyState() {
  return parseState('');
}

function filterParams(state, params) {
  if (state.q) params.append('q', state.q);
  for (const source of state.sources) params.append('source', source);
  if (state.from) params.append('from', state.from);
  if (state.to) params.append('to', state.to);
  if (state.undated) params.append('undated', 'true');
  if (state.sort) params.append('sort', state.sort);
  if (state.dedupe === false) params.append('dedupe', 'false');
  if (state.hideDoubtful) params.append('minConfidence', String(DOUBTFUL_BELOW));
  if (state.literal && state.q) params.append('literal', 'true');
  if (state.share) params.append('histogram', 'share');
  return params;
}

/** The query string for a state, canonical (defaults left out), `''` for the start page. */
export function buildSearch(state) {
  const params = new URLSearchParams();
  if (state.batch) params.append('view', 'batch');
  if (state.article) params.append('article', state.article);
  if (state.story) params.append('story', state.story);
  filterParams(state, params);
  if (state.page > 1) params.append('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The URL of the results a state shows (the article view's "back to results" link). */
export function resultsSearch(state) {
  return buildSearch({ ...state, article: '', story: '', batch: false });
}

/** The URL of the article view for a hit, keeping the results' state for the way back. */
export function articleSearch(state, id) {
  return buildSearch({ ...state, article: id, story: '' });
}

/** The URL of the story view (every version, with its changes) of the story of article `id`. */
export function storySearch(state, id) {
  return buildSearch({ ...state, article: '', story: id });
}

/** `/api/search?…` for a state. */
export function searchApiUrl(state) {
  const params = filterParams(state, new URLSearchParams());
  if (state.page > 1) params.append('page', String(state.page));
  params.append('size', String(PAGE_SIZE));
  return `/api/search?${params}`;
}

/** `/api/articles/ID?q=…` for the article view: the query marks the body. */
export function articleApiUrl(state) {
  const query = state.q ? `?${new URLSearchParams({ q: state.q })}` : '';
  return `/api/articles/${encodeURIComponent(state.article)}${query}`;
}

/** `/api/stories/ID`: every version of the story, with its changes; `csv` for the export. */
export function storyApiUrl(id, format = '') {
  const query = format ? `?${new URLSearchParams({ format })}` : '';
  return `/api/stories/${encodeURIComponent(id)}${query}`;
}

/** `/api/articles/ID/related`: the most similar other stories. */
export function relatedApiUrl(id) {
  return `/api/articles/${encodeURIComponent(id)}/related`;
}

/** Every version of each story (`false`), or each story once at its best version (the default). */
export function withDedupe(state, dedupe) {
  return { ...state, dedupe, page: 1, article: '', story: '' };
}

/** `/api/export?…&format=csv`: every result of the state's search, not just one page. */
export function exportUrl(state) {
  const params = filterParams(state, new URLSearchParams());
  params.append('format', 'csv');
  return `/api/export?${params}`;
}

/**
 * `/api/feed.atom?…`: an Atom feed of the newest articles matching the state's search and filters
 * (never relaxed, every version of a story), for a feed reader to alert on.
 */
export function feedUrl(state) {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  for (const source of state.sources) params.append('source', source);
  if (state.from) params.append('from', state.from);
  if (state.to) params.append('to', state.to);
  if (state.undated) params.append('undated', 'true');
  if (state.hideDoubtful) params.append('minConfidence', String(DOUBTFUL_BELOW));
  const text = params.toString();
  return `/api/feed.atom${text ? `?${text}` : ''}`;
}

/** Coverage charted as counts (`false`) or as a share of all articles (`true`). */
export function withShare(state, share) {
  return { ...state, share, article: '', story: '' };
}

/** The sort actually applied when the state names none. */
export function effectiveSort(state) {
  return state.sort || (state.q ? 'relevance' : 'newest');
}

export function hasFilters(state) {
  return state.sources.length > 0 || Boolean(state.from || state.to) || state.undated || Boolean(state.hideDoubtful);
}

/** A new search keeps the filters and sort but starts again at page 1, read as the API reads it. */
export function withQuery(state, q) {
  return { ...state, q: q.trim(), page: 1, article: '', story: '', literal: false, batch: false };
}

/** The same query with its operators read as written ("search with operators"). */
export function withLiteral(state) {
  return { ...state, literal: true, page: 1, article: '', story: '' };
}

export function withSort(state, sort) {
  return { ...state, sort: SORTS.includes(sort) ? sort : '', page: 1, article: '', story: '' };
}

export function withPage(state, page) {
  return { ...state, page: Math.max(1, page), article: '', story: '' };
}

export function withSource(state, source, ticked) {
  const rest = state.sources.filter((s) => s !== source);
  return { ...state, sources: ticked ? [...rest, source] : rest, page: 1, article: '', story: '' };
}

/** A date range replaces "no date" (the API's undated filter selects only undated articles). */
export function withDates(state, from, to) {
  let [a, b] = [from || '', to || ''];
  if (a && b && a > b) [a, b] = [b, a];
  return { ...state, from: a, to: b, undated: a || b ? false : state.undated, page: 1, article: '', story: '' };
}

export function withUndated(state, undated) {
  return {
    ...state,
    undated,
    from: undated ? '' : state.from,
    to: undated ? '' : state.to,
    page: 1,
    article: '',
    story: '',
  };
}

export function withHideDoubtful(state, hideDoubtful) {
  return { ...state, hideDoubtful, page: 1, article: '', story: '' };
}

export function withoutFilters(state) {
  return { ...state, sources: [], from: '', to: '', undated: false, hideDoubtful: false, page: 1, article: '', story: '' };
}

/** The last page the API will serve for a total. */
export function lastPage(total, size = PAGE_SIZE) {
  const pages = Math.ceil(Math.min(total, RESULT_WINDOW) / size);
  return Math.max(1, pages);
}

/** Page numbers to link around the current one, with `null` for a gap: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page, last, radius = 2) {
  const pages = [];
  for (let p = 1; p <= last; p++) {
    if (p === 1 || p === last || Math.abs(p - page) <= radius) {
      pages.push(p);
    } else if (pages[pages.length - 1] !== null) {
      pages.push(null);
    }
  }
  return pages;
}
