import type { Inapplicable } from '../applicability.js';
import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import type { RuleContext } from '../rule.js';

/** A grouping is declared in the front-matter (`regroupement`) or described in the body. */
export function groupingMentions(context: RuleContext): DocumentUnit[] {
  return findItem(context.model, 'grouping');
}

/** Why the call is not a grouping's (see Rule.notApplicable): no `regroupement` key, no mention of one. */
export function notAGrouping(context: RuleContext): Inapplicable {
  if (context.data.regroupement.length > 0 || groupingMentions(context).length > 0) return undefined;
  return {
    fr: "Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.",
    en: 'No grouping of public bodies: no key regroupement and no mention of a grouping in the documents.',
  };
}
