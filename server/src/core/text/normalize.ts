import { compoundsInEnglishOrder } from '../legal/lexicon/compounds.js';
import { joinLineEndHyphens } from './lineEndHyphens.js';

/**
 * Folding used by every recogniser: drafters write "S'ENGAGE", "s’engage" or "s'engage" and mean
 * the same words, so patterns are matched on text without case, accents, typographic apostrophes,
 * non-breaking spaces, line breaks, pictographs (« 📌 ») or ligatures (« ﬁ »). Invisible format characters (soft hyphens, zero-width spaces
 * and joiners, bidirectional marks, byte order marks: Unicode category Cf) are not part of the words
 * they sit in: "accep\u00ADter" is "accepter", and so is a soft hyphen at a line break; a word broken at a line end
 * by a hyphen, as copied from a PDF, is whole (see joinLineEndHyphens). The domain's English noun compounds written in
 * French order are read in English order (« committee of selection », "selection committee": legal/lexicon/compounds.ts).
 *
 * foldWhole says what the folding is, step by step over the whole text. The parser folds every unit of
 * every document, so this gives the same text in one pass instead: each UTF-16 unit folded as `fold`
 * folds it alone (learnt the first time it is met), white space runs made one space, and foldWhole
 * itself for a text holding a unit whose folding depends on its neighbours (see learn).
 * test/core/foldingAndTokens.property.test.ts compares both.
 */
export function normalizeForMatching(typed: string): string {
  const text = joinLineEndHyphens(typed);
  const length = text.length;
  let bytes: Uint8Array = 3 * length <= SCRATCH.length ? SCRATCH : new Uint8Array(3 * length);
  let written = 0;
  // A white space run is one space, written before the next folded character: none at either end.
  let space = 0;
  let underscores = false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === UNDERSCORE) underscores = true;
    let folding = FOLDING[code];
    if (folding === UNSEEN) folding = learn(code);
    if (folding > 0) {
      // Dashes in a row are one dash: pandoc's Markdown writes an en dash `--`, an em dash `---`.
      if (folding === HYPHEN + 1 && !space && written > 0 && bytes[written - 1] === HYPHEN) continue;
      if (space) bytes[written++] = 0x20;
      space = 0;
      written = putUtf8(bytes, written, folding - 1);
    } else if (folding === SPACE) space = written > 0 ? 1 : 0;
    else if (folding === SEVERAL) {
      const folded = SEVERAL_FOLDED.get(code)!;
      // Room for this unit's characters and three bytes for each unit after it.
      const needed = written + space + 3 * folded.length + 3 * (length - index - 1);
      if (needed > bytes.length) bytes = grown(bytes, written, needed);
      if (space) bytes[written++] = 0x20;
      space = 0;
      for (let at = 0; at < folded.length; at++) written = putUtf8(bytes, written, folded.charCodeAt(at));
    } else if (folding === WHOLE) return foldWhole(text);
  }
  const folded = UTF8.decode(bytes.subarray(0, written));
  return compoundsInEnglishOrder(spelledOneWay(symbolsAsWords(underscores ? withoutFieldMarks(folded) : folded)));
}

/** The folding, step by step over the whole text. */
export function foldWhole(text: string): string {
  return compoundsInEnglishOrder(spelledOneWay(symbolsAsWords(withoutFieldMarks(fold(joinLineEndHyphens(text)).replace(/\s+/g, ' ').trim()))));
}

/**
 * A filled template field's marks: a Word template keeps its fields' underscores visible around what was typed in
 * (« __90__ jours », « le __4 mars 2027__ à __14 h__ », "__195 000 $__"), which Markdown reads as strong emphasis as
 * written and exporters escape (`\_\_90\_\_`), leaving them glued to the value, where no date, time or number is read
 * any more. The pair of runs framing a value, opened before a letter or a digit and closed after what is no blank,
 * is no part of it. A blank (« Lieu : ____ », « [______] $ », « Signé à ____, le ____ ») frames no value: it stays,
 * as a run inside a word does (« Nom_organisme »).
 */
function withoutFieldMarks(folded: string): string {
  return folded.includes('__') ? folded.replace(FIELD_MARKS, '$<value>') : folded;
}
const FIELD_MARKS = /(?<![\p{L}\d_])(?<mark>_{2,})(?=[\p{L}\d])(?<value>[^_]+)(?<!\s)\k<mark>(?!_)/gu;

/**
 * The symbols a drafter's compact register writes for words, read as those words in the passage's language
 * (inEnglish): an arrow (« → », « ⇒ », « ➜ », « -> », « => ») for « entraîne », "results in" (« Soum. conditionnelle
 * → rejet », "Late bid → rejected"); « ≥ » and « ≤ » before a number for « au moins », « au plus », "at least", "at
 * most" (« ≥ 2 soum. », « ≤ 10 j »); « @ » between words for « à », "at" (« Réception @ Service des
 * approvisionnements »). Not where the symbol is no word: the ASCII arrows and « @ » only alone between spaces (code, an
 * e-mail address), « ≥ » in a formula or before a letter (« ≥ = au moins », a legend) as written.
 */
function symbolsAsWords(folded: string): string {
  if (!MAY_HOLD_SYMBOL.test(folded)) return folded;
  // The passage's language is read only once a symbol is read as a word (an e-mail address's « @ » is none).
  let words: (typeof SYMBOL_WORDS)['fr'] | undefined;
  return folded.replace(SYMBOL_FOR_WORDS, (symbol) => {
    words ??= SYMBOL_WORDS[inEnglish(folded) ? 'en' : 'fr'];
    return words[symbol.trim() as keyof typeof words] ?? words['→'];
  });
}
const MAY_HOLD_SYMBOL = /[→⇒➜≥≤@]|[-=]>/;
const SYMBOL_FOR_WORDS = /[→⇒➜]|(?<=^| )(?:->|=>|@)(?= |$)|[≥≤](?= ?\d)/g;
const SYMBOL_WORDS = {
  fr: { '→': 'entraine', '≥': 'au moins', '≤': 'au plus', '@': 'a' },
  en: { '→': 'results in', '≥': 'at least', '≤': 'at most', '@': 'at' },
};

/** Whether a folded passage is in English: more of English's most common words than of French's. */
function inEnglish(folded: string): boolean {
  return (folded.match(ENGLISH_WORD)?.length ?? 0) > (folded.match(FRENCH_WORD)?.length ?? 0);
}
const ENGLISH_WORD = /\b(?:the|of|and|or|is|are|be|will|all|from|to|by|with|within|after|before|days?|bids?|bidders?|tenders?)\b/g;
const FRENCH_WORD = /\b(?:le|la|les|des|du|de|et|ou|est|sont|pour|par|avec|dans|apres|avant|toutes?|ses|soum|soumissions?|soumissionnaires?|jours?)\b/g;

/**
 * English words spelled one way: Québec's English-speaking bodies write British or Canadian spellings
 * (« enquiries », « licence », « organisation », « authorised », « programme », « centre », « labour »,
 * « cancelled », « certified cheque ») where others write American ones, and every recogniser, the patterns
 * as the templates' lemmas, reads the folded text. Each word is folded to the spelling French shares when it
 * has one (« licence », « organisation », « programme », « centre », « chèque »), so that French text is left as
 * it is, else to one of its spellings. French has one such word in the domain: the 1990 rectified spelling « parafer »
 * (« non parafée ») is read as « parapher ». And the abbreviations drafters use for the domain's nouns (« soum. »,
 * « prest. », « AO », « DAO », « RQ », "RFP") are read as their words (ABBREVIATED). Some foldings change the
 * text's length, as white space's does: no offset is read back from the folded text.
 */
function spelledOneWay(folded: string): string {
  // Most passages hold none of them: a scan for the literal each needs is three times cheaper than the variants' own.
  if (!MAY_SPELL_ANOTHER_WAY.test(folded)) return folded;
  return folded.replace(SPELLING_VARIANT, (word, at: number) => {
    const abbreviated = ABBREVIATED[word as keyof typeof ABBREVIATED];
    if (abbreviated !== undefined) return abbreviated;
    if (word === 'soum.' || word === 'prest.') return abbreviatedPerson(word, folded, at);
    if (word.endsWith('iz')) return `${word.slice(0, -2)}is`;
    if (word.endsWith('check')) return `${word.slice(0, -5)}cheque`;
    return SPELLING_OF[word as keyof typeof SPELLING_OF];
  });
}

/**
 * A word's stem in the spelling it is not folded to, its ending left as written (the lookahead; « treize », the one
 * French word that ends in « ize », is none); or an abbreviation:
 * « soum. », « prest. », and the acronyms alone between words (not in a number such as « CISSS-AO-031 »).
 */
export const SPELLING_VARIANT =
  /\benquir(?=(?:e[ds]?|ies|ing|y)\b)|\blicens(?=(?:e[ds]?|ing|ee)\b)|\b(?!treize\b)[a-z]{3,}iz(?=(?:e[ds]?|ing|ations?|ers?)\b)|\bprogram(?=s?\b)|\bcenter(?=s?\b)|\blabor(?=(?:s|ed|ing|ers?)?\b)|\bcancel(?=(?:ed|ing)\b)|\bparaf(?=(?:e(?:r|s|es?|nt)?)?\b)|\b(?:certified|bank|cashier's|personal|company) check(?=s?\b)|\b(?:soum|prest)\.|(?<![\w.-])(?:a\.o\.|ao|dao|rq|rfps?|rft)(?![\w-])/g;
/** A literal every alternative of SPELLING_VARIANT holds (« ao » for « dao »; « iz » for the -ize words). */
export const MAY_SPELL_ANOTHER_WAY = /iz|enquir|licens|program|center|labor|cancel|paraf|check|soum\.|prest\.|ao|a\.o\.|rq|rf[pt]/;
const SPELLING_OF = { enquir: 'inquir', licens: 'licenc', program: 'programme', center: 'centre', labor: 'labour', cancel: 'cancell', paraf: 'paraph' };
/** The acronyms of the domain and their words: the call, its documents, Revenu Québec, the English calls. */
const ABBREVIATED = {
  ao: "appel d'offres",
  'a.o.': "appel d'offres",
  dao: "documents d'appel d'offres",
  rq: 'revenu quebec',
  rfp: 'request for proposals',
  rfps: 'requests for proposals',
  rft: 'request for tenders',
};

/**
 * « soum. » is the bid or the bidder, « prest. » the provider, in the number of their determiner: a masculine one
 * (« le soum. », « un même soum. », « au soum. ») or « aux » (« Instructions aux soum. ») names the bidder, any other
 * the bid (« la soum. », « des soum. reçues », « Validité des soum. »). The period that closes the text also ends
 * its sentence: it is kept.
 */
function abbreviatedPerson(word: string, folded: string, at: number): string {
  const before = folded.slice(Math.max(0, at - 24), at);
  const plural = PLURAL_DETERMINER.test(before);
  const noun = word === 'prest.' ? 'prestataire' : MASCULINE_DETERMINER.test(before) ? 'soumissionnaire' : 'soumission';
  return `${noun}${plural ? 's' : ''}${at + word.length === folded.length ? '.' : ''}`;
}
const MASCULINE_DETERMINER = /(?:^|[^a-z])(?:le|un|au|aux|du|tout|tous|ce|cet|son|aucun)(?: meme| seul| autre)? $/;
// A number from two (« au moins 2 soum. ») counts as a plural determiner does.
const PLURAL_DETERMINER = /(?:^|[^a-z\d,.])(?:les|des|aux|ses|leurs|ces|nos|vos|toutes|tous|plusieurs|autres|[2-9]|[1-9]\d+)(?: [a-z]+)? $/;

/** Every step of the folding but the white space's. */
function fold(text: string): string {
  return (
    text
      .replace(/\u00ad\s*|\p{Cf}/gu, '')
      // Pictographs (« 📌 Contrat à signer », « ✅ », « ⚠️ ») hold no word: a space, as between words.
      .replace(/\p{Extended_Pictographic}\ufe0f?/gu, ' ')
      // Typographic ligatures, which a text copied from a PDF keeps (« certiﬁcats », « ﬁxée »): their letters.
      .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKD'))
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`´ʼ]/g, "'")
      .replace(/[«»“”]/g, '"')
      .replace(/[‐‑‒–—]/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
  );
}

// How a UTF-16 unit folds (FOLDING): the code of the one character it folds to, plus one; or one of these.
const UNSEEN = 0;
const REMOVED = -1;
const SPACE = -2;
/** Folds to several characters (SEVERAL_FOLDED): « œ » to « oe », a Hangul syllable to its jamo. */
const SEVERAL = -3;
/** Folds as its neighbours say: the text is folded by foldWhole. */
const WHOLE = -4;

/** How each UTF-16 unit folds, learnt when first met: at most one entry per unit. */
const FOLDING = new Int32Array(0x10000);
const SEVERAL_FOLDED = new Map<number, string>();
const SOFT_HYPHEN = 0x00ad;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;
const CAPITAL_SIGMA = 0x03a3;

/**
 * How a unit folds alone. Folded alone it folds as in any text, but where it depends on its neighbours: a
 * soft hyphen takes the white space after it, a capital sigma ends a word as « ς » and is « σ » inside one,
 * a surrogate is half of a character, and a combining mark left after folding may be moved among the
 * marks next to it by the canonical ordering of NFD.
 */
function learn(code: number): number {
  const folded = fold(String.fromCharCode(code));
  let folding: number;
  if (code === SOFT_HYPHEN || code === CAPITAL_SIGMA || (code >= 0xd800 && code <= 0xdfff)) folding = WHOLE;
  else if (folded === '') folding = REMOVED;
  else if (/^\s+$/.test(folded)) folding = SPACE;
  // White space among other characters, a combining mark, or a character outside the BMP (a CJK compatibility
  // ideograph's canonical form may be one): foldWhole.
  else if (/[\s\p{M}\u{10000}-\u{10ffff}]/u.test(folded)) folding = WHOLE;
  else if (folded.length === 1) folding = folded.charCodeAt(0) + 1;
  else {
    SEVERAL_FOLDED.set(code, folded);
    folding = SEVERAL;
  }
  FOLDING[code] = folding;
  return folding;
}

// The folded text is written as UTF-8 (three bytes at most for a unit of the BMP), which TextDecoder reads
// in one call whatever the platform's byte order; a text of up to 16 384 units is written in SCRATCH.
const SCRATCH = new Uint8Array(3 * 16_384);
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function putUtf8(bytes: Uint8Array, at: number, code: number): number {
  if (code < 0x80) bytes[at++] = code;
  else if (code < 0x800) {
    bytes[at++] = 0xc0 | (code >> 6);
    bytes[at++] = 0x80 | (code & 0x3f);
  } else {
    bytes[at++] = 0xe0 | (code >> 12);
    bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
    bytes[at++] = 0x80 | (code & 0x3f);
  }
  return at;
}

function grown(bytes: Uint8Array, written: number, needed: number): Uint8Array {
  const larger = new Uint8Array(Math.max(needed, 2 * bytes.length));
  larger.set(bytes.subarray(0, written));
  return larger;
}

/** Levenshtein distance, for "did you mean" suggestions on short keys. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The "did you mean" of an unknown key: the nearest candidate by spelling (case, accents and `_` for
 * `-` aside), else the one candidate holding every word of it (`garantie` → `garantie-soumission`).
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const folded = foldKey(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))) return best;
  // A shortened key, or its words in another order; several keys holding them all: no suggestion.
  const parts = folded.split('-').filter(Boolean);
  const holding = candidates.filter((candidate) => {
    const candidateParts = foldKey(candidate).split('-');
    return parts.length > 0 && parts.every((part) => candidateParts.includes(part));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** A key as compared for suggestions: no case, no accents, `_` and spaces read as `-`. */
const foldKey = (key: string): string =>
  key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
