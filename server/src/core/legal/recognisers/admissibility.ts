import type { ItemRecogniser } from '../recognisers.js';
/** shared.ts's determiners, written in this module so that the static check of regular expressions reads its patterns (test/legal/determiners.test.ts checks they are the same). */
const DETERMINER = String.raw`(?:(?:toute?s? |tous )?(?:les?|la|une?|des|du|sa|son|ses|votre|vos|leurs?|notre|nos|ce|cet|cette|ces) |chaque |toute?s? |tous |l')`;

/**
 * The regulation's permits, in French and English, in either number: its list is cited as a whole in the singular as
 * well (« toute autre qualification, autorisation, licence… », "every other qualification, authorization, permit…").
 */
const PERMITS = String.raw`(?:qualifications?|autorisations?|authori[sz]ations?|permis|permits?|licen[cs]es?|enregistrements?|registrations?|certificats?|certificates?|accreditations?|attestations?)`;
/**
 * The obligation before the other clause's verb, in any tense and in the periphrases of lexicon/obligation.ts
 * (« doit », « devra », « est tenu de », « a l'obligation de », « aura à »; "must", "will", "is required to", "has to").
 */
const OBLIGED = String.raw`(?:(?:doit|doivent|devra|devront) |(?:est|sont|sera|seront) (?:tenue?s?|obligee?s?|requise?s?) d(?:e |')|(?:a|ont|aura|auront) (?:(?:l'|pour )obligation d(?:e |')|a ))?`;
const OBLIGED_EN = String.raw`(?:(?:must|shall|will) |(?:is|are|will be|shall be) (?:required|obliged|obligated) to |(?:has|have|will have|shall have) to )?`;

/**
 * An establishment that only says which providers another clause binds: "le soumissionnaire qui a un
 * établissement au Québec détient une attestation de Revenu Québec" (art. 50.6), « … devra détenir », « … a l'obligation
 * de détenir » require no establishment.
 */
const NOT_THE_SUBJECT = String.raw`(?!(?:etablissement|place d'affaires|bureau d'affaires) (?:au|du) quebec,? ${OBLIGED}(?:detient|detiennent|detenir|fournit|fournissent|fournir|joint|joignent|joindre|presente|presentent|presenter|transmet|transmettent|transmettre)\b)`;
/**
 * What a provider has in a condition of another clause, up to the establishment's article (its partitive included): the establishment itself
 * (« s'il a un établissement au Québec, … »), or joined to another thing it has (« s'il a plus de 100 employés et un
 * établissement dans une autre province … », the equity programme's condition).
 */
const CONDITIONED = String.raw`\b(?:s'ils?|si (?:le|la|un|une|l') ?\w+|lorsqu'\w+) (?:a|ont|possede|possedent|dispose|disposent|detient|detiennent) (?:[^.;,]{1,60} (?:et|ou) )?(?:de |d')?`;
/** The same in English (« if it has more than 100 employees and an establishment in another province »). */
const CONDITIONED_EN = String.raw`\b(?:if|where|when|unless) (?:it|they|the \w+|an? \w+) (?:has|have|holds?|maintains?) (?:[^.;,]{1,60} (?:and|or) )?`;
/**
 * An establishment named as a condition of something else or denied ("s'il a un établissement au Québec,
 * [il détient l'attestation de Revenu Québec]", « s'il a son établissement au Québec et compte plus de 100 employés »,
 * "qui n'a pas d'établissement au Québec", art. 50.6) is not the art. 6 requirement.
 */
const NOT_REQUIRED = String.raw`${NOT_THE_SUBJECT}(?<!${CONDITIONED}(?:un |une |son |sa |leur )?|\b(?:pas|aucun|sans) (?:de |d'|un |une )?)`;

/**
 * The same in English: "if it has an establishment in Québec, hold a valid attestation from Revenu Québec",
 * "a tenderer without an establishment in Québec" condition another clause, they do not require one.
 */
const NOT_REQUIRED_EN = String.raw`(?!(?:place of business|establishment) in quebec,? ${OBLIGED_EN}(?:holds?|provides?|submits?|attach(?:es)?|encloses?)\b)(?<!${CONDITIONED_EN}(?:an? |its |their )?|\b(?:no|without an?|(?:does not|doesn't|do not|don't) have an?) )`;

/**
 * Not within an exception to another condition (« sauf le soumissionnaire qui n'a pas… », « à l'exception du prestataire
 * sans… », "except a bidder without…", "other than one that does not have…"): a few words back, within the clause.
 */
const NOT_EXCEPTED = String.raw`(?<!\b(?:sauf |excepte |hormis |exception (?:faite )?(?:de |du |des |d')|except (?:for )?|excluding |other than |save for |unless )(?:[\w'-]+ ){0,4})`;

/**
 * The words between the establishment and its territory, within one field of a form: never across a blank, nor across the
 * label of another field, a colon that another follows closely (« Adresse de l'établissement : ____ N° d'entreprise du
 * Québec : ____ », a bid form read as one passage, its blanks read as nothing); one label's colon may stand between
 * (« Établissement : au Québec ou dans un territoire visé », a table's row read as a field).
 */
const WITHIN_ONE_FIELD = String.raw`(?:[^_:]{1,160}|[^_:]{0,80}:(?![^:]{0,60}:)[^_:]{1,80})`;

/** Art. 6: admissibility conditions, in the regulation's words and in the usual paraphrases. */
export const ADMISSIBILITY_RECOGNISERS = {
  /** The admissibility conditions set out in another document: they cannot be checked here. */
  admissibilityElsewhere: {
    headings: [],
    phrases: [
      /\bconditions? (?:d'admissibilite|d'admissibilite et de conformite)\b.{1,80}\b(?:figurent|sont (?:decrites|enoncees|prevues|precisees|indiquees|reproduites)|se trouvent|apparaissent|voir)\b.{1,60}\b(?:annexe|document|regie|cahier|guide|instructions generales)/,
      /\b(?:eligibility|admissibility) (?:conditions|requirements)\b.{1,80}\b(?:are (?:set out|described|found)|appear|see)\b.{1,60}\b(?:schedule|appendix|document)\b/,
    ],
  },
  /** 6 par. 1°: holding the qualifications, authorisations, permits, licences… needed. */
  qualifications: {
    law: [
      {
        citation: '6.1°',
        quote:
          'posséder les qualifications, les autorisations, les permis, les licences, les enregistrements, les certificats, les accréditations et les attestations nécessaires',
      },
    ],
    // Any inflection and number: « holds every qualification, authorization, permit … required », « has obtained the licence needed ».
    templates: [
      {
        id: 'hold-permits-required',
        pattern: '(hold | have | possess | obtain | détenir | posséder | obtenir) … {PERMIT} … ({REQUIRED} | needed | requis)',
        examples: {
          positive: [
            'holds every qualification, authorization, permit, licence, registration, certificate, accreditation and attestation required to perform the contract;',
            'The Contractor possesses a valid licence of the Régie du bâtiment du Québec, as required by law.',
            'has obtained all the authorizations needed to provide the services;',
          ],
          negative: [
            'The Board holds the permits for the premises; the provider requires no access card.',
            'Le prestataire remet une copie de ses certificats d’assurance.',
          ],
        },
      },
    ],
    headings: [],
    phrases: [
      // Required by a verb as well: "… que la loi exige", "que la réglementation impose", "que prescrit la loi".
      new RegExp(
        String.raw`\b(?:posseder|possede|possedent|possedant|detenir|detient|detiennent|detenant|avoir|ont|obtenir|titulaires?)\b.{1,40}\b${PERMITS}\b.{1,160}\b(?:necessaires|requis(?:es)?|exigee?s?|demandee?s?|applicables|valides?|en vigueur|pertinente?s?|obligatoires|(?:imposee?s?|prescrite?s?) par|que\b.{1,60}\b(?:exigent|exige|requierent|requiert|imposent|impose|prescrivent|prescrit))\b`,
      ),
      // The regulation's list itself, three of its permits at least, the last joined by a conjunction or a comma.
      new RegExp(String.raw`\b${PERMITS}, ${DETERMINER}?${PERMITS}(?:, |,? (?:et|ou|and|or) )${DETERMINER}?${PERMITS}\b`),
      /\b(?:hold|have|possess)\b.{1,40}\b(?:qualifications|authori[sz]ations|permits|licen[cs]es|registrations|certificates|accreditations)\b/,
      // A specific professional qualification required ("membre en règle de l'Ordre des ingénieurs").
      /\bmembres? en (?:regle|good standing)\b|\binscrite? au tableau de l'ordre\b/,
    ],
  },
  /** 6 par. 2°: an establishment in Québec or in a territory covered by an applicable agreement. */
  establishment: {
    headings: [],
    phrases: [
      new RegExp(
        String.raw`\b(?=etablissement|place d'affaires|bureau d'affaires)${NOT_REQUIRED}(?:etablissement|place d'affaires|bureau d'affaires)\b${WITHIN_ONE_FIELD}\b(?:au quebec|du quebec|territoire vise|province|accord intergouvernemental|accords? applicables?|au canada|en amerique du nord|(?:peu importe|n'importe) ou)\b`,
      ),
      new RegExp(
        String.raw`\b(?=place of business|establishment)${NOT_REQUIRED_EN}(?:place of business|establishment)\b${WITHIN_ONE_FIELD}\b(?:quebec|territory|agreement|canada|north america|anywhere)\b`,
      ),
      new RegExp(
        String.raw`\b(?:au quebec|au canada|territoire vise par un accord)\b${WITHIN_ONE_FIELD}(?<!${CONDITIONED})\b(?:un etablissement|une place d'affaires|un bureau d'affaires)\b`,
      ),
      /\betabli(?:e|s|es)? (?:au quebec|dans (?:un|une) (?:territoire|province) vise)/,
      new RegExp(
        String.raw`\b(?:in quebec|in canada|territory covered by an? (?:applicable )?(?:intergovernmental )?agreement)\b${WITHIN_ONE_FIELD}(?<!${CONDITIONED_EN})\b(?:an establishment|a place of business)\b`,
      ),
      // The condition stated by its breach, with inadmissibility as its sanction, as 6 par. 1° is (« N'est pas
      // admissible le prestataire qui n'a pas d'établissement au Québec ou dans un territoire visé… »): the denied
      // establishment that art. 50.6 names (« qui n'a pas d'établissement au Québec transmet… ») makes no one inadmissible,
      // nor does one an exception takes out of another condition (« Détenir une attestation de Revenu Québec (sauf
      // soumissionnaire sans établissement au Québec) », "except a bidder without an establishment in Québec"): the
      // inadmissibility there is the other condition's.
      new RegExp(
        String.raw`^(?=.*\b(?:inadmissibles?|(?:n'est|ne sont|ne sera|ne seront) pas (?:juge(?:e|s|es)? )?admissibles?)\b).*\b${NOT_EXCEPTED}(?:pas|aucun|sans) (?:de |d'|un |une )?(?:etablissement|place d'affaires|bureau d'affaires)\b${WITHIN_ONE_FIELD}\b(?:au quebec|du quebec|territoire vise|accord intergouvernemental)\b`,
      ),
      new RegExp(
        String.raw`^(?=.*\b(?:ineligible|inadmissible|(?:is|are|will be|shall be) not (?:eligible|admissible)|not be (?:eligible|admissible))\b).*\b${NOT_EXCEPTED}(?:no|without an?|(?:does not|doesn't|do not|don't) have an?) (?:establishment|place of business)\b${WITHIN_ONE_FIELD}\b(?:quebec|territory|agreement)\b`,
      ),
    ],
  },
  /** 6 al. 2: providers from territories not covered by an agreement admitted, insufficient competition. */
  outsideAgreements: {
    headings: [],
    phrases: [
      /\bconcurrence (?:est |etant |serait |jugee )?insuffisante\b/,
      /\b(?:territoire|province|pays|etat)s? non vises? par (?:un|les|aucun) accords?\b|\bhors (?:des )?territoires? vises?\b/,
      /\b(?:insufficient competition|territory not covered by an? (?:applicable )?(?:intergovernmental )?agreement)\b/,
    ],
  },
} satisfies Record<string, ItemRecogniser>;

/**
 * The establishment the art. 6 par. 2° clause requires (not one denied, excepted or named by another clause's condition:
 * `NOT_REQUIRED`), in French and English.
 */
export const ESTABLISHMENT_REQUIRED = new RegExp(
  String.raw`\b(?=etablissement|place d'affaires|bureau d'affaires)${NOT_REQUIRED}(?:etablissement|place d'affaires|bureau d'affaires)\b|\b(?=place of business|establishment)${NOT_REQUIRED_EN}(?:place of business|establishment)\b`,
);

/**
 * A place where the provider is written to or called, which is not an establishment where it carries on its activities: an
 * address of any kind (« adresse de correspondance », « adresse d'affaires », "business address", "mailing address"), a
 * post-office box, a telephone number.
 */
const CONTACT_POINT = String.raw`(?:adresses?|cases? postales?|boites? (?:postales?|aux lettres|vocales?)|casiers? postaux|numeros? de telephone|domiciles? elus?|(?:(?:business|mailing|postal|civic|street|e-?mail|correspondence|registered) )?address(?:es)?|p\.? ?o\.? box(?:es)?|post office box(?:es)?|mail ?box(?:es)?|(?:tele)?phone number)`;
const ESTABLISHMENT_NOUN = String.raw`(?:etablissement|place d'affaires|bureau d'affaires|establishment|place of business)`;
/**
 * Art. 6 par. 2° requires an establishment: a clause that admits, as its alternative, a place that is not one (« un
 * établissement ou une adresse de correspondance à son nom », "an establishment or a business address where it can be
 * reached", « une adresse d'affaires ou un établissement »), or where the provider only receives its mail instead of
 * carrying on its activities (« où il exerce ses activités ou reçoit sa correspondance »), requires none.
 */
export const ESTABLISHMENT_ALTERNATIVE = new RegExp(
  String.raw`\b${ESTABLISHMENT_NOUN}s?(?: [^\s;.:|]+){0,12}? (?:ou|or),? (?:[^\s;.:|]+ ){0,3}?${CONTACT_POINT}\b` +
    String.raw`|\b${CONTACT_POINT}(?: [^\s;.:|]+){0,4}? (?:ou|or),? (?:[^\s;.:|]+ ){0,3}?${ESTABLISHMENT_NOUN}\b` +
    String.raw`|\b(?:ou|or) (?:y |il |elle |it )?(?:recoit|recoivent|receives?|gets?) (?:sa |son |leur |its |their )?(?:correspondance|courrier|mail|correspondence)\b`,
);

/**
 * Reachable (« joignable », "where it can be reached") where art. 6 par. 2° requires the establishment « accessible durant
 * les heures normales de bureau »: a provider reached by telephone or email has no place a person can go to.
 */
export const ESTABLISHMENT_REACHABLE =
  /\b(?:joignables?|rejoignables?|atteignables?|contactables?|reachable|(?:peut|peuvent|pourra|puisse|pouvant) etre (?:joint|rejoint|contacte)e?s?|(?:can|may|could) be (?:reached|contacted))\b/;

/**
 * The elements of the establishment art. 6 par. 2° requires, each as drafters word it: where the provider carries on its
 * activities permanently, clearly identified under its name, accessible during normal business hours.
 */
export const ESTABLISHMENT_ELEMENTS = {
  permanent: /\bpermanen/,
  // Its name in any construction (« à son nom », « qui porte clairement son nom », « au nom de la firme », "bearing its
  // name"): the element is looked for across the admissibility passage, so any mention of a name counts.
  named: /\bidentifi|\b(?:nom|name|raison sociale)\b/,
  accessible: /\b(?:accessibles?|ouverte?s?|open)\b/,
} as const;

/**
 * A territory wider than the ones art. 6 par. 2° admits (Québec, a territory covered by an applicable agreement): Canada,
 * North America, abroad, anywhere (« au Canada », « en Amérique du Nord », « ou ailleurs », « peu importe où », "anywhere in
 * Canada", "outside Québec"). Canada is the only one an agreement may cover whole.
 */
export const WIDER_TERRITORY =
  /\b(?:(?:au|in) canada|(?:en|d'|in|of) amerique du nord|(?:in|of) north america|(?:ou|or) (?:ailleurs|elsewhere)|(?:peu importe|n'importe) ou|ou que ce soit|(?:hors|a l'exterieur) du quebec|a l'etranger|anywhere|outside (?:of )?quebec|abroad|in any (?:country|province|jurisdiction))\b/;
/** Canada as the territory, however widely said (« partout au Canada », "anywhere in Canada"). */
export const CANADA = /\b(?:(?:anywhere|elsewhere|(?:ou|or) (?:ailleurs|elsewhere)|ailleurs|partout|(?:peu importe|n'importe) ou) )?(?:au|in) canada\b/g;

/**
 * The clause ties the wider territory to the agreements (« ailleurs au Canada, dans un territoire visé par un accord
 * applicable », "in Canada, in a territory covered by an agreement"), to the insufficient competition of art. 6 al. 2, or
 * to the clause that states it (a bid form's « Adresse de l'établissement au Québec (ou ailleurs, selon l'article 7) »).
 */
export const TERRITORY_QUALIFIED =
  /\b(?:selon|conformement a|au sens de|prevue? a|voir|see|as per|in accordance with|pursuant to|under) (?:l'|la |le |les |the )?(?:article|section|clause|paragraphe|point|art\.?|s\.) ?\d|\b(?:vise(?:e|s|es)? par|couverte?s? par|assujettie?s? a|covered by|subject to|party to|partie a)\b.{1,60}\b(?:accords?|agreements?|ententes?)\b|\bconcurrence (?:est |etant |serait |jugee )?insuffisante\b|\binsufficient competition\b/;

/** The business hours the accessibility is stated for: a clause naming them recites the regulation's elements. */
export const BUSINESS_HOURS =
  /\bheures (?:normales|regulieres|habituelles|d'ouverture|de bureau)\b|\b(?:business|office|working|opening|regular|normal) hours\b/;
