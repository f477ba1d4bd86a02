/**
 * A compliant call for tenders assembled from parts, so that a rule test can remove one part and
 * state where its quick fix puts the clause back.
 */
export const FRONT_MATTER = [
  'type: appel-offres',
  'organisme: { nom: Ministère des Finances }',
  "titre: Services d'audit des systèmes comptables",
  'accords: aucun',
  'renseignements: M. Paul Roy, paul.roy@finances.gouv.qc.ca',
  'reception: { date: 2026-06-11, heure: "14:00", lieu: "12, rue Saint-Louis, Québec" }',
  'ouverture: { date: 2026-06-11, heure: "14:00", lieu: "12, rue Saint-Louis, Québec" }',
  'adjudication: prix',
  'montant-estime: 300000',
];

const NOTICE = [
  "# Avis d'appel d'offres",
  "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.",
  "Le Ministère ne s'engage à accepter aucune des soumissions reçues.",
].join('\n\n');

export const ADMISSIBILITY_ITEMS = [
  'posséder les permis, licences et autorisations nécessaires à l’exécution du contrat;',
  'avoir un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable.',
];

export const REJECTION_ITEMS = {
  lateReceipt: 'une soumission reçue après la date et l’heure limites ou à un autre endroit;',
  missingDocument: 'l’absence d’un document requis;',
  missingSignature: 'une soumission non signée par une personne autorisée;',
  uninitialledCorrection: 'une rature ou une correction du prix non paraphée;',
  conditionalBid: 'une soumission conditionnelle ou restrictive;',
  otherDesignatedCondition: 'le non-respect de toute autre condition indiquée comme entraînant le rejet automatique.',
};

export const MULTIPLE_BIDS = 'Le dépôt de plusieurs soumissions par un même prestataire entraîne le rejet automatique de toutes ses soumissions.';
export const ABNORMALLY_LOW = 'Une soumission au prix anormalement bas est non conforme et doit être rejetée, après autorisation du dirigeant.';

export const numbered = (items: readonly string[]) => items.map((item, index) => `${index + 1}. ${item}`).join('\n');

export interface Parts {
  frontMatter: string[];
  needs?: string;
  admissibility?: string;
  conformity?: string;
  documents?: string;
  opening?: string;
  award?: string;
  contract?: string;
}

export const PARTS: Required<Parts> = {
  frontMatter: FRONT_MATTER,
  needs: '## 1. Description des besoins\n\nLe prestataire de services doit auditer les systèmes comptables du Ministère et remettre un rapport.',
  admissibility: `## 2. Conditions d'admissibilité\n\nPour présenter une soumission, le prestataire de services doit :\n\n${numbered(ADMISSIBILITY_ITEMS)}`,
  conformity: `## 3. Conditions de conformité\n\nEntraîne le rejet automatique d'une soumission :\n\n${numbered(Object.values(REJECTION_ITEMS))}\n\n${MULTIPLE_BIDS}\n\n${ABNORMALLY_LOW}`,
  documents: '## 4. Documents exigés\n\nLa soumission doit comprendre le formulaire de soumission signé et le bordereau de prix.',
  opening: "## 5. Ouverture des soumissions\n\nLes soumissions sont ouvertes publiquement, en présence d'un témoin, à l'heure limite.",
  award: "## 6. Règle d'adjudication\n\nLe contrat est adjugé au prestataire de services qui a soumis le prix le plus bas.",
  contract: "## 7. Contrat à signer\n\nLe contrat à signer est joint à l'annexe A.",
};

const ORDER = ['needs', 'admissibility', 'conformity', 'documents', 'opening', 'award', 'contract'] as const;

/** The document, with some parts replaced or left out (`undefined`). */
export function tender(changes: Partial<Parts> = {}): string {
  const parts = { ...PARTS, ...changes };
  const body = ORDER.map((name) => parts[name]).filter((part): part is string => part !== undefined && part !== '');
  return `---\n${parts.frontMatter.join('\n')}\n---\n\n${NOTICE}\n\n# Documents d'appel d'offres\n\n${body.join('\n\n')}\n`;
}
