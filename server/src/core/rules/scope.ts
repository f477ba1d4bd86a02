import { unitIndex, type DocumentUnit } from '../document/model.js';
import type { RuleContext } from './rule.js';

/**
 * The text that completes a statement: a heading's whole section, or a passage together with the
 * passage it introduces ("… à l'adresse suivante :" followed by the address).
 */
export function scopeOf(context: RuleContext, unit: DocumentUnit): DocumentUnit[] {
  if (unit.kind === 'heading') {
    const own = context.model.sections.find((section) => section.heading === unit);
    return own ? [unit, ...context.unitsOf(own)] : [unit];
  }
  // Ends with a colon (trailing spaces aside): the text's end only is read.
  if (!unit.text.trimEnd().endsWith(':')) return [unit];
  const index = unitIndex(context.model, unit);
  const next = context.model.units[index + 1];
  return next && next.kind !== 'heading' ? [unit, next] : [unit];
}
