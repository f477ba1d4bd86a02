import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { statedBy } from '../evidence.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import { RECOGNISERS, matchesHeading } from '../../legal/recognisers.js';

/**
 * A table whose header row names the documents to join (« N° | Document exigé | Enveloppe ») is their list, as a title
 * over it would be: where the section's heading is a number alone, the header is what says what the rows are.
 */
const HEADER_NAMES_LIST = unitQuestion(
  'tableHeader:requiredDocuments',
  (normalized, unit) => unit.kind === 'tableRow' && unit.row === 0 && matchesHeading(RECOGNISERS.requiredDocuments, normalized),
);

/** Art. 5 par. 4°: the list of documents and other pieces required from providers. */
export const documentsRequiredDocumentsList = requiredDocumentItem({
  id: 'documents-required-documents-list',
  citation: '5.4°',
  description: {
    fr: "Les documents d'appel d'offres donnent la liste des documents ou autres pièces exigés des prestataires de services.",
    en: 'The tender documents list the documents or other pieces required from service providers.',
  },
  missing: {
    fr: "Les documents d'appel d'offres ne donnent pas la liste des documents ou autres pièces exigés des prestataires de services.",
    en: 'The tender documents do not list the documents or other pieces required from service providers.',
  },
  ...statedBy('requiredDocuments', { item: 'requiredDocuments', units: (context) => findUnits(context.model, HEADER_NAMES_LIST) }),
  fix: (context) => newSectionFix(context, 'requiredDocuments', 'requiredDocuments'),
});
