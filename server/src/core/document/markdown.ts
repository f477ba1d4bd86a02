import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, Nodes, Table } from 'mdast';
import { normalizeForMatching } from '../text/normalize.js';
import type { DegradedReason } from './limits.js';

// GFM's autolink-literal transform re-walks every text node to turn bare URLs into link nodes: their
// text is unchanged, which is all units keep, so the walk (a tenth of the parse) is skipped.
function skipTreeTransforms(this: { data(key: 'fromMarkdownExtensions'): unknown }): void {
  const extensions = this.data('fromMarkdownExtensions');
  if (Array.isArray(extensions)) extensions.splice(0, extensions.length, ...extensions.map((extension: unknown) => withoutTransforms(extension)));
}

const gfmProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(skipTreeTransforms);
// GFM's constructs are tried at every line (tables) and character (autolinks): about half the parse.
// A text without the characters that can start one parses to the same tree without them.
const commonMarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * What every GFM construct needs: a pipe or a delimiter row with a colon (`:---`, a one-column table
 * needs no pipe), a tilde (strikethrough), `[^` (footnote), a task box, an at sign (e-mail,
 * `mailto:`, `xmpp:`), `www` or `http` (autolink literals).
 */
export const GFM_TRIGGERS = /[|~@]|^[ \t]*(?::-+:?|-+:)[ \t]*$|\[\^|\[[\sx]\]|www|http/im;

/** The Markdown tree of a text: CommonMark, with GFM where the text may use it. */
export function parseMarkdown(text: string, gfm = GFM_TRIGGERS.test(text)): Root {
  return (gfm ? gfmProcessor : commonMarkProcessor).parse(text);
}

function withoutTransforms<T>(extensions: T): T {
  if (Array.isArray(extensions)) return extensions.map(withoutTransforms) as T;
  if (extensions && typeof extensions === 'object' && 'transforms' in extensions) return { ...extensions, transforms: [] };
  return extensions;
}

type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'html' | 'code' | 'yaml';

/**
 * A piece of text a recogniser looks at. Offsets are relative to the block that holds it, so a
 * cached block stays valid wherever the block moves in the document.
 */
export interface TextUnit {
  kind: UnitKind;
  start: number;
  end: number;
  /** Plain text (Markdown syntax removed). */
  text: string;
  /** `text` folded for matching (see normalizeForMatching). */
  normalized: string;
  /** Heading level, for headings. */
  depth?: number;
  /** Cell texts, for table rows. */
  cells?: string[];
  /** Index of the table (within the block) a row belongs to; row 0 is the header. */
  table?: number;
  row?: number;
}

/**
 * A chunk as the analysis keeps it: its units, not its Markdown tree. Every chunk of an open document
 * stays cached, and the trees (a node with positions per inline element) would be most of the memory.
 */
export interface ParsedBlock {
  text: string;
  units: TextUnit[];
  /** Facts computed from this block alone (e.g. which units a recogniser matches), kept with the cached block. */
  memo: Map<string, number[]>;
  /** Set when the block was read as plain text instead of Markdown (see limits.ts). */
  degraded?: DegradedReason;
  /** Offset of the first table row read only up to LIMITS.tableCells cells (see narrowTables). */
  narrowed?: number;
}

export function parseBlock(text: string): ParsedBlock {
  const tree = parseMarkdown(text);
  const units: TextUnit[] = [];
  let tableCount = 0;
  const unit = (kind: UnitKind, node: Nodes, plain: string, extra: Partial<TextUnit> = {}): void => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    units.push({ kind, start, end, text: plain, normalized: normalizeForMatching(plain), ...extra });
  };
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        unit('heading', node, toString(node, { includeHtml: false }), { depth: node.depth });
        return;
      case 'paragraph':
        unit('paragraph', node, toString(node, { includeHtml: false }));
        return;
      case 'listItem': {
        // The item's own text; nested lists become units of their own.
        const own = node.children.filter((child) => child.type !== 'list');
        unit('listItem', node, own.map((child) => toString(child, { includeHtml: false })).join('\n'));
        for (const child of node.children) if (child.type === 'list') visit(child);
        return;
      }
      case 'table':
        visitTable(node, tableCount++);
        return;
      case 'html':
        unit('html', node, node.value);
        return;
      case 'code':
        unit('code', node, node.value);
        return;
      case 'yaml':
        unit('yaml', node, node.value);
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  const visitTable = (table: Table, index: number): void => {
    table.children.forEach((row, rowIndex) => {
      const cells = row.children.map((cell) => toString(cell, { includeHtml: false }).trim());
      unit('tableRow', row, cells.join(' | '), { cells, table: index, row: rowIndex });
    });
  };
  for (const child of tree.children) visit(child);
  return { text, units, memo: new Map() };
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** A heading's text without its optional closing `#` sequence; no regex, as lines here may be huge. */
function headingText(rest: string): string {
  const text = rest.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end) : text).trim();
}

/**
 * A block read without the Markdown parser: ATX headings stay headings (sections keep their
 * shape), every other run of lines is one paragraph of raw text. Linear in the block's length.
 */
export function parsePlainBlock(text: string, degraded: DegradedReason): ParsedBlock {
  const units: TextUnit[] = [];
  let paragraphStart = -1;
  let paragraphEnd = 0;
  const flush = (): void => {
    if (paragraphStart < 0) return;
    const plain = text.slice(paragraphStart, paragraphEnd);
    units.push({ kind: 'paragraph', start: paragraphStart, end: paragraphEnd, text: plain, normalized: normalizeForMatching(plain) });
    paragraphStart = -1;
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const plain = headingText(line.slice(heading[0].length));
      units.push({
        kind: 'heading',
        start: lineStart,
        end: lineStart + line.length,
        text: plain,
        normalized: normalizeForMatching(plain),
        depth: heading[1].length,
      });
    } else if (line.trim() === '') flush();
    else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      paragraphEnd = lineStart + line.length;
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return { text, units, memo: new Map(), degraded };
}
