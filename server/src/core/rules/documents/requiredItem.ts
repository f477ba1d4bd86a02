import type { OffsetRange } from '../../document/frontMatter.js';
import type { WeakEvidence } from '../../legal/find.js';
import { findReferenceEvidence } from '../../legal/reference.js';
import type { Localized, Severity, TenderType } from '../../types.js';
import type { Evidence, FixSpec, Rule, RuleContext } from '../rule.js';
import { documentsAnchor } from './placement.js';

/**
 * Art. 5–9.1 concern the tender documents, checked over the dossier (Rule.scope): a call in one file,
 * or a dossier with parts of the documents (`type: document`). A notice alone (`avis`) is checked for
 * art. 4 only.
 */
export const TENDER_DOCUMENT_TYPES: readonly TenderType[] = ['appel-offres', 'document'];

export interface RequiredDocumentItemSpec {
  id: string;
  citation: string;
  severity?: Severity;
  description: Localized;
  missing: Localized;
  /** Why the item is not required of this document (default: always required): see Rule.notApplicable. */
  notApplicable?: Rule['notApplicable'];
  present: (context: RuleContext) => boolean;
  /** What makes the item present (see Rule.evidence): the passages `present` accepts, or the front-matter key. */
  evidence?: (context: RuleContext) => Evidence[];
  /** A passage that comes close to the item: a warning there to confirm, instead of an error. */
  weakEvidence?: (context: RuleContext) => WeakEvidence | undefined;
  /**
   * The item is a clause whose content the regulation gives (art. 6, 7, 7.1): a passage that only refers to the
   * provision (« dans les cas prévus à l'article 7 du Règlement ») is weak evidence of it (findReferenceEvidence).
   */
  regulationClause?: boolean;
  fix: (context: RuleContext) => FixSpec | undefined;
  /** Where the finding points (default: the tender documents' heading, else the notice's). */
  range?: (context: RuleContext) => OffsetRange | undefined;
  /** A severity other than the default for this document (art. 3: below the threshold). */
  severityFor?: (context: RuleContext) => Severity | undefined;
}

/** An item the tender documents must contain, with a quick fix that inserts its clause. */
export function requiredDocumentItem(spec: RequiredDocumentItemSpec): Rule {
  const evidence = spec.evidence;
  return {
    id: spec.id,
    citation: spec.citation,
    severity: spec.severity ?? 'error',
    appliesTo: TENDER_DOCUMENT_TYPES,
    scope: 'dossier',
    description: spec.description,
    ...(spec.notApplicable && { notApplicable: spec.notApplicable }),
    check(context) {
      if (spec.present(context)) return;
      const weak = spec.weakEvidence?.(context) ?? (spec.regulationClause ? findReferenceEvidence(context.model, spec.citation) : undefined);
      const severity = spec.severityFor?.(context) ?? spec.severity ?? 'error';
      if (weak?.contrary) {
        context.report({
          messageId: 'contrary',
          message: contrary(spec.missing, weak),
          range: { start: weak.unit.start, end: weak.unit.end },
          severity,
          // The passage's own consequence is what to change: a clause inserted elsewhere would contradict it.
        });
        return;
      }
      if (weak) {
        context.report({
          messageId: 'toConfirm',
          message: toConfirm(spec.missing, weak),
          range: { start: weak.unit.start, end: weak.unit.end },
          severity: toConfirmSeverity(severity),
          // A field left to fill is completed where it stands: a clause inserted elsewhere would state the item twice.
          ...(!weak.fillIn && { fix: spec.fix(context) }),
        });
        return;
      }
      context.report({
        messageId: 'missing',
        message: spec.missing,
        range: spec.range?.(context) ?? documentsAnchor(context),
        severity,
        fix: spec.fix(context),
      });
    },
    ...(evidence && { evidence }),
  };
}

/** Evidence to confirm is said less strongly than the item missing, never more (art. 7 par. 7° is an information). */
export function toConfirmSeverity(missing: Severity): Severity {
  return missing === 'error' ? 'warning' : missing;
}

/** The message of a rule whose item a passage states the contrary of: what the passage says instead, then the rule's message. */
function contrary(missing: Localized, weak: Pick<WeakEvidence, 'lacks'>): Localized {
  return { fr: `Ce passage ne suffit pas : ${weak.lacks.fr}. ${missing.fr}`, en: `This passage does not suffice: ${weak.lacks.en}. ${missing.en}` };
}

/** The message of a rule whose item is only weakly stated: what the passage lacks, then the rule's message. */
export function toConfirm(missing: Localized, weak: Pick<WeakEvidence, 'lacks'>): Localized {
  return {
    fr: `À confirmer : ce passage s’approche de l’élément, mais ${weak.lacks.fr}. ${missing.fr}`,
    en: `To confirm: this passage comes close to the item, but ${weak.lacks.en}. ${missing.en}`,
  };
}
