import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listFile, monthSeries, queryCount, rowOfLine, sortRows, splitLines } from '../../main/resources/public/batch.js';

test('streamed text splits into whole lines, keeping the unfinished one', () => {
  assert.deepEqual(splitLines('{"results":[\n{"query":"a"},\n{"que'), { lines: ['{"results":[', '{"query":"a"},'], rest: '{"que' });
  assert.deepEqual(splitLines(''), { lines: [], rest: '' });
});

test('each row line is a row; the brackets are not', () => {
  assert.equal(rowOfLine('{"results":['), null);
  assert.equal(rowOfLine(']}'), null);
  assert.deepEqual(rowOfLine('{"query":"kyiv","total":3},'), { query: 'kyiv', total: 3 });
  assert.deepEqual(rowOfLine('{"query":"kyiv","total":3}'), { query: 'kyiv', total: 3 });
});

test('a list counts its queries, less a CSV header', () => {
  assert.equal(queryCount('a\n\nb\r\nc\n', false), 3);
  assert.equal(queryCount('label,query\nx,a\nx,b\n', true), 2);
});

test('rows sort by articles either way, ties in the order given', () => {
  const rows = [{ query: 'a', total: 1 }, { query: 'b', total: 5 }, { query: 'c', total: 1 }];
  assert.deepEqual(sortRows(rows, 'most').map((r) => r.query), ['b', 'a', 'c']);
  assert.deepEqual(sortRows(rows, 'fewest').map((r) => r.query), ['a', 'c', 'b']);
  assert.deepEqual(sortRows(rows, 'given').map((r) => r.query), ['a', 'b', 'c']);
});

test('a list saved from rows keeps each label with its merged query', () => {
  assert.equal(listFile([{ label: 'Kyiv', query: '(Kyiv) OR (Kiev)' }, { label: null, query: '"Olena Kovalenko"' }]),
    'Kyiv\t(Kyiv) OR (Kiev)\n"Olena Kovalenko"\n');
});

test('compared rows share every month from the first to the last, gaps as zero', () => {
  const { months, series } = monthSeries([
    { query: 'a', byMonth: [{ value: '2023-11', count: 2 }, { value: '2024-01', count: 1 }] },
    { query: 'b', byMonth: [{ value: '2023-12', count: 4 }] },
  ]);
  assert.deepEqual(months, ['2023-11', '2023-12', '2024-01']);
  assert.deepEqual(series.map((s) => s.counts), [[2, 0, 1], [0, 4, 0]]);
  assert.deepEqual(monthSeries([{ query: 'x', byMonth: [] }]).months, []);
});
