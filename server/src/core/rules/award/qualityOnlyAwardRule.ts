import { awardRule } from './qualityAward.js';

export const qualityOnlyAwardRule = awardRule('22', 'quality-only-award-rule', 'qualite-seulement', {
  fr: 'Évaluation sur la qualité seulement : annexe 2, art. 1 à 7, adjudication à la note finale la plus élevée.',
  en: 'Quality-only evaluation: Annex 2, s. 1–7, award to the highest final score.',
});
