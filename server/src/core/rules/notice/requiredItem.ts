import type { ClauseName } from '../../legal/clauses.js';
import { findItem, findItemWithin, findWeakEvidence, itemStated } from '../../legal/find.js';
import { toConfirm, toConfirmSeverity } from '../documents/requiredItem.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { KeyPath } from '../../document/frontMatter.js';
import type { TenderData } from '../../document/tenderData.js';
import type { Localized, Severity, TenderType } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Section } from '../../document/model.js';
import { noticeSection } from '../../legal/notice.js';

export const NOTICE_TYPES: readonly TenderType[] = ['appel-offres', 'avis'];

interface RequiredItemSpec {
  id: string;
  citation: string;
  severity?: Severity;
  description: Localized;
  /** Message when the item is missing. */
  missing: Localized;
  item: ItemName;
  clause: ClauseName;
  /** The front-matter states the item (`states`) under `key`, shown as what met the rule. */
  frontMatter?: { key: KeyPath; states: (data: TenderData) => boolean };
  /** Why the item is not required of this document (default: always required): see Rule.notApplicable. */
  notApplicable?: Rule['notApplicable'];
  /**
   * Only the notice's text states the item: in a call whose notice is a section of the document, the
   * same words elsewhere (the tender documents' own description of the item) and the front-matter (data
   * about the whole call) do not count.
   */
  noticeOnly?: boolean;
}

/** A notice item that is present when the front-matter or the body states it (SPEC §3–4). */
export function requiredNoticeItem(spec: RequiredItemSpec): Rule {
  return {
    id: spec.id,
    citation: spec.citation,
    severity: spec.severity ?? 'error',
    appliesTo: NOTICE_TYPES,
    description: spec.description,
    ...(spec.notApplicable && { notApplicable: spec.notApplicable }),
    check(context) {
      const notice = noticeOf(context);
      if (!notice && spec.frontMatter?.states(context.data)) return;
      // Whether the item is stated is all that is asked here: the passages only when the notice bounds them.
      if (notice ? inNotice(context, notice).length > 0 : itemStated(context.model, spec.item)) return;
      const fix = insertClauseFix(context.model, spec.clause, context.locale);
      const weak = findWeakEvidence(context.model, spec.item);
      if (weak)
        context.report({
          messageId: 'toConfirm',
          message: toConfirm(spec.missing, weak),
          range: { start: weak.unit.start, end: weak.unit.end },
          severity: toConfirmSeverity(spec.severity ?? 'error'),
          // A field left to fill is completed where it stands: a clause inserted elsewhere would state the item twice.
          ...(!weak.fillIn && { fix }),
        });
      else context.report({ messageId: 'missing', message: spec.missing, fix });
    },
    evidence(context) {
      const notice = noticeOf(context);
      if (!notice && spec.frontMatter?.states(context.data)) return frontMatterEvidence(context, spec.frontMatter.key);
      return passages(notice ? inNotice(context, notice) : findItem(context.model, spec.item), spec.item);
    },
  };

  /** The notice's section, when only its text counts. */
  function noticeOf(context: RuleContext): Section | undefined {
    return spec.noticeOnly && context.type === 'appel-offres' ? noticeSection(context.model) : undefined;
  }

  /** The passages of the notice's section that state the item (the blocks of the documents after it are not read). */
  function inNotice(context: RuleContext, notice: Section) {
    return findItemWithin(context.model, spec.item, notice.start, notice.end);
  }
}
