import type { DocumentModel, DocumentUnit } from '../document/model.js';
import { findItem, unitStates } from './find.js';
import { RECOGNISERS, matchesHeading } from './recognisers.js';
import type { RejectionCase } from './recognisers/conformity.js';

/**
 * Units that state a rejection case of art. 7: the case's wording in a passage that is about
 * rejection, whether the passage says so itself ("… sera rejetée"), is an entry of a list its
 * introduction says so of ("Entraîne le rejet automatique : - l'absence …"), or lies in a section
 * whose heading does ("Conditions de conformité", "Motifs de rejet").
 */
export function findRejectionCase(model: DocumentModel, item: RejectionCase): DocumentUnit[] {
  const found = findItem(model, item);
  if (item === 'abnormallyLowPrice') return found; // Its wording names the rejection ground itself.
  return found.filter((unit) => unit.kind !== 'heading' && aboutRejection(model, unit));
}

/** Whether the document states a rejection case (stops at the first passage that does). */
export function statesRejectionCase(model: DocumentModel, item: RejectionCase): boolean {
  const found = findItem(model, item);
  if (item === 'abnormallyLowPrice') return found.length > 0;
  return found.some((unit) => unit.kind !== 'heading' && aboutRejection(model, unit));
}

function aboutRejection(model: DocumentModel, unit: DocumentUnit): boolean {
  if (unitStates(unit, 'rejection')) return true;
  if (unit.kind === 'listItem' || unit.kind === 'tableRow') {
    const intro = introductionOf(model, unit);
    if (intro && unitStates(intro, 'rejection')) return true;
  }
  return model.sections.some(
    (section) => section.start <= unit.start && unit.start < section.end && matchesHeading(RECOGNISERS.rejection, section.heading.normalized),
  );
}

/** The passage a list entry or table row belongs under: the nearest unit before its list or table. */
function introductionOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit | undefined {
  let index = model.units.indexOf(unit) - 1;
  while (index >= 0 && model.units[index].kind === unit.kind) index--;
  const intro = model.units[index];
  return intro && intro.kind !== 'heading' ? intro : undefined;
}
