import type { Rule } from '../rule.js';

const MAX_LIST_MONTHS = 36;

/** Art. 43 par. 3°: the list of qualified providers is valid for at most 3 years. */
export const qualificationListValidity: Rule = {
  id: 'qualification-list-validity',
  citation: '43.3°',
  severity: 'error',
  appliesTo: ['avis-qualification'],
  description: { fr: 'La liste des prestataires qualifiés est valide au plus 3 ans.', en: 'The list of qualified providers is valid for at most 3 years.' },
  notApplicable: (context) =>
    context.data.qualification.validiteMois === undefined
      ? {
          fr: 'Validité de la liste non indiquée (clé qualification.validite-mois) : rien à vérifier.',
          en: 'Validity of the list not given (key qualification.validite-mois): nothing to check.',
        }
      : undefined,
  check(context) {
    const months = context.data.qualification.validiteMois!;
    const range = context.model.frontMatter?.valueRange(['qualification', 'validite-mois']);
    if (months <= MAX_LIST_MONTHS || !range) return;
    context.report({
      messageId: 'tooLong',
      range,
      message: {
        fr: `Validité de la liste de ${months} mois : elle ne peut excéder 3 ans, soit ${MAX_LIST_MONTHS} mois.`,
        en: `List validity of ${months} months: it cannot exceed 3 years, i.e. ${MAX_LIST_MONTHS} months.`,
      },
      fix: { title: { fr: 'Ramener la validité à 36 mois', en: 'Set the validity to 36 months' }, edits: [{ range, newText: String(MAX_LIST_MONTHS) }] },
    });
  },
};
