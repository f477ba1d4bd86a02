/**
 * The tender vocabulary: one definition of each notion the regulation's items are written with, in
 * French and English. A word of the text that is one of these words, in any inflection (the list gives
 * one or more forms; the others are found by their stem), stands for the notion: phrase templates
 * name `{BID}` once instead of "soumission(s) | offre(s) | bid(s) | tender(s)…". Irregular forms the
 * stemmer cannot relate (reçu / recevoir, requis / requérir, ouvert / ouvrir) are listed. The
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
}

export const VOCABULARY: readonly Notion[] = [
  {
    id: 'BID',
    meaning: 'a bid (soumission, offre, proposition)',
    fr: ['soumission', 'soumissions', 'offre', 'offres', 'proposition', 'propositions', 'pli', 'plis'],
    en: ['bid', 'bids', 'tender', 'tenders', 'proposal', 'proposals', 'submission', 'submissions'],
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
  },
  {
    id: 'CONTRACT',
    meaning: 'the contract (contrat, convention, entente)',
    fr: ['contrat', 'contrats', 'convention', 'conventions', 'entente', 'ententes'],
    en: ['contract', 'contracts'],
  },
  { id: 'SIGN', meaning: 'to sign, a signature', fr: ['signer', 'signé', 'signature', 'signatures'], en: ['sign', 'signed', 'signature', 'signatures'] },
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
    fr: ['recevoir', 'reçu', 'reçue', 'reçus', 'reçues', 'réception', 'parvenir', 'parvenue', 'parvenues', 'parvient', 'parviennent'],
    en: ['receive', 'received', 'receipt'],
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
    ],
    en: ['submit', 'submitted', 'deliver', 'delivered', 'file', 'filed', 'deposit', 'deposited', 'present', 'presented'],
  },
  {
    id: 'ACCEPT',
    meaning: 'to accept (a bid)',
    fr: ['accepter', 'acceptée', 'acceptation', 'retenir', 'retenue', 'retenues'],
    en: ['accept', 'accepted', 'acceptance'],
  },
  {
    id: 'UNDERTAKE',
    meaning: 'to undertake, to commit oneself',
    fr: ['engager', 'engage', 'engagent', 'engageant'],
    en: ['undertake', 'undertakes', 'commit', 'commits', 'committed'],
  },
  {
    // Bound rather than undertaking: « n'est pas tenu d'accepter » denies an obligation whatever follows, where
    // « ne s'engage à accepter que … » restricts what is accepted.
    id: 'BOUND',
    meaning: 'bound, obliged',
    fr: ['obliger', 'oblige', 'obligée', 'obligation', 'tenu', 'tenue', 'lier', 'liée', 'lié'],
    en: ['bind', 'binds', 'bound', 'oblige', 'obliged', 'obligation'],
  },
  // « non » in « non conforme », « non-respect » negates a word, not the sentence: it is the word « non ».
  {
    id: 'NEG',
    meaning: 'a negation of the sentence',
    fr: ['ne', "n'", 'pas', 'ni', 'jamais', 'nullement', 'aucunement', 'rien'],
    en: ['not', 'no', 'nor', 'never', "n't"],
  },
  { id: 'NONE', meaning: 'any, none (aucun)', fr: ['aucun', 'aucune', 'quelque', 'quelconque', 'nul', 'nulle'], en: ['any', 'none', 'either'] },
  { id: 'ALL', meaning: 'all, every', fr: ['tout', 'toute', 'tous', 'toutes', 'chacun', 'chacune', 'ensemble'], en: ['all', 'every', 'each'] },
  { id: 'SEVERAL', meaning: 'several, more than one', fr: ['plusieurs', 'multiple', 'multiples'], en: ['several', 'multiple', 'more'] },
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
    ],
    en: ['required', 'require', 'requested', 'mandatory', 'necessary'],
  },
  {
    id: 'ABSENT',
    meaning: 'missing, absent, omitted',
    fr: ['absence', 'absent', 'absente', 'manque', 'manquer', 'manquant', 'manquante', 'omission', 'omis', 'omise', 'omettre', 'défaut'],
    en: ['absence', 'absent', 'missing', 'lacking', 'lack', 'lacks', 'omitted', 'omission', 'omit'],
  },
  {
    id: 'ENCLOSE',
    meaning: 'attached to, enclosed with, included in (a bid)',
    fr: ['joindre', 'joint', 'jointe', 'joints', 'jointes', 'inclure', 'inclus', 'incluse', 'incluses', 'annexer', 'annexé', 'annexée'],
    en: ['attach', 'attached', 'enclose', 'enclosed', 'include', 'included'],
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
      'authorization',
      'authorizations',
      'authorisation',
      'authorisations',
      'permit',
      'permits',
      'licence',
      'licences',
      'license',
      'licenses',
      'registration',
      'registrations',
      'certificate',
      'certificates',
      'accreditation',
      'accreditations',
      'attestation',
      'attestations',
    ],
  },
  {
    id: 'AUTHORISED',
    meaning: 'authorised (person)',
    fr: ['autorisé', 'autorisée', 'habilité', 'habilitée', 'mandaté', 'mandatée'],
    en: ['authorized', 'authorised', 'empowered'],
  },
  { id: 'ERASURE', meaning: 'an erasure', fr: ['rature', 'ratures', 'raturé', 'biffure', 'biffures'], en: ['erasure', 'erasures', 'erased'] },
  {
    id: 'CORRECTION',
    meaning: 'a correction',
    fr: ['correction', 'corrections', 'corrigé', 'corriger', 'modification', 'modifications'],
    en: ['correction', 'corrections', 'corrected', 'alteration', 'alterations', 'altered'],
  },
  { id: 'INITIAL', meaning: 'initialled', fr: ['parapher', 'paraphée', 'paraphe', 'paraphes'], en: ['initialled', 'initialed', 'initials', 'initial'] },
  { id: 'PRICE', meaning: 'the price', fr: ['prix'], en: ['price', 'prices', 'pricing'] },
  { id: 'CONDITIONAL', meaning: 'conditional', fr: ['conditionnelle', 'conditionnel', 'conditionnelles'], en: ['conditional'] },
  { id: 'RESTRICTIVE', meaning: 'restrictive', fr: ['restrictive', 'restrictif', 'restrictives'], en: ['restrictive'] },
  {
    id: 'SEPARATELY',
    meaning: 'separately, apart',
    fr: ['séparément', 'séparée', 'séparé', 'distinct', 'distincte', 'distinctes', 'distinctement'],
    en: ['separately', 'separate', 'distinct'],
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
    ],
    en: ['obtain', 'obtained', 'download', 'downloaded', 'available', 'acquire', 'acquired', 'accessible', 'sold', 'distributed'],
  },
  {
    id: 'ONLY',
    meaning: 'only, exclusively',
    fr: ['uniquement', 'exclusivement', 'seulement', 'seul', 'seule', 'seuls', 'seules'],
    en: ['only', 'exclusively', 'solely', 'sole'],
  },
  {
    id: 'OPEN',
    meaning: 'to open bids, the opening',
    fr: ['ouvrir', 'ouvert', 'ouverte', 'ouvertes', 'ouverts', 'ouverture', 'décacheter', 'décachetage', 'décachetée'],
    en: ['open', 'opened', 'opening'],
  },
  { id: 'PLACE', meaning: 'a place', fr: ['endroit', 'lieu', 'adresse'], en: ['place', 'location', 'address'] },
  { id: 'DEADLINE', meaning: 'a limit in time', fr: ['limite', 'limites', 'échéance', 'délai', 'délais'], en: ['deadline', 'closing', 'limit'] },
  {
    id: 'AFTER',
    meaning: 'after, past',
    fr: ['après', 'passé', 'passée', 'retard', 'tardif', 'tardive', 'tardivement'],
    en: ['after', 'past', 'late', 'beyond'],
  },
  {
    id: 'MAY',
    meaning: 'may, can (pouvoir)',
    fr: ['pouvoir', 'peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'puisse'],
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
    ],
    en: ['renew', 'renewed', 'renewal', 'renewable', 'extend', 'extended', 'extension'],
  },
  {
    id: 'PERIOD',
    meaning: 'a period of time',
    fr: ['an', 'ans', 'année', 'années', 'mois', 'période', 'périodes', 'saison', 'exercice'],
    en: ['year', 'years', 'month', 'months', 'period', 'periods', 'season'],
  },
  { id: 'EXCEPT', meaning: 'an exception', fr: ['sauf', 'excepté', 'hormis', 'exception'], en: ['except', 'unless', 'excluding'] },
];
