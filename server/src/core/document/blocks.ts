import { FURNITURE_RUN_CHARS, furnitureContinues, sentenceCut } from './pageFurniture.js';

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
function scanBoundaries(text: string, from: number, to: number, boundary: (start: number, afterCut: boolean | undefined) => boolean): void {
  let blockStart = from;
  let fence: string | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  /** Whether the last line of text is one a sentence may go on past (code and HTML are none). */
  let afterCut: boolean | undefined = false;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    const line = text.slice(lineStart, text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    const blank = line.trim() === '';
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim().replace(/[`~]/g, '') === '') fence = afterCut = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = afterCut = undefined;
    } else if (!blank) {
      const first = line.charCodeAt(0);
      // A pandoc definition (`:` or `~` and a blank) belongs with the term above it (markdownTree.ts).
      const definition = (first === 58 || first === 126) && (line.charCodeAt(1) === 32 || line.charCodeAt(1) === 9);
      if (previousBlank && first !== 32 && first !== 9 && !definition && lineStart > blockStart) {
        if (boundary(lineStart, afterCut)) return;
        blockStart = lineStart;
      }
      afterCut = sentenceCut(line) && !STRUCTURED.test(line);
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
 * starts at the boundary (a heading, or a hash of its first characters) and on the line of text before it (`afterCut`: one a
 * sentence may go on past, which a page's furniture may part from the rest of its sentence, starts no chunk but a heading
 * when the text after it may go on that sentence, furnitureContinues), within CHUNK_DECISION_CHARS: so an edit moves no
 * chunk boundary outside the blocks it touches and the other chunks stay cached.
 */
function isChunkStart(text: string, start: number, afterCut: boolean): boolean {
  if (text.charCodeAt(start) === 35 /* # */) return true;
  if (afterCut && !STRUCTURED.test(text.slice(start, start + STRUCTURED_OPENING)) && furnitureContinues(text, start)) return false;
  let hash = 0;
  for (let i = start, end = Math.min(text.length, start + CHUNK_HASH_CHARS); i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 4) % CHUNK_BLOCKS === 0;
}

/** How many characters the hash of a block's opening reads (see isChunkStart). */
const CHUNK_HASH_CHARS = 48;

/**
 * A line of a list, a quote, a table, HTML or a link reference definition: no sentence a page cut (its items close no
 * sentence, and a flood of them must still be cut into chunks), and no sentence's continuation.
 */
const STRUCTURED = /^ {0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|[>|<]|\[[^\]\n]{0,999}\]:)/;
/** How much of a block's first line STRUCTURED reads. */
const STRUCTURED_OPENING = 1_010;
/** How far past a boundary the text decides whether a chunk starts there (see isChunkStart): an edit further on moves no chunk start before it. */
export const CHUNK_DECISION_CHARS = Math.max(CHUNK_HASH_CHARS, STRUCTURED_OPENING, FURNITURE_RUN_CHARS);
/** Average number of blocks per chunk (between headings). */
const CHUNK_BLOCKS = 2;

/**
 * Chunk spans of text[from, to): a sentence a page cut, its furniture between blank lines (« … entraîne↵↵Page 6 de 12↵↵le
 * rejet… »), is in one chunk (isChunkStart), where the parse joins it (pageFurniture.ts's furnitureLines). With `stop`, scanning ends at the first chunk start for which it
 * returns true; the spans returned then end there and `stoppedAt` says where.
 */
export function chunkSpans(text: string, from = 0, to = text.length, stop?: (start: number) => boolean): { spans: BlockSpan[]; stoppedAt?: number } {
  const spans: BlockSpan[] = [];
  let chunkStart = from;
  let stoppedAt: number | undefined;
  scanBoundaries(text, from, to, (start, afterCut) => {
    if (!isChunkStart(text, start, afterCut === true)) return false;
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
