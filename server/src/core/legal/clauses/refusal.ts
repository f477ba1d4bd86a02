import type { Clause } from '../clauses.js';

/** Art. 8: the optional refusal clause, within the limits the article sets. */
export const REFUSAL_CLAUSES = {
  refusalClause: {
    id: 'refus-prestataire',
    citation: '8',
    title: { fr: 'Refus d’un prestataire (rendement insatisfaisant)', en: 'Refusal of a provider (unsatisfactory performance)' },
    text: {
      fr: 'L’organisme public se réserve la possibilité de refuser tout prestataire de services qui, au cours des 2 années précédant la date d’ouverture des soumissions, a fait l’objet de la part de cet organisme d’une évaluation de rendement insatisfaisant, a omis de donner suite à une soumission ou à un contrat, ou a fait l’objet d’une résiliation de contrat en raison de son défaut d’en respecter les conditions.',
      en: 'The public body reserves the right to refuse any service provider that, in the 2 years preceding the bid opening date, received from this body an unsatisfactory performance evaluation, failed to follow up on a bid or a contract, or had a contract terminated for failure to comply with its conditions.',
    },
  },
} satisfies Record<string, Clause>;
