/**
 * Wordings that several recognisers share (the notice's, the tender documents', the date statements').
 * Kept apart from recognisers.ts, which imports every recogniser module.
 */
/**
 * The determiner slot of a noun phrase, a space after it: drafters name the bid, the bidder, the document as the law does
 * (« la soumission »), and as the one who reads it (« votre soumission », « vos documents »), or one at a time
 * (« chaque soumission », « toute offre », « cette proposition ») or as its bidder's (« sa soumission », « leur offre »).
 * Articles, possessives, demonstratives, « chaque », « tout »; text folded by normalizeForMatching.
 */
export const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
/** « de » and a determiner, or its contracted forms: « des », « du », « d'une », « de la », « de votre », « de chaque »… */
export const OF_DETERMINER = String.raw`(?:du |des |d'(?:une? )?|de ${DETERMINER}?)`;
/** The English determiners: articles, possessives, demonstratives, "each", "any", "every", "all". */
export const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/**
 * An aside within a sentence, set off between dashes (folded to « - »), brackets or commas, a space after it: what
 * drafters set between a subject and its verb or a verb and its object (« tout renseignement — qu'il porte sur la
 * procédure ou sur les services — devra être demandé par écrit à », « l'adjudicataire procède, sur place et sous la
 * supervision du secrétaire général, aux travaux suivants », "any question (whether on the procedure or the services) must
 * be sent to"). It says nothing of the words around it, and does not count in the words allowed between them.
 */
export const ASIDE = String.raw`(?: - [^.;:]{1,120}? - | ?\([^)]{1,120}\) |, [^,.;:]{1,120}, )`;

/**
 * The bid by its names, in either number: the BID notion's nouns (vocabulary.ts) but « pli », which also names the
 * envelope (« sous pli cacheté »; the bids' envelopes are SEALED_BIDS').
 */
export const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;

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
export const UNSEALING = String.raw`\bdecachetage (?:public |en public )?${OF_DETERMINER}${SEALED_BIDS}\b|\b${SEALED_BIDS}\b.{0,40}\bdecachete(?:e|s|es)?\b`;

const PERIOD = String.raw`\b(?:ans?|annees?|mois|periodes?|exercices?|saisons?)\b`;
/**
 * An option (art. 4 par. 2.1°, 5 par. 1.1°) written as the body's right to extend the contract for a
 * period: "peut le prolonger d'une troisième année", "le contrat pourra être reconduit pour douze mois".
 * The body may speak in the first person (« nous pourrons le prolonger »). The contract must be what is extended ("le délai peut être prolongé de deux mois" is not an option),
 * and "ne peut être prolongé au-delà de trois ans" denies it.
 */
export const OPTION_TO_EXTEND = new RegExp(
  String.raw`(?<!\bne )\b(?:peut|peuvent|pourra|pourront|pouvons|pourrons|se reserve le droit de|nous reservons le droit de|a la faculte de|avons la faculte de)\b.{1,20}\b(?:(?:le |l')(?:renouveler|prolonger|reconduire)|(?:renouveler|prolonger|reconduire) (?:le contrat|le mandat|l'entente|la convention))\b.{1,60}${PERIOD}` +
    String.raw`|\b(?:contrat|mandat|entente|convention)\b.{1,40}(?<!\bne )\b(?:peut|peuvent|pourra|pourront) (?:etre )?(?:renouvelee?|prolongee?|reconduite?)s?\b.{1,60}${PERIOD}`,
);

/**
 * An option of additional services (art. 4 al. 3) described by what it lets the body order, however long the sentence:
 * « ledit contrat comporte une option permettant à la Société de requérir, au même prix unitaire …, l'évaluation d'au
 * plus cent cinquante bâtiments additionnels », "an option allowing the Board to order up to 20 additional
 * inspections". The notice's summary description (4.2.1°) and the documents' (5.1.1°) alike.
 */
export const OPTION_TO_ORDER_MORE = {
  id: 'option-to-order-more',
  pattern:
    'option ({MAY} | permettre | permettant | permettent | permet | allow | allowing | allows | enable | enabling | enables)? …4 ({REQUIRED} | {OBTAIN} | commander | ajouter | confier | order | add | retain | purchase) …16 (additionnel | supplémentaire | additional | further | extra | supplementary)',
  examples: {
    positive: [
      'Le contrat comporte une option permettant au Ministère de commander, aux mêmes taux, jusqu’à dix rapports régionaux supplémentaires.',
      'Ladite entente comprend une option en vertu de laquelle le Centre peut demander la formation de trente employés additionnels.',
      'The contract includes an option allowing the Board to order up to 20 additional inspections at the unit price tendered.',
    ],
    negative: [
      'La dépense prévue, option comprise, excède le seuil d’appel d’offres public.',
      'Aucune option ne permet au Ministère de commander des rapports additionnels.',
      'Le prestataire peut demander des frais additionnels pour ses déplacements.',
    ],
  },
};

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
  'depose|deposent|deposera|deposeront|remet|remettent|remettra|remettront|achemine|acheminent|acheminera|achemineront|transmet|transmettent|transmettra|transmettront|fait parvenir|font parvenir|fera parvenir|feront parvenir|submits|deliver|delivers|lodge|lodges';

/**
 * A bid excluded or disqualified, a rejection said with other verbs than « rejeter » (« Toute soumission reçue après 14 h
 * sera exclue », « Est exclue la soumission qui… », « entraîne l'exclusion de l'offre », "A tender is excluded if…",
 * "declared non-responsive"): the exclusion of a bid as the Swiss public procurement act names it (LMP art. 44, the
 * Federal Court's rulings), a bid "non-responsive" as North American calls say one that fails a mandatory requirement,
 * to be rejected (California's State Contracting Manual, 14-04-2). « Exclure » says a rejection only of
 * a bid, or with the rejection's own adverbs and nouns: « taxes exclues », « excluant les taxes », « à l'exclusion de »,
 * « Sont exclus du mandat… » say what a price or the services leave out. The bid is named next to its participle, before
 * or after it, or is its sentence's subject, the verb agreeing with it (« Toute offre de services reçue après 14 h sera
 * exclue », not « La soumission comprend tous les frais, mais les taxes sont exclues »).
 */
export const BID_EXCLUDED: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:soumissions?|offres?|propositions?|plis)(?: (?:est|sera|sont|seront|soit|soient))? (?:automatiquement |d'office )?exclue?s?\b|\b(?:est|sera|sont|seront) (?:automatiquement |d'office )?exclue?s? (?:automatiquement |d'office )?${DETERMINER}?(?:soumissions?|offres?|propositions?|plis)\b`,
  ),
  new RegExp(
    String.raw`(?:^|[.;:!?] )${DETERMINER}(?:(?:soumission|offre|proposition)\b[^.;:!?]{1,100}?\b(?:est|sera)|(?:soumissions|offres|propositions|plis)\b[^.;:!?]{1,100}?\b(?:sont|seront)) (?:automatiquement |d'office )?exclue?s?\b`,
  ),
  /\bexclue?s? (?:automatiquement|d'office|sans (?:etre |avoir ete )?(?:evaluee?s?|analysee?s?|examinee?s?|ouverte?s?))\b|\b(?:automatiquement|d'office) exclue?s?\b|\b(?:exclusion|disqualification) (?:automatique|d'office|immediate)\b/,
  new RegExp(
    String.raw`\b(?:motifs?|causes?|cas) (?:d'exclusion|de disqualification)\b|\bsous peine (?:d'exclusion|de disqualification)\b|\b(?:entrain\w*|emport\w*) (?:automatiquement )?${DETERMINER}(?:exclusion|disqualification)\b`,
  ),
  new RegExp(
    String.raw`(?<!\ba )\bl'exclusion ${OF_DETERMINER}(?:soumissions?|offres?|propositions?|plis)\b|\bdisqualif(?:iee?s?|ication|ied)\b|\bnon-?responsive\b`,
  ),
  /\b(?:bids?|tenders?|proposals?|submissions?) (?:(?:is|are|will be|shall be|must be|may be) )?(?:automatically )?excluded\b|\b(?:automatically excluded|excluded automatically)\b/,
  new RegExp(
    String.raw`(?:^|[.;:!?] )(?:${DETERMINER_EN}(?:(?!(?:in|of|for|with|from|on|to)\b)[a-z'-]+ ){0,2}?(?:bid|tender|proposal|submission)\b[^.;:!?]{1,100}?\b(?:is|be)|${DETERMINER_EN}?(?:(?!(?:in|of|for|with|from|on|to)\b)[a-z'-]+ ){0,3}?(?:bids|tenders|proposals|submissions)\b[^.;:!?]{1,100}?\b(?:are|be)) (?:automatically )?excluded\b`,
  ),
];

/** The rejection named in a title by its other nouns: « Motifs d'exclusion », « Exclusion automatique », "Disqualification". */
export const EXCLUSION_NAMED =
  /\b(?:motifs?|causes?|cas) (?:d'exclusion|de disqualification)\b|\b(?:exclusion|disqualification) (?:automatique|d'office)\b|\bdisqualification\b|\bnon-?responsive\b/;
