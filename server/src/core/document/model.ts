import { LineIndex } from '../text/lineIndex.js';
import { TENDER_TYPES, type TenderType } from '../types.js';
import { splitBlocks } from './blocks.js';
import type { FrontMatter, OffsetRange } from './frontMatter.js';
import { blockHazard, type Degradation, type StopReason } from './limits.js';
import type { ParsedBlock, TextUnit } from './markdown.js';

// The document model: what a document is to the rules (its text, front-matter, blocks, units, sections)
// and how it is built from the chunks the parser placed (incremental.ts, which re-uses what did not
// change between versions), or from several documents' models (a dossier's files).

/** A text unit placed in the document: offsets are absolute. */
/** The units a passage of prose is: a paragraph, a list's entry, a table's row (not a heading, code or HTML). */
export const PASSAGE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'tableRow']);

export interface DocumentUnit extends TextUnit {
  blockIndex: number;
}

export interface Section {
  heading: DocumentUnit;
  /** From the heading's start to the next heading of the same or a higher level, or a disclosure's summary's to its `</details>`. */
  start: number;
  end: number;
}

interface IgnoreDirective {
  citation: string;
  reason: string | undefined;
  range: OffsetRange;
}

type TenderDetection =
  | { kind: 'not-tender' }
  | { kind: 'tender'; type: TenderType }
  | { kind: 'unknown-type'; value: string; range: OffsetRange }
  /** Starts like a tender's front-matter but the closing `---` is missing. */
  | { kind: 'unclosed-front-matter'; range: OffsetRange };

export interface DocumentModel {
  /** The text analysed: the source with each lone carriage return read as a line feed (same offsets, same lines). */
  text: string;
  /** The text as given (the editor's), which `text` equals unless it has old Mac-style line endings. */
  source: string;
  lines: LineIndex;
  frontMatter: FrontMatter | undefined;
  detection: TenderDetection;
  blocks: { offset: number; parsed: ParsedBlock; firstUnit: number }[];
  units: DocumentUnit[];
  sections: Section[];
  ignores: IgnoreDirective[];
  /** Where the body starts (after the front-matter). */
  bodyStart: number;
  /**
   * End of the analysed text: `text.length` unless the document is over LIMITS.analysedLength or
   * holds more chunks, units or headings than LIMITS allows (`stoppedBy` says which).
   */
  analysedEnd: number;
  /** What stopped the analysis before the end, with the cap that bit (characters, or chunks, units or headings). */
  stoppedBy?: { reason: StopReason; cap: number };
  /** Blocks read as plain text because Markdown parsing them would be too costly or failed. */
  degraded: Degradation[];
}

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^---[ \t]*$/m;

/** What the parser placed (incremental.ts), from which a model is built. */
export interface PlacedText {
  text: string;
  source: string;
  lines: LineIndex;
  /** The front-matter's span, when the analysed part opens with a closed one, and its data. */
  frontMatterSpan: { contentStart: number; end: number } | undefined;
  frontMatter: FrontMatter | undefined;
  blocks: DocumentModel['blocks'];
  units: DocumentUnit[];
  bodyStart: number;
  /** End of the text split into chunks (LIMITS.analysedLength). */
  end: number;
  /** Where a cap stopped the placing of chunks, and which, with its value. */
  stop: { at: number; reason: StopReason; cap: number } | undefined;
}

/** A document's model from its placed chunks: its sections, ignore directives, degraded blocks and what kind of document it is. */
export function buildModel({ text, source, lines, frontMatterSpan, frontMatter, blocks, units, bodyStart, end, stop }: PlacedText): DocumentModel {
  const model: DocumentModel = {
    text,
    source,
    lines,
    frontMatter,
    detection: { kind: 'not-tender' },
    blocks,
    units,
    sections: buildSections(units, text.length),
    ignores: findIgnores(units),
    bodyStart,
    analysedEnd: stop?.at ?? end,
    ...(stop && { stoppedBy: { reason: stop.reason, cap: stop.cap } }),
    degraded: degradations(blocks, frontMatterSpan !== undefined),
  };
  // A front-matter that closes only beyond the analysed part is not read: the file is left alone.
  model.detection = frontMatterSpan
    ? detectTender(model.frontMatter)
    : end < text.length && findFrontMatter(text)
      ? { kind: 'not-tender' }
      : detectUnclosed(text);
  return model;
}

/**
 * Units of a placed chunk: one class, whose constructor sets every field in one order, so that every unit
 * has the same shape (fast property access; an object literal of the same shape was up to 4× slower to
 * build, in most runs, than the class for a 1 MB tender's 6 500 units). Its fields are DocumentUnit's,
 * declared once there: the interface of the same name merges them into the class.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the constructor sets each field
export interface PlacedUnit extends DocumentUnit {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- as above
export class PlacedUnit {
  constructor(unit: TextUnit, offset: number, blockIndex: number) {
    this.kind = unit.kind;
    this.start = unit.start + offset;
    this.end = unit.end + offset;
    this.text = unit.text;
    this.normalized = unit.normalized;
    this.depth = unit.depth;
    this.cells = unit.cells;
    this.table = unit.table;
    this.row = unit.row;
    this.fields = unit.fields;
    this.definition = unit.definition;
    this.disclosure = unit.disclosure;
    this.mark = unit.mark;
    this.label = unit.label;
    this.blockIndex = blockIndex;
  }
}

/**
 * A model made of several documents' models placed one after the other (a dossier's files): its text is
 * their texts joined, its blocks, units, sections and ignore directives theirs, moved by the place of
 * their document. Which blocks state a fact is asked of each document's own model, whose lineage keeps
 * the answer across versions: after an edit of one file, only that file's changed blocks are looked at.
 */
export interface Combined {
  /** Each document at its place: its text's offset, its first block's and first unit's indexes. */
  parts: { model: DocumentModel; base: number; blockBase: number; unitBase: number }[];
  facts: Map<string, number[]>;
}

const COMBINED = new WeakMap<DocumentModel, Combined>();

/** The documents a combined model is made of, and the facts asked of it (see incremental.ts `blocksWhere`); undefined for a document's own model. */
export const combinedOf = (model: DocumentModel): Combined | undefined => COMBINED.get(model);

/**
 * `model.text.slice(start, end)`, read from the document holding the range when the model is a combined one: its text
 * is a rope of the documents' texts, and slicing it once joins the whole of it (megabytes, at each version of a dossier).
 */
export function textSlice(model: DocumentModel, start: number, end: number): string {
  const parts = COMBINED.get(model)?.parts;
  if (parts) {
    let low = 0;
    let high = parts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (parts[mid].base <= start) low = mid;
      else high = mid - 1;
    }
    const part = parts[low];
    if (part && part.base <= start && end <= part.base + part.model.text.length) return part.model.text.slice(start - part.base, end - part.base);
  }
  return model.text.slice(start, end);
}

/** A document's blocks, units and sections moved to a place in a combined model, kept while the place is the same. */
interface MovedParts {
  base: number;
  blockBase: number;
  blocks: DocumentModel['blocks'];
  units: DocumentUnit[];
  sections: Section[];
  /** The unit index the blocks' `firstUnit` were moved by. */
  unitBase: number;
}

const MOVED = new WeakMap<DocumentModel, MovedParts>();

function moved(model: DocumentModel, base: number, blockBase: number, unitBase: number): MovedParts {
  const known = MOVED.get(model);
  if (known && known.base === base && known.blockBase === blockBase) {
    if (known.unitBase !== unitBase) {
      known.blocks = model.blocks.map((block) => ({ offset: block.offset + base, parsed: block.parsed, firstUnit: block.firstUnit + unitBase }));
      known.unitBase = unitBase;
    }
    return known;
  }
  let units: DocumentUnit[];
  let sections: Section[];
  if (base === 0 && blockBase === 0) {
    units = model.units;
    sections = model.sections;
  } else {
    const headings = new Map<DocumentUnit, DocumentUnit>();
    units = model.units.map((unit) => {
      const placed = new PlacedUnit(unit, base, unit.blockIndex + blockBase);
      if (unit.kind === 'heading') headings.set(unit, placed);
      return placed;
    });
    sections = model.sections.map((section) => ({ heading: headings.get(section.heading)!, start: section.start + base, end: section.end + base }));
  }
  const blocks = model.blocks.map((block) => ({ offset: block.offset + base, parsed: block.parsed, firstUnit: block.firstUnit + unitBase }));
  const parts = { base, blockBase, unitBase, blocks, units, sections };
  MOVED.set(model, parts);
  return parts;
}

/**
 * The models of several documents as one, each at its `base` (increasing, each at least the end of the
 * one before; the text between a document's end and the next base is blank lines). `frontMatter` stands
 * for theirs (see dossier/frontMatter.ts); the combined model is a tender document of `type`. Each
 * document's limits are its own: the combined model records none. A document whose place did not
 * change keeps its moved units: an edit of one file does not move the others.
 */
export function combineModels(parts: readonly { model: DocumentModel; base: number }[], frontMatter: FrontMatter | undefined, type: TenderType): DocumentModel {
  const placed: Combined['parts'] = [];
  const movedParts: MovedParts[] = [];
  const ignores: IgnoreDirective[] = [];
  // A rope of the texts and their padding: nothing reads the whole of it unless a fix needs its text.
  let text = '';
  let blockCount = 0;
  let unitCount = 0;
  for (const { model, base } of parts) {
    const own = moved(model, base, blockCount, unitCount);
    placed.push({ model, base, blockBase: blockCount, unitBase: unitCount });
    movedParts.push(own);
    blockCount += own.blocks.length;
    unitCount += own.units.length;
    for (const ignore of model.ignores) ignores.push({ ...ignore, range: { start: ignore.range.start + base, end: ignore.range.end + base } });
    text += padding(base - text.length) + model.text;
  }
  // Joined at once (a copy of each part's array), not pushed one by one: a dossier's tens of thousands of units at each version.
  const blocks = ([] as DocumentModel['blocks']).concat(...movedParts.map((own) => own.blocks));
  const units = ([] as DocumentUnit[]).concat(...movedParts.map((own) => own.units));
  const sections = ([] as Section[]).concat(...movedParts.map((own) => own.sections));
  let lines: LineIndex | undefined;
  const model: DocumentModel = {
    text,
    source: text,
    // Positions are given per document (dossier/combined.ts); an index of the whole is built only if asked for.
    get lines() {
      return (lines ??= new LineIndex(text));
    },
    frontMatter,
    detection: { kind: 'tender', type },
    blocks,
    units,
    sections,
    ignores,
    bodyStart: parts[0]?.model.bodyStart ?? 0,
    analysedEnd: text.length,
    degraded: [],
  };
  COMBINED.set(model, { parts: placed, facts: new Map() });
  return model;
}

const PADDING = new Map<number, string>();

/** Blank lines of a length, kept: a dossier's layout reuses the same few. */
function padding(length: number): string {
  if (length <= 0) return '';
  let text = PADDING.get(length);
  if (!text) {
    if (PADDING.size > 256) PADDING.clear();
    PADDING.set(length, (text = '\n'.repeat(length)));
  }
  return text;
}

/** The index of the first unit starting at or after `offset` (units are in order of their start); their number if none. */
export function firstUnitFrom(model: DocumentModel, offset: number): number {
  const { units } = model;
  let low = 0;
  let high = units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (units[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The innermost section of a model around an offset (a heading's own section for its start), undefined before the first heading. */
export function innermostSection(model: DocumentModel, offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of model.sections) if (section.start <= offset && offset < section.end && (!found || section.start >= found.start)) found = section;
  return found;
}

/**
 * The index of a unit of the model (units are in order of their start): found by its start, not by
 * going through every unit before it, which a rule asking it of many units would pay for each.
 */
export function unitIndex(model: DocumentModel, unit: DocumentUnit): number {
  const { units } = model;
  for (let index = firstUnitFrom(model, unit.start); index < units.length && units[index].start === unit.start; index++)
    if (units[index] === unit) return index;
  return units.indexOf(unit);
}

/**
 * The body chunks read as plain text, each located on the first line of the block that made it so
 * (a chunk groups a few blocks; only degraded chunks are split again, to find it).
 */
function degradations(blocks: DocumentModel['blocks'], hasFrontMatter: boolean): Degradation[] {
  const degraded: Degradation[] = [];
  for (let index = hasFrontMatter ? 1 : 0; index < blocks.length; index++) {
    const { parsed, offset } = blocks[index];
    if (parsed.narrowed !== undefined) {
      const start = offset + parsed.narrowed;
      degraded.push({ reason: 'table-width', range: { start, end: start + firstLineLength(parsed.text.slice(parsed.narrowed)) } });
    }
    if (!parsed.degraded) continue;
    const culprit = splitBlocks(parsed.text).find((span) => blockHazard(parsed.text.slice(span.start, span.end)))?.start ?? 0;
    const start = offset + culprit;
    degraded.push({ reason: parsed.degraded, range: { start, end: start + firstLineLength(parsed.text.slice(culprit)) } });
  }
  return degraded;
}

function firstLineLength(text: string): number {
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return text.length;
  return text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/**
 * The span of the front-matter a text opens with, if it is closed: its content (between the fences'
 * lines, without the line ending before the closing fence), the end of the closing fence, and the end of
 * its line.
 */
export function findFrontMatter(text: string): { contentStart: number; contentEnd: number; fenceEnd: number; end: number } | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) return undefined;
  const contentStart = open[0].length;
  let contentEnd = contentStart + close.index;
  if (contentEnd > contentStart && text[contentEnd - 1] === '\n') contentEnd--;
  if (contentEnd > contentStart && text[contentEnd - 1] === '\r') contentEnd--;
  const fenceEnd = contentStart + close.index + close[0].length;
  let end = fenceEnd;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  return { contentStart, contentEnd, fenceEnd, end };
}

// `type : avis` is the same key to YAML (a space may come before the colon).
export const TENDER_TYPE_LINE = new RegExp(`^type[ \\t]*:[ \\t]*["']?(?:${TENDER_TYPES.join('|')})["']?[ \\t]*$`, 'm');

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
    const line = /^type[ \t]*:[ \t]*["']?([\w-]+)["']?[ \t]*$/m.exec(frontMatter.source);
    if (line) {
      value = line[1];
      const start = frontMatter.contentOffset + line.index + line[0].indexOf(line[1], line[0].indexOf(':') + 1);
      range = { start, end: start + line[1].length };
    }
  }
  if (value === undefined || value === null) return { kind: 'not-tender' };
  if (typeof value === 'string' && (TENDER_TYPES as readonly string[]).includes(value)) return { kind: 'tender', type: value as TenderType };
  // A map or a list is shown as written (« {a: 1} »), not as JavaScript prints an object.
  const written = range && frontMatter.source.slice(range.start - frontMatter.contentOffset, range.end - frontMatter.contentOffset);
  const shown = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : (written ?? JSON.stringify(value));
  return { kind: 'unknown-type', value: shown, range: range ?? { start: 0, end: 3 } };
}

/** An HTML disclosure's closing tag. */
const DISCLOSURE_END = /<\/details\s*>/i;

function buildSections(units: DocumentUnit[], textLength: number): Section[] {
  const sections: Section[] = [];
  // Sections still open, by increasing depth: a heading closes those of its level or deeper.
  const open: Section[] = [];
  for (const unit of units) {
    // A disclosure's end (`</details>`) ends the section its summary heads, and those within it.
    if (unit.kind === 'html' && DISCLOSURE_END.test(unit.text)) {
      let at = open.length - 1;
      while (at >= 0 && !open[at].heading.disclosure) at--;
      if (at !== -1) for (const section of open.splice(at)) section.end = unit.start;
    }
    if (unit.kind !== 'heading') continue;
    const depth = unit.depth ?? 1;
    while (open.length > 0 && (open[open.length - 1].heading.depth ?? 1) >= depth) open.pop()!.end = unit.start;
    const section = { heading: unit, start: unit.start, end: textLength };
    sections.push(section);
    open.push(section);
  }
  return sections;
}

/** A comment's content that is a directive: `tender-ignore <citation> [: reason]` (anchored: linear). */
export const IGNORE_DIRECTIVE = /^tender-ignore\s+([^\s:]+)\s*(?::([\s\S]*))?$/;

function findIgnores(units: DocumentUnit[]): IgnoreDirective[] {
  const ignores: IgnoreDirective[] = [];
  for (const unit of units) {
    if (unit.kind !== 'html' || !unit.text.includes('tender-ignore')) continue;
    // Comments found with indexOf: a regex spanning `<!--`…`-->` rescans to the end for every unclosed opener.
    for (let open = unit.text.indexOf('<!--'); open !== -1;) {
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
