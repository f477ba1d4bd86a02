/**
 * Bounds on what the Markdown parser is given. A Markdown parser's cost can grow faster than the input
 * for a few shapes (containers nested thousands deep, thousands of unclosed link brackets, very long
 * lines), and markdown-it recurses into nested containers and drops what is nested past its maxNesting
 * (markdownTree.ts), so such input is kept away from it: the analysis reads only the
 * start of an oversized document, and reads an outlandish block as plain text. Either way the
 * document model records what was left out, and the analysis says so in a finding.
 */
import type { OffsetRange } from './frontMatter.js';

export const LIMITS = {
  /** Characters analysed from the start of a document: a tender with its annexes, specifications and contract stays below. */
  analysedLength: 6_000_000,
  /** A block holding a longer line is read as plain text. */
  lineLength: 10_000,
  /** Containers (block quotes, list items) nested on one line. */
  nesting: 32,
  /** Link and image openers in one block (each closing bracket looks back over the open ones). */
  brackets: 1_000,
  /** One block (paragraph, list, table) longer than this is read as plain text. */
  blockLength: 50_000,
  /**
   * List items in one block: remark spent about a fifth of a millisecond per item, so 50 000
   * characters of short items took over a second, in one step the server cannot cut (markdown-it
   * spends about a hundredth of a millisecond).
   */
  listItems: 1_000,
  /**
   * Chunks (groups of blocks, each parsed on its own), text units (paragraphs, headings, list items,
   * table rows) and headings analysed per document: a text of tiny blocks costs per block, not per
   * character (750 000 one-line headings fit in 6 MB). A generated 5 MB tender has about 7 200
   * chunks, 33 000 units and 3 000 headings; the analysis stops where a cap bites.
   */
  chunks: 20_000,
  units: 100_000,
  headings: 10_000,
  /**
   * Cells read per table row (a 65th cell holds the rest of the row): the Markdown parser spends
   * about a millisecond per hundred cells, and a clause never needs more columns.
   */
  tableCells: 64,
  /** Findings kept per rule: a generated document may repeat one defect thousands of times. */
  findingsPerRule: 100,
  /** Findings kept per document (an editor slows down with thousands of diagnostics, and no one reads them). */
  findingsPerDocument: 1_000,
} as const;

export type DegradedReason = 'line-length' | 'nesting' | 'brackets' | 'list-items' | 'block-length' | 'parser-failure';

/** What ended the analysis before the end of the text: its length, or one of the per-document counts. */
export type StopReason = 'length' | 'chunks' | 'units' | 'headings';

export interface Degradation {
  /** A block read as plain text, or a table whose rows were read up to LIMITS.tableCells cells. */
  reason: DegradedReason | 'table-width';
  range: OffsetRange;
}

/** End of the analysed part: the whole text, or the end of the last complete line within the limit. */
export function analysedEnd(text: string, limit: number = LIMITS.analysedLength): number {
  if (text.length <= limit) return text.length;
  const lastBreak = text.lastIndexOf('\n', limit - 1);
  return lastBreak > 0 ? lastBreak + 1 : limit;
}

const DELIMITER_ROW = /^[|:\-\s]*$/;

/**
 * The block with the pipes of each row past LIMITS.tableCells turned into spaces (in a delimiter
 * row, everything from there), so the parser reads at most that many cells per row, and the offset
 * of the first row cut; undefined when no line has that many pipes. Offsets are unchanged.
 */
export function narrowTables(block: string): { text: string; at: number } | undefined {
  const parts: string[] = [];
  let copied = 0;
  let at = -1;
  let lineStart = 0;
  // The next pipe at or after the line's start: every pipe is looked at once (linear in the block).
  let pipe = block.indexOf('|');
  while (pipe !== -1 && lineStart < block.length) {
    let lineEnd = block.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = block.length;
    // The (tableCells + 2)th pipe of the line, if any (a row of tableCells cells between pipes has one
    // fewer): from there the row is not read as cells.
    let count = 0;
    let cut = -1;
    for (; pipe !== -1 && pipe < lineEnd; pipe = block.indexOf('|', pipe + 1)) {
      if (++count === LIMITS.tableCells + 2) cut = pipe;
    }
    if (cut !== -1) {
      if (at < 0) at = lineStart;
      const line = block.slice(lineStart, lineEnd);
      const from = cut - lineStart;
      parts.push(block.slice(copied, cut), DELIMITER_ROW.test(line) ? ' '.repeat(line.length - from) : line.slice(from).replaceAll('|', ' '));
      copied = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (at < 0) return undefined;
  parts.push(block.slice(copied));
  return { text: parts.join(''), at };
}

// A line's container prefix: indentation, `>` markers and list markers followed by a space.
const CONTAINER_MARKER = /[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** Why a block must not go to the Markdown parser, or undefined when it may. Linear in the block's length. */
export function blockHazard(block: string): DegradedReason | undefined {
  let lineStart = 0;
  let listItems = 0;
  while (lineStart < block.length) {
    let lineEnd = block.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = block.length;
    if (lineEnd - lineStart > LIMITS.lineLength) return 'line-length';
    let depth = 0;
    let listItem = false;
    CONTAINER_MARKER.lastIndex = lineStart;
    for (let marker = CONTAINER_MARKER.exec(block); marker && CONTAINER_MARKER.lastIndex <= lineEnd; marker = CONTAINER_MARKER.exec(block)) {
      if (++depth > LIMITS.nesting) return 'nesting';
      if (!marker[0].endsWith('>')) listItem = true;
    }
    if (listItem && ++listItems > LIMITS.listItems) return 'list-items';
    // Indentation alone also nests list items (two columns or more per level).
    let indent = 0;
    while (lineStart + indent < lineEnd && (block[lineStart + indent] === ' ' || block[lineStart + indent] === '\t')) indent++;
    if (indent > LIMITS.nesting * 2) return 'nesting';
    lineStart = lineEnd + 1;
  }
  let brackets = 0;
  for (let index = block.indexOf('['); index !== -1; index = block.indexOf('[', index + 1)) {
    if (++brackets > LIMITS.brackets) return 'brackets';
  }
  return block.length > LIMITS.blockLength ? 'block-length' : undefined;
}
