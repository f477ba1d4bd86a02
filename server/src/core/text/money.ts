import { inFigures } from './numberWords.js';

/** An amount of money a folded text writes, and where: its value in dollars, from `start` to `end` of the text read. */
export interface WrittenAmount {
  value: number;
  start: number;
  end: number;
}

/**
 * The amounts in dollars as drafters write them, in folded text (normalizeForMatching): French figures before the sign
 * or the word (« 10 000,00 $ », « 5 000 dollars », « 420,000 $ »), English after the sign ("$15,000", "$ 420 000.00"),
 * either scaled as the front-matter's amounts may be (frontMatter.ts AMOUNT_PATTERN: « 350 k$ », « 1,2 M$ »; in prose
 * also « 1,2 million de dollars », "$1.2 million", "$350K"). Groups 1/4 the whole dollars, 2/5 the cents, 3/6 the scale.
 */
const AMOUNT =
  /(?<![\d,.])(\d{1,3}(?:(?: \d{3})+|(?:,\d{3})+)|\d+)(?:[,.](\d{1,2}))? ?(?:(k|m|millions?(?: de)?) ?)?(?:\$|dollars?\b)|\$ ?(\d{1,3}(?:(?: \d{3})+|(?:,\d{3})+)|\d+)(?:\.(\d{1,2}))?(?![\d,]\d)(?:(k|m)\b| (millions?)\b)?/g;

const SCALE: Record<string, number> = { k: 1_000, m: 1_000_000, million: 1_000_000, millions: 1_000_000 };

/**
 * The amounts in dollars a folded text writes, in figures or in words (« cinq mille dollars (5 000 $) » is two
 * writings of one amount, both read): the offsets are those of the text read, in which words are made figures
 * (numberWords' inFigures), so the passages are read, not pointed at.
 */
export function amountsIn(folded: string): { text: string; amounts: WrittenAmount[] } {
  const text = inFigures(folded)?.text ?? folded;
  const amounts: WrittenAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const whole = (match[1] ?? match[4]).replace(/[ ,]/g, '');
    const cents = match[2] ?? match[5];
    const scale = SCALE[(match[3] ?? match[6] ?? match[7] ?? '').replace(/ de$/, '')] ?? 1;
    const dollars = Number(whole) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0);
    amounts.push({ value: Math.round(dollars * scale * 100) / 100, start: match.index, end: match.index + match[0].length });
  }
  return { text, amounts };
}
