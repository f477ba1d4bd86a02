import { DOCUMENT_RECOGNISERS } from './recognisers/documents.js';
import { ADMISSIBILITY_RECOGNISERS } from './recognisers/admissibility.js';
import { CONFORMITY_RECOGNISERS } from './recognisers/conformity.js';
import { REFUSAL_RECOGNISERS } from './recognisers/refusal.js';
import { EVALUATION_RECOGNISERS } from './recognisers/evaluation.js';
import { DEADLINE_RECOGNISERS } from './recognisers/deadlines.js';
import { AWARD_RECOGNISERS } from './recognisers/award.js';
import {
  ASIDE,
  BIDDER_HANDS_IN,
  BIDS_DUE_FILED,
  NOT_A_REFERENCE_DATE,
  OPENING_NAMED,
  OPTION_TO_EXTEND,
  OPTION_TO_ORDER_MORE,
  SEALED_BIDS,
  UNSEALING,
} from './recognisers/shared.js';
import { compileItemTemplates, firstMatching, itemTemplatesFrom, type ItemTemplates, type TemplateSnapshot, type TemplateSources } from './templates.js';
import SNAPSHOT from '../../../data/templates.json' with { type: 'json' };
import { keyLemmasOf, tokenized, type TemplateIndex, type TokenizedText } from './lexicon/template.js';
import { literalCount, literalsIn, mayMatch, neededBy } from '../text/literals.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
const OF_DETERMINER = String.raw`(?:du |des |d'(?:une? )?|de ${DETERMINER}?)`;
const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/**
 * How each item a tender must state is recognised in prose. Patterns run on text folded by
 * normalizeForMatching (lower case, no accents, straight apostrophes, single spaces), so they are
 * written without accents or capitals. They cover the government's model documents, real SEAO
 * notices and the product's own clauses (French and English); every gap is bounded so no pattern
 * can backtrack super-linearly.
 */
export interface ItemRecogniser extends TemplateSources {
  /** A heading that names the item counts as the item being present. */
  headings: readonly RegExp[];
  /** A paragraph, list item or table row whose wording expresses the item. */
  phrases: readonly RegExp[];
  /**
   * The item is whether something applies: a field saying it does not (« Accords de libéralisation | Non applicable »)
   * states it, where a field with no value of another item (« Lieu d'ouverture | Non applicable ») states nothing (find.ts).
   */
  statedNotApplicable?: true;
  /**
   * Wordings that use the item's words to say something else (« Seuls les documents obtenus par le SEAO font foi » says
   * which copy prevails, not how the documents are obtained), each with the `g` flag: a passage is read without them, so
   * that they are no evidence of the item, strong or weak, where the rest of the passage still may be.
   */
  otherStatements?: readonly RegExp[];
}

/** The BID notion's nouns (vocabulary.ts) but « pli », as shared.ts's BIDS: a constant of this module, so that the static check reads its patterns. */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;
/**
 * The bidder by its names, in either number: the BIDDER notion's French words (vocabulary.ts), as in every recogniser
 * module (a constant of each, so that the static check reads its patterns).
 */
const BIDDERS = String.raw`(?:soumissionnaires?|prestataires?(?: de services)?|fournisseurs?(?: de services)?|firmes?|entreprises?|proposants?)`;
const SEAO = String.raw`(?:seao|se@o|s\.e\.a\.o\.?|systeme electronique d'appel d'offres|electronic tendering system)`;

/**
 * A bid chosen, the lowest, none or either of the bids (« ni la plus basse », « aucune des soumissions », « l'une ou l'autre
 * des offres », "the lowest", "any of the bids"), in a template, right after the verb that accepts it.
 */
const A_BID_CHOSEN = '({NEG}? plus? {LOW} | {NEG}? {BID} plus? {LOW} | {NEG}? {NONE} {BID} | {NEG}? autre {BID})';

/**
 * The informal register's verbs of accepting a bid, « prendre », « garder » (« on ne s'engage pas à prendre la plus basse »),
 * in a template: they say so only with the bid chosen right after them. Not words of the ACCEPT notion: « prendre
 * connaissance des soumissions », « prendre en charge aucun frais », « garder les soumissions reçues » accept nothing.
 */
const TAKE_A_BID = `(prendre | garder) …0 ${A_BID_CHOSEN}`;

/** Where bids are received, named without the word "soumissions": "Lieu de réception :", "Adresse de dépôt". */
const RECEIPT_PLACE = new RegExp(
  String.raw`\b(?:lieu|endroit|adresse) ${OF_DETERMINER}(?:reception|depot|remise)\b(?! (?:des|du|de la) (?:marchandises|biens|livraisons|materiel|equipements))|\b(?:place|address) (?:of|for) (?:receipt|submission)\b`,
);

/**
 * SEAO, or the electronic way, as the place of receipt or opening (bids may be sent, received and opened there), but
 * not where something is made public (the opening's result, addenda, the notice): « le résultat est diffusé dans le
 * SEAO », « publiés sur le site du SEAO », "posted on SEAO", « Résultats → SEAO » name no place of the bids. `sameMention`: what ends a later
 * word of the same mention, read with its first (the acronym after the system's full name).
 */
function notWherePublished(channel: string, sameMention?: string): RegExp {
  // The opening's results pointed to the channel by an arrow (« Résultats de l'ouverture → SEAO », read « entraine »: normalize.ts).
  const published = String.raw`(?:diffusee?s?|publiee?s?|affichee?s?|mise?s? en ligne|disponibles?|diffusion|publication|affichage|posted|published|available|released|posting|(?:resultats?|results)(?: de l'ouverture| of (?:the )?opening)? (?:entraine|results in))`;
  const through = String.raw`(?:(?:dans|sur|par|via|en|au|a|par l'intermediaire du|par l'entremise du|on|in|through|at|to) )?(?:(?:le|la|les|l'|the) ?)?`;
  const site = String.raw`(?:(?:site(?: web| internet)?|website|plateforme|platform|portail|portal) (?:du |de |of the |of )?)?`;
  return new RegExp(
    String.raw`(?:${channel})(?<!\b${published} (?:[a-z]+(?:ment|ly) )?${through}${site}(?:${channel})${sameMention ? `|${sameMention}` : ''})`,
  );
}

/** A way of getting the documents, by the bidder or given by the body (the seaoOnly item's phrases). */
const GET_DOCUMENTS = String.raw`(?:obten\w*|obtien\w*|procur\w*|telecharg\w*|disponibles?|offerts?|distribuee?s?|obtain\w*|download\w*|available|offered|distributed)`;
/** Every other way denied: « d'aucune autre façon », « par aucun autre moyen », « nulle part ailleurs », "in no other way", "nowhere else". */
const NO_OTHER_WAY = String.raw`(?:\bd'aucune autre (?:facon|maniere|source)\b|\bpar aucun autre (?:moyen|canal|mode|endroit)\b|\bnulle part ailleurs\b|\bnowhere else\b|\b(?:in|by|through|from) no other (?:way|means|channel|source)\b)`;

/** Where a sentence or a clause starts: the text's start, or after a stop, a semicolon or a colon. */
const SENTENCE_START = String.raw`(?:^|(?<=[.;:!?] ))`;
/**
 * A subject other than the tender documents, as a sentence opens with it: the addenda, the opening's results, the answers to
 * the questions, the notice itself, with their article or quantifier.
 */
const OTHER_THAN_DOCUMENTS = String.raw`(?:(?:tout|toute|tous|toutes|les|le|la|chaque|un|une|any|all|each|the|an?) |l')?(?:addendas?|addendums?|resultats?|results?|reponses?|answers?|avis|notices?)\b`;
/** The tender documents named (« documents », « devis », « cahier des charges », "specifications"). */
const DOCUMENTS_NAMED = String.raw`(?:documents?|devis|cahiers? des charges|dossiers? d'appel d'offres|specifications)`;

/** SEAO's acronym after its full name (« … d'appel d'offres (SEAO) »): the same mention as the name. */
const SEAO_ACRONYM_AFTER_NAME = String.raw`\b(?:systeme electronique d'appel d'offres(?: du gouvernement du quebec)?|electronic tendering system) \(seao`;

/**
 * Not a place (a territory, a province, a state, a country) that the words after qualify (« territoire visé par un accord »,
 * "province covered by an agreement"), a few words before them in the same clause.
 */
/**
 * Not the complement of an event or a deadline (« séance d'information », « date limite pour les questions », "deadline for
 * questions"): what it names is when something happens.
 */
const NOT_AN_EVENTS_COMPLEMENT = String.raw`(?<!\b(?:seances?|sessions?|rencontres?|reunions?|periodes?|dates?(?: limites?)?|delais?|deadlines?|limites?|fin) (?:d'|de |des |pour (?:les |des )?|aux |for (?:the )?|of )?)`;
const NOT_A_PLACE_QUALIFIED = String.raw`(?<!\b(?:territoires?|provinces?|pays|etats?|territor(?:y|ies)|states?|countr(?:y|ies))\b[^.;:,]{1,30})`;

/**
 * Not followed, in the same clause, by a reference to the part of the documents that gives it: the notice (« … prévus à
 * l'avis », "… set out in the notice"), an article, a section or an annex by its number (« … indiqués à l'art. 1 », « … prévu
 * à la section 2.3 », "… specified in Section 1"), or the text before or after (« … mentionné ci-dessus », "… stated above").
 * A place with its number in between (« à la salle 200, à la date prévue à l'avis ») is named, whatever the rest refers to.
 */
const NOT_THE_NOTICES = String.raw`(?![^.;\d]{0,40}\b(?:(?:prevu|indique|mentionne|fixe|precise|donne|stipule|designe|enonce)e?s? (?:(?:a|dans|par|au|en) (?:l'|le present |cet |la |le )?(?:avis|art|article|section|sous-section|clause|paragraphe|rubrique|point|partie|annexe|encadre)|ci-dessus|ci-dessous|plus haut|precedemment)|(?:set out|specified|stated|indicated|given|designated|provided) (?:in (?:the (?:tender |call for tenders )?notice|section|article|clause|paragraph|part|schedule|appendix)|above|below|earlier))\b)`;

export const PLACEHOLDER = /\[(?:a completer|to complete) ?: ([^\]]{0,80})\]/;

export const RECOGNISERS = {
  notice: {
    headings: [
      /^(?:[\divx]+[.)-]?\s*)?avis\b/,
      /\bavis (?:d'appel d'offres|public)\b/,
      // Behind a part's number: "Section A — Avis aux soumissionnaires", "Partie 1 : Avis aux prestataires".
      new RegExp(String.raw`\bavis aux ${BIDDERS}\b`),
      // English names the kind before « notice », as French after « avis »: "Public notice", "Tender notice".
      /^(?:[\d.]+\s*)?(?:(?:call for tenders|public|tender) )?notice\b/,
    ],
    phrases: [],
  },
  publicBodyName: {
    law: [{ citation: '4.1°', quote: "le nom de l'organisme public" }],
    headings: [/\b(?:nom de l'organisme|organisme public|donneur d'ouvrage|organisme (?:contractant|acheteur|responsable)|public body)\b/],
    phrases: [
      /\b(?:organisme public|donneur d'ouvrage|organisme contractant|public body)\s?:/,
      /\b(?:ministere|secretariat|commission|societe|office|regie|agence|institut|bureau|autorite|curateur|tribunal|musee|conseil|directeur|protecteur|fonds|centre (?:integre|de services scolaire|hospitalier|de sante|de recherche))(?: \w+){0,3} (?:de|des|du|d'|de la|de l')\s?\w/,
      // English names too: the anglophone school boards and service centres, McGill, Concordia and Bishop's.
      /\b(?:cisss|ciusss|cegep|college|universite|university|ecole nationale|centre de services scolaire|commission scolaire|school (?:board|service cent(?:re|er))|health and social services cent(?:re|er))\b/,
      /\b(?:sante|hydro|loto|investissement|retraite|revenu|emploi|transports|infrastructures|services) ?-?quebec\b/,
      /\bministry of\b|\bministere\s?\(|\bsecretariat du conseil du tresor\b/,
    ],
  },
  servicesDescription: {
    law: [{ citation: '4.2°', quote: 'la description sommaire des services requis' }],
    headings: [/\b(?:description|objet|nature du (?:mandat|contrat)|mandat|services requis|besoins?|portee|etendue des services|scope|services required)\b/],
    phrases: [
      /\b(?:a pour (?:objet|but)|vise a obtenir|vise l'obtention|l'objet (?:du present|de l'|de cet)|consiste (?:a|en)|comprend notamment|porte sur)\b/,
      // A request for bids describes the services only when it says for what: « demande des soumissions pour
      // l'entretien… », not « demande des soumissions dans le cadre du dossier mentionné ci-dessus ».
      /\b(?:sollicite|demande|recherche|requiert) (?:des|les) (?:soumissions|propositions|offres)\b.{1,40}\b(?:pour|relatives? a|en vue de|afin de|concernant|visant|portant sur|a des (?:firmes|entreprises|prestataires)) (?!le present|la presente|cet appel|l'appel|le dossier)\w/,
      /\b(?:sollicite|demande|recherche|requiert) (?:des|les) services\b/,
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- BIDDERS is one shared group, here one alternative among others
        String.raw`\binvite ${DETERMINER}?(?:${BIDDERS}|personnes)\b.{1,80}\b(?:pour|relatives? a|en vue de|afin de|concernant|visant|portant sur) (?!le present|la presente|cet appel|l'appel|le dossier)\w`,
      ),
      /\b(?:le mandat|le contrat|les services (?:requis|demandes|vises)|les travaux)\b.{1,40}\b(?:consiste|comprend|vise|porte|concerne|inclut)/,
      /\bdescription (?:sommaire )?des (?:services|besoins|travaux)\b/,
      /\b(?:summary description|seeks bids|invites bids|the services (?:required|consist))\b/,
      // A request for bids in English, as in French above only when it says for what: "is seeking tenders for snow removal".
      /\b(?:seeks|is seeking|invites|is inviting|requests|is requesting|solicits|is soliciting) (?:sealed )?(?:bids|tenders|proposals|submissions)\b.{1,40}?\b(?:for|relating to|regarding|concerning) (?!this call|the present|the above|the project referred)\w/,
    ],
  },
  optionsDescription: {
    // The contract renewable for a period, however far the verb stands from it (« Le contrat, d’une durée de
    // vingt-quatre (24) mois, peut être renouvelé une fois pour une période additionnelle »).
    templates: [
      {
        id: 'contract-may-be-extended',
        pattern: '{CONTRACT} … {MAY} … {EXTEND} … {PERIOD}',
        examples: {
          positive: ['Le contrat, d’une durée de vingt-quatre (24) mois, peut être renouvelé une fois pour une période additionnelle de douze mois.'],
        },
      },
      OPTION_TO_ORDER_MORE,
    ],
    law: [{ citation: '4.2.1°', quote: 'la description sommaire des options' }],
    headings: [/\boptions?\b/, /\brenouvellements?\b/],
    phrases: [
      /\boptions?(?:\(s\))? (?:de |d')(?:renouvellement|prolongation|services supplementaires)\b/,
      // A count of renewals, whatever the noun's gender (« un renouvellement », « une prolongation ») or language
      // ("one 12-month renewal", "two extensions").
      /\b(?:\d+|une?|deux|trois|quatre|cinq) (?:\(\d\) )?(?:periodes? (?:de |d')|options? (?:de )?)?(?:renouvellement|prolongation|reconduction)s?\b/,
      /\b(?:one|two|three|four|five) (?:\(\d\) )?(?:(?:\d+|one|two|three)[- ](?:month|year) |(?:additional|optional) )?(?:renewal|extension)s?\b/,
      /\brenouvelable\b|\bservices supplementaires\b|\brenewal options?\b|\badditional services\b/,
      OPTION_TO_EXTEND,
    ],
  },
  bidSecurity: {
    law: [{ citation: '4.3°', quote: 'garantie de soumission' }],
    headings: [/\bgarantie de soumission\b|\b(?:bid|tender) (?:security|bond)\b/],
    phrases: [/\bgarantie (?:de|d'execution de|financiere de) soumission\b|\bcautionnement de soumission\b|\b(?:bid|tender) (?:security|bond)\b/],
  },
  bidSecurityNotRequired: {
    headings: [],
    phrases: [
      /\b(?:aucune|pas de|sans) garantie\b/,
      /\bgarantie de soumission\b.{1,60}\b(?:n'est pas|non|n'est) (?:exigee|requise|demandee|obligatoire)\b/,
      // Exempt from it: « est dispensé de fournir une garantie de soumission », "is exempt from providing a bid bond".
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- DETERMINER is one shared group, here one alternative among others
        String.raw`\b(?:dispensee?s?|exemptee?s?) (?:de |d')(?:fournir |deposer |presenter |joindre |remettre )?(?:de |${DETERMINER})?garantie\b|\bexempt(?:ed)? from (?:providing |submitting |furnishing )?${DETERMINER_EN}?(?:bid|tender|proposal) (?:security|bond|guarantee|deposit)\b`,
      ),
      // The obligation denied before the noun: « n'a pas à fournir de garantie », « n'est pas tenu de déposer une
      // garantie », « Il n'est pas requis de garantie de soumission »; said to the bidder (« vous n'avez pas à fournir »).
      /\b(?:n'(?:a|ont|aura|auront|est|sont|sera|seront|avez|aurez|etes|serez)|ne (?:sont|seront|doit|doivent|devra|devront|devez|devrez)) (?:pas|nullement|aucunement) (?:a |tenue?s? (?:de |d')|obligee?s? (?:de |d')|requise?s? (?:de |d'))?(?:fournir |deposer |presenter |joindre |remettre |produire |soumettre )?(?:de |d'|une |la |aucune )?garantie\b|\bn'est (?:pas|nullement) (?:exigee?|requise?|demandee?|necessaire|obligatoire) (?:de (?:fournir |deposer |joindre |presenter )?)?(?:de |d'|une |la )?garantie\b/,
      /\bgarantie de soumission\b.{0,30}:\s?(?:aucune|non|sans objet|ne s'applique pas)\b/,
      // The security named, then taken up by a pronoun in the denial: « Garantie de soumission : on n'en demande pas », « nous
      // n'en exigeons aucune », « il n'en est pas exigé », « vous n'avez pas à en fournir »; "Bid security: we do not require one".
      /\bgarantie\b.{1,60}?\b(?:n'en (?:(?:est|sera) (?:pas|nullement|aucunement) (?:exigee?|demandee?|requise?)|(?:demand|exig|requier|requer|veu|faut)[a-z]* (?:pas|aucune|nullement|aucunement|point))|(?:pas|nullement) (?:a |besoin d'|tenue?s? d')en (?:fournir|deposer|presenter|joindre|remettre|produire))\b/,
      /\b(?:bid|tender|proposal) (?:security|bond|guarantee|deposit)\b.{1,60}?\b(?:(?:do|does|will|shall) not|don't|doesn't|won't) (?:require|request|ask for|need) (?:one|any|it)\b/,
      // The same field in English: "Tender security: None required", "Bid bond: not applicable".
      /\b(?:bid|tender|proposal|submission) (?:security|bond|guarantee|deposit)\b.{0,30}:\s?(?:none|no|nil|not (?:required|applicable|requested)|n\/a)\b/,
      /\bno bid (?:security|bond)\b|\bbid security\b.{1,40}\bnot required\b/,
      // "Tenderers are not required to provide a bid bond", "No tender security is required", "A bid bond is not required".
      /\bnot (?:be )?(?:required|requested|asked) to (?:provide|submit|furnish|include|post|deposit)\b.{1,40}\b(?:bid|tender|proposal) (?:security|bond|guarantee|deposit)\b|\bno (?:bid|tender|proposal) (?:security|bond|guarantee|deposit)\b|\b(?:bid|tender|proposal) (?:security|bond|guarantee|deposit) (?:is|will be) (?:not|neither) (?:required|requested|necessary|mandatory)\b/,
    ],
  },
  bidSecurityNature: {
    headings: [],
    phrases: [
      /\b(?:cautionnement|cheque (?:vise|certifie)|traite bancaire|mandat (?:poste|bancaire)|lettre de (?:garantie|credit)|garantie (?:bancaire|irrevocable)|bond|certified cheque|letter of credit)\b/,
      /\[(?:a completer|to complete) ?: nature\b/,
    ],
  },
  amount: {
    headings: [],
    phrases: [/\d[\d ]{0,20}(?:[,.]\d+)? ?(?:\$|%|dollars\b|pour ?cent\b)/, /\$ ?\d/, /\[(?:a completer|to complete) ?: (?:montant|amount)\b/],
  },
  intergovernmentalAgreements: {
    statedNotApplicable: true,
    law: [{ citation: '4.4°', quote: "l'applicabilité ou non d'un accord intergouvernemental" }],
    headings: [/\baccords?\b.{1,40}\b(?:intergouvernementa|liberalisation|commerce|marches publics)|\b(?:intergovernmental|trade) agreements?\b/],
    // An agreement that qualifies a place (« une province ou un territoire visé par un accord intergouvernemental », the
    // establishment's condition of art. 6 par. 2°; "a territory covered by an agreement") says where a bidder may be
    // established, not whether an agreement applies to the call: a notice silent on the agreements is not saved by it.
    phrases: [
      new RegExp(
        String.raw`${NOT_A_PLACE_QUALIFIED}\baccords? (?:intergouvernementa\w*|de liberalisation|de (?:libre-echange|commerce)|commerciaux|sur les marches publics|de cooperation)\b`,
      ),
      /\b(?:accqo|aqnb|aci|alec|aecg|amp|accnb|aqo|omc|cfta|ceta|wto-gpa)\b/,
      new RegExp(String.raw`${NOT_A_PLACE_QUALIFIED}\b(?:non )?(?:assujetti|soumis|vise|couvert)e?s? (?:a|par) (?:aucun|un|l'|les|des) accords?\b`),
      new RegExp(String.raw`${NOT_A_PLACE_QUALIFIED}\b(?:subject to|covered by)\b.{1,40}\bagreements?\b`),
    ],
  },
  information: {
    law: [{ citation: '4.5°', quote: "l'endroit où obtenir des renseignements" }],
    headings: [
      // The verb too, a plain-language call's heading to the bidder (« Où vous renseigner », « Pour se renseigner »).
      // Not as the complement of an event or a deadline (« Séance d'information », « Date limite pour les questions »,
      // "Information session", "Deadline for questions"): a heading of when something happens, not of whom to ask.
      new RegExp(
        String.raw`${NOT_AN_EVENTS_COMPLEMENT}\b(?:renseignements|renseigner|informations?|personnes?[- ]ressources?|responsable de l'appel d'offres|coordonnees|nous joindre|communications?|questions|contact)\b(?! (?:sessions?|meetings?|deadlines?|periods?|visits?)\b)`,
      ),
      // The asking named by its verb before what is asked, in either number, as a question heads its answer (« À qui
      // adresser une question? », « Où obtenir un renseignement? », "Where do I send a question?").
      /\b(?:adresser|poser|envoyer|transmettre|soumettre|obtenir|demander) (?:une?|des|vos|les|ses|toute?s?|d'autres) (?:questions?|renseignements?|informations?|precisions)\b/,
      /\b(?:ask|send|submit|direct|address|obtain|get)(?:s|ed|ing)? (?:an? |any |my |your |our |their |further |more |additional )?(?:questions?|inquir(?:y|ies)|information)\b/,
    ],
    phrases: [
      // The verbs by their stems: any person and mood (« contactez », « écrivez à »), after what is asked about.
      // What is asked and the verb may have an aside between them (ASIDE: « tout renseignement — qu'il porte sur la
      // procédure ou sur les services — devra être demandé par écrit à »).
      new RegExp(
        String.raw`\b(?:renseignements?|renseigner|informations?|questions?|precisions)\b${ASIDE}?.{0,80}\b(?:adress|communiqu|contact|joindre|courriel|telephone|aupres|transmi|achemin|ecri|@)`,
      ),
      // The contact named before what is asked of it: « Mme Annie Tremblay (annie.tremblay@…) est la seule personne autorisée
      // à répondre aux questions ».
      /(?:@|\b(?:courriel|telephone|m|mme|monsieur|madame)\b).{1,100}\b(?:repond\w*|fourni\w*|donne\w*|transmet\w*|recevoir|recoit|recevra|answer\w*|respond\w*)\b.{1,20}\b(?:renseignements?|informations?|questions?|precisions|inquir(?:y|ies))\b/,
      // Or what is asked of it in the passive voice: "Ms. Rebecca Doyle, at procurement@… Questions are answered in writing".
      /(?:@|\b(?:courriel|telephone|m|mme|monsieur|madame)\b).{1,100}\b(?:renseignements?|informations?|questions?|precisions|inquir(?:y|ies)) (?:are|is|will be|sont|seront) (?:answered|responded to|repondue?s?|traitee?s?)\b/,
      // The contact person named, reached or pointed to where the text names it (« Personne-ressource : M. X », « la
      // personne-ressource nommée à la section I », « … de l'art. 1 »): « auprès de la personne-ressource » alone names no
      // one, nor a client's « personne-ressource » in a list of references.
      /\b(?:personnes?|responsables?)[- ]ressources?\b(?: ?:|.{0,60}(?:@|\b(?:m|mme|monsieur|madame|courriel|telephone|tel)\b|\b\d{3}[ .-]\d{4}\b|\b(?:nommee?s?|indiquee?s?|designee?s?|mentionnee?s?|identifiee?s?|ci-dessus|ci-dessous|ci-apres|art|articles?|sections?|rubriques?|points?|clauses?)\b))/,
      // An instruction to the reader, infinitive or imperative (« communiquer avec », « communiquez avec »); the
      // third person describes the work (« le prestataire communique avec le chargé de projet »).
      /\b(?:s'adresser|adressez-vous|communiquer|communiquez|contacter|contactez|joindre) (?:a|avec|aupres|par)\b/,
      // "Communications — … Mme X, contrats@…": a person, an e-mail or a phone (a project's communications plan names none).
      /^communications? ?(?::| - ).{0,120}(?:@|\b(?:m|mme|monsieur|madame)\b|\b\d{3}[ .-]\d{4}\b)/,
      // Bidders told whom to deal with: "les soumissionnaires communiquent uniquement avec Mme X" (a person or an
      // address, not "avec la direction de chaque école" in the description of the work).
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- BIDDERS is one shared group, here one alternative among others
        String.raw`\b(?:${BIDDERS}|personnes interessees)\b.{1,40}\b(?:communiquent|s'adressent|ecrivent|communiqueront|s'adresseront)(?: (?:uniquement|exclusivement|seulement|directement|par ecrit))? (?:avec|a|aupres (?:de|du))\b.{0,40}(?:\b(?:m|mme|monsieur|madame|me)\b|\bresponsable de l'appel d'offres\b|\bpersonne(?:-ressource| designee| responsable)\b|\bagente? (?:de|d')|@)`,
      ),
      // As in French above, the verbs of sending a question ("Questions must be directed in writing to…"), or the person
      // it goes to ("Enquiries must be made in writing to Mr. X, …, at x@…"). « enquiry » is folded to "inquiry".
      new RegExp(
        String.raw`\b(?:information|questions?|inquir(?:y|ies))\b${ASIDE}?.{0,60}\b(?:contact|address|e-mail|email|@|(?:directed|sent|forwarded|submitted|referred|made|put) (?:in writing |by e-?mail )?to|to (?:mr|mrs|ms|miss)\b)`,
      ),
      // Whom the information is obtained from, named after the verb however long its title (« Des renseignements peuvent
      // être obtenus de la responsable du processus, Mme X, au 418 … », "Information is available from the procurement
      // officer, Mr. X, at …"): a person, an e-mail or a phone after it.
      /\b(?:renseignements?|informations?|precisions)\b.{1,40}\b(?:obtenue?s?|disponibles?) (?:de|du|des|aupres)\b.{0,120}(?:@|\b(?:m|mme|monsieur|madame|me)\b|\b\d{3}[ .-]\d{4}\b)/,
      /\b(?:information|inquir(?:y|ies))\b.{1,40}\b(?:obtained|available|requested) from\b.{0,120}(?:@|\b(?:mr|mrs|ms|miss)\b|\b\d{3}[ .-]\d{4}\b)/,
      // A notice field labelled by the role of the person to reach, with a phone or an e-mail: « Responsable | Mme X, agente
      // d'approvisionnement — 819 555-0148 », « Répondante : … », « Chargé de dossier : … », "Procurement officer: …", "Contact
      // person: …" (SEAO's « Responsable » field; the contact is where the information is obtained).
      /^(?:responsable|personne[- ]ressource|repondante?|chargee? (?:de dossier|du dossier|de l'appel d'offres)|agente? d'approvisionnement|contact(?: person)?|procurement (?:officer|contact|specialist|agent)|contracting (?:officer|authority contact))s? ?(?::| - ).{0,160}(?:@|\b\d{3}[ .-]\d{4}\b)/,
      // A notice field labelled as such and naming whom or where: "Renseignements : Mme X, …", "Demandes d'information : …".
      /^(?:pour (?:tout |toute |obtenir des )?|demandes? (?:de |d'))?(?:renseignements?|informations?|questions?|precisions|contact|personne (?:a contacter|responsable)|responsable de l'appel d'offres)(?: (?:additionnel|supplementaire|complementaire)(?:le)?s?)? ?(?::| - ).{0,120}(?:@|\b(?:courriel|telephone|tel|m|mme|monsieur|madame|direction|service|bureau|adresse)\b|\b\d{3}[ .-]\d{4}\b)/,
    ],
  },
  seaoOnly: {
    // The documents obtained through SEAO as the subject of what prevails or counts: which copy is authoritative, a rule
    // that presumes copies obtained otherwise. From the sentence's start, so that its « seuls », "only" goes with it.
    otherStatements: [
      // A sentence whose subject is another thing that SEAO alone gives, the documents not named in it (« Tout addenda ne
      // peut être obtenu que par l'intermédiaire du SEAO », « Les résultats de l'ouverture sont publiés uniquement dans le
      // SEAO », "Addenda will be issued only through SEAO"): how the addenda or the results come is not how the documents
      // are obtained.
      new RegExp(String.raw`${SENTENCE_START}${OTHER_THAN_DOCUMENTS}(?![^.;]{1,200}\b${DOCUMENTS_NAMED}\b)[^.;]{0,200}`, 'g'),
      new RegExp(
        String.raw`[^.;]{0,80}\b(?:obtenue?s?|telechargee?s?|procuree?s?)\b[^.;]{1,60}${SEAO}[^.;]{0,40}\b(?:(?:font|fait|feront|fera) foi|prevau\w*|prevalen\w*|(?:sont|seront|est|sera) (?:(?:les )?seule?s? )?(?:reconnue?s?|valides?|officiel\w*|authentiques?|acceptee?s?|consideree?s?))\b`,
        'g',
      ),
      new RegExp(
        String.raw`[^.;]{0,80}\b(?:obtained|downloaded)\b[^.;]{1,60}${SEAO}[^.;]{0,40}\b(?:prevail(?:s|ed)?|governs?|(?:are|is|will be|shall be) (?:deemed )?(?:official|authoritative|valid|recogni[sz]ed|accepted|binding))\b`,
        'g',
      ),
    ],
    weak: [
      {
        id: 'documents-in-seao',
        pattern: '{DOCUMENT} … {OBTAIN} … (seao | système électronique | electronic tendering system)',
        examples: { positive: ['Les documents d’appel d’offres sont disponibles dans le SEAO.'] },
        lacks: { fr: 'il ne dit pas que le SEAO est le seul moyen de les obtenir', en: 'it does not say that SEAO is the only way to obtain them' },
      },
    ],
    law: [
      {
        citation: '4.5.1°',
        quote: "les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du système électronique d'appel d'offres",
      },
    ],
    // Word order and the system named first (SEAO notices, public bodies' tender pages, paraphrased).
    templates: [
      // The documents to be obtained through SEAO, an obligation of the means (« Les fournisseurs doivent se procurer
      // les documents d'appel d'offres par l'intermédiaire du SEAO », "Tender documents must be obtained from SEAO"):
      // no other way is allowed (municipal and college tender pages, paraphrased).
      {
        id: 'must-obtain-through-seao',
        pattern:
          '(doit | doivent | devra | devront | must | =shall) …0 {OBTAIN} … {DOCUMENT} … (seao | système électronique | electronic tendering system) | {DOCUMENT} … (doit | doivent | devra | devront | must | =shall) …0 {OBTAIN} … (seao | système électronique | electronic tendering system)',
        examples: {
          positive: [
            "Les fournisseurs doivent se procurer les documents d'appel d'offres par l'intermédiaire du SEAO.",
            'Tender documents must be obtained through SEAO.',
          ],
          negative: [
            "Les soumissionnaires doivent consulter le SEAO pour obtenir les documents d'appel d'offres.",
            "Les documents d'appel d'offres sont disponibles dans le SEAO.",
          ],
        },
      },
      {
        id: 'only-seao-gives',
        pattern: '{ONLY} (seao | système électronique) … {OBTAIN} … {DOCUMENT}',
        examples: { positive: ["Seul le SEAO (www.seao.ca) permet d'obtenir les documents d'appel d'offres et leurs addenda."] },
      },
      {
        id: 'obtained-only-from',
        pattern: 'ne … {OBTAIN} … que … (seao | système électronique)',
        examples: { positive: ["Les documents ne peuvent être obtenus qu'au www.seao.ca."] },
      },
      {
        id: 'obtained-only-through',
        pattern: '{OBTAIN} … {ONLY} … (seao | système électronique | electronic tendering system)',
        examples: { positive: ['On peut se procurer le devis exclusivement sur le site du Système électronique d’appel d’offres.'] },
      },
      {
        // The documents as the body makes them available: offered, posted, published only there; the documents named, since
        // a notice or a result is also published in SEAO (CSS and ministry notices, paraphrased).
        id: 'made-available-only-through',
        pattern:
          '{DOCUMENT} … (offert | diffusé | publié | offered | published | posted) … {ONLY} … (seao | système électronique | electronic tendering system)',
        examples: {
          positive: [
            "Les documents d'appel d'offres, et tout addenda, sont offerts uniquement par l'intermédiaire du SEAO.",
            "Les documents d'appel d'offres sont diffusés exclusivement dans le SEAO.",
            'Tender documents are offered solely through the electronic tendering system (SEAO).',
          ],
          negative: ["L'avis d'appel d'offres est publié uniquement dans le SEAO.", 'Les documents publiés dans le SEAO font foi en cas de divergence.'],
        },
      },
      {
        id: 'only-obtained-through',
        pattern: '{DOCUMENT} … {ONLY} … {OBTAIN} … (seao | système électronique | electronic tendering system)',
        examples: { positive: ['Tender documents may only be downloaded from SEAO.'] },
      },
      {
        id: 'through-seao-only',
        pattern: '{DOCUMENT} … {OBTAIN} … (seao | système électronique | electronic tendering system) … {ONLY}',
        examples: { positive: ['The documents may be obtained through SEAO only.'] },
      },
    ],
    headings: [],
    phrases: [
      new RegExp(String.raw`\bne (?:peuvent|peut|pourront|pourra) (?:etre )?(?:obtenu|procure|telecharge|acquis|consulte)e?s?\b.{1,60}\bque\b.{1,60}${SEAO}`),
      new RegExp(String.raw`${SEAO}.{0,60}\b(?:uniquement|exclusivement|seulement|seul moyen|seule source|seul endroit)\b`),
      new RegExp(String.raw`\b(?:only|exclusively)\b.{1,60}${SEAO}|${SEAO}.{0,40}\b(?:only|exclusively)\b`),
      // The SEAO notices' formula: "Seules les personnes ayant obtenu les documents … par le SEAO peuvent soumissionner".
      new RegExp(String.raw`\bseul(?:e|s|es)\b.{1,80}\b(?:ayant|qui ont) (?:obtenu|commande|telecharge|recu)\b.{1,80}${SEAO}`),
      // The system as the subject that alone gives the documents, however long its name (« Seul le Système électronique
      // d'appel d'offres du gouvernement du Québec (SEAO, www.seao.ca) permet d'obtenir les documents », « Seul le site du
      // SEAO donne accès au devis », "SEAO alone provides the tender documents"): the documents named after its verb.
      new RegExp(
        String.raw`(?:\bseule? (?:le |la |l')?(?:site (?:web |internet )?(?:du |de )?)?${SEAO}|${SEAO}(?: \([^)]{0,60}\))? alone)\b.{1,100}\b(?:permet|permettent|donne|offre|distribue|diffuse|fournit|provides?|gives?|offers?|distributes?|supplies|makes?)\b.{1,60}\b(?:documents?|devis|cahiers? des charges|dossiers? d'appel d'offres|addendas?)\b`,
      ),
      // A way of getting the documents with every other way denied (« on ne peut se les procurer d'aucune autre façon », « par
      // aucun autre moyen », « offerts dans le SEAO, et nulle part ailleurs », "cannot be obtained in any other way", "by no
      // other means"), the system named anywhere in the passage: looked for once from its start, as a gap before the denial
      // would backtrack.
      new RegExp(
        String.raw`^(?=.*(?:seao|se@o|s\.e\.a\.o|systeme electronique d'appel d'offres|electronic tendering system)).*?(?:\b${GET_DOCUMENTS}\b.{1,60}${NO_OTHER_WAY}|\b(?:not|cannot)\b.{1,40}\b${GET_DOCUMENTS}\b.{1,60}\b(?:in|by|through|from) any other (?:way|means|channel|source)\b|\b${GET_DOCUMENTS}\b.{1,60}${SEAO}.{1,40}${NO_OTHER_WAY})`,
      ),
      // SEAO named first, then "ne peuvent être obtenus que par l'intermédiaire de ce système".
      new RegExp(String.raw`${SEAO}.{0,200}\bne (?:peuvent|peut|pourront|pourra) (?:etre )?(?:obtenu|procure|telecharge)e?s? que\b`),
      // A field, its label the documents or getting them, its value « only » before the system, with no verb: « Documents
      // d'appel d'offres : uniquement par le SEAO », « Obtention des documents : exclusivement sur le SEAO », a table row
      // read as a field (« Accès aux documents | Uniquement par l'entremise du SEAO »); the label a noun phrase with its
      // article, as a plain-language call writes it (« Les documents : seulement dans le SEAO », « L'accès aux documents : »),
      // not a possessive (« Vos documents : » may be the bidder's, handed in). The label may ask where or how to reach them, or
      // say what for, as a wiki page writes it (« Où trouver les documents : uniquement dans le SEAO », « Où se trouvent les
      // documents? Uniquement dans le SEAO », « Comment accéder aux documents : … »): asked of the documents, finding or
      // reaching them is getting them (the OBTAIN verbs, « Comment obtenir … », are read by the templates).
      new RegExp(
        String.raw`^(?:(?:ou|comment|pour) (?:(?:se|vous) )?(?:trouver|trouvent|acceder|avoir acces) (?:a |aux |au |a l'|les |le |l')?|(?:les |le |l')?(?:(?:obtention|acces|acquisition|disponibilite|distribution|telechargement) (?:aux |des |du )?)?)(?:documents?|dossiers?)(?: (?:d'appel d'offres|de l'appel d'offres|de qualification))? ?(?::| -|\?) ?(?:(?:disponibles?|offerts?|accessibles?|obtenus?) )?(?:uniquement|exclusivement|seulement)\b.{1,40}${SEAO}`,
      ),
    ],
  },
  receipt: {
    templates: [
      BIDS_DUE_FILED,
      // The handing in or the receipt by its verb, in any person or mood, then its time limit: « Vous devez déposer votre
      // soumission au plus tard le… », « Le Ministère recevra les soumissions jusqu'au… », "Submit your proposal before…".
      {
        id: 'bid-filed-by-deadline',
        pattern: '({FILE} | {RECEIVE}) {BID} … (tard | avant | jusqu | {DEADLINE} | before | =by | later | until | prior)',
        examples: {
          positive: [
            'Vous devez déposer votre soumission au plus tard le 19 mars 2027 à 14 h, au 425, rue Jacques-Parizeau.',
            'Le Ministère recevra les soumissions jusqu’au jeudi 19 mars 2027, 14 h.',
            'Please submit your proposal before 2 p.m. on March 19, 2027.',
          ],
          negative: [
            'Pour présenter une soumission, le prestataire doit détenir les permis requis.',
            'Le soumissionnaire ne peut déposer qu’une seule soumission avant la date limite.',
          ],
        },
      },
    ],
    law: [{ citation: '4.6°', quote: "la date et l'heure limites fixées pour la réception" }],
    headings: [
      /\b(?:reception|depot|remise|presentation|transmission) des (?:soumissions|offres|propositions)\b|\bdate (?:et heure )?limites?\b|\b(?:closing date|bid submission|receipt of bids)\b/,
      RECEIPT_PLACE,
      // The bid's handing in named with any determiner, or as a question or an instruction: « Dépôt de votre
      // soumission », « Quand et où déposer la soumission? », "Submission of tenders", "When and where to submit a bid".
      new RegExp(
        String.raw`\b(?:reception|depot|remise|transmission) ${OF_DETERMINER}${BIDS}|\b(?:deposer|remettre|transmettre|faire parvenir|soumettre) ${DETERMINER}${BIDS}|\b(?:submission|delivery|receipt|reception|filing|lodge?ment) of ${DETERMINER_EN}?${BIDS}|\b(?:submit|deliver|file|send|lodge) ${DETERMINER_EN}?${BIDS}`,
      ),
      // When bids are due and the time limit, by its other names: « Heure limite », « Date de clôture », "Tenders due",
      // "When and where are tenders due?", "Due date", "Submission deadline", "Closing"; Québec English names the receipt
      // « reception » as French does ("Reception deadline") and calques « date limite » ("Date limit of reception", "Limit
      // date"), not a limit for something else ("Date limit for questions").
      new RegExp(
        String.raw`\b(?:heures?|dates? et heures?) limites?\b|\b(?:date|heure|date et heure) de (?:cloture|fermeture|tombee)\b|\bcloture (?:de l'appel d'offres|des soumissions|du depot)\b|\b${BIDS} (?:are |is |will be )?due\b|\bdue (?:date|time)\b|\b(?:submission|tender|bid|proposal|closing|reception) (?:deadline|date|time)\b|\bdeadline for ${DETERMINER_EN}?(?:receipt|reception|submissions?|delivery|filing|lodge?ment)\b|\b(?:date|hour)(?: and (?:time|hour))? limits?\b(?! for)|\blimit (?:date|time|hour)s?\b(?! for)|^(?:[\divx.]+[.)-]?\s*)?(?:(?:tender|bid|proposal) )?(?:closing|deadline) ?(?:[:?(.]|$)`,
      ),
    ],
    phrases: [
      new RegExp(String.raw`\b(?:reception|depot|remise)\b.{1,30}\b${BIDS}`),
      RECEIPT_PLACE,
      // A statement about when bids are due, not any "soumissions reçues" (4.7° says that too).
      new RegExp(
        String.raw`\b${BIDS}\b.{1,60}\b(?:doivent|devront|doit|devra|seront|must|shall) (?:etre |be )?(?:recues?|deposee?s?|transmises?|presentees?|acheminees?|remises?|received|submitted)\b`,
      ),
      /\b(?:faire|doivent|devront|doit|devra) parvenir\b/,
      // When bids are due: "Tenders are due no later than …" (not "due to").
      new RegExp(String.raw`\b${BIDS} (?:are |is |will be |shall be )?due\b(?! to\b)`),
      // Active voice, in either number: "les soumissionnaires déposent leur soumission sous pli cacheté au plus tard…",
      // « le soumissionnaire dépose sa soumission… », "the bidder submits its tender…".
      new RegExp(String.raw`\b(?:${BIDDER_HANDS_IN})\b.{1,30}\b${BIDS}\b`),
      // The time limit by its names, the Québec « heure de tombée » among them.
      /\bdate (?:et (?:l')?heure )?limites?\b|\b(?:heure|date|date et heure) de tombee\b|\bclosing (?:date|time)\b/,
      // A notice field: "Dépôt : au plus tard le 27 octobre 2026 à 11 h, …" (a deadline follows the label).
      new RegExp(
        String.raw`^(?:depot|reception|remise|transmission)(?: des ${BIDS})? ?(?::| - ) ?.{0,40}\b(?:au plus tard|avant|limite|jusqu'a|\d{1,2} ?h\b|\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)`,
      ),
    ],
  },
  opening: {
    law: [{ citation: '4.6°', quote: "l'ouverture des soumissions" }],
    headings: [OPENING_NAMED],
    phrases: [
      new RegExp(
        String.raw`${NOT_A_REFERENCE_DATE}\bouverture (?:publique )?${OF_DETERMINER}${SEALED_BIDS}|\b${SEALED_BIDS} (?:seront |sont )?ouverte?s?\b|\bouverte?s? (?:publiquement|en public|en seance publique)\b|\bopening of ${DETERMINER_EN}?${BIDS}\b|\b${BIDS} (?:will be|shall be|are) opened\b|\bpublic(?:ly)? opening\b|\bopened (?:in public|publicly)\b`,
      ),
      new RegExp(UNSEALING),
      // "Ouverture : …", "ouverture publique au local A-120", "l'ouverture se fera en séance publique"; not the
      // offices' opening hours, nor the markets' opening (the trade agreements: « Ouverture du marché : … »).
      /^(?:(?:date|heure|lieu)\b[^:]{1,30})?ouverture\b(?![^:]{1,40}\b(?:bureaux?|comptoirs?|secretariat|locaux|marches?)\b)[^:]{0,40}:|\bouverture (?:publique|en public)\b|\bouverture\b.{1,30}\b(?:en seance publique|publiquement|en public)\b/,
    ],
  },
  /** The opening at the receipt limit itself, date and time, in words: "immédiatement après l'heure limite", "à la même heure". */
  openingSameAsReceipt: {
    headings: [],
    phrases: [
      /\b(?:a la meme heure|meme heure|a la meme date et (?:a la meme )?heure|au meme moment|immediatement apres|tout de suite apres|des (?:l'echeance|la fin)|a la date et a l'heure limites|a l'heure limite|at the (?:same|closing) time|immediately after)\b/,
    ],
  },
  /** The opening on the receipt limit's date only: "le même jour" (the time is still to be stated). */
  openingSameDate: {
    headings: [],
    phrases: [/\b(?:meme jour|la meme journee|a la meme date|(?:on|at) the same (?:day|date))\b/],
  },
  noObligationToAccept: {
    law: [{ citation: '4.7°', quote: "l'organisme public ne s'engage à accepter aucune des soumissions reçues" }],
    // The undertaking denied, in any tense or voice: « ne s'engageant … à accepter aucune », « n'est pas tenu
    // d'accepter », "does not bind itself to accept any" (SEAO notices; English colleges' notices, paraphrased).
    templates: [
      {
        id: 'does-not-undertake',
        pattern: `{NEG} ({UNDERTAKE} | {BOUND}) … ({ACCEPT} … ({NONE} | {LOW}) | ${TAKE_A_BID})`,
        examples: {
          positive: [
            'The College does not bind itself to accept any of the tenders received.',
            "Le Centre ne s'engage à prendre ni la plus basse ni aucune des propositions reçues.",
            'Nous ne nous engageons pas à garder aucune des offres reçues.',
          ],
          negative: [
            "Le Centre ne s'engage pas à prendre en charge aucun des frais de préparation des soumissions.",
            "On ne s'engage pas à garder les soumissions non retenues.",
            "Le prestataire ne s'engage à prendre aucun risque.",
          ],
        },
      },
      // Not bound to accept a bid, in any tense: « n'est pas tenu d'accepter l'une ou l'autre », « ne sera nullement
      // obligé de retenir aucune », "will not be bound to accept the tenders". Bound, not undertaking: « ne s'engage à
      // accepter que les soumissions conformes » restricts what is accepted. The bid right after the verb: a party is
      // not bound to accept many things (« les conditions du contrat », "changes to the scope").
      {
        id: 'not-bound-to-accept',
        pattern: `{NEG} {BOUND} ({ACCEPT} …0 ({BID} | {NONE} | ${A_BID_CHOSEN}) | ${TAKE_A_BID})`,
        examples: {
          positive: [
            "Le Ministère n'est pas tenu d'accepter l'une ou l'autre des soumissions reçues.",
            "Le Ministère ne sera pas tenu d'accepter l'une ou l'autre des soumissions reçues.",
            "La Société ne serait nullement obligée de retenir l'une des soumissions.",
            "Le Centre n'est en rien lié à accepter la soumission la plus basse.",
            'The Board will not be bound to accept the tenders received.',
            "On n'est pas obligé de prendre la soumission la plus basse.",
            "Le CIUSSS n'est pas tenu de prendre l'une ou l'autre des offres.",
            'The Corporation is not bound to accept any Proposal.',
            "Le Cégep n'est pas tenu de retenir quelque soumission que ce soit.",
          ],
          negative: [
            "Le soumissionnaire s'engage à accepter les conditions du contrat.",
            "Vous n'êtes pas tenu d'accepter les conditions du contrat.",
            "Le prestataire n'est pas obligé d'accepter les demandes de travaux supplémentaires.",
            'The Contractor is not bound to accept changes to the scope.',
            "Le Ministère n'accepte aucune soumission par télécopieur.",
            "Le soumissionnaire n'est pas tenu de prendre connaissance des soumissions des autres firmes.",
          ],
        },
      },
      // Not required to accept, the body speaking of itself as a plain-language call does, « nous » or "we" (« nous ne
      // sommes pas obligés », "we are not required to accept", « il ne nous est pas exigé d'accepter »): a requirement is
      // any party's, the bidder's too ("you are not required to accept the conditions"), so it says this item only with
      // the bid chosen right after the verb.
      {
        id: 'not-required-to-accept',
        pattern: `{NEG} {REQUIRED} ({ACCEPT} | prendre | garder) …0 ${A_BID_CHOSEN}`,
        examples: {
          positive: [
            'We are not required to accept any of the bids we receive.',
            'The Board is not required to accept the lowest or any tender.',
            "Il ne nous est pas exigé d'accepter l'une ou l'autre des soumissions.",
            "Il n'est pas obligatoire pour nous de retenir la soumission la plus basse.",
            'It is not necessary for us to accept the lowest bid.',
          ],
          negative: [
            "The bidder is not required to accept the contract's conditions.",
            "Vous n'êtes pas requis d'accepter la correction apportée à votre soumission.",
            'We are required to accept any bid received before the deadline only if it is signed.',
          ],
        },
      },
      // The acceptance itself denied as a necessity, of the lowest or of any bid, in either voice: the common-law privilege
      // clause "The lowest or any Bid will not necessarily be accepted" (Ontario bid templates), « la plus basse ou l'une
      // quelconque des soumissions ne sera pas nécessairement retenue ». Without « nécessairement », « aucune soumission ne
      // sera acceptée » rejects them all: it is not this item.
      {
        id: 'not-necessarily-accepted',
        pattern: `({LOW} | {NONE}) … {NEG} {NECESSARILY} {ACCEPT} | {NEG} ({NECESSARILY} {ACCEPT} | {ACCEPT} {NECESSARILY}) … ({LOW} | {NONE} | {BID})`,
        examples: {
          positive: [
            'The lowest or any Bid will not necessarily be accepted.',
            'Neither the lowest nor any tender will necessarily be accepted.',
            'The Board will not necessarily accept the lowest or any proposal.',
            "La soumission la plus basse ou l'une quelconque des soumissions ne sera pas nécessairement retenue.",
            'Aucune des offres reçues ne sera forcément acceptée.',
            "Le Collège n'acceptera pas nécessairement la plus basse ni aucune des soumissions.",
          ],
          negative: [
            'No bid will be accepted after the closing time.',
            'Aucune soumission ne sera acceptée par télécopieur.',
            "La soumission la plus basse n'est pas nécessairement conforme.",
            'Any bid not accepted will necessarily be returned to its bidder.',
          ],
        },
      },
      // The negation on the obligation itself, in a noun phrase: « Aucune obligation n'incombe au Ministère d'accepter … »,
      // « Le Centre n'a aucune obligation de retenir … ».
      {
        id: 'no-obligation-to-accept',
        pattern: `{NONE} {BOUND} {NEG}? … ({ACCEPT} | ${TAKE_A_BID})`,
        examples: {
          positive: [
            "Aucune obligation n'incombe au Ministère d'accepter l'une ou l'autre des soumissions reçues.",
            "Le Centre n'a aucune obligation de retenir la plus basse des soumissions.",
            "On n'a aucune obligation de garder la plus basse.",
          ],
          negative: ["L'obligation d'accepter la soumission la plus basse incombe au Conseil."],
        },
      },
    ],
    headings: [],
    phrases: [
      /\bne s'engage (?:pas |nullement |aucunement |en rien )?(?:ni )?a (?:accepter|retenir) (?:ni )?(?:aucune|quelque|la plus basse|l'une|les|la soumission|une)\b/,
      /\bne s'oblige (?:pas |nullement |aucunement )?(?:ni )?a accepter\b|\baucune obligation d'accepter\b|\bsans s'engager a accepter\b/,
      /\b(?:se|nous) reserv(?:e|ons) le droit de (?:n'accepter (?:aucune|ni)|ne retenir (?:aucune|ni)|rejeter (?:l'ensemble|toutes))\b/,
      // The award side of the same undertaking: "ne s'engage à adjuger le contrat à aucun des soumissionnaires", the body in the
      // third person or the first (« nous nous réservons », « ne nous engageons »; the templates read the verb in either person).
      /\bne (?:s'engage|nous engageons) (?:pas |nullement )?a (?:accorder|adjuger|octroyer|attribuer) (?:le|ce) (?:contrat|mandat) a (?:aucun|quelque|l'un)\b/,
      /\b(?:does not|do not|is not bound to|not obliged to) (?:undertake to )?accept (?:any|the lowest)\b|\bnot bound to accept\b/,
      // The reservation in English, as in French above: "reserves the right not to accept any of the bids", "to reject any or all tenders".
      /\breserves? the right (?:not to (?:accept|retain) (?:any|the lowest|either)|to reject (?:any (?:or|and) all|all|the whole)(?: of the)? (?:bids|tenders|proposals|submissions|offers))\b/,
    ],
  },
  date: {
    headings: [],
    phrases: [
      // « 4 mars 2027 », « le 4e jour de mars 2027 », « le 1er jour du mois de mars 2027 ».
      /\b\d{1,2}(?:er|re|e)? (?:jour (?:du mois )?d(?:e |'))?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre),? \d{4}\b/,
      /\b\d{4}-\d{2}-\d{2}\b/,
      // In numbers, as calendar/prose.ts reads them: « 14/10/2026 », « 14-10-2026 », « 14.10.2026 », « 2026/10/14 ».
      /(?<![\d/.-])(?:\d{1,2}(?:\/\d{1,2}\/|-\d{1,2}-|\.\d{2}\.)(?:19|20)\d{2}|(?:19|20)\d{2}(?:\/\d{1,2}\/\d{1,2}|\.\d{2}\.\d{2}))(?![\d/.-]?[a-z\d])/,
      /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/,
      /\b\d{1,2}(?:st|nd|rd|th)? (?:day of |of )?(?:january|february|march|april|may|june|july|august|september|october|november|december),? \d{4}\b/,
      /\[(?:a completer|to complete) ?: date\b/,
    ],
  },
  time: {
    headings: [],
    phrases: [
      /\b\d{1,2} ?h(?: ?\d{2})?\b/,
      // « à 14 heures », "at 2 o'clock": the hour written out (or in words, read in figures: find.ts); « 48 heures » alone is a period.
      /\b(?:a|avant|vers|des|jusqu'a|tard) \d{1,2} heures?\b|\b\d{1,2} o'clock\b/,
      /\b\d{1,2}:\d{2}\b/,
      /\b\d{1,2} ?[ap]\.? ?m\b/,
      /\b(?:midi|minuit|noon)\b/,
      /\[(?:a completer|to complete) ?: (?:heure|time)\b/,
    ],
  },
  place: {
    headings: [],
    phrases: [
      // Not the idioms whose « lieu » or "place" names no place: « a lieu », « donne lieu », « tient lieu », « s'il y a
      // lieu », « en premier lieu »; "takes place", "in place", "in the first place", « mise en place ».
      // Nor the place another part gives, named by a reference to it (« au lieu prévus à l'avis », « au lieu … indiqués à
      // l'art. 1 », "at the place specified in the notice"): a passage that refers to another gives no place where that one gives none.
      new RegExp(
        String.raw`(?:\b(?:adresse|bureau|salle|local|comptoir|rue|boulevard|boul\.|avenue|chemin|route|edifice|immeuble|etage|address|room|street)\b|(?<!\b(?:a|ont|aura|auront|aurait|auraient|avait|avaient|avoir|ayant|donne|donnent|donnera|donneront|donner|donnant|tient|tiennent|tiendra|tenir|y a|premier|second|dernier) )\blieu\b|(?<!\b(?:take|takes|took|taking|taken|in|first|en) )\bplace\b)${NOT_THE_NOTICES}`,
      ),
      notWherePublished(SEAO, SEAO_ACRONYM_AFTER_NAME),
      notWherePublished(String.raw`\bpar voie electronique\b|\belectroniquement\b|\belectronically\b`),
      /\b(?:meme|same) (?:endroit|lieu|place|address|location|premises|venue|room)\b/,
      /\[(?:a completer|to complete) ?: (?:lieu|adresse|place)\b/,
    ],
  },
  ...DOCUMENT_RECOGNISERS,
  ...ADMISSIBILITY_RECOGNISERS,
  ...CONFORMITY_RECOGNISERS,
  ...REFUSAL_RECOGNISERS,
  ...EVALUATION_RECOGNISERS,
  ...DEADLINE_RECOGNISERS,
  ...AWARD_RECOGNISERS,
} satisfies Record<string, ItemRecogniser>;

export type ItemName = keyof typeof RECOGNISERS;

const ITEM_NAMES = new Map<ItemRecogniser, ItemName>(Object.entries(RECOGNISERS).map(([name, recogniser]) => [recogniser, name as ItemName]));
const COMPILED = new Map<ItemRecogniser, ItemTemplates>();

/**
 * An item's compiled templates: the law's words, its clauses' and its own, read on first use from the
 * snapshot the build compiled (server/data/templates.json), or compiled when the snapshot lacks the item.
 */
export function templatesOf(recogniser: ItemRecogniser): ItemTemplates {
  let compiled = COMPILED.get(recogniser);
  if (!compiled) {
    const name = ITEM_NAMES.get(recogniser) ?? 'item';
    const snapshot = Object.hasOwn(SNAPSHOT, name) ? (SNAPSHOT as TemplateSnapshot)[name] : undefined;
    COMPILED.set(recogniser, (compiled = snapshot ? itemTemplatesFrom(snapshot) : compileItemTemplates(name, recogniser)));
  }
  return compiled;
}

/** A set of items, a bit for each in RECOGNISERS' order: those a text could state (addPossibleItems). */
export type ItemSet = Uint32Array;

const ITEM_NUMBERS = new Map<ItemName, number>(Object.keys(RECOGNISERS).map((name, number) => [name as ItemName, number]));
const ITEM_SET_WORDS = Math.ceil(ITEM_NUMBERS.size / 32);

/** A set of no item, to add to. */
export function noItems(): ItemSet {
  return new Uint32Array(ITEM_SET_WORDS);
}

/** Whether the set holds the item. */
export function hasItem(items: ItemSet, item: ItemName): boolean {
  const number = ITEM_NUMBERS.get(item)!;
  return (items[number >>> 5] & (1 << (number & 31))) !== 0;
}

/** Adds `more`'s items to `items`. */
export function addItems(items: ItemSet, more: ItemSet): void {
  for (let word = 0; word < ITEM_SET_WORDS; word++) items[word] |= more[word];
}

/**
 * What makes an item possible in a text, for passages or for headings: each literal (by its number) one
 * of the item's patterns needs, each lemma its templates' index files a sequence under, and the items
 * with a pattern that needs no literal the table knows. Rows of ITEM_SET_WORDS words.
 */
interface ItemSieve {
  always: ItemSet;
  byLiteral: Uint32Array;
  byLemma: Map<string, ItemSet>;
}

let sieves: { phrase: ItemSieve; heading: ItemSieve } | undefined;

function itemSieve(patternsOf: (recogniser: ItemRecogniser) => readonly RegExp[], indexOf: (templates: ItemTemplates) => TemplateIndex): ItemSieve {
  const sieve: ItemSieve = { always: noItems(), byLiteral: new Uint32Array(literalCount() * ITEM_SET_WORDS), byLemma: new Map() };
  for (const [item, recogniser] of Object.entries(RECOGNISERS) as [ItemName, ItemRecogniser][]) {
    const number = ITEM_NUMBERS.get(item)!;
    const word = number >>> 5;
    const bit = 1 << (number & 31);
    for (const needed of neededBy(patternsOf(recogniser))) {
      if (needed === null) sieve.always[word] |= bit;
      else for (const literal of needed) sieve.byLiteral[literal * ITEM_SET_WORDS + word] |= bit;
    }
    for (const lemma of indexOf(templatesOf(recogniser)).keyLemmas()) {
      let items = sieve.byLemma.get(lemma);
      if (!items) sieve.byLemma.set(lemma, (items = noItems()));
      items[word] |= bit;
    }
  }
  return sieve;
}

/**
 * Adds to `items` every item a text could state as a passage (phraseEvidence) or as a heading
 * (headingEvidence): an item left out has no pattern whose literals the text holds and no template
 * filed under a lemma it holds, so neither finds it there. A unit is asked for every item: this is
 * asked once per reading of it, for all items at once, and the unit pays only for the items it could state.
 */
export function addPossibleItems(items: ItemSet, normalized: string, text: TokenizedText, as: 'phrase' | 'heading'): void {
  sieves ??= {
    phrase: itemSieve(
      (recogniser) => recogniser.phrases,
      (templates) => templates.phraseIndex,
    ),
    heading: itemSieve(
      (recogniser) => recogniser.headings,
      (templates) => templates.headingIndex,
    ),
  };
  const { always, byLiteral, byLemma } = sieves[as];
  addItems(items, always);
  for (const literal of (text.literals ??= literalsIn(normalized)))
    for (let word = 0; word < ITEM_SET_WORDS; word++) items[word] |= byLiteral[literal * ITEM_SET_WORDS + word];
  for (const lemma of keyLemmasOf(text)) {
    const filed = byLemma.get(lemma);
    if (filed) addItems(items, filed);
  }
}

/** A pattern that reads the text's start (`^…`, or `(?:^…|…)`): the only ones a reading without its numbering is asked again. */
const ANCHORED = /^(?:\(\?:)?\^/;

/**
 * Which of an item's wordings a prose text states: a template id, `pattern N`, or undefined. `text`:
 * the text's tokens when the caller keeps them; `anchoredOnly`: the text is another reading of one
 * already tried (without its numbering), which only the patterns anchored at its start can read apart.
 */
export function phraseEvidence(recogniser: ItemRecogniser, normalized: string, text?: TokenizedText, anchoredOnly = false): string | undefined {
  const read = withoutOtherStatements(recogniser, normalized);
  if (read !== normalized) return phraseEvidence(recogniser, read, text && readingOf(read), anchoredOnly);
  const patterns = recogniser.phrases;
  // A text kept for every item (a unit's reading) is scanned once for the patterns' literals.
  const found = text && (text.literals ??= literalsIn(normalized));
  const needed = found && neededBy(patterns);
  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index];
    if (anchoredOnly && !ANCHORED.test(pattern.source)) continue;
    if ((!found || mayMatch(needed![index], found)) && pattern.test(normalized)) return `${ITEM_NAMES.get(recogniser)}/pattern-${index + 1}`;
  }
  if (anchoredOnly) return undefined;
  const templates = templatesOf(recogniser);
  return (text ? templates.phraseIndex.first(text) : firstMatching(templates.phrases, normalized))?.id;
}

/** A text without what uses an item's words to say something else (ItemRecogniser.otherStatements), or the text itself. */
export function withoutOtherStatements(recogniser: ItemRecogniser, normalized: string): string {
  let read = normalized;
  for (const pattern of recogniser.otherStatements ?? []) read = read.replace(pattern, ' ');
  return read;
}

/** Which of an item's headings a heading text is, or undefined. */
export function headingEvidence(recogniser: ItemRecogniser, normalized: string, text?: TokenizedText): string | undefined {
  const found = text && (text.literals ??= literalsIn(normalized));
  const needed = found && neededBy(recogniser.headings);
  const pattern = recogniser.headings.findIndex((candidate, index) => (!found || mayMatch(needed![index], found)) && candidate.test(normalized));
  if (pattern >= 0) return `${ITEM_NAMES.get(recogniser)}/heading-${pattern + 1}`;
  const templates = templatesOf(recogniser);
  return (text ? templates.headingIndex.first(text) : firstMatching(templates.headings, normalized))?.id;
}

export function matchesPhrase(recogniser: ItemRecogniser, normalized: string): boolean {
  return phraseEvidence(recogniser, normalized, readingOf(normalized)) !== undefined;
}

export function matchesHeading(recogniser: ItemRecogniser, normalized: string): boolean {
  return headingEvidence(recogniser, normalized, readingOf(normalized)) !== undefined;
}

const READINGS = new Map<string, TokenizedText>();
const READINGS_KEPT = 4_000;

/**
 * A text rules ask about item after item (a section's heading, for every rule that looks for its section;
 * a sentence, for each moment it may state): its tokens and literals, kept for the texts seen last, so that
 * it is matched through the templates' index and the patterns' literals as a unit's reading is.
 */
export function readingOf(normalized: string): TokenizedText {
  let reading = READINGS.get(normalized);
  if (!reading) {
    if (READINGS.size >= READINGS_KEPT) READINGS.clear();
    READINGS.set(normalized, (reading = tokenized(normalized)));
  }
  return reading;
}
