import { findWeakEvidence } from '../../legal/find.js';
import { weakRejectionCase } from '../../legal/rejection.js';
import { statedBy } from '../evidence.js';
import type { RejectionCase } from '../../legal/recognisers/conformity.js';
import type { Localized, Severity } from '../../types.js';
import { requiredDocumentItem } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';
import { caseSources, conformityAnchor, rejectionCaseFix, specOf } from './cases.js';

/** A rejection case the conformity conditions must state (art. 7, 7.1). */
export function rejectionCaseRule(spec: {
  id: string;
  citation: string;
  item: RejectionCase;
  severity?: Severity;
  description: Localized;
  missing: Localized;
}): Rule {
  return requiredDocumentItem({
    id: spec.id,
    citation: spec.citation,
    severity: spec.severity,
    description: spec.description,
    missing: spec.missing,
    notApplicable: specOf(spec.item).notApplicable,
    // Conditions set out in another document cannot be checked here: nothing is reported missing.
    ...statedBy(...caseSources(spec.item), 'conformityElsewhere'),
    weakEvidence: (context) => weakRejectionCase(context.model, spec.item) ?? findWeakEvidence(context.model, spec.item),
    regulationClause: true,
    range: conformityAnchor,
    fix: (context) => rejectionCaseFix(context, spec.item),
  });
}
