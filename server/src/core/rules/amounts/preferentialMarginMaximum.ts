import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, formatNumber } from '../evaluation/common.js';
import { margins, noMargin } from './margins.js';

const MAXIMUM = 10;

/** Art. 50 al. 2: the preferential margin is at most 10 %. */
export const preferentialMarginMaximum: Rule = {
  id: 'preferential-margin-maximum',
  citation: '50.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: { fr: 'La marge préférentielle est d’au plus 10 %.', en: 'The preferential margin is at most 10%.' },
  notApplicable: noMargin,
  check(context) {
    for (const margin of margins(context)) {
      if (margin.value === undefined || margin.value <= MAXIMUM) continue;
      context.report({
        messageId: 'aboveMaximum',
        range: margin.range,
        message: {
          fr: `La marge préférentielle est de ${formatNumber(margin.value, 'fr')} % : elle ne peut dépasser 10 %.`,
          en: `The preferential margin is ${formatNumber(margin.value, 'en')}%: it cannot exceed 10%.`,
        },
      });
    }
  },
};
