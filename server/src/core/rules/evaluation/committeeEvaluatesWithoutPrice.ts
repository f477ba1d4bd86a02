import { awardAmong } from '../applicability.js';
import { findItem } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode } from './common.js';

/**
 * Art. 26 al. 1: when a price is submitted, the selection committee evaluates quality without
 * knowing it. Documents that let the committee open or see the prices before (or while) it
 * evaluates quality break that rule.
 */
export const committeeEvaluatesWithoutPrice: Rule = {
  id: 'committee-evaluates-without-price',
  citation: '26.al1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Si un prix a été soumis, le comité de sélection évalue la qualité sans connaître ce prix.',
    en: 'When a price is submitted, the selection committee evaluates quality without knowing it.',
  },
  // Quality only (art. 22) asks for no price; price only (art. 13) evaluates no quality.
  notApplicable: (context) =>
    awardAmong(context, awardMode(context), ['qualite-minimale', 'qualite-prix'], {
      fr: "le comité n'évalue pas la qualité d'offres assorties d'un prix.",
      en: 'the committee does not evaluate the quality of bids that come with a price.',
    }),
  check(context) {
    for (const unit of findItem(context.model, 'committeeSeesPrice')) {
      context.report({
        messageId: 'priceSeen',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Ce passage laisse le comité de sélection prendre connaissance du prix avant ou pendant l'évaluation de la qualité : le comité évalue la qualité sans connaître le prix.",
          en: 'This passage lets the selection committee know the price before or while it evaluates quality: the committee evaluates quality without knowing the price.',
        },
      });
    }
  },
};
