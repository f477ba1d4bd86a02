import { LineIndex } from '../text/lineIndex.js';
import { TENDER_TYPES, type TenderType } from '../types.js';
import { splitBlocks } from './blocks.js';
import { parseFrontMatter, type FrontMatter, type OffsetRange } from './frontMatter.js';
import { parseBlock, type ParsedBlock, type TextUnit } from './markdown.js';

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
    const frontMatterSpan = findFrontMatter(text);
    const spans = splitBlocks(text, frontMatterSpan?.end ?? 0);
    if (frontMatterSpan) spans.unshift({ start: 0, end: frontMatterSpan.end });
    const nextCache = new Map<string, ParsedBlock>();
    const blocks = spans.map((span) => {
      const blockText = text.slice(span.start, span.end);
      let parsed = this.cache.get(blockText) ?? nextCache.get(blockText);
      if (!parsed) parsed = parseBlock(blockText);
      nextCache.set(blockText, parsed);
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
      detection: frontMatterSpan ? detectTender(frontMatter) : detectUnclosed(text),
      blocks: placed,
      units,
      sections: buildSections(units, text.length),
      ignores: findIgnores(units),
      bodyStart: frontMatterSpan?.end ?? 0,
    };
  }
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

const IGNORE = /<!--\s*tender-ignore\s+([^\s:]+)\s*(?::\s*([\s\S]*?))?\s*-->/g;

function findIgnores(units: DocumentUnit[]): IgnoreDirective[] {
  const ignores: IgnoreDirective[] = [];
  for (const unit of units) {
    if (unit.kind !== 'html' || !unit.text.includes('tender-ignore')) continue;
    for (const match of unit.text.matchAll(IGNORE)) {
      const start = unit.start + (match.index ?? 0);
      const reason = match[2]?.trim();
      ignores.push({ citation: match[1], reason: reason || undefined, range: { start, end: start + match[0].length } });
    }
  }
  return ignores;
}

