import { awardAmong } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode } from './common.js';

/**
 * Annexe 1 art. 3: a bid is acceptable when it reaches the acceptable level on each criterion; a
 * weighted grid or a final-score threshold lets a strong criterion make up for a weak one.
 */
export const annex1NoCompensation: Rule = {
  id: 'annex1-no-compensation',
  citation: 'A1.3',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Annexe 1 : une soumission acceptable atteint le niveau de performance acceptable pour chacun des critères, sans compensation entre critères.',
    en: 'Annex 1: an acceptable bid reaches the acceptable performance level on each criterion, with no compensation between criteria.',
  },
  notApplicable: (context) =>
    awardAmong(context, awardMode(context), ['qualite-minimale'], {
      fr: "l'évaluation ne suit pas l'annexe 1 (qualité minimale).",
      en: 'the evaluation does not follow Annex 1 (minimum quality).',
    }),
  check(context) {
    const grid = evaluationGrid(context.model).primary;
    const weighted = grid?.criteria.find((criterion) => criterion.weight !== undefined);
    const threshold = evaluationStatements(context.model, 'finalThreshold')[0];
    const range = weighted ? (weighted.weightRange ?? weighted.range) : threshold?.range;
    if (!range) return;
    context.report({
      messageId: 'compensation',
      range,
      message: {
        fr: "Qualité minimale (annexe 1) : chaque critère doit atteindre le niveau de performance acceptable; des poids ou une note finale permettent une compensation entre critères que l'annexe 1 ne prévoit pas.",
        en: 'Minimum quality (Annex 1): each criterion must reach the acceptable performance level; weights or a final score allow a compensation between criteria that Annex 1 does not provide for.',
      },
    });
  },
};
