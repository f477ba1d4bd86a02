import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';
import { margins, noMargin } from './margins.js';

/** Art. 50 al. 3: the percentage of the preferential margin is indicated in the documents. */
export const preferentialMarginStated: Rule = {
  id: 'preferential-margin-stated',
  citation: '50.al3',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Le pourcentage de marge préférentielle est indiqué dans les documents.',
    en: 'The percentage of the preferential margin is indicated in the documents.',
  },
  notApplicable: noMargin,
  check(context) {
    const found = margins(context);
    if (found.some((margin) => margin.stated)) return;
    context.report({
      messageId: 'percentageMissing',
      range: found[0].range,
      message: {
        fr: 'Une marge préférentielle est prévue, mais son pourcentage (au plus 10 %) n’est pas indiqué (clé marge-preferentielle ou mention dans le texte).',
        en: 'A preferential margin is provided for, but its percentage (at most 10%) is not indicated (key marge-preferentielle or a mention in the text).',
      },
    });
  },
};
