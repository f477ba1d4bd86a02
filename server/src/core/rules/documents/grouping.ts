import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import type { RuleContext } from '../rule.js';

/** A grouping is declared in the front-matter (`regroupement`) or described in the body. */
export function groupingMentions(context: RuleContext): DocumentUnit[] {
  return findItem(context.model, 'grouping');
}

export function isGrouping(context: RuleContext): boolean {
  return context.data.regroupement.length > 0 || groupingMentions(context).length > 0;
}
