import { annexApplies } from '../applicability.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from './common.js';

/** Annexe 2 art. 7: a bid is acceptable on quality when its final score is at least 70 points. */
export const annex2FinalScoreThreshold: Rule = {
  id: 'annex2-final-score-threshold',
  citation: 'A2.7',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Annexe 2 : une soumission est acceptable à l'égard de la qualité lorsque sa note finale est d'au moins 70 points.",
    en: 'Annex 2: a bid is acceptable on quality when its final score is at least 70 points.',
  },
  notApplicable: (context) => annexApplies(context, 2),
  check(context) {
    for (const statement of evaluationStatements(context.model, 'finalThreshold')) {
      if (statement.value === undefined || statement.value === 70) continue;
      context.report({
        messageId: 'thresholdNot70',
        range: statement.range,
        message: {
          fr: `Le seuil d'acceptabilité de la note finale est fixé à ${statement.value} : l'annexe 2 le fixe à 70 points.`,
          en: `The final-score acceptance threshold is set at ${statement.value}: Annex 2 sets it at 70 points.`,
        },
      });
    }
  },
};
