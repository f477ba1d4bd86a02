import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { statedBy } from '../evidence.js';

/** Art. 5 par. 5°: how bids are opened. The notice's opening statement says how, so it counts. */
export const documentsOpeningProcedure = requiredDocumentItem({
  id: 'documents-opening-procedure',
  citation: '5.5°',
  description: {
    fr: "Les documents d'appel d'offres énoncent les modalités d'ouverture des soumissions.",
    en: 'The tender documents set out the bid opening procedure.',
  },
  missing: {
    fr: "Les documents d'appel d'offres n'énoncent pas les modalités d'ouverture des soumissions.",
    en: 'The tender documents do not set out the bid opening procedure.',
  },
  ...statedBy('openingProcedure'),
  fix: (context) => newSectionFix(context, 'openingProcedure', 'openingProcedure'),
});
