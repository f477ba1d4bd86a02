import { findWeakEvidence } from '../../legal/find.js';
import { newSectionFix } from './placement.js';
import { requiredDocumentItem } from './requiredItem.js';
import { statedBy } from '../evidence.js';
import { partTitles } from '../../dossier/combined.js';

/** Art. 5 par. 8°: the contract to be signed; in a dossier, a file that is the contract (`partie: contrat`) includes it. */
export const documentsContractToSign = requiredDocumentItem({
  id: 'documents-contract-to-sign',
  citation: '5.8°',
  description: {
    fr: "Les documents d'appel d'offres comprennent le contrat à être signé.",
    en: 'The tender documents include the contract to be signed.',
  },
  missing: {
    fr: "Les documents d'appel d'offres ne comprennent pas le contrat à être signé (ni n'y renvoient).",
    en: 'The tender documents do not include (or refer to) the contract to be signed.',
  },
  ...statedBy('contractToSign', { item: 'contractToSign', units: (context) => partTitles(context.model, 'contrat') }),
  weakEvidence: (context) => findWeakEvidence(context.model, 'contractToSign'),
  fix: (context) => newSectionFix(context, 'contractToSign', 'contractToSign'),
});
