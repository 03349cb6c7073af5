// The article view: headline, source, date, the whole body in paragraphs with the query's matches marked.

import { $, el, clear, appendMarked, appendSegments, articleMeta, navLink } from './dom.js';
import { extractionText, formatDate, safeHttpUrl, sourceLabel, versionLabel } from './format.js';
import { markedSegments, paragraphs, textSegments } from './marks.js';
import { articleSearch, resultsSearch } from './url-state.js';

/** Points the "back to results" link at the results this article was opened from. */
export function setBackLink(state) {
  $('back-link').href = location.pathname + resultsSearch(state);
}

export function renderArticle(article, state) {
  const content = clear($('article-content'));
  const title = el('h1', { id: 'article-title', tabindex: '-1' });
  appendMarked(title, article.headlineHtml, article.headline || '(no headline)');
  const meta = articleMeta(article, 'article-meta',
    article.authors?.length ? el('span', { class: 'authors' }, `By ${article.authors.join(', ')}`) : null);
  const url = safeHttpUrl(article.url);
  const original = url
    ? el('p', { class: 'original' }, el('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' },
      'Original article', el('span', { class: 'visually-hidden' }, ' (opens in a new tab)')))
    : null;
  const segments = article.bodyHtml !== undefined ? markedSegments(article.bodyHtml) : textSegments(article.body);
  const body = el('div', { class: 'article-body' });
  for (const paragraph of paragraphs(segments)) body.append(appendSegments(el('p', {}), paragraph));
  if (!body.hasChildNodes()) body.append(el('p', { class: 'unknown' }, 'This article has no text.'));
  const versions = article.otherVersions?.length
    ? el('section', { class: 'versions', 'aria-labelledby': 'versions-title' },
      el('h2', { id: 'versions-title' }, 'The same story elsewhere'),
      el('ul', {}, article.otherVersions.map((v) =>
        el('li', {}, navLink(articleSearch(state, v.id), {}, versionLabel(v))))))
    : null;
  const related = el('section', { id: 'related', class: 'related', 'aria-labelledby': 'related-title', hidden: true },
    el('h2', { id: 'related-title' }, 'Related articles'), el('ul', {}));
  const how = extractionText(article.extraction);
  const provenance = how ? el('p', { class: 'extraction' }, how) : null;
  content.append(...[title, meta, provenance, original, versions, body, related].filter(Boolean));
  document.title = `${article.headline || 'Article'} · newsearch`;
  return title;
}

/** Fills the "Related articles" list under the article; stays hidden when there are none. */
export function renderRelated(related, state) {
  const section = $('related');
  if (!section || !related?.length) return;
  const list = clear(section.querySelector('ul'));
  for (const r of related) {
    const meta = [sourceLabel(r.source), formatDate(r.date)].filter(Boolean).join(', ');
    list.append(el('li', {}, navLink(articleSearch(state, r.id), {}, r.headline || '(no headline)'),
      el('span', { class: 'related-meta' }, ` ${meta}`)));
  }
  section.hidden = false;
}

export function renderArticleError(title, detail) {
  const content = clear($('article-content'));
  const heading = el('h1', { id: 'article-title', tabindex: '-1' }, title);
  content.append(el('div', { class: 'message error', role: 'alert' }, heading, el('p', {}, detail)));
  document.title = 'Article not available · newsearch';
  return heading;
}
