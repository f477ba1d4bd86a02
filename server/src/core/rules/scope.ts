import { unitIndex, type DocumentUnit } from '../document/model.js';
import type { RuleContext } from './rule.js';

/**
 * Whether a unit opens with a run-in title, a label closed by a period or a question mark (« **Réception des
 * soumissions.** Mardi 8 décembre, 14 h. »): it heads its paragraph and those after it, as a heading would.
 */
function opensWithRunInTitle(unit: DocumentUnit): boolean {
  const field = unit.fields?.[0];
  return field !== undefined && field.start === 0 && /^\s*[.?]/.test(unit.text.slice(field.label, field.value));
}

/**
 * The text that completes a statement: a heading's whole section, a passage together with the passage it introduces
 * ("… à l'adresse suivante :" followed by the address), or a run-in title's paragraph with the paragraphs after it up to
 * the next heading or the next paragraph opening with a label of its own (« **Réception des soumissions.** Mardi 8
 * décembre, 14 h. » over « Réception du centre administratif, 400, boulevard… »).
 */
export function scopeOf(context: RuleContext, unit: DocumentUnit): DocumentUnit[] {
  if (unit.kind === 'heading') {
    const own = context.model.sections.find((section) => section.heading === unit);
    return own ? [unit, ...context.unitsOf(own)] : [unit];
  }
  const runIn = opensWithRunInTitle(unit);
  // Ends with a colon (trailing spaces aside): the text's end only is read.
  if (!runIn && !unit.text.trimEnd().endsWith(':')) return [unit];
  const index = unitIndex(context.model, unit);
  const next = context.model.units[index + 1];
  if (!runIn) return next && next.kind !== 'heading' ? [unit, next] : [unit];
  const scope = [unit];
  for (let after = index + 1; after < context.model.units.length; after++) {
    const following = context.model.units[after];
    if (following.kind === 'heading' || following.kind === 'yaml' || following.fields?.[0]?.start === 0) break;
    scope.push(following);
  }
  return scope;
}
