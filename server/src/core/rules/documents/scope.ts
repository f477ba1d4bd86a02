import { unitIndex, type DocumentModel, type DocumentUnit } from '../../document/model.js';
import { noticeSection } from '../../legal/notice.js';
import type { RuleContext } from '../rule.js';

/**
 * A unit with what completes it: a heading with its section, a passage with the list entries or
 * table rows that follow it ("Organismes participants :" then the list).
 */
export function withFollowing(context: RuleContext, unit: DocumentUnit): DocumentUnit[] {
  if (unit.kind === 'heading') {
    const own = context.model.sections.find((section) => section.heading === unit);
    return own ? [unit, ...context.unitsOf(own)] : [unit];
  }
  const units = context.model.units;
  const scope = [unit];
  for (let index = unitIndex(context.model, unit) + 1; index < units.length; index++) {
    const next = units[index];
    if (next.kind !== 'listItem' && next.kind !== 'tableRow') break;
    scope.push(next);
  }
  return scope;
}

/** The notice's own text (before its first sub-heading): what the notice says is not the tender documents' detail. */
export function noticeOwnUnits(model: DocumentModel): Set<DocumentUnit> {
  const notice = noticeSection(model);
  const own = new Set<DocumentUnit>();
  if (!notice) return own;
  own.add(notice.heading);
  for (const unit of model.units) {
    if (unit.start <= notice.heading.start) continue;
    if (unit.start >= notice.end || unit.kind === 'heading') break;
    own.add(unit);
  }
  return own;
}
