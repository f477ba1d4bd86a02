import type { OffsetRange } from '../../document/frontMatter.js';
import { TITLE_DEPTH } from '../../document/markdown.js';
import { entryMark, nextLabel, type EntryMark } from '../../document/markdownTree.js';
import type { DocumentModel, DocumentUnit, Section } from '../../document/model.js';
import { CLAUSES, fillPlaceholders, type Clause, type ClauseName } from '../../legal/clauses.js';
import { RECOGNISERS, matchesHeading, type ItemName } from '../../legal/recognisers.js';
import { isNotice } from '../../legal/notice.js';
import type { Localized } from '../../types.js';
import type { FixSpec, RuleContext } from '../rule.js';
import { fileBoundsAt, type Home } from '../../dossier/combined.js';

/** Sections of the tender documents in the order of art. 5, which is the order drafters follow. */
const SECTION_ORDER = [
  'needsDescription',
  'optionsDetail',
  'grouping',
  'admissibility',
  'conformity',
  'requiredDocuments',
  'openingProcedure',
  'evaluation',
  'awardRule',
  'contractToSign',
] as const satisfies readonly ItemName[];
export type DocumentSection = (typeof SECTION_ORDER)[number];

/** Which art. 5 section a heading titles, if any (the first in regulation order it names). */
function classify(section: Section): number {
  if (isNotice(section)) return -1;
  return SECTION_ORDER.findIndex((item) => matchesHeading(RECOGNISERS[item], section.heading.normalized));
}

const classifiedByModel = new WeakMap<DocumentModel, { section: Section; order: number }[]>();
/** Heading text → classification, across versions: after an edit only new headings are matched. */
const orderOfHeading = new Map<string, number>();

/** The sections that title an art. 5 section, with which; computed once per document version. */
function classifiedSections(model: DocumentModel): { section: Section; order: number }[] {
  let classified = classifiedByModel.get(model);
  if (!classified) {
    if (orderOfHeading.size > 20_000) orderOfHeading.clear();
    classified = [];
    for (const section of model.sections) {
      let order = orderOfHeading.get(section.heading.normalized);
      if (order === undefined) orderOfHeading.set(section.heading.normalized, (order = classify(section)));
      if (order >= 0) classified.push({ section, order });
    }
    classifiedByModel.set(model, classified);
  }
  return classified;
}

/** The first section whose heading names an art. 5 section (the notice's own heading excluded). */
export function sectionOf(model: DocumentModel, item: DocumentSection): Section | undefined {
  const order = SECTION_ORDER.indexOf(item);
  return classifiedSections(model).find((entry) => entry.order === order)?.section;
}

/**
 * The heading that opens the tender documents proper ("Documents d'appel d'offres", "Instructions aux
 * soumissionnaires"), within a part of the model (a dossier's file).
 */
function tenderDocumentsSection(model: DocumentModel, within: Home = { start: 0, end: model.text.length, bodyStart: model.bodyStart }): Section | undefined {
  return model.sections.find(
    (section) =>
      section.start >= within.start &&
      section.start < within.end &&
      !isNotice(section) &&
      matchesHeading(RECOGNISERS.tenderDocuments, section.heading.normalized),
  );
}

/**
 * Where a finding about a missing part of the tender documents points: the section that should hold
 * it, else the heading of the tender documents in the rule's home file, else that file's anchor.
 */
export function documentsAnchor(context: RuleContext, section?: Section): OffsetRange {
  const target = section ?? tenderDocumentsSection(context.model, context.home);
  return target ? { start: target.heading.start, end: target.heading.end } : context.anchor;
}

/**
 * Text inserted at an offset as a block of its own, separated by blank lines from what surrounds it
 * in its file.
 */
function blockInsertion(model: DocumentModel, offset: number, block: string): { range: OffsetRange; newText: string } {
  const file = fileBoundsAt(model, offset);
  const before = model.text.slice(file.start, offset);
  const after = model.text.slice(offset, file.end);
  const prefix = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const suffix = after === '' ? '\n' : after === '\n' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return { range: { start: offset, end: offset }, newText: `${prefix}${block}${suffix}` };
}

/**
 * Where a new art. 5 section goes, in the rule's home file: after the last present section that comes
 * before it in the regulation's order, else before the first that comes after it, else at the end of
 * the tender documents part, else at the end of the file. Its heading takes the level of its neighbours.
 */
function newSectionPlace(context: RuleContext, item: DocumentSection): { offset: number; depth: number } {
  const { model, home } = context;
  const order = SECTION_ORDER.indexOf(item);
  const classified = classifiedSections(model).filter((entry) => entry.section.start >= home.start && entry.section.start < home.end);
  const depth = Math.min(...classified.map((entry) => entry.section.heading.depth ?? 1));
  const siblings = classified.filter((entry) => (entry.section.heading.depth ?? 1) === depth);
  const before = siblings.filter((entry) => entry.order < order).sort((a, b) => a.order - b.order || a.section.start - b.section.start);
  if (before.length) return { offset: before[before.length - 1].section.end, depth };
  const after = siblings.filter((entry) => entry.order > order);
  if (after.length) return { offset: Math.min(...after.map((entry) => entry.section.start)), depth };
  const container = tenderDocumentsSection(model, home);
  if (container) return { offset: container.end, depth: (container.heading.depth ?? 1) + 1 };
  const notice = model.sections.find((section) => section.start >= home.start && section.start < home.end && isNotice(section));
  return { offset: home.end, depth: notice?.heading.depth ?? 1 };
}

/**
 * A fix replacing a paragraph that states a rule wrongly by a statement of the right one. A list entry
 * or a table row would lose its marker or cells: none is offered there, the drafter rewrites it.
 */
export function replaceParagraphFix(unit: DocumentUnit, title: Localized, newText: string): FixSpec | undefined {
  return unit.kind === 'paragraph' ? { title, edits: [{ range: { start: unit.start, end: unit.end }, newText }] } : undefined;
}

function clauseTitle(clause: Clause): Localized {
  return { fr: `Insérer la clause « ${clause.title.fr} »`, en: `Insert the "${clause.title.en}" clause` };
}

/** A quick fix that adds a missing art. 5 section, with the given body (default: the clause's text). */
export function newSectionFix(
  context: RuleContext,
  item: DocumentSection,
  clauseName: ClauseName,
  body?: string,
  values: Record<string, string> = {},
): FixSpec {
  const clause: Clause = CLAUSES[clauseName];
  const { offset, depth } = newSectionPlace(context, item);
  const heading = clause.heading?.[context.locale] ?? clause.title[context.locale];
  const text = `${headingLine(depth, heading)}\n\n${body ?? fillPlaceholders(clause.text[context.locale], context.locale, values)}`;
  return { title: clauseTitle(clause), edits: [blockInsertion(context.model, offset, text)] };
}

/**
 * A heading at a depth: below `######`, a title in bold as its neighbours are (TITLE_DEPTH), which keeps
 * the sections after it where they were (a `######` would take in the bold titles that follow).
 */
function headingLine(depth: number, heading: string): string {
  return depth >= TITLE_DEPTH ? `**${heading}**` : `${'#'.repeat(depth)} ${heading}`;
}

/** A list item's marker (CommonMark's: `-`, `*`, `+`, or a number then `.` or `)`). */
const LIST_MARKER = /^(?:(\d{1,9})([.)])|([-*+]))([ \t])/;

/**
 * A list entry's mark, with its line's indentation: a list item's marker, or the mark of an entry of a list typed
 * without list markup (« a) », « (ii) », « 3° », « **b)** », « • », pandoc's `#.`, escaped as pandoc writes a list
 * lettered by hand: `b\)`, `\(3\)`: markdownTree.ts).
 */
function markOf(text: string, unit: DocumentUnit): (Omit<EntryMark, 'length' | 'closed'> & { indent: string }) | undefined {
  const line = text.slice(text.lastIndexOf('\n', unit.start - 1) + 1, unit.end);
  const indent = /^[ \t]*/.exec(line)![0];
  const marker = LIST_MARKER.exec(line.slice(indent.length));
  if (!marker) {
    const mark = entryMark(line.slice(indent.length));
    return mark && { ...mark, indent };
  }
  const [, label = '', closing = '', bullet, blank] = marker;
  return { emphasis: '', opening: '', label, closing, escaped: false, sure: true, bullet, blank, indent };
}

/**
 * A quick fix that adds a clause to an existing section: as the next entry of the section's list
 * (the last list whose introduction `listIntro` accepts), worded as a list entry, else as a
 * paragraph at the end of the section.
 */
export function addToSectionFix(
  context: RuleContext,
  section: Section,
  clauseName: ClauseName,
  listIntro: (intro: DocumentUnit | undefined) => boolean,
): FixSpec {
  const clause: Clause = CLAUSES[clauseName];
  const { model, locale } = context;
  const units = context.unitsOf(section);
  let list: DocumentUnit[] | undefined;
  for (let i = 0; i < units.length; i++) {
    if (units[i].kind !== 'listItem' || units[i - 1]?.kind === 'listItem') continue;
    let j = i;
    while (j + 1 < units.length && units[j + 1].kind === 'listItem') j++;
    if (listIntro(i > 0 ? units[i - 1] : undefined)) list = units.slice(i, j + 1);
    i = j;
  }
  if (list && clause.listItem) {
    const first = markOf(model.text, list[0]);
    // The entry after the last one, marked as the list's entries are (« 4. », « e) », « (iv) », « **f)** », « • », « c\) »).
    let marker = '- ';
    if (first?.bullet !== undefined) marker = first.bullet + first.blank;
    else if (first) {
      const labels = list.flatMap((unit) => {
        const mark = markOf(model.text, unit);
        return mark?.indent === first.indent ? [mark.label] : [];
      });
      // Emphasis the first mark opens is closed after the mark: the clause's words are not in it. Escaped as the list's.
      const escape = first.escaped ? '\\' : '';
      marker = `${first.emphasis}${first.opening && escape}${first.opening}${nextLabel(labels)}${escape}${first.closing}${first.emphasis}${first.blank}`;
    }
    const end = Math.max(...list.map((unit) => unit.end));
    const text = fillPlaceholders(clause.listItem[locale], locale);
    return { title: clauseTitle(clause), edits: [{ range: { start: end, end }, newText: `\n${first?.indent ?? ''}${marker}${text}` }] };
  }
  const end = units.length ? Math.max(...units.map((unit) => unit.end)) : section.heading.end;
  return { title: clauseTitle(clause), edits: [blockInsertion(model, end, fillPlaceholders(clause.text[locale], locale))] };
}
