/**
 * Wordings that several recognisers share (the notice's, the tender documents', the date statements').
 * Kept apart from recognisers.ts, which imports every recogniser module.
 */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?)`;

/**
 * A part numbered in words, as the government's model documents number theirs: the ordinal before the noun
 * (« PREMIÈRE PARTIE — », « 2e partie : », "First part") or the number after it (« Titre premier », « Partie
 * deux », "Part Two"). Text folded by normalizeForMatching.
 */
const ORDINAL = String.raw`(?:premiere?|1(?:re|er)|deuxieme|seconde?|2e|troisieme|3e|quatrieme|4e|cinquieme|5e|sixieme|6e|septieme|7e|huitieme|8e|neuvieme|9e|dixieme|10e|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)`;
const NUMBER_WORD = String.raw`(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|seven|eight|nine|ten)`;
const PART_NOUN = String.raw`(?:partie|section|chapitre|titre|annexe|part|chapter|annex|schedule|appendix)`;
export const PART_IN_WORDS = String.raw`(?:${ORDINAL} ${PART_NOUN}|${PART_NOUN} (?:${NUMBER_WORD}|${ORDINAL}))\b`;

/**
 * The opening of bids (art. 4 par. 6°, 5 par. 5°, 11): drafters also name bids by their envelopes
 * ("l'ouverture des plis") and the opening by its other French name ("décachetage", "les plis sont
 * décachetés en public").
 */
export const SEALED_BIDS = String.raw`(?:${BIDS}|plis|enveloppes)`;
/**
 * The opening named in a title or a field's label, alone or as the bids' (« Ouverture », « Date d'ouverture »,
 * « Ouverture de l'enveloppe de prix », "Bid opening"), not as the opening of something else a notice names: the
 * trade agreements' (« Ouverture du marché », « ouverture des marchés publics », "Opening of Public Procurement"),
 * the offices' (« Heures d'ouverture des bureaux »). The bids are SEALED_BIDS' words, written out: the static
 * check of patterns reads a literal only.
 */
export const OPENING_NAMED =
  /\bouverture\b(?! (?:du|des|de la|de l') ?(?!(?:soumissions?|offres?|propositions?|bids?|tenders?|plis|enveloppes?)\b)[a-z])|\bopening\b(?! of (?!(?:the )?(?:bids|tenders|proposals|submissions|envelopes)\b))|\bdecachetage\b/;
/**
 * The opening's date used as the starting point of another period ("au cours des 2 années précédant la
 * date d'ouverture des soumissions", art. 8) says nothing of how bids are opened.
 */
export const NOT_A_REFERENCE_DATE = String.raw`(?<!\b(?:precedant|precede|suivant|avant|apres|depuis|jusqu'a) (?:la )?date (?:d'|de l'))`;
export const UNSEALING = String.raw`\bdecachetage (?:public |en public )?(?:des |de la )${SEALED_BIDS}\b|\b${SEALED_BIDS}\b.{0,40}\bdecachete(?:e|s|es)?\b`;

const PERIOD = String.raw`\b(?:ans?|annees?|mois|periodes?|exercices?|saisons?)\b`;
/**
 * An option (art. 4 par. 2.1°, 5 par. 1.1°) written as the body's right to extend the contract for a
 * period: "peut le prolonger d'une troisième année", "le contrat pourra être reconduit pour douze mois".
 * The contract must be what is extended ("le délai peut être prolongé de deux mois" is not an option),
 * and "ne peut être prolongé au-delà de trois ans" denies it.
 */
export const OPTION_TO_EXTEND = new RegExp(
  String.raw`(?<!\bne )\b(?:peut|peuvent|pourra|pourront|se reserve le droit de|a la faculte de)\b.{1,20}\b(?:(?:le |l')(?:renouveler|prolonger|reconduire)|(?:renouveler|prolonger|reconduire) (?:le contrat|le mandat|l'entente|la convention))\b.{1,60}${PERIOD}` +
    String.raw`|\b(?:contrat|mandat|entente|convention)\b.{1,40}(?<!\bne )\b(?:peut|peuvent|pourra|pourront) (?:etre )?(?:renouvelee?|prolongee?|reconduite?)s?\b.{1,60}${PERIOD}`,
);

/**
 * Bids that must be, or will be, received or filed, whatever stands between them and their verb: the
 * envelope and its marking, the pieces joined (« Les soumissions, dans une enveloppe scellée portant la
 * mention « … », seront reçues au … jusqu'au … »), as a notice printed in a newspaper puts it. The auxiliary
 * is asked for: « aucune des soumissions reçues » (4.7°) is no statement about when bids are due.
 */
export const BIDS_DUE_FILED = {
  id: 'bids-due-filed',
  pattern: '{BID} …12 (=seront | =sont | doivent | devront | doit | devra | must | =shall | =will) ({RECEIVE} | {FILE})',
  examples: {
    positive: [
      "Les soumissions, dans une enveloppe scellée portant la mention « Entretien ménager CSSL-RM-2027-041 », seront reçues au Service des ressources matérielles jusqu'au jeudi 6 mai 2027 à 11 h.",
      'Les offres, accompagnées de tous les documents exigés et placées sous pli cacheté adressé à la secrétaire générale, devront être déposées au plus tard le 3 juin 2027 à 14 h.',
      'Tenders, in a sealed envelope clearly marked with the number and title of this call, will be received at the reception desk until 2 p.m. on June 3, 2027.',
    ],
    negative: [
      'Le Centre de services ne s’engage à accepter ni la plus basse ni aucune des soumissions reçues.',
      'Les soumissions reçues seront ouvertes publiquement le même jour.',
    ],
  },
};

/** The verbs of a bidder handing a bid in, in the active voice, either number (present and future). */
export const BIDDER_HANDS_IN =
  'depose|deposent|deposera|deposeront|remet|remettent|remettra|remettront|achemine|acheminent|acheminera|achemineront|transmet|transmettent|transmettra|transmettront|fait parvenir|font parvenir|fera parvenir|feront parvenir|submits|deliver|delivers';
