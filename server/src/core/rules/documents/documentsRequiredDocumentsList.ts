import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { statedBy } from '../evidence.js';

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
  ...statedBy('requiredDocuments'),
  fix: (context) => newSectionFix(context, 'requiredDocuments', 'requiredDocuments'),
});
