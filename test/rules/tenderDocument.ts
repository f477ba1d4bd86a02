/**
 * A complete quality-price call for professional services, built from front-matter keys and body
 * sections that a test replaces (a string) or removes (null). Every rule is silent on the default.
 */
const FRONT_MATTER: Record<string, string> = {
  type: 'appel-offres',
  organisme: '{ nom: Ministère de la Culture, categorie: ministere }',
  titre: 'Services professionnels de muséologie',
  contrat: '{ nature: services-professionnels }',
  adjudication: 'qualite-prix',
  'montant-estime': '150000',
  accords: 'aucun',
  renseignements: 'Mme Lise Côté',
  reception: '{ date: 2026-09-14, heure: "11:00", lieu: Québec }',
  ouverture: '{ date: 2026-09-14, heure: "11:00", lieu: Québec }',
  'validite-soumissions-jours': '90',
  evaluation: '\n  k: 20\n  comite: { secretaire: true, membres: 3 }',
};

export const GRID = [
  '## Grille d’évaluation',
  '',
  '| Critère | Poids (%) |',
  '|---|---|',
  '| Expérience du soumissionnaire | 30 |',
  '| Expertise du chargé de projet | 30 |',
  '| Méthodologie proposée | 40 |',
  '',
  'Chaque critère est évalué sur une échelle de 0 à 100 points; le niveau de performance acceptable correspond à 70 points. Éléments requis pour atteindre le niveau de performance acceptable :',
  '',
  '- Expérience du soumissionnaire : deux mandats comparables au cours des cinq dernières années.',
  '- Expertise du chargé de projet : cinq années d’expérience en gestion de collections muséales.',
  '- Méthodologie proposée : une démarche qui couvre l’inventaire, la conservation et le catalogage.',
].join('\n');

const SECTIONS = {
  notice: [
    '# Avis d’appel d’offres',
    '',
    'Le Ministère sollicite des soumissions pour des services professionnels de muséologie.',
    '',
    'Les documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du SEAO.',
    '',
    'Le Ministère ne s’engage à accepter aucune des soumissions reçues.',
  ].join('\n'),
  admissibility: [
    '## Conditions d’admissibilité',
    '',
    'Le prestataire détient une attestation de Revenu Québec valide et, s’il compte plus de 100 employés, une attestation d’engagement à un programme d’accès à l’égalité.',
  ].join('\n'),
  presentation: '## Présentation des soumissions\n\nLe prix et la démonstration de la qualité sont présentés séparément, dans deux enveloppes.',
  grid: GRID,
  award: [
    '## Adjudication',
    '',
    'Le contrat est adjugé au prestataire qui a soumis le prix ajusté le plus bas : prix ajusté = prix soumis / (1 + K × (note finale − 70) / 30).',
  ].join('\n'),
};

export type SectionName = keyof typeof SECTIONS;

export function tender(frontMatter: Record<string, string | null> = {}, sections: Partial<Record<SectionName, string | null>> = {}): string {
  const keys = { ...FRONT_MATTER, ...frontMatter };
  const yaml = Object.entries(keys)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n');
  const body = (Object.keys(SECTIONS) as SectionName[])
    .map((name) => (name in sections ? sections[name] : SECTIONS[name]))
    .filter((section): section is string => section !== null && section !== undefined)
    .join('\n\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}
