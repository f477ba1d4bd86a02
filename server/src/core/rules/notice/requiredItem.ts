import type { ClauseName } from '../../legal/clauses.js';
import { findItem, findItemWithin, findWeakEvidence, itemStated } from '../../legal/find.js';
import { toConfirm, toConfirmSeverity } from '../documents/requiredItem.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { KeyPath } from '../../document/frontMatter.js';
import type { TenderData } from '../../document/tenderData.js';
import type { Localized, Severity, TenderType } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { FixSpec, Rule, RuleContext } from '../rule.js';
import type { DocumentUnit, Section } from '../../document/model.js';
import { noticeBoundsCertain, noticeSection } from '../../legal/notice.js';

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
  /**
   * The front-matter states the item (`states`) under `key`, shown as what met the rule; `ofNotice`: the key is the
   * notice's own data (« accords », « renseignements »), which counts where only the notice's text does (noticeOnly).
   */
  frontMatter?: { key: KeyPath; states: (data: TenderData) => boolean; ofNotice?: true };
  /** Why the item is not required of this document (default: always required): see Rule.notApplicable. */
  notApplicable?: Rule['notApplicable'];
  /**
   * Only the notice's text states the item: in a call whose notice is a section of the document, the
   * same words elsewhere (the tender documents' own description of the item) and the front-matter (data
   * about the whole call) do not count.
   */
  noticeOnly?: boolean;
  /**
   * Only the text of a notice whose bounds are certain (noticeBoundsCertain: a heading closed by a later heading) states the
   * item, the front-matter aside; the item stated only outside it is an error that points there. A notice whose end is
   * guessed (a title typed in bold or in capitals, a table of contents' entry read as one) bounds nothing: the whole
   * document is read.
   */
  noticeBounded?: true;
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
      if ((!notice || spec.frontMatter?.ofNotice) && spec.frontMatter?.states(context.data)) return;
      // Whether the item is stated is all that is asked here: the passages only when the notice bounds them.
      if (notice ? inNotice(context, notice).length > 0 : itemStated(context.model, spec.item)) return;
      const fix = insertClauseFix(context.model, spec.clause, context.locale);
      const outside = spec.noticeBounded && notice && findItem(context.model, spec.item).find((unit) => unit.kind !== 'heading');
      if (notice && outside) {
        reportOutsideNotice(context, notice, outside, spec.missing, spec.severity ?? 'error', fix);
        return;
      }
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
      if ((!notice || spec.frontMatter?.ofNotice) && spec.frontMatter?.states(context.data)) return frontMatterEvidence(context, spec.frontMatter.key);
      return passages(notice ? inNotice(context, notice) : findItem(context.model, spec.item), spec.item);
    },
  };

  /** The notice's section, when only its text counts. */
  function noticeOf(context: RuleContext): Section | undefined {
    if (context.type !== 'appel-offres' || !(spec.noticeOnly || spec.noticeBounded)) return undefined;
    const notice = noticeSection(context.model);
    return notice && (spec.noticeOnly || noticeBoundsCertain(context.model, notice)) ? notice : undefined;
  }

  /** The passages of the notice's section that state the item (the blocks of the documents after it are not read). */
  function inNotice(context: RuleContext, notice: Section) {
    return findItemWithin(context.model, spec.item, notice.start, notice.end);
  }
}

/**
 * The item stated only outside the notice of a call in one file whose headings bound the notice (a FAQ's answer, the
 * tender documents' own clause): art. 4 asks it of the notice, the text published in SEAO. Reported on the notice's
 * heading, the passage outside as related.
 */
function reportOutsideNotice(context: RuleContext, notice: Section, outside: DocumentUnit, missing: Localized, severity: Severity, fix: FixSpec): void {
  const line = context.model.text.slice(0, outside.start).split('\n').length;
  context.report({
    messageId: 'outsideNotice',
    message: {
      fr: `${missing.fr} Il n'est énoncé que hors de l'avis (ligne ${line}), alors que l'article 4 l'exige de l'avis lui-même.`,
      en: `${missing.en} It is stated only outside the notice (line ${line}), while art. 4 requires it of the notice itself.`,
    },
    range: { start: notice.heading.start, end: notice.heading.end },
    severity,
    related: [{ range: { start: outside.start, end: outside.end }, message: { fr: 'Hors de l’avis', en: 'Outside the notice' } }],
    fix,
  });
}
