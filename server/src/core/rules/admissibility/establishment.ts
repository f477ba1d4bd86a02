import { findItem } from '../../legal/find.js';
import { requiredDocumentItem } from '../documents/requiredItem.js';
import { belowThreshold } from '../threshold.js';
import { admissibilityAnchor, admissibilityConditionFix, statesCondition } from './conditions.js';

/** Art. 6 par. 2°: an establishment in Québec or in a territory covered by an applicable agreement. */
export const establishment = requiredDocumentItem({
  id: 'admissibility-establishment',
  citation: '6.2°',
  description: {
    fr: "Condition d'admissibilité : avoir un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable (peut différer sous le seuil, art. 3).",
    en: 'Admissibility condition: an establishment in Québec or in a territory covered by an applicable intergovernmental agreement (may differ below the threshold, s. 3).',
  },
  missing: {
    fr: "Les conditions d'admissibilité n'exigent pas d'établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable.",
    en: 'The admissibility conditions do not require an establishment in Québec or in a territory covered by an applicable intergovernmental agreement.',
  },
  // Conditions set out in another document cannot be checked here.
  present: (context) => statesCondition(context, 'establishment') || findItem(context.model, 'admissibilityElsewhere').length > 0,
  range: admissibilityAnchor,
  severityFor: (context) => (belowThreshold(context) ? 'information' : undefined),
  fix: (context) => admissibilityConditionFix(context, 'establishment'),
});
