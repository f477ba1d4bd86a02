import type { DocumentModel, DocumentUnit } from '../document/model.js';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemName } from './recognisers.js';

const PROSE = new Set(['paragraph', 'listItem', 'tableRow']);

/**
 * Units that state an item: a heading naming it or prose expressing it. Results are memoised on each
 * cached block, so after an edit only the changed blocks are matched again.
 */
export function findItem(model: DocumentModel, item: ItemName): DocumentUnit[] {
  const recogniser = RECOGNISERS[item];
  const found: DocumentUnit[] = [];
  for (const block of model.blocks) {
    let indexes = block.parsed.memo.get(item);
    if (!indexes) {
      indexes = [];
      block.parsed.units.forEach((unit, index) => {
        if (unit.kind === 'heading' ? matchesHeading(recogniser, unit.normalized) : PROSE.has(unit.kind) && matchesPhrase(recogniser, unit.normalized)) {
          indexes!.push(index);
        }
      });
      block.parsed.memo.set(item, indexes);
    }
    for (const index of indexes) found.push(model.units[block.firstUnit + index]);
  }
  return found;
}

/** Whether a unit's own text expresses an item (no heading match). */
export function unitStates(unit: DocumentUnit, item: ItemName): boolean {
  return matchesPhrase(RECOGNISERS[item], unit.normalized);
}

/**
 * Prose units a predicate accepts, memoised per cached block under `key` like findItem: for checks
 * that are more than a recogniser's patterns (a sentence-by-sentence test, for instance).
 */
export function findUnits(model: DocumentModel, key: string, accepts: (normalized: string) => boolean): DocumentUnit[] {
  const found: DocumentUnit[] = [];
  for (const block of model.blocks) {
    let indexes = block.parsed.memo.get(key);
    if (!indexes) {
      indexes = [];
      block.parsed.units.forEach((unit, index) => {
        if (PROSE.has(unit.kind) && accepts(unit.normalized)) indexes!.push(index);
      });
      block.parsed.memo.set(key, indexes);
    }
    for (const index of indexes) found.push(model.units[block.firstUnit + index]);
  }
  return found;
}
