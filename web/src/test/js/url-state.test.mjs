import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseState, buildSearch, resultsSearch, articleSearch, searchApiUrl, articleApiUrl, exportUrl,
  effectiveSort, hasFilters, withQuery, withSource, withDates, withUndated, withoutFilters, withSort,
  lastPage, pageWindow, relatedApiUrl, withDedupe, withHideDoubtful, withLiteral, storySearch, storyApiUrl,
  feedUrl, withShare,
} from '../../main/resources/public/url-state.js';

test('an empty query string is the start page', () => {
  const state = parseState('');
  assert.deepEqual(state, { q: '', sources: [], from: '', to: '', undated: false, sort: '', page: 1, dedupe: true, hideDoubtful: false, literal: false, share: false, batch: false, article: '', story: '' });
  assert.equal(buildSearch(state), '');
});

test('every part of the state survives a round trip through the URL', () => {
  const search = '?article=a%2F1&q=%22exact+phrase%22+-word&source=The+Guardian&source=_unknown&from=2025-01-01&to=2025-02-28&sort=oldest&page=3';
  const state = parseState(search);
  assert.equal(state.q, '"exact phrase" -word');
  assert.deepEqual(state.sources, ['The Guardian', '_unknown']);
  assert.equal(state.article, 'a/1');
  assert.equal(state.page, 3);
  assert.equal(buildSearch(state), search);
  assert.deepEqual(parseState(buildSearch(state)), state);
});

test('bad values fall back to defaults, and duplicates are dropped', () => {
  const state = parseState('?page=0&sort=random&source=A&source=A&source=&undated=yes');
  assert.equal(state.page, 1);
  assert.equal(state.sort, '');
  assert.deepEqual(state.sources, ['A']);
  assert.equal(state.undated, false);
  assert.equal(parseState('?page=abc').page, 1);
});

test('the article view links back to exactly the results it came from', () => {
  const results = parseState('?q=putin&source=Reuters&page=2');
  const article = parseState(articleSearch(results, 'x1'));
  assert.equal(article.article, 'x1');
  assert.equal(resultsSearch(article), '?q=putin&source=Reuters&page=2');
});

test('the story view keeps the results for the way back and leaves with a new search', () => {
  const results = parseState('?q=dam&page=2');
  const story = parseState(storySearch(results, 'a b'));
  assert.equal(story.story, 'a b');
  assert.equal(story.article, '');
  assert.equal(resultsSearch(story), '?q=dam&page=2');
  assert.equal(parseState(articleSearch(story, 'x')).story, '');
  assert.equal(withQuery(story, 'y').story, '');
  assert.equal(storyApiUrl('a b/c'), '/api/stories/a%20b%2Fc');
  assert.equal(storyApiUrl('id', 'csv'), '/api/stories/id?format=csv');
});

test('API URLs carry the filters; export leaves out the page', () => {
  const state = parseState('?q=a+b&source=Reuters&from=2025-01-01&undated=true&page=2&sort=newest');
  assert.equal(searchApiUrl(state), '/api/search?q=a+b&source=Reuters&from=2025-01-01&undated=true&sort=newest&page=2&size=10');
  assert.equal(exportUrl(state), '/api/export?q=a+b&source=Reuters&from=2025-01-01&undated=true&sort=newest&format=csv');
  assert.equal(articleApiUrl({ article: 'a b/c', q: 'x&y' }), '/api/articles/a%20b%2Fc?q=x%26y');
  assert.equal(articleApiUrl({ article: 'id', q: '' }), '/api/articles/id');
});

test('the default sort is relevance with a query and newest without', () => {
  assert.equal(effectiveSort(parseState('?q=x')), 'relevance');
  assert.equal(effectiveSort(parseState('')), 'newest');
  assert.equal(effectiveSort(parseState('?q=x&sort=oldest')), 'oldest');
});

test('changing the search or a filter goes back to page 1 and leaves the article view', () => {
  const state = parseState('?q=x&page=4&article=z&source=A');
  assert.equal(withQuery(state, ' y ').q, 'y');
  for (const next of [withQuery(state, 'y'), withSource(state, 'B', true), withDates(state, '2025-01-01', ''),
    withUndated(state, true), withoutFilters(state), withSort(state, 'oldest')]) {
    assert.equal(next.page, 1);
    assert.equal(next.article, '');
  }
  assert.deepEqual(withSource(state, 'B', true).sources, ['A', 'B']);
  assert.deepEqual(withSource(state, 'A', false).sources, []);
  assert.equal(withoutFilters(state).q, 'x');
});

test('dates are put in order, and a date range and "no date" exclude each other', () => {
  const swapped = withDates(parseState(''), '2025-03-01', '2025-01-01');
  assert.deepEqual([swapped.from, swapped.to], ['2025-01-01', '2025-03-01']);
  const undated = withUndated(swapped, true);
  assert.deepEqual([undated.undated, undated.from, undated.to], [true, '', '']);
  assert.equal(withDates(undated, '2025-01-01', '').undated, false);
  assert.equal(hasFilters(parseState('?q=x')), false);
  assert.equal(hasFilters(parseState('?undated=true')), true);
});

test('pages stop at the last page and the result window', () => {
  assert.equal(lastPage(0), 1);
  assert.equal(lastPage(10), 1);
  assert.equal(lastPage(11), 2);
  assert.equal(lastPage(1_000_000), 1000);
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(6, 20), [1, null, 4, 5, 6, 7, 8, null, 20]);
  assert.deepEqual(pageWindow(2, 4), [1, 2, 3, 4]);
});

test('every version of a story is asked for only when the URL says dedupe=false', () => {
  const collapsed = parseState('?q=kiev');
  assert.equal(collapsed.dedupe, true);
  assert.equal(searchApiUrl(collapsed), '/api/search?q=kiev&size=10');
  const every = withDedupe({ ...collapsed, page: 3 }, false);
  assert.equal(every.page, 1);
  assert.equal(buildSearch(every), '?q=kiev&dedupe=false');
  assert.equal(searchApiUrl(every), '/api/search?q=kiev&dedupe=false&size=10');
  assert.deepEqual(parseState(buildSearch(every)), every);
  assert.equal(buildSearch(withDedupe(every, true)), '?q=kiev');
  assert.equal(parseState('?dedupe=no').dedupe, true);
});

test('related articles are asked for by the article id, escaped', () => {
  assert.equal(relatedApiUrl('a/1 b'), '/api/articles/a%2F1%20b/related');
});

test('hiding doubtful extractions is a filter in the URL and in the API requests', () => {
  const state = withHideDoubtful(parseState('?q=x&page=3'), true);
  assert.equal(state.page, 1);
  assert.equal(buildSearch(state), '?q=x&minConfidence=0.5');
  assert.equal(searchApiUrl(state), '/api/search?q=x&minConfidence=0.5&size=10');
  assert.equal(parseState('?minConfidence=0.5').hideDoubtful, true);
  assert.equal(hasFilters(state), true);
  assert.equal(withoutFilters(state).hideDoubtful, false);
});

test('"search with operators" keeps the query and reads it literally; a new query does not', () => {
  const state = withLiteral(parseState('?q=RUSSIA+AND+UKRAINE&page=3'));
  assert.equal(buildSearch(state), '?q=RUSSIA+AND+UKRAINE&literal=true');
  assert.equal(parseState(buildSearch(state)).literal, true);
  assert.equal(withQuery(state, 'talks').literal, false);
  assert.equal(searchApiUrl(state), '/api/search?q=RUSSIA+AND+UKRAINE&literal=true&size=10');
});

test('a feed follows the search and its filters, never its page, sort or view', () => {
  const state = parseState('?q=kyiv&source=Reuters&from=2024-01-01&sort=oldest&page=3&dedupe=false');
  assert.equal(feedUrl(state), '/api/feed.atom?q=kyiv&source=Reuters&from=2024-01-01');
  assert.equal(feedUrl(parseState('')), '/api/feed.atom');
});

test('coverage as a share is kept in the URL and asked of the API', () => {
  const state = withShare(parseState('?q=kyiv'), true);
  assert.equal(buildSearch(state), '?q=kyiv&histogram=share');
  assert.match(searchApiUrl(state), /histogram=share/);
  assert.equal(parseState(buildSearch(state)).share, true);
  assert.equal(buildSearch(withShare(state, false)), '?q=kyiv');
});

test('the batch view is a state of its own, left by a search', () => {
  const state = parseState('?view=batch');
  assert.equal(state.batch, true);
  assert.equal(buildSearch(state), '?view=batch');
  assert.equal(buildSearch(withQuery(state, 'kyiv')), '?q=kyiv');
});
