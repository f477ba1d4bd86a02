import { awardAmong } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import { evaluationStatements } from '../../evaluation/statements.js';
import { findItem } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode } from './common.js';

/**
 * Annexe 1 art. 3: a bid is acceptable when it reaches the acceptable level on each criterion; a
 * weighted grid or a final-score threshold lets a strong criterion make up for a weak one (a warning: the weights may
 * only rank), and a clause that declares acceptable a bid failing a criterion breaks the rule outright (an error).
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
    for (const unit of findItem(context.model, 'acceptableDespiteCriterion')) {
      if (!ON_QUALITY.test(unit.normalized)) continue;
      context.report({
        messageId: 'acceptableDespiteCriterion',
        severity: 'error',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Qualité minimale (annexe 1, art. 3) : une soumission qui n'atteint pas le niveau de performance acceptable pour l'un des critères est rejetée; ce passage permet de la juger acceptable quand même.",
          en: 'Minimum quality (Annex 1, s. 3): a bid that does not reach the acceptable performance level on one of the criteria is rejected; this passage lets it be found acceptable all the same.',
        },
      });
    }
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

/** A passage on the quality evaluation: it names a criterion or the acceptable level (folded text). */
const ON_QUALITY =
  /\bcriter|\bniveau (?:de (?:performance|rendement|qualite) )?(?:minimal )?acceptable\b|\bacceptable (?:performance )?level\b|\bperformance level\b/;
