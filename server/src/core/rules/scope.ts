import { entryMark } from '../document/markdownTree.js';
import { unitIndex, type DocumentModel, type DocumentUnit } from '../document/model.js';
import { RUN_IN_LABEL, unitStates } from '../legal/find.js';
import { normalizeForMatching } from '../text/normalize.js';
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
 * What a passage says besides its title: a run-in title's paragraph read without its title (« **Article 8 – Remise et
 * ouverture des offres.** Les offres sont remises … » says the receipt's place only), another passage as it is.
 */
export function withoutRunInTitle(unit: DocumentUnit): DocumentUnit {
  if (!opensWithRunInTitle(unit)) return unit;
  const text = unit.text.slice(unit.fields![0].value);
  return { ...unit, text, normalized: normalizeForMatching(text), fields: undefined };
}

/**
 * The text that completes a statement: a heading's whole section, a passage together with the passage it introduces
 * ("… à l'adresse suivante :" followed by the address), or a run-in title's paragraph with the paragraphs after it up to
 * the next heading or the next paragraph opening with a label of its own (« **Réception des soumissions.** Mardi 8
 * décembre, 14 h. » over « Réception du centre administratif, 400, boulevard… »).
 */
export function scopeOf(context: RuleContext, unit: DocumentUnit): DocumentUnit[] {
  const scope = ownScope(context, unit);
  // The time field is looked for only after a date (its label read costs more than the memoised question, asked of every mention).
  const time = scope[0] === unit && unitStates(unit, 'date') ? timeField(context.model, scope[scope.length - 1]) : undefined;
  return time ? [...scope, time] : scope;
}

/** A field labelled by the time alone, « Heure », « Heure limite », "Time" (the label folded, its colon aside). */
const TIME_LABEL = /^(?:heure(?: limite)?|time|hour)$/;

/**
 * The field right after a unit's that gives a time only (« Date limite de réception | 2016-06-02 » over « Heure | 14 h 00 »,
 * « - Date d'ouverture : 2 juin 2016 » over « - Heure : 14 h »): the date and time of one moment split over two fields of
 * one table or list, the time field naming no moment of its own.
 */
function timeField(model: DocumentModel, unit: DocumentUnit): DocumentUnit | undefined {
  if (unit.kind === 'heading' || fieldLabel(unit) === undefined) return undefined;
  const next = model.units[unitIndex(model, unit) + 1];
  const label = next && next.kind === unit.kind ? fieldLabel(next) : undefined;
  return label !== undefined && TIME_LABEL.test(label) ? next : undefined;
}

/** A field's label, folded: a table row's first cell, or the label its text opens with. */
function fieldLabel(unit: DocumentUnit): string | undefined {
  const field = unit.fields?.[0];
  const label =
    unit.kind === 'tableRow'
      ? unit.cells && unit.cells.length >= 2
        ? unit.cells[0]
        : undefined
      : field?.start === 0
        ? unit.text.slice(field.start, field.label)
        : RUN_IN_LABEL.exec(unit.normalized)?.[1];
  return label === undefined ? undefined : normalizeForMatching(label).replace(/\s?:$/, '').trim();
}

/**
 * Whether a text ends with a colon, trailing blanks aside (as `trimEnd` reads them): only its end is read, where trimming
 * would copy the text of every mention of a dossier at each edit.
 */
function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && BLANK.test(text[end - 1])) end--;
  return text[end - 1] === ':';
}

const BLANK = /\s/;

function ownScope(context: RuleContext, unit: DocumentUnit): DocumentUnit[] {
  if (unit.kind === 'heading') {
    const own = context.model.sections.find((section) => section.heading === unit);
    return own ? [unit, ...context.unitsOf(own)] : [unit];
  }
  const runIn = opensWithRunInTitle(unit);
  if (!runIn && !endsWithColon(unit.text)) return [unit];
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

/**
 * Whether a passage leaves its sentence open for the entries under it: it ends with a colon, or with a word or a
 * comma, no sentence closing there (« peut négocier le prix, pourvu que », « à condition que », "provided that",
 * "where", "is the sum of"). A drafter writes a provision's conditions so, each in an entry.
 */
function opensEntries(unit: DocumentUnit): boolean {
  return /[:,\p{L}]$/u.test(unit.normalized.trimEnd());
}

/**
 * An entry of a list, with the series it belongs to: a list item, or a paragraph opening with a list's mark typed by
 * hand (« (a) … », « b) … », « 1° … »); its series is its mark's shape and kind (« (a) » and « (b) » are one series,
 * « (4) » another), a bullet its own. Undefined for a unit that is no entry.
 */
function entrySeries(model: DocumentModel, unit: DocumentUnit): string | undefined {
  if (unit.kind !== 'listItem' && unit.kind !== 'paragraph') return undefined;
  const opening = model.text.slice(unit.start, unit.start + 16);
  const mark = entryMark(opening);
  if (unit.kind === 'paragraph' && !mark?.sure) return undefined;
  if (!mark) return /^\S*/.exec(opening)![0];
  return mark.bullet ?? `${mark.opening}${/^\d/.test(mark.label) ? '1' : 'a'}${mark.closing}`;
}

/**
 * The column an entry stands at: its start's on its line; for an entry a converter wrote on the line of the passage
 * before it (« … 24 mois. • Refus … », markdownTree's joinedMarks), that passage's, where its line would have started.
 */
function columnOf(model: DocumentModel, unit: DocumentUnit): number {
  const lineStart = model.text.lastIndexOf('\n', unit.start - 1) + 1;
  if (!CONTAINER_MARKS.test(model.text.slice(lineStart, unit.start))) {
    const before = model.units[unitIndex(model, unit) - 1];
    if (before && before.start >= lineStart) return columnOf(model, before);
  }
  return unit.start - lineStart;
}

/** What may stand before a passage on its line: indentation, quotes' `>` and lists' markers. */
const CONTAINER_MARKS = /^[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*$/;

/**
 * A provision read with the entries that complete it, as a legal reader reads it: when its sentence stays open
 * (opensEntries), the entries under it, of the first one's series at its indentation, or nested deeper (« (4) … may
 * negotiate the price, provided that » over « (a) … », « (b) … », « (c) … », up to « (5) »); and, an entry, the
 * passage that introduces its list (« Lorsqu'une seule soumission est conforme : » over « a) le Ministère peut
 * négocier le prix; »).
 */
export function provisionWithEntries(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const { units } = model;
  const index = unitIndex(model, unit);
  const provision = [unit];
  const series = entrySeries(model, unit);
  if (series !== undefined) {
    const column = columnOf(model, unit);
    let before = index - 1;
    while (before >= 0 && entrySeries(model, units[before]) === series && columnOf(model, units[before]) === column) before--;
    const introduction = units[before];
    if (
      introduction &&
      introduction.kind !== 'heading' &&
      opensEntries(introduction) &&
      (entrySeries(model, introduction) === undefined || columnOf(model, introduction) <= column)
    )
      provision.unshift(introduction);
  }
  const first = units[index + 1];
  const firstSeries = first && entrySeries(model, first);
  if (!opensEntries(unit) || firstSeries === undefined) return provision;
  const column = columnOf(model, first);
  for (let after = index + 1; after < units.length; after++) {
    const entry = units[after];
    const entryColumn = columnOf(model, entry);
    const own = entrySeries(model, entry);
    if (own === undefined || entryColumn < column || (entryColumn === column && own !== firstSeries)) break;
    provision.push(entry);
  }
  return provision;
}
