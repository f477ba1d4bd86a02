import type { Inapplicable } from '../applicability.js';
import type { DocumentUnit } from '../../document/model.js';
import { findItem, itemStated } from '../../legal/find.js';
import type { RuleContext } from '../rule.js';

/** A grouping is declared in the front-matter (`regroupement`) or described in the body. */
export function groupingMentions(context: RuleContext): DocumentUnit[] {
  return findItem(context.model, 'grouping');
}

/**
 * Why the call is not a grouping's (see Rule.notApplicable): no `regroupement` key, no mention of one
 * (whether there is one stops at the first: most calls are no grouping's, and the others' rules find them all).
 */
export function notAGrouping(context: RuleContext): Inapplicable {
  if (context.data.regroupement.length > 0 || itemStated(context.model, 'grouping')) return undefined;
  return {
    fr: "Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.",
    en: 'No grouping of public bodies: no key regroupement and no mention of a grouping in the documents.',
  };
}
