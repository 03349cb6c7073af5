// The batch view's logic without the DOM: the streamed rows, their order, the chart's series.

/** The most rows the comparison chart draws. */
export const MAX_COMPARED = 5;

/**
 * Splits streamed text into complete lines: `{ lines, rest }`, where `rest` is the unfinished
 * last line to prepend to the next chunk.
 */
export function splitLines(buffer) {
  const parts = buffer.split('\n');
  const rest = parts.pop();
  return { lines: parts, rest };
}

/** A row of `/api/batch`'s answer from one of its lines (one row a line), or null for the brackets. */
export function rowOfLine(line) {
  const text = line.trim().replace(/,$/, '');
  if (!text.startsWith('{"query"')) return null;
  return JSON.parse(text);
}

/** Roughly how many queries a list holds, for progress: non-blank lines, less a CSV header. */
export function queryCount(text, csv) {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
  return csv ? Math.max(0, lines - 1) : lines;
}

/** Rows in the order asked: `'given'`, `'most'` or `'fewest'` articles (ties keep the list's order). */
export function sortRows(rows, order) {
  const indexed = rows.map((row, index) => ({ row, index }));
  if (order === 'most') indexed.sort((a, b) => b.row.total - a.row.total || a.index - b.index);
  if (order === 'fewest') indexed.sort((a, b) => a.row.total - b.row.total || a.index - b.index);
  return indexed.map((e) => e.row);
}

/** The list as a standing list file: `label<TAB>query` or the query alone, one row a line. */
export function listFile(rows) {
  return rows.map((row) => (row.label ? `${row.label}\t${row.query}` : row.query)).join('\n') + '\n';
}

function nextMonth(month) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The comparison chart's data: every month from the first to the last of any row, and per row its
 * count in each (0 where it has none).
 */
export function monthSeries(rows) {
  const all = rows.flatMap((row) => row.byMonth.map((b) => b.value)).sort();
  if (all.length === 0) return { months: [], series: rows.map((row) => ({ row, counts: [] })) };
  const months = [];
  for (let m = all[0]; m <= all[all.length - 1]; m = nextMonth(m)) months.push(m);
  const series = rows.map((row) => {
    const byMonth = new Map(row.byMonth.map((b) => [b.value, b.count]));
    return { row, counts: months.map((m) => byMonth.get(m) ?? 0) };
  });
  return { months, series };
}
