import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 1°: a rejection case the conformity conditions state. */
export const rejectionLateReceipt = rejectionCaseRule({
  id: 'rejection-late-receipt',
  citation: '7.1°',
  item: 'lateReceipt',
  description: {
    fr: "Les conditions de conformité indiquent que le non-respect de l'endroit, de la date et de l'heure limites de réception entraîne le rejet automatique.",
    en: 'The conformity conditions state that failing to meet the place, date and time limit for receipt results in automatic rejection.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas que le non-respect de l'endroit, de la date et de l'heure limites fixées pour la réception des soumissions entraîne le rejet automatique.",
    en: 'The conformity conditions do not state that failing to meet the place, date and time limit for the receipt of bids results in automatic rejection.',
  },
});
