// The story view: every version of one story in time order, each with what it changed against the
// earliest in the archive (added sentences, removed ones struck through, changed ones old → new).

import { $, el, clear, articleMeta, navLink } from './dom.js';
import { plural, versionLabel } from './format.js';
import { articleSearch, resultsSearch, storyApiUrl } from './url-state.js';

/** Points the story view's "back to results" link at the results it was opened from. */
export function setStoryBackLink(state) {
  $('story-back-link').href = location.pathname + resultsSearch(state);
}

export function renderStory(story, state) {
  const content = clear($('story-content'));
  const versions = story.versions ?? [];
  const title = el('h1', { id: 'story-title', tabindex: '-1' },
    `One story, ${plural(versions.length, 'version')} from ${plural(story.outlets, 'outlet')}`);
  const first = el('p', { class: 'story-first' }, 'First seen in the archive: ', versionLabel(story.firstSeen ?? {}),
    ' · ', el('a', { href: storyApiUrl(story.story, 'csv'), class: 'export', download: true }, 'Export CSV'));
  const list = el('ol', { class: 'story-versions' });
  versions.forEach((version, i) => list.append(renderVersion(version, i === 0, state)));
  content.append(title, first, list);
  document.title = 'Story versions · newsearch';
  return title;
}

function renderVersion(version, earliest, state) {
  const heading = el('h2', { class: 'version-title' },
    navLink(articleSearch(state, version.id), {}, version.headline || '(no headline)'));
  const meta = articleMeta(version, 'hit-meta version-meta',
    earliest ? el('span', { class: 'first-seen' }, 'First seen in the archive') : null);
  let changes;
  if (earliest) {
    changes = el('p', { class: 'no-changes' }, 'The earliest version: the others are compared with it.');
  } else if (!version.diff?.length) {
    changes = el('p', { class: 'no-changes' }, 'No sentence changed.');
  } else {
    changes = el('ul', { class: 'changes' }, version.diff.map(renderChange));
  }
  return el('li', { class: earliest ? 'story-version earliest' : 'story-version', 'data-id': version.id },
    heading, meta, changes);
}

/** One change; its kind is said in words too, not by colour alone. */
function renderChange(change) {
  const label = (text) => el('span', { class: 'op' }, text);
  if (change.op === 'added') {
    return el('li', { class: 'change added' }, label('Added '), el('ins', {}, change.text));
  }
  if (change.op === 'removed') {
    return el('li', { class: 'change removed' }, label('Removed '), el('del', {}, change.text));
  }
  return el('li', { class: 'change changed' }, label('Changed '),
    el('del', {}, change.was ?? ''), ' → ', el('ins', {}, change.text));
}

export function renderStoryError(title, detail) {
  const content = clear($('story-content'));
  const heading = el('h1', { id: 'story-title', tabindex: '-1' }, title);
  content.append(el('div', { class: 'message error', role: 'alert' }, heading, el('p', {}, detail)));
  document.title = 'Story not available · newsearch';
  return heading;
}
