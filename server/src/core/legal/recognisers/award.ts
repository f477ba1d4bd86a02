import type { ItemRecogniser } from '../recognisers.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
/** shared.ts's bids and English bidders, written in this module for the static check (test/legal/determiners.test.ts checks they are the same). */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;
const BIDDERS_EN = String.raw`(?:bidders?|tenderers?|proponents?|respondents?|suppliers?|providers?)`;

/**
 * Art. 14 and 15: what the documents say of equal results and of negotiating the price. Both
 * articles apply by law; a passage on either is checked against them when the documents have one.
 */
export const AWARD_RECOGNISERS = {
  /** Art. 14: a rule for equal results ("en cas d'égalité", "ex aequo", "le même pointage"). */
  tieBreak: {
    headings: [],
    phrases: [
      // "En cas d'égalité", "s'il y a égalité", "advenant une égalité", "si deux soumissions sont à égalité".
      new RegExp(
        String.raw`\b(?:en cas d'|s'il y a |lorsqu'il y a |s'il existe une |advenant ${DETERMINER}?|dans l'eventualite d'une |en presence d'une |sont a |se trouvent a )egalite\b(?! (?:en emploi|des chances|entre les (?:femmes|hommes)))|\bex aequo\b|\begalite (?:des|de|du) (?:resultats?|notes?|pointages?|prix|scores?|soumissions?|prix ajustes?)\b`,
      ),
      /\b(?:obtiennent|ont|presentent|obtient) (?:le meme|un meme|la meme|une meme) (?:pointage|prix(?: ajuste)?|note|score)\b/,
      // A labelled field: "Égalité : tirage au sort", "Égalité des prix : …".
      /^(?:en cas d')?egalite(?: des (?:resultats|notes|pointages|prix(?: ajustes)?|soumissions))? ?(?::| - )/,
      /\bin the event of a tie\b|\btied (?:bids|tenders|proposals|submissions|scores)\b|\b(?:equal|same) (?:scores?|prices?|results?)\b.{1,60}\b(?:award|awarded)\b/,
    ],
  },
  /** Art. 15 al. 2: a right to negotiate the price. */
  negotiation: {
    headings: [],
    // The body in the third person or, a plain-language call, in the first (« nous pouvons négocier », « nous nous réservons »).
    phrases: [
      // Not negated (« la Société ne négociera pas le prix », « ne peut négocier aucune modalité »).
      /\b(?:se reserve|se reservent|nous reservons) (?:le droit|la possibilite|la faculte) de negocier\b|(?<!\b(?:ne|n') ?)\b(?:peut|pourra|pourrait|peuvent|pourront|pouvons|pourrons|pourrions) (?:aussi |egalement )?negocier\b|(?<!\bne )\bnegoci(?:era|erons)\b|\bproceder a (?:une|des) negociations?\b|\bentreprendre (?:une|des) negociations?\b/,
      // A labelled field: "Négociation : possible avec le plus bas soumissionnaire", "Négociation du prix : prévue".
      /^negociations?(?: (?:du|des) prix)? ?(?::| - ) ?(?:oui\b|(?:est |sera )?(?:possible|permise|autorisee|prevue|envisageable)s?\b)/,
      /\b(?:reserves? the right to|may) negotiate\b/,
    ],
  },
} satisfies Record<string, ItemRecogniser>;

/** Art. 14: the lawful tie-break. */
export const DRAWING_LOTS =
  /\btirage au sort\b|\btiree?s? au sort\b|\bpar le sort\b|\bdraw(?:ing)? (?:of )?lots\b|\bby lot\b|\b(?:by|through) (?:a )?(?:random )?draw\b(?! up)|\brandom draw\b|\bdrawn (?:by lot|at random)\b/;

/**
 * Art. 15 al. 2 allows negotiating only the price, downwards, when a single provider's bid is
 * conforming; a passage that states that limit (« une seule soumission », « s'il n'y a qu'une soumission »), or defers
 * to the article, is within it.
 */
export const NEGOTIATION_WITHIN_ART_15 = new RegExp(
  String.raw`\b(?:une seule|un seul|seule|seul|qu'une|qu'un|qu'une seule|qu'un seul) (?:soumission|offre|proposition|prestataire|soumissionnaire)s?\b|\b(?:article|art\.?) 15\b|\bconformement (?:au reglement|a la reglementation|aux dispositions du reglement)\b|\b(?:only|single) (?:one )?(?:compliant |conforming |acceptable )?${BIDS}\b|\b(?:only|single) (?:one )?(?:compliant |conforming |acceptable )?${BIDDERS_EN}\b|\bsection 15\b`,
);
