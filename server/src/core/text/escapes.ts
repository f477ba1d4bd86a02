import { unescapeAll } from 'markdown-it/lib/common/utils.mjs';
import { wordBreaks } from './lineEndHyphens.js';

/**
 * The text of Markdown read where offsets must be the Markdown's (a date, which a diagnostic points at, an address
 * beside it): a backslash escape is the character it escapes, a character reference the character it names. Writers
 * escape what their Markdown could read as syntax, some far more than needed (mammoth's Markdown every period,
 * hyphen and parenthesis: « 3:00 p\.m\. », « 2026\-03\-19 », « Jacques\-Parizeau »; Google Docs' a hyphen between
 * blanks), and a web page saved as Markdown keeps its references (« 14&nbsp;h », « l&rsquo;Amérique »). A word broken at
 * a line end by a hyphen, as copied from a PDF (« Ja-↵nuary 14 »), is read whole (see joinLineEndHyphens).
 */
export interface MarkdownText {
  /** The text, escapes and references read. */
  text: string;
  /** Where the character at an offset of `text` starts in the Markdown. */
  start: (offset: number) => number;
  /** Where a span of `text` that ends at an offset ends in the Markdown (past its last character). */
  end: (offset: number) => number;
}

/** A backslash before ASCII punctuation, or a character reference: named, decimal or hexadecimal. */
const ESCAPE_OR_REFERENCE = /\\[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]|&(?:#x[\da-f]{1,6}|#\d{1,7}|[a-z][a-z\d]{1,31});/gi;

/**
 * The text of `markdown`, its escapes, references and words broken at line ends read, and the spans `removed` (a
 * text copied from a PDF: its page furniture, document/pageFurniture.ts; a draft's text a review mark deletes,
 * document/reviewMarks.ts) left out; undefined when it holds none.
 */
export function markdownText(markdown: string, removed: readonly { from: number; length: number }[] = []): MarkdownText | undefined {
  const breaks = wordBreaks(markdown);
  if (!markdown.includes('\\') && !markdown.includes('&') && breaks.length === 0 && removed.length === 0) return undefined;
  // What is read, in the Markdown's order: where it starts in the Markdown, its length there, the text it reads as.
  // What is left out holds no escape or word break that is read (a struck « 3\\. »).
  const outside = (from: number, length: number) => !removed.some((left) => from < left.from + left.length && from + length > left.from);
  const edits = [...breaks.filter(({ from, length }) => outside(from, length)), ...removed].map(({ from, length }) => ({
    from,
    written: length,
    character: '',
  }));
  for (const found of markdown.matchAll(ESCAPE_OR_REFERENCE)) {
    const character = unescapeAll(found[0]);
    if (character !== found[0] && outside(found.index, found[0].length)) edits.push({ from: found.index, written: found[0].length, character });
  }
  return edits.length === 0 ? undefined : editedText(markdown, edits);
}

/**
 * A text with some of its spans read as other characters (`edits`: where each starts in `source`, its length there,
 * what it reads as), and the map of each offset of the text read back to `source`. Edits do not overlap.
 */
export function editedText(source: string, edits: { from: number; written: number; character: string }[]): MarkdownText {
  edits.sort((a, b) => a.from - b.from);
  // Each edit read: where it starts in the source and in the text, its lengths in both.
  const read: { from: number; at: number; written: number; length: number }[] = [];
  let text = '';
  let copied = 0;
  for (const { from, written, character } of edits) {
    text += source.slice(copied, from);
    read.push({ from, at: text.length, written, length: character.length });
    text += character;
    copied = from + written;
  }
  text += source.slice(copied);
  /** The last edit read that starts in the text at or before an offset (`before`: before it). */
  const last = (offset: number, before: boolean) => {
    let found: (typeof read)[number] | undefined;
    for (const one of read) if (before ? one.at < offset : one.at <= offset) found = one;
    return found;
  };
  return {
    text,
    start(offset) {
      const one = last(offset, false);
      if (!one) return offset;
      return offset < one.at + one.length ? one.from : offset - one.at - one.length + one.from + one.written;
    },
    end(offset) {
      const one = last(offset, true);
      if (!one) return offset;
      return offset <= one.at + one.length ? one.from + one.written : offset - one.at - one.length + one.from + one.written;
    },
  };
}
