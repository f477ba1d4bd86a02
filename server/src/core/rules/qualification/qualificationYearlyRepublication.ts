import { itemStated } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';

/** Art. 43 par. 3°: the qualification notice is republished at least once a year during the list's validity. */
export const qualificationYearlyRepublication: Rule = {
  id: 'qualification-yearly-republication',
  citation: '43.3°',
  severity: 'warning',
  appliesTo: ['avis-qualification'],
  description: {
    fr: "L'avis de qualification prévoit sa republication au moins une fois par année.",
    en: 'The qualification notice provides for its republication at least once a year.',
  },
  check(context) {
    if (itemStated(context.model, 'yearlyRepublication')) return;
    context.report({
      messageId: 'republicationMissing',
      message: {
        fr: "L'avis de qualification ne mentionne pas qu'il sera publié de nouveau au moins une fois par année pendant la validité de la liste.",
        en: 'The qualification notice does not say it will be republished at least once a year during the validity of the list.',
      },
      fix: insertClauseFix(context.model, 'yearlyRepublication', context.locale),
    });
  },
};
