import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 al. 2: several bids from one provider reject them all. */
export const rejectionMultipleBids = rejectionCaseRule({
  id: 'rejection-multiple-bids',
  citation: '7.al2',
  item: 'multipleBids',
  description: {
    fr: 'Les conditions de conformité indiquent que le dépôt de plusieurs soumissions par un même prestataire entraîne le rejet automatique de toutes ses soumissions.',
    en: 'The conformity conditions state that filing several bids by one provider results in the automatic rejection of all its bids.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas que le dépôt par un prestataire de plusieurs soumissions pour le même appel d'offres entraîne le rejet automatique de toutes ses soumissions.",
    en: 'The conformity conditions do not state that filing several bids for the same call by one provider results in the automatic rejection of all its bids.',
  },
});
