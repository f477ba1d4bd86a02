import { LineIndex, withLineFeeds } from '../text/lineIndex.js';
import { CHUNK_DECISION_CHARS, chunkSpans, type BlockSpan } from './blocks.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { analysedEnd, blockHazard, LIMITS, narrowTables, type StopReason } from './limits.js';
import { parseBlock, parsePlainBlock, type ParsedBlock } from './markdown.js';
import { runningLines } from './pageFurniture.js';
import { buildModel, combinedOf, findFrontMatter, PlacedUnit, type Combined, type DocumentModel, type DocumentUnit } from './model.js';

// The incremental engine: a document's parser keeps the previous version's chunks, their parses and
// placed units, and the facts asked of its model, and re-uses all that is unchanged in the next
// version; the model itself is built by model.ts.

/** A parsed chunk placed at an offset, with its units made absolute. */
interface Placement {
  offset: number;
  blockIndex: number;
  units: DocumentUnit[];
}

/**
 * Per-document facts derived from per-block facts (e.g. which blocks match a recogniser), and what
 * the previous version's were with how its blocks map to this one's: a fact is then recomputed
 * for the changed blocks only. The previous version's facts are held, not its model.
 */
interface Lineage {
  facts: Map<string, number[]>;
  /** A block for which a fact is true, found by someBlockWhere (which stops there, leaving the fact unknown). */
  stated: Map<string, number>;
  /** Index of the first body block (1 after a front-matter block). */
  bodyFrom: number;
  previous?: { facts: Map<string, number[]>; stated: Map<string, number>; keptBefore: number; resumeNew: number; resumeOld: number };
}

const LINEAGE = new WeakMap<DocumentModel, Lineage>();

/**
 * Indexes of the blocks for which `matches` is true, in order; with a lineage, only blocks new in
 * this version are asked (unchanged blocks keep their answer, shifted to their new index).
 */
export function blocksWhere(model: DocumentModel, fact: string, matches: (blockIndex: number) => boolean): number[] {
  const combined = combinedOf(model);
  if (combined) return combinedBlocksWhere(combined, fact, matches);
  const lineage = LINEAGE.get(model);
  const known = lineage?.facts.get(fact);
  if (known) return known;
  const before = lineage?.previous;
  const previous = before?.facts.get(fact);
  let result: number[] = [];
  if (!lineage || !before || !previous) {
    const scan = scanOf(model, `all:${fact}`);
    for (; scan.next < model.blocks.length; scan.next++) if (matches(scan.next)) scan.found.push(scan.next);
    endScan(model, `all:${fact}`);
    result = scan.found;
  } else {
    const from = lineage.bodyFrom;
    const bodyCount = model.blocks.length - from;
    // The front-matter block may have changed whatever the body did.
    if (from === 1 && matches(0)) result.push(0);
    for (const index of previous) if (index >= from && index < from + before.keptBefore) result.push(index);
    for (let index = from + before.keptBefore; index < from + Math.min(bodyCount, before.resumeNew); index++) if (matches(index)) result.push(index);
    if (before.resumeNew !== Infinity)
      for (const index of previous) if (index >= from + before.resumeOld) result.push(index - before.resumeOld + before.resumeNew);
  }
  lineage?.facts.set(fact, result);
  return result;
}

/**
 * The blocks of which a reading (memoised on each block, readings.ts `blockReading`) finds something, in order: asked of
 * the blocks new in this version only (blocksWhere), where a scan of every block would look the reading up again, for each
 * edit, in the thousands of blocks of a dossier that hold nothing of it.
 */
export function blocksReading(model: DocumentModel, fact: string, read: (parsed: ParsedBlock) => readonly unknown[]): DocumentModel['blocks'] {
  return blocksWhere(model, `reading:${fact}`, (index) => read(model.blocks[index].parsed).length > 0).map((index) => model.blocks[index]);
}

/**
 * blocksWhere's answer when it costs no scan of every block: known, or carried over from the previous version with only
 * the changed blocks asked (in a combined model, so in each of its documents); else undefined, and the caller asks the
 * blocks only until one answers, as a first version does.
 */
export function knownBlocksWhere(model: DocumentModel, fact: string, matches: (blockIndex: number) => boolean): number[] | undefined {
  const combined = combinedOf(model);
  const known = combined ? combined.facts.has(fact) || combined.parts.every((part) => carried(part.model, fact)) : carried(model, fact);
  return known ? blocksWhere(model, fact, matches) : undefined;
}

/** Whether a document's model knows a fact or may carry it over from its previous version. */
function carried(model: DocumentModel, fact: string): boolean {
  const lineage = LINEAGE.get(model);
  return lineage !== undefined && (lineage.facts.has(fact) || lineage.previous?.facts.has(fact) === true);
}

/**
 * Where a scan of a model's blocks for a fact stopped, and the blocks it found: a rule's run cut by its
 * slice's end between two readings (readings.ts) is run again, and its scans go on from there instead of
 * asking every block before it again. A scan that ends drops its state.
 */
const SCANS = new WeakMap<DocumentModel, Map<string, { next: number; found: number[] }>>();

function scanOf(model: DocumentModel, key: string): { next: number; found: number[] } {
  let scans = SCANS.get(model);
  if (!scans) SCANS.set(model, (scans = new Map<string, { next: number; found: number[] }>()));
  let scan = scans.get(key);
  if (!scan) scans.set(key, (scan = { next: 0, found: [] }));
  return scan;
}

/** A scan that has ended (found, or asked every block) leaves nothing to go on from. */
function endScan(model: DocumentModel, key: string): void {
  SCANS.get(model)?.delete(key);
}

/** A combined model's fact: asked of each document's own model, whose lineage keeps the answer across versions. */
function combinedBlocksWhere(combined: Combined, fact: string, matches: (blockIndex: number) => boolean): number[] {
  let result = combined.facts.get(fact);
  if (!result) {
    result = [];
    for (const { model, blockBase } of combined.parts) {
      for (const index of blocksWhere(model, fact, (own) => matches(own + blockBase))) result.push(index + blockBase);
    }
    combined.facts.set(fact, result);
  }
  return result;
}

/** The units a fact names, by their index in the model, for each model version (see unitsWhere). */
const UNIT_FACTS = new WeakMap<DocumentModel, Map<string, number[]>>();

/**
 * The units of the blocks for which `unitsOf` (a block's own answer: indexes of its units, memoised on the
 * block) names some, in order: blocksWhere's blocks, whose units are gathered once per version of the
 * model. In a combined model each document's are its own model's, moved: after an edit of one file of a
 * dossier, the other files' blocks are not visited again.
 */
export function unitsWhere(model: DocumentModel, fact: string, unitsOf: (blockIndex: number) => readonly number[]): DocumentUnit[] {
  return unitIndexesWhere(model, fact, unitsOf).map((index) => model.units[index]);
}

function unitIndexesWhere(model: DocumentModel, fact: string, unitsOf: (blockIndex: number) => readonly number[]): number[] {
  let facts = UNIT_FACTS.get(model);
  const known = facts?.get(fact);
  if (known) return known;
  const result: number[] = [];
  const combined = combinedOf(model);
  if (combined) {
    for (const { model: part, blockBase, unitBase } of combined.parts)
      for (const index of unitIndexesWhere(part, fact, (own) => unitsOf(own + blockBase))) result.push(index + unitBase);
  } else {
    for (const blockIndex of blocksWhere(model, fact, (index) => unitsOf(index).length > 0))
      for (const own of unitsOf(blockIndex)) result.push(model.blocks[blockIndex].firstUnit + own);
  }
  if (!facts) UNIT_FACTS.set(model, (facts = new Map<string, number[]>()));
  facts.set(fact, result);
  return result;
}

/**
 * Whether `matches` is true of some block: blocksWhere's answer when it is known or cheap to carry over
 * from the previous version; otherwise the blocks are asked until one matches (an item a rule requires
 * is mostly stated near the top of the file that states it), and an answer of none is kept as the fact.
 * In a combined model, the files whose answer is not known are asked in turns, a block of each at a time,
 * so that an item stated at the top of the last file is not found only after every block of the others.
 * Without `fact` (a question that depends on more than the blocks' text), nothing is known or kept.
 */
export function someBlockWhere(model: DocumentModel, fact: string | undefined, matches: (blockIndex: number) => boolean): boolean {
  const combined = combinedOf(model);
  if (!combined) return knownSome(model, fact, matches) ?? scanFor(model, fact, matches);
  const known = fact === undefined ? undefined : combined.facts.get(fact);
  if (known) return known.length > 0;
  const asked: Combined['parts'] = [];
  for (const part of combined.parts) {
    const answer = knownSome(part.model, fact, (own) => matches(own + part.blockBase));
    if (answer) return true;
    if (answer === undefined) asked.push(part);
  }
  // A scan cut by its slice's end goes on at the round it was in.
  const scan = fact === undefined ? { next: 0 } : scanOf(model, `some:${fact}`);
  for (let left = asked.length; left > 0; scan.next++) {
    left = 0;
    for (const { model: part, blockBase } of asked) {
      if (scan.next >= part.blocks.length) continue;
      if (matches(scan.next + blockBase)) {
        if (fact !== undefined) {
          LINEAGE.get(part)?.stated.set(fact, scan.next);
          endScan(model, `some:${fact}`);
        }
        return true;
      }
      left++;
    }
  }
  if (fact !== undefined) {
    endScan(model, `some:${fact}`);
    for (const { model: part } of asked) LINEAGE.get(part)?.facts.set(fact, []);
    combined.facts.set(fact, []);
  }
  return false;
}

/**
 * someBlockWhere's answer when it costs no scan of the blocks: known, or carried over from the previous
 * version (a block found true before the change is unchanged); else undefined.
 */
function knownSome(model: DocumentModel, fact: string | undefined, matches: (blockIndex: number) => boolean): boolean | undefined {
  if (fact === undefined) return undefined;
  const lineage = LINEAGE.get(model);
  if (!lineage) return undefined;
  const known = lineage.facts.get(fact);
  if (known) return known.length > 0;
  if (lineage.stated.has(fact)) return true;
  const before = lineage.previous;
  if (!before) return undefined;
  const was = before.stated.get(fact);
  if (was !== undefined && was >= lineage.bodyFrom && was < lineage.bodyFrom + before.keptBefore) {
    lineage.stated.set(fact, was);
    return true;
  }
  if (before.facts.has(fact)) return blocksWhere(model, fact, matches).length > 0;
  return undefined;
}

/** Asks the blocks in order until one matches (kept as a block the fact is true of); none matching is kept as the fact. */
function scanFor(model: DocumentModel, fact: string | undefined, matches: (blockIndex: number) => boolean): boolean {
  if (fact === undefined) {
    for (let index = 0; index < model.blocks.length; index++) if (matches(index)) return true;
    return false;
  }
  // A scan cut by its slice's end goes on where it stopped.
  const scan = scanOf(model, `some:${fact}`);
  for (; scan.next < model.blocks.length; scan.next++) {
    if (!matches(scan.next)) continue;
    LINEAGE.get(model)?.stated.set(fact, scan.next);
    endScan(model, `some:${fact}`);
    return true;
  }
  endScan(model, `some:${fact}`);
  LINEAGE.get(model)?.facts.set(fact, []);
  return false;
}

/** What changed between two versions: text[0, prefix) and the text after oldEnd/newEnd are the same. */
export interface TextChange {
  prefix: number;
  oldEnd: number;
  newEnd: number;
}

interface Plan {
  text: string;
  previous: Version | undefined;
  change: TextChange | undefined;
  frontMatterSpan: { contentStart: number; end: number } | undefined;
  split: ChunkSplit;
  /** End of the analysed part (see limits.ts). */
  end: number;
  /** The starts of the body's lines that are running headers or footers (pageFurniture.ts), in order. */
  running: number[];
}

/** Chunks of a new version: new [0, keptBefore) = old [0, keptBefore), new [resumeNew, …) = old [resumeOld, …) shifted. */
interface ChunkSplit {
  spans: BlockSpan[];
  keptBefore: number;
  resumeNew: number;
  resumeOld: number;
}

interface Version {
  text: string;
  model: DocumentModel;
  bodyStart: number;
  /** End of the text split into chunks (the length limit; the count caps may stop the model earlier). */
  end: number;
  /** Body chunks; the texts (cache keys) and parses of those placed in the model, aligned with them. */
  spans: BlockSpan[];
  keys: string[];
  parsed: ParsedBlock[];
}

/** The per-document caps on counts (LIMITS by default). */
export type CountCaps = { readonly [K in 'chunks' | 'units' | 'headings']: number };

/** Counts against the per-document caps while chunks are placed. */
class Budget {
  chunks = 0;
  units = 0;
  headings = 0;

  constructor(private readonly caps: CountCaps) {}

  /**
   * How many of the chunk's units fit (all of them: the chunk is counted), or the cap that bites
   * with the number of units that still fit before it.
   */
  take(parsed: ParsedBlock): { fits: number; stop?: StopReason } {
    if (this.chunks >= this.caps.chunks) return { fits: 0, stop: 'chunks' };
    this.chunks++;
    const { units } = parsed;
    for (let index = 0; index < units.length; index++) {
      if (this.units + index >= this.caps.units) return this.cut(index, 'units');
      if (units[index].kind === 'heading' && ++this.headings > this.caps.headings) return this.cut(index, 'headings');
    }
    this.units += units.length;
    return { fits: units.length };
  }

  private cut(fits: number, stop: StopReason): { fits: number; stop: StopReason } {
    this.units += fits;
    return { fits, stop };
  }
}

/**
 * Builds document models, re-using what the previous version already computed: this is what makes
 * analysis incremental. Only the text between the common prefix and suffix of the two versions is
 * split again, only chunks whose text is new are parsed, units of chunks that did not move are
 * re-used as they are, and line starts are patched rather than recounted. One parser serves one
 * document.
 */
export class DocumentParser {
  private cache = new Map<string, ParsedBlock>();
  private placements = new WeakMap<ParsedBlock, Placement>();
  private previous: Version | undefined;
  private planned: Plan | undefined;
  private frontMatterCache: { source: string; contentStart: number; end: number; value: FrontMatter } | undefined;

  /**
   * `caps`: lower ones let tests reach them with small documents. `library`: body chunks shared with
   * the parsers of other documents (see ChunkLibrary).
   */
  constructor(
    private readonly caps: CountCaps = LIMITS,
    private readonly library?: ChunkLibrary,
  ) {}

  parse(source: string): DocumentModel {
    // The same text again (another file of its dossier changed): the same model, without reading the text.
    if (this.previous?.model.source === source) return this.previous.model;
    const text = withLineFeeds(source);
    if (this.previous?.text === text) {
      if (this.previous.model.source === source) return this.previous.model;
      // Only a line ending changed between CR and LF: a model of its own, from the cached chunks.
      this.previous = undefined;
    }
    const previous = this.previous;
    const { change, frontMatterSpan, split, end, running } = this.plan(text);
    const lines = previous && change ? previous.model.lines.edited(text, change) : new LineIndex(text);
    const bodyStart = frontMatterSpan?.end ?? 0;
    const { spans } = split;

    const cache = this.cache;
    const budget = new Budget(this.caps);
    let stop: { at: number; reason: StopReason } | undefined = end < text.length ? { at: end, reason: 'length' } : undefined;
    const keys: string[] = [];
    const parsedChunks: ParsedBlock[] = [];
    const units: DocumentUnit[] = [];
    const blocks: DocumentModel['blocks'] = [];
    /** Places the chunk, or the part of it within the caps; false when the analysis stops in it. */
    const place = (whole: ParsedBlock, offset: number): boolean => {
      const { fits, stop: capped } = budget.take(whole);
      if (capped) {
        stop = { at: fits < whole.units.length ? offset + whole.units[fits].start : offset, reason: capped };
        if (fits === 0) return false;
      }
      // A chunk cut short gets a block of its own (not cached: its facts differ from the whole's).
      const parsed = capped ? { ...whole, units: whole.units.slice(0, fits), memo: new Map<string, number[]>() } : whole;
      const blockIndex = blocks.length;
      blocks.push({ offset, parsed, firstUnit: units.length });
      let placement = this.placements.get(parsed);
      if (!placement || placement.offset !== offset || placement.blockIndex !== blockIndex) {
        placement = { offset, blockIndex, units: parsed.units.map((unit) => new PlacedUnit(unit, offset, blockIndex)) };
        this.placements.set(parsed, placement);
      }
      for (const unit of placement.units) units.push(unit);
      return !capped;
    };
    const lookup = (key: string, lines: readonly number[]) => {
      let parsed = cache.get(key);
      if (!parsed || !sameLines(parsed.running, lines)) cache.set(key, (parsed = this.fromLibrary(key, lines)));
      return parsed;
    };
    // A chunk whose running lines changed (another chunk's edit made a line repeat, or not) is parsed again, and the
    // facts of the previous version are not carried over.
    let refurnished = false;
    const frontMatterKey = frontMatterSpan ? text.slice(0, frontMatterSpan.end) : undefined;
    // The front-matter block is one YAML unit, read without markdown-it, linear whatever its shape.
    if (frontMatterKey !== undefined)
      place(cache.get(frontMatterKey) ?? (cache.set(frontMatterKey, parseBlock(frontMatterKey, true)), cache.get(frontMatterKey)!), 0);
    for (let index = 0; index < spans.length; index++) {
      const span = spans[index];
      // Chunks known unchanged keep their key and parse: no slicing, no hashing of their text.
      const old = this.oldChunk(split, index);
      const lines = runningWithin(running, span);
      let key: string;
      let parsed: ParsedBlock;
      if (old >= 0 && previous && sameLines(previous.parsed[old].running, lines)) {
        key = previous.keys[old];
        parsed = previous.parsed[old];
      } else {
        if (old >= 0) refurnished = true;
        key = text.slice(span.start, span.end);
        parsed = lookup(key, lines);
      }
      keys.push(key);
      parsedChunks.push(parsed);
      if (!place(parsed, span.start)) break;
    }
    // The cache keeps the chunks of this version (and of abandoned ones, parsed by prepare): drop the
    // replaced chunks, and start over when it has grown well past the document.
    if (previous) {
      const removedEnd = split.resumeNew === Infinity ? previous.keys.length : split.resumeOld;
      const current = new Set(keys.slice(split.keptBefore, Math.min(keys.length, split.resumeNew)));
      for (let i = split.keptBefore; i < removedEnd; i++) if (!current.has(previous.keys[i])) cache.delete(previous.keys[i]);
    }
    if (cache.size > 2 * keys.length + 64) {
      this.cache = new Map(keys.map((key, i) => [key, parsedChunks[i]]));
      if (frontMatterKey !== undefined) this.cache.set(frontMatterKey, blocks[0].parsed);
    }

    const model = buildModel({
      text,
      source,
      lines,
      frontMatterSpan,
      frontMatter: frontMatterSpan ? this.frontMatter(units, frontMatterSpan) : undefined,
      blocks,
      units,
      bodyStart,
      end,
      stop: stop && { ...stop, cap: stop.reason === 'length' ? LIMITS.analysedLength : this.caps[stop.reason] },
    });
    const before = previous && LINEAGE.get(previous.model);
    LINEAGE.set(model, {
      facts: new Map(),
      stated: new Map(),
      bodyFrom: frontMatterSpan ? 1 : 0,
      // Block indexes map between versions only when both placed every chunk of their text.
      previous:
        before && !refurnished && before.bodyFrom === (frontMatterSpan ? 1 : 0) && !countCapped(model) && !countCapped(previous.model)
          ? { facts: before.facts, stated: before.stated, keptBefore: split.keptBefore, resumeNew: split.resumeNew, resumeOld: split.resumeOld }
          : undefined,
    });
    this.previous = { text, model, bodyStart, end, spans, keys, parsed: parsedChunks };
    return model;
  }

  /** Whether the parser has parsed a version of its document (the next one is then an edit, mostly cached). */
  get hasParsed(): boolean {
    return this.previous !== undefined;
  }

  /** The body chunks of the version parsed last, as parsed. */
  get chunks(): readonly ParsedBlock[] {
    return this.previous?.parsed ?? [];
  }

  /**
   * Parses, one chunk per step, the chunks of `text` that the cache lacks, so that `parse(text)`
   * then only assembles. A caller that stops iterating early (a
   * newer version arrived) keeps what was parsed: the next version re-uses those chunks.
   * `parsedBefore`: chunks parsed before, elsewhere (an earlier session's), taken as they are: a
   * chunk's parse depends on its text only.
   */
  *prepare(source: string, parsedBefore?: (chunk: string) => ParsedBlock | undefined): Generator<void, void, undefined> {
    if (this.previous?.model.source === source) return;
    const text = withLineFeeds(source);
    if (this.previous?.text === text) return;
    const { split, running } = this.plan(text);
    const previous = this.previous;
    // Counted like `parse` places them, so that nothing past a cap is parsed.
    const budget = new Budget(this.caps);
    for (let index = 0; index < split.spans.length; index++) {
      const old = this.oldChunk(split, index);
      const span = split.spans[index];
      const lines = runningWithin(running, span);
      let parsed = old >= 0 ? previous?.parsed[old] : undefined;
      if (!parsed || !sameLines(parsed.running, lines)) {
        const key = text.slice(span.start, span.end);
        parsed = this.cache.get(key);
        if (!parsed || !sameLines(parsed.running, lines)) {
          const known = [this.library?.get(key), parsedBefore?.(key)].find((chunk) => chunk && sameLines(chunk.running, lines));
          this.cache.set(key, (parsed = known ?? this.fromLibrary(key, lines)));
          if (!known) yield;
        }
      }
      if (budget.take(parsed).stop) return;
    }
  }

  /** A body chunk's parse with these running lines: the library's, or parsed now and lent to it. */
  private fromLibrary(key: string, running: readonly number[]): ParsedBlock {
    let parsed = this.library?.get(key);
    if (!parsed || !sameLines(parsed.running, running)) {
      parsed = safeParseBlock(key, running);
      this.library?.set(key, parsed);
    }
    return parsed;
  }

  /** The previous version's index of a chunk known unchanged, or -1 (new text, or not placed then). */
  private oldChunk(split: ChunkSplit, index: number): number {
    const old = index < split.keptBefore ? index : index >= split.resumeNew ? split.resumeOld + index - split.resumeNew : -1;
    return old < (this.previous?.parsed.length ?? 0) ? old : -1;
  }

  /** How `text` differs from the previous version and its chunks; kept from `prepare` for `parse`. */
  private plan(text: string): Plan {
    if (this.planned?.text === text && this.planned.previous === this.previous) return this.planned;
    const change = this.previous ? diffTexts(this.previous.text, text) : undefined;
    const end = analysedEnd(text);
    const frontMatterSpan = findFrontMatter(end < text.length ? text.slice(0, end) : text);
    const split = this.splitChunks(text, frontMatterSpan?.end ?? 0, change, end);
    const running = runningLines(text, frontMatterSpan?.end ?? 0, end);
    this.planned = { text, previous: this.previous, change, frontMatterSpan, split, end, running };
    return this.planned;
  }

  /** The front-matter's data, re-used while its text and place are unchanged (typing in the body). */
  private frontMatter(units: DocumentUnit[], span: { contentStart: number; end: number }): FrontMatter | undefined {
    const yamlUnit = units.find((unit) => unit.kind === 'yaml');
    if (!yamlUnit) return undefined;
    const cached = this.frontMatterCache;
    if (cached && cached.source === yamlUnit.text && cached.contentStart === span.contentStart && cached.end === span.end) return cached.value;
    const value = parseFrontMatter(yamlUnit.text, span.contentStart, { start: 0, end: span.end });
    this.frontMatterCache = { source: yamlUnit.text, contentStart: span.contentStart, end: span.end, value };
    return value;
  }

  /**
   * Chunks of the body. After an edit, scanning restarts at the chunk before the change and stops at
   * the first chunk start past the change that was a chunk start before it: from there the text and
   * the scanner's state are the same as before, so the old chunks (shifted) are still right.
   */
  private splitChunks(text: string, bodyStart: number, change: TextChange | undefined, end: number): ChunkSplit {
    const previous = this.previous;
    const full = () => ({ spans: chunkSpans(text, bodyStart, end).spans, keptBefore: 0, resumeNew: Infinity, resumeOld: 0 });
    // The old chunks are only re-usable when both versions are analysed to their end.
    if (!previous || !change || end < text.length || previous.end < previous.text.length) return full();
    const oldSpans = previous.spans;
    const delta = change.newEnd - change.oldEnd;
    // An edit of the front-matter only: the body is the same text, moved.
    if (change.oldEnd <= previous.bodyStart && change.newEnd <= bodyStart && bodyStart === previous.bodyStart + delta) {
      return { spans: oldSpans.map((span) => ({ start: span.start + delta, end: span.end + delta })), keptBefore: 0, resumeNew: 0, resumeOld: 0 };
    }
    if (previous.bodyStart !== bodyStart) return full();
    // Restart at a chunk start whose decision the change cannot touch: the chunk holding the
    // character before the change may end differently, and a chunk start depends on the text just
    // after it.
    const first = findSpan(oldSpans, Math.max(bodyStart, change.prefix - 1 - CHUNK_DECISION_CHARS));
    if (first < 0) return full();
    let resumeOld = -1;
    const { spans, stoppedAt } = chunkSpans(text, oldSpans[first].start, end, (start) => {
      if (start <= change.newEnd) return false;
      resumeOld = binarySearchStart(oldSpans, start - delta);
      return resumeOld >= 0;
    });
    const result = oldSpans.slice(0, first);
    for (const span of spans) result.push(span);
    const resumeNew = stoppedAt === undefined ? Infinity : result.length;
    if (stoppedAt !== undefined)
      for (let i = resumeOld; i < oldSpans.length; i++) result.push({ start: oldSpans[i].start + delta, end: oldSpans[i].end + delta });
    return { spans: result, keptBefore: first, resumeNew, resumeOld };
  }
}

/**
 * Parsed body chunks shared by the parsers of several documents: the same text (a notice or a clause
 * every tender of an organisation copies from its template) is parsed once, and what the rules found
 * in it (memoised on the chunk) is found once. A chunk's parse depends on its text only. Bounded by
 * the characters it holds: past `maxChars` it starts over.
 */
export class ChunkLibrary {
  private chunks = new Map<string, ParsedBlock>();
  private chars = 0;

  constructor(private readonly maxChars = 8_000_000) {}

  get(text: string): ParsedBlock | undefined {
    return this.chunks.get(text);
  }

  set(text: string, parsed: ParsedBlock): void {
    if (this.chars + text.length > this.maxChars) {
      this.chunks = new Map();
      this.chars = 0;
    }
    this.chunks.set(text, parsed);
    this.chars += text.length;
  }
}

const countCapped = (model: DocumentModel) => model.stoppedBy !== undefined && model.stoppedBy.reason !== 'length';

function diffTexts(old: string, text: string): TextChange {
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, prefix);
  return { prefix, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

/** Length of the common prefix: whole slices compared natively first, then characters. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  for (const step of STEPS) while (i + step <= limit && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix that does not overlap the common prefix. */
function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  for (const step of STEPS) while (i + step <= limit && a.slice(a.length - i - step, a.length - i) === b.slice(b.length - i - step, b.length - i)) i += step;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

const STEPS = [65536, 4096, 256];

/** Index of the span containing offset (spans are contiguous and sorted), -1 if none. */
function findSpan(spans: readonly BlockSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** Index of the span starting exactly at offset, -1 if none. */
function binarySearchStart(spans: readonly BlockSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * The running lines of a chunk (from its start), of the document's (`running`, in order): a binary search, as most
 * chunks have none.
 */
function runningWithin(running: readonly number[], span: BlockSpan): readonly number[] {
  if (running.length === 0) return running;
  let low = 0;
  let high = running.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (running[mid] < span.start) low = mid + 1;
    else high = mid;
  }
  const lines: number[] = [];
  for (let index = low; index < running.length && running[index] < span.end; index++) lines.push(running[index] - span.start);
  return lines;
}

/** Whether a parse was made with these running lines (none when it has none). */
function sameLines(made: readonly number[] | undefined, lines: readonly number[]): boolean {
  if (!made) return lines.length === 0;
  return made.length === lines.length && made.every((line, index) => line === lines[index]);
}

/**
 * Markdown unless the block is hazardous; a parser failure (a stack overflow) degrades to plain text too. `running`:
 * the starts of its lines that are running headers or footers, not read in a table narrowed (its offsets moved).
 */
function safeParseBlock(text: string, running: readonly number[] = []): ParsedBlock {
  const parsed = parseChunk(text, running);
  // Made for these lines, whether it could read them or not.
  return running.length && !parsed.running ? { ...parsed, running } : parsed;
}

function parseChunk(text: string, running: readonly number[]): ParsedBlock {
  const hazard = blockHazard(text);
  if (hazard) return parsePlainBlock(text, hazard);
  try {
    const narrowed = narrowTables(text);
    return narrowed ? { ...parseBlock(narrowed.text), text, narrowed: narrowed.at } : parseBlock(text, false, running);
  } catch {
    return parsePlainBlock(text, 'parser-failure');
  }
}

export function parseDocument(text: string): DocumentModel {
  return new DocumentParser().parse(text);
}
