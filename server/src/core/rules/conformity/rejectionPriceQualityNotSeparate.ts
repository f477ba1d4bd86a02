import { rejectionCaseRule } from './rejectionCase.js';

/** Art. 7 par. 6°: a rejection case the conformity conditions state. */
export const rejectionPriceQualityNotSeparate = rejectionCaseRule({
  id: 'rejection-price-quality-not-separate',
  citation: '7.6°',
  item: 'priceQualityTogether',
  description: {
    fr: 'Lorsque le prix et la qualité sont demandés, les conditions de conformité indiquent que le prix et la démonstration de la qualité non présentés séparément (art. 16) entraînent le rejet automatique.',
    en: 'When price and quality are both sought, the conformity conditions state that price and quality demonstration not presented separately (s. 16) result in automatic rejection.',
  },
  missing: {
    fr: "Le prix et la qualité sont demandés (adjudication), mais les conditions de conformité n'indiquent pas que le prix et la démonstration de la qualité non présentés séparément entraînent le rejet automatique.",
    en: 'Price and quality are both sought (adjudication), but the conformity conditions do not state that price and quality demonstration not presented separately result in automatic rejection.',
  },
});
