// Small DOM helpers. Text always goes in as text nodes; nothing here parses HTML.

import { metaParts } from './format.js';
import { markedSegments } from './marks.js';

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** `el('a', {href: '?q=x', class: 'hit'}, 'text', child)`: attributes via setAttribute, children as nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Appends runs of text, the marked ones wrapped in `<mark>`. */
export function appendSegments(parent, segments) {
  for (const { text, marked } of segments) {
    parent.append(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return parent;
}

/** Appends the API's highlighted HTML (only `<mark>` is honoured), or plain text when there is none. */
export function appendMarked(parent, html, plainText) {
  if (html === undefined || html === null) {
    parent.append(document.createTextNode(plainText ?? ''));
    return parent;
  }
  return appendSegments(parent, markedSegments(html));
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A link the page follows itself (history.pushState) instead of reloading. */
export function navLink(search, attrs, ...children) {
  return el('a', { href: location.pathname + search, 'data-nav': true, ...attrs }, ...children);
}

/**
 * An article's meta line, `<p class="…">` with its source and date (the hit list's and the article
 * view's), then any `extra` children.
 */
export function articleMeta(article, className, ...extra) {
  const parts = metaParts(article).map((part) => {
    if (part.kind === 'source') {
      return el('span', { class: part.unknown ? 'source unknown' : 'source' }, part.text);
    }
    return part.kind === 'time'
      ? el('time', { datetime: part.datetime }, part.text)
      : el('span', { class: 'unknown' }, part.text);
  });
  return el('p', { class: className }, ...parts, ...extra);
}
