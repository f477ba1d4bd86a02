import { editedText, type MarkdownText } from './escapes.js';
/** Numbers as drafters write them in words, French and English (« deux (2) ans », « twenty-four months »). */
export const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  one: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
  cinq: 5,
  five: 5,
  six: 6,
  sept: 7,
  seven: 7,
  huit: 8,
  eight: 8,
  neuf: 9,
  nine: 9,
  dix: 10,
  ten: 10,
  douze: 12,
  twelve: 12,
  'dix-huit': 18,
  eighteen: 18,
  'vingt-quatre': 24,
  'twenty-four': 24,
  trente: 30,
  thirty: 30,
  'trente-six': 36,
  'thirty-six': 36,
  'quarante-huit': 48,
  'forty-eight': 48,
  soixante: 60,
  sixty: 60,
  // Bid validity periods (art. 29.7): « quatre-vingt-dix (90) jours », "one hundred and twenty days".
  'quatre-vingt-dix': 90,
  ninety: 90,
  'cent vingt': 120,
  'one hundred and twenty': 120,
  'one hundred twenty': 120,
  'cent quatre-vingts': 180,
  'one hundred and eighty': 180,
  'one hundred eighty': 180,
};

const FRENCH_DAYS = [
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
  'vingt',
];
const ENGLISH_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const frenchOrdinal = (cardinal: string): string =>
  cardinal.replace(/(?:cinq|neuf|e)?$/, (end) => (end === 'cinq' ? 'cinqu' : end === 'neuf' ? 'neuv' : '')) + 'ieme';

/**
 * The days of a month in words, as a date writes them (« le jeudi quatre mars 2027 », « le quatrième jour de mars »,
 * « le premier avril », "the fourth day of March"): French cardinals and ordinals, English ordinals, folded (no
 * accents, lower case) with a space between their parts (« vingt et un », « vingt-deux » → « vingt deux »).
 */
const DAY_WORDS: Record<'fr' | 'en', Record<string, number>> = (() => {
  const days: Record<'fr' | 'en', Record<string, number>> = { fr: { premier: 1, premiere: 1 }, en: {} };
  const french = (value: number): string =>
    value <= 20
      ? FRENCH_DAYS[value - 1]
      : value === 21 || value === 31
        ? `${value < 30 ? 'vingt' : 'trente'} et un`
        : value === 30
          ? 'trente'
          : `vingt-${FRENCH_DAYS[value - 21]}`;
  for (let value = 1; value <= 31; value++) {
    const cardinal = french(value).replace(/-/g, ' ');
    if (value > 1) days.fr[cardinal] = value;
    if (value > 1) days.fr[frenchOrdinal(cardinal)] = value;
    const english =
      value <= 20 ? ENGLISH_ORDINALS[value - 1] : value === 30 ? 'thirtieth' : `${value < 30 ? 'twenty' : 'thirty'} ${ENGLISH_ORDINALS[(value % 10) - 1]}`;
    days.en[english] = value;
  }
  return days;
})();

/**
 * A regular expression's alternation of a language's day words, the longest first, as a text writes them: with its
 * accents or without (« quatrième », « quatrieme »), a hyphen or a space between the parts.
 */
export const dayWordsPattern = (language: 'fr' | 'en'): string =>
  Object.keys(DAY_WORDS[language])
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      word
        .replace(/ieme/g, 'i[eè]me')
        .replace(/premiere/, 'premi[eè]re')
        .replace(/ /g, '[ -]'),
    )
    .join('|');

/** The day a day word names, as written in a text (accents, hyphens, case). */
export const dayOfWords = (written: string, language: 'fr' | 'en'): number | undefined =>
  DAY_WORDS[language][
    written
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
  ];

/**
 * The words of cardinal numbers, French and English, folded (no accents): their value, and for the words that
 * multiply what comes before them (« cent », « mille », "hundred", "thousand"), the multiplier.
 */
const CARDINALS: Record<'fr' | 'en', Record<string, number>> = {
  fr: {
    zero: 0,
    un: 1,
    une: 1,
    ...Object.fromEntries(FRENCH_DAYS.slice(1, 16).map((word, index) => [word, index + 2])),
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    cent: 100,
    cents: 100,
    mille: 1000,
  },
  en: {
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    hundred: 100,
    thousand: 1000,
  },
};

/**
 * The value of a cardinal number written in words (« deux mille vingt-sept », « quatre-vingt-dix », « soixante et
 * onze », "two thousand and seventeen", "one hundred twenty"), or undefined when the words are no number as a
 * drafter writes one (« deux trois », "two and three", a lone article « un »).
 */
export function numberOfWords(written: string): number | undefined {
  const words = written
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== 'et' && word !== 'and');
  const language = words.every((word) => word in CARDINALS.fr) ? 'fr' : words.every((word) => word in CARDINALS.en) ? 'en' : undefined;
  if (!language || (words.length === 1 && CARDINALS[language][words[0]] === 1 && words[0] !== 'one')) return undefined;
  let total = 0;
  let current = 0;
  for (const [index, word] of words.entries()) {
    const value = CARDINALS[language][word];
    const small = current % 100;
    if (value === 1000) {
      if (total > 0) return undefined;
      total = (current || 1) * 1000;
      current = 0;
    } else if (value === 100) {
      if (current >= 100 || (small === 1 && language === 'fr')) return undefined;
      current = (small || 1) * 100;
    } else if (value === 20 && language === 'fr' && small === 4 && words[index - 1] === 'quatre') current += 76;
    // Tens, then units: « vingt et un », « soixante-dix-sept », « quatre-vingt-onze », "twenty-one"; a unit after a unit is no number.
    else if (small === 0) current += value;
    else if (value < 10 && value > 0 && (small >= 20 ? small % 10 === 0 : language === 'fr' && small === 10 && value >= 7)) current += value;
    else if (value >= 10 && value < 20 && language === 'fr' && (small === 60 || small === 80)) current += value;
    else return undefined;
  }
  return total + current;
}

const CARDINAL_WORDS = [...new Set([...Object.keys(CARDINALS.fr), ...Object.keys(CARDINALS.en)])]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace('zero', 'z[eé]ro'))
  .join('|');
/** A run of number words, its parts joined by a hyphen, a space or « et », "and" (numberOfWords decides whether it is a number). */
export const NUMBER_WORDS_RUN = new RegExp(
  String.raw`(?<![\p{L}\d'’-])(?:${CARDINAL_WORDS})(?:(?:\s(?:et|and)\s|\s|-)(?:${CARDINAL_WORDS}))*(?![\p{L}\d'’])`,
  'giu',
);
/** A year written before its number (« de l'an deux mille seize », "in the year two thousand and sixteen"): read with it. */
const YEAR_BEFORE = /(?:(?:(?:de|en)\s)?l['’]an|(?:in\s)?the\syear)\s$/iu;
/** What follows a number the product reads as a time or a percentage: « quatorze heures », "two p.m.", « vingt pour cent ». */
const TIME_AFTER = /^\s?(?:heures?|hres?|o['’]clock|[ap]\.?\s?m\.?)(?![\p{L}\d])/iu;
const PERCENT_AFTER = /^\s?(?:pour[ \u00a0-]?cent|per[ \u00a0-]?cent|%)/iu;
/** What follows an amount or a score in words: « cinq mille dollars », "five thousand dollars", « deux mille $ », « soixante-dix points ». */
const AMOUNT_AFTER = /^\s?(?:(?:dollars?|points?)(?!\p{L})|\$)/iu;
/** A day of the month in words, French or English, cardinal or ordinal (dayWordsPattern). */
export const DAY_WORD = new RegExp(String.raw`(?<![\p{L}\d'’-])(?:${dayWordsPattern('fr')}|${dayWordsPattern('en')})(?![\p{L}\d'’-])`, 'giu');
/** What follows a day of the month: « seize mars », « le seize jour du mois de mars », "sixteen March". */
const MONTH_AFTER =
  /^\s{1,3}(?:jour\s{1,3}(?:du\smois\s)?(?:de\s|d['’])|day\sof\s)?(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|january|february|march|april|may|june|july|august|september|october|november|december)(?!\p{L})/iu;
/** A month before a year: « mars deux mille vingt-sept », "March, two thousand and seventeen" (« deux mille dollars » is no year). */
const MONTH_BEFORE =
  /(?<!\p{L})(?:janvier|f[eé]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[eé]cembre|january|february|march|april|may|june|july|august|september|october|november|december),?\s{1,3}$/iu;
/** What stands between the hours and the minutes of a time in words: « quatorze heures trente ». */
const HOURS_BETWEEN = /^\s?(?:heures?|hres?)\s$/iu;

/** What follows a number the product reads as a time, a percentage or an amount (TIME_AFTER, PERCENT_AFTER, AMOUNT_AFTER), wherever it stands. */
const TIME_OR_PERCENT = /heures?|hres?|o['’]clock|(?<!\p{L})[ap]\.?\s?m(?!\p{L})|pour[ \u00a0-]?cent|per[ \u00a0-]?cent|%|dollars?|\$|points?/giu;
/**
 * What every match of TIME_OR_PERCENT holds, found without Unicode's rules (no letter of it has a folding outside ASCII:
 * not the « s » or « k » TIME_OR_PERCENT may end on) many times faster: most texts hold none.
 */
const MAY_HOLD_UNIT = /heure|hre|o['’]cloc|[ap]\.?\s?m|pour[ \u00a0-]?cent|per[ \u00a0-]?cent|%|dollar|\$|point/i;
const CARDINAL_WORD_SET: ReadonlySet<string> = new Set([...Object.keys(CARDINALS.fr), ...Object.keys(CARDINALS.en), 'zéro']);
/** The word right before `at`, one space at most between, as TIME_AFTER and PERCENT_AFTER allow before a unit. */
function wordBefore(text: string, at: number): string {
  let end = at;
  if (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * Whether a text may write, in words, a number the product reads in figures: a year (« deux mille vingt-sept », "two
 * thousand and seventeen"), a time, a percentage or an amount, which are a number word right before their unit (« quatorze
 * heures », "two o'clock", « vingt pour cent », « cinq mille dollars », « soixante-dix points »). Most texts hold none, and many hold a unit after figures (« 14 heures », « 20 % »):
 * this test spares them the scan of inFigures.
 */
function maySpellNumber(text: string): boolean {
  if (/mille|thousand/i.test(text)) return true;
  if (!MAY_HOLD_UNIT.test(text)) return false;
  for (const unit of text.matchAll(TIME_OR_PERCENT)) {
    if (CARDINAL_WORD_SET.has(wordBefore(text, unit.index).toLowerCase())) return true;
  }
  return false;
}

/**
 * A text with the numbers it writes in words where a number is read (a year and the day of its date, a time and its
 * minutes, a percentage, an amount in dollars, a score in points:
 * see maySpellNumber) written in figures, every reader of those numbers reading them as if typed so (« le mardi
 * seize mars deux mille vingt-sept, à quatorze heures » → « le mardi 16 mars 2027, à 14 heures »), with the map of
 * its offsets back to the text; undefined when it writes none. The other numbers in words are left as written.
 */
export function inFigures(text: string): MarkdownText | undefined {
  if (FIGURES.has(text)) return FIGURES.get(text);
  const figures = writtenInFigures(text);
  if (FIGURES.size >= FIGURES_KEPT) FIGURES.clear();
  FIGURES.set(text, figures);
  return figures;
}
/**
 * inFigures by text: a unit's folded text is read so by the evaluation's statements and the items' readings, and a date's
 * text by each reader of dates. Forgotten past FIGURES_KEPT texts.
 */
const FIGURES = new Map<string, MarkdownText | undefined>();
const FIGURES_KEPT = 10_000;

function writtenInFigures(text: string): MarkdownText | undefined {
  if (!maySpellNumber(text)) return undefined;
  const edits: { from: number; written: number; character: string }[] = [];
  // Where the last hours written in words end: the minutes may follow their « heures ».
  let hoursEnd = -1;
  for (const run of text.matchAll(NUMBER_WORDS_RUN)) {
    const value = numberOfWords(run[0]);
    if (value === undefined) continue;
    const end = run.index + run[0].length;
    const after = text.slice(end, end + 16);
    if (TIME_AFTER.test(after) || PERCENT_AFTER.test(after)) {
      edits.push({ from: run.index, written: run[0].length, character: String(value) });
      hoursEnd = end;
    } else if (AMOUNT_AFTER.test(after)) edits.push({ from: run.index, written: run[0].length, character: String(value) });
    else if (value < 60 && hoursEnd >= 0 && HOURS_BETWEEN.test(text.slice(hoursEnd, run.index)))
      edits.push({ from: run.index, written: run[0].length, character: String(value).padStart(2, '0') });
    else if (value >= 1000 && value < 3000 && /mille|thousand/i.test(run[0])) {
      const before = text.slice(Math.max(0, run.index - 32), run.index);
      const year = YEAR_BEFORE.exec(before);
      if (!year && !MONTH_BEFORE.test(before)) continue;
      const from = year ? run.index - year[0].length : run.index;
      edits.push({ from, written: end - from, character: String(value) });
    }
  }
  for (const day of text.matchAll(DAY_WORD)) {
    const end = day.index + day[0].length;
    if (!MONTH_AFTER.test(text.slice(end, end + 32)) || edits.some(({ from, written }) => from < end && day.index < from + written)) continue;
    const english = dayOfWords(day[0], 'en');
    const value = english ?? dayOfWords(day[0], 'fr')!;
    const folded = day[0].toLowerCase();
    // Written as the same kind of number: « seize » 16, « premier » 1er, « seizième » 16e, "sixteenth" 16th.
    const figures = english
      ? `${value}${value % 10 === 1 && value !== 11 ? 'st' : value % 10 === 2 && value !== 12 ? 'nd' : value % 10 === 3 && value !== 13 ? 'rd' : 'th'}`
      : folded.startsWith('premi')
        ? `1${folded.endsWith('re') ? 're' : 'er'}`
        : /i[eè]me$/.test(folded)
          ? `${value}e`
          : String(value);
    edits.push({ from: day.index, written: day[0].length, character: figures });
  }
  return edits.length === 0 ? undefined : editedText(text, edits);
}
