// The results column: summary, notices, hits, pager, and the messages for empty and failed searches.

import { $, el, clear, appendMarked, articleMeta, navLink } from './dom.js';
import {
  formatDate, sourceLabel, summaryText, tookText, formatCount, versionLabel,
} from './format.js';
import {
  articleSearch, storySearch, buildSearch, effectiveSort, exportUrl, feedUrl, hasFilters, lastPage, pageWindow, withDates,
  withHideDoubtful, withLiteral, withPage, withQuery, withSource, withUndated, withoutFilters,
} from './url-state.js';

/** Shows one page of results for `state`. */
export function renderResults(result, state) {
  $('summary').textContent = summaryText(result, state);
  $('took').textContent = `${tookText(result.tookMs)}${result.page > 1 ? ` · page ${result.page}` : ''}`;
  renderTools(state, result.total > 0);
  renderNotices(result, state);
  const hits = clear($('hits'));
  hits.start = (result.page - 1) * result.size + 1;
  for (const hit of result.hits) hits.append(renderHit(hit, state));
  renderPager(result, state);
}

function renderTools(state, any) {
  const sort = $('sort');
  sort.value = effectiveSort(state);
  sort.querySelector('option[value="relevance"]').disabled = !state.q;
  const link = $('export');
  link.href = exportUrl(state);
  link.hidden = !any;
  // A feed alerts on new matches, so it is offered even while nothing matches yet.
  const feed = $('subscribe');
  feed.href = feedUrl(state);
  feed.hidden = false;
  $('every-version').checked = state.dedupe === false;
}

function renderHit(hit, state) {
  const meta = articleMeta(hit, 'hit-meta');
  const title = navLink(articleSearch(state, hit.id), { class: 'hit-link' });
  appendMarked(title, hit.headlineHtml, hit.headline || '(no headline)');
  const snippet = hit.snippet ? appendMarked(el('p', { class: 'snippet' }), hit.snippet) : null;
  return el('li', { class: 'hit' }, el('h3', { class: 'hit-title' }, title), meta, snippet, alsoIn(hit, state));
}

/**
 * "Also in: Reuters, 2 Feb 2025 · BBC News": the story's first other versions, each a link, and
 * "and 4 more" when the answer lists only the first of them.
 */
function alsoIn(hit, state) {
  if (!hit.alsoIn?.length) return null;
  const line = el('p', { class: 'also-in' }, 'Also in: ');
  hit.alsoIn.forEach((version, i) => {
    if (i > 0) line.append(' · ');
    line.append(navLink(articleSearch(state, version.id), {}, versionLabel(version)));
  });
  const more = (hit.alsoInTotal ?? 0) - hit.alsoIn.length;
  if (more > 0) line.append(` · and ${more} more`);
  line.append(' · ', navLink(storySearch(state, hit.id), { class: 'story-link' }, 'Compare versions'));
  return line;
}

function renderNotices(result, state) {
  const notices = clear($('notices'));
  if (result.interpretedAs) {
    notices.append(el('p', { class: 'notice interpreted' }, 'Searched for: ',
      el('q', {}, result.interpretedAs), ' · ',
      navLink(buildSearch(withLiteral(state)), { class: 'literal-link' }, 'search with operators')));
  }
  if (result.didYouMean) {
    notices.append(el('p', { class: 'notice did-you-mean' }, 'Did you mean ',
      navLink(buildSearch(withQuery(state, result.didYouMean)), { class: 'correction' }, result.didYouMean),
      '?'));
  }
  if (result.notice && result.total > 0) {
    notices.append(el('p', { class: 'notice relaxed-notice' }, result.notice));
  } else if (result.relaxed) {
    notices.append(el('p', { class: 'notice' },
      'Articles with any of your words, those with more of them first.'));
  }
  for (const warning of result.warnings ?? []) {
    notices.append(el('p', { class: 'notice warning' }, warning));
  }
  if (result.total === 0) {
    notices.append(state.q || hasFilters(state) ? noResults(state, result) : emptyArchive());
  } else if (result.hits.length === 0) {
    notices.append(message('This page is past the last one.',
      el('p', {}, navLink(buildSearch(withPage(state, 1)), {}, 'Go to the first page'))));
  }
}

function noResults(state, result) {
  const what = state.q ? `No articles match “${state.q}”` : 'No articles';
  if (!hasFilters(state)) {
    return message(`${what}.`, el('p', {},
      'Check the spelling, try fewer or other words, or use OR between alternatives.'));
  }
  const chips = el('ul', { class: 'chips', 'aria-label': 'Active filters' });
  for (const source of state.sources) {
    chips.append(el('li', {}, navLink(buildSearch(withSource(state, source, false)),
      { 'aria-label': `Remove filter ${sourceLabel(source)}` }, `× ${sourceLabel(source)}`)));
  }
  if (state.from || state.to) {
    const range = `${state.from ? formatDate(state.from) : '…'} – ${state.to ? formatDate(state.to) : '…'}`;
    chips.append(el('li', {}, navLink(buildSearch(withDates(state, '', '')),
      { 'aria-label': `Remove dates ${range}` }, `× ${range}`)));
  }
  if (state.undated) {
    chips.append(el('li', {}, navLink(buildSearch(withUndated(state, false)), {}, '× No date')));
  }
  if (state.hideDoubtful) {
    chips.append(el('li', {}, navLink(buildSearch(withHideDoubtful(state, false)), {}, '× Doubtful extractions hidden')));
  }
  const without = result.withoutFilters
    ? `${formatCount(result.withoutFilters)} ${result.withoutFilters === 1 ? 'article matches' : 'articles match'} without them. `
    : '';
  return message(`${what} with these filters.`,
    el('p', { class: 'without-filters' }, `${without}Try removing a filter:`), chips,
    el('p', {}, navLink(buildSearch(withoutFilters(state)), { class: 'reset-link' }, 'Reset all filters')));
}

function emptyArchive() {
  return message('The archive is empty.',
    el('p', {}, 'No articles have been indexed yet. Index a corpus with ',
      el('code', {}, './newsearch reindex PATH'), ' and search again.'));
}

/** A message in the results column, e.g. for a failed search. */
export function message(title, ...body) {
  return el('div', { class: 'message' }, el('h3', {}, title), ...body);
}

/** Replaces the results with an error message (the API failed or could not be reached). */
export function renderError(title, detail, state, retry) {
  $('summary').textContent = 'Search failed';
  $('took').textContent = '';
  clear($('hits'));
  clear($('pager'));
  $('export').hidden = true;
  $('subscribe').hidden = true;
  const button = el('button', { type: 'button', class: 'retry' }, 'Try again');
  button.addEventListener('click', retry);
  const reset = hasFilters(state)
    ? navLink(buildSearch(withoutFilters(state)), { class: 'reset-link' }, 'Reset filters')
    : null;
  const box = message(title, el('p', {}, detail), el('p', { class: 'actions' }, button, reset));
  box.classList.add('error');
  box.setAttribute('role', 'alert');
  clear($('notices')).append(box);
}

function renderPager(result, state) {
  const pager = clear($('pager'));
  const last = lastPage(result.total, result.size);
  if (result.total <= result.size && result.page === 1) return;
  const page = result.page;
  const list = el('ul', {});
  const item = (p, label, attrs = {}) =>
    el('li', {}, p === page
      ? el('span', { class: 'current', 'aria-current': 'page' }, label)
      : navLink(buildSearch(withPage(state, p)), attrs, label));
  if (page > 1) list.append(item(page - 1, '← Previous', { rel: 'prev', class: 'prev' }));
  for (const p of pageWindow(page, last)) {
    list.append(p === null ? el('li', { class: 'gap' }, '…')
      : item(p, formatCount(p), { 'aria-label': `Page ${p}` }));
  }
  if (page < last) list.append(item(page + 1, 'Next →', { rel: 'next', class: 'next' }));
  pager.append(list);
}
