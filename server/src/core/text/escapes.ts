/**
 * Markdown's backslash escapes in text read where offsets must be the Markdown's (dates, which diagnostics point
 * at): a backslash before ASCII punctuation is no character, and the punctuation is itself. Writers escape what
 * their Markdown could read as syntax, some far more than needed: mammoth's Markdown every period, hyphen and
 * parenthesis (« 3:00 p\.m\. », « 2026\-03\-19 »), Google Docs' a hyphen between blanks (« 9 h \- 17 h »).
 */
export interface Unescaped {
  /** The text without its escapes' backslashes. */
  text: string;
  /** Where the character at an offset of `text` is in the Markdown. */
  start: (offset: number) => number;
  /** Where a span of `text` that ends at an offset ends in the Markdown (past its last character). */
  end: (offset: number) => number;
}

/** The text of `markdown` without its escapes' backslashes; undefined when it holds no escape. */
export function withoutEscapes(markdown: string): Unescaped | undefined {
  let from = markdown.indexOf('\\');
  while (from !== -1 && !isAsciiPunctuation(markdown.charCodeAt(from + 1))) from = markdown.indexOf('\\', from + 2);
  if (from === -1) return undefined;
  // The offsets in the text where a backslash was dropped, in order.
  const dropped: number[] = [];
  const parts: string[] = [];
  let copied = 0;
  for (let index = from; index !== -1; index = markdown.indexOf('\\', index)) {
    if (!isAsciiPunctuation(markdown.charCodeAt(index + 1))) {
      index += 2;
      continue;
    }
    parts.push(markdown.slice(copied, index));
    dropped.push(index - dropped.length);
    copied = index + 1;
    index += 2;
  }
  parts.push(markdown.slice(copied));
  // The backslashes dropped at or before an offset of the text (its character's own included).
  const before = (offset: number) => {
    let count = 0;
    while (count < dropped.length && dropped[count] <= offset) count++;
    return count;
  };
  return { text: parts.join(''), start: (offset) => offset + before(offset), end: (offset) => (offset === 0 ? 0 : offset - 1 + before(offset - 1) + 1) };
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}
