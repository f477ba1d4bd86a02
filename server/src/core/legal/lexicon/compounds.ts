/**
 * The domain's English noun compounds written in French order. English puts a compound's modifier before its head noun
 * ("selection committee", "evaluation grid", "validity period"); French puts it after, with « de » (« comité de sélection »,
 * « grille d'évaluation », « période de validité »), and a francophone drafter writing English keeps that order with « of »
 * and no determiner: "committee of selection", "grid of evaluation", "criteria of evaluation", "period of validity of the
 * offers", "level of acceptable performance". The folded text every recogniser reads (text/normalize.ts) reads such a
 * calque in English order, so that each pattern, template and column name written for the compound reads it.
 *
 * Only the compounds listed here are read so, each by its head and the modifiers it takes: an « of » phrase with a
 * determiner (« the committee of the board », "the price of the soumission"), a number (« a period of ninety days ») or
 * another noun (« the level of effort ») names no compound and is left as written. A legal reader checks this list: a
 * compound added here is read in both orders by every recogniser.
 */
interface Compound {
  /** The head noun, in each of its forms. */
  heads: readonly string[];
  /** The words before it in English, folded: what the calque writes after « of ». */
  modifiers: readonly string[];
}

const COMPOUNDS: readonly Compound[] = [
  // Art. 26: the committee that evaluates the quality.
  { heads: ['committee', 'committees'], modifiers: ['selection', 'evaluation'] },
  // Annexes 1 and 2, art. 5 par. 6°: the grid and its criteria.
  { heads: ['grid', 'grids'], modifiers: ['evaluation', 'selection', 'award'] },
  { heads: ['criteria', 'criterion'], modifiers: ['evaluation', 'selection', 'award', 'quality'] },
  // Annexes 1 and 2: each criterion's acceptable level of performance.
  { heads: ['level', 'levels'], modifiers: ['acceptable performance', 'performance'] },
  // Art. 29.7: the period the bids stay valid.
  { heads: ['period'], modifiers: ['validity'] },
];

/** Each calque's English order, by its folded words: « committee of selection » → « selection committee ». */
const ENGLISH_ORDER = new Map<string, string>(
  COMPOUNDS.flatMap(({ heads, modifiers }) => heads.flatMap((head) => modifiers.map((modifier) => [`${head} of ${modifier}`, `${modifier} ${head}`] as const))),
);

const alternatives = (words: Iterable<string>): string => [...new Set(words)].sort((a, b) => b.length - a.length).join('|');

/** A listed head, « of », then a listed modifier that ends there: the pair itself is checked in ENGLISH_ORDER. */
export const CALQUED_COMPOUND = new RegExp(
  String.raw`\b(?:${alternatives(COMPOUNDS.flatMap((compound) => compound.heads))}) of (?:${alternatives(COMPOUNDS.flatMap((compound) => compound.modifiers))})\b`,
  'g',
);

/** A folded text with the domain's calqued compounds in English order; the text itself when it holds none. */
export function compoundsInEnglishOrder(folded: string): string {
  if (!folded.includes(' of ')) return folded;
  return folded.replace(CALQUED_COMPOUND, (calque) => ENGLISH_ORDER.get(calque) ?? calque);
}
