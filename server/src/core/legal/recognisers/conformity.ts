import type { ItemRecogniser } from '../recognisers.js';
import { BID_EXCLUDED, EXCLUSION_NAMED } from './shared.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
const OF_DETERMINER = String.raw`(?:du |des |d'(?:une? )?|de ${DETERMINER}?)`;
const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/**
 * Art. 7 and 7.1: the cases of automatic rejection the conformity conditions must state. Each case
 * is recognised by its own wording; whether the passage is about rejection is the context's job
 * (`rejection` below, the section's heading, or the sentence that introduces a list).
 */
// The RECEIVE and FILE notions' participles (vocabulary.ts), and "arrives", "reaches" (a bid that arrives is received).
const RECEIVED = String.raw`(?:recue?s?|deposee?s?|presentee?s?|remises?|parvenue?s?|acheminee?s?|transmises?|livree?s?|received|submitted|delivered|lodged|arrive[ds]?|reach(?:e[ds])?)`;
/** The BID notion's nouns (vocabulary.ts) but « pli », as shared.ts's BIDS: a constant of this module, so that the static check reads its patterns. */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;
/**
 * What arrives late is the bid: named before the verb by its noun or a pronoun for it (« elles », "it", "they"), a few
 * words before, or the verb opens the passage, a relative pronoun, its negation and auxiliary before it (a list's entry
 * under an introduction that names the bid: « qui n'est pas reçue … », « ne pas être reçue après … »). An attestation
 * « délivrée après la date limite » (art. 50.3 al. 2), a form « transmis après la date limite », is no late bid.
 */
const THE_BID_ARRIVING = String.raw`(?:^(?:(?:qui|that|which|ne|pas|etre|ete|not|be|been|is|are) |n'){0,4}|\b(?:${BIDS} |(?:elles?|it|they) )(?:[^.;:]{0,40}? )?)`;
/**
 * A template's opening for what arrives (or must arrive) in time: the bid by its noun or a pronoun for it, or the body
 * receiving it (« nous ne la recevons pas »), a few words before the verb. The same templates with `^` instead take a
 * list's entry that opens with the verb, its subject the introduction's bid.
 */
const BID_BEFORE_VERB = '({BID} | =it | they | elle | elles | nous | we) …3';
/**
 * Failing to observe a place, a date or a time, in the words drafters use for « le non-respect » (« l'inobservation du
 * lieu », « le défaut de respecter l'heure limite », "failure to observe the place", "non-compliance with the date"),
 * followed by the thing's noun.
 */
const FAILING_TO_OBSERVE = String.raw`(?:(?:non-?respect|inobservation|non-?observation) (?:de l'|du |de la |des )|(?:defaut|omission|fait) de (?:ne pas )?(?:respecter|observer|se conformer a) (?:l'|le |la |les |aux? ))`;
const FAILING_TO_OBSERVE_EN = String.raw`(?:(?:failure|failing|neglect(?:ing)?) to (?:comply with|meet|respect|observe|abide by|adhere to|honou?r|follow)|non-?(?:respect|compliance|observance|adherence) (?:of|with|to))`;
const DOCS = String.raw`(?:documents?|pieces?|formulaires?|renseignements?|annexes?|attestations?)`;

/**
 * Requirements named by the marks that open the first and last of their list's entries: « les conditions a) à f) »,
 * « des exigences 1° à 5° », "requirements (a) to (f)", or by each entry's mark, « les conditions a), b), d) et f) »,
 * "items (a), (c) or (d)"; before their list or after it. Named so, they are those entries only (legal/rejection.ts).
 */
export const LISTED_RANGE =
  /\b(?:conditions?|exigences?|obligations?|criteres?|prescriptions?|elements?|requirements?|criteria|items?) (?:\(?[a-z]\)|\d{1,2}°|\(\d{1,2}\))(?:, (?:\(?[a-z]\)|\d{1,2}°|\(\d{1,2}\)))*,? (?:a|au|et|ou|to|through|and|or) (?:\(?[a-z]\)|\d{1,2}°|\(\d{1,2}\))/;

export const CONFORMITY_RECOGNISERS = {
  /** The wording of a rejection: a passage that states one makes its cases rejection cases. */
  rejection: {
    headings: [
      // The body's own verb too, in a plain-language call's first person: « Quand nous rejetons une soumission », "When We Reject A Bid".
      /\bconformite\b|\bnon-?conform|\brejets?\b|\brejetees?\b|\brejet(?:ons|terons|erons)\b|\bconformes?\b|\bcompliance\b|\bconformity\b|\breject(?:s|ed|ion)?\b|\birrecevab/,
      EXCLUSION_NAMED,
    ],
    phrases: [
      // The active voice as well as the passive, the body speaking in the first person (« nous rejetons », « nous écarterons »).
      /\brejet(?:ee?s?|er|era|eront|s|ons|erons)?\b|\brejett\w*|\brefusee?s?\b|\becart(?:ee?s?|ons|erons)\b|\bdisqualifiee?s?\b|\bsous peine (?:de|d')\b/,
      ...BID_EXCLUDED,
      /\bnon[- ](?:conformes?|recevables?|admissibles?)\b|\birrecevables?\b|\binadmissibles?\b/,
      /\bne (?:sera|seront) (?:pas |ni )?(?:consideree?s?|acceptee?s?|retenue?s?|ouvertes?|analysee?s?|evaluee?s?)\b/,
      /\b(?:retournee?s?|renvoyee?s?) (?:sans|non ouvertes?|a l'expediteur)\b/,
      // Returned unopened, its addressee between (« retournée au soumissionnaire sans avoir été ouverte », "returned to the bidder unopened").
      /\b(?:retournee?s?|renvoyee?s?)\b.{1,40}\b(?:sans (?:etre|avoir ete) (?:ouvertes?|decachetees?)|non (?:ouvertes?|decachetees?))\b|\breturned\b.{1,40}\b(?:unopened|without being opened)\b/,
      // "We reject your bid", "the Board rejects", "will disqualify": the active voice as well as the passive.
      /\b(?:reject(?:s|ed|ion)?|disqualif(?:y|ies|ied)|non-?compliant|not (?:be )?(?:accepted|considered|opened))\b/,
      // A refusal said as an acceptance denied, in the active voice or by « recevable » (« Le Ministère n'acceptera
      // aucune soumission reçue après l'heure limite », « Une soumission incomplète n'est pas recevable », "No late
      // bids will be accepted"), the body in the first person too (« nous n'acceptons aucune soumission »). Not the 4.7° clause, whose verb is the undertaking (« ne s'engage à accepter aucune »).
      /\bn'(?:accept(?:e|ent|era|eront|ons|erons)|examin(?:era|eront|ons|erons)|admet(?:tra|tons|trons)?|evalu(?:era|eront|ons|erons)|ouvri(?:ra|ront|rons)|ouvrons)\b.{1,30}\b(?:aucune?|pas|plus|nulle?)\b|\bne (?:retient|retiendra|retiendront|retenons|retiendrons|consider(?:e|era|eront|ons|erons)|prend(?:ra)? en consideration|prenons en consideration|tient compte|tiendra compte|tenons compte|tiendrons compte)\b.{1,30}\b(?:aucune?|pas|plus)\b/,
      /\b(?:n'est|ne sont|ne sera|ne seront|n'etant) (?:pas|plus) (?:jugee?s? |consideree?s? comme )?(?:recevables?|acceptables?)\b/,
      /\b(?:will|shall|does|do) not (?:accept|consider|entertain|open|evaluate)\b|\bno\b.{1,40}\b(?:will|shall) be (?:accepted|considered|entertained|opened|evaluated)\b|\bnot (?:be )?(?:admissible|receivable|entertained)\b/,
    ],
  },
  /**
   * The conformity conditions set out in another document ("figurent à la régie générale, annexe 2"):
   * the cases cannot be checked here, so none is reported missing.
   */
  conformityElsewhere: {
    headings: [],
    phrases: [
      /\bconditions? (?:de conformite|d'admissibilite et de conformite)\b.{1,80}\b(?:figurent|sont (?:decrites|enoncees|prevues|precisees|indiquees|reproduites)|se trouvent|apparaissent|voir)\b.{1,60}\b(?:annexe|document|regie|cahier|guide|instructions generales)/,
      /\b(?:compliance|conformity) (?:conditions|requirements)\b.{1,80}\b(?:are (?:set out|described|found)|appear|see)\b.{1,60}\b(?:schedule|appendix|document)\b/,
    ],
  },
  /** 7 par. 1°: place, date and time limit for receipt not respected. */
  lateReceipt: {
    law: [{ citation: '7.1°', quote: "le non-respect de l'endroit prévu, de la date et de l'heure limites fixées pour la réception des soumissions" }],
    // Not received (or received after) the place, date or time: any voice, French or English (English version
    // of comparable Québec regulations on LégisQuébec, paraphrased).
    templates: [
      // What is not received, or received late, is the bid: its noun or a pronoun for it before the verb, the body receiving
      // it (« nous ne la recevons pas »), or none where the passage opens with the verb, a list's entry under an
      // introduction that names the bid (« qui n'est pas reçue … », "received after …"). Not an attestation (art. 50.3).
      {
        id: 'not-received-at',
        pattern: `${BID_BEFORE_VERB} {NEG} ({RECEIVE} | {FILE}) … ({PLACE} | date | heure | time | {DEADLINE})`,
        examples: {
          positive: ['it is not received at the place, or by the date and time, set for the receipt of tenders;'],
          negative: ["une attestation qui n'a pas été remise à la date limite;"],
        },
      },
      {
        id: 'opening-not-received-at',
        pattern: '^ {NEG} ({RECEIVE} | {FILE}) … ({PLACE} | date | heure | time | {DEADLINE})',
        examples: {
          positive: ["qui n'aura pas été reçue au lieu, à la date et à l'heure limites fixés;"],
          negative: ["détenir une attestation qui n'a pas été remise à la date limite;"],
        },
      },
      {
        id: 'opening-received-after',
        pattern: '^ ({RECEIVE} | {FILE}) … {AFTER} … (date | heure | time | hour | {DEADLINE})',
        examples: {
          positive: ['received after the closing date or at a place other than the one stated;'],
          negative: ['hold a valid attestation, not delivered after the closing date;'],
        },
      },
      {
        id: 'received-after',
        pattern: `${BID_BEFORE_VERB} ({RECEIVE} | {FILE}) … {AFTER} … (date | heure | time | hour | {DEADLINE})`,
        examples: {
          positive: ['la soumission parvenue après la date et l’heure limites;', 'This tender, if it is delivered after the closing time, is rejected.'],
          negative: ['l’attestation de Revenu Québec délivrée après la date et l’heure limites;', 'an attestation delivered after the closing date;'],
        },
      },
    ],
    headings: [],
    phrases: [
      new RegExp(
        String.raw`${THE_BID_ARRIVING}${RECEIVED}\b.{1,40}\b(?:apres|en dehors|hors|au-dela|passe|after|past)\b.{1,40}(?:\b(?:delai|date|heure|limite|echeance|deadline|closing)|\b\d{1,2} ?h\b|\b\d{1,2}(?::\d{2})? ?[ap]\.?m\b)`,
      ),
      // The bid's filing or arrival as a noun, its own (« son dépôt est terminé après 11 h », « sa réception après la date
      // limite », "its filing is completed after the closing time"), in any tense.
      /\b(?:son|sa|leur|its|their) (?:depot|arrivee|reception|filing|arrival|receipt|delivery)\b[^.;]{1,40}?\b(?:apres|after|past)\b[^.;]{1,40}?(?:\b(?:delai|date|heure|limite|echeance|deadline|closing)\b|\b\d{1,2} ?h\b|\b\d{1,2}(?::\d{2})? ?[ap]\.?m\b)/,
      // « in retard », a francophone's English for « en retard ».
      /\b(?:[ei]n retard|tardi(?:f|ve)s?|hors delai)\b/,
      new RegExp(String.raw`${THE_BID_ARRIVING}apres (?:l'heure (?:limite|fixee|prevue)|(?:la|les) dates? (?:et (?:l'|les )?heures? )?limites?)\b`),
      new RegExp(String.raw`\b${FAILING_TO_OBSERVE}(?:endroit|lieu|date|heure|dates|delais?)\b`),
      /\b(?:a un autre endroit|a un endroit autre|au mauvais endroit|a une autre adresse|autre (?:lieu|endroit|adresse) que|(?:lieu|endroit|adresse) autre que|ailleurs qu)\b/,
      // Negated: "n'est pas reçue au lieu, à la date et à l'heure limites prévus", "ne parvient pas dans le délai".
      new RegExp(
        String.raw`${THE_BID_ARRIVING}(?:n'(?:est|a)|ne (?:sont|sera|seront|serait|ont)) pas (?:ete )?${RECEIVED}\b.{1,40}\b(?:lieu|endroit|adresse|delai|date|heure|limite|echeance)`,
      ),
      new RegExp(
        String.raw`${THE_BID_ARRIVING}ne (?:parvient|parviennent|parviendra|parviendront) pas\b.{1,60}\b(?:lieu|endroit|adresse|delai|date|heure|limite|echeance)`,
      ),
      new RegExp(
        String.raw`${THE_BID_ARRIVING}after the (?:closing|deadline)\b|\b(?:late ${BIDS}|${FAILING_TO_OBSERVE_EN} the (?:place|date|time|hour|deadline|closing))\b`,
      ),
    ],
  },
  /** 7 par. 2°: a required document missing. */
  missingDocument: {
    law: [{ citation: '7.2°', quote: "l'absence d'un document requis" }],
    templates: [
      { id: 'document-missing', pattern: '{DOCUMENT} {REQUIRED}? … {ABSENT}', examples: { positive: ['a required document is missing;'] } },
      { id: 'missing-document', pattern: '{ABSENT} … {DOCUMENT}', examples: { positive: ["l'omission de l'un des documents exigés;"] } },
      // The document not attached: « un document exigé n'y est pas joint », "a required document is not enclosed".
      {
        id: 'document-not-enclosed',
        pattern: '{DOCUMENT} … {NEG} … {ENCLOSE}',
        examples: {
          positive: [
            "un document exigé à la section 5 n'y est pas joint;",
            "l'un des documents demandés n'est pas inclus dans l'offre;",
            'any required document is not enclosed with the tender;',
          ],
          negative: ['les documents exigés sont joints à la soumission;'],
        },
      },
    ],
    headings: [],
    phrases: [
      new RegExp(
        String.raw`\b(?:absence|omission|manque|non-?production|defaut de (?:fournir|produire|joindre|remettre|presenter|deposer|inclure))\b.{1,30}\b${DOCS}\b`,
      ),
      new RegExp(
        String.raw`\b${DOCS}\b.{1,30}\b(?:requise?s?|exigee?s?|demandee?s?|obligatoires?)\b.{1,40}\b(?:manquante?s?|absente?s?|omise?s?|non (?:fournie?s?|jointe?s?|remise?s?|produite?s?)|n'(?:est|a) pas (?:ete )?(?:fournie?|jointe?|remise?|produite?|inclus)|fait defaut|font defaut|manque(?:nt)?)\b`,
      ),
      // "ne renferme pas l'un ou l'autre des documents", "ne contient pas un ou plusieurs des formulaires".
      new RegExp(
        String.raw`\b(?:ne contient|ne comprend|ne renferme|n'inclut|ne comporte) pas (?:tous |toutes )?(?:les|l'une? (?:ou l'autre )?des|une? (?:ou plusieurs )?des|chacun des|chacune des)\b.{1,30}\b${DOCS}\b`,
      ),
      // The bid incomplete, however named (« une offre de services incomplète », "incomplete proposals").
      new RegExp(
        String.raw`\bsans (?:les|l'un des|l'une des|tous les|toutes les) ${DOCS} (?:requis|exiges?|demandes?)\b|\b${BIDS}(?: (?:de|du|des) [a-z]+)? incompletes?\b|\bincomplete ${BIDS}`,
      ),
      new RegExp(String.raw`\bnon accompagnee?s? (?:de|des|du|d')\b.{0,30}\b${DOCS}\b|\bne (?:fournit|remet|produit|joint|presente) pas\b.{1,30}\b${DOCS}\b`),
      /\b(?:missing (?:required )?(?:documents?|forms?)|required documents?\b.{1,30}\b(?:missing|not (?:provided|included|submitted))|fail(?:s|ure)? to (?:provide|submit|include) (?:a|any|all) required)\b/,
      // The failure named, the document after it in any order, as « défaut de fournir » above: "failure to provide any document required".
      // eslint-disable-next-line regexp/no-useless-non-capturing-group -- DOCS is one shared group, here one alternative among others
      new RegExp(String.raw`\bfail(?:s|ure)? to (?:provide|submit|include|enclose|attach|furnish|produce)\b.{1,30}\b(?:${DOCS}|forms?)\b`),
    ],
  },
  /** 7 par. 3°: a required signature of an authorised person missing. */
  missingSignature: {
    law: [{ citation: '7.3°', quote: "l'absence d'une signature requise d'une personne autorisée" }],
    templates: [
      { id: 'signature-missing', pattern: '{SIGN} … {ABSENT}', examples: { positive: ['a required signature of an authorized person is missing;'] } },
      {
        id: 'missing-signature',
        pattern: '{ABSENT} … {SIGN}',
        examples: { positive: ['celle où manque une signature requise d’une personne autorisée;'] },
      },
      {
        id: 'not-signed',
        pattern: '{NEG} … {SIGN} … {AUTHORISED}',
        examples: {
          positive: ['la soumission qui n’est pas signée par une personne autorisée;', 'une offre qui n’est pas signée par des représentants autorisés;'],
        },
      },
    ],
    headings: [],
    phrases: [
      /\b(?:absence|defaut|manque|omission)\b.{1,30}\b(?:signatures?|signer)\b/,
      // The document "ne porte pas la signature", "n'est pas revêtu de la signature", the bidder "omet de signer".
      /\b(?:ne (?:porte|comporte|contient|presente|affiche|renferme)|n'(?:affiche|inclut)) (?:pas|aucune) (?:(?:la|les|de|d'|une) ?)?(?:\w+ )?signatures?\b/,
      /\bn'(?:est|a) pas (?:ete )?(?:revetue?s?|munie?s?)\b.{1,20}\bsignatures?\b|\b(?:omet|a omis|neglige|oublie) de (?:la |le |les )?signer\b/,
      /\b(?:non|pas) signee?s?\b|\bnon-signee?s?\b|\bsans (?:la |les |une |aucune )?signatures?\b|\bn'(?:est|a) pas (?:ete )?(?:dument )?signee?s?\b/,
      /\bsignatures?\b.{1,60}\b(?:manquantes?|absentes?|omises?|fait defaut|font defaut|manque(?:nt)?)\b/,
      new RegExp(String.raw`\b(?:unsigned|not signed|missing signatures?|without ${DETERMINER_EN}?(?:required )?signature)\b`),
    ],
  },
  /** 7 par. 4°: an erasure or correction of the price that is not initialled. */
  uninitialledCorrection: {
    law: [{ citation: '7.4°', quote: 'une rature ou une correction apportée au prix soumis et non paraphée' }],
    // The ministries' wording puts the price's complement between the correction and its initials.
    templates: [
      // Not initialled said by « sans » as well: « sans parapher la correction », "without initialling it".
      {
        id: 'correction-not-initialled',
        pattern: '({ERASURE} | {CORRECTION}) … {PRICE} … (non | {NEG} | sans | without) … {INITIAL}',
        examples: {
          positive: [
            'une rature ou une correction apportée au prix soumis, le cas échéant, ou à tout autre renseignement du formulaire, et non paraphée;',
            'vous raturez ou corrigez un prix sans parapher la correction;',
            'an erasure or correction to a price made without initialling it;',
          ],
          negative: ['toute correction apportée au prix doit être paraphée par le signataire;'],
        },
      },
      {
        id: 'price-corrected-not-initialled',
        pattern: '{PRICE} … ({ERASURE} | {CORRECTION}) … ({NEG} | sans | without) … {INITIAL}',
        examples: {
          positive: [
            'a price has been erased or corrected without the correction being initialled;',
            'the unit price is altered and the change is not initialled by the signatory;',
            'un prix inscrit au bordereau est corrigé sans être paraphé;',
            'le prix unitaire est raturé ou corrigé sans paraphe;',
            'a tendered price corrected without the signatory’s initials;',
          ],
          negative: ['Prices corrected by the Board after the opening are initialled by the secretary.', 'le prix corrigé est paraphé par le signataire;'],
        },
      },
      {
        id: 'uninitialled',
        pattern: '(uninitialled | uninitialed) … ({ERASURE} | {CORRECTION}) … {PRICE}',
        examples: { positive: ['any uninitialled erasure or correction to the tendered price;'] },
      },
    ],
    headings: [],
    phrases: [
      // The price "raturé ou corrigé sans que la correction soit paraphée" as well as the nouns.
      /\b(?:corrections?|alterations?|modifications?|raturee?s?|corrigee?s?|surchargee?s?)\b.{1,80}\b(?:non (?:paraphee?s?|initialee?s?)|pas (?:ete )?(?:paraphee?s?|initialee?s?)|sans (?:etre )?(?:paraphee?s?|initialee?s?|les initiales)|sans que\b.{1,60}\b(?:paraphee?s?|initialee?s?))/,
      // Any tense or voice: "a correction that has not been initialled", "unless they are initialed".
      /\b(?:erasures?|corrections?|alterations?|changes?|overwrit\w*|crossed[- ]out)\b.{1,80}\b(?:(?:not|never) (?:been |be )?initiall?ed|uninitiall?ed|without (?:being |the |its )?initial|unless (?:(?:it|they) (?:is|are|has been|have been) )?initiall?ed)/,
    ],
  },
  /** 7 par. 5°: a conditional or restrictive bid. */
  conditionalBid: {
    law: [{ citation: '7.5°', quote: 'une soumission conditionnelle ou restrictive' }],
    templates: [
      {
        id: 'conditional-or-restrictive',
        pattern: '{CONDITIONAL} … {RESTRICTIVE} | {RESTRICTIVE} … {CONDITIONAL}',
        examples: { positive: ['it is conditional or restrictive;'] },
      },
      // The same said of the bid's terms, by nouns, whatever the verb: « vous y ajoutez une condition ou une
      // restriction », "the tenderer attaches conditions or qualifications to it".
      {
        id: 'condition-or-restriction',
        pattern: 'condition (=ou | =or) ({RESTRICTIVE} | réserve | reservation | qualification)',
        examples: {
          positive: [
            'vous y ajoutez une condition ou une restriction;',
            'le soumissionnaire assortit son offre de conditions ou de réserves;',
            'the tenderer attaches conditions or qualifications to its tender;',
          ],
          negative: ['les conditions et restrictions de la police d’assurance;', "les conditions d'admissibilité ou de conformité;"],
        },
      },
    ],
    headings: [],
    phrases: [
      /\b(?:soumissions?|offres?|propositions?) (?:conditionnelles?|restrictives?)\b|\b(?:conditionnelle|restrictive)s? ou (?:conditionnelle|restrictive)s?\b/,
      /\b(?:comporte|contient|assortie|fait l'objet) (?:de |d'|des )?(?:une |toute |quelque )?(?:conditions?|restrictions?|reserves?)\b/,
      // A bid that restricts or alters the documents' terms is a restrictive one.
      /\b(?:restreint|restreignent|restreignant|modifie ou restreint)\b.{1,60}\b(?:conditions|exigences|obligations|portee|documents d'appel d'offres)\b/,
      /\b(?:conditional|qualified|restrictive) (?:bids?|tenders?|offers?|proposals?|submissions?)\b/,
      // The pair as a predicate in a list of cases ("it is conditional or restrictive"); "conditional upon" alone is not it.
      new RegExp(
        String.raw`\b(?:conditional|restrictive|qualified) (?:or|and\/or) (?:conditional|restrictive|qualified)\b|\b(?:contains?|includes?|is subject to|subject to) ${DETERMINER_EN}?(?:conditions?|restrictions?|qualifications?) or (?:conditions?|restrictions?|reservations?)\b`,
      ),
    ],
  },
  /** 7 par. 6°: price and quality demonstration not presented separately (art. 16). */
  priceQualityTogether: {
    law: [{ citation: '7.6°', quote: 'le prix soumis et la démonstration de la qualité non présentés séparément' }],
    templates: [
      {
        id: 'price-not-separate-from-quality',
        pattern: '{PRICE} … {NEG}? … {SEPARATELY} … {QUALITY}',
        examples: {
          positive: [
            "toute soumission dont le prix n'est pas présenté séparément de la démonstration de la qualité;",
            "le prix n'est pas remis à part de l'offre de qualité;",
            'the price is not submitted apart from the quality demonstration;',
          ],
          negative: ['le prix est calculé à partir de la note pour la qualité;', 'le prix est établi en partie selon la qualité;'],
        },
      },
      {
        id: 'price-and-quality-not-separate',
        pattern: '{PRICE} … {QUALITY} … {NEG}? … {SEPARATELY}',
        examples: {
          positive: [
            'the price and the quality demonstration are not submitted separately;',
            'le prix et la démonstration de la qualité ne sont pas présentés à part;',
          ],
          negative: ['le prix et la note pour la qualité, à partir de laquelle le prix ajusté est calculé;'],
        },
      },
      {
        // The quality demonstration first, the price it is kept apart from after (« remise à part du prix »).
        id: 'quality-not-separate-from-price',
        pattern: '{QUALITY} … {NEG}? … {SEPARATELY} … {PRICE}',
        examples: {
          positive: [
            "la démonstration de la qualité n'est pas remise à part du prix;",
            "l'offre de qualité n'est pas présentée séparément de l'offre de prix;",
            'the quality demonstration is not submitted apart from the price;',
          ],
          negative: [
            "la démonstration de la qualité reçue de la part de l'entreprise, avant le prix;",
            'la note pour la qualité, à partir de laquelle le prix ajusté est calculé;',
          ],
        },
      },
      {
        // The quality demonstration named as the other offer or the rest of the bid (« offre de services »,
        // « proposition technique »): the price apart from it is art. 16's separation.
        id: 'price-not-separate-from-the-offer',
        pattern: '{PRICE} … {NEG}? … {SEPARATELY} … {BID}',
        examples: {
          positive: [
            "la soumission dont l'offre de prix n'est pas présentée séparément de l'offre de services;",
            'the pricing form is not submitted separately from the rest of the proposal;',
          ],
          negative: ['Les prix unitaires sont indiqués pour chacun des lots.'],
        },
      },
    ],
    headings: [],
    phrases: [
      /\bprix\b.{1,80}\bqualite\b.{1,60}\b(?:separement|separee?s?|distincte?s?|meme (?:enveloppe|document|fichier))\b/,
      /\bqualite\b.{1,80}\bprix\b.{1,60}\b(?:separement|separee?s?|distincte?s?|meme (?:enveloppe|document|fichier))\b/,
      new RegExp(
        String.raw`\b(?:prix|bordereau de prix|offre de prix)\b.{1,60}\b(?:dans|a l'interieur de) ${DETERMINER}?(?:enveloppe|offre|document|partie|section)\b.{1,40}\b(?:qualite|qualitative|technique|de services|no ?1|numero 1)\b`,
      ),
      /\bprice\b.{1,80}\bquality\b.{1,60}\bseparate(?:ly)?\b|\bquality\b.{1,80}\bprice\b.{1,60}\bseparate(?:ly)?\b/,
      // Two envelopes by their English names: "the Financial Proposal is not submitted in an envelope separate from the Technical Proposal".
      /\b(?:financial|price|pricing|cost) (?:proposal|offer|bid|envelope|form|schedule)\b.{1,80}\b(?:separate|distinct|same envelope)\b.{1,40}\b(?:technical|quality|qualitative|service) (?:proposal|offer|bid|envelope|demonstration)\b/,
      /\b(?:technical|quality|qualitative|service) (?:proposal|offer|bid|envelope|demonstration)\b.{1,80}\b(?:separate|distinct|same envelope)\b.{1,40}\b(?:financial|price|pricing|cost) (?:proposal|offer|bid|envelope|form|schedule)\b/,
      // Two envelopes: "l'offre de prix n'est pas présentée dans une enveloppe distincte de l'offre de services".
      /\b(?:offre|proposition|bordereau|soumission) de prix\b.{1,80}\b(?:distincte?s?|separee?s?)\b.{1,40}\b(?:offre|proposition|demonstration) (?:de services|technique|qualitative|de (?:la )?qualite)\b/,
      /\b(?:offre|proposition|demonstration) (?:de services|technique|qualitative|de (?:la )?qualite)\b.{1,80}\b(?:distincte?s?|separee?s?)\b.{1,40}\b(?:offre|proposition|bordereau|soumission) de prix\b/,
    ],
  },
  /** 7 par. 7°: any other conformity condition the documents designate as causing automatic rejection. */
  otherDesignatedCondition: {
    law: [{ citation: '7.7°', quote: 'le non-respect de toute autre condition de conformité indiquée dans les documents' }],
    // A document applies 7° by designating its own conditions, in the regulation's words (« indiquée … comme
    // entraînant le rejet automatique ») or others: « condition que le CAG désigne comme entraînant le rejet »,
    // "we designate this as a condition whose breach entails automatic rejection".
    templates: [
      {
        id: 'condition-designated-as-rejection',
        pattern:
          '(désigner | designate | indiquer | indicate | identifier | identify | marquer | mark) … (comme | as) …5 (entraîner | causer | emporter | motif | cause | entail | result | ground | grounds) …3 {REJECT}',
        examples: {
          positive: [
            'f) dont la garantie n’est pas conforme, cette condition étant désignée comme entraînant le rejet automatique.',
            'a rate is left blank in the price schedule (a requirement identified as causing automatic rejection).',
          ],
          negative: [
            'Toute soumission reçue après la date indiquée comme date limite de dépôt des soumissions est rejetée.',
            'The person designated as the contact for this tender may reject a question asked orally.',
          ],
        },
      },
      // Declared rather than designated, the consequence as a verb after it: « condition que le Ministère déclare
      // expressément entraîner le rejet automatique », « que les documents précisent qu'elle entraîne le rejet ».
      {
        id: 'condition-declared-rejection',
        pattern:
          '(déclarer | stipuler | préciser | prévoir | spécifier | declare | stipulate | specify | state) …4 (entraîner | causer | emporter | entail | cause | result) …3 ({REJECT} automatique | automatic {REJECT})',
        examples: {
          positive: [
            'f) le bordereau n’indique pas un taux horaire, condition que le Ministère déclare expressément entraîner le rejet automatique.',
            'toute exigence dont les documents précisent qu’elle entraîne le rejet automatique de la soumission;',
            'a requirement the University declares to entail automatic rejection of the bid.',
          ],
          negative: [
            'Le Ministère déclare que la visite des lieux n’entraîne aucun rejet automatique.',
            'The bidder declares that it has read the documents; the University may reject any question received late.',
          ],
        },
      },
    ],
    headings: [],
    phrases: [
      /\b(?:toute autre|tout autre|toutes autres|toutes les autres|de toute autre|d'une autre|d'une condition|autres?) (?:conditions?|exigences?|clauses?|motifs?|cas)\b.{1,120}\b(?:rejet|exclusion|disqualification|entrain|indiquee?s?|designee?s?|identifiee?s?|mentionnee?s?|prevue?s?)/,
      /\b(?:toute|une|les) (?:conditions?|exigences?|clauses?) (?:indiquee?s?|designee?s?|identifiee?s?|mentionnee?s?|signalee?s?|marquee?s?)\b.{1,80}\b(?:rejet|exclusion|disqualification|non-?conform)/,
      /\b(?:mention|marquee?s?|identifiee?s?|accompagnee?s?) (?:par |de |d')?(?:la mention |l'inscription |le symbole |l'expression )?"?(?:rejet|exclusion|disqualification) automatique/,
      // "toute exigence dont les documents précisent qu'elle entraîne le rejet automatique" (or « l'exclusion automatique »).
      /\b(?:toute|chaque) (?:condition|exigence|clause)\b.{1,80}\b(?:entraine|entrainant|entrainera|emporte|cause)\b.{1,20}\b(?:le rejet|l'exclusion|la disqualification) automatique\b/,
      /\bany other (?:\w+ )?(?:conditions?|requirements?)\b.{1,120}\b(?:automatic (?:rejection|exclusion|disqualification)|rejected|rejection|excluded|exclusion|disqualified|disqualification)\b/,
    ],
  },
  /** 7 al. 2: several bids by one provider reject all of them. */
  multipleBids: {
    weak: [
      {
        id: 'several-bids-named',
        pattern: '{SEVERAL} {BID} | {NEG} … {SEVERAL} {BID}',
        examples: { positive: ['Un prestataire ne peut présenter plusieurs soumissions.'] },
        lacks: {
          fr: 'il ne dit pas que toutes les soumissions de ce prestataire sont rejetées',
          en: 'it does not say that all of that provider’s bids are rejected',
        },
      },
    ],
    law: [{ citation: '7.al2', quote: 'le dépôt par un prestataire de services de plusieurs soumissions pour un même appel d’offres' }],
    // « plus d'une », "more than one", and the bids rejected named first (« toutes les soumissions d'un
    // prestataire qui en dépose plus d'une »).
    templates: [
      {
        id: 'several-bids',
        pattern: '{BIDDER} … ({SEVERAL} | plus (=un | =une)) … {BID}',
        examples: { positive: ['Submission by a tenderer of more than one tender for this call entails the rejection of all its tenders.'] },
      },
      {
        id: 'bidder-files-more',
        pattern: '{BIDDER} … {FILE} … ({SEVERAL} | plus (=un | =une))',
        examples: { positive: ["toutes les soumissions d'un prestataire qui en dépose plus d'une;"] },
      },
    ],
    headings: [],
    phrases: [
      // The number in words or in figures (« au moins 2 soumissions », "2 or more bids").
      /\b(?:plusieurs|deux ou plusieurs|multiples?|deux|2|au moins [2-9]) (?:soumissions|offres|propositions)\b|\bplus (?:d'une|qu'une) (?:soumission|offre|proposition)s?\b/,
      /\b(?:une seule|qu'une seule|qu'une) (?:soumission|offre|proposition)\b.{1,120}\b(?:toutes|l'ensemble)\b/,
      /\bmore than one (?:bid|tender|offer|proposal|submission)s?\b|\b(?:multiple|several|(?:two|2)(?: or more)?|at least (?:two|[2-9])) (?:bids|tenders|offers|proposals|submissions)\b/,
    ],
  },
  /** 7.1: abnormally low price. */
  abnormallyLowPrice: {
    law: [{ citation: '7.1', quote: 'si elle comporte un prix anormalement bas' }],
    templates: [
      {
        id: 'abnormally-low-price',
        pattern: '{PRICE} {ABNORMAL} {LOW} | {ABNORMAL} {LOW} {PRICE}',
        examples: { positive: ['A tender with an unusually low price is non-compliant and must be rejected.'] },
      },
    ],
    headings: [/\banormalement bas|\babnormally low\b/],
    phrases: [/\b(?:prix|soumissions?|offres?) anormalement bas(?:se)?s?\b|\banormalement bas\b|\babnormally low\b/],
  },
  /**
   * Rejection as the sanction of a requirement: « sous peine de rejet », « à défaut de quoi la soumission sera
   * rejetée », "failing which the bid will be rejected". A case is then stated as the requirement it breaks
   * (the requirements below; legal/rejection.ts), in the passage or in the sentence that introduces its list
   * (« Sous peine de rejet, la soumission doit : a) être reçue… »).
   */
  rejectionSanction: {
    headings: [],
    phrases: [
      new RegExp(String.raw`\bsous peine ${OF_DETERMINER}(?:rejet|nullite|irrecevabilite|disqualification|non-?conformite)\b`),
      /\b(?:a defaut de quoi|faute de quoi|a defaut|sinon|autrement|dans le cas contraire|a peine de)\b.{1,80}\b(?:rejet|rejetee?s?|ecartee?s?|refusee?s?|irrecevables?|disqualifiee?s?|non[- ]conformes?)\b/,
      // Only what meets the requirement is accepted: « Seules les soumissions reçues avant l'heure limite seront
      // considérées », "Only bids received before the closing time will be considered".
      /\b(?:seule?s?|uniquement)\b.{1,100}\b(?:sera|seront|est|sont) (?:acceptee?s?|consideree?s?|retenue?s?|ouvertes?|recevables?|examinee?s?|evaluee?s?|analysee?s?)\b|\bonly\b.{1,100}\b(?:will|shall) be (?:accepted|considered|opened|evaluated|examined)\b/,
      /\b(?:failing which|failing this|otherwise|or else|if not)\b.{1,60}\b(?:rejected|rejection|disqualified|non-?compliant)\b|\b(?:on pain|under penalty) of (?:rejection|disqualification)\b|\bor (?:it |they )?(?:will |shall )?be (?:rejected|disqualified)\b/,
      // The requirement as the condition of the bid's consideration: « Pour être considérée, la soumission doit être reçue
      // … », "The tender, to be considered, must be delivered …" (what does not meet it is not considered). English
      // after a clause's start only: "the factors to be considered" is no condition.
      /\b(?:pour |afin d')etre (?:consideree?s?|recevables?|acceptee?s?|valides?|jugee?s? (?:conformes?|recevables?))\b|(?:^|[,.;:] )(?:in order )?to be (?:considered|accepted|valid|deemed (?:compliant|conforming|responsive))\b/,
    ],
  },
  /**
   * The requirements listed before a passage, named as a whole: « l'une de ces conditions », « les exigences
   * ci-dessus », « les conditions du paragraphe (24) », "any of the above requirements". A passage after a list that
   * names them so and rejects the bid sanctions each of them (legal/rejection.ts); a passage about one requirement
   * names it, not them.
   */
  precedingRequirements: {
    headings: [],
    phrases: [
      /\b(?:ces|lesdites|desdites|ladite|these|those|said) (?:\w+ )?(?:conditions?|exigences?|obligations?|criteres?|prescriptions?|requirements?|criteria|criterion)\b/,
      /\b(?:conditions?|exigences?|obligations?|criteres?|prescriptions?)(?: [\w'-]+){0,3}? (?:ci[- ]dessus|plus haut|precedemment|precedentes?|qui precedent|susmentionnee?s?|susdites?)\b/,
      // Cited by the paragraph, article or section that lists them: « l'une des conditions du paragraphe (24) ».
      /\b(?:conditions?|exigences?|obligations?|criteres?|prescriptions?) (?:(?:enoncee?s?|prevue?s?|mentionnee?s?|indiquee?s?|decrite?s?|enumeree?s?|fixee?s?|precisee?s?|visee?s?) )?(?:du|de la|de l'|au|a la|a l'|aux|des|dans (?:le|la|l')) ?(?:presente? )?(?:paragraphes?|articles?|sections?|sous-sections?|alineas?|clauses?)\b/,
      /\b(?:above|above-mentioned|foregoing|preceding|aforementioned|aforesaid) (?:\w+ )?(?:conditions?|requirements?|obligations?|criteria|criterion)\b|\b(?:any|all|each|one|either|none) of the (?:above|foregoing|preceding)\b/,
      /\b(?:conditions?|requirements?|obligations?|criteria|criterion)(?: [\w-]+){0,3}? (?:above|hereinabove|in (?:this|the (?:preceding|previous|above)) (?:section|paragraph|article|clause)|(?:of|in|under) (?:section|paragraph|article|clause|subsection)s? \(?\d)/,
      LISTED_RANGE,
    ],
  },
  /**
   * The requirements that follow a passage, named as a whole: « les conditions suivantes », « les exigences ci-dessous »,
   * « les conditions de conformité qui suivent », "the following requirements", "the requirements listed below", or by
   * the marks of their list (« les conditions a) à f) »). A passage before their lists that names them so and rejects
   * the bid sanctions each of them (legal/rejection.ts).
   */
  followingRequirements: {
    headings: [],
    phrases: [
      /\b(?:conditions?|exigences?|obligations?|criteres?|prescriptions?|elements?)(?: [\w'-]+){0,3}? (?:suivante?s?|qui (?:suivent|sont enumeree?s? ci-dessous)|ci-dessous|ci-apres)\b/,
      /\b(?:the following|below-listed) (?:\w+ )?(?:conditions?|requirements?|criteria|items?)\b|\b(?:conditions?|requirements?|criteria|items?)(?: [\w-]+){0,3}? (?:below|hereunder|that follow)\b/,
      LISTED_RANGE,
    ],
  },
  /**
   * The requirements of the part of the document that holds a passage, named as a whole: « les conditions de la présente
   * rubrique », « chaque élément de la présente liste », « les exigences de cette section », "the requirements of this
   * section", "any item in this checklist". A passage that names them so and rejects the bid sanctions each requirement
   * of its section, before or after it (legal/rejection.ts).
   */
  sectionRequirements: {
    headings: [],
    phrases: [
      /\b(?:conditions?|exigences?|obligations?|criteres?|prescriptions?|elements?)(?: [\w'-]+){0,4}? (?:de la presente|du present|de cette|de ce) (?:section|sous-section|rubrique|liste|partie|article|chapitre|tableau)\b/,
      /\b(?:conditions?|requirements?|criteria|items?)(?: [\w-]+){0,3}? (?:of|in|under|on) this (?:section|subsection|part|list|checklist|article|heading|table)\b/,
    ],
  },
  /** 7 par. 1° as the requirement it breaks: bids received at the place and by the date and time set. */
  receivedInTime: {
    // What must arrive in time is the bid, as in the case itself (lateReceipt): its noun or a pronoun for it before the
    // verb, the body receiving it, the bid as the verb's object (« déposer sa soumission », « Réception de la soumission »),
    // or none where a list's entry opens with the verb, its subject the introduction's bid (« être reçue au plus tard … »).
    // A report, a deliverable or an attestation received late is no evidence of the case, even to confirm.
    templates: [
      {
        id: 'received-by-the-deadline',
        pattern: `${BID_BEFORE_VERB} ({RECEIVE} | {FILE}) … (tard | avant | before | =by | later | prior | {DEADLINE} | {PLACE})`,
        examples: {
          positive: [
            'Les soumissions doivent être reçues au plus tard le 3 mars 2027 à 14 h, sous peine de rejet.',
            "La soumission doit parvenir au Centre avant l'heure limite, à défaut de quoi elle sera rejetée.",
            'Bids must be received by the closing date and time, failing which they will be rejected.',
            "Toute soumission doit être déposée à l'adresse indiquée dans l'avis.",
          ],
          negative: [
            'Le contrat doit être signé dans les dix jours.',
            'Un rapport reçu après le délai de dix jours ouvrables donne lieu à une retenue.',
            "Le rapport remis après l'échéance n'est pas payé.",
            'An invoice received after the due date is paid the following month.',
          ],
        },
      },
      {
        id: 'bid-received-by-the-deadline',
        pattern: '({RECEIVE} | {FILE}) …3 {BID} … (tard | avant | before | =by | later | prior | {DEADLINE} | {PLACE})',
        examples: {
          positive: [
            'Le soumissionnaire doit déposer sa soumission au plus tard le 3 mars 2027 à 14 h, sous peine de rejet.',
            "Réception de la soumission à l'adresse indiquée, au plus tard à la date et à l'heure limites",
          ],
          negative: ['Le prestataire doit remettre son rapport au plus tard dix jours après la visite.'],
        },
      },
      {
        id: 'opening-received-by-the-deadline',
        pattern: '^ ({RECEIVE} | {FILE}) … (tard | avant | before | =by | later | prior | {DEADLINE} | {PLACE})',
        examples: {
          positive: ["être reçue à l'adresse indiquée au plus tard à la date et à l'heure limites;", 'be received by the closing date and time;'],
          negative: ['détenir une attestation remise avant la date limite;'],
        },
      },
    ],
    headings: [],
    phrases: [],
  },
  /** 7 par. 2° as the requirement it breaks: the bid holds every document required. */
  documentsEnclosed: {
    templates: [
      {
        id: 'bid-holds-documents',
        pattern: '{BID}? … (comprendre | contenir | comporter | renfermer | accompagner | {ENCLOSE} | contain | comprise) … {DOCUMENT}',
        examples: {
          positive: [
            'La soumission doit comprendre tous les documents exigés, sous peine de rejet.',
            'Each bid must include every required document or be rejected.',
          ],
          negative: ['La soumission doit être signée par une personne autorisée.'],
        },
      },
      {
        id: 'documents-enclosed',
        pattern: '{DOCUMENT} … ({ENCLOSE} | fournir | fourni | produire | remettre | provide | provided | submit | submitted | supply)',
        examples: {
          positive: ['Tous les documents requis doivent être joints à la soumission, faute de quoi celle-ci sera rejetée.'],
          negative: ['Le prix doit être présenté séparément.'],
        },
      },
      {
        // A noun phrase, as a checklist or a table's row states a requirement: the documents' presence, their production,
        // their submission or inclusion (English names the act by a noun as French does: « dépôt », « remise »; "submission"
        // with its « of », being the bid's name too), every one of them or those required right after it (not the documents
        // of the call, nor one document named).
        id: 'documents-present',
        pattern:
          '(présence | production | fourniture | {ENCLOSE} | {FILE} | presence | provision | inclusion | enclosure | submission =of) …0 ({ALL} | {REQUIRED}) {DOCUMENT} | (présence | production | fourniture | {ENCLOSE} | {FILE} | presence | provision | inclusion | enclosure | submission =of) …0 {DOCUMENT} {REQUIRED}',
        examples: {
          positive: [
            'Présence de chacun des documents exigés avec la soumission',
            'Production de tous les documents requis',
            'Remise de l’ensemble des pièces exigées à la section 4',
            'Presence of all the required documents',
            'Provision of every required document',
            'Submission of all required documents',
            'Inclusion of the documents required in section 4',
            'Enclosure of each required document',
          ],
          negative: [
            'Présence obligatoire à la visite des lieux',
            'Production d’une preuve d’assurance après l’adjudication',
            'Remise des documents d’appel d’offres par le SEAO',
            'Dépôt des soumissions : tous les documents d’appel d’offres sont publiés dans le SEAO',
            'Submission of tenders: all tender documents are posted on SEAO',
          ],
        },
      },
    ],
    headings: [],
    phrases: [],
  },
  /** 7 par. 3° as the requirement it breaks: the bid signed (by an authorised person). */
  signed: {
    templates: [
      {
        id: 'signed',
        pattern: '{SIGN}',
        examples: {
          positive: [
            'La soumission doit être signée par une personne autorisée, sous peine de rejet.',
            'The bid form must be signed by an authorised person, failing which the bid will be rejected.',
          ],
          negative: ['Les soumissions doivent être reçues au plus tard le 3 mars 2027 à 14 h.'],
        },
      },
    ],
    headings: [],
    phrases: [],
  },
  /** 7 par. 4° as the requirement it breaks: an erasure or correction of the price initialled. */
  correctionsInitialled: {
    templates: [
      {
        id: 'correction-initialled',
        pattern: '({ERASURE} | {CORRECTION}) … {INITIAL} | {INITIAL} … ({ERASURE} | {CORRECTION})',
        examples: {
          positive: [
            'Toute rature ou correction apportée au prix doit être paraphée, sous peine de rejet de la soumission.',
            'Any correction to a price must be initialled by the signatory, failing which the bid will be rejected.',
          ],
          negative: ['La soumission doit être signée par une personne autorisée.'],
        },
      },
    ],
    headings: [],
    phrases: [],
  },
  /** 7 par. 5° as the requirement it breaks: a bid without condition or restriction. */
  unconditional: {
    templates: [
      {
        // A condition with a restriction or reservation, or the adjectives: « ne satisfait pas à l'une de ces
        // conditions » is an admissibility condition, not the bid's.
        id: 'no-condition',
        pattern: '({NEG} | {NONE} | sans | without) … (condition (restriction | réserve | reservation | qualification) | {CONDITIONAL} | {RESTRICTIVE})',
        examples: {
          positive: [
            'La soumission ne doit comporter aucune condition ni restriction, sous peine de rejet.',
            'La soumission est présentée sans condition ni réserve, à défaut de quoi elle est rejetée.',
            'A bid must not contain any condition or restriction, failing which it will be rejected.',
          ],
          negative: [
            "Les conditions d'admissibilité sont énoncées à la section 2.",
            "Le prestataire qui ne satisfait pas à l'une de ces conditions est inadmissible et sa soumission n'est pas examinée.",
            'Toute soumission qui ne respecte pas l’une des conditions suivantes est rejetée.',
          ],
        },
      },
      {
        // A noun phrase, as a checklist or a table's row states it: the absence of any condition right before it, a bid
        // free of them (not the failure to meet a permit's conditions). Not « inconditionnel »: a bid bond is one too
        // (« cautionnement de soumission inconditionnel »).
        id: 'free-of-condition',
        pattern:
          '({ABSENT} | exempt | free) …0 condition (restriction | réserve | reservation | qualification) | ({ABSENT} | exempt | free) …0 ({ALL} | {NONE}) …0 condition (restriction | réserve | reservation | qualification)',
        examples: {
          positive: [
            'Absence de condition ou de restriction',
            'Absence of any condition or restriction',
            'Soumission exempte de toute condition ou réserve',
            'Tender free of conditions or qualifications',
          ],
          negative: [
            'Cautionnement de soumission inconditionnel',
            'Le défaut de respecter les conditions et restrictions du permis exigé',
            'Absence de conflit d’intérêts',
          ],
        },
      },
    ],
    headings: [],
    phrases: [],
  },
} satisfies Record<string, ItemRecogniser>;

/** The rejection cases art. 7 and 7.1 list, in the regulation's order. */
export const REJECTION_CASES = [
  'lateReceipt',
  'missingDocument',
  'missingSignature',
  'uninitialledCorrection',
  'conditionalBid',
  'priceQualityTogether',
  'otherDesignatedCondition',
  'multipleBids',
  'abnormallyLowPrice',
] as const;
export type RejectionCase = (typeof REJECTION_CASES)[number];

/** The requirement whose breach is a case: stated with rejection as its sanction, it states the case (legal/rejection.ts). */
export const BREACHED_REQUIREMENT = {
  lateReceipt: 'receivedInTime',
  missingDocument: 'documentsEnclosed',
  missingSignature: 'signed',
  uninitialledCorrection: 'correctionsInitialled',
  conditionalBid: 'unconditional',
} as const satisfies Partial<Record<RejectionCase, keyof typeof CONFORMITY_RECOGNISERS>>;

/**
 * The label of a flag whose own words name the rejection of the bid that fails the requirement it is set on, its yes/no
 * value deciding (« Éliminatoire : OUI », « Critère éliminatoire : ☒ », « Rejet automatique : oui », "Mandatory: Yes",
 * "Pass/Fail: Yes"): a field an ERP or a form writes, which no sentence need define (legal/rejection.ts). A
 * "mandatory" requirement is one a bid that fails it is rejected for, as North American calls use the word. Folded
 * for matching.
 */
export const REJECTION_FLAG_LABEL =
  /\beliminatoires?\b|\brejets? automatiques?\b|\bmotifs? de rejet\b|\bautomatic rejection\b|\beliminatory\b|\bdisqualifying\b|\bmandatory\b|\bpass ?\/ ?fail\b/;

/** A flag's value that answers yes or no, in words or by a box or a mark (lower case). */
export const FLAG_YES = /^(?:oui|yes|vrai|true|[x☒☑✓✔])$/u;
export const FLAG_NO = /^(?:non|no|faux|false|[☐✗✘])$/u;

/**
 * 7.1 makes the rejection of an abnormally low bid mandatory ("doit être rejetée"): wording that
 * only allows it ("pourra être rejetée", "se réserve le droit de la rejeter", « nous pourrons la rejeter », a modal before
 * the verb that brings it about: « peut entraîner le rejet », « est susceptible d'entraîner », "may result in rejection")
 * falls short.
 */
export const DISCRETIONARY_REJECTION =
  /\b(?:peut|peuvent|pourra|pourront|pourrait|pourraient|pouvant|pouvons|pourrons|pourrions) (?:aussi |egalement |alors )?(?:etre )?(?:rejetee?s?|ecartee?s?|refusee?s?|exclue?s?|disqualifiee?s?|declaree?s? non conformes?|jugee?s? non conformes?)\b|\b(?:(?:peut|peuvent|pourra|pourront|pourrait|pourraient|pouvant) (?:aussi |egalement |alors )?|susceptibles? d'|risquen?t? d')(?:entrainer|mener|conduire|donner lieu|occasionner|amener) (?:a |au |a la |a l')?(?:le |la |l'|un |une |son |sa )?(?:rejet|exclusion|disqualification)\b|\b(?:may|might|could|can) (?:also |then )?(?:result in|lead to|cause|give rise to|entail|trigger) (?:the |a |an |its )?(?:rejection|disqualification|exclusion)\b|\b(?:peut|pourra|pourrait|pouvons|pourrons|pourrions) (?:la |les |l')?(?:rejeter|ecarter|exclure|disqualifier)\b|\b(?:se reserve|nous reservons) (?:le droit|la faculte|la possibilite) de (?:la |les |l')?(?:rejeter|ecarter|refuser|exclure|disqualifier)\b|\b(?:may|might|could) (?:also )?be (?:rejected|excluded|disqualified|declared non-(?:compliant|responsive))\b|\bmay (?:reject|exclude|disqualify)\b|\breserves? the right to (?:reject|exclude|disqualify)\b/;

/**
 * A statement that a breach is no case of rejection: it is no cause of rejection (« n'est pas une cause de rejet
 * automatique », « ne sont pas des motifs de rejet », "is not grounds for rejection"), brings none (« n'entraîne pas le
 * rejet », « n'entraîne aucun rejet », "does not result in automatic rejection"), the bid is not rejected for it (« n'est pas
 * rejetée », "will not be rejected"), or the breach may be corrected (« peut être corrigée », « pourra être régularisée »,
 * "may be remedied"), the body may have it corrected (« le CISSS peut demander au soumissionnaire de les corriger », "the
 * Board may ask the bidder to correct it") or offers a delay to supply what lacks (« le Ministère invite le soumissionnaire à
 * apposer la signature manquante dans les deux jours ouvrables », « Pourra être invité à parapher, dans les quarante-huit
 * (48) heures, … »), it is a minor irregularity (« irrégularité mineure », "minor irregularity": one the body may have
 * corrected), or the bid is rejected only once it fails to correct it (« ne sera rejetée qu'à défaut de ce faire dans ce
 * délai », "will be rejected only if the bidder fails to initial it"); not where the correction is denied (« ne peut être
 * corrigée », « le Ministère ne peut demander de la corriger », "cannot be corrected", "is not a minor irregularity").
 */
export const REJECTION_DENIED =
  /\b(?:n'|ne )(?:est|sont|sera|seront|constitue|constituent|constituera|constitueront) (?:pas|aucunement|jamais) (?:en soi |automatiquement )?(?:une? |des |de )?(?:causes?|motifs?|raisons?|cas) (?:de |d')(?:rejet|exclusion|disqualification|non-?conformite)|\b(?:n'|ne )(?:entraine|entrainent|entrainera|entraineront|emporte|emportent|cause|causent|donne lieu|donnent lieu|donnera lieu|donneront lieu)(?: pas| aucunement| jamais)? (?:au |a |le |un |de |d'|a un |aucun |aucune )?(?:rejet|l'exclusion|exclusion|la disqualification|disqualification)|\b(?:n'|ne )(?:est|sont|sera|seront) (?:pas|aucunement|jamais) (?:pour autant |automatiquement |alors )?(?:rejetee?s?|ecartee?s?|disqualifiee?s?|eliminatoires?)|\bsans (?:entrainer|causer|emporter) (?:le |son |de |d')?(?:rejet|exclusion)|(?<!\bne )\b(?:peut|peuvent|pourra|pourront) (?:alors |toutefois |cependant |ensuite )?etre (?:corrigee?s?|regularisee?s?|rectifiee?s?)\b|\b(?:est|sont) (?:corrigibles?|regularisables?)\b|\bnot (?:an? |the )?(?:automatic )?(?:cause|grounds?|reason|basis) (?:for|of) (?:an? )?(?:automatic )?(?:rejection|disqualification)|\b(?:does|do|will|shall|would) not (?:result in|lead to|cause|give rise to|constitute|entail|trigger|warrant)(?: an?| the)?(?: automatic)? (?:rejection|disqualification)|\b(?:is|are|will|shall) not (?:be )?(?:automatically )?(?:rejected|disqualified)\b|\bwithout (?:causing|resulting in|leading to) (?:the |an? )?(?:automatic )?rejection|\b(?:may|can) (?:then |still )?be (?:corrected|remedied|rectified|regulari[sz]ed|cured)\b|(?<!\bn(?:e |')(?:(?:peut|peuvent|pourra|pourront|doit) )?)\b(?:invite|invitera|inviter|demande|demandera|demander|permet|permettra|permettre|accorde|accordera|accorder|laisse|laissera|donne|donnera)\b[^.;]{1,60}?\b(?:a|de|d'|pour) ?(?:(?:la|le|les) |l')?(?:(?:corriger|regulariser|rectifier|remedier)\b|(?:apposer|ajouter|fournir|produire|transmettre|completer|parapher|initialer|signer)\b[^.;]{1,80}?\b(?:jours?|heures?|delai)\b)|\bdelai (?:de |d')[^.;]{0,30}?\b(?:jours?|heures?)\b[^.;]{1,40}?\b(?:pour|afin de|afin d') ?(?:(?:la|le|les) |l')?(?:corriger|regulariser|rectifier|remedier|apposer|ajouter|fournir|produire|transmettre|completer|parapher|initialer|signer)\b|(?<!\bnot |\bnever |\bcannot |n't )\b(?:invites?|invited|asks?|asked|requests?|requested|allows?|allowed|permits?|permitted|gives?|given|grants?|granted|will (?:invite|ask|allow|give|grant|request|permit))\b[^.;]{1,60}?\bto (?:(?:correct|remedy|rectify|cure)\b|(?:add|supply|provide|submit|complete|initial|sign)\b[^.;]{1,80}?\b(?:days?|hours?|time limit|deadline)\b)|(?<!\b(?:pas|jamais|not|never)\b[^.;]{1,30})\b(?:irregularites? mineures?|minor irregularit(?:y|ies))\b|\b(?:n'|ne )(?:est|sont|sera|seront) (?:[a-z]+ ){0,2}?(?:rejetee?s?|ecartee?s?|exclue?s?|disqualifiee?s?)\b[^.;]{1,40}?\bqu'(?:a defaut (?:de |d')|apres (?:un |le )?delai\b)|\b(?:rejected only|only be rejected) (?:(?:if|where|when)\b[^.;]{1,40}?\bfails? to\b|failing\b|after (?:a|the) (?:delay|period|time limit)\b)/;

/**
 * The mandatory wording of a rejection: "doit être rejetée", "sera rejetée", "entraîne le rejet", or excluded, disqualified
 * (BID_EXCLUDED); in the active voice too, the body as its subject (« nous rejetons », « nous la rejetterons », "we reject", "the Board will reject").
 */
export const MANDATORY_REJECTION = new RegExp(
  String.raw`\b(?:doit|doivent|devra|devront|sera|seront|est|sont) (?:automatiquement |alors |obligatoirement )?(?:etre )?(?:rejetee?s?|ecartee?s?|exclue?s?|disqualifiee?s?)\b|\bentraine(?:ra)? (?:automatiquement )?(?:${DETERMINER}?rejet|${DETERMINER}(?:exclusion|disqualification))\b|\b(?:must|shall|will) (?:then )?be (?:rejected|excluded|disqualified)\b|\bis (?:rejected|excluded|disqualified)\b|\bnous (?:la |les |l')?(?:rejetons|rejetterons|rejeterons|ecartons|ecarterons)\b|\b(?:we|will|shall|must) (?:then |also |automatically )?(?:reject|disqualify)\b`,
);

/** The bid picked out of a provider's several: by its order or its price (« la dernière », « la plus basse », "the latest", "the lowest"). */
const CHOSEN_BID = String.raw`(?:la |sa |leur |votre |the |its |their |your )?(?:derniere|premiere|plus (?:basse|recente|ancienne|avantageuse)|moins chere|meilleure|last|latest|first|earliest|lowest|cheapest|best|most (?:recent|advantageous))`;
const SEVERAL_BIDS_EXCEPTION = String.raw`(?:sauf|excepte|hormis|a l'exception (?:de|d')|except(?: for)?|but|other than|save)`;
/**
 * Art. 7 al. 2: a consequence of several bids by one provider that keeps one of them instead of rejecting them all: the
 * body keeps one (« on garde seulement la dernière reçue », « seule la plus basse est considérée », « la dernière reçue
 * remplace les précédentes », « toutes sauf la dernière sont rejetées », "only the latest tender will be considered", "all
 * but the lowest are rejected"), or the provider chooses which (« le prestataire indique celle qui sera analysée », "the
 * bidder must designate which one"). Read in a passage that states the case (legal/rejection.ts); folded for matching.
 */
export const SEVERAL_BIDS_ONE_KEPT = new RegExp(
  [
    String.raw`\b(?:seule(?:ment)?|uniquement|que|only) ${CHOSEN_BID}\b`,
    String.raw`\b${SEVERAL_BIDS_EXCEPTION} ${CHOSEN_BID}\b`,
    String.raw`\b(?:garde\w*|conserv\w*|retient|retiendr\w*|retenons|consider\w*|analys\w*|evalu\w*|examin\w*|keeps?|kept|retains?|retained) ${CHOSEN_BID}\b`,
    String.raw`\b${CHOSEN_BID}(?: [\w-]+){0,4} (?:est|sera|seront|sont|is|are|will be|shall be) (?:retenue?s?|consideree?s?|analysee?s?|evaluee?s?|conservee?s?|gardee?s?|acceptee?s?|ouvertes?|kept|retained|considered|evaluated|accepted|opened)\b`,
    String.raw`\b${CHOSEN_BID}(?: [\w-]+){0,4} (?:remplace(?:ra)?|annule(?:ra)?|supersedes?|replaces?|cancels?)\b`,
    String.raw`\b(?:choisi\w*|designe\w*|indique\w*|precise\w*|chooses?|selects?|designates?|indicates?|specif(?:y|ies)) (?:celle|laquelle|which(?: one)?|the one)\b`,
  ].join('|'),
);
/** The rejection of all of a provider's bids (« toutes ses soumissions », « rejet de toutes », "all its tenders"), no exception after it. */
export const SEVERAL_BIDS_ALL_REJECTED = new RegExp(
  String.raw`(?:\b(?:toutes|l'ensemble|chacune)(?: (?:de|des|d'))?(?: (?:ses|les|leurs|vos|ces))? (?:soumissions|offres|propositions)|\brejet (?:de )?toutes|\ball (?:of )?(?:its |their |the |such |your |these )?(?:bids|tenders|proposals|submissions|offers)|\ball (?:of them|rejected)|\brejects? (?:them )?all)\b(?!,? ${SEVERAL_BIDS_EXCEPTION}\b)`,
);

/**
 * A case whose rejection waits for the bidder to fail a correction the body invites within a delay (« toute rature … qui
 * n'est pas paraphée et que le soumissionnaire, sur demande du Ministère, omet de faire parapher dans le délai que celui-ci
 * lui fixe », « à moins que le soumissionnaire ne la fasse parapher dans les deux jours », "and the bidder fails to initial
 * it within the time set", "unless the bidder corrects it within 48 hours"): the breach is made correctable, and art. 7's
 * case, rejected as it stands, is not stated. Folded for matching; read in a clause that names the case (legal/rejection.ts).
 */
export const REJECTED_AFTER_FAILED_CORRECTION =
  /\b(?:omet|omettent|omettra|omettront|neglige|negligent|negligera|negligeront|refuse|refusent|refusera|refuseront|(?:fait|font|fera|feront) defaut|a moins que|sauf si)\b[^.;]{1,100}?\bdans (?:le|les|un|une) (?:delai|\d{1,3} (?:jours?|heures?)|(?:[a-z]+ )?(?:\(\d{1,3}\) )?(?:jours?|heures?))\b|\b(?:fails?|failed|neglects?|neglected|refuses?|refused|omits?|omitted|unless)\b[^.;]{1,100}?\bwithin (?:the|a|an|\d{1,3}|[a-z]+(?: \(\d{1,3}\))?) (?:time|period|delay|deadline|days?|hours?|business days?|working days?)\b/;
