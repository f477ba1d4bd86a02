import { annexApplies } from '../applicability.js';
import { evaluationGrid, weightTotal } from '../../evaluation/grid.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, formatNumber } from './common.js';

/** Rounding of weights such as 33,33 + 33,33 + 33,34. */
const TOLERANCE = 0.01;

/**
 * Annexe 2 art. 3: each criterion is weighted and the weights add up to 100 %. Normalising the
 * weights is not offered as a fix: the drafter decides which criterion changes.
 */
export const annex2WeightsTotal: Rule = {
  id: 'annex2-weights-total',
  citation: 'A2.3',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Annexe 2 : chaque critère est pondéré et la somme des poids est égale à 100 %.',
    en: 'Annex 2: each criterion is weighted and the weights add up to 100%.',
  },
  notApplicable: (context) => annexApplies(context, 2),
  check(context) {
    const grid = evaluationGrid(context.model).primary;
    if (!grid) return;
    const unweighted = grid.criteria.filter((criterion) => criterion.weight === undefined);
    for (const criterion of unweighted) {
      context.report({
        messageId: 'criterionWithoutWeight',
        range: criterion.range,
        message: {
          fr: `Le critère « ${criterion.name} » n'a pas de poids : chaque critère de la grille est pondéré (annexe 2, art. 3).`,
          en: `Criterion "${criterion.name}" has no weight: each criterion of the grid is weighted (Annex 2, s. 3).`,
        },
      });
    }
    if (unweighted.length > 0) return;
    const total = weightTotal(grid);
    if (Math.abs(total - 100) <= TOLERANCE) return;
    const stated = grid.statedTotal && Math.abs(grid.statedTotal.value - total) > TOLERANCE ? grid.statedTotal.value : undefined;
    const note = (locale: 'fr' | 'en') =>
      stated === undefined
        ? ''
        : locale === 'fr'
          ? ` (la ligne Total indique ${formatNumber(stated, 'fr')})`
          : ` (the Total row says ${formatNumber(stated, 'en')})`;
    context.report({
      messageId: 'totalNot100',
      range: grid.range,
      message: {
        fr: `La somme des poids des critères est de ${formatNumber(total, 'fr')} %${note('fr')} : elle doit être égale à 100 %.`,
        en: `The criteria weights add up to ${formatNumber(total, 'en')}%${note('en')}: they must add up to 100%.`,
      },
    });
  },
};
