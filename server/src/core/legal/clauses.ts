import { EVALUATION_CLAUSES } from './clauses/evaluation.js';
import { AMOUNT_CLAUSES } from './clauses/amounts.js';
import { DEADLINE_CLAUSES } from './clauses/deadlines.js';
import type { Locale, Localized } from '../types.js';
import { DOCUMENT_CLAUSES } from './clauses/documents.js';
import { ADMISSIBILITY_CLAUSES } from './clauses/admissibility.js';
import { CONFORMITY_CLAUSES } from './clauses/conformity.js';
import { REFUSAL_CLAUSES } from './clauses/refusal.js';

/**
 * Compliant clauses, the one source for quick fixes and snippets. `{{name}}` marks what the drafter
 * must fill in; a value known from the front-matter replaces it when the clause is inserted.
 */
export interface Clause {
  id: string;
  citation: string;
  /** Snippet prefix and short title. */
  title: Localized;
  text: Localized;
  /** Heading of the section the clause forms when it is inserted as a new section. */
  heading?: Localized;
  /** The clause worded as an entry of a list ("l'absence d'un document requis;"). */
  listItem?: Localized;
}

export const CLAUSES = {
  publicBodyName: {
    id: 'organisme-public',
    citation: '4.1°',
    title: { fr: "Nom de l'organisme public", en: 'Name of the public body' },
    text: { fr: '**Organisme public :** {{nom de l’organisme public}}', en: '**Public body:** {{name of the public body}}' },
  },
  servicesDescription: {
    id: 'description-services',
    citation: '4.2°',
    title: { fr: 'Description sommaire des services', en: 'Summary description of the services' },
    text: {
      fr: '**Description sommaire des services :** le présent appel d’offres a pour objet {{description sommaire des services requis}}.',
      en: '**Summary description of the services:** the services required consist of {{summary description of the services}}.',
    },
  },
  optionsDescription: {
    id: 'options',
    citation: '4.2.1°',
    title: { fr: 'Description sommaire des options', en: 'Summary description of the options' },
    text: {
      fr: '**Options :** le contrat comporte {{nombre}} option(s) de renouvellement de {{durée}} chacune, aux mêmes prix : {{description sommaire des options}}.',
      en: '**Options:** the contract includes {{number}} renewal option(s) of {{duration}} each, at the same prices: {{summary description of the options}}.',
    },
  },
  intergovernmentalAgreements: {
    id: 'accords-intergouvernementaux',
    citation: '4.4°',
    title: { fr: 'Accords intergouvernementaux', en: 'Intergovernmental agreements' },
    text: {
      fr: '**Accords intergouvernementaux :** le présent appel d’offres est assujetti aux accords intergouvernementaux suivants : {{accords applicables, ou « n’est assujetti à aucun accord »}}.',
      en: '**Intergovernmental agreements:** this call for tenders is subject to the following intergovernmental agreements: {{agreements that apply, or "is not subject to any agreement"}}.',
    },
  },
  information: {
    id: 'renseignements',
    citation: '4.5°',
    title: { fr: 'Endroit où obtenir des renseignements', en: 'Where to obtain information' },
    text: {
      fr: '**Renseignements :** toute demande de renseignements doit être adressée par écrit à {{personne-ressource}}, à l’adresse {{courriel}}.',
      en: '**Information:** any request for information must be sent in writing to {{contact person}}, at {{e-mail address}}.',
    },
  },
  seaoOnly: {
    id: 'documents-seao',
    citation: '4.5.1°',
    title: { fr: 'Documents obtenus uniquement par le SEAO', en: 'Documents obtained only through SEAO' },
    text: {
      fr: 'Les documents d’appel d’offres ne peuvent être obtenus que par l’intermédiaire du système électronique d’appel d’offres (SEAO).',
      en: 'The tender documents can be obtained only through the electronic tendering system (SEAO).',
    },
  },
  receipt: {
    id: 'reception-soumissions',
    citation: '4.6°',
    title: { fr: 'Réception des soumissions', en: 'Receipt of bids' },
    text: {
      fr: '**Réception des soumissions :** les soumissions doivent être reçues au plus tard le {{date}} à {{heure}}, à l’adresse suivante : {{lieu de réception}}.',
      en: '**Receipt of bids:** bids must be received no later than {{date}} at {{time}}, at the following address: {{place of receipt}}.',
    },
  },
  opening: {
    id: 'ouverture-soumissions',
    citation: '4.6°',
    title: { fr: 'Ouverture des soumissions', en: 'Opening of bids' },
    text: {
      fr: '**Ouverture des soumissions :** les soumissions seront ouvertes publiquement à la date et à l’heure limites de réception, à l’endroit suivant : {{lieu de l’ouverture}}.',
      en: '**Opening of bids:** bids will be opened publicly at the closing date and time, at the following place: {{place of opening}}.',
    },
  },
  noObligationToAccept: {
    id: 'aucune-obligation-accepter',
    citation: '4.7°',
    title: { fr: 'Aucune obligation d’accepter une soumission', en: 'No obligation to accept any bid' },
    text: {
      fr: 'L’organisme public ne s’engage à accepter aucune des soumissions reçues.',
      en: 'The public body does not undertake to accept any of the bids received.',
    },
  },
  ...DOCUMENT_CLAUSES,
  ...ADMISSIBILITY_CLAUSES,
  ...CONFORMITY_CLAUSES,
  ...REFUSAL_CLAUSES,
  ...EVALUATION_CLAUSES,
  ...AMOUNT_CLAUSES,
  ...DEADLINE_CLAUSES,
} satisfies Record<string, Clause>;

export type ClauseName = keyof typeof CLAUSES;

const PLACEHOLDER_MARK = /(?<!\{)\{\{([^}]+)\}\}/g;

/** The clause as plain text, each unknown value left as a visible `[à compléter : …]` mark. */
export function renderClause(clause: Clause, locale: Locale, values: Record<string, string> = {}): string {
  return fillPlaceholders(clause.text[locale], locale, values);
}

/** Any clause text (a list entry, a heading) with its `{{…}}` marks filled or left visible. */
export function fillPlaceholders(template: string, locale: Locale, values: Record<string, string> = {}): string {
  return template.replace(PLACEHOLDER_MARK, (_, name: string) => values[name] ?? (locale === 'fr' ? `[à compléter : ${name}]` : `[to complete: ${name}]`));
}

/**
 * The clause as a snippet body (its section heading first, if any), each value a tab stop. Its
 * default is the value's name, or (`marks`, for the snippets file) the `[à compléter : …]` mark a
 * quick fix inserts: a snippet left unfilled then reads like an unfilled quick fix, and is
 * recognised the same way.
 */
export function clauseSnippet(clause: Clause, locale: Locale, defaults: 'names' | 'marks' = 'names'): string {
  let stop = 0;
  const text = clause.heading ? `## ${clause.heading[locale]}\n\n${clause.text[locale]}` : clause.text[locale];
  const value = (name: string) => (defaults === 'marks' ? fillPlaceholders(`{{${name}}}`, locale) : name).replace(/[$}\\]/g, '');
  return text.replace(/\$/g, '\\$').replace(PLACEHOLDER_MARK, (_, name: string) => `\${${++stop}:${value(name)}}`);
}
