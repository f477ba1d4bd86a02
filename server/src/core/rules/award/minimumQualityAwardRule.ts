import { awardRule } from './qualityAward.js';

export const minimumQualityAwardRule = awardRule('20', 'minimum-quality-award-rule', 'qualite-minimale', {
  fr: "Évaluation selon l'atteinte du niveau minimal de qualité : annexe 1, adjudication au prix le plus bas.",
  en: 'Evaluation on reaching the minimum quality level: Annex 1, award to the lowest price.',
});
