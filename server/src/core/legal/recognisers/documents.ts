import type { ItemRecogniser } from '../recognisers.js';
import {
  ASIDE,
  BID_EXCLUDED,
  EXCLUSION_NAMED,
  NOT_A_REFERENCE_DATE,
  OPENING_NAMED,
  OPTION_TO_EXTEND,
  OPTION_TO_ORDER_MORE,
  PART_IN_WORDS,
  SEALED_BIDS,
  UNSEALING,
} from './shared.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/**
 * Art. 5: what the tender documents set out besides the notice. Headings name a section the way
 * government models and SEAO notices title them; phrases catch the same item written in a paragraph
 * or a list entry. Matched on normalized text (no accents, lower case); every gap is bounded.
 */
/** The BID notion's nouns (vocabulary.ts) but « pli », as shared.ts's BIDS: a constant of this module, so that the static check reads its patterns. */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;
/**
 * The bidder by its names, in either number: the BIDDER notion's French words (vocabulary.ts), as in every recogniser
 * module (a constant of each, so that the static check reads its patterns).
 */
const BIDDERS = String.raw`(?:soumissionnaires?|prestataires?(?: de services)?|fournisseurs?(?: de services)?|firmes?|entreprises?|proposants?)`;
const NUMBERING = String.raw`^(?:${PART_IN_WORDS}\s*|(?:(?:annexe|section|partie|article|chapitre|titre|part|chapter|annex|schedule|appendix)\s+)?(?:(?:[a-z]|[\divxlc]+(?:\.\d+)*)[.)-]?\s*)?)(?:[-:.]\s*)?`;
/** The contract to be signed, by its Québec names ("entente de services", "contrat à intervenir"); a side agreement is not it. */
const CONTRACT = String.raw`(?:contrat|convention|entente(?! (?:de|d') ?(?:confidentialite|non-divulgation|regroupement|partenariat|collaboration)))\b`;
/**
 * The contract by its English names: "contract", or "agreement" as English calls name the contract to sign ("Agreement to
 * be signed", "the Service Agreement"), not a trade agreement nor a side agreement.
 */
const CONTRACT_EN = String.raw`(?:contract|(?<!\b(?:trade|intergovernmental|procurement|cooperation|confidentiality|non-disclosure) )(?:services? )?agreement)`;

export const DOCUMENT_RECOGNISERS = {
  /** The part that holds the tender documents proper (instructions, specifications, the « régie »). */
  tenderDocuments: {
    headings: [
      new RegExp(
        String.raw`\bregie\b|\bdocuments? d'appel d'offres\b|\binstructions? aux ${BIDDERS}\b|\bregles? de l'appel d'offres\b|\bconditions de l'appel d'offres\b|\btender documents\b|\binstructions to (?:bidders|tenderers|proponents)\b`,
      ),
    ],
    phrases: [],
  },
  /** 5 par. 1°: description of the needs and execution terms. */
  needsDescription: {
    // The services sought and how the work is done, in any word order: a question as a heading included (a
    // plain-language call's « Quels services recherchons-nous? », "How will the work be carried out?").
    headingTemplates: [
      {
        id: 'services-sought',
        // The public body speaks in the first person plural: « recherchons », « demandons ».
        pattern:
          '(services | prestations | travaux) … (requis | rechercher | recherchons | demander | demandons | attendu | attendons | souhaiter | souhaitons | fournir | rendre | rendu | required | sought | seek | requested | expected)',
        examples: {
          positive: ['Quels services recherchons-nous?', 'Quels sont les services demandés?', 'Les prestations attendues', 'What services are required?'],
          negative: ['Quels documents devez-vous fournir?', 'Offre de services', 'Qui peut soumissionner?'],
        },
      },
      {
        // A plain-language call's heading in the body's own words, no question mark: "What We Need", « Ce dont nous avons besoin ».
        id: 'what-we-need',
        pattern: '(nous | we) …2 (besoin | need | demandons | recherchons | souhaitons | voulons | require | seek | want)',
        examples: {
          positive: ['What We Need', 'Ce dont nous avons besoin', 'Ce que nous demandons', 'What we are seeking'],
          negative: ['Quand nous rejetons une soumission', 'How we choose', 'What you must send'],
        },
      },
      {
        id: 'how-the-work-is-done',
        pattern:
          '(comment | how) … (travail | travaux | services | mandat | prestations | work | mandate) … (fait | faire | exécuter | réaliser | effectuer | accomplir | rendre | rendu | dérouler | performed | done | carried | delivered)',
        examples: {
          positive: ['Comment le travail doit-il être fait?', 'Comment les services seront-ils rendus?', 'How will the work be carried out?'],
          negative: ['Comment le contrat sera-t-il accordé?', "Comment se déroule l'ouverture?", 'Comment les soumissions sont-elles évaluées?'],
        },
      },
    ],
    law: [
      { citation: '5.1°', quote: 'la description des besoins' },
      { citation: '5.1°', quote: "modalités d'exécution" },
    ],
    headings: [
      /\bdescription (?:(?:sommaire |detaillee )?(?:des|du|de la|de l') ?)?(?:besoins|services|mandat|travaux|prestations?|projet)\b/,
      new RegExp(String.raw`${NUMBERING}(?:description|besoins|mandat|prestations?|devis(?: technique| descriptif)?|objet(?: du contrat| du mandat)?)$`),
      // The services' extent named bare, as a title or a passage's opening label (« Périmètre : 41 unités de traitement
      // d'air… », « ## Portée », "Scope:"); with a complement, it is the services' only (« Portée des services »).
      new RegExp(String.raw`${NUMBERING}(?:perimetre|portee|etendue|scope)$`),
      // "Nature des travaux d'entretien", "Objet et modalités de réalisation", "Modalités de prestation".
      /\b(?:nature|description|objet) (?:des|du) (?:services|travaux|prestations|mandat|contrat)\b|\bmodalites de (?:realisation|prestation)\b/,
      /\b(?:besoins (?:de l'organisme|du ministere|a combler)|services (?:requis|demandes|a rendre|attendus)|nature (?:des services|du mandat)|portee (?:des services|du mandat|des travaux)|etendue (?:des services|du mandat|des travaux)|modalites d'execution|execution (?:du contrat|du mandat|des services|des travaux)|cahier des charges|termes de reference|enonce des (?:travaux|besoins)|exigences (?:techniques|du mandat|de service)|devis technique|devis descriptif|livrables|prestations (?:attendues|requises))\b/,
      /\b(?:scope of (?:the )?(?:work|services|mandate)|statement of (?:work|requirements)|description of (?:the )?(?:needs|services|work|requirements|mandate|assignment|project)|terms of reference|specifications)\b/,
      // How the work is performed: "Terms of performance", "Performance of the mandate", "Deliverables".
      /\b(?:terms (?:of|for) (?:performance|execution|delivery)|performance (?:terms|requirements)|performance of the (?:mandate|contract|services|work)|deliverables|mandate description)\b/,
    ],
    phrases: [
      /\bdescription (?:detaillee )?des besoins\b|\bmodalites d'execution\b/,
      /\b(?:devis|cahier des charges|termes de reference|enonce des travaux)\b.{1,60}\b(?:decri|precis|enonc|annexe|joint|fait partie)/,
      /\b(?:decri(?:t|vent)|precise(?:nt)?|enonce(?:nt)?|detaille(?:nt)?)\b.{1,30}\b(?:besoins|services requis|mandat|travaux a executer)\b/,
      // The provider by any of its names; a bidder ("l'entreprise", "le soumissionnaire") only once chosen, whatever
      // names it (« le proposant retenu », "the successful Respondent"), since "le soumissionnaire doit fournir…" lists
      // the documents of a bid.
      /\b(?:(?:le|la) (?:prestataire|fournisseur|consultant|adjudicataire|firme|cocontractant)(?: de services)?(?: retenue?)?|l'(?:adjudicataire|entrepreneur)|(?:le |la |l')[a-z-]+(?: de services)? (?:retenue?|choisie?|selectionnee?)) (?:doit|devra|s'engage a) (?:realiser|executer|fournir|assurer|effectuer|livrer|rendre|accomplir|offrir|produire|elaborer|preparer)\b/,
      // In English prose too that keeps the French legal term (« the adjudicataire shall… »).
      /\bthe (?:service provider|contractor|consultant|successful (?:[a-z-]+ )?[a-z-]+|firm|adjudicataire|prestataire|cocontractant) (?:shall|must|will) (?:provide|perform|deliver|carry out|conduct|produce|prepare|design|facilitate|draft)\b|\bdescription of (?:the )?(?:needs|requirements)\b/,
      // What the mandate is: « Le mandat consiste (notamment) à concevoir… », « Les services ont pour objet… », "The mandate consists of…".
      // What it comprises too (« Le mandat comprend l'analyse des impacts… », "The mandate includes…").
      /\b(?:le mandat|les services(?: requis)?|les travaux|la prestation|les prestations) (?:consiste(?:nt|ra|ront)?|a pour objet|ont pour objet|vise(?:nt)? a|compren(?:d|nent|dra|dront)|inclu(?:t|ent|ra|ront)|englobe(?:nt)?)\b|\bthe (?:mandate|assignment|work|services) (?:consists? of|involves?|is to|includes?|comprises?|covers?)\b/,
    ],
  },
  /**
   * 5 par. 1°, said by a section's body alone, as drafters write it under a number (« ## Article 4 »): what the provider
   * does, in the descriptive present (« Le prestataire collecte les déchets… », "The Contractor inspects each
   * building…"), with a modal and any verb or the verbs of the list its colon opens (« L'adjudicataire doit : a)
   * inspecter… », "The Consultant will:"), in a plain-language call's second person (« Vous planifiez les visites… »);
   * or what the public body seeks (« Le Ministère souhaite retenir les services d'une firme pour… », "The College is
   * seeking a firm to…"). Any verb of the provider's: documents-needs-description takes it for the needs only in a
   * section that states no other item of the documents (a contract's clauses say what the provider does too). The
   * bid, the provider's admissibility and the procedure's verbs are not the work: « Le prestataire doit joindre à sa
   * soumission… ».
   */
  workDescribed: {
    headings: [],
    phrases: [
      // The present: a verb then its object or an adverb (« le prestataire externe doit… » has no object after « externe »),
      // an aside between them or not (« l'adjudicataire procède, sur place et sous la supervision du secrétaire général, aux
      // travaux suivants », ASIDE); the provider as the subject, not a complement (« l'expérience de la firme démontre… »).
      new RegExp(
        String.raw`(?<!\b(?:de|a|par|pour|avec|sur|chez|envers) )\b(?:(?:le|la) (?:prestataire|fournisseur|consultant|adjudicataire|firme|cocontractant|entrepreneur)(?: de services)?(?: (?:retenue?|choisie?|selectionnee?))?|l'(?:adjudicataire|entrepreneur)(?: (?:retenue?|choisie?|selectionnee?))?) (?!(?:est|sera|doit|peut|ne|qui|que|dont|de|des|et|ou|fait|signe|soumet|soumissionne|joint|depose|presente|detient|possede|demeure|reste|accepte|reconnait|declare|atteste)\b)[a-z]{2,}[edt](?: |${ASIDE})(?:le|la|les|l'|un|une|des|du|au|aux|chaque|tous|toutes|son|sa|ses|leur|leurs|[a-z]{3,}ment)\b(?![^.;]{0,200}\b(?:soumissions?|offres?|propositions?)\b)`,
      ),
      // A modal and any verb, or the list its colon opens (« L'ADJUDICATAIRE doit : »).
      /(?<!\b(?:de|a|par|pour|avec|sur|chez|envers) )\b(?:(?:le|la) (?:prestataire|fournisseur|consultant|adjudicataire|firme|cocontractant|entrepreneur)(?: de services)?(?: (?:retenue?|choisie?|selectionnee?))?|l'(?:adjudicataire|entrepreneur)(?: (?:retenue?|choisie?|selectionnee?))?) (?:doit|devra|s'engage a)(?: ?:$|(?: ?:)? (?!(?:etre|avoir|detenir|posseder|joindre|soumettre|signer|deposer|presenter|remplir|respecter|satisfaire)\b)[a-z]{2,}(?:er|ir|re)\b(?![^.;]{1,200}\b(?:soumissions?|offres?|propositions?)\b))/,
      // The provider by its French legal term too, which English prose written in Québec keeps (« the adjudicataire provides… »).
      /(?<!\b(?:of|to|by|for|with|from) )\bthe (?:service provider|contractor|consultant|successful (?:[a-z-]+ )?[a-z-]+|firm|supplier|provider|adjudicataire|prestataire|cocontractant) (?:(?!(?:is|has|was|does|signs|submits|encloses|holds|remains|agrees|acknowledges)\b)[a-z]{2,}s (?:the|a|an|each|every|all|its|their|any|on|to|with|[a-z]{2,}ly)\b|(?:shall|must|will)(?: ?:$|(?: ?:)? (?!(?:be|have|not|hold|submit|sign|include|enclose|attach|meet|comply)\b)[a-z]{2,} (?:the|a|an|each|every|all|its|their|any|on|to|with|[a-z]{2,}ly)\b))(?![^.;]{0,200}\b(?:bids?|tenders?|proposals?|submissions?)\b)/,
      // A plain-language call speaks to the provider: « Vous planifiez les visites », « vous devez inspecter… ».
      /\bvous (?:(?!(?:pouvez|avez|etes|recevez|obtenez|deposez|soumettez|joignez|signez|presentez|inscrivez|posez|communiquez|adressez|trouverez|devez)\b)[a-z]{2,}ez (?:le|la|les|l'|un|une|des|du|au|aux|chaque|[a-z]{3,}ment)\b|devez (?!(?:etre|avoir|detenir|posseder|joindre|soumettre|signer|deposer|presenter|remplir|respecter|satisfaire)\b)[a-z]{2,}(?:er|ir|re)\b)(?![^.;]{0,200}\b(?:soumissions?|offres?|propositions?)\b)/,
      // In English too: "You write your reports…", "You will carry out an evaluation…", "You must: 1. analyse…"; not the bid's
      // verbs nor the admissibility's ("You must hold a licence", "You submit your bid…").
      /\byou (?:(?:will|shall|must) )?(?!(?:can|may|are|have|be|hold|submit|sign|enclose|attach|include|send|file|complete|confirm|receive|obtain|get|ask|register|bid|need|comply|meet the|find|put)\b)[a-z]{2,}(?: out| up)? (?:the|a|an|each|every|all|our|your|its|their|any|on|to|with|at least|[a-z]{2,}ly)\b(?![^.;]{1,200}\b(?:bids?|tenders?|proposals?|submissions?)\b)|\byou must ?:$/,
      // What the body seeks.
      /\b(?:souhaite|desire|entend|veut|cherche a) (?:retenir|obtenir|s'adjoindre|acquerir|se procurer) (?:les |des )?services\b|\b(?:le present|cet) appel d'offres (?:vise a|a pour (?:objet|but))\b/,
      /\b(?:is seeking|seeks|wishes to (?:retain|hire|engage)|intends to (?:retain|hire|engage)|is looking for) (?:the services of )?(?:a|an) (?:[a-z-]+ )?(?:firm|consultant|contractor|service provider|provider|supplier)\b/,
    ],
  },
  /**
   * 5 par. 1°, said where another passage points to it: the services named with the section of the documents that
   * describes them (« L'Entrepreneur rend les services décrits à la section 7 », « Services décrits à la section 2. »,
   * "The Contractor performs the services described in section 4"), as a contract's object clause says it; compared
   * with them too, as an option's clause says it (« pour les mêmes services que la section 3.2 », « tels que décrits à la
   * section 3 », "the same services as in section 3.2", "as described in section 4").
   * documents-needs-description takes it where the section it names is in the documents (a number's own section),
   * not an article of a statute.
   */
  servicesReferred: {
    headings: [],
    phrases: [
      /\b(?:services|travaux|prestations)(?: (?:tel(?:le)?s? que|que (?:ceux|celles)))?(?: (?:(?:decrit|prevu|enonce|precise|defini|detaille|demande)e?s?|requise?s?))? (?:a|au|dans|de|selon|que) (?:la |l')?(?:section|article|partie|chapitre) (\d{1,3}(?:\.\d{1,3})*)\b(?!\.\d| (?:de la loi|du reglement|du code)\b)/,
      /\b(?:services|work)(?: (?:as|such as|as those|as that))?(?: (?:described|set out|specified|defined|detailed|required))? (?:in|under) (?:section|article|part|chapter) (\d{1,3}(?:\.\d{1,3})*)\b(?!\.\d| of the (?:act|regulation|code)\b)/,
    ],
  },
  /** 5 par. 1.1°: the options, described in the tender documents. */
  optionsDetail: {
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
    law: [{ citation: '5.1.1°', quote: 'la description des options' }],
    headings: [/\boptions?\b|\brenouvellements?\b|\bprolongations?\b|\brenewals?\b|\boptional (?:services|renewals?|extensions?|periods?|years?|mandates?)\b/],
    phrases: [
      /\boptions?(?:\(s\))? (?:de |d')(?:renouvellement|prolongation|services supplementaires)\b/,
      /\b(?:renouveler|prolonger) (?:le contrat|le mandat|l'entente)\b|\brenouvelable\b|\bservices supplementaires\b/,
      OPTION_TO_EXTEND,
      /\b(?:renewal|extension) options?\b|\brenew the contract\b|\badditional services\b|\boptional (?:services|renewals?|extensions?|periods?|years?|mandates?)\b/,
      // The renewal named with its length, where no title names the option: « le renouvellement d'un an est décrit à
      // l'article 3 du contrat », "The renewal of one year…" (a period of days extends a time limit, not the contract);
      // an adjective that says it is optional between them too, as a contract's term clause writes it (« avec une
      // reconduction possible de douze mois », « un renouvellement éventuel d'un an »).
      /\b(?:renouvellements?|prolongations?|reconductions?) (?:(?:possibles?|eventuel(?:le)?s?|facultati(?:f|ve)s?|optionnel(?:le)?s?|additionnel(?:le)?s?|supplementaires?) )?(?:d'une? (?:\(\d+\) )?|de (?:\d+|deux|trois|quatre|cinq|six|douze|vingt-quatre|trente-six)(?: \(\d+\))? )(?:ans?|annees?|mois|periodes?)\b|\b(?:renewals?|extensions?) (?:of|for) (?:one|two|three|four|five|six|twelve|\d+|an additional|a further)(?: \(\d+\))?[ -](?:years?|months?|periods?)\b/,
      // More of the work the body may order at the bid's rates: « peut requérir… aux taux horaires de la soumission »,
      // "may … retain the Consultant for a mid-term review … at the hourly rates quoted in the Financial Proposal", "may …
      // ask the Consultant to audit … at the per-building unit price quoted in the Price Form" (a rate or a price, its kind
      // in a word or two).
      /\b(?:may|peut|pourra)\b[^.]{1,120}\b(?:retain|order|engage|request|ask|retenir|commander|requerir|demander|confier)\b[^.]{1,200}\b(?:at the (?:[a-z-]+ ){0,2}(?:rates?|prices?) (?:quoted|tendered|submitted|of the (?:tender|bid|proposal))|au(?:x (?:memes )?| (?:meme )?)(?:taux|prix)(?: horaires?| unitaires?)? (?:de (?:la|sa) soumission|soumis|inscrits?))\b/,
    ],
  },
  /** 5 par. 2°: a grouping of public bodies (LCOP s. 15). */
  grouping: {
    headings: [/\bregroupement\b|\bgrouping\b|\bachat regroupe\b|\borganismes? (?:participants?|partenaires|membres)\b|\bgroup(?:ed)? (?:purchas|procurement)/],
    phrases: [
      /\bregroupement (?:d'organismes|d'achats?|de (?:ministeres|centres|commissions|etablissements|municipalites|cegeps|universites))\b/,
      /\b(?:achat|appel d'offres|approvisionnement) (?:regroupe|commun|conjoint)\b/,
      /\b(?:au nom (?:du|des) (?:regroupement|organismes (?:participants|suivants|membres))|mandataire du regroupement|parties? au regroupement|membres? du regroupement)\b/,
      /\b(?:on behalf of the following (?:public )?bodies|group purchasing|joint (?:call for tenders|procurement)|grouping of (?:public )?bodies)\b/,
    ],
  },
  /**
   * A grouping denied: the call is no grouping's (« le présent appel d'offres n'est pas réalisé au nom d'un regroupement
   * d'organismes », « aucun regroupement », « Regroupement : sans objet », "is not issued on behalf of a group of public
   * bodies", "no grouping", "This is not a group purchase"). A denial names a grouping with the indefinite article, where a grouping's own call names
   * its grouping (« ne peut se retirer du regroupement »).
   */
  groupingDenied: {
    headings: [],
    phrases: [
      /\b(?:aucun|sans|pas de|ni) (?:regroupement|achat regroupe)\b|\bno (?:grouping|group(?:ed)? (?:purchas(?:e|es|ing)|procurement)|joint (?:procurement|call for tenders))\b/,
      /\b(?:ne |n')(?:[a-z']+ ){1,2}(?:pas|aucunement|nullement)\b[^.;]{1,80}\b(?:d'un|un|de) (?:regroupement|achat regroupe)\b/,
      /\b(?:not|never)\b[^.;]{1,80}\b(?:an?|any) (?:grouping|group of (?:public )?bodies|group(?:ed)? (?:purchas(?:e|es|ing)|procurement)|joint (?:procurement|call for tenders))\b/,
      /\b(?:regroupement|grouping)\b[^.;:]{0,40}:\s?(?:aucun|non|sans objet|ne s'applique pas|none|no|not applicable|n\/a)\b/,
    ],
  },
  /** The parties to a grouping, named (a list or a table follows, or they are named inline). */
  groupingParties: {
    headings: [/\b(?:organismes?|parties?|membres?) (?:participants?|partenaires|au regroupement|du regroupement)\b|\bparticipants\b/],
    phrases: [
      /\b(?:organismes?|parties?|membres?|etablissements?) (?:participants?|partenaires|suivants|au regroupement|du regroupement)\b.{0,40}(?::|\bsont\b|\bsoit\b)/,
      /\b(?:pour le compte|au nom) (?:des|de l'|du|de la)\b.{0,20}(?:suivants?|:)/,
      /^(?:organismes?|parties?|membres?)\b.{0,30}\|.{0,60}\bbesoins?\b/,
      /\b(?:participating|following) (?:public )?bodies\b|\b(?:parties|party) to the grouping\b|\bmembers of the grouping\b/,
    ],
  },
  groupingNeeds: {
    headings: [/\bbesoins\b|\bquantites\b|\bneeds\b/],
    phrases: [/\bbesoins?\b|\bquantites?\b|\bvolumes?\b|\bneeds\b|\bquantities\b/],
  },
  /**
   * 5 al. 2: participation in a grouping presented as optional. Templates, so that a passage denying it is not
   * taken for it (« aucun établissement ne peut se retirer du regroupement », « la participation n'est pas
   * facultative »).
   */
  groupingOptional: {
    headings: [],
    phrases: [],
    templates: [
      {
        id: 'participation-optional',
        pattern: 'participation … (facultatif | optionnel | volontaire | non obligatoire | optional | voluntary)',
        examples: {
          positive: ['La participation des membres du regroupement est facultative.', 'Participation in the grouping is voluntary for each board.'],
          negative: ["La participation au regroupement n'est pas facultative.", 'La participation de chaque organisme au regroupement est obligatoire.'],
        },
      },
      {
        id: 'not-bound-to-use',
        // The obligation denied is to use the provider: the verb follows the obligation's word and has the provider, its
        // services or the contract as its object. « requérir » is a word of the REQUIRED notion, as « exiger », « requis »:
        // where it is the verb, its object is the provider or its services, else any sentence denying something « comme
        // l'exige » a clause would read as one.
        pattern:
          '{NEG} … ({UNDERTAKE} | {BOUND} | {REQUIRED}) ((recourir | utiliser | acheter | commander | procurer | use | order | procure) …4 ({BIDDER} | adjudicataire | services | {CONTRACT} | contractor) | requérir …4 ({BIDDER} | adjudicataire | services | contractor))',
        examples: {
          positive: [
            "Les organismes participants ne sont pas tenus de requérir les services de l'adjudicataire.",
            "Un établissement n'a aucune obligation de commander auprès du prestataire retenu.",
            'Members are not bound to use the contract awarded.',
            "Aucun membre du regroupement n'est obligé d'avoir recours aux services de la firme retenue.",
            'A participating board is not required to order from the successful contractor.',
          ],
          negative: [
            "Toute partie au regroupement est tenue de requérir les services du prestataire retenu, aux conditions prévues aux documents d'appel d'offres.",
            // Another obligation, denied: the verb is the REQUIRED word of a clause the passage refers to.
            "f) dont les deux enveloppes ne sont pas présentées séparément comme l'exige l'article 5.1, notamment celle dont l'enveloppe A révèle un prix;",
            "Les rapports mensuels ne sont pas remis dans le délai requis, comme l'exige le contrat.",
            'The price schedule is not signed as required by the contract.',
            "L'adjudicataire n'est pas tenu de requérir l'autorisation du Centre pour commander ses fournitures.",
          ],
        },
      },
      {
        id: 'free-to-withdraw',
        pattern: '(libre | loisible | free) … (requérir | recourir | utiliser | commander | participer | retirer | withdraw | use | order)',
        examples: {
          positive: [
            'Chaque établissement demeure libre de recourir à un autre prestataire.',
            'Il est loisible à chaque membre de se retirer du regroupement en tout temps.',
            'Each member remains free to withdraw from the grouping.',
          ],
          negative: ["Aucun établissement n'est libre de se retirer du regroupement après l'ouverture des soumissions."],
        },
      },
      {
        id: 'may-withdraw',
        pattern: '{MAY} … (retirer | withdraw) … (regroupement | grouping)',
        examples: {
          positive: [
            'Un organisme participant pourra se retirer du regroupement avant la signature du contrat.',
            'A member may withdraw from the grouping at any time.',
          ],
          negative: [
            "Aucun établissement ne peut se retirer du regroupement après l'ouverture des soumissions.",
            'No member may withdraw from the grouping once the contract is awarded.',
          ],
        },
      },
      {
        id: 'may-not-use',
        pattern: '{MAY} {NEG} {NEG} (requérir | recourir | utiliser | participer)',
        examples: {
          positive: ["Les établissements peuvent ne pas recourir aux services de l'adjudicataire."],
          negative: ['Un établissement ne peut pas recourir à un autre prestataire pendant la durée du contrat.'],
        },
      },
      {
        id: 'without-obligation',
        pattern: 'sans {NONE}? ({UNDERTAKE} | {BOUND}) …3 (requérir | recourir | acheter | commander | utiliser)',
        examples: {
          positive: ["Chaque établissement participant peut s'approvisionner auprès de l'adjudicataire, sans aucune obligation d'acheter."],
          negative: ["Chaque établissement a l'obligation de commander auprès de l'adjudicataire."],
        },
      },
    ],
  },
  /** 5 par. 3°: admissibility conditions. */
  admissibility: {
    law: [{ citation: '5.3°', quote: "les conditions d'admissibilité" }],
    headings: [
      /\badmissibilite\b|\badmissibles?\b|\bconditions? (?:de participation|pour soumissionner)\b|\bqui peut soumissionner\b|\beligibility\b|\badmissibility\b/,
      // "Qui peut présenter une offre", "Qui peut déposer une soumission".
      /\bqui peut (?:presenter|deposer|soumettre) une (?:soumission|offre|proposition)\b/,
    ],
    phrases: [
      /\bconditions? d'admissibilite\b|\badmissibility (?:conditions|requirements)\b/,
      new RegExp(
        String.raw`\b(?:pour (?:etre|devenir) admissibles?|(?:est|sont|soit|seront|sera) (?:jugee?s? )?admissibles?|rend(?:ent)? ${DETERMINER}?(?:prestataire|soumissionnaire|fournisseur|firme|entreprise|proposant)?(?: de services)? ?inadmissibles?)\b`,
      ),
      /\b(?:eligible to (?:bid|tender|submit)|to be eligible)\b/,
      // "Peut présenter une offre la firme qui…", "Toute firme qui ne remplit pas l'une de ces conditions est inadmissible".
      /^(?:seule?s? )?(?:peu(?:t|vent)|pourra|pourront) (?:presenter|deposer|soumettre) une (?:soumission|offre|proposition)\b/,
      // The bidder is the subject ("les frais des soumissionnaires sont inadmissibles" is about costs).
      /(?<!\b(?:de|des|du|aux?) )\b(?:prestataires?|soumissionnaires?|firmes?|entreprises?|fournisseurs?|proposants?|candidats?)\b.{1,80}\b(?:est|sont|sera|seront|devient|deviennent) (?:jugee?s? |declaree?s? )?inadmissibles?\b/,
    ],
  },
  /** 5 par. 3°: conformity conditions. */
  conformity: {
    law: [{ citation: '5.3°', quote: 'les conditions de conformité' }],
    // The body's own verb too: « Quand nous rejetons une soumission », "When We Reject A Bid".
    headings: [
      /\bconformite\b|\bnon-?conform|\brejets?\b|\brejetees?\b|\brejet(?:ons|terons|erons)\b|\bcompliance\b|\bconformity\b|\breject(?:s|ed|ion)?\b|\bconformes?\b/,
      EXCLUSION_NAMED,
    ],
    phrases: [
      /\bconditions? de conformite\b|\bcompliance (?:conditions|requirements)\b/,
      new RegExp(String.raw`\brejet (?:automatique|d'office|immediat)\b|\bautomatiquement rejetee?s?\b|\bentrain(?:e|ent|era|eront) ${DETERMINER}?rejet\b`),
      // Rejected in the present, the future or with the plain modal of obligation (« doit être rejetée », "must be
      // rejected"), by its other verbs too (« écartée », « jugée irrecevable »; « exclue » of a bid only: BID_EXCLUDED).
      /\b(?:sera|seront|est|sont|doit etre|doivent etre|devra etre|devront etre) (?:automatiquement |d'office )?(?:rejetee?s?|ecartee?s?|refusee?s?|(?:jugee?s?|declaree?s?) (?:non conformes?|irrecevables?))\b/,
      /\bautomatically rejected\b|\b(?:will|must|shall) be rejected\b/,
      // The same in the active voice, the body as its subject, named or in the first person: « nous rejetons automatiquement
      // votre soumission », « le Ministère rejettera », "we reject your bid automatically", "the Board will reject".
      /\b(?:nous (?:rejetons|rejetterons|rejeterons|ecartons|ecarterons)|rejett(?:e|ent|era|eront))\b|\b(?:we|will|shall|must) (?:then |also |automatically |immediately )?(?:reject|disqualify)\b|\brejects?\b[^.;]{1,60}\bautomatically\b/,
      ...BID_EXCLUDED,
    ],
  },
  /** 5 par. 4°: list of documents required from bidders. */
  requiredDocuments: {
    // What a bid holds, named in any word order or asked (« Que doit contenir ma soumission? », "What must your
    // tender include?").
    headingTemplates: [
      {
        id: 'what-a-bid-holds',
        pattern:
          '(contenir | contenu | comprendre | inclure | comporter | joindre | include | contain | contents) … {BID} | {BID} … (contenir | contenu | comprendre | inclure | comporter | joindre | include | contain | contents)',
        examples: {
          positive: [
            'Que doit contenir ma soumission?',
            'Ce que votre offre doit comprendre',
            'What must your tender include?',
            'Que dois-je joindre à ma soumission?',
          ],
          negative: ["Qu'est-ce qui rend une soumission non conforme?", 'Quand et où déposer ma soumission?', 'Ouverture des soumissions'],
        },
      },
      {
        // Said to the bidder, a plain-language call's heading: « Ce que vous devez joindre », "What To Put In Your Envelope".
        id: 'what-you-enclose',
        pattern:
          '(vous | you | your) …3 ({ENCLOSE} | fournir | remettre | provide | supply) | (mettre | put | place | insérer | insert) … (enveloppe | envelope | {BID})',
        examples: {
          positive: ['Ce que vous devez joindre', 'What To Put In Your Envelope', 'What you must provide', 'Ce qu’il faut mettre dans votre enveloppe'],
          negative: ['Quand et où déposer votre soumission', 'Where to send your bid', 'Ce que le prestataire doit fournir', 'Who Can Bid'],
        },
      },
    ],
    // The bid's contents whatever names it (« Votre soumission doit comprendre : », "Each tender must contain"), said
    // with a modal (« will » and « shall » are auxiliaries, written exactly). Not without one: « une soumission
    // comportant un prix anormalement bas » is no list of documents.
    templates: [
      {
        id: 'bid-must-hold',
        pattern:
          '{BID} (doit | doivent | devra | devront | must | =will | =shall) (comprendre | contenir | inclure | comporter | renfermer | include | contain)',
        examples: {
          positive: [
            'Votre soumission doit comprendre :',
            'Toute offre doit contenir les documents suivants.',
            'Your tender must include:',
            'The bid will include the signed bid form and the price schedule.',
            'Each tender shall contain the documents listed below.',
          ],
          negative: [
            'Votre soumission doit être reçue avant 14 h.',
            'Le soumissionnaire doit comprendre les besoins du Centre.',
            'Une soumission comportant un prix anormalement bas est rejetée.',
          ],
        },
      },
      // The bidder, by any of its names, told to enclose documents (« Le proposant doit joindre les documents… », "The
      // tenderer must enclose every document listed…"), whatever the verb of the ENCLOSE and FILE notions.
      {
        id: 'bidder-must-enclose-documents',
        pattern:
          '{BIDDER} (doit | doivent | devra | devront | must | =shall | =will) ({ENCLOSE} | {FILE} | fournir | produire | provide | supply | furnish) … {DOCUMENT}',
        examples: {
          positive: [
            'The tenderer must enclose with its tender every document listed in section 3.',
            'The Supplier must supply, at its own cost, the documents listed in Schedule B.',
            'Proponents shall attach the following documents to their proposal:',
            'Le proposant devra remettre avec son offre les documents énumérés à l’annexe 2.',
          ],
          negative: ['The tenderer must submit its tender before 2 p.m.', 'Le prestataire doit remettre un rapport mensuel au Ministère.'],
        },
      },
    ],
    law: [{ citation: '5.4°', quote: 'la liste des documents ou autres pièces exigés des prestataires de services' }],
    headings: [
      new RegExp(
        String.raw`\b(?:documents?|pieces?) (?:exigee?s?|requise?s?|a (?:fournir|joindre|remettre|produire|deposer|inclure)|demandee?s?|obligatoires|(?:de la |de l')${BIDS}|justificatives)\b|\bcontenu (?:de la |des |de l'|du )${BIDS}|\b(?:presentation|composition|preparation|forme) (?:de la |des |de l')${BIDS}|\bliste (?:des|de controle des) (?:documents|pieces)\b|\bformulaires?\b|\bbordereaux?\b`,
      ),
      /\b(?:required documents|submission (?:requirements|contents)|documents to (?:be )?(?:submitted|provided)|bid contents|checklist)\b/,
      // An envelope by its number heads what it holds (« **Enveloppe no 1 — Offre de services :** », "Envelope 2").
      /^(?:enveloppe (?:no |n° |numero |#)?(?:[\da-c]|un|deux)|envelope (?:no\.? |#)?(?:[\da-c]|one|two))\b/,
      // "Preparation and submission of tenders", "Content of the proposal", "Form of tender".
      new RegExp(
        String.raw`\b(?:preparation|presentation|contents?|composition|form) (?:and submission )?of ${DETERMINER_EN}?(?:bids?|tenders?|proposals?|submissions?)\b`,
      ),
      // A heading asked as a question: « What must a tender contain? », « Que doit contenir la soumission? », « Quels documents joindre? ».
      new RegExp(
        String.raw`\bwhat (?:must|should|shall|does|do|will) ${DETERMINER_EN}?(?:bids?|tenders?|proposals?|submissions?) (?:contain|include|comprise|consist of)\b|\bwhat (?:documents|forms) (?:must|should|shall|will|are to) be (?:submitted|provided|included|enclosed|attached)\b`,
      ),
      new RegExp(
        String.raw`\bque (?:doit|doivent|devra|devront) (?:contenir|comprendre|inclure) ${DETERMINER}?(?:soumissions?|offres?|propositions?)\b|\bquels? (?:sont les )?(?:documents?|pieces?|formulaires?) (?:faut-il |doit-on |a )?(?:joindre|fournir|remettre|deposer|inclure|produire)\b`,
      ),
    ],
    phrases: [
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- DETERMINER is one shared group, here one alternative among others
        String.raw`\b${DETERMINER}(?:soumissions?|offres?|propositions?|${BIDDERS})\b.{1,30}\b(?:doit|doivent|devra) (?:comprendre|contenir|inclure|comporter|joindre|fournir|produire|remettre|etre accompagnee)\b`,
      ),
      // Plural and followed by the list: "l'absence d'un document requis" (a rejection case) is not the list.
      /\b(?:documents|pieces|formulaires) suivante?s\b/,
      /\b(?:documents|pieces|formulaires) (?:exigee?s|requise?s|a (?:fournir|joindre|remettre|produire|deposer))\b.{0,30}(?::|\b(?:sont|comprennent|figurent|apparaissent|se trouvent|suivants)\b)/,
      // The bid and its verb on either side of an incise between commas (« La soumission, dans une enveloppe cachetée, comprend : »).
      /\bliste des (?:documents|pieces)\b|\b(?:la soumission|l'offre(?: de services)?|la proposition|le dossier de (?:soumission|candidature))(?:, [^,.;:]{1,80},)? (?:comprend|contient|inclut|se compose|est composee|comporte|renferme)\b/,
      new RegExp(
        String.raw`\b(?:${DETERMINER_EN}(?:bid|tender|proposal|submission)(?: (?:for|of) (?:the )?[a-z]+(?: [a-z]+)?)?|bidders?) (?:must|shall) (?:include|contain|provide|submit)\b|\b(?:the )?following documents\b`,
      ),
      // The bidder handing in what the list its colon opens names, in the descriptive present (« Le soumissionnaire remet,
      // dans une enveloppe scellée : », "The bidder encloses the following:"); not where or when it is handed in, nor the
      // services the provider gives (« Le prestataire fournit les services suivants : »).
      new RegExp(
        String.raw`\b${DETERMINER}(?:soumissionnaires?|prestataires?(?: de services)?|fournisseurs?|firmes?|entreprises?|proposants?)\b(?![^.:]{1,120}\b(?:adresse|endroit|lieu|bureau|courriel|heure|date|services|travaux|prestations|personnel|materiel|equipements)\b)[^.:]{1,40}\b(?:remet|remettent|joint|joignent|fournit|fournissent|produit|produisent|depose|deposent|transmet|transmettent|inclut|incluent|presente|presentent)\b[^.:]{0,80}:$`,
      ),
      new RegExp(
        String.raw`\b${DETERMINER_EN}(?:bidder|tenderer|proponent|supplier)s?\b(?![^.:]{1,120}\b(?:address|place|office|email|time|date|services|work|staff|equipment)\b)[^.:]{1,40}\b(?:submits|provides|encloses|includes|attaches|delivers)\b[^.:]{0,80}:$`,
      ),
      // What each envelope holds: « l'enveloppe no 1 contient l'offre de services et l'enveloppe no 2 le bordereau de prix ».
      /\benveloppe (?:no |n° |numero |#)?(?:[\da-c]|un|deux)\b[^.;:]{1,30}\b(?:contien(?:t|dra)|comprend(?:ra)?|renferme(?:ra)?|inclu(?:t|ra))\b|\benvelope (?:no\.? |#)?(?:[\da-c]|one|two)\b[^.;:]{1,30}\b(?:contains|includes|holds|will (?:contain|include|hold))\b/,
      // "Each tender is made up of two sealed envelopes"; "the tender documents consist of" describes the call, not a bid.
      // The bid named with its complement or its bidder's (« proposal for services », "the bidder's tender"), in either number.
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- DETERMINER_EN is one shared group, here one alternative among others
        String.raw`\b(?:${DETERMINER_EN}|(?:the )?[a-z]+'s )?(?:bid|tender|proposal|submission)s?(?: (?:for|of) (?:the )?[a-z]+(?: [a-z]+)?)?(?:, [^,.;:]{1,80},)? (?:(?:is|are|shall be|will be|must be) (?:made up|composed) of|consists? of|comprises?|(?:must|shall|will) (?:include|contain|consist of|comprise))\b`,
      ),
    ],
  },
  /** 5 par. 5°: how bids are opened. */
  openingProcedure: {
    law: [{ citation: '5.5°', quote: "les modalités d'ouverture des soumissions" }],
    headings: [OPENING_NAMED],
    phrases: [
      new RegExp(
        String.raw`${NOT_A_REFERENCE_DATE}\bouverture (?:publique )?des ${SEALED_BIDS}|\b${SEALED_BIDS} (?:seront |sont )?ouverte?s?\b|\bouvertes? publiquement\b|\bouverture publique\b`,
      ),
      new RegExp(UNSEALING),
      // "L'ouverture a lieu en public à 10 h", as the notice's own opening recogniser reads it.
      /\bouverture\b.{1,30}\b(?:en seance publique|publiquement|en public)\b/,
      new RegExp(
        String.raw`\bopening of ${DETERMINER_EN}?(?:bids|tenders|proposals|submissions)\b|\b(?:bids|tenders|proposals|submissions) (?:will be|shall be|are) opened\b|\bopened (?:in public|publicly)\b`,
      ),
      // The active voice, the body its subject, named or in the first person: « Nous ouvrons les soumissions en public »,
      // « le Centre ouvrira les offres », "We open the bids in public", "the Board will publicly open all tenders".
      /\b(?:ouvr(?:ons|irons|e|ent|ira|iront)|decachet(?:ons|erons|e|ent|era|eront)) (?:publiquement )?(?:les|toutes les) (?:soumissions|offres|propositions|plis)\b|\b(?:(?:we|will|shall) (?:publicly )?open|opens) (?:the|all|each) (?:bids|tenders|proposals|submissions)\b/,
      // The opening told by what is made known at it (« Lors de l'ouverture, le nom des soumissionnaires et le prix
      // soumis sont divulgués publiquement », "At the opening, the name of each tenderer is read aloud").
      /\b(?:lors de|a) l'ouverture\b.{1,100}\b(?:divulguee?s?|annoncee?s?|devoilee?s?|lue?s?|rendue?s? publi(?:c|que)s?)\b|\b(?:at|during|upon) the opening\b.{1,100}\b(?:read (?:aloud|out)|reads (?:aloud|out)|announced|announces|disclosed|discloses)\b/,
    ],
  },
  /** 5 par. 6°: evaluation rules and criteria (and their weights for annex 2). */
  evaluation: {
    law: [{ citation: '5.6°', quote: "les règles d'évaluation" }],
    headings: [/\bevaluation\b|\bgrille\b|\bcriteres?\b|\bponderation\b|\bcomite de selection\b|\b(?:selection|evaluation) criteria\b/],
    phrases: [
      /\bcriteres? (?:d'evaluation|de selection|retenus|suivants|qualitatifs)\b|\bgrille d'evaluation\b|\bevaluation de la qualite\b|\bniveau de performance acceptable\b/,
      /\bcriteres?\b.{0,60}\b(?:poids|ponderation|points|%)/,
      /\b(?:evaluation|selection) criteria\b|\bquality evaluation\b/,
    ],
  },
  /** Weights of the criteria (annex 2). */
  weights: {
    headings: [/\bpoids\b|\bponderation\b|\bweights?\b/],
    phrases: [/\bpoids\b|\bponderation\b|\bpondere(?:e|s|es)?\b|\d ?%|\b\d{1,3} points\b|\bweights?\b|\bweighted\b/],
  },
  /** 5 par. 7°: the award rule. */
  awardRule: {
    law: [{ citation: '5.7°', quote: "la règle d'adjudication du contrat" }],
    // The contract by any of its names (« l'entente », « la convention »), its participle agreeing.
    // A plain-language call's heading in the body's own words: "How We Choose", « Comment nous choisissons le prestataire ».
    headingTemplates: [
      {
        id: 'how-we-choose',
        pattern: '(nous | we) …2 (choisir | choisissons | sélectionnons | retenons | choose | select | pick | decide)',
        examples: {
          positive: ['How We Choose', 'Comment nous choisissons le prestataire', 'How we select the winning bid'],
          negative: ['What We Need', 'When We Reject A Bid', 'How to choose your envelope'],
        },
      },
    ],
    headings: [
      new RegExp(String.raw`\badjudication\b|\b(?:attribution|octroi) (?:du |de l'|de la )${CONTRACT}|\b(?:choix|selection) de l'adjudicataire\b|\baward\b`),
    ],
    phrases: [
      new RegExp(String.raw`\b(?:${CONTRACT}|le mandat\b).{1,30}\b(?:sera|est|seront|sont) (?:adjugee?|octroyee?|accordee?|attribuee?)s?\b`),
      /\badjug(?:e|era|er|ee) (?:le contrat )?au (?:soumissionnaire|prestataire|fournisseur)\b/,
      // The price qualified between its noun and its superlative: « le prix total le plus bas », « le prix global soumis le plus bas ».
      /\b(?:prix (?:[a-z]+ ){0,2}le plus bas|plus bas (?:prix|soumissionnaire conforme)|note finale la plus elevee|soumission conforme la plus basse)\b|\bregle d'adjudication\b/,
      // The superlative as a predicate: « la soumission dont le prix ajusté est le plus bas », « dont la note est la plus élevée ».
      /\b(?:prix (?:ajuste |soumis )?|note (?:finale )?)(?:est|sera|soit|etant) (?:le plus bas|la plus elevee|le moins eleve)\b/,
      // English qualifies the price too ("the lowest total price", "the lowest evaluated bid price"), says the superlative as a
      // predicate ("whose total price is the lowest") and calques « adjuger » ("the contract is adjudicated to").
      /\b(?:(?:awarded|adjudicated) to|lowest (?:[a-z]+ ){0,2}price|highest (?:[a-z]+ )?score)\b|\bprice (?:[a-z]+ ){0,3}(?:is|being) the lowest\b/,
    ],
  },
  /**
   * The contract said to be written after the award, with the successful bidder (« L'entente sera rédigée avec
   * l'adjudicataire après l'adjudication », "The agreement will be drafted after award"): not the contract to be signed
   * of 5 par. 8°, which the documents hold when the bidders price it. Its signing after the award is not this (« le
   * contrat est signé après l'adjudication »: the contract the documents hold is signed then).
   */
  contractDraftedLater: {
    headings: [],
    phrases: [
      new RegExp(
        String.raw`\b${CONTRACT}[^.;]{1,80}\b(?:sera|seront|doit etre|doivent etre|devra etre|devront etre) (?:[a-z]+ment )?(?:redigee?s?|preparee?s?|elaboree?s?|negociee?s?|ecrite?s?)\b[^.;]{1,100}\b(?:apres|a la suite (?:de|du)|lors de|ulterieurement|plus tard|avec (?:l'adjudicataire|le prestataire retenu|le soumissionnaire retenu))\b`,
      ),
      new RegExp(
        String.raw`\b(?:redigera|redigeront|preparera|prepareront|elaborera|elaboreront|negociera|negocieront)\b[^.;]{1,40}\b${CONTRACT}[^.;]{1,100}\b(?:apres|a la suite (?:de|du)|lors de|ulterieurement|plus tard|avec (?:l'adjudicataire|le prestataire retenu|le soumissionnaire retenu))\b`,
      ),
      // The award first: « Après l'adjudication, le Centre rédige un contrat », "After award, the Board will draft the agreement".
      new RegExp(
        String.raw`\b(?:apres|a la suite de|suivant|des) (?:l'adjudication|l'octroi|l'attribution)\b[^.;]{1,60}\b(?:redig|prepar|elabor|negoci)\w*\b[^.;]{1,30}\b${CONTRACT}`,
      ),
      new RegExp(
        String.raw`\b(?:after|following|upon|once) (?:the )?(?:contract )?award\b[^.;]{1,60}\b(?:draft|prepar|negotiat)\w*\b[^.;]{1,30}\b${CONTRACT_EN}`,
      ),
      new RegExp(
        String.raw`\b${CONTRACT_EN}\b[^.;]{1,80}\b(?:will|shall|is to|must) be (?:[a-z]+ly )?(?:drafted|prepared|drawn up|negotiated|written)\b[^.;]{1,100}\b(?:after|following|once|upon|later|with the successful (?:bidder|tenderer|proponent|supplier))\b`,
      ),
    ],
  },
  /** 5 par. 8°: the contract to be signed. */
  contractToSign: {
    weak: [
      {
        id: 'contract-signed-later',
        pattern: '{CONTRACT} … {SIGN}',
        examples: { positive: ['Après l’adjudication, un contrat est rédigé puis signé dans les quinze jours.'] },
        lacks: { fr: 'il ne joint ni ne reproduit le contrat à signer', en: 'it neither includes nor reproduces the contract to be signed' },
      },
    ],
    law: [{ citation: '5.8°', quote: 'le contrat à être signé' }],
    headings: [
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-assertions -- CONTRACT ends on \b for its uses at the end of an alternative; here a space follows
        String.raw`\b${CONTRACT} (?:a (?:etre )?signer|a intervenir|type)\b|\b(?:modele|projet|formulaire|gabarit) (?:de |d')${CONTRACT}|\bconditions (?:generales|particulieres|contractuelles)\b|\bclauses (?:contractuelles|generales|administratives)\b` +
          // The contract named by its clauses or its conditions (« Clauses du contrat subséquent », « Conditions du contrat »).
          String.raw`|\b(?:clauses|conditions|termes et conditions) (?:du |de ce |de la |de cette |de l')${CONTRACT}`,
      ),
      new RegExp(String.raw`${NUMBERING}${DETERMINER}?${CONTRACT}(?: de services(?: professionnels| techniques| de nature technique)?)?$`),
      new RegExp(String.raw`\b(?:${CONTRACT_EN} (?:to be signed|form|template)|form of (?:contract|agreement)|general conditions)\b`),
      // The contract named by its clauses or its terms, as federal and Commonwealth calls title the part that reproduces
      // it: "Resulting Contract Clauses", "Conditions of Contract", "Terms and Conditions of the Agreement"; not the
      // conditions of its award.
      new RegExp(
        String.raw`\b${CONTRACT_EN} (?:clauses|(?:terms and )?conditions)\b|\b(?:clauses|(?:terms and )?conditions) of (?:the |this |any )?(?:resulting )?${CONTRACT_EN}\b(?! award)|\bcontractual (?:clauses|terms and conditions)\b`,
      ),
      // Named by its services before it, as the French title « Contrat de services professionnels » is after it.
      new RegExp(String.raw`${NUMBERING}${DETERMINER_EN}?(?:(?:professional|technical) services? )?${CONTRACT_EN}$`),
    ],
    phrases: [
      new RegExp(
        String.raw`\b${CONTRACT}.{1,60}\b(?:a (?:etre )?signer|a intervenir|ci-joint|jointe?s? (?:a|au|aux|en)|en annexe|a l'annexe|fait partie des documents)\b`,
      ),
      // A longer name before the annex or the signature: "Le contrat de services professionnels d'architecture de
      // la Société, reproduit à l'annexe C, est signé par l'adjudicataire".
      new RegExp(String.raw`\b${CONTRACT}.{1,100}\b(?:reprodui(?:t|te) (?:a|en) (?:l')?annexe|(?:est|sera) signee? par l'adjudicataire)\b`),
      // In the active voice, the contract the successful bidder signs: « le contrat ci-dessous est celui que l'adjudicataire
      // signera », « contrat que l'adjudicataire signe, sans modification ».
      new RegExp(String.raw`\b${CONTRACT}.{1,100}\bque l'adjudicataire (?:signe|signera|doit signer|devra signer)\b`),
      // Reproduced in the documents themselves, as the models' part « Contrat » follows the instructions: the
      // contract is the subject ("le calendrier du contrat est reproduit ci-dessous" is not the contract).
      new RegExp(
        String.raw`(?<!\b(?:du|au|d'un|d'une|de la) |\bde l')\b${CONTRACT}.{1,100}\breprodui(?:t|te) (?:ci-dessous|ci-apres|dans (?:la presente|cette) (?:partie|section))`,
      ),
      new RegExp(
        String.raw`(?<!\b(?:of|of the|of this|to the) )\b${CONTRACT_EN}\b.{1,100}\b(?:is|will be|shall be|must be) (?:reproduced|set out) (?:below|hereafter|in (?:this|the following) (?:part|section))\b`,
      ),
      // The contract named as the model the documents give: « modèle de contrat », « contrat type », "form of agreement".
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-assertions -- CONTRACT ends on \b for its uses at the end of an alternative; here a space follows
        String.raw`\b(?:modele|projet|formulaire|gabarit) (?:de |d')${CONTRACT}|\b${CONTRACT} type\b|\bconditions (?:generales|particulieres) du contrat\b`,
      ),
      /\ble contrat (?:est |sera )?(?:constitue|forme|compose) (?:des|de la|par)\b/,
      // Its clauses said to make it up, as the part that reproduces them opens: « Les clauses qui suivent font partie intégrante
      // du contrat », "The following clauses and conditions apply to and form part of the resulting contract".
      new RegExp(String.raw`\b(?:clauses|conditions|stipulations)\b.{1,80}\bfont partie (?:integrante )?(?:du |de tout |de ce |de la |de l')${CONTRACT}`),
      new RegExp(String.raw`\b(?:clauses|terms|conditions)\b.{1,80}\bforms? (?:an integral )?part of (?:the|any|this|each) (?:resulting )?${CONTRACT_EN}\b`),
      // The contract reproduced, by its form where no title names it: the provider named as a party (« Entre le Centre… et
      // ____ (« le Prestataire ») », « ET : ____, ci-après « l'Entrepreneur » »), the signatures of both parties
      // (« Signé le ____, pour le CISSS : ____, pour le Prestataire : ____ »). A bid form is signed by the bidder alone.
      /^(?:entre|et)\b[^.]{0,250}(?:\(|\bci-apres\b(?: (?:appelee?|designee?|nommee?))?) ?(?:" ?)?(?:le |la |l')?(?:" ?)?(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|contractant|firme)\b/,
      /^(?:between|and)\b[^.]{0,250}(?:\(|\bhereinafter\b(?: called| referred to as)?) ?(?:the )?(?:" ?)?(?:the )?(?:contractor|service provider|provider|supplier|consultant|firm|adjudicataire|prestataire|cocontractant)\b/,
      /\bsign(?:e|ee|atures?)\b[^.]{1,60}\bpour (?:le |la |l')(?:[^.]{1,80}\bpour (?:le |la |l'))?(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|firme)\b[^.]{1,80}\bpour (?:le |la |l')|\bsign(?:e|ee|atures?)\b[^.]{1,60}\bpour (?:le |la |l')[^.]{1,80}\bpour (?:le |la |l')(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|firme)\b/,
      /\bsign(?:ed|atures?)\b[^.]{1,60}\b(?:for|on behalf of) the [^.]{1,80}\b(?:for|on behalf of) the (?:contractor|service provider|provider|supplier|consultant|firm|adjudicataire|prestataire|cocontractant)\b/,
      // The parties named by a sentence whose subject is the contract (« Le présent contrat est conclu entre le Centre … et
      // ____ (« le Prestataire ») », "This contract is entered into between the Board … and ____ (the "Contractor")").
      new RegExp(
        String.raw`^(?:le present|la presente|ce|cette) ${CONTRACT}[^.]{1,40}\bentre\b[^.]{0,250}(?:\(|\bci-apres\b(?: (?:appelee?|designee?|nommee?))?) ?(?:" ?)?(?:le |la |l')?(?:" ?)?(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|contractant|firme)\b`,
      ),
      new RegExp(
        String.raw`^(?:this|the) ${CONTRACT_EN}\b[^.]{1,40}\bbetween\b[^.]{0,250}(?:\(|\bhereinafter\b(?: called| referred to as)?) ?(?:the )?(?:" ?)?(?:the )?(?:contractor|service provider|provider|supplier|consultant|firm|adjudicataire|prestataire|cocontractant)\b`,
      ),
      // Both parties' places to sign, by their labels and blanks, the word « signé » on another line or none (« Pour le
      // Centre : ____ Pour le Prestataire : ____ », "For the Board: ____ For the Contractor: ____").
      /\bpour (?:le |la |l')(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|firme)\b[^.:]{0,40}: ?_{3,}[^.]{1,80}\bpour (?:le |la |l')|\bpour (?:le |la |l')[^.:]{1,60}: ?_{3,}[^.]{1,80}\bpour (?:le |la |l')(?:prestataire|fournisseur|entrepreneur|adjudicataire|consultant|cocontractant|firme)\b/,
      /\b(?:for|on behalf of) the (?:contractor|service provider|provider|supplier|consultant|firm|adjudicataire|prestataire|cocontractant)\b[^.:]{0,40}: ?_{3,}[^.]{1,80}\b(?:for|on behalf of) the |\b(?:for|on behalf of) the [^.:]{1,60}: ?_{3,}[^.]{1,80}\b(?:for|on behalf of) the (?:contractor|service provider|provider|supplier|consultant|firm|adjudicataire|prestataire|cocontractant)\b/,
      // The contract's signing formula: the parties have signed (« EN FOI DE QUOI, les parties ont signé », "IN WITNESS
      // WHEREOF, the parties have executed this Agreement"); a bid form is signed by the bidder alone.
      /\ben foi de quoi\b[^.]{1,80}\bparties\b[^.]{1,60}\bsigne|\bin witness whereof\b[^.]{1,80}\bpart(?:y|ies)\b[^.]{1,80}\b(?:signed|executed)\b/,
      new RegExp(
        String.raw`\b(?:${CONTRACT_EN} (?:to be signed|form|template)|form of (?:contract|agreement)|(?:draft|model|standard(?: form)?) ${CONTRACT_EN})\b`,
      ),
      // Attached to the documents, as in French above (« le contrat … ci-joint, joint à l'annexe »): "A copy of the agreement
      // the successful bidder will sign is attached as Appendix D". Not another paper the contract names ("the
      // certificate required by the contract is attached").
      new RegExp(
        String.raw`(?<!\b(?:by|under|in|to|with) (?:the|this) )\b${CONTRACT_EN}\b.{1,80}\b(?:(?:is|are|will be|shall be) (?:attached|appended|annexed|enclosed|included) (?:as|in|hereto|to (?:this|these|the (?:present|tender)))|(?:attached|appended|annexed) (?:hereto|as (?:appendix|schedule|annex)))\b`,
      ),
    ],
  },
} satisfies Record<string, ItemRecogniser>;
