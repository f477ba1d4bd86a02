import type { DocumentModel } from '../document/model.js';
import { blockReading } from '../document/readings.js';
import { bodyDates } from './prose.js';

/** The order of a date in numbers: day first (« 04/03/2027 » is 4 March) or month first (March 4 then). */
export type DateOrder = 'dmy' | 'mdy';

/**
 * How the text says its dates in numbers are written, as a format (« les dates suivent le format JJ/MM/AAAA », "all dates
 * are DD/MM/YYYY", « Date : ____/____/______ (JJ/MM/AAAA) ») or in words (« jour/mois/année », "month/day/year"), on the
 * folded text. The year-first format (« AAAA-MM-JJ ») leaves no date ambiguous: it says nothing here.
 */
const STATED_ORDER =
  /\b(?:(?<dayFirst>(?:jj|dd) ?[/.-] ?mm ?[/.-] ?(?:aaaa|aa|yyyy|yy)|jour ?[/-] ?mois ?[/-] ?an(?:nee)?|day ?[/-] ?month ?[/-] ?year)|mm ?[/.-] ?(?:jj|dd) ?[/.-] ?(?:aaaa|aa|yyyy|yy)|mois ?[/-] ?jour ?[/-] ?an(?:nee)?|month ?[/-] ?day ?[/-] ?year)\b/g;

/** The orders a block's passages state, in its order. */
const blockOrders = blockReading((parsed): DateOrder[] => {
  const orders: DateOrder[] = [];
  for (const unit of parsed.units) {
    if (unit.kind === 'code' || unit.kind === 'yaml') continue;
    for (const stated of unit.normalized.matchAll(STATED_ORDER)) orders.push(stated.groups!.dayFirst === undefined ? 'mdy' : 'dmy');
  }
  return orders;
}, 'dateOrders');

const byModel = new WeakMap<DocumentModel, readonly DateOrder[]>();

/** The orders of dates in numbers a document states, each once. */
function statedDateOrders(model: DocumentModel): readonly DateOrder[] {
  let orders = byModel.get(model);
  if (orders) return orders;
  const found = new Set<DateOrder>();
  for (const block of model.blocks) for (const order of blockOrders(block.parsed)) found.add(order);
  byModel.set(model, (orders = [...found]));
  return orders;
}

/**
 * The orders the files of a dossier state, each once: a convention stated once, near the top of the notice or in the
 * instructions, holds for every file, as a definitions clause does. Read only when one of the files has a date
 * that reads two ways, the one thing it decides.
 */
export function dossierDateOrders(models: readonly DocumentModel[]): readonly DateOrder[] {
  if (models.length < 2 || !models.some((model) => bodyDates(model).some((mention) => mention.alternative))) return [];
  return [...new Set(models.flatMap((model) => statedDateOrders(model)))];
}

/**
 * The order a file's dates in numbers follow: the one it states, else the one its dossier's files state, else the one its
 * own dates in numbers show (writtenDateOrder); none when nothing is stated or shown, or two orders are.
 */
export function dateOrderOf(model: DocumentModel, dossier: readonly DateOrder[]): DateOrder | undefined {
  const own = statedDateOrders(model);
  if (own.length > 0) return own.length === 1 ? own[0] : undefined;
  if (dossier.length > 0) return dossier.length === 1 ? dossier[0] : undefined;
  return writtenDateOrder(model);
}

/**
 * The order a file's dates in numbers show where their numbers or a weekday decide it (« 24/05/2016 » is day first,
 * « 05/24/2016 » month first): a drafter keeps one order through a document, so a reader reads its other dates in
 * numbers (« 01/09/2016 » in the same calendar) in it, as under a stated convention. None when they show both orders,
 * or none decides.
 */
function writtenDateOrder(model: DocumentModel): DateOrder | undefined {
  const shown = new Set<DateOrder>();
  for (const mention of bodyDates(model)) {
    const order = mention.numeric?.order;
    if ((order === 'dmy' || order === 'mdy') && !mention.alternative && mention.date.day !== mention.date.month) shown.add(order);
  }
  return shown.size === 1 ? [...shown][0] : undefined;
}
