// The batch view: paste or upload a list of queries, count each one, compare, download, save.

import { $, clear, el, navLink } from './dom.js';
import { formatCount, formatDate, sourceLabel } from './format.js';
import { listFile, MAX_COMPARED, monthSeries, queryCount, rowOfLine, sortRows, splitLines } from './batch.js';
import { buildSearch, withQuery } from './url-state.js';

const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df'];
const SVG = 'http://www.w3.org/2000/svg';

let rows = [];
let order = 'given';
let compared = new Set();
let shownState = null;
let running = null;

/** The filters of the page's state that a batch applies to every query. */
function batchParams(state, extra = {}) {
  const params = new URLSearchParams();
  for (const source of state.sources) params.append('source', source);
  if (state.from) params.append('from', state.from);
  if (state.to) params.append('to', state.to);
  for (const [k, v] of Object.entries(extra)) params.append(k, v);
  const text = params.toString();
  return `/api/batch${text ? `?${text}` : ''}`;
}

function listType() {
  return $('batch-format-csv').checked ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
}

async function failure(response) {
  try {
    return (await response.json()).error || `The server answered with status ${response.status}.`;
  } catch {
    return `The server answered with status ${response.status}.`;
  }
}

/** Runs the list, showing each row as it is counted. */
async function run(state) {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const text = $('batch-list').value;
  const expected = queryCount(text, $('batch-format-csv').checked);
  rows = [];
  compared = new Set();
  render();
  $('batch-tools').hidden = true;
  $('batch-error').textContent = '';
  $('batch-progress').textContent = `Counting ${formatCount(expected)} ${expected === 1 ? 'query' : 'queries'}…`;
  try {
    const response = await fetch(batchParams(state), {
      method: 'POST', body: text, headers: { 'Content-Type': listType(), Accept: 'application/json' }, signal: controller.signal,
    });
    if (!response.ok) throw new Error(await failure(response));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const { lines, rest } = splitLines(buffer + value);
      buffer = rest;
      for (const line of lines) {
        const row = rowOfLine(line);
        if (row) rows.push(row);
      }
      $('batch-progress').textContent = `${formatCount(rows.length)} of about ${formatCount(expected)} counted…`;
      render();
    }
    $('batch-progress').textContent = `${formatCount(rows.length)} ${rows.length === 1 ? 'row' : 'rows'} counted.`;
    $('batch-tools').hidden = rows.length === 0;
    render();
  } catch (e) {
    if (e.name === 'AbortError') return;
    $('batch-progress').textContent = '';
    $('batch-error').textContent = e.message.startsWith('Failed to fetch') || e instanceof TypeError
      ? 'The search server could not be reached. Check that it is running, then try again.'
      : e.message;
  }
}

/** Downloads the batch as CSV (one row per query, or per matching article). */
async function download(state, allHits) {
  $('batch-error').textContent = '';
  const extra = allHits ? { format: 'csv', allHits: 'true' } : { format: 'csv' };
  try {
    const response = await fetch(batchParams(state, extra), {
      method: 'POST', body: $('batch-list').value, headers: { 'Content-Type': listType() },
    });
    if (!response.ok) throw new Error(await failure(response));
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: allHits ? 'newsearch-batch-articles.csv' : 'newsearch-batch.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    $('batch-error').textContent = e.message;
  }
}

/** Saves the rows as a standing list, whose feed alerts on new matches after each reindex. */
async function save() {
  const name = $('batch-name').value.trim();
  const saved = clear($('batch-saved'));
  if (!/^[a-z0-9-]{1,64}$/.test(name)) {
    saved.textContent = 'A list name is a-z, 0-9 and "-".';
    return;
  }
  const response = await fetch(`/api/lists/${name}`, {
    method: 'PUT', body: listFile(rows), headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
  if (!response.ok) {
    saved.textContent = await failure(response);
    return;
  }
  const answer = await response.json();
  saved.append(`Saved ${answer.entries} entries. `, el('a', { href: answer.feed, id: 'batch-feed', type: 'application/atom+xml' }, 'Subscribe to its feed'));
}

function hitCell(hit) {
  return el('td', {}, hit ? el('time', { datetime: hit.date }, formatDate(hit.date)) : '–');
}

function render() {
  const body = clear($('batch-rows'));
  $('batch-table').hidden = rows.length === 0;
  const header = $('batch-sort');
  header.textContent = { given: 'Articles', most: 'Articles ↓', fewest: 'Articles ↑' }[order];
  header.closest('th').setAttribute('aria-sort', { given: 'none', most: 'descending', fewest: 'ascending' }[order]);
  for (const row of sortRows(rows, order)) {
    const box = el('input', {
      type: 'checkbox', 'aria-label': `Compare ${row.label ?? row.query}`, checked: compared.has(row),
      disabled: !compared.has(row) && compared.size >= MAX_COMPARED,
    });
    box.addEventListener('change', () => {
      if (box.checked) compared.add(row);
      else compared.delete(row);
      render();
    });
    const search = navLink(buildSearch({ ...withQuery(shownState, row.query), dedupe: false }), { class: 'batch-query' },
      row.label ?? row.query);
    const notes = [...row.warnings];
    body.append(el('tr', { class: row.cut ? 'cut' : null },
      el('td', {}, box),
      el('td', {}, search, row.label ? el('div', { class: 'batch-spellings' }, row.query) : null,
        notes.length ? el('div', { class: 'batch-warning' }, notes.join(' ')) : null),
      el('td', { class: 'num' }, formatCount(row.total)),
      el('td', { class: 'num' }, formatCount(row.stories)),
      hitCell(row.first),
      hitCell(row.latest),
      el('td', {}, row.bySource[0] ? `${sourceLabel(row.bySource[0].value)} (${formatCount(row.bySource[0].count)})` : '–')));
  }
  renderChart();
}

/** Lines of monthly counts for the rows ticked to compare. */
function renderChart() {
  const box = clear($('batch-chart'));
  const picked = rows.filter((r) => compared.has(r));
  if (picked.length === 0) {
    box.append(el('p', { class: 'facet-empty' }, rows.length ? `Tick up to ${MAX_COMPARED} rows to compare them over time.` : ''));
    return;
  }
  const { months, series } = monthSeries(picked);
  const width = 640;
  const height = 200;
  const max = Math.max(1, ...series.flatMap((s) => s.counts));
  const x = (i) => (months.length === 1 ? width / 2 : (i * width) / (months.length - 1));
  const y = (n) => height - (n / max) * (height - 10);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'batch-lines');
  // Stretched to the box, so the first and last months sit at its edges like the axis labels.
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Articles per month, ${months[0] ?? ''} to ${months[months.length - 1] ?? ''}, for ${picked.length} rows`);
  series.forEach((s, i) => {
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', s.counts.map((n, j) => `${x(j)},${y(n)}`).join(' '));
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', COLOURS[i % COLOURS.length]);
    line.setAttribute('stroke-width', '2');
    line.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.append(line);
  });
  const legend = el('ul', { class: 'batch-legend' }, series.map((s, i) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.background = COLOURS[i % COLOURS.length];
    return el('li', {}, swatch, `${s.row.label ?? s.row.query} (${formatCount(s.row.total)})`);
  }));
  const axis = el('div', { class: 'chart-axis', 'aria-hidden': 'true' },
    el('span', {}, formatDate(months[0])), months.length > 1 ? el('span', {}, formatDate(months[months.length - 1])) : null);
  box.append(el('p', { class: 'chart-hint' }, `Articles per month (most: ${formatCount(max)})`), svg, axis, legend);
}

let wired = false;

/** Shows the batch view for `state` (its filters apply to every query). */
export function renderBatch(state) {
  shownState = state;
  if (wired) {
    render();
    return;
  }
  wired = true;
  $('batch-form').addEventListener('submit', (e) => {
    e.preventDefault();
    run(shownState);
  });
  $('batch-file').addEventListener('change', async () => {
    const file = $('batch-file').files[0];
    if (!file) return;
    $('batch-list').value = await file.text();
    const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    $('batch-format-csv').checked = csv;
    $('batch-format-lines').checked = !csv;
  });
  $('batch-sort').addEventListener('click', () => {
    order = { given: 'most', most: 'fewest', fewest: 'given' }[order];
    render();
  });
  $('batch-csv').addEventListener('click', () => download(shownState, false));
  $('batch-csv-all').addEventListener('click', () => download(shownState, true));
  $('batch-save').addEventListener('click', () => save());
  render();
}
