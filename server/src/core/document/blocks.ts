/**
 * Splits a Markdown body into top-level blocks at boundaries Markdown cannot carry state across:
 * a blank line followed by a line that starts in column 0, outside fenced code and outside the HTML
 * blocks that may contain blank lines (comments, <pre>, <script>…). Each block can then be parsed,
 * cached and re-used on its own: an edit re-parses only the blocks whose text changed.
 */
export interface BlockSpan {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_OPENERS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

export function splitBlocks(text: string, from = 0, to = text.length): BlockSpan[] {
  const blocks: BlockSpan[] = [];
  let blockStart = from;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && !/^[ \t]/.test(line) && lineStart > blockStart) {
        blocks.push({ start: blockStart, end: lineStart });
        blockStart = lineStart;
      }
      const open = FENCE.exec(line);
      if (open && !(open[1][0] === '`' && line.slice(open.index + open[0].length).includes('`'))) fence = open[1];
      else {
        for (const [opener, closer] of HTML_OPENERS) {
          if (opener.test(line)) {
            if (!closer.test(line.replace(opener, ''))) htmlEnd = closer;
            break;
          }
        }
      }
    }
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  if (blockStart < to || blocks.length === 0) blocks.push({ start: blockStart, end: to });
  return blocks;
}
