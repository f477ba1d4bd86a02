import type { OffsetRange } from '../../document/frontMatter.js';
import type { DocumentUnit } from '../../document/model.js';
import { CLAUSES, type ClauseName } from '../../legal/clauses.js';
import { conformitySectionText } from '../../legal/clauses/conformity.js';
import { unitStates } from '../../legal/find.js';
import { statesRejectionCase } from '../../legal/rejection.js';
import type { RejectionCase } from '../../legal/recognisers/conformity.js';
import { addToSectionFix, documentsAnchor, newSectionFix, sectionOf } from '../documents/placement.js';
import type { FixSpec, RuleContext } from '../rule.js';

interface CaseSpec {
  item: RejectionCase;
  /** Stated as an entry of the rejection list (else as a paragraph after it). */
  listed: boolean;
  applies: (context: RuleContext) => boolean;
}

const always = () => true;

/**
 * The cases art. 7 and 7.1 require the conformity conditions to state, in the regulation's order.
 * 7 par. 6° applies when price and quality are both sought (art. 16: professional services with a
 * price; technical services evaluated on quality, art. 33).
 */
export const REJECTION_CASE_SPECS: readonly CaseSpec[] = [
  { item: 'lateReceipt', listed: true, applies: always },
  { item: 'missingDocument', listed: true, applies: always },
  { item: 'missingSignature', listed: true, applies: always },
  { item: 'uninitialledCorrection', listed: true, applies: always },
  { item: 'conditionalBid', listed: true, applies: always },
  { item: 'priceQualityTogether', listed: true, applies: (context) => context.data.adjudication === 'qualite-minimale' || context.data.adjudication === 'qualite-prix' },
  { item: 'otherDesignatedCondition', listed: true, applies: always },
  { item: 'multipleBids', listed: false, applies: always },
  // Art. 7.1 came into force with D. 430-2013 (calls launched from 2013-05-23).
  {
    item: 'abnormallyLowPrice',
    listed: false,
    applies: (context) => !context.data.diffusion || context.data.diffusion.year * 10000 + context.data.diffusion.month * 100 + context.data.diffusion.day >= 20130523,
  },
];

export function specOf(item: RejectionCase): CaseSpec {
  return REJECTION_CASE_SPECS.find((spec) => spec.item === item)!;
}

const statesCase = (context: RuleContext, item: RejectionCase): boolean => statesRejectionCase(context.model, item);

/** The conformity section to insert when there is none: the cases that apply and are missing. */
export function newConformitySection(context: RuleContext): FixSpec {
  const missing = REJECTION_CASE_SPECS.filter((spec) => spec.applies(context) && !statesCase(context, spec.item));
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
