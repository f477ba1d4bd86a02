import { ADMISSIBILITY_CONDITIONS, newAdmissibilitySection } from '../admissibility/conditions.js';
import { statedBy } from '../evidence.js';
import { requiredDocumentItem } from './requiredItem.js';

/** Art. 5 par. 3°: the admissibility conditions required of a provider. */
export const documentsAdmissibilityConditions = requiredDocumentItem({
  id: 'documents-admissibility-conditions',
  citation: '5.3°',
  description: {
    fr: "Les documents d'appel d'offres énoncent les conditions d'admissibilité exigées d'un prestataire de services.",
    en: 'The tender documents set out the admissibility conditions required of a service provider.',
  },
  missing: {
    fr: "Les documents d'appel d'offres n'énoncent pas les conditions d'admissibilité exigées d'un prestataire de services.",
    en: 'The tender documents do not set out the admissibility conditions required of a service provider.',
  },
  // A section that names them, or any condition.
  ...statedBy('admissibility', ...ADMISSIBILITY_CONDITIONS.map((condition) => condition.item)),
  fix: newAdmissibilitySection,
});
