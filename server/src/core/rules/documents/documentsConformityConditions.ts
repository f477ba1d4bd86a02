import { REJECTION_CASE_SPECS, caseSources, newConformitySection } from '../conformity/cases.js';
import { statedBy } from '../evidence.js';
import { requiredDocumentItem } from './requiredItem.js';

/** Art. 5 par. 3°: the conformity conditions of the bids. */
export const documentsConformityConditions = requiredDocumentItem({
  id: 'documents-conformity-conditions',
  citation: '5.3°',
  description: {
    fr: "Les documents d'appel d'offres énoncent les conditions de conformité des soumissions.",
    en: 'The tender documents set out the conformity conditions of the bids.',
  },
  missing: {
    fr: "Les documents d'appel d'offres n'énoncent pas les conditions de conformité des soumissions.",
    en: 'The tender documents do not set out the conformity conditions of the bids.',
  },
  ...statedBy('conformity', ...REJECTION_CASE_SPECS.flatMap((spec) => caseSources(spec.item))),
  fix: newConformitySection,
});
