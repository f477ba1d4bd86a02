import type { Rule } from '../rule.js';
import { listValidityInText } from './listValidity.js';

const MAX_LIST_MONTHS = 36;

/**
 * Art. 43 par. 3°: the list of qualified providers is valid for at most 3 years. The validity is read from
 * `qualification.validite-mois` and from the notice's text, as the other durations are (SPEC §3: an item written
 * in the body counts); a text that gives another validity than the key contradicts it.
 */
export const qualificationListValidity: Rule = {
  id: 'qualification-list-validity',
  citation: '43.3°',
  severity: 'error',
  appliesTo: ['avis-qualification'],
  description: { fr: 'La liste des prestataires qualifiés est valide au plus 3 ans.', en: 'The list of qualified providers is valid for at most 3 years.' },
  notApplicable: (context) =>
    context.data.qualification.validiteMois === undefined && listValidityInText(context.model).length === 0
      ? {
          fr: 'Validité de la liste non indiquée (clé qualification.validite-mois ou mention dans le texte) : rien à vérifier.',
          en: 'Validity of the list not given (key qualification.validite-mois or a mention in the text): nothing to check.',
        }
      : undefined,
  check(context) {
    const key = context.data.qualification.validiteMois;
    const range = context.model.frontMatter?.valueRange(['qualification', 'validite-mois']);
    if (key !== undefined && key > MAX_LIST_MONTHS && range) {
      context.report({
        messageId: 'tooLong',
        range,
        message: {
          fr: `Validité de la liste de ${key} mois : elle ne peut excéder 3 ans, soit ${MAX_LIST_MONTHS} mois.`,
          en: `List validity of ${key} months: it cannot exceed 3 years, i.e. ${MAX_LIST_MONTHS} months.`,
        },
        fix: { title: { fr: 'Ramener la validité à 36 mois', en: 'Set the validity to 36 months' }, edits: [{ range, newText: String(MAX_LIST_MONTHS) }] },
      });
    }
    for (const { unit, months } of listValidityInText(context.model)) {
      const at = { start: unit.start, end: unit.end };
      if (months > MAX_LIST_MONTHS) {
        context.report({
          messageId: 'tooLongInText',
          range: at,
          message: {
            fr: `Ce passage donne à la liste une validité de ${months} mois : elle ne peut excéder 3 ans, soit ${MAX_LIST_MONTHS} mois.`,
            en: `This passage gives the list a validity of ${months} months: it cannot exceed 3 years, i.e. ${MAX_LIST_MONTHS} months.`,
          },
        });
      } else if (key !== undefined && months !== key) {
        context.report({
          messageId: 'differsFromFrontMatter',
          range: at,
          message: {
            fr: `Ce passage donne à la liste une validité de ${months} mois, la clé qualification.validite-mois ${key} mois : l'avis doit n'en indiquer qu'une.`,
            en: `This passage gives the list a validity of ${months} months, the key qualification.validite-mois ${key} months: the notice must state only one.`,
          },
        });
      }
    }
  },
};
