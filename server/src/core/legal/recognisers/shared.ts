/**
 * Wordings that several recognisers share (the notice's, the tender documents', the date statements').
 * Kept apart from recognisers.ts, which imports every recogniser module.
 */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?)`;

/**
 * The opening of bids (art. 4 par. 6°, 5 par. 5°, 11): drafters also name bids by their envelopes
 * ("l'ouverture des plis") and the opening by its other French name ("décachetage", "les plis sont
 * décachetés en public").
 */
export const SEALED_BIDS = String.raw`(?:${BIDS}|plis|enveloppes)`;
/**
 * The opening's date used as the starting point of another period ("au cours des 2 années précédant la
 * date d'ouverture des soumissions", art. 8) says nothing of how bids are opened.
 */
export const NOT_A_REFERENCE_DATE = String.raw`(?<!\b(?:precedant|precede|suivant|avant|apres|depuis|jusqu'a) (?:la )?date (?:d'|de l'))`;
export const UNSEALING = String.raw`\bdecachetage (?:public |en public )?(?:des |de la )${SEALED_BIDS}\b|\b${SEALED_BIDS}\b.{0,40}\bdecachete(?:e|s|es)?\b`;

/**
 * An option (art. 4 par. 2.1°, 5 par. 1.1°) written as the body's right to extend the contract for a
 * period ("peut le prolonger d'une troisième année", "pourra être reconduit pour douze mois");
 * "ne peut être prolongé au-delà de trois ans" denies it.
 */
export const OPTION_TO_EXTEND =
  /(?<!\bne )\b(?:peut|peuvent|pourra|pourront|se reserve le droit de|a la faculte de)\b.{0,20}\b(?:le |la |l'|les )?(?:etre )?(?:renouvel(?:er|e|ee)|prolong(?:er|e|ee)|recondui(?:re|t|te))\b.{0,60}\b(?:ans?|annees?|mois|periodes?|exercices?|saisons?)\b/;
