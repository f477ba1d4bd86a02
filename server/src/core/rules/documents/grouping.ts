import type { Inapplicable } from '../applicability.js';
import { unitIndex, type DocumentModel, type DocumentUnit } from '../../document/model.js';
import { findItem, itemStatedWhere, templateOf, unitStates } from '../../legal/find.js';
import type { TextUnit } from '../../document/markdown.js';
import { normalizeForMatching } from '../../text/normalize.js';
import type { RuleContext } from '../rule.js';

/** A text read as a paragraph's, over a unit's range. */
const asParagraph = (unit: DocumentUnit, text: string): TextUnit => ({
  kind: 'paragraph',
  start: unit.start,
  end: unit.end,
  text,
  normalized: normalizeForMatching(text),
});

/**
 * Whether a mention of a grouping denies one (« n'est pas réalisé au nom d'un regroupement », "no grouping"): a passage
 * that says so, or a title (« Regroupement ») over a first passage that does, read with the title's words as a field's
 * value (« Regroupement : sans objet »); or a title that says so itself, a short paragraph set in bold or in capitals
 * taken for one ("**No. This is not a group purchase.**").
 */
function deniesGrouping(model: DocumentModel, unit: DocumentUnit): boolean {
  if (unit.kind !== 'heading') return unitStates(unit, 'groupingDenied');
  if (templateOf(asParagraph(unit, unit.text), 'groupingDenied') !== undefined) return true;
  const first = model.units[unitIndex(model, unit) + 1];
  if (!first || first.kind === 'heading') return false;
  return templateOf(asParagraph(first, `${unit.text} : ${first.text}`), 'groupingDenied') !== undefined;
}

/** A grouping is declared in the front-matter (`regroupement`) or described in the body, not denied there. */
export function groupingMentions(context: RuleContext): DocumentUnit[] {
  return findItem(context.model, 'grouping').filter((unit) => !deniesGrouping(context.model, unit));
}

/**
 * Why the call is not a grouping's (see Rule.notApplicable): no `regroupement` key, no mention of one but denials
 * (whether there is one stops at the first: most calls are no grouping's, and the others' rules find them all).
 */
export function notAGrouping(context: RuleContext): Inapplicable {
  if (context.data.regroupement.length > 0 || itemStatedWhere(context.model, 'grouping', (unit) => !deniesGrouping(context.model, unit))) return undefined;
  return {
    fr: "Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.",
    en: 'No grouping of public bodies: no key regroupement and no mention of a grouping in the documents.',
  };
}
