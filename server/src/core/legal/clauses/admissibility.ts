import type { Clause } from '../clauses.js';
import type { Localized } from '../../types.js';

/** Art. 6: admissibility conditions, in the regulation's words. */
const qualifications = {
  id: 'admissibilite-qualifications',
  citation: '6.1°',
  title: { fr: 'Admissibilité : qualifications, permis et autorisations', en: 'Admissibility: qualifications, permits and authorisations' },
  text: {
    fr: 'Le prestataire de services doit posséder les qualifications, les autorisations, les permis, les licences, les enregistrements, les certificats, les accréditations et les attestations nécessaires.',
    en: 'The service provider must hold the qualifications, authorisations, permits, licences, registrations, certificates, accreditations and attestations required.',
  },
  listItem: {
    fr: 'posséder les qualifications, les autorisations, les permis, les licences, les enregistrements, les certificats, les accréditations et les attestations nécessaires;',
    en: 'hold the qualifications, authorisations, permits, licences, registrations, certificates, accreditations and attestations required;',
  },
} satisfies Clause;

const establishment = {
  id: 'admissibilite-etablissement',
  citation: '6.2°',
  title: { fr: 'Admissibilité : établissement au Québec', en: 'Admissibility: establishment in Québec' },
  text: {
    fr: 'Le prestataire de services doit avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et accessible durant les heures normales de bureau.',
    en: 'The service provider must have, in Québec or in a territory covered by an applicable intergovernmental agreement, an establishment where it carries on its activities permanently, clearly identified under its name and accessible during normal business hours.',
  },
  listItem: {
    fr: 'avoir au Québec ou dans un territoire visé par un accord intergouvernemental applicable un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et accessible durant les heures normales de bureau;',
    en: 'have, in Québec or in a territory covered by an applicable intergovernmental agreement, an establishment where it carries on its activities permanently, clearly identified under its name and accessible during normal business hours;',
  },
} satisfies Clause;

const outsideAgreements = {
  id: 'admissibilite-hors-accord',
  citation: '6.al2',
  title: { fr: 'Admissibilité hors accord (concurrence insuffisante)', en: 'Admissibility outside agreements (insufficient competition)' },
  text: {
    fr: 'La concurrence étant insuffisante, est également admissible tout prestataire de services qui a un établissement dans un territoire non visé par un accord intergouvernemental applicable.',
    en: 'Competition being insufficient, any service provider that has an establishment in a territory not covered by an applicable intergovernmental agreement is also admissible.',
  },
} satisfies Clause;

const INTRO: Localized = { fr: 'Pour présenter une soumission, le prestataire de services doit :', en: 'To submit a bid, the service provider must:' };
const CONSEQUENCE: Localized = {
  fr: 'Le défaut de respecter l’une de ces conditions rend le prestataire de services inadmissible.',
  en: 'A service provider that fails to meet any of these conditions is inadmissible.',
};

/** The admissibility section, built from the conditions it must list. */
export function admissibilitySectionText(items: readonly Clause[], locale: 'fr' | 'en'): string {
  const list = items
    .map((item, index) => `${index + 1}. ${item.listItem?.[locale] ?? item.text[locale]}`)
    .join('\n')
    .replace(/;$/, '.');
  return `${INTRO[locale]}\n\n${list}\n\n${CONSEQUENCE[locale]}`;
}

export const ADMISSIBILITY_ITEMS = [qualifications, establishment] as const;

export const ADMISSIBILITY_CLAUSES = {
  admissibility: {
    id: 'conditions-admissibilite',
    citation: '5.3°',
    title: { fr: 'Conditions d’admissibilité', en: 'Admissibility conditions' },
    heading: { fr: 'Conditions d’admissibilité', en: 'Admissibility conditions' },
    text: { fr: admissibilitySectionText(ADMISSIBILITY_ITEMS, 'fr'), en: admissibilitySectionText(ADMISSIBILITY_ITEMS, 'en') },
  },
  qualifications,
  establishment,
  outsideAgreements,
} satisfies Record<string, Clause>;
