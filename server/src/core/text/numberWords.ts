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
