import { hasValueAt, type FrontMatter, type KeyPath, type OffsetRange } from '../document/frontMatter.js';

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema's mappings nest three deep: deeper values are taken whole (a hostile YAML may nest thousands deep). */
const MERGED_DEPTH = 4;

/**
 * The data of several front-matters as one: a key takes the value of the first front-matter that
 * gives it, and mappings (`contrat`, `reception`…) are merged key by key, so that the notice's
 * `contrat.nature` and the contract file's `contrat.duree-mois` both count. Lists and values are
 * never merged: the first wins (the files' disagreements are the consistency rules' business).
 */
function merge(target: Raw, source: Raw, depth = 0): Raw {
  for (const [key, value] of Object.entries(source)) {
    // Defined, not assigned: a `__proto__` key is data, not the object's prototype.
    if (!Object.hasOwn(target, key))
      Object.defineProperty(target, key, {
        value: isRecord(value) && depth < MERGED_DEPTH ? merge({}, value, depth + 1) : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (isRecord(target[key]) && isRecord(value) && depth < MERGED_DEPTH) merge(target[key], value, depth + 1);
  }
  return target;
}

const moveRange = (range: OffsetRange | undefined, base: number): OffsetRange | undefined => range && { start: range.start + base, end: range.end + base };

/**
 * The front-matters of a dossier's files placed in a combined model (`base`: where each file starts),
 * as one front-matter: its data merged (see `merge`), and the place of a key that of the front-matter
 * the value comes from. Its fences, YAML and problems are the first one's (each file's own problems
 * are reported on that file).
 */
export function combinedFrontMatter(parts: readonly { frontMatter: FrontMatter | undefined; base: number }[]): FrontMatter | undefined {
  const present = parts.filter((part): part is { frontMatter: FrontMatter; base: number } => part.frontMatter !== undefined);
  if (present.length === 0) return undefined;
  const data: Raw = {};
  for (const { frontMatter } of present) if (frontMatter.data) merge(data, frontMatter.data);
  const first = present[0];
  const owner = (path: KeyPath) => present.find((part) => hasValueAt(part.frontMatter.data, path));
  return {
    range: moveRange(first.frontMatter.range, first.base)!,
    contentOffset: first.frontMatter.contentOffset + first.base,
    source: first.frontMatter.source,
    yaml: first.frontMatter.yaml,
    data,
    problems: [],
    problemsTruncated: false,
    truncatedLists: [],
    valueRange(path) {
      const part = owner(path);
      return part && moveRange(part.frontMatter.valueRange(path), part.base);
    },
    keyRange(path) {
      const part = path.length > 0 ? (owner(path) ?? present.find((candidate) => candidate.frontMatter.keyRange(path))) : undefined;
      return part && moveRange(part.frontMatter.keyRange(path), part.base);
    },
  };
}
