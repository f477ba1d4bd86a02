import { findItem } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { notAGrouping } from './grouping.js';
import { TENDER_DOCUMENT_TYPES } from './requiredItem.js';

/** Art. 5 al. 2: every party to a grouping must use the selected provider; optional participation conflicts. */
export const documentsGroupingParticipationMandatory: Rule = {
  id: 'documents-grouping-participation-mandatory',
  citation: '5.al2',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: 'Dans un regroupement, toute partie est tenue de requérir les services du prestataire retenu : une participation facultative contredit le règlement.',
    en: 'In a grouping, every party must obtain the services of the selected provider: optional participation conflicts with the regulation.',
  },
  notApplicable: notAGrouping,
  check(context) {
    for (const unit of findItem(context.model, 'groupingOptional')) {
      context.report({
        messageId: 'optional',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: 'Ce passage rend facultatif le recours au prestataire retenu; toute partie au regroupement est tenue de requérir ses services aux conditions des documents.',
          en: 'This passage makes using the selected provider optional; every party to the grouping must obtain its services on the terms of the documents.',
        },
      });
    }
  },
};
