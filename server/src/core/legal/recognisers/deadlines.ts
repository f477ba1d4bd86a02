import type { ItemRecogniser } from '../recognisers.js';
import { BIDDER_HANDS_IN, BIDS_DUE_FILED, SEALED_BIDS, UNSEALING } from './shared.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
const OF_DETERMINER = String.raw`(?:du |des |d'(?:une? )?|de ${DETERMINER}?)`;
const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/** The bids in the plural, as statements about when they are due name them: shared.ts's BIDS in the plural. */
const PLURAL_BIDS = String.raw`(?:soumissions|offres|propositions|bids|tenders|proposals|submissions)`;
/** Publishing the notice again (art. 43 par. 3°): a verb of publishing then « de nouveau », a « nouvel avis », or « republier ». */
const PUBLISH = String.raw`(?:publi|diffus|fai\w* paraitre|fera paraitre|post|issu|advertis)\w*`;
const REPUBLISHED = String.raw`(?:\b${PUBLISH}\b.{1,50}\b(?:de nouveau|a nouveau|une nouvelle fois|again|anew)\b|\b(?:nouvel avis|nouveaux? avis|new notice)\b|\b(?:re-?publi(?!que)|rediffus|re-?issu|re-?post|re-?advertis)\w*)`;
/** At least once a year: « une fois l'an », « chaque année », "annually", "once a year", "every 12 months". */
const YEARLY = String.raw`\b(?:une fois (?:par|l') ?(?:annee|an)|annuellement|chaque annee|tous les ans|aux? (?:douze|12) mois|(?:once (?:a|per|every) |every |each |per )(?:year|12 months|twelve months)|annually|yearly)\b`;
/**
 * Who authorises under art. 46: the dirigeant, or the title the body's dirigeant (or delegate) bears: a ministry's
 * (deputy) minister, a network body's board (« conseil d'administration », « conseil des commissaires », "Board of
 * Governors"), a budget-funded body's president or chief executive. CHIEF below is the same list in template words.
 */
const DIRIGEANT = String.raw`(?:dirigeant|dirigeante|(?:sous-)?ministre|conseil d'administration|conseil des commissaires|president-directeur general|presidente-directrice generale|directeur general|directrice generale)`;
const DIRIGEANT_EN = String.raw`(?:chief executive|head of the public body|(?:deputy )?minister|board of (?:directors|governors|commissioners|trustees)|council of commissioners)`;
/** DIRIGEANT in template words: a word stands for its inflections (« dirigeante », "Deputy Minister" for "minister"). */
const CHIEF =
  '(dirigeant | ministre | minister | président | présidente | president | (conseil administration) | (conseil commissaires) | (directeur général) | (directrice générale) | (chief executive) | (board (directors | governors | commissioners | trustees)) | (council commissioners) | (head public body))';
/** The verb of an authorisation, in any voice and tense (« a autorisé », « autorisera », "approved"); not the noun, whose lemma is any permit's. */
const AUTHORISE = '(autorisé | approuvé | approved)';
/** What the authorisation is about: the duration, the renewals or the years it runs (« durée », « renouvellements », "term", "five years"). */
const DURATION = '(durée | renouvellement | ans | années | duration | term | renewals | years)';

/** Requests for qualification filed or received, whatever stands between them and their verb (an envelope, the pieces joined). */
const QUALIFICATION_REQUESTS_FILED = {
  id: 'qualification-requests-filed',
  pattern: '(demande | application | request) qualification … ({FILE} | {RECEIVE})',
  examples: {
    positive: [
      "La demande de qualification, dans une enveloppe scellée portant le numéro du présent avis, est déposée au Service de l'approvisionnement au plus tard le 1er avril 2026 à 11 h.",
      'Applications for qualification, in a sealed envelope bearing the number of this notice, must be received no later than March 20, 2026.',
    ],
    negative: ['La demande de qualification est évaluée par un comité de sélection.'],
  },
};

/**
 * Wording of the time-related items (art. 4 par. 6°, 11, 43, 46). The statement recognisers work on a
 * single sentence, to tell which moment a date in the notice's text is about.
 */
/** A number as drafters write it (« 36 », « trois », « quarante-huit (48) », "two (2)"): group 1 the number, 2 its figures in brackets. */
const COUNT = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})(?: ?\((\d{1,3})\))?`;
const LIST = String.raw`(?:liste|list)(?: (?:des|of) (?:[\w-]+ ){0,2}?(?:prestataires|firmes|fournisseurs|entreprises|soumissionnaires|providers|suppliers|firms|vendors|contractors)(?: (?:de services )?qualifie\w*)?)?`;
const IN_FORCE = String.raw`(?:valides?|valables?|en vigueur|valid|in effect|in force)`;
/**
 * The qualified providers' list's validity written in the notice's text (art. 43 par. 3°), read as the
 * front-matter's `qualification.validite-mois` is: the list said valid (« La liste … est valide pour une période de
 * quarante-huit (48) mois », « demeurera en vigueur pendant quatre ans », "shall remain valid for two (2) years"), or
 * its validity named (« Validité de la liste : 3 ans », « La durée de validité de la liste est de 36 mois »), then the
 * duration. Group 1 the number, 2 its figures in brackets, 3 the unit.
 */
export const LIST_VALIDITY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b${LIST} (?:est|sera|serait|demeure\w*|reste\w*|is|will|shall|remains?)(?: \w+)? ${IN_FORCE}\b(?:[^.;\d]{0,50}?[ (])?${COUNT} (mois|months?|ans?|annees?|years?)\b`,
  ),
  new RegExp(String.raw`\b(?:validite|validity) (?:de la|of the) ${LIST}\b[^.;\d]{0,40}?[ (]${COUNT} (mois|months?|ans?|annees?|years?)\b`),
];

export const DEADLINE_RECOGNISERS = {
  receiptStatement: {
    templates: [QUALIFICATION_REQUESTS_FILED, BIDS_DUE_FILED],
    headings: [],
    phrases: [
      new RegExp(String.raw`\b(?:reception|depot|remise|presentation)\b.{1,40}\b(?:des |les )?${PLURAL_BIDS}\b`),
      // Active voice, in either number: « le soumissionnaire dépose sa soumission au plus tard le … ».
      new RegExp(String.raw`\b(?:${BIDDER_HANDS_IN})\b.{1,30}\b(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?)\b`),
      new RegExp(
        String.raw`\b${PLURAL_BIDS}\b.{1,60}\b(?:recues?|deposees?|parvenir|remises?|presentees?|acheminees?|received|submitted|delivered|deposited|lodged)\b`,
      ),
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- OF_DETERMINER is one shared group, here one alternative among others
        String.raw`\bdate (?:et (?:l')?heure )?limites? (?:${OF_DETERMINER}|pour ${DETERMINER}?)(?:reception|depot|remise)\b|\bclosing (?:date|time)\b`,
      ),
      new RegExp(String.raw`\bdeadline for ${DETERMINER_EN}?(?:receipt|submission|delivery|lodge?ment)\b|\breceipt of ${DETERMINER_EN}?${PLURAL_BIDS}\b`),
      new RegExp(String.raw`\b${PLURAL_BIDS} (?:are |is |will be |shall be )?due\b(?! to\b)`),
      // The late-receipt case (art. 7 1°), a bid in either number received after the limit it states: « toute soumission
      // reçue après 14 h le 5 avril 2017 », "The tender is received after 4:00 p.m. on November 9, 2016". The limit is the receipt's.
      /\b(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?)\b.{1,40}\b(?:recues?|deposees?|parvenues?|remises?|received|submitted|delivered|deposited|lodged)\b.{1,12}\b(?:apres|passe|after|past|later than)\b/,
      /\b(?:reception|depot|remise)\b.{1,30}\bdemandes? de qualification\b|\bdemandes? de qualification\b.{1,60}\b(?:recues?|deposees?|parvenir|transmises?)\b/,
    ],
  },
  openingStatement: {
    headings: [],
    phrases: [
      // The opening named as public without the bids, as English's "public opening" is (« À l'ouverture publique, le … »,
      // « lors de la séance publique d'ouverture »): in a call for tenders, only the bids are opened in public.
      /\bouverture publique\b|\bseance publique d'ouverture\b/,
      new RegExp(
        String.raw`\bouverture (?:publique )?${OF_DETERMINER}${SEALED_BIDS}\b|\b(?:${PLURAL_BIDS}|plis|enveloppes) (?:seront |sont )?ouverte?s\b|\bouvertes publiquement\b|\bopening of ${DETERMINER_EN}?(?:bids|tenders|proposals)\b|\b(?:bids|tenders|proposals|submissions) (?:will be|shall be|are) opened\b|\bopened (?:in public|publicly)\b|\bpublic(?:ly)? opening\b|\bwill be opened\b`,
      ),
      new RegExp(UNSEALING),
    ],
  },
  qualificationReceipt: {
    templates: [QUALIFICATION_REQUESTS_FILED],
    headings: [/\b(?:reception|depot|remise|presentation) des demandes\b|\bdate (?:et heure )?limites?\b/],
    phrases: [
      /\b(?:reception|depot|remise|presentation)\b.{1,30}\bdemandes?\b/,
      /\bdemandes? de qualification\b.{1,80}\b(?:recues?|deposees?|parvenir|transmises?|presentees?|acheminees?)\b/,
      /\bdate (?:et (?:l')?heure )?limites?\b|\bclosing (?:date|time)\b|\brequests? for qualification\b.{1,60}\breceived\b/,
    ],
  },
  yearlyRepublication: {
    law: [{ citation: '43.3°', quote: 'un avis public de qualification est publié à nouveau au moins une fois l’an' }],
    headings: [],
    // A verb of publishing and « de nouveau » / "again" (the object may stand between: "publish this notice
    // again"), « un nouvel avis » / "a new notice", or one verb that says both (« republier », "reissue"),
    // with a yearly frequency before or after, in French and English.
    phrases: [
      new RegExp(String.raw`${REPUBLISHED}.{1,100}${YEARLY}`),
      new RegExp(String.raw`${YEARLY}.{1,60}${REPUBLISHED}`),
      /\b(?:une fois (?:par|l') ?(?:annee|an)|annuellement|chaque annee|tous les ans)\b.{1,60}\b(?:republi|publi|diffus|rediffus)\w*/,
    ],
  },
  dirigeantAuthorisation: {
    // The dirigeant named by its role, whichever the voice and whichever comes first, the duration or the authorisation.
    templates: [
      {
        id: 'duration-then-chief-authorises',
        pattern: `${DURATION} …12 ${CHIEF} …12 ${AUTHORISE}`,
        examples: {
          positive: [
            "Le contrat étant d'une durée de plus de trois ans, renouvellements compris, la sous-ministre a autorisé sa conclusion le 4 mars 2026.",
            'Compte tenu de sa durée totale de cinq ans, options comprises, le conseil des commissaires autorisera la conclusion du contrat.',
            'As the total term, renewals included, exceeds three years, the Board of Governors authorized the award of this contract by resolution BG-2025-114.',
            'Les renouvellements portant la durée au-delà de trois ans, la présidente-directrice générale les a autorisés par écrit.',
          ],
          negative: ['Pendant toute la durée du contrat, le prestataire maintient les permis exigés par le ministre.'],
        },
      },
      {
        id: 'duration-authorised-by-chief',
        pattern: `${DURATION} … ${AUTHORISE} … ${CHIEF}`,
        examples: {
          positive: [
            'La durée du contrat, renouvellements compris, a été approuvée par le conseil d’administration (résolution CA-2026-03).',
            "The contract's five-year duration, including renewals, was authorized by the Board of Directors of the Corporation.",
          ],
        },
      },
      {
        // Not "term" here: a bidder's board authorising its signatory "to the terms of the tender" is no art. 46 authorisation.
        id: 'chief-authorises-duration',
        pattern: `${CHIEF} …12 ${AUTHORISE} … (durée | renouvellement | ans | années | duration | renewals | years)`,
        examples: {
          positive: [
            'The Deputy Minister has approved a contract duration of more than three years, renewals included.',
            'Le conseil d’administration a, par sa résolution CA-2026-14 du 3 février 2026, autorisé la conclusion de ce contrat de cinq ans.',
          ],
          negative: [
            "The bidder's Board of Directors resolution authorizing the signatory to bind the company to the terms of the tender must be enclosed.",
            'Une résolution du conseil d’administration du soumissionnaire autorisant le signataire doit être jointe à la soumission.',
          ],
        },
      },
    ],
    headings: [/\bautorisation du dirigeant\b.{1,40}\b(?:duree|article 46|art\. 46)\b/],
    phrases: [
      new RegExp(String.raw`\b(?:duree|renouvellements?)\b.{1,120}\bautoris\w{0,6}\b.{1,30}\b${DIRIGEANT}\b`),
      new RegExp(String.raw`\bautoris\w{0,6}\b.{1,30}\b${DIRIGEANT}\b.{1,120}\b(?:duree|renouvellements?|plus de (?:trois|3) ans|article 46|art\. 46)\b`),
      new RegExp(String.raw`\b${DIRIGEANT}\b.{1,60}\bautoris\w{0,6}\b.{1,80}\b(?:duree|renouvellements?)\b`),
      /\b(?:article|art\.) 46\b.{1,120}\bautoris\w{0,6}\b|\bautoris\w{0,6}\b.{1,120}\b(?:article|art\.) 46\b/,
      new RegExp(String.raw`\b(?:duration|term|renewals?)\b.{1,120}\bauthori[sz]\w*\b.{1,30}\b${DIRIGEANT_EN}\b`),
    ],
  },
} satisfies Record<string, ItemRecogniser>;

/**
 * The documents' own clause on addenda (art. 9 al. 2), read in each of its sentences' clauses: an addendum named
 * (not « le présent addenda », "this addendum", which speaks of itself), the prices, and a period before a limit.
 */
export const ADDENDUM_NAMED = /\baddend(?:a|as|um|ums)\b/;
export const THIS_ADDENDUM = /\b(?:present|presents|this|cet|ce) addend/;
export const PRICES_NAMED = /\b(?:prix|prices?|pricing)\b/;
/** The prices named only to say an addendum does not touch them (« sans incidence sur les prix », "no effect on prices"). */
export const NO_PRICE_EFFECT =
  /\b(?:sans|aucune?|no|without) (?:\w+ )?(?:incidence|effet|impact|effect|influence)\b|\bn'(?:a|ont|aura|auront) (?:pas|aucune?) (?:d')?(?:\w+ )?(?:incidence|effet|impact)\b|\b(?:does|do|will|would) not (?:affect|change|modify|impact)\b/;
/** The addendum sent, whatever the verb (« transmis », « diffusé », « émis », "issued", "posted"): a period for the bidder's acknowledgment of it is another. */
export const ADDENDUM_SENT =
  /\b(?:transm\w*|diffus\w*|publi\w*|emise?s?|emet\w*|envo[iy]\w*|expedi\w*|communiqu\w*|issu\w*|sen[dt]s?|post\w*|releas\w*|distribut\w*)\b/;
/** A time limit for questions is not the addendum's, though the answers come by addendum. */
export const QUESTIONS_NAMED = /\b(?:questions?|(?:en|in)quir(?:y|ies)|demandes? de (?:renseignements|precisions))\b/;
/**
 * A period before a limit (« au moins trois (3) jours avant », « 2 jours ouvrables avant », "no later than five
 * business days prior to", « 48 heures avant »). Group 1 the number, 2 its figures in brackets, 3 an English
 * qualifier before the unit, 4 the unit, 5 a qualifier after it.
 */
export const PERIOD_BEFORE = new RegExp(
  String.raw`\b${COUNT} (?:(working|business|clear|calendar) )?(jours?|days?|heures?|hours?|semaines?|weeks?)(?: (ouvrables?|ouvres?|francs?|civils?|de calendrier|working|business))? (?:avant|before|prior to|precedant|preceding)\b`,
  'g',
);
/** The receipt limit kept as it is, said of it (« laquelle demeure inchangée », « la date limite n'est pas reportée », "which will not be postponed"). */
export const LIMIT_KEPT =
  /\b(?:demeure\w*|reste\w*|remains?|will remain|shall remain|stays?) (?:inchange\w*|unchanged)\b|\bn'(?:est|sera|sont|seront) (?:pas|jamais|aucunement) (?:reporte|prolonge|repousse|modifie)\w*|\b(?:is|are|will|shall) not (?:be )?(?:postponed|extended|deferred|changed)\b/;
/** No postponement, which names itself (« sans report », « n'entraîne aucun report », "without any postponement"). */
export const NO_POSTPONEMENT = /\bsans (?:aucun )?report\b|\bn'entraine\w* (?:pas de|aucun) report\b|\bwithout (?:any )?postponement\b/;
/**
 * The period made a wish (« dans la mesure du possible », « autant que possible », "where possible", "to the extent
 * practicable"): art. 9 al. 2 makes it a duty, unless the limit is then postponed.
 */
export const PERIOD_WEAKENED =
  /\b(?:dans la mesure du possible|autant que possible|si possible|lorsque (?:c'est |cela est )?possible|(?:where|wherever|whenever|if) (?:possible|practicable)|as far as (?:is )?(?:possible|practicable)|to the extent (?:possible|practicable))\b/;
/**
 * The postponement left to the body's judgement (« peut reporter », « pourra, s'il le juge utile, reporter », « à sa
 * discrétion », "may extend", "at its discretion"): art. 9 al. 2 makes it a duty. The modal governs the verb itself,
 * not another (« s'il ne peut l'être, le Bureau reporte cette date »).
 */
export const POSTPONEMENT_DISCRETIONARY =
  /\b(?:peut|peuvent|pourra|pourront|pourrait|may|might|can|could)(?:, [^,;]{1,40},)? (?:(?:etre|be|aussi|egalement|also) )?(?:report|prolong|repouss|postpon|extend|defer)\w*|\b(?:a sa (?:seule |entiere )?discretion|s'(?:il|elle) le juge (?:utile|opportun|necessaire|a propos)|at (?:its|their) (?:sole |absolute )?discretion|if it (?:deems|considers) (?:it )?(?:appropriate|necessary|useful))\b/;
/** The postponement stated as what happens (« cette date est reportée », "the closing date will be extended"). */
export const POSTPONEMENT_REQUIRED =
  /\b(?:est|sont|sera|seront|serait|doit etre|doivent etre|is|are|will be|shall be|must be) (?:alors |automatiquement |then |automatically )?(?:reporte|prolonge|repousse|postponed|extended|deferred)\w*/;
/** What LIMIT_KEPT is said of: the receipt limit, or a pronoun for it. */
export const LIMIT_NAMED = /\b(?:date|heure|closing|deadline|laquelle|celle-ci|cette date|ladite date)\b/;

/**
 * The opening said to follow the receipt limit closely (« immédiatement après l'heure limite », "immediately after the
 * closing time"), not at it: a time a little after the limit that day agrees with it (openingSameAsReceipt's other wordings,
 * « à la date et à l'heure limites », "at the closing time", set the limit's own moment).
 */
export const OPENING_RIGHT_AFTER_LIMIT = /\b(?:immediatement apres|tout de suite apres|des (?:l'echeance|la fin)|immediately after|right after)\b/;
