/**
 * The tender vocabulary: one definition of each notion the regulation's items are written with, in
 * French and English. A word of the text that is one of these words, in any inflection (the list gives
 * one or more forms; the others are found by their stem), stands for the notion: phrase templates
 * name `{BID}` once instead of "soumission(s) | offre(s) | bid(s) | tender(s)…". Irregular forms the
 * stemmer cannot relate (reçu / recevoir, requis / requérir, ouvert / ouvrir) are listed, and so is the
 * third person, present and future, of every verb whose stem changes (« reçoit », « remettent »,
 * « obtiendra », « signent ») and its first person plural where the stem changes there too (« recevons »; the others
 * are read from their stem, lemma.ts: test/legal/templates.test.ts conjugates each verb listed). The
 * vocabulary also overrides the stemmer's traps: it stems « soumission » and « soumissions » apart.
 *
 * A legal reader checks this list: a word added here is taken for its notion in every template.
 */
export interface Notion {
  /** Upper-case name used in templates: `{BID}`. */
  id: string;
  /** What the notion is, for the reader of the list. */
  meaning: string;
  fr: readonly string[];
  en: readonly string[];
  /**
   * The notion's verbs of several words, written as in a template (a stopword named with « = »): « donner suite »
   * for ACCEPT. Every template that names the notion reads them too (lexicon/template.ts); a word of them alone is
   * no word of the notion (« suite », "proceed"). A word whose stem other words share is read as written (WORDS_AS_WRITTEN).
   */
  phrases?: readonly string[];
  /**
   * Forms of the lists above read only as written, never through their stem, because their stem is also the stem of
   * common words of another sense: "provider" shares « provid » with "provide", "provided". A word with that stem is
   * then read as itself; the notion's other inflections wanted are listed (lexicon/lemma.ts notionStems leaves these out).
   */
  readAsWritten?: readonly string[];
}

/**
 * Words of the notions' phrases read only as written, never through their stem, because their stem is also the stem of
 * words of another sense: « part » of « à part » (SEPARATELY) stems as « partir » and « partie », and « à partir de la
 * note », « en partie » separate nothing. Such a word is read as itself wherever a template names it (lexicon/lemma.ts).
 */
export const WORDS_AS_WRITTEN: readonly string[] = ['part'];

export const VOCABULARY: readonly Notion[] = [
  {
    id: 'BID',
    meaning: 'a bid (soumission, offre, proposition)',
    fr: ['soumission', 'soumissions', 'offre', 'offres', 'proposition', 'propositions', 'pli', 'plis'],
    en: ['bid', 'bids', 'tender', 'tenders', 'proposal', 'proposals', 'submission', 'submissions', 'offer', 'offers', 'quotation', 'quotations'],
    // « plié » (folded); « il tend à », "tendering", "tendered"; « proposé », « à propos », "proposed"; « offrir », "offered".
    readAsWritten: ['plis', 'tender', 'tenders', 'proposal', 'proposals', 'offre', 'offres', 'offer', 'offers'],
  },
  {
    id: 'BIDDER',
    meaning: 'a service provider who bids',
    fr: [
      'soumissionnaire',
      'soumissionnaires',
      'prestataire',
      'prestataires',
      'fournisseur',
      'fournisseurs',
      'firme',
      'firmes',
      'entreprise',
      'entreprises',
      'proposant',
      'proposants',
    ],
    en: ['bidder', 'bidders', 'tenderer', 'tenderers', 'proponent', 'proponents', 'supplier', 'suppliers', 'provider', 'providers'],
    // A plain-language call speaks to the bidder (« Si vous déposez plus d'une soumission », "You erased a price"): where a
    // template names the bidder, the second person is the bidder. Not a word of the notion: a template may name « vous » alone.
    phrases: ['vous', 'you'],
    // "provide", "provided", "supply", "supplied"; "tendering", "tendered"; « proposé », « proposer », "proposed".
    readAsWritten: ['provider', 'providers', 'supplier', 'suppliers', 'tenderer', 'tenderers', 'proposant', 'proposants'],
  },
  {
    id: 'CONTRACT',
    meaning: 'the contract (contrat, convention, entente)',
    fr: ['contrat', 'contrats', 'convention', 'conventions', 'entente', 'ententes'],
    en: ['contract', 'contracts'],
  },
  {
    id: 'SIGN',
    meaning: 'to sign, a signature',
    fr: ['signer', 'signé', 'signature', 'signatures', 'signent'],
    en: ['sign', 'signed', 'signature', 'signatures'],
  },
  {
    // Not « exclure » nor « écarter »: « taxes exclues », « excluant les taxes », « à l'exclusion de », « un écart de
    // prix » are no rejection; the recognisers read « exclue » as one of a bid only (BID_EXCLUDED, recognisers/shared.ts).
    id: 'REJECT',
    meaning: 'to reject, a rejection',
    fr: ['rejeter', 'rejetée', 'rejet', 'rejets', 'rejettent', 'rejette', 'disqualifier', 'disqualifiée', 'disqualification'],
    en: ['reject', 'rejected', 'rejection', 'rejects', 'disqualify', 'disqualified', 'disqualification'],
  },
  {
    id: 'RECEIVE',
    meaning: 'to receive bids, their receipt',
    fr: [
      'recevoir',
      'reçu',
      'reçue',
      'reçus',
      'reçues',
      'réception',
      'parvenir',
      'parvenue',
      'parvenues',
      'parvient',
      'parviennent',
      'reçoit',
      'reçoivent',
      'recevra',
      'recevront',
      'recevons',
      'parviendra',
      'parviendront',
    ],
    // A bid that reaches the body, arrives there or is in its hands is received: "Bids must reach the Procurement
    // Department…", "a bid that arrives after 2 p.m.", "shall be in the hands of the Secretary".
    en: ['receive', 'received', 'receipt', 'reach', 'reaches', 'reached', 'arrive', 'arrives', 'arrived'],
    phrases: ['=in =the hands', '=in =the possession'],
  },
  {
    id: 'FILE',
    meaning: 'to file, submit or deliver a bid',
    fr: [
      'déposer',
      'dépôt',
      'déposée',
      'remettre',
      'remise',
      'remis',
      'transmettre',
      'transmise',
      'transmis',
      'présenter',
      'présentée',
      'acheminer',
      'soumettre',
      'soumis',
      'soumise',
      'soumises',
      'remet',
      'remettent',
      'remettront',
      'transmet',
      'transmettent',
      'transmettront',
      'soumet',
      'soumettent',
      'soumettront',
    ],
    // Commonwealth English lodges a tender (« Tenders shall be lodged at… », "lodgement of tenders") and hands it in. Not
    // "return": bids are returned to the bidders too ("returned unopened"); nor "tender", the BID notion's noun.
    en: [
      'submit',
      'submitted',
      'deliver',
      'delivered',
      'file',
      'filed',
      'deposit',
      'deposited',
      'present',
      'presented',
      'lodge',
      'lodged',
      'lodgement',
      'lodgment',
    ],
    phrases: ['hand =in'],
  },
  {
    id: 'ACCEPT',
    meaning: 'to accept (a bid)',
    fr: ['accepter', 'acceptée', 'acceptation', 'retenir', 'retenue', 'retenues', 'retient', 'retiennent', 'retiendra', 'retiendront'],
    en: ['accept', 'accepted', 'acceptance'],
    // « ne s'engage à donner suite à aucune des soumissions », "does not undertake to proceed with any tender".
    phrases: ['donner suite', 'proceed =with'],
  },
  {
    id: 'UNDERTAKE',
    meaning: 'to undertake, to commit oneself',
    fr: ['engager', 'engage', 'engagent', 'engageant'],
    en: ['undertake', 'undertakes', 'commit', 'commits', 'committed', 'commitment', 'commitments'],
    // « comme » and « commission » share "commit"'s stem « comm ».
    readAsWritten: ['commit', 'commits', 'committed', 'commitment', 'commitments'],
  },
  {
    // An acceptance denied only as a necessity: "the lowest or any bid will not necessarily be accepted" binds the body to none.
    id: 'NECESSARILY',
    meaning: 'necessarily, of necessity',
    fr: ['nécessairement', 'forcément', 'obligatoirement'],
    en: ['necessarily'],
    // « force majeure ».
    readAsWritten: ['forcément'],
  },
  {
    // Bound rather than undertaking: « n'est pas tenu d'accepter » denies an obligation whatever follows, where
    // « ne s'engage à accepter que … » restricts what is accepted.
    id: 'BOUND',
    meaning: 'bound, obliged',
    fr: ['obliger', 'oblige', 'obligée', 'obligation', 'tenu', 'tenue', 'lier', 'liée', 'lié', 'lient'],
    en: ['bind', 'binds', 'bound', 'oblige', 'obliged', 'obligation'],
  },
  // « non » in « non conforme », « non-respect » negates a word, not the sentence: it is the word « non ».
  {
    id: 'NEG',
    meaning: 'a negation of the sentence',
    fr: ['ne', "n'", 'pas', 'ni', 'jamais', 'nullement', 'aucunement', 'rien'],
    // English "none" and "neither" deny the sentence by themselves (« aucun » goes with « ne »).
    en: ['not', 'no', 'nor', 'never', "n't", 'none', 'neither'],
  },
  {
    id: 'NONE',
    meaning: 'any, none (aucun)',
    fr: ['aucun', 'aucune', 'quelque', 'quelconque', 'nul', 'nulle'],
    en: ['any', 'either'],
    // « quelques » (a few).
    readAsWritten: ['quelque'],
  },
  { id: 'ALL', meaning: 'all, every', fr: ['tout', 'toute', 'tous', 'toutes', 'chacun', 'chacune', 'ensemble'], en: ['all', 'every', 'each'] },
  {
    id: 'SEVERAL',
    meaning: 'several, more than one',
    fr: ['plusieurs', 'multiple', 'multiples'],
    en: ['several', 'multiple', 'more'],
    // « multiplié par », "multiplied"; "severe".
    readAsWritten: ['multiple', 'multiples', 'several'],
  },
  { id: 'DOCUMENT', meaning: 'a document or piece', fr: ['document', 'documents', 'pièce', 'pièces'], en: ['document', 'documents', 'documentation'] },
  {
    id: 'REQUIRED',
    meaning: 'required, demanded',
    fr: [
      'requis',
      'requise',
      'requises',
      'requérir',
      'exiger',
      'exigé',
      'exigée',
      'demander',
      'demandé',
      'obligatoire',
      'obligatoires',
      'nécessaire',
      'nécessaires',
      'requiert',
      'requièrent',
      'requerra',
      'requerront',
    ],
    en: ['required', 'require', 'requested', 'mandatory', 'necessary'],
  },
  {
    id: 'ABSENT',
    meaning: 'missing, absent, omitted',
    fr: [
      'absence',
      'absent',
      'absente',
      'manque',
      'manquer',
      'manquant',
      'manquante',
      'omission',
      'omis',
      'omise',
      'omettre',
      'défaut',
      'manquent',
      'omet',
      'omettent',
      'omettront',
    ],
    en: ['absence', 'absent', 'missing', 'lacking', 'lack', 'lacks', 'omitted', 'omission', 'omit'],
    // « défauts », defects.
    readAsWritten: ['défaut'],
  },
  {
    id: 'ENCLOSE',
    meaning: 'attached to, enclosed with, included in (a bid)',
    fr: [
      'joindre',
      'joint',
      'jointe',
      'joints',
      'jointes',
      'inclure',
      'inclus',
      'incluse',
      'incluses',
      'annexer',
      'annexé',
      'annexée',
      'joignent',
      'joindront',
      'joignons',
      'inclut',
      'incluent',
      'incluront',
    ],
    en: ['attach', 'attached', 'enclose', 'enclosed', 'include', 'included'],
    // « inclusivement », "inclusion", "inclusive".
    readAsWritten: ['incluse', 'incluses'],
  },
  {
    id: 'PERMIT',
    meaning: 'a qualification, authorisation, permit, licence… (art. 6 par. 1°)',
    // Before AUTHORISED: a stem both share (« autoris- ») stays AUTHORISED's (« des personnes autorisées »), and
    // the nouns are listed in both numbers, since a listed form wins over its stem.
    fr: [
      'qualification',
      'qualifications',
      'autorisation',
      'autorisations',
      'permis',
      'licence',
      'licences',
      'enregistrement',
      'enregistrements',
      'certificat',
      'certificats',
      'accréditation',
      'accréditations',
      'attestation',
      'attestations',
    ],
    en: [
      'qualification',
      'qualifications',
      'authorisation',
      'authorisations',
      'permit',
      'permits',
      'licence',
      'licences',
      'registration',
      'registrations',
      'certificate',
      'certificates',
      'accreditation',
      'accreditations',
      'attestation',
      'attestations',
    ],
    // « permise », "permitted" (allowed); the « Registre des entreprises non admissibles », a register and no registration. « qualification » is
    // the regulation's own word (art. 6 par. 1°: « les qualifications, les autorisations, les permis… »).
    readAsWritten: ['permis', 'permit', 'permits', 'registration', 'registrations'],
  },
  {
    id: 'AUTHORISED',
    meaning: 'authorised (person)',
    fr: ['autorisé', 'autorisée', 'habilité', 'habilitée', 'mandaté', 'mandatée', 'mandatés', 'mandatées'],
    en: ['authorised', 'empowered'],
    // « le mandat », "mandate": the work a contract gives.
    readAsWritten: ['mandaté', 'mandatée', 'mandatés', 'mandatées'],
  },
  { id: 'ERASURE', meaning: 'an erasure', fr: ['rature', 'ratures', 'raturé', 'biffure', 'biffures'], en: ['erasure', 'erasures', 'erased'] },
  {
    id: 'CORRECTION',
    meaning: 'a correction',
    fr: ['correction', 'corrections', 'corrigé', 'corriger', 'modification', 'modifications'],
    en: ['correction', 'corrections', 'corrected', 'alteration', 'alterations', 'altered'],
  },
  {
    id: 'INITIAL',
    meaning: 'initialled',
    fr: ['parapher', 'paraphée', 'paraphe', 'paraphes', 'initiales'],
    en: ['initialled', 'initialed', 'initialling', 'initialing', 'initials', 'initial'],
    // « la période initiale », « initialement », "initiation".
    readAsWritten: ['initialled', 'initialed', 'initialling', 'initialing', 'initials', 'initial', 'initiales'],
  },
  { id: 'PRICE', meaning: 'the price', fr: ['prix'], en: ['price', 'prices', 'pricing'] },
  {
    id: 'CONDITIONAL',
    meaning: 'conditional',
    fr: ['conditionnelle', 'conditionnel', 'conditionnelles'],
    en: ['conditional'],
    // « conditionnement d'air », « conditionnement des documents » (packing).
    readAsWritten: ['conditional'],
  },
  { id: 'RESTRICTIVE', meaning: 'restrictive', fr: ['restrictive', 'restrictif', 'restrictives'], en: ['restrictive'] },
  {
    id: 'SEPARATELY',
    meaning: 'separately, apart',
    fr: ['séparément', 'séparée', 'séparé', 'distinct', 'distincte', 'distinctes', 'distinctement'],
    en: ['separately', 'separate', 'distinct', 'apart'],
    // « présenté à part de la qualité », « remis à part »: « part » is read as written (WORDS_AS_WRITTEN).
    phrases: ['=à part'],
    // "apartment".
    readAsWritten: ['apart'],
  },
  { id: 'QUALITY', meaning: 'quality', fr: ['qualité'], en: ['quality'] },
  { id: 'ABNORMAL', meaning: 'abnormally (low)', fr: ['anormalement', 'anormal', 'anormale'], en: ['abnormally', 'abnormal', 'unusually', 'unusual'] },
  { id: 'LOW', meaning: 'low', fr: ['bas', 'basse', 'basses'], en: ['low', 'lowest'] },
  { id: 'SEAO', meaning: 'the electronic tendering system', fr: ['seao', 'se@o'], en: [] },
  {
    id: 'OBTAIN',
    meaning: 'to obtain documents',
    // Documents « accessibles », « vendus » or « distribués » only through SEAO are obtained only there: SEAO sells and distributes them.
    fr: [
      'obtenir',
      'obtenu',
      'obtenue',
      'obtenus',
      'obtenues',
      'procurer',
      'procure',
      'procurent',
      'procurera',
      'procureront',
      'procurons',
      'procurerons',
      'télécharger',
      'acquérir',
      'acquis',
      'disponible',
      'disponibles',
      'accessible',
      'accessibles',
      'vendu',
      'vendus',
      'distribué',
      'distribués',
      'obtient',
      'obtiennent',
      'obtiendra',
      'obtiendront',
      'acquiert',
      'acquièrent',
      'acquerra',
      'acquerront',
    ],
    en: ['obtain', 'obtained', 'download', 'downloaded', 'available', 'acquire', 'acquired', 'accessible', 'sold', 'distributed'],
    // "procurement", « procuration »: the verb is read in the persons a call writes it in.
    readAsWritten: ['procurer', 'procure', 'procurent', 'procurera', 'procureront', 'procurons', 'procurerons'],
  },
  {
    id: 'ONLY',
    meaning: 'only, exclusively',
    fr: ['uniquement', 'exclusivement', 'seulement', 'seul', 'seule', 'seuls', 'seules'],
    en: ['only', 'exclusively', 'solely', 'sole'],
    // « unique », « à l'exclusion de », « sols ».
    readAsWritten: ['uniquement', 'exclusivement', 'exclusively', 'solely', 'sole'],
  },
  {
    id: 'OPEN',
    meaning: 'to open bids, the opening',
    fr: ['ouvrir', 'ouvert', 'ouverte', 'ouvertes', 'ouverts', 'ouverture', 'décacheter', 'décachetage', 'décachetée', 'ouvrent'],
    en: ['open', 'opened', 'opening'],
  },
  {
    id: 'PLACE',
    meaning: 'a place',
    fr: ['endroit', 'lieu', 'adresse', 'adresses'],
    en: ['place', 'places', 'location', 'address'],
    // « adressée à », "addressed to", "placed in an envelope".
    readAsWritten: ['adresse', 'adresses', 'place', 'places', 'address'],
  },
  {
    id: 'DEADLINE',
    meaning: 'a limit in time',
    fr: ['limite', 'limites', 'échéance', 'délai', 'délais'],
    en: ['deadline', 'deadlines', 'closing', 'limit', 'limits'],
    // « limiter », "limited", "limitation"; « au-delà ».
    readAsWritten: ['limite', 'limites', 'limit', 'limits', 'délai', 'délais'],
  },
  {
    id: 'AFTER',
    meaning: 'after, past',
    fr: ['après', 'passé', 'passée', 'retard', 'tardif', 'tardive', 'tardivement'],
    en: ['after', 'past', 'late', 'beyond'],
    // « passer », "pass".
    readAsWritten: ['passé', 'passée'],
  },
  {
    id: 'MAY',
    meaning: 'may, can (pouvoir)',
    fr: ['pouvoir', 'peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'puisse', 'pouvons'],
    en: ['may', 'can', 'could', 'might'],
  },
  {
    id: 'EXTEND',
    meaning: 'to renew or extend the contract',
    fr: [
      'renouveler',
      'renouvelé',
      'renouvellement',
      'renouvellements',
      'renouvelable',
      'prolonger',
      'prolongé',
      'prolongation',
      'reconduire',
      'reconduit',
      'reconduction',
      'reconduisent',
      'reconduiront',
    ],
    en: ['renew', 'renewed', 'renewal', 'renewable', 'extend', 'extended', 'extension'],
  },
  {
    id: 'PERIOD',
    meaning: 'a period of time',
    fr: ['an', 'ans', 'année', 'années', 'mois', 'période', 'périodes', 'saison', 'exercice'],
    en: ['year', 'years', 'month', 'months', 'period', 'periods', 'season'],
    // « périodique », "periodic"; « Anne ».
    readAsWritten: ['année', 'années', 'période', 'périodes', 'period', 'periods'],
  },
  { id: 'EXCEPT', meaning: 'an exception', fr: ['sauf', 'excepté', 'hormis', 'exception'], en: ['except', 'unless', 'excluding'] },
];
