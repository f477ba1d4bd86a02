import type { ItemRecogniser } from '../recognisers.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;
const OF_DETERMINER = String.raw`(?:du |des |d'(?:une? )?|de ${DETERMINER}?)`;
const DETERMINER_EN = String.raw`(?:the |an? |any |each |every |all (?:the |of the )?|your |its |their |this |these |that |those )`;

/**
 * Quality evaluation, award rule, committee and amount clauses (art. 16–34, 48–50.3, annexes 1–2).
 * Same conventions as the notice recognisers: folded text, bounded gaps only.
 */
/** The BID notion's nouns (vocabulary.ts) but « pli », as shared.ts's BIDS: a constant of this module, so that the static check reads its patterns. */
const BIDS = String.raw`(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?|offers?|quotations?)`;
/** The validity named by an English noun compound whose first noun is the bid's: "bid validity", "tender validity (period)". */
const BID_VALIDITY_EN = String.raw`(?:bid|tender|proposal|offer|quotation|quote|submission)s? validity`;
/**
 * What makes a passage on bid validity state its period (art. 29.7: the dirigeant acts before it expires): a
 * duration (« 90 jours », « quatre-vingt-dix (90) jours », "ninety days"), a date it runs to (« jusqu'au 30 juin
 * 2027 »), or the value an inserted clause leaves to fill. « Pendant toute la durée de validité » is none.
 */
export const VALIDITY_PERIOD = new RegExp(
  String.raw`(?:\b\d{1,3}\)?|\b(?:${Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})|\[(?:a completer|to complete) ?: [^\]]{0,80}\]) (?:jours?|semaines?|mois|ans?|annees?|days?|weeks?|months?|years?)\b|\b(?:jusqu'(?:au|a)|until|through) (?:le )?(?:\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b|\d{4}-\d{2}-\d{2})`,
);

/** Two criteria or more, in figures or in words: « trois (3) », "three". */
const SEVERAL = String.raw`(?:[2-9]|1\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)(?: \(\d{1,2}\))?`;
/**
 * Some of the criteria, not each of them (annexe 1, art. 3): « au moins trois des quatre critères », « trois critères sur
 * quatre », « la majorité des critères », « tous les critères sauf un », « deux critères ou plus », "at least three of the
 * four criteria", "three out of four criteria", "most of the criteria", "all but one criterion", "two or more criteria".
 */
const SOME_CRITERIA = String.raw`(?:\b(?:au moins|at least|(?:un |a )?minimum (?:de|of)) ${SEVERAL} (?:des|de ses|sur les|of the|of its|of|out of the|out of) (?:${SEVERAL} )?(?:criteres|criteria)\b|\b${SEVERAL} (?:des|sur les|of the|out of the|out of) ${SEVERAL} (?:criteres|criteria)\b|\b${SEVERAL} (?:criteres|criteria) (?:sur|out of) ${SEVERAL}\b|\b${SEVERAL} (?:criteres|criteria) (?:ou plus|ou davantage|or more)\b|\b(?:la majorite|la plupart) des criteres\b|\b(?:the majority|most) of (?:the |its )?criteria\b|\bmost criteria\b|\btous les criteres (?:sauf|excepte|a l'exception d')|\ball (?:the |of the )?criteria (?:but|except|save)\b|\ball but (?:one|two) (?:of the )?criteri)`;
/** What the sentence says of the bid the criteria decide on: its acceptability, its acceptable level, its rejection. */
const ACCEPTABILITY = String.raw`acceptab|niveau|level|rejet|reject|retenue?s?\b`;

export const EVALUATION_RECOGNISERS = {
  /** A heading that names the evaluation grid (SPEC §4): a table under it is a criteria grid. */
  evaluationGrid: {
    headings: [
      /\bgrilles? (?:d'evaluation|de (?:ponderation|selection|notation|cotation))\b/,
      /\bcriteres? (?:d'evaluation|de (?:selection|ponderation|qualite)|qualitatifs?|retenus)\b/,
      /\b(?:evaluation|mesure) (?:de la qualite|du niveau de qualite|qualitative)\b/,
      // The criteria and their weighting named together, either way round (« Critères et pondération », "Criteria and weighting").
      /\bponderation des criteres\b|\bcriteres et (?:leur )?ponderations?\b|\bcriteria and (?:their )?weight(?:ing)?s?\b|\bweighting of (?:the )?criteria\b/,
      /\b(?:evaluation|selection|award) (?:grid|criteria)\b|\bquality (?:evaluation|assessment)\b/,
      // The criteria by their other names (« facteurs d'évaluation », "evaluation factors", "rated requirements"), and the
      // quality's evaluation in English's other word order ("Evaluation of quality").
      /\bfacteurs d'evaluation\b|\b(?:evaluation|selection) factors\b|\brated requirements\b|\b(?:evaluation|assessment) of (?:the )?quality\b/,
      // Annexe 1's grid: the criteria named with the acceptable level each must reach, not with a weight (« Critères et
      // niveau de performance acceptable », "Criteria and acceptable performance levels"), either way round; the
      // sub-criteria's levels (« Sous-critères et niveau de performance acceptable ») describe a grid set above them.
      /(?<!sous-)\bcriteres? et (?:leurs? |les? )?niveaux? (?:de (?:performance|rendement|qualite) )?(?:acceptables?|minima(?:l|ux)|minimums?|requis)\b/,
      /\bniveaux? (?:de (?:performance|rendement) )?acceptables? (?:des|de chaque|pour chaque|par) criteres?\b/,
      /(?<!sub-)\bcriteria and (?:their |the )?(?:acceptable|minimum|required) (?:performance |quality )?levels?\b|\bacceptable (?:performance )?levels? (?:of|for|per) (?:each |the )?criteri(?:on|a)\b/,
    ],
    phrases: [],
  },
  /** The acceptable level of each criterion described elsewhere (an appendix, the grid form…). */
  acceptableLevelReference: {
    headings: [],
    phrases: [
      /\bniveau (?:de performance )?acceptable\b.{1,120}\b(?:decrits?|precises?|presentes?|definis?|indiques?|detailles?)\b.{1,60}\b(?:annexe|section|partie|document|grille|tableau|formulaire|devis|cahier)\b/,
      /\b(?:elements de qualite|attentes)\b.{1,100}\b(?:chaque|chacun des) criteres?\b.{1,100}\b(?:annexe|section|partie|document|devis|cahier|grille|tableau)\b/,
      /\bacceptable (?:performance )?level\b.{1,120}\b(?:described|set out|specified)\b.{1,60}\b(?:appendix|schedule|section|part|document|grid|table|form)\b/,
    ],
  },
  /**
   * A reference to annexe 2 for the adjusted price ("selon la formule prévue à l'annexe 2 du Règlement"):
   * the regulation's annex, or the documents' own appendix that holds the formula.
   */
  annex2FormulaReference: {
    headings: [],
    phrases: [
      /\b(?:formule|prix ajuste|calcul)\b.{1,80}\b(?:annexe 2|annexe ii)\b/,
      /\b(?:annexe 2|annexe ii) du reglement\b.{1,80}\b(?:formule|prix ajuste)\b/,
      /\b(?:formula|adjusted price)\b.{1,80}\bannex 2\b.{1,40}\bregulation\b/,
    ],
  },
  /** Price and quality demonstration presented separately (art. 16 al. 2), in any common wording. */
  separatePriceAndQuality: {
    headings: [],
    phrases: [
      /\b(?:presentes?|presentees?|soumis|deposes?|transmis|remis|fournis|places?|inseres?)\b.{1,40}\bseparement\b/,
      /\bseparement\b.{1,80}\b(?:prix|qualite)\b/,
      /\b(?:deux|2) (?:\(2\) )?(?:enveloppes|plis|fichiers|documents|volets)\b.{1,80}\b(?:prix|qualite)\b/,
      // The container's other qualities may come first, stacked or coordinated: « une enveloppe scellée et distincte »,
      // « un pli cacheté, distinct ».
      /\b(?:prix|financiere?)\b.{1,80}\b(?:enveloppe|pli|fichier|document|courriel)(?: [a-z]+(?: et|,)?)? (?:distinct|separe)e?s?\b/,
      /\benveloppes?(?: [a-z]+(?: et|,)?)? (?:distinctes?|separees?)\b|\bsous plis?(?: [a-z]+(?: et|,)?)? (?:separes?|distincts?)\b/,
      // Envelopes numbered, « n° » or not (« Enveloppe 2 — Votre prix »): one for the quality, the other for the price.
      /\benveloppe (?:(?:n[o°]|numero) ?)?[12]\b.{1,120}\b(?:prix|qualite)\b/,
      /\b(?:price|financial proposal)\b.{1,60}\bseparate(?:ly)?\b|\bseparate(?:ly)?\b.{1,60}\b(?:price|quality)\b/,
      /\b(?:price|fees?|financial proposal)\b.{1,60}\b(?:envelope|file|package)(?: [a-z]+(?: and|,)?)? distinct\b|\b(?:price|fees?|financial proposal)\b.{1,60}\bdistinct(?:,? (?:and )?[a-z]+)? (?:envelope|file|package)s?\b/,
    ],
  },
  /**
   * A price asked of bidders (a price envelope, a fee form to fill in, "le soumissionnaire indique ses
   * honoraires"): architecture and engineering calls solicit only a quality demonstration (art. 24).
   * Whether the sentence refuses the price ("aucun prix n'est demandé") is the rule's job.
   */
  priceSolicited: {
    headings: [],
    phrases: [
      /\b(?:enveloppe|pli|fichier|volet) (?:de prix|financiere?|(?:des |d')honoraires)\b/,
      /\b(?:enveloppe|pli|fichier|volet) (?:no |n° |numero )?(?:2|deux) (?:contient|contenant|comprend|renferme|doit contenir)\b.{1,40}\b(?:prix|honoraires|bordereau|offre financiere)\b/,
      /\b(?:bordereau|formulaire|offre|proposition|grille) (?:de prix|(?:des |d')honoraires|financiere|de tarification)\b.{1,80}\b(?:doit|doivent|devra|devront|est|sont|sera|seront) (?:etre )?(?:joint|remis|depose|transmis|inclus|presente|rempli|signe|place|insere)e?s?\b/,
      /\b(?:soumissionnaire|prestataire|fournisseur|firme|entreprise|proposant)\b.{1,40}\b(?:indique|inscrit|propose|soumet|joint|remet|presente)\b.{1,40}\b(?:son prix|ses honoraires|ses taux(?: horaires)?|son offre (?:de prix|financiere)|sa proposition (?:d'honoraires|financiere)|un prix|le prix (?:forfaitaire|global|total))\b/,
      /\b(?:la soumission|l'offre(?: de services)?|la proposition)\b.{1,30}\b(?:comprend|contient|inclut|comporte)\b.{1,120}\b(?:bordereau de prix|offre (?:de prix|financiere)|proposition (?:financiere|d'honoraires)|prix (?:forfaitaire|global|total))\b/,
      /\bprix et (?:la )?(?:demonstration de (?:la )?)?qualite\b.{1,60}\b(?:presentes?|presentees?|soumis|deposes?|remis)\b.{1,20}\bseparement\b/,
      /\b(?:price|fee proposal)\b.{1,60}\b(?:must|shall) be (?:submitted|included|provided)\b/,
    ],
  },
  /** A selection committee (art. 26). */
  selectionCommittee: {
    headings: [/\bcomite de selection\b|\bselection committee\b/],
    phrases: [/\bcomite (?:de selection|d'evaluation)\b|\b(?:selection|evaluation) committee\b/],
  },
  /** The committee's secretary (art. 26 al. 2). */
  /**
   * Art. 26 al. 1: wording that lets the committee know the price before (or while) it evaluates quality. Templates,
   * so that a sentence denying it (« n'ouvre pas », « aucun membre ne… », "none of whom sees") is no such wording.
   */
  committeeSeesPrice: {
    headings: [],
    phrases: [],
    templates: [
      {
        id: 'committee-learns-price-before-quality',
        pattern:
          '(comité | committee) … ({OPEN} | ouvre | connaissance | examiner | consulter | {RECEIVE} | analyser | voir | connaître | review | see | examine | consult) … ({PRICE} | bordereau | financière | financial | honoraires | (enveloppe | envelope) (2 | deux | two)) … (avant | pendant | simultanément | temps | lors | début | before | while | during | start) …3 ({QUALITY} | scoring)',
        examples: {
          positive: [
            'Le comité de sélection ouvre les enveloppes de prix avant l’évaluation de la qualité des soumissions.',
            'Le comité prend connaissance des bordereaux de prix en même temps qu’il évalue la qualité.',
            'The committee reviews the prices before scoring quality.',
          ],
          negative: [
            'Le comité évalue la qualité sans connaître le prix; les enveloppes de prix des soumissions acceptables sont ouvertes après l’évaluation de la qualité.',
            'Le comité n’ouvre pas les enveloppes de prix avant l’évaluation de la qualité.',
            'A secretary and at least 3 members, none of whom sees the prices before the quality evaluation is final.',
          ],
        },
      },
      {
        id: 'price-handed-to-committee-before-quality',
        pattern:
          '({PRICE} | bordereau | financière | financial | envelope) … (remettre | remis | transmettre | transmis | communiquer | communiqué | fournir | fourni | hand | handed | give | given | provide | provided | send | sent) …3 (comité | committee) … (avant | pendant | simultanément | temps | lors | début | before | while | during | start) …3 ({QUALITY} | scoring)',
        examples: {
          positive: [
            'Les bordereaux de prix sont remis au comité dès le début de l’évaluation de la qualité.',
            'The price envelopes are handed to the committee before the quality evaluation.',
          ],
          negative: ['Les bordereaux de prix ne sont remis au comité qu’une fois l’évaluation de la qualité terminée.'],
        },
      },
    ],
  },
  committeeSecretary: {
    headings: [],
    phrases: [/\bsecretaire\b|\bsecretary\b/],
  },
  /**
   * Award to the lowest adjusted price (art. 21), said of the price or of the bid whose adjusted price is the lowest (« la
   * soumission dont le prix ajusté est le plus bas », "the tender whose adjusted price is the lowest").
   */
  awardAdjustedPrice: {
    headings: [],
    phrases: [
      /\bprix ajuste (?:(?:est|sera|serait) )?le (?:plus bas|moins eleve)\b|\b(?:plus bas|moins eleve) prix ajuste\b|\blowest adjusted price\b/,
      /\badjusted price (?:is|will be|would be) (?:the )?lowest\b/,
    ],
  },
  /** Award to the highest final quality score (art. 22). */
  awardHighestScore: {
    headings: [],
    phrases: [
      /\bnote finale (?:pour la qualite |de qualite )?la plus elevee\b|\bmeilleure note finale\b|\bplus haute note finale\b/,
      /\bhighest final (?:quality )?score\b/,
    ],
  },
  /**
   * The quality evaluated on reaching its minimum level (art. 20, annexe 1): the method named (« qualité minimale », "minimum
   * quality"), the regulation's annexe 1 named as the evaluation's (« annexe 1 du Règlement », "Schedule 1 of the Regulation"),
   * or the acceptable performance level each criterion must reach. With an award to the lowest price, the award method is
   * annexe 1's (awardMode), whatever the front-matter leaves unsaid.
   */
  minimumQualityEvaluation: {
    headings: [],
    phrases: [
      /\bqualite minimale\b|\bniveau (?:minimal|minimum) de qualite\b|\bminimum (?:level of )?quality\b|\bminimum quality level\b/,
      /\b(?:annexe|annex|schedule) (?:1|i) (?:du|of|to) (?:the )?(?:reglement|regulation)\b/,
      /\bniveau de (?:performance|rendement) acceptable\b|\bacceptable (?:level of performance|performance level)\b/,
    ],
  },
  /**
   * Annexe 1 art. 3: a clause that lets a bid failing a criterion's acceptable level be acceptable all the same: declared
   * acceptable nevertheless, at the committee's discretion, or a result on one criterion making up for another's. The
   * rule keeps those that name a criterion or its level (« à sa discrétion, accepter ou rejeter toute soumission » is
   * the award's reserve, not the evaluation's). A sentence denying it (« ne compense pas ») is none.
   */
  acceptableDespiteCriterion: {
    headings: [],
    // Acceptability on some of the criteria only: « au moins trois des quatre critères », "at least three of the four
    // criteria", « la majorité des critères », "all but one criterion", "fails it on two or more criteria", said of the
    // acceptable level or of the bid's acceptance or rejection within the sentence.
    phrases: [new RegExp(String.raw`\b(?:${ACCEPTABILITY})[^.;]{0,160}?${SOME_CRITERIA}|${SOME_CRITERIA}[^.;]{0,160}?\b(?:${ACCEPTABILITY})`)],
    templates: [
      {
        id: 'bid-acceptable-nevertheless',
        pattern:
          '({MAY} … (néanmoins | nevertheless | nonetheless | notwithstanding | (quand | tout de) même | malgré cela | even so) | (néanmoins | nevertheless | nonetheless | notwithstanding | malgré cela | even so) … {MAY}) …6 {ACCEPT}',
        examples: {
          positive: [
            'La soumission pourra néanmoins être jugée acceptable si elle est acceptable pour les critères 1 à 3.',
            'The committee may nevertheless declare the tender acceptable if it is "Acceptable" on criteria 1 to 3.',
            'Nevertheless, the committee may consider the tender acceptable when its other criteria are met.',
          ],
          negative: [
            'Une soumission qui n’atteint pas le niveau de performance acceptable pour l’un des critères est rejetée.',
            'The committee may nevertheless check the information given, including by calling references.',
          ],
        },
      },
      {
        id: 'bid-acceptable-at-discretion',
        pattern: '({MAY} … {ACCEPT} …6 (discrétion | discretion | appréciation) | (discrétion | discretion | appréciation) …6 {MAY}? … {ACCEPT})',
        examples: {
          positive: [
            'Une soumission qui n’atteint pas le niveau acceptable pour un critère peut être déclarée acceptable à la discrétion du comité.',
            'At the discretion of the committee, a tender that fails one criterion may be found acceptable.',
          ],
          negative: ['Le comité peut, à sa discrétion, vérifier les renseignements fournis par le soumissionnaire.'],
        },
      },
      {
        id: 'criterion-makes-up-for-another',
        pattern: '{MAY} … (compenser | compensate | offset | make up | makes up) …6 (critère | criterion | niveau | level | résultat | result)',
        examples: {
          positive: [
            'Un résultat supérieur pour un autre critère peut compenser un critère non atteint.',
            'A strong result on criterion 2 may make up for a weak result on criterion 4.',
          ],
          negative: [
            'A tender that is "Not acceptable" on even one criterion is rejected; a strong result on another criterion does not make up for it.',
            'Aucune compensation entre les critères n’est possible.',
          ],
        },
      },
    ],
  },
  /** Award to the lowest submitted price (art. 13, 20): the award verb keeps "ni la plus basse" (4 7°) out. */
  awardLowestPrice: {
    headings: [],
    phrases: [
      new RegExp(
        // eslint-disable-next-line regexp/no-useless-non-capturing-group -- BIDS is one shared group, here one alternative among others
        String.raw`\b(?:adjuge|adjugera|adjudication|octroye|octroyera|accorde|accordera|attribue|attribuera|award(?:ed)?)\b.{1,100}\b(?:prix (?:soumis |total )?le (?:plus bas|moins eleve)|(?:${BIDS}|soumissionnaire) (?:acceptable |conforme )?(?:ayant|qui a) (?:soumis |presente )?le prix le plus bas|lowest (?:submitted |total )?price)\b`,
      ),
    ],
  },
  /** A tariff taken under a law or approved by the government or the Conseil du trésor (art. 23). */
  tariff: {
    headings: [],
    phrases: [
      /\btarifs?\b.{1,120}\b(?:decret|gouvernement|conseil du tresor|en vertu d(?:e|'une) (?:la )?loi|approuve|reglement|honoraires)\b/,
      /\b(?:decret|reglement)\b.{1,80}\btarifs?\b/,
      /\btariff\b.{1,80}\b(?:government|treasury board|act|approved)\b/,
    ],
  },
  /** The section of the admissibility conditions (art. 6), where attestations belong (art. 50.3 al. 3). */
  eligibilitySection: {
    headings: [/\b(?:conditions? d'admissibilite|admissibilite|eligibility|admissibility)\b/],
    phrases: [],
  },
  /** The amount predetermined for an advertising campaign (art. 39). */
  predeterminedAmount: {
    headings: [/\bmontant (?:predetermine|maximal|maximum)\b|\bbudget (?:de la campagne|maximal|alloue)\b/],
    phrases: [
      /\b(?:montant|budget|enveloppe budgetaire) (?:predetermine|maximal|maximum|total alloue|alloue|disponible|de la campagne|du contrat)\b.{0,80}(?:\d|\[(?:a completer|to complete))/,
      /\bne (?:peut|pourra) (?:etre superieur|exceder|depasser)\b.{0,60}(?:\d[\d ]*(?:[,.]\d+)? ?\$|\[(?:a completer|to complete))/,
      /\b(?:predetermined|maximum) (?:amount|budget)\b.{0,80}(?:\d|\[(?:a completer|to complete))/,
    ],
  },
  /** Two-step call: all selected providers, or a restricted number, go to the second step (art. 25 al. 2). */
  secondStepInvitees: {
    headings: [],
    phrases: [
      /\b(?:tous les|l'ensemble des|chacun des) (?:prestataires|soumissionnaires|candidats|fournisseurs)\b.{1,100}\b(?:deuxieme|seconde|2e) etape\b/,
      /\b(?:nombre restreint|seuls les (?:\d+|deux|trois|quatre|cinq|six)|les (?:\d+|deux|trois|quatre|cinq|six) (?:meilleurs|premiers))\b.{1,120}\b(?:deuxieme|seconde|2e) etape\b/,
      /\b(?:deuxieme|seconde|2e) etape\b.{1,120}\b(?:tous les (?:prestataires|soumissionnaires|candidats)|nombre restreint|seuls les|les (?:\d+|deux|trois|quatre|cinq) (?:meilleurs|premiers|prestataires))\b/,
      /\b(?:all|a restricted number of|only the)\b.{1,160}\bsecond (?:step|stage)\b/,
    ],
  },
  /** The project manager is a permanent resource working from the region (art. 24 al. 2). */
  permanentProjectManager: {
    headings: [],
    phrases: [/\bressource permanente\b|\bpermanent resource\b/],
  },
  /** The Revenu Québec attestation (art. 50.1). */
  revenuQuebecAttestation: {
    headings: [/\battestation de revenu quebec\b/],
    // The attestation and its issuer a few words apart, in any word order or calque: « attestation valide délivrée par
    // Revenu Québec », "an attestation of Revenu Québec", "Revenu Québec's attestation".
    phrases: [
      /\battestation(?: [\w'-]+){0,3}? (?:de|par|from|of|by) revenu quebec\b|\brevenu quebec(?:'s)? attestation\b|\battestation de revenu\b|\(arq\)|\barq\b/,
    ],
  },
  /** The older validity wording: an attestation issued no more than 90 days before the closing (art. 50.3). */
  ninetyDays: {
    headings: [],
    phrases: [/\b(?:90|quatre-vingt-dix) (?:\(90\) )?jours\b|\b90 days\b/],
  },
  /** The equality-programme attestation (art. 48). */
  equalityProgramme: {
    // The programme's English names: the Charter's "access to equality", the Treasury Board's "equal access to employment",
    // "equal employment opportunity".
    headings: [/\bprogramme d'acces a l'egalite\b|\bemployment equity\b|\baccess to equality\b|\bequal access to employment\b/],
    phrases: [
      /\bprogramme d'acces a l'egalite\b|\bprogramme d'equite en emploi\b|\bemployment equity\b|\baccess to equality\b|\bequal (?:access to employment|employment opportunit(?:y|ies))\b/,
    ],
  },
  /** A preferential margin (art. 50). */
  preferentialMargin: {
    headings: [/\bmarge preferentielle\b|\bpreferential margin\b/],
    phrases: [/\bmarge preferentielle\b|\bpreferential margin\b/],
  },
  /**
   * A preferential margin denied: « aucune marge préférentielle », « sans marge préférentielle », « la marge préférentielle
   * ne s'applique pas », « Marge préférentielle : sans objet », "no preferential margin applies", "Preferential margin: not
   * applicable".
   */
  preferentialMarginDenied: {
    headings: [],
    phrases: [
      /\b(?:aucune|pas de|sans|nulle) marge preferentielle\b|\bno preferential margin\b|\bwithout (?:a |any )?preferential margin\b/,
      /\bmarge preferentielle\b[^.;:]{1,60}\b(?:ne|n') ?(?:s'|l')?(?:applique|appliquera|est|sera|peut|pourra|y a) (?:pas|aucunement|nullement)\b|\bmarge preferentielle\b[^.;]{0,30}:\s?(?:aucune|non|sans objet|ne s'applique pas)\b/,
      /\bpreferential margin\b[^.;:]{1,60}\b(?:does|will|shall|is|may) not (?:be )?(?:apply|applied|applicable|granted|allowed|provided|used)\b|\bpreferential margin\b[^.;]{0,30}:\s?(?:none|no|nil|not applicable|n\/a)\b/,
    ],
  },
  /** The approximate monetary value of an on-demand contract (art. 31). */
  approximateValue: {
    headings: [/\bvaleur (?:monetaire )?approximative\b|\bapproximate (?:monetary )?value\b/],
    phrases: [
      /\bvaleur (?:monetaire )?(?:approximative|estimee|estimative)\b|\b(?:approximate|estimated) (?:monetary )?value\b/,
      /\b(?:montant|depense|budget) (?:approximati[fv]e?|estimee?|previsionnel(?:le)?)\b.{0,80}(?:\d|\[(?:a completer|to complete))/,
    ],
  },
  /** The bid validity period (art. 29.7). */
  bidValidity: {
    // Any inflection (« remains open for acceptance », « demeure irrévocable »), with the period it lasts; the stemmer
    // gives « stay » and « stays » two lemmas, so both are written.
    templates: [
      {
        id: 'bid-remains-valid-for',
        pattern:
          '{BID} … (remain | stay | stays | demeurer | rester) …3 (valid | open | irrevocable | valide | valable | irrévocable) … (day | jour | {PERIOD})',
        examples: {
          positive: [
            'This tender is irrevocable and remains open for acceptance for ninety (90) days after the closing date.',
            'Each proposal stays valid for a period of 120 days following the closing date.',
          ],
          negative: [
            'Tenders remain sealed until they are opened in public, 30 minutes after the closing time.',
            'The offer remains the property of the Board for one year.',
          ],
        },
      },
      {
        id: 'bid-irrevocable-for',
        pattern: '{BID} … (irrevocable | irrévocable) … (day | jour | {PERIOD})',
        examples: { positive: ['Tenders are irrevocable for 90 days from the closing date.'] },
      },
    ],
    headings: [new RegExp(String.raw`\bvalidite ${OF_DETERMINER}${BIDS}|\b${BID_VALIDITY_EN}\b|\bvalidity of ${DETERMINER_EN}?${BIDS}`)],
    phrases: [
      new RegExp(String.raw`\b${BIDS} (?:demeure(?:nt)?|reste(?:nt)?|sont|est|seront|sera) (?:valides?|valables?|irrevocables?)\b`),
      new RegExp(String.raw`\b(?:periode|delai|duree) de validite ${OF_DETERMINER}?${BIDS}\b`),
      new RegExp(String.raw`\b${BIDS}\b.{1,60}\b(?:remain (?:valid|open)|valid for)\b|\b${BID_VALIDITY_EN}\b`),
      // A field: "Validité des soumissions : 90 jours", « Validité de votre soumission : 90 jours », "Validity of your tender: 90 days",
      // "Tender validity period: 90 days".
      new RegExp(
        String.raw`^(?:(?:(?:periode de |duree de |delai de )?validite ${OF_DETERMINER}?|validity (?:period )?of ${DETERMINER_EN}?)${BIDS}|${BID_VALIDITY_EN}(?: period)?) ?(?::| - ) ?.{0,30}\b\d{1,3} ?(?:jours|mois|days)\b`,
      ),
    ],
  },
} satisfies Record<string, ItemRecogniser>;
