// The filters beside the results: sources to tick, the date chart, from/to inputs and "no date".

import { $, el, clear } from './dom.js';
import { facetCount, formatShare, sourceLabel, UNKNOWN_SOURCE } from './format.js';
import { histogramBars, rangeOfBars } from './histogram.js';
import { hasFilters, withDates, withHideDoubtful, withSource, withUndated } from './url-state.js';

// The chart's document-wide listener belongs to the chart on screen: a new chart ends the old one's.
let chartListeners = new AbortController();

/**
 * Shows the facets of a result for `state`. `update(change)` navigates to `change(current state)`:
 * a click while a newer search loads applies to that newer search. `approximate`: the counts are
 * estimates from a sample of a large match set, shown with "≈".
 */
export function renderFacets(facets, state, update, approximate = false) {
  renderSources(facets?.source ?? [], state, update, approximate);
  renderChart(facets?.date, state, update, approximate);
  $('chart-count').checked = !state.share;
  $('chart-share').checked = Boolean(state.share);
  $('from').value = state.from;
  $('to').value = state.to;
  renderUndated(facets?.date?.undated ?? 0, state, update);
  renderQuality(state, update);
  $('reset-filters').disabled = !hasFilters(state);
  const active = state.sources.length + (state.from || state.to ? 1 : 0) + (state.undated ? 1 : 0)
    + (state.hideDoubtful ? 1 : 0);
  $('filters-toggle').textContent = active ? `Filters (${active})` : 'Filters';
}

function checkbox(label, count, checked, onChange, approximate = false, share = null) {
  const input = el('input', { type: 'checkbox', checked });
  input.addEventListener('change', () => onChange(input.checked));
  const about = approximate ? 'about ' : '';
  const spoken = share === null
    ? `${about}${count} articles`
    : `${about}${count} articles, ${formatShare(share)} of its articles`;
  const shown = share === null
    ? facetCount(count, approximate)
    : `${facetCount(count, approximate)} · ${formatShare(share)}`;
  return el('li', {}, el('label', { class: 'facet-option' }, input,
    el('span', { class: 'facet-name' }, label),
    el('span', { class: 'facet-count', 'aria-label': spoken }, shown)));
}

function renderSources(values, state, update, approximate) {
  const list = clear($('source-facet'));
  const shown = values.map((v) => v.value);
  // A ticked source with no match left must stay visible, or it could not be unticked.
  const entries = [...values, ...state.sources.filter((s) => !shown.includes(s)).map((s) => ({ value: s, count: 0 }))];
  for (const { value, count, share } of entries) {
    const item = checkbox(sourceLabel(value), count, state.sources.includes(value),
      (ticked) => update((s) => withSource(s, value, ticked)), approximate,
      state.share && share !== undefined ? share : null);
    if (value === UNKNOWN_SOURCE) item.classList.add('unknown');
    list.append(item);
  }
  if (entries.length === 0) list.append(el('li', { class: 'facet-empty' }, 'No sources'));
}

function renderUndated(undated, state, update) {
  const list = clear($('undated-facet'));
  if (undated > 0 || state.undated) {
    list.append(checkbox('No date', undated, state.undated, (ticked) => update((s) => withUndated(s, ticked))));
  }
}

function renderQuality(state, update) {
  const list = clear($('quality-facet'));
  const input = el('input', { type: 'checkbox', id: 'hide-doubtful', checked: Boolean(state.hideDoubtful) });
  input.addEventListener('change', () => update((s) => withHideDoubtful(s, input.checked)));
  list.append(el('li', {}, el('label', { class: 'facet-option' }, input,
    el('span', { class: 'facet-name' }, 'Hide doubtful extractions'))));
}

function renderChart(histogram, state, update, approximate) {
  const box = clear($('date-chart'));
  chartListeners.abort();
  chartListeners = new AbortController();
  const share = Boolean(state.share);
  const bars = histogramBars(histogram, state.from, state.to, share);
  if (bars.length === 0) {
    box.append(el('p', { class: 'facet-empty' }, 'No dated articles'));
    return;
  }
  const chart = el('div', {
    class: 'chart', role: 'group',
    'aria-label': `${share ? 'Share of all articles that match, per' : 'Articles per'} ${histogram.interval}. Choose a bar, or drag across bars, to filter by date.`,
  });
  const focusIndex = Math.max(0, bars.findIndex((b) => b.selected));
  bars.forEach((bar, i) => {
    const fill = el('span', { class: 'bar-fill' });
    fill.style.height = `${Math.max(bar.fraction * 100, bar.count > 0 ? 4 : 1)}%`;
    const counted = `${facetCount(bar.count, approximate)} ${bar.count === 1 ? 'article' : 'articles'}`;
    const text = share
      ? `${bar.label}: ${formatShare(bar.share)} of all articles (${counted})`
      : `${bar.label}: ${counted}`;
    const button = el('button', {
      type: 'button', class: `bar${bar.selected ? ' selected' : ''}${bar.count === 0 ? ' empty' : ''}`,
      title: text, 'aria-label': text, 'data-index': i, tabindex: i === focusIndex ? 0 : -1,
    }, fill);
    chart.append(button);
  });
  wireChart(chart, bars, (from, to) => update((s) => withDates(s, from, to)));
  const axis = el('div', { class: 'chart-axis', 'aria-hidden': 'true' },
    el('span', {}, bars[0].label), bars.length > 1 ? el('span', {}, bars[bars.length - 1].label) : null);
  const caption = share
    ? `Bars: the share of all articles of each ${histogram.interval} that match. Click a bar or drag across bars to filter.`
    : `Bars: matching articles per ${histogram.interval}. Click a bar or drag across bars to filter.`;
  box.append(chart, axis, el('p', { class: 'chart-hint', id: 'chart-caption' }, caption));
}

/** Click or Enter picks a bar; a pointer drag picks the bars it crosses; arrow keys move between bars. */
function wireChart(chart, bars, pick) {
  const buttons = [...chart.querySelectorAll('.bar')];
  const indexAt = (x, y) => {
    const bar = document.elementFromPoint(x, y)?.closest?.('.bar');
    return bar && chart.contains(bar) ? Number(bar.dataset.index) : null;
  };
  let dragStart = null;
  let dragEnd = null;
  let dragged = false;
  const paint = () => buttons.forEach((b, i) => b.classList.toggle('dragging',
    dragStart !== null && i >= Math.min(dragStart, dragEnd) && i <= Math.max(dragStart, dragEnd)));
  chart.addEventListener('pointerdown', (e) => {
    const i = indexAt(e.clientX, e.clientY);
    if (i === null || e.button !== 0) return;
    dragStart = dragEnd = i;
    dragged = false;
    paint();
  });
  chart.addEventListener('pointermove', (e) => {
    if (dragStart === null) return;
    const i = indexAt(e.clientX, e.clientY);
    if (i !== null && i !== dragEnd) {
      dragEnd = i;
      dragged = true;
      paint();
    }
  });
  const finish = () => {
    if (dragStart === null) return;
    const [a, b] = [dragStart, dragEnd];
    dragStart = dragEnd = null;
    paint();
    if (a === b) {
      dragged = false;
    } else if (dragged) {
      const range = rangeOfBars(bars, a, b);
      pick(range.from, range.to);
    }
  };
  document.addEventListener('pointerup', finish, { signal: chartListeners.signal });
  chart.addEventListener('pointercancel', () => { dragStart = dragEnd = null; paint(); });
  chart.addEventListener('click', (e) => {
    const bar = e.target.closest('.bar');
    if (!bar || dragged) {
      dragged = false;
      return;
    }
    const range = rangeOfBars(bars, Number(bar.dataset.index), Number(bar.dataset.index));
    pick(range.from, range.to);
  });
  chart.addEventListener('keydown', (e) => {
    const current = buttons.indexOf(document.activeElement);
    const next = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (current < 0 || next === undefined) return;
    e.preventDefault();
    const target = buttons[Math.min(Math.max(next, 0), buttons.length - 1)];
    buttons.forEach((b) => { b.tabIndex = b === target ? 0 : -1; });
    target.focus();
  });
}
