import { annexApplies } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from './common.js';

/** Annexe 2 art. 5: a per-criterion minimum may be required, and it can only be 70 points. */
export const annex2CriterionMinimum: Rule = {
  id: 'annex2-criterion-minimum',
  citation: 'A2.5',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Annexe 2 : le minimum qui peut être exigé à l'égard d'un critère est de 70 points.",
    en: 'Annex 2: the minimum that may be required for a criterion is 70 points.',
  },
  notApplicable: (context) => annexApplies(context, 2),
  check(context) {
    const { frontMatter, body } = evaluationGrid(context.model);
    for (const grid of [frontMatter, ...body]) {
      for (const criterion of grid?.criteria ?? []) {
        if (criterion.minimum === undefined || criterion.minimum === 70) continue;
        context.report({
          messageId: 'criterionMinimumNot70',
          range: criterion.minimumRange ?? criterion.range,
          message: {
            fr: `Le critère « ${criterion.name} » exige un minimum de ${criterion.minimum} points : seul un minimum de 70 points peut être exigé (annexe 2, art. 5).`,
            en: `Criterion "${criterion.name}" requires a minimum of ${criterion.minimum} points: only a minimum of 70 points may be required (Annex 2, s. 5).`,
          },
        });
      }
    }
    for (const statement of evaluationStatements(context.model, 'criterionMinimum')) {
      if (statement.value === undefined || statement.value === 70) continue;
      context.report({
        messageId: 'statedMinimumNot70',
        range: statement.range,
        message: {
          fr: `Un minimum de ${statement.value} points est exigé pour un critère : seul un minimum de 70 points peut être exigé (annexe 2, art. 5).`,
          en: `A minimum of ${statement.value} points is required for a criterion: only a minimum of 70 points may be required (Annex 2, s. 5).`,
        },
      });
    }
  },
};
