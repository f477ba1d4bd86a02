import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ParsedBlock, TextUnit } from '../core/document/markdown.js';
import type { Field } from '../core/document/markdownTree.js';

/** Kept parses not used for a week go, and the least recently used past MAX_BYTES together (a 2 MB dossier's take 13 MB). */
const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;
const MAX_BYTES = 128 * 1024 * 1024;

const UNIT_KINDS: ReadonlySet<string> = new Set<TextUnit['kind']>(['heading', 'paragraph', 'listItem', 'tableRow', 'html', 'code', 'yaml']);

/**
 * The parses of files' chunks (markdown-it's reading, the units, their folding) kept from one session
 * to the next, one file of the cache directory per document: an editor that restores a session reopens
 * the files it had open, and the parse is most of the first analysis of a large dossier. A chunk's parse
 * depends on its text only, and chunks are looked up by their text, so a file edited since still finds
 * its unchanged chunks; `version` names the parser (the server's bundle), whose parses are the only ones
 * read. A file that cannot be read, written or understood is a parse to make, never an error.
 */
export class ParseCache {
  private pruned = false;

  constructor(
    private readonly directory: string,
    private readonly version: string,
    private readonly maxBytes = MAX_BYTES,
  ) {}

  /** The chunks kept for a document (its text's when they were kept) by their text; undefined when none are. */
  load(path: string): Map<string, ParsedBlock> | undefined {
    const file = this.fileOf(path);
    let kept: unknown;
    try {
      kept = deserialize(readFileSync(file));
      // Its time says when it was last used (prune).
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      return undefined;
    }
    if (!Array.isArray(kept)) return undefined;
    const chunks = new Map<string, ParsedBlock>();
    for (const chunk of kept) {
      const parsed = parsedBlockOf(chunk);
      if (!parsed) return undefined;
      chunks.set(parsed.text, parsed);
    }
    return chunks;
  }

  /** Keeps a document's chunks for the next sessions (written whole, then renamed: a reader sees all or none). */
  store(path: string, chunks: readonly ParsedBlock[]): void {
    const file = this.fileOf(path);
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      mkdirSync(this.directory, { recursive: true, mode: 0o700 });
      writeFileSync(temporary, serialize(chunks), { mode: 0o600, flag: 'wx' });
      renameSync(temporary, file);
    } catch {
      // A full disk leaves no part of a file behind; the next session parses again.
      rmSync(temporary, { force: true });
    }
    if (!this.pruned) {
      this.pruned = true;
      this.prune();
    }
  }

  private fileOf(path: string): string {
    return join(this.directory, `${this.version}-${createHash('sha256').update(path).digest('hex').slice(0, 32)}.v8`);
  }

  /** Once per session: what was not used for a week goes, then the least recently used until the rest weigh at most `maxBytes`. */
  private prune(): void {
    try {
      const files = readdirSync(this.directory).flatMap((name) => {
        try {
          const status = statSync(join(this.directory, name));
          return [{ path: join(this.directory, name), at: status.mtimeMs, size: status.size }];
        } catch {
          return [];
        }
      });
      files.sort((a, b) => b.at - a.at);
      let total = 0;
      for (const file of files) {
        total += file.size;
        if (total > this.maxBytes || Date.now() - file.at > STALE_AFTER_MS) rmSync(file.path, { force: true });
      }
    } catch {
      // Another process pruned meanwhile, or the directory went: nothing to prune.
    }
  }
}

/** A kept chunk as the parser makes it (the same fields in the same order), or undefined when it is not one. */
function parsedBlockOf(value: unknown): ParsedBlock | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, units, memo, degraded, narrowed, running } = value as Partial<Record<keyof ParsedBlock, unknown>>;
  if (typeof text !== 'string' || !Array.isArray(units) || !(memo instanceof Map)) return undefined;
  const made: TextUnit[] = [];
  for (const unit of units) {
    const read = textUnitOf(unit);
    if (!read) return undefined;
    made.push(read);
  }
  const answers = new Map<string, number[]>();
  for (const [key, indexes] of memo as Map<unknown, unknown>) {
    if (typeof key !== 'string' || !Array.isArray(indexes) || !indexes.every((index) => Number.isInteger(index) && index >= 0 && index < made.length))
      return undefined;
    answers.set(key, indexes as number[]);
  }
  const parsed: ParsedBlock = { text, units: made, memo: answers };
  if (typeof degraded === 'string') parsed.degraded = degraded as ParsedBlock['degraded'];
  if (typeof narrowed === 'number') parsed.narrowed = narrowed;
  // The running headers and footers it was parsed with: a chunk is taken only for the same (incremental.ts).
  if (Array.isArray(running) && running.length > 0 && running.every((start) => Number.isInteger(start) && start >= 0 && start < text.length))
    parsed.running = running as number[];
  return parsed;
}

function textUnitOf(value: unknown): TextUnit | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, start, end, text, normalized, depth, cells, table, row, fields, definition, disclosure, mark, label } = value as Partial<
    Record<keyof TextUnit, unknown>
  >;
  if (typeof kind !== 'string' || !UNIT_KINDS.has(kind) || typeof start !== 'number' || typeof end !== 'number') return undefined;
  if (typeof text !== 'string' || typeof normalized !== 'string') return undefined;
  const unit: TextUnit = { kind: kind as TextUnit['kind'], start, end, text, normalized };
  if (typeof depth === 'number') unit.depth = depth;
  if (Array.isArray(cells) && cells.every((cell) => typeof cell === 'string')) {
    unit.cells = cells;
    if (typeof table === 'number') unit.table = table;
    if (typeof row === 'number') unit.row = row;
  }
  if (Array.isArray(fields) && fields.every(isField)) unit.fields = fields;
  if (definition === true) unit.definition = true;
  if (disclosure === true) unit.disclosure = true;
  if (typeof mark === 'string') unit.mark = mark;
  if (typeof label === 'string') unit.label = label;
  return unit;
}

/** A unit's field as the parser makes it (markdownTree's Field). */
function isField(value: unknown): value is Field {
  if (typeof value !== 'object' || value === null) return false;
  const { start, label, value: at, lines } = value as Partial<Record<keyof Field, unknown>>;
  return (
    typeof start === 'number' &&
    typeof label === 'number' &&
    typeof at === 'number' &&
    Array.isArray(lines) &&
    lines.length === 2 &&
    lines.every((line) => typeof line === 'number')
  );
}
