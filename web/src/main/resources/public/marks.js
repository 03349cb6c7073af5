// The API's highlighted text is HTML-escaped text whose only markup is <mark>. The page never hands
// it to innerHTML: it is split into plain and marked runs of text, inserted as text nodes.

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references (`&amp;`, `&#x27;`, `&#39;`); unknown ones stay as written. */
export function decodeEntities(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, ref) ? NAMED[ref] : whole;
  });
}

/**
 * Splits highlighted HTML into runs `{text, marked}`. `<mark>` and `</mark>` switch marking on and
 * off; any other tag is not markup here and stays visible as its literal text.
 */
export function markedSegments(html) {
  const segments = [];
  let marked = false;
  for (const part of (html ?? '').split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      marked = true;
    } else if (tag === '</mark>') {
      marked = false;
    } else if (part) {
      const text = decodeEntities(part);
      const last = segments[segments.length - 1];
      if (last && last.marked === marked) last.text += text;
      else segments.push({ text, marked });
    }
  }
  return segments;
}

/** Splits runs into paragraphs at blank lines, keeping a mark open across the split. */
export function paragraphs(segments) {
  const result = [[]];
  for (const { text, marked } of segments) {
    const pieces = text.split(/\n[ \t]*\n\s*/);
    pieces.forEach((piece, i) => {
      if (i > 0) result.push([]);
      if (piece) result[result.length - 1].push({ text: piece, marked });
    });
  }
  return result.filter((p) => p.some((s) => s.text.trim()));
}

/** Plain text of paragraphs (the article body when no query marked it). */
export function textSegments(text) {
  return text ? [{ text, marked: false }] : [];
}
