import { annexApplies } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from './common.js';

/**
 * Annexe 2 art. 4: each criterion is scored from 0 to 100 points, the acceptable level being 70.
 * A stated scale or level that differs is an error; weights written as "points" without the 0–100
 * scale being stated read as a different scale, a warning.
 */
export const annex2Scale: Rule = {
  id: 'annex2-scale',
  citation: 'A2.4',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Annexe 2 : chaque critère est évalué sur une échelle de 0 à 100 points, le niveau de performance acceptable correspondant à 70 points.',
    en: 'Annex 2: each criterion is scored on a scale of 0 to 100 points, the acceptable performance level being 70 points.',
  },
  notApplicable: (context) => annexApplies(context, 2),
  check(context) {
    const scales = evaluationStatements(context.model, 'scale');
    for (const statement of scales) {
      if (statement.value === undefined || statement.value === 100) continue;
      context.report({
        messageId: 'scaleNot100',
        range: statement.range,
        message: {
          fr: `Les critères sont évalués sur ${statement.value} points : l'annexe 2 prévoit une échelle de 0 à 100 points.`,
          en: `Criteria are scored out of ${statement.value} points: Annex 2 sets a scale of 0 to 100 points.`,
        },
      });
    }
    for (const { value, outOf, range } of evaluationStatements(context.model, 'acceptableLevel')) {
      if (value === undefined) continue;
      // A level out of the criterion's own points (« 14 points sur 20 ») is that share of the 0–100 scale: 70 % of them is 70.
      const level = outOf ? (value * 100) / outOf : value;
      if (Math.abs(level - 70) < 0.01) continue;
      context.report({
        messageId: 'acceptableLevelNot70',
        range,
        message: {
          fr: `Le niveau de performance acceptable est fixé à ${value}${outOf ? ` sur ${outOf}` : ''} : l'annexe 2 le fait correspondre à 70 points${outOf ? ' sur 100, soit 70 % des points du critère' : ''}.`,
          en: `The acceptable performance level is set at ${value}${outOf ? ` out of ${outOf}` : ''}: Annex 2 sets it at 70 points${outOf ? " out of 100, 70% of the criterion's points" : ''}.`,
        },
      });
    }
    const grid = evaluationGrid(context.model).primary;
    if (grid?.unit !== 'points' || scales.some((statement) => statement.value === 100)) return;
    context.report({
      messageId: 'scaleNotStated',
      range: grid.range,
      severity: 'warning',
      message: {
        fr: "Les poids de la grille sont exprimés en points sans que l'échelle de 0 à 100 points de chaque critère soit indiquée : précisez que chaque critère est évalué sur 100 points et que les poids sont des pourcentages.",
        en: 'The grid gives weights in points without stating the 0 to 100 point scale of each criterion: state that each criterion is scored out of 100 points and that the weights are percentages.',
      },
    });
  },
};
