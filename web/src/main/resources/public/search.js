// The search page: reads its state from the URL, asks the API, shows results or an article.
// Every change of state is a new URL (history.pushState), so reload, back/forward and shared links work.

import { renderArticle, renderArticleError, renderRelated, setBackLink } from './article-view.js';
import { renderBatch } from './batch-view.js';
import { $ } from './dom.js';
import { renderFacets } from './facets-view.js';
import { formatCount, formatDate } from './format.js';
import { message, renderError, renderResults } from './results-view.js';
import { renderStory, renderStoryError, setStoryBackLink } from './story-view.js';
import { attachSuggestions } from './suggest-box.js';
import {
  articleApiUrl, buildSearch, parseState, relatedApiUrl, resultsSearch, searchApiUrl, storyApiUrl, withDates,
  withDedupe, withQuery, withShare, withSort, withoutFilters,
} from './url-state.js';

/** A failed API call: `status` 0 when the server could not be reached. */
class ApiFailure extends Error {
  constructor(status, text) {
    super(text);
    this.status = status;
  }
}

let state = parseState(location.search);
let sequence = 0;
let inFlight = null;

async function fetchJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiFailure(0, 'The search server could not be reached. Check that it is running, then try again.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status says enough.
  }
  if (!response.ok) {
    throw new ApiFailure(response.status, body?.error || `The server answered with status ${response.status}.`);
  }
  if (body === null) throw new ApiFailure(response.status, 'The server sent an answer that is not JSON.');
  return body;
}

/** Shows one of the views: `results`, `article`, `story` or `batch`. */
function showView(view) {
  $('results-view').hidden = view !== 'results';
  $('batch-view').hidden = view !== 'batch';
  $('article-view').hidden = view !== 'article';
  $('story-view').hidden = view !== 'story';
}

function setLoading(loading) {
  document.body.classList.toggle('is-loading', loading);
  $('results').setAttribute('aria-busy', String(loading));
}

/** Shows the state in the URL. Only the newest call renders: an older answer is aborted or ignored. */
async function load({ restoreScroll = false, focusResults = false } = {}) {
  state = parseState(location.search);
  const seq = ++sequence;
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const current = () => seq === sequence;
  $('q').value = state.q;
  setLoading(true);
  try {
    if (state.batch && !state.article && !state.story) {
      showView('batch');
      document.title = 'Batch search · newsearch';
      renderBatch(state);
    } else if (state.article) {
      await loadArticle(controller.signal, current);
    } else if (state.story) {
      await loadStory(controller.signal, current);
    } else {
      await loadResults(controller.signal, current);
    }
    if (!current()) return;
    if (restoreScroll) window.scrollTo(0, history.state?.scrollY ?? 0);
    if (focusResults) {
      $('results').focus({ preventScroll: true });
      window.scrollTo(0, 0);
    }
  } catch (e) {
    if (e.name !== 'AbortError') throw e;
  } finally {
    if (current()) setLoading(false);
  }
}

async function loadResults(signal, current) {
  showView('results');
  document.title = state.q ? `${state.q} · newsearch` : 'newsearch';
  try {
    const result = await fetchJson(searchApiUrl(state), signal);
    if (!current()) return;
    $('results-view').classList.remove('failed');
    renderResults(result, state);
    renderFacets(result.facets, state, update, result.facetsApproximate === true);
  } catch (e) {
    if (!(e instanceof ApiFailure) || !current()) throw e;
    const title = e.status === 0 ? 'Cannot reach the search server' : 'The search failed';
    renderError(title, e.message, state, () => load());
    $('results-view').classList.add('failed');
  }
}

async function loadArticle(signal, current) {
  showView('article');
  setBackLink(state);
  $('article-content').replaceChildren(message('Loading the article…'));
  let heading;
  try {
    const article = await fetchJson(articleApiUrl(state), signal);
    if (!current()) return;
    heading = renderArticle(article, state);
    loadRelated(article.id, signal, current);
  } catch (e) {
    if (!(e instanceof ApiFailure) || !current()) throw e;
    heading = e.status === 404
      ? renderArticleError('Article not found', 'There is no article with this id in the archive; it may have been removed by a reindex.')
      : renderArticleError(e.status === 0 ? 'Cannot reach the search server' : 'The article could not be loaded', e.message);
  }
  heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function loadStory(signal, current) {
  showView('story');
  setStoryBackLink(state);
  $('story-content').replaceChildren(message('Loading the story…'));
  let heading;
  try {
    const story = await fetchJson(storyApiUrl(state.story), signal);
    if (!current()) return;
    heading = renderStory(story, state);
  } catch (e) {
    if (!(e instanceof ApiFailure) || !current()) throw e;
    heading = e.status === 404
      ? renderStoryError('Story not found', 'There is no article with this id in the archive; it may have been removed by a reindex.')
      : renderStoryError(e.status === 0 ? 'Cannot reach the search server' : 'The story could not be loaded', e.message);
  }
  heading.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

/** Related articles arrive after the article: a failure only leaves the list out. */
async function loadRelated(id, signal, current) {
  const shown = state;
  try {
    const answer = await fetchJson(relatedApiUrl(id), signal);
    if (current()) renderRelated(answer.related, shown);
  } catch {
    // Aborted by a newer navigation, or the server failed: the article stands without the list.
  }
}

/** Navigates to a new state: a new history entry, unless it is the same URL again. */
function go(next, { fromResults = false, focusResults = false } = {}) {
  const url = location.pathname + buildSearch(next);
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
  if (url === location.pathname + location.search) {
    history.replaceState({ ...history.state }, '', url);
  } else {
    history.pushState({ fromResults }, '', url);
  }
  load({ focusResults });
}

/** Navigates to a change of the current state. */
function update(change) {
  go(change(state));
}

function onLinkClick(e) {
  const link = e.target.closest?.('a[data-nav]');
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const target = new URL(link.href);
  if (target.origin !== location.origin) return;
  e.preventDefault();
  const next = parseState(target.search);
  if ((link.id === 'back-link' || link.id === 'story-back-link') && history.state?.fromResults && target.search === resultsSearch(state)) {
    history.back();
    return;
  }
  const opensView = Boolean(next.article || next.story);
  const fromResults = !state.article && !state.story && opensView;
  go(next, { fromResults, focusResults: Boolean(link.closest('#pager')) });
}

function onKey(e) {
  const typing = e.target.closest?.('input, textarea, select, [contenteditable]');
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    $('q').focus();
    $('q').select();
  } else if (e.key === 'Escape' && !$('help').hidden) {
    toggleHelp(false);
  }
}

function toggleHelp(open) {
  $('help').hidden = !open;
  $('help-toggle').setAttribute('aria-expanded', String(open));
  if (open) $('help-title').focus();
  else $('help-toggle').focus();
}

async function showHealth() {
  try {
    const health = await fetchJson('/api/health');
    const built = health.builtAt ? ` · index built ${formatDate(health.builtAt.slice(0, 10))}` : '';
    $('footer').textContent = `newsearch · ${formatCount(health.articles)} articles in the archive${built}`;
  } catch {
    $('footer').textContent = 'newsearch';
  }
}

function wire() {
  const closeSuggestions = attachSuggestions($('q'), $('suggestions'), (text) => go(withQuery(state, text)));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    closeSuggestions();
    go(withQuery(state, $('q').value));
  });
  $('sort').addEventListener('change', () => go(withSort(state, $('sort').value)));
  $('every-version').addEventListener('change', () => go(withDedupe(state, !$('every-version').checked)));
  $('date-form').addEventListener('submit', (e) => {
    e.preventDefault();
    go(withDates(state, $('from').value, $('to').value));
  });
  $('reset-filters').addEventListener('click', () => go(withoutFilters(state)));
  $('chart-count').addEventListener('change', () => go(withShare(state, false)));
  $('chart-share').addEventListener('change', () => go(withShare(state, true)));
  $('filters-toggle').addEventListener('click', () => {
    const open = $('filters-toggle').getAttribute('aria-expanded') !== 'true';
    $('filters-toggle').setAttribute('aria-expanded', String(open));
    $('filters').classList.toggle('open', open);
  });
  $('help-toggle').addEventListener('click', () => toggleHelp($('help').hidden));
  $('help-close').addEventListener('click', () => toggleHelp(false));
  $('help-title').tabIndex = -1;
  document.addEventListener('click', onLinkClick);
  document.addEventListener('keydown', onKey);
  window.addEventListener('popstate', () => load({ restoreScroll: true }));
}

history.scrollRestoration = 'manual';
wire();
if (!state.article && !state.story && !state.batch) $('q').focus();
load();
showHealth();
