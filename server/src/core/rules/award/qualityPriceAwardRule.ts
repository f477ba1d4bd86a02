import { awardRule } from './qualityAward.js';

export const qualityPriceAwardRule = awardRule('21', 'quality-price-award-rule', 'qualite-prix', {
  fr: 'Évaluation qualité-prix : annexe 2, adjudication au prix ajusté le plus bas.',
  en: 'Quality-price evaluation: Annex 2, award to the lowest adjusted price.',
});
