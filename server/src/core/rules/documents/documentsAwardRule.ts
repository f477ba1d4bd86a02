import { AWARD_RULES } from '../../legal/clauses/documents.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { statedBy } from '../evidence.js';

/** Art. 5 par. 7°: the award rule, with any calculation method. */
export const documentsAwardRule = requiredDocumentItem({
  id: 'documents-award-rule',
  citation: '5.7°',
  description: {
    fr: "Les documents d'appel d'offres énoncent la règle d'adjudication du contrat, y compris toute modalité de calcul applicable.",
    en: 'The tender documents set out the award rule, including any calculation method that applies.',
  },
  missing: {
    fr: "Les documents d'appel d'offres n'énoncent pas la règle d'adjudication du contrat.",
    en: 'The tender documents do not set out the award rule of the contract.',
  },
  ...statedBy('awardRule'),
  fix: (context) => {
    const rule = AWARD_RULES[context.data.adjudication ?? ''];
    return newSectionFix(
      context,
      'awardRule',
      'awardRule',
      undefined,
      rule ? { 'règle d’adjudication et modalité de calcul': rule.fr, 'award rule and calculation method': rule.en } : {},
    );
  },
});
