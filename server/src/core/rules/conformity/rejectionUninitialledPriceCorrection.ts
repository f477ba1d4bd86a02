import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 4°: a rejection case the conformity conditions state. */
export const rejectionUninitialledPriceCorrection = rejectionCaseRule({
  id: 'rejection-uninitialled-price-correction',
  citation: '7.4°',
  item: 'uninitialledCorrection',
  description: {
    fr: "Les conditions de conformité indiquent qu'une rature ou une correction du prix soumis non paraphée entraîne le rejet automatique.",
    en: 'The conformity conditions state that an uninitialled erasure or correction of the submitted price results in automatic rejection.',
  },
  missing: {
    fr: "Les conditions de conformité n'indiquent pas qu'une rature ou une correction apportée au prix soumis et non paraphée entraîne le rejet automatique.",
    en: 'The conformity conditions do not state that an uninitialled erasure or correction of the submitted price results in automatic rejection.',
  },
});
