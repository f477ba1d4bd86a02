import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 2°: a rejection case the conformity conditions state. */
export const rejectionMissingDocument = rejectionCaseRule({
  id: 'rejection-missing-document',
  citation: '7.2°',
  item: 'missingDocument',
  description: {
    fr: "Les conditions de conformité indiquent que l'absence d'un document requis entraîne le rejet automatique.",
    en: 'The conformity conditions state that a missing required document results in automatic rejection.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas que l'absence d'un document requis entraîne le rejet automatique.",
    en: 'The conformity conditions do not state that a missing required document results in automatic rejection.',
  },
});
