/**
 * Art. 4 al. 3: an option is a renewal, or additional services of the same nature, at the same
 * price. A description that states another price or other services describes something else.
 */
const PRICE = String.raw`(?:prix|tarifs?|taux(?: horaires?)?)`;

export const OPTION_OTHER_PRICE: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${PRICE}\b.{1,40}\b(?:indexee?s?|majoree?s?|augmentee?s?|revisee?s?|negociee?s?|differents?|differentes?|distincte?s?|modifiee?s?|renegociee?s?)\b`,
  ),
  new RegExp(String.raw`\b(?:indexation|majoration|augmentation|revision|ajustement|renegociation|hausse)\b.{1,40}\b(?:des |du |de )?${PRICE}`),
  /\b(?:indexee?s?|majoree?s?|ajustee?s?) (?:selon|en fonction de|de)\b|\bipc\b|\bindice des prix\b/,
  /\b(?:nouveaux?|autres?) (?:prix|tarifs?|taux)\b|\bprix a (?:negocier|determiner|convenir|etablir)\b/,
  /\b(?:prices?|rates?)\b.{1,30}\b(?:indexed|adjusted|increased|negotiated|different|revised)\b|\bnew (?:price|rate)s?\b|\bcpi\b/,
];

export const OPTION_OTHER_SERVICES: readonly RegExp[] = [
  /\bservices? (?:differents?|distincts?|d'un autre type)\b|\b(?:d'une autre nature|de nature differente|d'une nature differente)\b|\bautres? (?:types? de )?services\b|\bnouveaux services\b/,
  /\b(?:different|other) (?:kinds? of )?services\b|\bservices of a different nature\b/,
];

/**
 * Annexe 2's adjusted price (« prix ajusté », "adjusted price") is a term of the evaluation, not a change of the option's
 * price: « l'option n'entre pas dans le calcul du prix ajusté », "the option is not included in the adjusted price".
 */
export const ADJUSTED_PRICE = /\bprix (?:soumis )?ajustes?\b|\badjusted (?:bid |tender )?prices?\b/g;

/** A negated change ("sans indexation", "les prix ne seront pas majorés") is the same price. */
export const SAME_PRICE_NEGATION =
  /\b(?:sans|aucune?|ni|non|pas d'|pas de|ne (?:\S+ ){1,3}(?:pas|aucune?)|without|no|not)\b.{0,30}?\b(?:indexation|indexee?s?|majoration|majoree?s?|augmentation|augmentee?s?|revision|revisee?s?|ajustement|ajustee?s?|hausse|indexed|adjusted|increased|revised|adjustment)\b/g;
