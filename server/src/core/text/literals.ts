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
export type LiteralsFound = readonly number[];

/**
 * Aho–Corasick over every literal of the table, as an automaton with a step for every state and class
 * of character (a table indexed by both: the trie's own steps, and where the trie has none, the step
 * of the state's longest proper suffix that is a state, so that a scan makes one step per character),
 * the literal that ends at a state (a state is one string: one literal at most) and the nearest suffix
 * at which one ends. Typed arrays only, built once per thread, for about 11 000 states.
 */
interface Automaton {
  /** Each literal's number. */
  numbers: Map<string, number>;
  /** A character's class (its column in `steps`); 0 for a character no literal holds. */
  classes: Uint8Array;
  width: number;
  steps: Uint16Array | Int32Array;
  /** The number of the literal that ends at a state, or -1. */
  literal: Int32Array;
  /** The nearest proper suffix of a state at which a literal ends, or 0. */
  output: Int32Array;
}

let automaton: Automaton | undefined;

function build(): Automaton {
  const numbers = new Map<string, number>();
  let characters = 0;
  for (const literals of Object.values(TABLE)) {
    for (const literal of literals) {
      if (numbers.has(literal)) continue;
      numbers.set(literal, numbers.size);
      characters += literal.length;
    }
  }
  // The table's literals are Latin-1 (the folded text's letters, digits and punctuation): a class per character they use.
  const classes = new Uint8Array(256);
  let width = 1;
  for (const literal of numbers.keys()) for (let i = 0; i < literal.length; i++) if (!classes[literal.charCodeAt(i)]) classes[literal.charCodeAt(i)] = width++;
  const size = characters + 1;
  const steps = size <= 0xffff ? new Uint16Array(size * width) : new Int32Array(size * width);
  // Each state's parent, the class of the step to it, its depth, and its parent's children as a list, in the order states are made.
  const parent = new Int32Array(size);
  const column = new Int32Array(size);
  const depth = new Int32Array(size);
  const firstChild = new Int32Array(size);
  const nextSibling = new Int32Array(size);
  const literal = new Int32Array(size).fill(-1);
  let states = 1;
  let deepest = 0;
  for (const [text, number] of numbers) {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const at = state * width + classes[text.charCodeAt(i)];
      if (steps[at] === 0) {
        steps[at] = states;
        parent[states] = state;
        column[states] = classes[text.charCodeAt(i)];
        depth[states] = depth[state] + 1;
        nextSibling[states] = firstChild[state];
        firstChild[state] = states;
        deepest = Math.max(deepest, depth[states]);
        states++;
      }
      state = steps[at];
    }
    literal[state] = number;
  }
  // States by depth (a suffix is shallower than its state), then each one's suffix and nearest output.
  const first = new Int32Array(deepest + 2);
  for (let state = 1; state < states; state++) first[depth[state] + 1]++;
  for (let level = 1; level < first.length; level++) first[level] += first[level - 1];
  const order = new Int32Array(states);
  for (let state = 1; state < states; state++) order[first[depth[state]]++] = state;
  const suffix = new Int32Array(states);
  const output = new Int32Array(states);
  for (let index = 0; index < states - 1; index++) {
    const state = order[index];
    // The suffix's steps are complete (it is shallower): the step from it is where the trie's suffix links lead.
    if (parent[state] !== 0) suffix[state] = steps[suffix[parent[state]] * width + column[state]];
    output[state] = literal[suffix[state]] >= 0 ? suffix[state] : output[suffix[state]];
    // The suffix's steps, then the trie's own (a row copied at once: most of a state's steps are its suffix's).
    steps.copyWithin(state * width, suffix[state] * width, (suffix[state] + 1) * width);
    for (let child = firstChild[state]; child !== 0; child = nextSibling[child]) steps[state * width + column[child]] = child;
  }
  return { numbers, classes, width, steps, literal, output };
}

// Literals already found in the text being scanned, by scan.
let seen = new Int32Array(0);
let scan = 0;

/** The literals of the table `text` holds. */
export function literalsIn(text: string): LiteralsFound {
  const { classes, width, steps, literal, output, numbers } = (automaton ??= build());
  if (seen.length < numbers.size) seen = new Int32Array(numbers.size);
  scan++;
  const found: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const column = code < 256 ? classes[code] : 0;
    if (column === 0) {
      state = 0;
      continue;
    }
    state = steps[state * width + column];
    for (let at = literal[state] >= 0 ? state : output[state]; at !== 0; at = output[at]) {
      const number = literal[at];
      if (seen[number] === scan) continue;
      seen[number] = scan;
      found.push(number);
    }
  }
  return found;
}

/** How many literals the table holds: literalsIn and neededBy number them from 0 up to it. */
export function literalCount(): number {
  return (automaton ??= build()).numbers.size;
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
