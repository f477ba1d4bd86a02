import { LineIndex } from '../text/lineIndex.js';
import { TENDER_TYPES, type TenderType } from '../types.js';
import { splitBlocks } from './blocks.js';
import { parseFrontMatter, type FrontMatter, type OffsetRange } from './frontMatter.js';
import { analysedEnd, blockHazard, type Degradation } from './limits.js';
import { parseBlock, parsePlainBlock, type ParsedBlock, type TextUnit } from './markdown.js';

/** A text unit placed in the document: offsets are absolute. */
export interface DocumentUnit extends TextUnit {
  blockIndex: number;
}

export interface Section {
  heading: DocumentUnit;
  /** From the heading's start to the next heading of the same or a higher level. */
  start: number;
  end: number;
}

export interface IgnoreDirective {
  citation: string;
  reason: string | undefined;
  range: OffsetRange;
}

export type TenderDetection =
  | { kind: 'not-tender' }
  | { kind: 'tender'; type: TenderType }
  | { kind: 'unknown-type'; value: string; range: OffsetRange }
  /** Starts like a tender's front-matter but the closing `---` is missing. */
  | { kind: 'unclosed-front-matter'; range: OffsetRange };

export interface DocumentModel {
  text: string;
  lines: LineIndex;
  frontMatter: FrontMatter | undefined;
  detection: TenderDetection;
  blocks: { offset: number; parsed: ParsedBlock; firstUnit: number }[];
  units: DocumentUnit[];
  sections: Section[];
  ignores: IgnoreDirective[];
  /** Where the body starts (after the front-matter). */
  bodyStart: number;
  /** End of the analysed text: `text.length` unless the document is over LIMITS.analysedLength. */
  analysedEnd: number;
  /** Blocks read as plain text because Markdown parsing them would be too costly or failed. */
  degraded: Degradation[];
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^---[ \t]*$/m;

/**
 * Builds document models, re-using the parsed blocks of the previous version: this is what makes
 * analysis incremental. One parser serves one document.
 */
export class DocumentParser {
  private cache = new Map<string, ParsedBlock>();

  parse(text: string): DocumentModel {
    const lines = new LineIndex(text);
    const end = analysedEnd(text);
    const frontMatterSpan = findFrontMatter(end < text.length ? text.slice(0, end) : text);
    const spans = splitBlocks(text, frontMatterSpan?.end ?? 0, end);
    if (frontMatterSpan) spans.unshift({ start: 0, end: frontMatterSpan.end });
    const nextCache = new Map<string, ParsedBlock>();
    const degraded: Degradation[] = [];
    const blocks = spans.map((span, index) => {
      const blockText = text.slice(span.start, span.end);
      let parsed = this.cache.get(blockText) ?? nextCache.get(blockText);
      // The front-matter block is one YAML node for micromark, linear whatever its shape.
      if (!parsed) parsed = frontMatterSpan && index === 0 ? parseBlock(blockText) : safeParseBlock(blockText);
      nextCache.set(blockText, parsed);
      if (parsed.degraded) degraded.push({ reason: parsed.degraded, range: { start: span.start, end: span.start + firstLineLength(blockText) } });
      return { offset: span.start, parsed };
    });
    this.cache = nextCache;

    const units: DocumentUnit[] = [];
    const placed = blocks.map((block, blockIndex) => {
      const firstUnit = units.length;
      for (const unit of block.parsed.units) {
        units.push({ ...unit, start: unit.start + block.offset, end: unit.end + block.offset, blockIndex });
      }
      return { ...block, firstUnit };
    });

    let frontMatter: FrontMatter | undefined;
    const yamlUnit = frontMatterSpan ? units.find((unit) => unit.kind === 'yaml') : undefined;
    if (frontMatterSpan && yamlUnit) {
      frontMatter = parseFrontMatter(yamlUnit.text, frontMatterSpan.contentStart, { start: 0, end: frontMatterSpan.end });
    }
    return {
      text,
      lines,
      frontMatter,
      // A front-matter that closes only beyond the analysed part is not read: the file is left alone.
      detection: frontMatterSpan ? detectTender(frontMatter) : end < text.length && findFrontMatter(text) ? { kind: 'not-tender' } : detectUnclosed(text),
      blocks: placed,
      units,
      sections: buildSections(units, text.length),
      ignores: findIgnores(units),
      bodyStart: frontMatterSpan?.end ?? 0,
      analysedEnd: end,
      degraded,
    };
  }
}

/** Markdown unless the block is hazardous; a parser failure (a stack overflow) degrades to plain text too. */
function safeParseBlock(text: string): ParsedBlock {
  const hazard = blockHazard(text);
  if (hazard) return parsePlainBlock(text, hazard);
  try {
    return parseBlock(text);
  } catch {
    return parsePlainBlock(text, 'parser-failure');
  }
}

function firstLineLength(text: string): number {
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return text.length;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

export function parseDocument(text: string): DocumentModel {
  return new DocumentParser().parse(text);
}

function findFrontMatter(text: string): { contentStart: number; end: number } | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) return undefined;
  let end = open[0].length + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { contentStart: open[0].length, end };
}

const TENDER_TYPE_LINE = new RegExp(`^type:[ \\t]*["']?(?:${TENDER_TYPES.join('|')})["']?[ \\t]*$`, 'm');

function detectUnclosed(text: string): TenderDetection {
  const open = FRONT_MATTER_OPEN.exec(text);
  return open && TENDER_TYPE_LINE.test(text) ? { kind: 'unclosed-front-matter', range: { start: 0, end: open[0].trimEnd().length } } : { kind: 'not-tender' };
}

function detectTender(frontMatter: FrontMatter | undefined): TenderDetection {
  if (!frontMatter) return { kind: 'not-tender' };
  let value: unknown = frontMatter.data?.type;
  let range = frontMatter.valueRange(['type']);
  if (value === undefined && frontMatter.problems.some((p) => p.kind === 'yaml-syntax')) {
    // Broken YAML: the type line may still be readable on its own.
    const line = /^type:[ \t]*["']?([\w-]+)["']?[ \t]*$/m.exec(frontMatter.source);
    if (line) {
      value = line[1];
      const start = frontMatter.contentOffset + line.index + line[0].indexOf(line[1], 5);
      range = { start, end: start + line[1].length };
    }
  }
  if (value === undefined || value === null) return { kind: 'not-tender' };
  if (typeof value === 'string' && (TENDER_TYPES as readonly string[]).includes(value)) return { kind: 'tender', type: value as TenderType };
  return { kind: 'unknown-type', value: String(value), range: range ?? { start: 0, end: 3 } };
}

function buildSections(units: DocumentUnit[], textLength: number): Section[] {
  const headings = units.filter((unit) => unit.kind === 'heading');
  return headings.map((heading, index) => {
    let end = textLength;
    for (let next = index + 1; next < headings.length; next++) {
      if ((headings[next].depth ?? 1) <= (heading.depth ?? 1)) {
        end = headings[next].start;
        break;
      }
    }
    return { heading, start: heading.start, end };
  });
}

/** A comment's content that is a directive: `tender-ignore <citation> [: reason]` (anchored: linear). */
export const IGNORE_DIRECTIVE = /^tender-ignore\s+([^\s:]+)\s*(?::([\s\S]*))?$/;

function findIgnores(units: DocumentUnit[]): IgnoreDirective[] {
  const ignores: IgnoreDirective[] = [];
  for (const unit of units) {
    if (unit.kind !== 'html' || !unit.text.includes('tender-ignore')) continue;
    // Comments found with indexOf: a regex spanning `<!--`…`-->` rescans to the end for every unclosed opener.
    for (let open = unit.text.indexOf('<!--'); open !== -1; ) {
      const close = unit.text.indexOf('-->', open + 4);
      if (close === -1) break;
      const match = IGNORE_DIRECTIVE.exec(unit.text.slice(open + 4, close).trim());
      if (match) {
        const start = unit.start + open;
        const reason = match[2]?.trim();
        ignores.push({ citation: match[1], reason: reason || undefined, range: { start, end: unit.start + close + 3 } });
      }
      open = unit.text.indexOf('<!--', close + 3);
    }
  }
  return ignores;
}
