import LITERALS from '../../../data/literals.json' with { type: 'json' };

/**
 * Strings one of which every match of a pattern holds, by the pattern's flags and source: derived from
 * its syntax by the build (scripts/literals.ts → server/data/literals.json). A pattern the table lacks
 * (added or changed since the build) is simply run.
 */
const TABLE = LITERALS as Record<string, readonly string[]>;

/**
 * The literals of the table a text holds, found in one pass over it: a passage is asked for every item,
 * and most of the items' patterns need a word it does not hold. Numbers of the literals, each once.
 */
export type LiteralsFound = Int32Array;

/** Aho–Corasick over every literal of the table, as a complete automaton (one step per character). */
interface Automaton {
  /** Each literal's number. */
  numbers: Map<string, number>;
  /** A character's class (its column in `next`); 0 for a character no literal holds. */
  classes: Uint8Array;
  width: number;
  next: Int32Array;
  /** The literals that end at each state (its own and its suffixes'), or undefined. */
  ends: (Int32Array | undefined)[];
}

let automaton: Automaton | undefined;

function build(): Automaton {
  const numbers = new Map<string, number>();
  for (const literals of Object.values(TABLE)) for (const literal of literals) if (!numbers.has(literal)) numbers.set(literal, numbers.size);
  // The table's literals are Latin-1 (the folded text's letters, digits and punctuation): a class per character they use.
  const classes = new Uint8Array(256);
  let width = 1;
  for (const literal of numbers.keys()) for (let i = 0; i < literal.length; i++) if (!classes[literal.charCodeAt(i)]) classes[literal.charCodeAt(i)] = width++;
  // The trie, then each state's missing steps from its suffix's (breadth first).
  const goto: number[][] = [new Array<number>(width).fill(-1)];
  const own: number[][] = [[]];
  for (const [literal, number] of numbers) {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const column = classes[literal.charCodeAt(i)];
      if (goto[state][column] === -1) {
        goto[state][column] = goto.length;
        goto.push(new Array<number>(width).fill(-1));
        own.push([]);
      }
      state = goto[state][column];
    }
    own[state].push(number);
  }
  const next = new Int32Array(goto.length * width);
  const suffix = new Int32Array(goto.length);
  const ends = new Array<Int32Array | undefined>(goto.length);
  const queue: number[] = [];
  for (let column = 0; column < width; column++) {
    const child = goto[0][column];
    next[column] = child === -1 ? 0 : child;
    if (child > 0) queue.push(child);
  }
  ends[0] = undefined;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const inherited = ends[suffix[state]];
    ends[state] = own[state].length || inherited ? Int32Array.from([...own[state], ...(inherited ?? [])]) : undefined;
    for (let column = 0; column < width; column++) {
      const child = goto[state][column];
      if (child === -1) next[state * width + column] = next[suffix[state] * width + column];
      else {
        suffix[child] = next[suffix[state] * width + column];
        next[state * width + column] = child;
        queue.push(child);
      }
    }
  }
  return { numbers, classes, width, next, ends };
}

// Literals already found in the text being scanned, by scan.
let seen = new Int32Array(0);
let scan = 0;

/** The literals of the table `text` holds. */
export function literalsIn(text: string): LiteralsFound {
  const { classes, width, next, ends, numbers } = (automaton ??= build());
  if (seen.length < numbers.size) seen = new Int32Array(numbers.size);
  scan++;
  const found: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = next[state * width + (code < 256 ? classes[code] : 0)];
    const ending = ends[state];
    if (ending) {
      for (const number of ending) {
        if (seen[number] === scan) continue;
        seen[number] = scan;
        found.push(number);
      }
    }
  }
  return Int32Array.from(found);
}

/** Each pattern's literals as numbers (null when the table has none for it), by list of patterns. */
const NEEDED = new WeakMap<readonly RegExp[], (Int32Array | null)[]>();

/** The literals each of `patterns` needs, for mayMatch: asked once per list and text, not once per pattern. */
export function neededBy(patterns: readonly RegExp[]): (Int32Array | null)[] {
  let needed = NEEDED.get(patterns);
  if (!needed) {
    const { numbers } = (automaton ??= build());
    needed = patterns.map((pattern) => {
      const key = `${pattern.flags}/${pattern.source}`;
      return Object.hasOwn(TABLE, key) ? Int32Array.from(TABLE[key], (literal) => numbers.get(literal)!) : null;
    });
    NEEDED.set(patterns, needed);
  }
  return needed;
}

// The literals found in one text, marked: a text is asked about the patterns of an item in a row.
let marks = new Int32Array(0);
let marked: LiteralsFound | undefined;
let mark = 0;

/**
 * Whether a pattern that needs one of `needed` (neededBy) may match the text whose literals are
 * `found`: false only when the text holds none of them.
 */
export function mayMatch(needed: Int32Array | null, found: LiteralsFound): boolean {
  if (needed === null) return true;
  if (marked !== found) {
    if (marks.length < seen.length) marks = new Int32Array(seen.length);
    mark++;
    for (let i = 0; i < found.length; i++) marks[found[i]] = mark;
    marked = found;
  }
  for (let i = 0; i < needed.length; i++) if (marks[needed[i]] === mark) return true;
  return false;
}
