// Suggestions under the search box while the reader types (the ARIA 1.2 combobox pattern): the
// input keeps the focus, aria-activedescendant names the option the arrow keys reached, Enter picks
// it, Escape closes the list.

import { el } from './dom.js';
import { formatCount } from './format.js';

/** Waits this long after the last key before asking, so that fast typing asks once. */
const DELAY_MS = 80;
const SIZE = 8;

/**
 * Offers suggestions for `input` in `listbox`; `pick(text)` runs a search for the one chosen.
 * Returns `close()`, for when a search starts some other way.
 */
export function attachSuggestions(input, listbox, pick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let inFlight = null;

  function close() {
    clearTimeout(timer);
    inFlight?.abort();
    items = [];
    active = -1;
    listbox.replaceChildren();
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox.replaceChildren(...suggestions.map((s, i) => el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: s.kind,
      'data-text': s.text,
    }, el('span', { class: 'text' }, s.text),
    el('span', { class: 'count' }, `${s.kind} · ${formatCount(s.count)} ${s.count === 1 ? 'article' : 'articles'}`))));
    listbox.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
  }

  function setActive(index) {
    const options = listbox.children;
    if (active >= 0) options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    if (active < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    options[active].setAttribute('aria-selected', 'true');
    options[active].scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  async function ask(prefix) {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const url = `/api/suggest?q=${encodeURIComponent(prefix)}&size=${SIZE}`;
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const body = await response.json();
      if (inFlight === controller && document.activeElement === input) show(body.suggestions ?? []);
    } catch {
      // Aborted by a newer key, or the server failed: the box works without suggestions.
    }
  }

  function choose(index) {
    const text = items[index].text;
    close();
    input.value = text;
    pick(text);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (!prefix) {
      close();
      return;
    }
    timer = setTimeout(() => ask(prefix), DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && items.length > 0;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape' && open) {
      // Escape in a search input clears it: here it only closes the list.
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Enter') {
      close();
    }
  });

  // mousedown, not click: a click would blur the input first, which closes the list.
  listbox.addEventListener('mousedown', (e) => {
    const option = e.target.closest('li[role="option"]');
    if (!option) return;
    e.preventDefault();
    choose([...listbox.children].indexOf(option));
  });
  input.addEventListener('blur', close);
  return close;
}
