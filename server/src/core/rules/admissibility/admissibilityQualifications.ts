import { requiredDocumentItem } from '../documents/requiredItem.js';
import { statedBy } from '../evidence.js';
import { admissibilityAnchor, admissibilityConditionFix } from './conditions.js';

/** Art. 6 par. 1°: hold the qualifications, authorisations, permits, licences… needed. */
export const admissibilityQualifications = requiredDocumentItem({
  id: 'admissibility-qualifications',
  citation: '6.1°',
  description: {
    fr: "Condition d'admissibilité : posséder les qualifications, autorisations, permis, licences, enregistrements, certificats, accréditations et attestations nécessaires.",
    en: 'Admissibility condition: hold the qualifications, authorisations, permits, licences, registrations, certificates, accreditations and attestations required.',
  },
  missing: {
    fr: "Les conditions d'admissibilité n'exigent pas de posséder les qualifications, autorisations, permis, licences, enregistrements, certificats, accréditations et attestations nécessaires.",
    en: 'The admissibility conditions do not require holding the qualifications, authorisations, permits, licences, registrations, certificates, accreditations and attestations required.',
  },
  // Conditions set out in another document cannot be checked here.
  ...statedBy('qualifications', 'admissibilityElsewhere'),
  regulationClause: true,
  range: admissibilityAnchor,
  fix: (context) => admissibilityConditionFix(context, 'qualifications'),
});
