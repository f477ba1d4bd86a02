import { inFigures } from './numberWords.js';

/** An amount of money a folded text writes, and where: its value in dollars, from `start` to `end` of the text read. */
export interface WrittenAmount {
  value: number;
  start: number;
  end: number;
}

/**
 * The amounts in dollars as drafters write them, in folded text (normalizeForMatching): French figures before the sign
 * or the word (« 10 000,00 $ », « 5 000 dollars », « 420,000 $ »), English after the sign ("$15,000", "$ 420 000.00").
 * Group 1 or 3 the whole dollars, group 2 or 4 the cents.
 */
const AMOUNT =
  /(?<![\d,.])(\d{1,3}(?:(?: \d{3})+|(?:,\d{3})+)|\d+)(?:[,.](\d{1,2}))? ?(?:\$|dollars?\b)|\$ ?(\d{1,3}(?:(?: \d{3})+|(?:,\d{3})+)|\d+)(?:\.(\d{1,2}))?(?![\d,]\d)/g;

/**
 * The amounts in dollars a folded text writes, in figures or in words (« cinq mille dollars (5 000 $) » is two
 * writings of one amount, both read): the offsets are those of the text read, in which words are made figures
 * (numberWords' inFigures), so the passages are read, not pointed at.
 */
export function amountsIn(folded: string): { text: string; amounts: WrittenAmount[] } {
  const text = inFigures(folded)?.text ?? folded;
  const amounts: WrittenAmount[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const whole = (match[1] ?? match[3]).replace(/[ ,]/g, '');
    const cents = match[2] ?? match[4];
    amounts.push({ value: Number(whole) + (cents ? Number(cents.padEnd(2, '0')) / 100 : 0), start: match.index, end: match.index + match[0].length });
  }
  return { text, amounts };
}
