import { blocksWhere, type DocumentModel, type DocumentUnit } from '../document/model.js';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemName } from './recognisers.js';

const PROSE = new Set(['paragraph', 'listItem', 'tableRow']);

/**
 * Units that state an item: a heading naming it or prose expressing it. Results are memoised on each
 * cached block, and which blocks match is carried over from the previous version of the document,
 * so after an edit only the changed blocks are looked at.
 */
export function findItem(model: DocumentModel, item: ItemName): DocumentUnit[] {
  const found: DocumentUnit[] = [];
  for (const blockIndex of blocksWhere(model, `item:${item}`, (index) => matchingUnits(model.blocks[index].parsed, item).length > 0)) {
    const block = model.blocks[blockIndex];
    for (const index of matchingUnits(block.parsed, item)) found.push(model.units[block.firstUnit + index]);
  }
  return found;
}

/** Indexes of a block's units that state the item, memoised on the (cached) block. */
function matchingUnits(parsed: DocumentModel['blocks'][number]['parsed'], item: ItemName): number[] {
  let indexes = parsed.memo.get(item);
  if (!indexes) {
    const recogniser = RECOGNISERS[item];
    indexes = [];
    parsed.units.forEach((unit, index) => {
      if (unit.kind === 'heading' ? matchesHeading(recogniser, unit.normalized) : PROSE.has(unit.kind) && matchesPhrase(recogniser, unit.normalized)) indexes!.push(index);
    });
    parsed.memo.set(item, indexes);
  }
  return indexes;
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
