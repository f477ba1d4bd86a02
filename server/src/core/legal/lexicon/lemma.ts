import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { normalizeForMatching } from '../../text/normalize.js';
import { VOCABULARY } from './vocabulary.js';

/**
 * Words to lemmas: a word of the vocabulary becomes its notion (`BID`), any other word its stem, so
 * that « signé », « signées » and « signer » are one lemma, and templates need no hand-written
 * endings. Words are taken folded (no accents, lower case: see normalizeForMatching), as units keep
 * them. French Snowball first; a word it leaves alone is tried in English ("signed" → "sign"); a
 * trailing mute "e" is dropped, as folding made « signée » look like « signee ».
 */
function stemOf(word: string): string {
  let stem = frenchStemmer(word);
  if (stem === word) stem = englishStemmer(word);
  while (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** Words that carry no content: templates skip them, and they do not count in a gap. */
const STOPWORDS = new Set([
  'le',
  'la',
  'les',
  "l'",
  'un',
  'une',
  'de',
  'des',
  'du',
  "d'",
  'a',
  'au',
  'aux',
  'en',
  'et',
  'ou',
  'y',
  'se',
  "s'",
  'sa',
  'son',
  'ses',
  'leur',
  'leurs',
  'ce',
  'cet',
  'cette',
  'ces',
  "c'",
  'dont',
  'par',
  'pour',
  'sur',
  'dans',
  'avec',
  'est',
  'sont',
  'etre',
  'ete',
  'sera',
  'seront',
  'soit',
  'serait',
  'the',
  'an',
  'of',
  'to',
  'and',
  'or',
  'its',
  'their',
  'this',
  'that',
  'is',
  'are',
  'be',
  'been',
  'by',
  'in',
  'for',
  'at',
  'with',
  'it',
  'will',
  'shall',
  'which',
  'who',
  'qui',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
]);

const NOTION_BY_FORM = new Map<string, string>();
const NOTION_BY_STEM = new Map<string, string>();
for (const notion of VOCABULARY) {
  for (const form of [...notion.fr, ...notion.en]) {
    const folded = normalizeForMatching(form);
    NOTION_BY_FORM.set(folded, notion.id);
    // Elided and negation particles are whole forms, never stems of other words.
    if (!folded.endsWith("'") && folded.length > 3) NOTION_BY_STEM.set(stemOf(folded), notion.id);
  }
}

/** Every notion's id, for template checks. */
export const NOTIONS: ReadonlySet<string> = new Set(VOCABULARY.map((notion) => notion.id));

const LEMMAS = new Map<string, string>();
const LEMMA_CACHE_SIZE = 20_000;

/** The lemma of a folded word: its notion's id, else its stem. Cached per word. */
export function lemmaOf(word: string): string {
  let lemma = LEMMAS.get(word);
  if (lemma === undefined) {
    const notion = NOTION_BY_FORM.get(word);
    // An elided word is its full form: « qu' » is « que », « jusqu' » « jusque ».
    if (notion === undefined && word.endsWith("'")) lemma = lemmaOf(`${word.slice(0, -1)}e`);
    else lemma = notion ?? (word.length > 3 ? (NOTION_BY_STEM.get(stemOf(word)) ?? stemOf(word)) : word);
    if (LEMMAS.size >= LEMMA_CACHE_SIZE) LEMMAS.clear();
    LEMMAS.set(word, lemma);
  }
  return lemma;
}

/**
 * A word of a unit, with its place in the folded text. Sentence ends are tokens of their own. A
 * stopword's lemma is `=` and the word itself: only a template that names it exactly matches it, and
 * it does not count in a gap.
 */
export interface Token {
  lemma: string;
  start: number;
  end: number;
  stop?: true;
}

/** The lemma of a sentence end: gaps never cross one. */
export const BOUNDARY = '.';

// A word (with its elided apostrophe: « l' », « qu' »), a negative "n't", or a sentence end (a full stop
// not inside a number or an abbreviation such as « M. » or « art. »).
// eslint-disable-next-line regexp/no-super-linear-move -- a letter run the first alternatives leave is always taken whole by [a-z0-9@]+, so each run is scanned a bounded number of times (timed in test/robustness/regexTiming.test.ts)
export const WORD = /[a-z]+(?=n't\b)|n't\b|[a-z@]+'|[a-z0-9@]+|[$%;!?]|\.(?=\s|$)/g;
const ABBREVIATIONS = new Set([
  'm',
  'mm',
  'mme',
  'art',
  'al',
  'par',
  'no',
  'p',
  'ex',
  'inc',
  'ltee',
  'boul',
  'st',
  'ste',
  'etc',
  'c',
  'r',
  's',
  'ss',
  'para',
  'subpara',
  'vs',
]);

/** A stopword's lemma (`=` and the word), made once: a passage is mostly stopwords. */
const STOP_LEMMAS = new Map([...STOPWORDS].map((word) => [word, `=${word}`]));

const TOKENS = new Map<string, Token[]>();
const TOKEN_CACHE_SIZE = 4_000;

/**
 * The tokens of a folded text, memoised for the texts seen last (`memo`: a caller that keeps them
 * itself, for a unit every item reads, need not fill the memo).
 */
export function tokenize(normalized: string, memo = true): Token[] {
  let tokens = memo ? TOKENS.get(normalized) : undefined;
  if (tokens) return tokens;
  tokens = [];
  let previousWord = '';
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (word === '.' || word === ';' || word === '!' || word === '?') {
      if (word === '.' && ABBREVIATIONS.has(previousWord)) continue;
      if (tokens.length > 0 && tokens[tokens.length - 1].lemma !== BOUNDARY) tokens.push({ lemma: BOUNDARY, start, end: start + 1 });
      previousWord = '';
      continue;
    }
    previousWord = word;
    const stop = STOP_LEMMAS.get(word);
    if (stop !== undefined) {
      tokens.push({ lemma: stop, start, end: start + word.length, stop: true });
      continue;
    }
    tokens.push({ lemma: lemmaOf(word), start, end: start + word.length });
  }
  if (!memo) return tokens;
  if (TOKENS.size >= TOKEN_CACHE_SIZE) TOKENS.clear();
  TOKENS.set(normalized, tokens);
  return tokens;
}
