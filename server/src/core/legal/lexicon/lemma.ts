import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { normalizeForMatching } from '../../text/normalize.js';
import { VOCABULARY, WORDS_AS_WRITTEN } from './vocabulary.js';
import NOTION_STEMS from '../../../../data/notionStems.json' with { type: 'json' };

const DIGITS = /^\d+$/;

/**
 * Words to lemmas: a word of the vocabulary becomes its notion (`BID`), any other word its stem, so
 * that « signé », « signées » and « signer » are one lemma, and templates need no hand-written
 * endings. Words are taken folded (no accents, lower case: see normalizeForMatching), as units keep
 * them. French Snowball first; a word it leaves alone is tried in English ("signed" → "sign"); a
 * trailing mute "e" is dropped, as folding made « signée » look like « signee ».
 */
export function stemOf(word: string): string {
  // Snowball removes endings made of letters: a number (tables hold many) is its own stem.
  if (DIGITS.test(word)) return word;
  let stem = frenchStemmer(word);
  if (stem === word) stem = englishStemmer(word);
  while (stem.length > 3 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** Words that carry no content: templates skip them, and they do not count in a gap. */
export const STOPWORDS: ReadonlySet<string> = new Set([
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
  // The determiners of a notarial style, which name again what was just named (« ledit contrat », « desdits bâtiments »).
  'ledit',
  'ladite',
  'lesdits',
  'lesdites',
  'dudit',
  'desdits',
  'desdites',
]);

const NOTION_BY_FORM = new Map<string, string>();
for (const notion of VOCABULARY) for (const form of [...notion.fr, ...notion.en]) NOTION_BY_FORM.set(normalizeForMatching(form), notion.id);

/**
 * The notion of each stem of the vocabulary's words, as the build wrote it (server/data/notionStems.json,
 * scripts/templates.mjs; a test fails when it is stale): stemming the 400 words when the module loads, with
 * the stemmers' code still cold, cost more than the rest of the module.
 */
const NOTION_BY_STEM = new Map(NOTION_STEMS as [string, string][]);

/**
 * The stems of the vocabulary's words and their notions, for the build's snapshot (the last word with a stem gives its
 * notion), but for the forms read only as written (`readAsWritten`: their stem is also other words').
 */
export function notionStems(): [string, string][] {
  const stems = new Map<string, string>();
  for (const notion of VOCABULARY) {
    const asWritten = new Set(notion.readAsWritten);
    for (const form of [...notion.fr, ...notion.en]) {
      if (asWritten.has(form)) continue;
      const folded = normalizeForMatching(form);
      // Elided and negation particles are whole forms, never stems of other words.
      if (!folded.endsWith("'") && folded.length > 3) stems.set(stemOf(folded), notion.id);
    }
  }
  return [...stems];
}

/**
 * The lemma of each word read as written (WORDS_AS_WRITTEN): the word between guillemets, which no stem is, so that the
 * words sharing its stem (« partir », « partie ») are not it.
 */
const AS_WRITTEN = new Map(WORDS_AS_WRITTEN.map((word) => [normalizeForMatching(word), `«${normalizeForMatching(word)}»`]));

/** Every notion's id, for template checks. */
export const NOTIONS: ReadonlySet<string> = new Set(VOCABULARY.map((notion) => notion.id));

const LEMMAS = new Map<string, string>();
const LEMMA_CACHE_SIZE = 20_000;

/** The lemma of a folded word: its notion's id, else its stem. Cached per word. */
export function lemmaOf(word: string): string {
  let lemma = LEMMAS.get(word);
  if (lemma === undefined) {
    // An English possessive is its noun ("provider's"), a form read as written too; an elided word is its full form: « qu' »
    // is « que », « jusqu' » « jusque ».
    const notion = NOTION_BY_FORM.get(word) ?? (word.endsWith("'") ? NOTION_BY_FORM.get(word.slice(0, -1)) : undefined);
    if (notion === undefined && word.endsWith("'")) lemma = lemmaOf(`${word.slice(0, -1)}e`);
    else if (notion !== undefined || word.length <= 3) lemma = notion ?? word;
    else {
      const stem = stemOf(word);
      lemma = AS_WRITTEN.get(word) ?? NOTION_BY_STEM.get(stem) ?? firstPersonPluralNotion(word) ?? stem;
    }
    if (LEMMAS.size >= LEMMA_CACHE_SIZE) LEMMAS.clear();
    LEMMAS.set(word, lemma);
  }
  return lemma;
}

/**
 * The notion of a verb in the first person plural, which Snowball leaves whole (« engageons », « recevrons »): the body
 * of a plain-language call speaks so (« Nous ne nous engageons à accepter aucune… », « nous ne la recevons pas »). Its
 * ending « ons » taken off, the present's and the future's stem is the infinitive's or the third person's (« accept »,
 * « recevr », « transmett »; « engage » without the « e » that keeps « g » soft); a stem that changes there too is
 * listed in the vocabulary (« recevons »). A stem of fewer than four letters is no verb's (« bons », « lions »).
 */
function firstPersonPluralNotion(word: string): string | undefined {
  if (!word.endsWith('ons')) return undefined;
  const stem = word.slice(0, word.endsWith('geons') ? -4 : -3);
  return stem.length < 4 ? undefined : NOTION_BY_STEM.get(stem);
}

/**
 * The words of a folded text, in order, with their places. Sentence ends are words of their own. The
 * i-th word's lemma is `lemmas[i]`; it spans the text from `spans[2i]` to `spans[2i + 1]`. A stopword's
 * lemma is `=` and the word itself (isStopLemma): only a template that names it exactly matches it, and
 * it does not count in a gap. Two arrays, not an object per word: every unit of a dossier is tokenized
 * (the bench's 2 MB dossier holds 400 000 words), and an object per word cost 3–4 % of the CPU time of
 * a first analysis (docs/performance.md).
 */
export interface Tokens {
  lemmas: string[];
  spans: Int32Array;
}

/** Whether a lemma is a stopword's (`=` and the word). */
export const isStopLemma = (lemma: string): boolean => lemma.charCodeAt(0) === EQUALS;

/** The lemma of a sentence end: gaps never cross one. */
export const BOUNDARY = '.';

/** Words a full stop ends without ending the sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
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

const TOKENS = new Map<string, Tokens>();
const TOKEN_CACHE_SIZE = 4_000;

/**
 * The tokens of a folded text, memoised for the texts seen last (`memo`: a caller that keeps them
 * itself, for a unit every item reads, need not fill the memo). A word is a run of letters, digits and
 * `@` (« 2e », « 12h30 »), a run of letters and `@` with its elided apostrophe (« l' », « qu' »), or a
 * negative "n't" (« don't » is « do » and « n't »); `$` and `%` are words; a sentence ends at `;`, `!`,
 * `?` and a full stop followed by white space or ending the text (not inside a number), unless the
 * full stop ends an abbreviation such as « M. » or « art. ». The text is scanned once, code by code:
 * every unit of a document is tokenised.
 */
export function tokenize(normalized: string, memo = true): Tokens {
  const known = memo ? TOKENS.get(normalized) : undefined;
  if (known) return known;
  const lemmas: string[] = [];
  const length = normalized.length;
  let previousWord = '';
  for (let start = 0; start < length;) {
    const code = normalized.charCodeAt(start);
    let end = start + 1;
    if (isWordCode(code)) {
      // Where the letters from here end, then the letters and `@`: the word is « do » before "n't", "n't"
      // itself, a run of letters and `@` with its elided apostrophe, else the run of letters, digits and `@`.
      let letters = start;
      while (letters < length && isLetter(normalized.charCodeAt(letters))) letters++;
      let elided = letters;
      while (elided < length && (isLetter(normalized.charCodeAt(elided)) || normalized.charCodeAt(elided) === AT)) elided++;
      if (letters > start && negationAt(normalized, letters - 1)) end = letters - 1 > start ? letters - 1 : start + 3;
      else if (elided > start && normalized.charCodeAt(elided) === APOSTROPHE) end = elided + 1;
      else {
        end = elided;
        while (end < length && isWordCode(normalized.charCodeAt(end))) end++;
      }
    } else if (code !== DOLLAR && code !== PERCENT) {
      // Not a word: a sentence's end, or a character between words.
      const sentenceEnd =
        code === SEMICOLON || code === EXCLAMATION || code === QUESTION || (code === FULL_STOP && (end === length || whiteSpaceAt(normalized, end)));
      if (sentenceEnd && !(code === FULL_STOP && ABBREVIATIONS.has(previousWord)) && lemmas.length > 0 && lemmas[lemmas.length - 1] !== BOUNDARY) {
        spanAt(lemmas.length, start, end);
        lemmas.push(BOUNDARY);
      }
      start = end;
      continue;
    }
    const slot = wordSlot(normalized, start, end);
    previousWord = SLOT_WORDS[slot];
    spanAt(lemmas.length, start, end);
    lemmas.push(SLOT_LEMMAS[slot]);
    start = end;
  }
  const tokens: Tokens = { lemmas, spans: SPANS.slice(0, 2 * lemmas.length) };
  if (SPANS.length > SPANS_KEPT) SPANS = new Int32Array(SPANS_KEPT);
  if (!memo) return tokens;
  if (TOKENS.size >= TOKEN_CACHE_SIZE) TOKENS.clear();
  TOKENS.set(normalized, tokens);
  return tokens;
}

// The words' spans of the text being tokenized, copied at their count when it is done: a buffer grown as
// needed, not kept larger than SPANS_KEPT.
const SPANS_KEPT = 1 << 16;
let SPANS = new Int32Array(1024);

function spanAt(word: number, start: number, end: number): void {
  if (2 * word + 1 >= SPANS.length) {
    const larger = new Int32Array(2 * SPANS.length);
    larger.set(SPANS);
    SPANS = larger;
  }
  SPANS[2 * word] = start;
  SPANS[2 * word + 1] = end;
}

const [APOSTROPHE, AT, DOLLAR, PERCENT, SEMICOLON, EXCLAMATION, QUESTION, FULL_STOP, EQUALS] = [..."'@$%;!?.="].map((mark) => mark.charCodeAt(0));
const [LOWER_A, LOWER_Z, DIGIT_0, DIGIT_9, LOWER_N, LOWER_T] = [...'az09nt'].map((letter) => letter.charCodeAt(0));

const isLetter = (code: number) => code >= LOWER_A && code <= LOWER_Z;
const isWordCode = (code: number) => isLetter(code) || (code >= DIGIT_0 && code <= DIGIT_9) || code === AT;

/** "n't" at `at`, not followed by a letter, a digit or `_` (the end of a word, as `\b` reads it). */
function negationAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === LOWER_N && text.charCodeAt(at + 1) === APOSTROPHE && text.charCodeAt(at + 2) === LOWER_T && !/\w/.test(text.charAt(at + 3));
}

const WHITE_SPACE = /\s/y;
function whiteSpaceAt(text: string, at: number): boolean {
  WHITE_SPACE.lastIndex = at;
  return WHITE_SPACE.test(text);
}

/**
 * The words met, with their tokens' lemmas (a stopword's is `=` and the word), found from the codes of the
 * text in its place: a word is sliced from the text, and its lemma looked up, once, not at each of its
 * occurrences (a 2 MB dossier holds 400 000 words, 3 000 distinct). Open addressing on the word's FNV-1a
 * hash, at most half full; emptied when full, as a cache.
 */
const WORD_SLOTS = 1 << 15;
const SLOT_WORDS: string[] = Array.from({ length: WORD_SLOTS }, () => '');
const SLOT_LEMMAS: string[] = Array.from({ length: WORD_SLOTS }, () => '');
let slotsUsed = 0;

/** The slot of the word `text` holds from `start` to `end`, filled if the word is new. */
function wordSlot(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  let slot = hash & (WORD_SLOTS - 1);
  for (let word = SLOT_WORDS[slot]; word !== ''; word = SLOT_WORDS[slot]) {
    if (word.length === end - start && text.startsWith(word, start)) return slot;
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  if (2 * ++slotsUsed > WORD_SLOTS) {
    SLOT_WORDS.fill('');
    slotsUsed = 1;
    slot = hash & (WORD_SLOTS - 1);
  }
  const word = text.slice(start, end);
  const stop = STOP_LEMMAS.get(word);
  SLOT_WORDS[slot] = word;
  SLOT_LEMMAS[slot] = stop ?? lemmaOf(word);
  return slot;
}
