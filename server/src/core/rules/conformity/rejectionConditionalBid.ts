import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 5°: a rejection case the conformity conditions state. */
export const rejectionConditionalBid = rejectionCaseRule({
  id: 'rejection-conditional-bid',
  citation: '7.5°',
  item: 'conditionalBid',
  description: {
    fr: "Les conditions de conformité indiquent qu'une soumission conditionnelle ou restrictive entraîne le rejet automatique.",
    en: 'The conformity conditions state that a conditional or restrictive bid results in automatic rejection.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas qu'une soumission conditionnelle ou restrictive entraîne le rejet automatique.",
    en: 'The conformity conditions do not state that a conditional or restrictive bid results in automatic rejection.',
  },
});
