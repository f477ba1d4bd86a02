import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 3°: a rejection case the conformity conditions state. */
export const rejectionMissingSignature = rejectionCaseRule({
  id: 'rejection-missing-signature',
  citation: '7.3°',
  item: 'missingSignature',
  description: {
    fr: "Les conditions de conformité indiquent que l'absence d'une signature requise d'une personne autorisée entraîne le rejet automatique.",
    en: 'The conformity conditions state that a missing required signature of an authorised person results in automatic rejection.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas que l'absence d'une signature requise d'une personne autorisée entraîne le rejet automatique.",
    en: 'The conformity conditions do not state that a missing required signature of an authorised person results in automatic rejection.',
  },
});
