import { annexApplies } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode } from './common.js';

/**
 * Annexe 1 art. 1 and annexe 2 art. 1: at least 3 criteria. A quality evaluation with no grid at all
 * is reported here when the contract's nature is not stated (otherwise art. 16 al. 1, 10 or 33 do).
 */
export function minimumCriteria(annex: 1 | 2): Rule {
  return {
    id: `annex${annex}-minimum-criteria`,
    citation: `A${annex}.1`,
    severity: 'error',
    appliesTo: TENDER_DOCUMENTS,
    scope: 'dossier',
    description: {
      fr: `Annexe ${annex} : l'évaluation de la qualité compte au moins 3 critères.`,
      en: `Annex ${annex}: the quality evaluation has at least 3 criteria.`,
    },
    notApplicable: (context) => annexApplies(context, annex),
    check(context) {
      const grid = evaluationGrid(context.model).primary;
      if (!grid) {
        // The contract's nature routes a missing grid: art. 16 al. 1 (professional), art. 10 and 33 (technical). Minimum
        // quality read from the body alone (awardMode) is read from the words around its criteria, which the body words its
        // own way: not finding them as a grid is no evidence that they are missing.
        const mode = awardMode(context);
        if (context.data.contrat.nature !== undefined || mode === undefined || (mode === 'qualite-minimale' && context.data.adjudication === undefined)) return;
        context.report({
          messageId: 'noGrid',
          range: context.model.frontMatter?.valueRange(['adjudication']),
          message: {
            fr: `Aucune grille d'évaluation trouvée (evaluation.criteres ou tableau sous un titre « Grille d'évaluation ») : l'annexe ${annex} exige au moins 3 critères.`,
            en: `No evaluation grid found (evaluation.criteres or a table under an "evaluation grid" heading): Annex ${annex} requires at least 3 criteria.`,
          },
        });
        return;
      }
      const count = grid.criteria.length;
      if (count >= 3) return;
      context.report({
        messageId: 'tooFewCriteria',
        range: grid.range,
        message: {
          fr: `La grille d'évaluation compte ${count} critère${count > 1 ? 's' : ''} : l'annexe ${annex} en exige au moins 3.`,
          en: `The evaluation grid has ${count} criteri${count > 1 ? 'a' : 'on'}: Annex ${annex} requires at least 3.`,
        },
      });
    },
  };
}
