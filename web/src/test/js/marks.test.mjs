import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, markedSegments, paragraphs } from '../../main/resources/public/marks.js';

test('character references are decoded once', () => {
  assert.equal(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#x27;e&#39; &#x2F;'), 'a & b <c> "d" \'e\' /');
  assert.equal(decodeEntities('&amp;lt;'), '&lt;');
  assert.equal(decodeEntities('&unknown; &#0; &#xD800;'), '&unknown; &#0; &#xD800;');
});

test('only <mark> is markup: it becomes marked runs of text', () => {
  assert.deepEqual(markedSegments('Trump-<mark>Putin</mark> meeting'), [
    { text: 'Trump-', marked: false },
    { text: 'Putin', marked: true },
    { text: ' meeting', marked: false },
  ]);
  assert.deepEqual(markedSegments('<MARK>a</MARK>'), [{ text: 'a', marked: true }]);
  assert.deepEqual(markedSegments(''), []);
  assert.deepEqual(markedSegments(undefined), []);
});

test('any other tag stays visible as text, escaped or not', () => {
  assert.deepEqual(markedSegments('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>'), [
    { text: '<img src=x onerror=alert(1)> ', marked: false },
    { text: 'x', marked: true },
  ]);
  assert.deepEqual(markedSegments('<script>alert(1)</script>'), [{ text: '<script>alert(1)</script>', marked: false }]);
  assert.deepEqual(markedSegments('<mark onclick=x>y</mark>'), [{ text: '<mark onclick=x>y', marked: false }]);
});

test('an unclosed mark ends with the text', () => {
  assert.deepEqual(markedSegments('a <mark>b'), [{ text: 'a ', marked: false }, { text: 'b', marked: true }]);
});

test('bodies split into paragraphs at blank lines, marks kept', () => {
  const body = markedSegments('First <mark>para</mark>.\n\nSecond\n \n\n<mark>third\n\nfourth</mark>\n\n');
  assert.deepEqual(paragraphs(body), [
    [{ text: 'First ', marked: false }, { text: 'para', marked: true }, { text: '.', marked: false }],
    [{ text: 'Second', marked: false }],
    [{ text: 'third', marked: true }],
    [{ text: 'fourth', marked: true }],
  ]);
  assert.deepEqual(paragraphs([]), []);
});
