import { natureIs, qualityEvaluated, type Inapplicable } from '../applicability.js';
import { evaluationGrid } from '../../evaluation/grid.js';
import type { Localized } from '../../types.js';
import type { RuleContext } from '../rule.js';
import { awardMode, stated } from '../evaluation/common.js';

/** What section IV of chapter II brings to a technical-services call that evaluates quality (art. 33). */
export function sectionIvMechanics(context: RuleContext): { name: Localized; present: boolean }[] {
  const priceRequested = awardMode(context) !== 'qualite-seulement';
  const mechanics = [
    {
      name: { fr: "une grille d'évaluation (annexe 1 ou 2)", en: 'an evaluation grid (Annex 1 or 2)' },
      present: evaluationGrid(context.model).primary !== undefined,
    },
    {
      name: { fr: 'un comité de sélection (art. 26)', en: 'a selection committee (s. 26)' },
      present: context.data.evaluation.comite !== undefined || stated(context, 'selectionCommittee'),
    },
  ];
  if (priceRequested) {
    mechanics.push({
      name: { fr: 'la présentation séparée du prix et de la qualité (art. 16)', en: 'price and quality presented separately (s. 16)' },
      present: stated(context, 'separatePriceAndQuality'),
    });
  }
  return mechanics;
}

export const technicalWithQuality = (context: RuleContext): Inapplicable => natureIs(context, 'services-techniques') ?? qualityEvaluated(context);
