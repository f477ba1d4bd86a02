/**
 * The literals a regular expression's matches cannot do without (server/data/literals.json): for each
 * pattern of the recognisers, a few strings of which every match holds at least one. A text holding
 * none of them cannot match, and the core skips the pattern without running it (core/text/literals.ts).
 * Derived from the pattern's syntax tree (regexpp), by the build: the core parses no pattern at run time.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import { RECOGNISERS, type ItemRecogniser } from '../server/src/core/legal/recognisers.js';

/** The strings a part of a pattern matches, when they are few; `lang` undefined: too many or unbounded. */
interface Reading {
  lang?: Set<string>;
  /** Strings one of which every match of the part holds; undefined when none is known. */
  needed?: Set<string>;
}

/** Beyond this many strings a set is not kept: it would cost more scans than the pattern itself. */
const MAX_STRINGS = 16;
/** A character class of up to this many characters is read as that many one-character strings. */
const MAX_CLASS = 8;

const cross = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> | undefined => {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const product = new Set<string>();
  for (const x of a) for (const y of b) product.add(x + y);
  return product;
};

/** Drops each string that holds another of the set: a text holding it holds the other. */
function minimal(strings: ReadonlySet<string>): Set<string> {
  const sorted = [...strings].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const string of sorted) if (!kept.some((shorter) => string.includes(shorter))) kept.push(string);
  return new Set(kept);
}

const shortest = (strings: ReadonlySet<string>): number => Math.min(...[...strings].map((string) => string.length));

/**
 * Higher is better: long strings (fewer texts hold them), few of them (each text is scanned for all
 * the literals at once, but a set of many is more often met); then the longer.
 */
const score = (strings: ReadonlySet<string>): number => Math.min(10, shortest(strings)) * 10 - strings.size * 5 + shortest(strings) / 100;

function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a || a.has('')) return b && !b.has('') ? b : undefined;
  if (!b || b.has('')) return a;
  return score(minimal(b)) > score(minimal(a)) ? b : a;
}

function union(readings: Reading[]): Reading {
  let lang: Set<string> | undefined = new Set();
  let needed: Set<string> | undefined = new Set();
  for (const reading of readings) {
    if (lang && reading.lang && lang.size + reading.lang.size <= MAX_STRINGS) for (const string of reading.lang) lang.add(string);
    else lang = undefined;
    const own = better(reading.needed, reading.lang);
    if (needed && own) for (const string of own) needed.add(string);
    else needed = undefined;
  }
  return { lang, needed: needed && needed.size <= MAX_STRINGS * 2 ? minimal(needed) : undefined };
}

function sequence(elements: readonly AST.Element[]): Reading {
  const readings = elements.map(read);
  let needed: Set<string> | undefined;
  // Any element's own literals; and any run of elements whose strings are few, joined.
  for (const [start, reading] of readings.entries()) {
    needed = better(needed, reading.needed);
    let run: Set<string> | undefined = new Set(['']);
    for (let end = start; end < readings.length && run; end++) {
      const lang = readings[end].lang;
      run = lang && cross(run, lang);
      needed = better(needed, run);
    }
  }
  let lang: Set<string> | undefined = new Set(['']);
  for (const reading of readings) lang = lang && reading.lang && cross(lang, reading.lang);
  return { lang, needed: needed && minimal(needed) };
}

function characterClass(node: AST.CharacterClass): Reading {
  if (node.negate) return {};
  const chars = new Set<string>();
  for (const element of node.elements) {
    if (element.type === 'Character') chars.add(String.fromCodePoint(element.value));
    else if (element.type === 'CharacterClassRange' && element.max.value - element.min.value < MAX_CLASS) {
      for (let code = element.min.value; code <= element.max.value; code++) chars.add(String.fromCodePoint(code));
    } else return {};
    if (chars.size > MAX_CLASS) return {};
  }
  return { lang: chars, needed: chars.size ? chars : undefined };
}

function quantifier(node: AST.Quantifier): Reading {
  const element = read(node.element);
  let lang: Set<string> | undefined;
  if (node.max <= 3 && element.lang) {
    lang = new Set(node.min === 0 ? [''] : []);
    let power: Set<string> | undefined = new Set(['']);
    for (let count = 1; count <= node.max && lang && power; count++) {
      power = cross(power, element.lang);
      if (!power) lang = undefined;
      else if (count >= node.min) for (const string of power) lang.add(string);
    }
    if (lang && lang.size > MAX_STRINGS) lang = undefined;
  }
  return { lang, needed: node.min >= 1 ? better(element.needed, element.lang) : undefined };
}

function read(node: AST.Element | AST.Alternative | AST.Pattern): Reading {
  switch (node.type) {
    case 'Character':
      return { lang: new Set([String.fromCodePoint(node.value)]), needed: new Set([String.fromCodePoint(node.value)]) };
    case 'CharacterClass':
      return characterClass(node);
    // Assertions consume nothing: what a lookaround asks of the text is left out.
    case 'Assertion':
      return { lang: new Set(['']) };
    case 'Quantifier':
      return quantifier(node);
    case 'Alternative':
      return sequence(node.elements);
    // A group with modifiers (`(?i:…)`) may match other cases than its literals': nothing known.
    case 'Group':
      return node.modifiers ? {} : union(node.alternatives.map(read));
    case 'CapturingGroup':
    case 'Pattern':
      return union(node.alternatives.map(read));
    default:
      // Any character, classes of characters, back-references, modifiers: nothing known.
      return {};
  }
}

/**
 * Strings one of which every match of `pattern` holds, or undefined when no such set is worth testing.
 * Case-insensitive patterns are left out (their literals would need folding), and so are global and
 * sticky ones, whose `test` moves `lastIndex`: skipping them would change what the next call finds.
 */
export function requiredLiterals(pattern: Pick<RegExp, 'source' | 'flags'>): string[] | undefined {
  if (/[igy]/.test(pattern.flags)) return undefined;
  const { needed, lang } = read(parseRegExpLiteral(`/${pattern.source}/${pattern.flags}`).pattern);
  const best = better(needed, lang);
  return best ? [...minimal(best)] : undefined;
}

/** The table the core reads: each pattern's literals under its flags and source. */
export function literalTable(): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const recogniser of Object.values(RECOGNISERS) as ItemRecogniser[]) {
    for (const pattern of [...recogniser.headings, ...recogniser.phrases]) {
      const literals = requiredLiterals(pattern);
      if (literals) table[`${pattern.flags}/${pattern.source}`] = literals;
    }
  }
  return table;
}
