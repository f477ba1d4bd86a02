import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentUnit } from '../../document/model.js';
import { CLAUSES, type ClauseName } from '../../legal/clauses.js';
import { conformitySectionText } from '../../legal/clauses/conformity.js';
import { unitStates } from '../../legal/find.js';
import { caseWordings, statesRejectionCase } from '../../legal/rejection.js';
import type { RejectionCase } from '../../legal/recognisers/conformity.js';
import { addToSectionFix, documentsAnchor, newSectionFix, sectionOf } from '../documents/placement.js';
import type { FixSpec, Rule, RuleContext } from '../rule.js';
import { isoDate } from '../../calendar/date.js';
import { awardAmong, both, type Inapplicable } from '../applicability.js';
import { awardMode } from '../evaluation/common.js';
import { itemWhere, type Source } from '../evidence.js';

interface CaseSpec {
  item: RejectionCase;
  /** Stated as an entry of the rejection list (else as a paragraph after it). */
  listed: boolean;
  /** Why the case is not required (see Rule.notApplicable); absent: always required. */
  notApplicable?: Rule['notApplicable'];
}

/** Art. 7.1 came into force with D. 430-2013: calls diffused from 2013-05-23. */
function diffusedSince7_1(context: RuleContext): Inapplicable {
  const diffusion = context.data.diffusion;
  if (!diffusion || diffusion.year * 10000 + diffusion.month * 100 + diffusion.day >= 20130523) return undefined;
  const date = isoDate(diffusion);
  return both((l) =>
    l === 'fr'
      ? `Diffusion le ${date} (clé diffusion), avant l'entrée en vigueur de l'art. 7.1 le 2013-05-23 (D. 430-2013).`
      : `Diffused on ${date} (key diffusion), before s. 7.1 came into force on 2013-05-23 (O.C. 430-2013).`,
  );
}

/**
 * The cases art. 7 and 7.1 require the conformity conditions to state, in the regulation's order.
 * 7 par. 6° applies when price and quality are both sought (art. 16: professional services with a
 * price; technical services evaluated on quality, art. 33), as the key or else the award rule the text
 * states gives the award method (awardMode): a call without the key still asks for both.
 */
export const REJECTION_CASE_SPECS: readonly CaseSpec[] = [
  { item: 'lateReceipt', listed: true },
  { item: 'missingDocument', listed: true },
  { item: 'missingSignature', listed: true },
  { item: 'uninitialledCorrection', listed: true },
  { item: 'conditionalBid', listed: true },
  {
    item: 'priceQualityTogether',
    listed: true,
    notApplicable: (context) =>
      awardAmong(context, awardMode(context), ['qualite-minimale', 'qualite-prix'], {
        fr: 'le prix et la qualité ne sont pas demandés ensemble, pas de rejet pour un prix joint à l’offre de qualité.',
        en: 'price and quality are not both sought, no rejection for a price put with the quality offer.',
      }),
  },
  { item: 'otherDesignatedCondition', listed: true },
  { item: 'multipleBids', listed: false },
  { item: 'abnormallyLowPrice', listed: false, notApplicable: diffusedSince7_1 },
];

/** Where a case is stated (legal/rejection.ts, caseWordings), as the passages a rule accepts. */
export function caseSources(item: RejectionCase): Source[] {
  return caseWordings(item).map((wording) =>
    'units' in wording
      ? { item: wording.item, units: (context) => wording.units(context.model) }
      : itemWhere(wording.item, (context) => wording.states(context.model)),
  );
}

export function specOf(item: RejectionCase): CaseSpec {
  return REJECTION_CASE_SPECS.find((spec) => spec.item === item)!;
}

const statesCase = (context: RuleContext, item: RejectionCase): boolean => statesRejectionCase(context.model, item);

/** The conformity section to insert when there is none: the cases that apply and are missing. */
export function newConformitySection(context: RuleContext): FixSpec {
  const missing = REJECTION_CASE_SPECS.filter((spec) => !spec.notApplicable?.(context) && !statesCase(context, spec.item));
  const clauses = (listed: boolean) => missing.filter((spec) => spec.listed === listed).map((spec) => CLAUSES[spec.item as ClauseName]);
  return newSectionFix(context, 'conformity', 'conformity', conformitySectionText(clauses(true), clauses(false), context.locale));
}

/** Adds a case: to the rejection list of the conformity section, at its end, or in a new section. */
export function rejectionCaseFix(context: RuleContext, item: RejectionCase): FixSpec {
  const section = sectionOf(context.model, 'conformity');
  if (!section) return newConformitySection(context);
  const intro = (unit: DocumentUnit | undefined) => unit !== undefined && unitStates(unit, 'rejection');
  return addToSectionFix(context, section, item, specOf(item).listed ? intro : () => false);
}

export function conformityAnchor(context: RuleContext): OffsetRange {
  return documentsAnchor(context, sectionOf(context.model, 'conformity'));
}
