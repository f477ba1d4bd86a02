/**
 * Splits a Markdown body into top-level blocks at boundaries Markdown cannot carry state across:
 * a blank line followed by a line that starts in column 0, outside fenced code and outside the HTML
 * blocks that may contain blank lines (comments, <pre>, <script>…). Blocks are grouped into chunks
 * (see chunkSpans), and each chunk is parsed, cached and re-used on its own: an edit re-parses only
 * the chunks whose text changed.
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
  [/^ {0,3}<![A-Z]/i, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/**
 * Calls `boundary` with the start of every block after the first, in order, until it returns true.
 * At a boundary the scanner is always in the same state (after a blank line, outside code and HTML),
 * which is what lets an incremental split resume or stop there.
 */
function scanBoundaries(text: string, from: number, to: number, boundary: (start: number) => boolean): void {
  let blockStart = from;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else if (!blank) {
      const first = line.charCodeAt(0);
      // A pandoc definition (`:` or `~` and a blank) belongs with the term above it (markdownTree.ts).
      const definition = (first === 58 || first === 126) && (line.charCodeAt(1) === 32 || line.charCodeAt(1) === 9);
      if (previousBlank && first !== 32 && first !== 9 && !definition && lineStart > blockStart) {
        if (boundary(lineStart)) return;
        blockStart = lineStart;
      }
      // Only lines that may open a fence or an HTML block pay for the regexes.
      if (line.includes('`') || line.includes('~')) {
        const open = FENCE.exec(line);
        if (open && !(open[1][0] === '`' && line.slice(open.index + open[0].length).includes('`'))) fence = open[1];
      }
      if (fence === undefined && line.includes('<')) {
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
}

export function splitBlocks(text: string, from = 0, to = text.length): BlockSpan[] {
  const blocks: BlockSpan[] = [];
  let blockStart = from;
  scanBoundaries(text, from, to, (start) => {
    blocks.push({ start: blockStart, end: start });
    blockStart = start;
    return false;
  });
  blocks.push({ start: blockStart, end: to });
  return blocks;
}

/**
 * Whether a chunk starts at this block boundary. Each parse has a fixed cost (remark's, for which the
 * grouping was tuned, is about ten times markdown-it's), so parsing every small block on its own would
 * cost more than parsing the whole text; blocks are therefore grouped into chunks of a few blocks. The cut depends only on the text that
 * starts at the boundary (a heading, or a hash of its first characters), so an edit moves no chunk
 * boundary outside the blocks it touches and the other chunks stay cached.
 */
function isChunkStart(text: string, start: number): boolean {
  if (text.charCodeAt(start) === 35 /* # */) return true;
  let hash = 0;
  for (let i = start, end = Math.min(text.length, start + CHUNK_HASH_CHARS); i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 4) % CHUNK_BLOCKS === 0;
}

/** How far past a boundary the text decides whether a chunk starts there (see isChunkStart). */
export const CHUNK_HASH_CHARS = 48;
/** Average number of blocks per chunk (between headings). */
const CHUNK_BLOCKS = 2;

/**
 * Chunk spans of text[from, to). With `stop`, scanning ends at the first chunk start for which it
 * returns true; the spans returned then end there and `stoppedAt` says where.
 */
export function chunkSpans(text: string, from = 0, to = text.length, stop?: (start: number) => boolean): { spans: BlockSpan[]; stoppedAt?: number } {
  const spans: BlockSpan[] = [];
  let chunkStart = from;
  let stoppedAt: number | undefined;
  scanBoundaries(text, from, to, (start) => {
    if (!isChunkStart(text, start)) return false;
    spans.push({ start: chunkStart, end: start });
    chunkStart = start;
    if (stop?.(start)) {
      stoppedAt = start;
      return true;
    }
    return false;
  });
  if (stoppedAt === undefined) spans.push({ start: chunkStart, end: to });
  return { spans, stoppedAt };
}
