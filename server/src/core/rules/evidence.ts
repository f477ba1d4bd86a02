import { hasValueAt, type KeyPath } from '../document/frontMatter.js';
import type { DocumentUnit } from '../document/model.js';
import { findItem, itemStated, itemStatedWhere, templateOf } from '../legal/find.js';
import type { ItemName } from '../legal/recognisers.js';
import type { Evidence, RuleContext } from './rule.js';

/** Units that state an item, as evidence: each with the wording of the item it matched. */
export function passages(units: readonly DocumentUnit[], item: ItemName): Evidence[] {
  return units.map((unit) => ({ range: { start: unit.start, end: unit.end }, template: templateOf(unit, item) }));
}

/**
 * A front-matter key that states an item, as evidence; none when the document does not have the key (the
 * checklist and the signed report must not cite a key that is not there). A key reached through an alias has no
 * place of its own: the opening fence stands for it.
 */
export function frontMatterEvidence(context: RuleContext, path: KeyPath): Evidence[] {
  if (!hasValueAt(context.model.frontMatter?.data, path)) return [];
  return [{ range: context.model.frontMatter?.keyRange(path) ?? { start: 0, end: 3 }, frontMatterKey: path.join('.') }];
}

/**
 * Passages of an item: by default every unit that states it, or those a rule accepts; `stated` says
 * whether there is one without finding them all.
 */
export type Source = ItemName | { item: ItemName; units: (context: RuleContext) => DocumentUnit[]; stated?: (context: RuleContext) => boolean };

const unitsOf = (context: RuleContext, source: Source): DocumentUnit[] =>
  typeof source === 'string' ? findItem(context.model, source) : source.units(context);

/** The units stating an item that a rule accepts (`accepts`, given the document). */
export function itemWhere(item: ItemName, accepts: (context: RuleContext) => (unit: DocumentUnit) => boolean): Source {
  return {
    item,
    units: (context) => findItem(context.model, item).filter(accepts(context)),
    stated: (context) => itemStatedWhere(context.model, item, accepts(context)),
  };
}

/**
 * A required item stated by a passage of any of these sources: whether it is present, and the
 * passages that make it so, from the same units (so the evidence shown is what the rule accepted).
 */
export function statedBy(...sources: Source[]): { present: (context: RuleContext) => boolean; evidence: (context: RuleContext) => Evidence[] } {
  return {
    present: (context) =>
      sources.some((source) =>
        typeof source === 'string' ? itemStated(context.model, source) : (source.stated?.(context) ?? source.units(context).length > 0),
      ),
    evidence: (context) => sources.flatMap((source) => passages(unitsOf(context, source), typeof source === 'string' ? source : source.item)),
  };
}
