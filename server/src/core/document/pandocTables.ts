import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import { markdownText, type MarkdownText } from '../text/escapes.js';
import { LIMITS } from './limits.js';

/**
 * Tables as a word processor's conversion writes them. Most drafters write in Word; pandoc converts
 * a table it cannot write as a GFM table (a cell of several lines or paragraphs) to a grid table
 * (`+----+----+` borders), a simple or multiline table (columns under runs of dashes) in its own
 * Markdown, and to an HTML `<table>` in GFM. CommonMark knows none of them: it read a grid table as
 * one paragraph of borders, a multiline table's dashes as thematic breaks and setext underlines, and
 * dropped the HTML, so a notice's fields and a criteria grid written in them went unread. Here each
 * is read as a table: its rows, each row's cells (a cell's lines one below the other), and whether it
 * has a header row. (The npm plugin for grid tables targets markdown-it 12, reads no other kind, and
 * gives no row's position, which the analysis needs.)
 */
interface PandocRow {
  /** The row's first and last lines, and the source offset of its first character. */
  line: number;
  last: number;
  start: number;
  /** Each cell's Markdown, its lines joined by line endings. */
  cells: string[];
}

export interface PandocTable {
  rows: PandocRow[];
  /** No header row: the first row is a row of data. */
  headless: boolean;
  /** The line after the table. */
  end: number;
}

/** Lines a table is looked for over, at most: bounds the work an unclosed table's start costs. */
const MAX_LINES = 2000;

const PLUS = 0x2b;
const DASH = 0x2d;
const PIPE = 0x7c;

/** The markdown-it block rule: a `pandoc_table` token whose meta is the PandocTable. */
export function pandocTableRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = state.src.charCodeAt(state.bMarks[startLine] + state.tShift[startLine]);
  const next = startLine + 1 < endLine ? state.src.charCodeAt(state.bMarks[startLine + 1] + state.tShift[startLine + 1]) : 0;
  const table =
    first === PLUS
      ? gridTable(state, startLine, endLine)
      : first === DASH
        ? dashTable(state, startLine, endLine)
        : next === DASH && !blank(state, startLine)
          ? simpleTable(state, startLine, endLine)
          : undefined;
  return pushedTable(state, startLine, table, silent);
}

/** A table read from `startLine`, or none: pushed as a `pandoc_table` token (unless `silent`), the parse past its lines. */
function pushedTable(state: StateBlock, startLine: number, table: PandocTable | undefined, silent: boolean): boolean {
  if (!table) return false;
  if (silent) return true;
  const token = state.push('pandoc_table', 'table', 0);
  token.map = [startLine, table.end];
  token.meta = table;
  state.line = table.end;
  return true;
}

/**
 * A line of the table as its columns stand: a tab moves to the next multiple of 4 columns, as pandoc reads it
 * (`--tab-stop`, 4 by default), where an editor that indents with tabs put one for the spaces before a cell's
 * continuation line.
 */
function raw(state: StateBlock, line: number): string {
  const text = state.src.slice(state.bMarks[line], state.eMarks[line]);
  if (!text.includes('\t')) return text;
  let expanded = '';
  for (const char of text) expanded += char === '\t' ? ' '.repeat(4 - (expanded.length % 4)) : char;
  return expanded;
}

function blank(state: StateBlock, line: number): boolean {
  return state.bMarks[line] + state.tShift[line] >= state.eMarks[line];
}

function rowStart(state: StateBlock, line: number): number {
  return state.bMarks[line] + state.tShift[line];
}

/** A grid table: a border `+---+---+` (`+===+` under the header), rows of `|`-separated columns between borders. */
function gridTable(state: StateBlock, startLine: number, endLine: number): PandocTable | undefined {
  const top = raw(state, startLine).trimEnd();
  const borders: number[] = [];
  for (let index = 0; index < top.length; index++) {
    const code = top.charCodeAt(index);
    if (code === PLUS) borders.push(index);
    else if (code !== DASH && code !== 0x3d /* = */ && code !== 0x3a /* : */ && !(code === 0x20 && borders.length === 0)) return undefined;
  }
  if (borders.length < 2 || borders[borders.length - 1] !== top.length - 1 || top.charCodeAt(borders[0] + 1) === PLUS) return undefined;
  const rows: PandocRow[] = [];
  let headerRows = 0;
  let lines: number[] = [];
  let line = startLine + 1;
  for (; line < endLine && line - startLine < MAX_LINES; line++) {
    const text = raw(state, line).trimEnd();
    const lead = text.charCodeAt(borders[0]);
    if (lead === PLUS) {
      if (lines.length) rows.push(gridRow(state, lines, borders));
      lines = [];
      if (text.includes('=')) headerRows = rows.length;
    } else if (lead === PIPE) lines.push(line);
    else break;
  }
  // A table ends on a border.
  if (
    lines.length ||
    !rows.length ||
    raw(state, line - 1)
      .trimEnd()
      .charCodeAt(borders[0]) !== PLUS
  )
    return undefined;
  return { rows, headless: headerRows !== 1, end: line };
}

/** A grid row's cells: each line cut at the top border's `+` (at its `|` when the line's columns are not aligned). */
function gridRow(state: StateBlock, lines: number[], borders: number[]): PandocRow {
  const columns: string[][] = borders.slice(1).map(() => []);
  for (const line of lines) {
    const text = raw(state, line).trimEnd();
    const aligned = borders.every((border) => text.charCodeAt(border) === PIPE);
    const parts = aligned
      ? borders.slice(1).map((border, index) => text.slice(borders[index] + 1, border))
      : text.slice(borders[0] + 1, text.endsWith('|') ? -1 : undefined).split('|');
    parts.forEach((part, index) => columns[Math.min(index, columns.length - 1)].push(part.trim()));
  }
  return { line: lines[0], last: lines[lines.length - 1], start: rowStart(state, lines[0]), cells: columns.map(joinLines) };
}

/** A cell's lines, one below the other (a blank line between paragraphs is one line ending). */
function joinLines(lines: string[]): string {
  return lines.filter(Boolean).join('\n');
}

/** The runs of dashes of a line of dashes and spaces, as [start, end) columns; undefined for another line. */
function dashRuns(text: string): [number, number][] | undefined {
  const runs: [number, number][] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === DASH) {
      if (runs.length && runs[runs.length - 1][1] === index) runs[runs.length - 1][1] = index + 1;
      else runs.push([index, index + 1]);
    } else if (code !== 0x20 && code !== 0x09) return undefined;
  }
  return runs.length ? runs : undefined;
}

/** Columns under runs of dashes: two runs or more, each of two dashes or more (`- - -` is a thematic break). */
function columnRuns(state: StateBlock, line: number): [number, number][] | undefined {
  const runs = dashRuns(raw(state, line));
  return runs && runs.length >= 2 && runs.every(([start, end]) => end - start >= 2) ? runs : undefined;
}

/** A line of dashes alone (a multiline table's top or bottom border). */
function fullRule(state: StateBlock, line: number): boolean {
  const runs = dashRuns(raw(state, line));
  return runs?.length === 1 && runs[0][1] - runs[0][0] >= 3;
}

/**
 * A row's cells: each line cut where the columns' runs of dashes start; `source` gives where a column of a line stands
 * in its source (a text table's columns are counted as the text reads, alignedTable).
 */
function dashRow(state: StateBlock, lines: number[], runs: [number, number][], source = (_line: number, column: number) => column): PandocRow {
  const cells = runs.map((run, index) =>
    joinLines(
      lines.map((line) =>
        raw(state, line)
          .slice(source(line, run[0]), index + 1 < runs.length ? source(line, runs[index + 1][0]) : undefined)
          .trim(),
      ),
    ),
  );
  return { line: lines[0], last: lines[lines.length - 1], start: rowStart(state, lines[0]), cells };
}

/** A simple table: a header line over runs of dashes, then a row per line, to a blank line (or a line of dashes). */
function simpleTable(state: StateBlock, startLine: number, endLine: number): PandocTable | undefined {
  const runs = columnRuns(state, startLine + 1);
  if (!runs) return undefined;
  const rows = [dashRow(state, [startLine], runs)];
  let line = startLine + 2;
  for (; line < endLine && !blank(state, line) && line - startLine < MAX_LINES; line++) {
    if (dashRuns(raw(state, line))) {
      line++;
      break;
    }
    rows.push(dashRow(state, [line], runs));
  }
  return rows.length > 1 ? { rows, headless: false, end: line } : undefined;
}

/**
 * A table opening on dashes: a multiline table (a line of dashes, header lines, the columns' runs, rows
 * separated by blank lines, a closing line of dashes), or a headerless one (the columns' runs first and
 * last, rows of one line, or of several separated by blank lines).
 */
function dashTable(state: StateBlock, startLine: number, endLine: number): PandocTable | undefined {
  let runs: [number, number][] | undefined;
  let header: number[] = [];
  let body = startLine + 1;
  if (fullRule(state, startLine)) {
    let line = startLine + 1;
    while (line < endLine && !blank(state, line) && !dashRuns(raw(state, line))) line++;
    runs = line < endLine ? columnRuns(state, line) : undefined;
    if (!runs || line === startLine + 1) return undefined;
    header = Array.from({ length: line - startLine - 1 }, (_, index) => startLine + 1 + index);
    body = line + 1;
  } else runs = columnRuns(state, startLine);
  if (!runs) return undefined;
  const groups: number[][] = [];
  let group: number[] = [];
  let blanks = 0;
  for (let line = body; line < endLine && line - startLine < MAX_LINES; line++) {
    if (blank(state, line)) {
      if (++blanks > 1) return undefined;
      if (group.length) groups.push(group);
      group = [];
      continue;
    }
    blanks = 0;
    if (dashRuns(raw(state, line)) && (line + 1 >= endLine || blank(state, line + 1))) {
      if (group.length) groups.push(group);
      if (!groups.length) return undefined;
      // Rows of one line each, no blank line between them: a simple table's rows.
      const rowLines = groups.length === 1 && !header.length ? groups[0].map((one) => [one]) : groups;
      const rows = rowLines.map((lines) => dashRow(state, lines, runs));
      return header.length ? { rows: [dashRow(state, header, runs), ...rows], headless: false, end: line + 1 } : { rows, headless: true, end: line + 1 };
    }
    group.push(line);
  }
  return undefined;
}

/**
 * The rows of an HTML table (a block that opens with `<table>`), each with its offset in the HTML and
 * its cells' text: tags dropped, a line break or a paragraph's end read as a line ending. Header rows
 * are those of `<thead>` or of `<th>` cells only. A cell merged over several columns or rows (`colspan`,
 * `rowspan`: a criterion over its sub-criteria's rows, a « Total » over the name columns) holds its text in
 * its first column and row, and leaves the others it covers empty, as pandoc's own tables write it: the
 * cells after it stay under their headers (« 100 % » under « Pondération », not under « Critère »).
 */
export function htmlTableRows(html: string, decode: (text: string) => string): { rows: { start: number; end: number; cells: string[] }[]; headless: boolean } {
  const lower = html.toLowerCase();
  const rows: { start: number; end: number; cells: string[] }[] = [];
  let headless = true;
  const headEnd = lower.indexOf('</thead');
  const closes = closingTags(lower);
  // How many more rows each column is covered by a cell of a row above.
  const covered: number[] = [];
  for (let at = tagAt(lower, 'tr', 0); at !== -1;) {
    const close = lower.indexOf('</tr', at);
    const end = close === -1 ? html.length : lower.indexOf('>', close) + 1 || html.length;
    const cells: string[] = [];
    // The columns covered from above are left empty where the row reaches them.
    const skipCovered = () => {
      while (covered[cells.length] > 0 && cells.length < LIMITS.tableCells) {
        covered[cells.length]--;
        cells.push('');
      }
    };
    let headerCells = true;
    for (let cell = nextCell(lower, at, end); cell !== -1;) {
      const name = lower.slice(cell + 1, cell + 3);
      if (name === 'td') headerCells = false;
      const open = lower.indexOf('>', cell) + 1;
      // A cell ends at its closing tag, or where the next cell starts when it is left open (HTML allows it).
      const following = nextCell(lower, open, end);
      const bound = following === -1 ? end : following;
      const cellClose = closes.next(name, open);
      const contentEnd = cellClose === -1 || cellClose > bound ? bound : cellClose;
      skipCovered();
      const tag = lower.slice(cell, open);
      // A merged cell covers columns up to the cells a row is read with (LIMITS.tableCells), not past them.
      const columns = Math.max(1, Math.min(span(tag, COLSPAN), LIMITS.tableCells - cells.length));
      const rowsCovered = span(tag, ROWSPAN);
      for (let column = 0; column < columns; column++) {
        if (rowsCovered > 1 && cells.length < LIMITS.tableCells) covered[cells.length] = rowsCovered - 1;
        cells.push(column === 0 ? htmlText(html.slice(open, contentEnd), decode) : '');
      }
      cell = following;
    }
    // Columns covered after the row's last cell: the row does not reach them, their cover still ends.
    if (cells.length) skipCovered();
    for (let column = cells.length; column < covered.length; column++) if (covered[column] > 0) covered[column]--;
    if (rows.length === 0 && cells.length && (headerCells || (headEnd !== -1 && at < headEnd))) headless = false;
    rows.push({ start: at, end, cells });
    at = tagAt(lower, 'tr', end);
  }
  return { rows: rows.filter((row) => row.cells.length), headless };
}

const COLSPAN = /\scolspan\s*=\s*["']?(\d{1,5})/;
const ROWSPAN = /\srowspan\s*=\s*["']?(\d{1,5})/;

/** A cell's `colspan` or `rowspan` read from its opening tag (lower case): 1 when absent or not a number of 1 or more. */
function span(tag: string, attribute: RegExp): number {
  const value = attribute.exec(tag);
  return value ? Math.max(1, Number(value[1])) : 1;
}

/** Whether a character ends a tag's name: `>`, `/` or a blank. */
function tagEnds(code: number): boolean {
  return code === 0x3e || code === 0x2f || code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The next `<name` tag (followed by a blank, `>` or `/`) from `from`, or -1. */
function tagAt(lower: string, name: string, from: number): number {
  for (let at = lower.indexOf(`<${name}`, from); at !== -1; at = lower.indexOf(`<${name}`, at + 1)) {
    if (tagEnds(lower.charCodeAt(at + name.length + 1))) return at;
  }
  return -1;
}

/**
 * The next `<td` or `<th` tag from `from`, before `end`, or -1. One scan from `from` up to it: looking for
 * each name apart ran to the text's end for the name a table lacks, at every cell (quadratic).
 */
function nextCell(lower: string, from: number, end: number): number {
  for (let at = lower.indexOf('<t', from); at !== -1 && at < end; at = lower.indexOf('<t', at + 1)) {
    const name = lower.charCodeAt(at + 2);
    if ((name === 0x64 /* d */ || name === 0x68) /* h */ && tagEnds(lower.charCodeAt(at + 3))) return at;
  }
  return -1;
}

/**
 * Where the next `</td` and `</th` stand from an offset, each found once and kept while it is ahead: cells
 * left unclosed would have each searched to the text's end.
 */
function closingTags(lower: string): { next: (name: string, from: number) => number } {
  const found = new Map<string, number>();
  return {
    next(name, from) {
      let at = found.get(name);
      if (at === undefined || (at !== -1 && at < from)) found.set(name, (at = lower.indexOf(`</${name}`, from)));
      return at;
    },
  };
}

/** The text of HTML's content (a cell's, a title's): `<br>`, `</p>` and `</li>` end a line, other tags are dropped, entities decoded, each line trimmed. */
export function htmlText(html: string, decode: (text: string) => string): string {
  let text = '';
  let from = 0;
  for (let open = html.indexOf('<'); open !== -1; open = html.indexOf('<', from)) {
    const close = html.indexOf('>', open);
    if (close === -1) break;
    text += html.slice(from, open);
    const name = /^<\/?([a-z]+)/i.exec(html.slice(open, close + 1))?.[1]?.toLowerCase();
    if (name === 'br' || (html[open + 1] === '/' && (name === 'p' || name === 'li'))) text += '\n';
    from = close + 1;
  }
  text += html.slice(from);
  return decode(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Tables pasted as text, without a converter: a table copied from Word, Excel, a PDF or a web page into a Markdown file
 * arrives as lines of cells separated by tabs (what Word, Excel and most PDF viewers copy), or as columns aligned with
 * spaces and no dashes under the header (a PDF's text layer, a plain-text notice). CommonMark read them as paragraphs,
 * or as indented code, so an evaluation grid, a notice's fields or the rejection cases written so went unread. Here:
 * lines of cells separated by tabs, two lines at least with the same number of cells (two or more), or three lines at
 * least whose columns of text, separated by runs of two blanks or more, start at the same columns (each column started
 * by the header or by two lines, no text running over a column's start), are a table, its first line the header. Prose is no
 * table: a line that opens a list (« 1.\tObjet », « a)\tExpérience », a bullet: `isMark`), a heading, a quote, HTML,
 * a GFM or pandoc table; a header that is a field's label (« **Durée :**\t36 mois », « Lieu —\tsalle 2 ») or a section's
 * number (« 4.2\tDurée », a table of contents); lines that all open with a tab (indentation).
 */
export function textTableRule(isMark: (cell: string) => boolean) {
  return (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
    if (!textLine(state, startLine, true)) return false;
    return pushedTable(state, startLine, tabTable(state, startLine, endLine, isMark) ?? alignedTable(state, startLine, endLine, isMark), silent);
  };
}

/**
 * A line's opening that makes it another block, or a table of another kind: a quote, a heading (`#` and a tab is a
 * number's column, as `#` and two blanks), HTML, a fence, a GFM or grid table's row.
 */
const OTHER_BLOCK = /^(?:[|><+]|#(?!\t| {2})|```|~~~)/;

/** A list item's opening: under a table's header, a row's first cell may open with its number (« 1. Expérience\t25 % »). */
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** The text whose separators were found last (see separatorWithin), and their offsets in order. */
let separatorsOf = '';
let separatorsAt: number[] = [];

/**
 * Whether a text holds a tab or two spaces from `from` to before `to`. Every line a paragraph goes on to is asked so, and
 * most texts hold none: the separators of a text (markdown-it's source, a chunk) are found once, in order, and each
 * question is a binary search.
 */
function separatorWithin(src: string, from: number, to: number): boolean {
  if (src !== separatorsOf) {
    const found: number[] = [];
    for (let at = src.indexOf('\t'); at !== -1; at = src.indexOf('\t', at + 1)) found.push(at);
    for (let at = src.indexOf('  '); at !== -1; at = src.indexOf('  ', at + 2)) found.push(at);
    separatorsOf = src;
    separatorsAt = found.sort((a, b) => a - b);
  }
  let low = 0;
  let high = separatorsAt.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (separatorsAt[middle] < from) low = middle + 1;
    else high = middle;
  }
  return low < separatorsAt.length && separatorsAt[low] < to;
}

/**
 * Whether a line may be a text table's (its header's, with `header`): within its container, not blank, not another
 * block's opening, not a line of dashes, a tab or two blanks between words.
 */
function textLine(state: StateBlock, line: number, header = false): boolean {
  if (state.sCount[line] < state.blkIndent) return false;
  const { src } = state;
  const start = state.bMarks[line] + state.tShift[line];
  let end = state.eMarks[line];
  while (end > start && (src.charCodeAt(end - 1) === 0x20 || src.charCodeAt(end - 1) === 0x09)) end--;
  if (start >= end) return false;
  const apart = separatorWithin(src, start + 1, end - 1);
  const leadingTab = state.sCount[line] - state.blkIndent >= 4 && src.charCodeAt(start - 1) === 0x09;
  if (!apart && !leadingTab) return false;
  const opening = src.slice(start, Math.min(end, start + 11));
  return !OTHER_BLOCK.test(opening) && !(header && LIST_ITEM.test(opening)) && !dashRuns(raw(state, line));
}

/** A cell that is a field's label, closed by a colon or a dash (emphasis around it or not). */
const LABEL_CELL = /(?:[:–—]|\s-)[*_]*$/;

/** A cell that is a section's number alone (« 4.2 », « 3. », « Article 12 », « IV »): a numbered title's, a table of contents'. */
const NUMBER_CELL = /^[*_]*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,6}\.?|(?:article|section|partie|chapitre|annexe|art\.)\s+[\dA-Z][\d.]{0,6})[*_]*$/i;

/** A cell that opens with a lower-case letter (past emphasis): a sentence's words after a tab, not a column's name. */
const LOWER_CASE_CELL = /^[*_]*\p{Ll}/u;

/** A column's name: a word, a figure, or a sign a column is named by (« # », « % », « $ »). */
const COLUMN_NAME = /[\p{L}\p{N}#%$]/u;

/**
 * Whether a header's cells make it something else than a table's header: its first cell a list's mark, a field's label
 * or a section's number; a cell in lower case (a header names its columns, each name opening with a capital, a figure
 * or a sign, and has a word, a figure or such a sign; a sentence a tab cuts goes on in lower case).
 */
function notHeader(cells: string[], isMark: (cell: string) => boolean): boolean {
  const [first] = cells;
  return (
    isMark(first) ||
    LABEL_CELL.test(first) ||
    NUMBER_CELL.test(first) ||
    cells.some((cell) => LOWER_CASE_CELL.test(cell) || (cell !== '' && !COLUMN_NAME.test(cell)))
  );
}

/** A line's cells between tabs, split at every tab (`runs` false) or at runs of tabs; a tab before the text at a code's indentation opens an empty cell. */
function tabCells(state: StateBlock, line: number, runs: boolean): string[] {
  const start = state.bMarks[line] + state.tShift[line];
  const text = state.src.slice(start, state.eMarks[line]);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  // Trailing tabs are empty cells, trailing spaces none.
  const cells = runs ? text.trimEnd().split(/\t+/) : text.slice(0, end).split('\t');
  // Word writes a tab for each empty cell that opens a row.
  const indent = state.sCount[line] - state.blkIndent;
  const opening = indent >= 4 && state.src.charCodeAt(start - 1) === 0x09 ? Math.floor(indent / 4) : 0;
  return [...Array<string>(opening).fill(''), ...cells.map((cell) => cell.trim())];
}

/** Lines of cells separated by tabs: the header and the lines under it with as many cells, split at each tab or, typed to align, at runs of them. */
function tabTable(state: StateBlock, startLine: number, endLine: number, isMark: (cell: string) => boolean): PandocTable | undefined {
  if (startLine + 1 >= endLine || !textLine(state, startLine + 1)) return undefined;
  const runs = tabCells(state, startLine, false).length !== tabCells(state, startLine + 1, false).length;
  const header = tabCells(state, startLine, runs);
  if (header.length < 2 || header.filter(Boolean).length < 2 || notHeader(header, isMark)) return undefined;
  const rows: PandocRow[] = [{ line: startLine, last: startLine, start: rowStart(state, startLine), cells: header }];
  let line = startLine + 1;
  for (; line < endLine && line - startLine < MAX_LINES && textLine(state, line); line++) {
    const cells = tabCells(state, line, runs);
    if (cells.length !== header.length || isMark(cells[0])) break;
    rows.push({ line, last: line, start: rowStart(state, line), cells });
  }
  // Lines that all open with a tab are indented, not under an empty column.
  if (rows.length < 2 || rows.every((row) => row.cells[0] === '')) return undefined;
  return { rows, headless: false, end: line };
}

/** The runs of text of a line, as [start, end) columns, separated by two blanks or more. */
function textRuns(text: string): [number, number][] {
  const found: [number, number][] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && text.charCodeAt(index) === 0x20) index++;
    if (index === text.length) break;
    const start = index;
    let end = index;
    while (index < text.length && !(text.charCodeAt(index) === 0x20 && text.charCodeAt(index + 1) === 0x20)) if (text.charCodeAt(index++) !== 0x20) end = index;
    found.push([start, end]);
  }
  return found;
}

/**
 * Lines whose columns of text, two or more, start at the same columns (a column's start within no other line's text):
 * each line cut at the columns' starts, as a pandoc table's under its runs of dashes (dashRow).
 */
function alignedTable(state: StateBlock, startLine: number, endLine: number, isMark: (cell: string) => boolean): PandocTable | undefined {
  const lines: [number, number][][] = [];
  const starts = new Map<number, number>();
  const crosses = (runs: [number, number][], column: number) => runs.some(([start, end]) => start < column && column < end);
  // Each line as it reads (markdownText): a character reference or an escape is the one character it stands for where
  // the columns are counted (a web page saved with its HTML writes « l&rsquo;équipe », « 15&nbsp;% » in an aligned grid).
  const read: (MarkdownText | undefined)[] = [];
  let line = startLine;
  for (; line < endLine && line - startLine < MAX_LINES && state.sCount[line] >= state.blkIndent; line++) {
    const source = raw(state, line);
    const shown = markdownText(source);
    const runs = textRuns(shown?.text ?? source);
    // A row whose first cells are empty (a merged cell's, a label's value going on) is one text under a later column.
    const continued = runs.length === 1 && lines.length > 0 && starts.has(runs[0][0]) && runs[0][0] > Math.min(...starts.keys());
    if (!(continued || (runs.length >= 2 && textLine(state, line))) || [...starts.keys()].some((column) => crosses(runs, column))) break;
    if (runs.some(([start]) => !starts.has(start) && lines.some((other) => crosses(other, start)))) break;
    lines.push(runs);
    read.push(shown);
    for (const [start] of runs) starts.set(start, (starts.get(start) ?? 0) + 1);
  }
  // A column the header names may be empty below it (a grid's scores to fill); another is started by two lines at least.
  if (lines.length < 3 || [...starts].some(([column, count]) => count < 2 && !lines[0].some(([start]) => start === column))) return undefined;
  const columns = [...starts.keys()].sort((a, b) => a - b).map((start): [number, number] => [start, start]);
  // Every line indented as code is code.
  if (columns[0][0] - state.blkIndent >= 4) return undefined;
  const rows = lines.map((_, index) => dashRow(state, [startLine + index], columns, (_line, column) => read[index]?.start(column) ?? column));
  if (notHeader(rows[0].cells, isMark) || rows.slice(1).some((row) => isMark(row.cells[0]))) return undefined;
  return { rows, headless: false, end: line };
}
