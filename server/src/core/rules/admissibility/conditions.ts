import type { DocumentUnit } from '../../document/model.js';
import { ADMISSIBILITY_ITEMS, admissibilitySectionText } from '../../legal/clauses/admissibility.js';
import { itemStated } from '../../legal/find.js';
import { CLAUSES, renderClause } from '../../legal/clauses.js';
import type { FixSpec, RuleContext } from '../rule.js';
import { addToSectionFix, documentsAnchor, newSectionFix, sectionOf } from '../documents/placement.js';
import type { OffsetRange } from '../../document/frontMatter.js';

/** The conditions art. 6 par. 1°–2° requires, with the list entry a new admissibility section gives each. */
export const ADMISSIBILITY_CONDITIONS = [
  { item: 'qualifications', text: ADMISSIBILITY_ITEMS[0] },
  { item: 'establishment', text: ADMISSIBILITY_ITEMS[1] },
] as const;
type AdmissibilityCondition = (typeof ADMISSIBILITY_CONDITIONS)[number]['item'];

const statesCondition = (context: RuleContext, item: AdmissibilityCondition): boolean => itemStated(context.model, item);

/** A new admissibility section listing the conditions not yet stated (every rule computes the same one, so fix-all inserts it once). */
export function newAdmissibilitySection(context: RuleContext): FixSpec {
  const missing = ADMISSIBILITY_CONDITIONS.filter((condition) => !statesCondition(context, condition.item)).map((condition) => condition.text);
  let body = admissibilitySectionText(missing.length ? missing : ADMISSIBILITY_ITEMS, context.locale);
  if (context.data.admissibiliteHorsAccord && !itemStated(context.model, 'outsideAgreements')) {
    body += `\n\n${renderClause(CLAUSES.outsideAgreements, context.locale)}`;
  }
  return newSectionFix(context, 'admissibility', 'admissibility', body);
}

/** Adds one condition: to the admissibility section's list or text, else in a new admissibility section. */
export function admissibilityConditionFix(context: RuleContext, clause: 'qualifications' | 'establishment' | 'outsideAgreements'): FixSpec {
  const section = sectionOf(context.model, 'admissibility');
  if (section) return addToSectionFix(context, section, clause, (intro?: DocumentUnit) => intro !== undefined);
  return newAdmissibilitySection(context);
}

export function admissibilityAnchor(context: RuleContext): OffsetRange {
  return documentsAnchor(context, sectionOf(context.model, 'admissibility'));
}
