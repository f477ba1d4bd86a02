import { itemStated } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';

export const MAX_LIST_MONTHS = 36;

/** Art. 43 par. 3°: the list of qualified providers is valid for at most 3 years. */
export const listValidity: Rule = {
  id: 'qualification-list-validity',
  citation: '43.3°',
  severity: 'error',
  appliesTo: ['avis-qualification'],
  description: { fr: 'La liste des prestataires qualifiés est valide au plus 3 ans.', en: 'The list of qualified providers is valid for at most 3 years.' },
  check(context) {
    const months = context.data.qualification.validiteMois;
    const range = context.model.frontMatter?.valueRange(['qualification', 'validite-mois']);
    if (months === undefined || months <= MAX_LIST_MONTHS || !range) return;
    context.report({
      range,
      message: {
        fr: `Validité de la liste de ${months} mois : elle ne peut excéder 3 ans, soit ${MAX_LIST_MONTHS} mois.`,
        en: `List validity of ${months} months: it cannot exceed 3 years, i.e. ${MAX_LIST_MONTHS} months.`,
      },
      fix: { title: { fr: 'Ramener la validité à 36 mois', en: 'Set the validity to 36 months' }, edits: [{ range, newText: String(MAX_LIST_MONTHS) }] },
    });
  },
};

/** Art. 43 par. 3°: the qualification notice is republished at least once a year during the list's validity. */
export const yearlyRepublication: Rule = {
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
      message: {
        fr: "L'avis de qualification ne mentionne pas qu'il sera publié de nouveau au moins une fois par année pendant la validité de la liste.",
        en: 'The qualification notice does not say it will be republished at least once a year during the validity of the list.',
      },
      fix: insertClauseFix(context.model, 'yearlyRepublication', context.locale),
    });
  },
};
