import type { OffsetRange } from '../../document/frontMatter.js';
import type { Localized, Severity, TenderType } from '../../types.js';
import type { FixSpec, Rule, RuleContext } from '../rule.js';
import { documentsAnchor } from './placement.js';

/** Art. 5–9.1 concern the tender documents: a notice alone (`avis`) is checked for art. 4 only. */
export const TENDER_DOCUMENT_TYPES: readonly TenderType[] = ['appel-offres'];

export interface RequiredDocumentItemSpec {
  id: string;
  citation: string;
  severity?: Severity;
  description: Localized;
  missing: Localized;
  /** The item is required for this document (default: always). */
  required?: (context: RuleContext) => boolean;
  present: (context: RuleContext) => boolean;
  fix: (context: RuleContext) => FixSpec | undefined;
  /** Where the finding points (default: the tender documents' heading, else the notice's). */
  range?: (context: RuleContext) => OffsetRange | undefined;
  /** A severity other than the default for this document (art. 3: below the threshold). */
  severityFor?: (context: RuleContext) => Severity | undefined;
}

/** An item the tender documents must contain, with a quick fix that inserts its clause. */
export function requiredDocumentItem(spec: RequiredDocumentItemSpec): Rule {
  return {
    id: spec.id,
    citation: spec.citation,
    severity: spec.severity ?? 'error',
    appliesTo: TENDER_DOCUMENT_TYPES,
    description: spec.description,
    check(context) {
      if (spec.required && !spec.required(context)) return;
      if (spec.present(context)) return;
      context.report({ message: spec.missing, range: spec.range?.(context) ?? documentsAnchor(context), severity: spec.severityFor?.(context), fix: spec.fix(context) });
    },
  };
}
