import { firstUnitFrom, innermostSection, unitIndex, type DocumentModel, type DocumentUnit, type Section } from '../document/model.js';
import { readAsPassage } from '../document/markdown.js';
import { normalizeForMatching } from '../text/normalize.js';
import { clausesOf, sentenceSpans } from '../text/sentences.js';
import type { Localized } from '../types.js';
import { findItem, itemStatedWhere, unitStates, type WeakEvidence } from './find.js';
import { RECOGNISERS, matchesHeading, matchesPhrase, type ItemName } from './recognisers.js';
import {
  BREACHED_REQUIREMENT,
  DISCRETIONARY_REJECTION,
  FLAG_NO,
  FLAG_YES,
  LISTED_RANGE,
  MANDATORY_REJECTION,
  REJECTION_CASES,
  REJECTION_DENIED,
  REJECTION_FLAG_LABEL,
  REJECTED_AFTER_FAILED_CORRECTION,
  SEVERAL_BIDS_ALL_REJECTED,
  SEVERAL_BIDS_ONE_KEPT,
  type RejectionCase,
} from './recognisers/conformity.js';

/**
 * Units that state a rejection case of art. 7: the case's wording in a passage that is about
 * rejection, whether the passage says so itself ("… sera rejetée"), is an entry of a list its
 * introduction says so of ("Entraîne le rejet automatique : - l'absence …"), or lies in a section
 * whose heading does ("Conditions de conformité", "Motifs de rejet").
 */
export function findRejectionCase(model: DocumentModel, item: RejectionCase): DocumentUnit[] {
  const units = caseWordings(item).flatMap((wording) =>
    'units' in wording ? wording.units(model) : findItem(model, wording.item).filter(wording.states(model)),
  );
  return [...new Set(units)].sort((left, right) => left.start - right.start);
}

/** An item whose passages state a case, and which of them do. */
export type CaseWording =
  /** The passages of an item that state the case. */
  | { item: ItemName; states: (model: DocumentModel) => (unit: DocumentUnit) => boolean }
  /** The passages that state the case found otherwise: 7° applied by listing a condition (otherConditionsListed). */
  | { item: ItemName; units: (model: DocumentModel) => DocumentUnit[] };

/**
 * How a case is stated: by its own wording in a passage about rejection, or as the requirement it breaks with
 * rejection as its sanction (« Les soumissions doivent être reçues au plus tard … , sous peine de rejet »).
 */
export function caseWordings(item: RejectionCase): CaseWording[] {
  const own: CaseWording = { item, states: (model) => asRejectionCase(model, item) };
  if (item === 'otherDesignatedCondition') return [own, { item, units: otherConditionsListed }];
  const requirement = requirementOf(item);
  return requirement ? [own, { item: requirement, states: (model) => asSanctionedRequirement(model, requirement) }] : [own];
}

/** The requirement whose breach is the case (« les soumissions doivent être reçues au plus tard… »), if the case has one. */
function requirementOf(item: RejectionCase): ItemName | undefined {
  return (BREACHED_REQUIREMENT as Partial<Record<RejectionCase, ItemName>>)[item];
}

/**
 * Whether a unit stating a case's requirement makes its breach a case of automatic rejection: rejection is the
 * requirement's sanction, in the passage (« …, sous peine de rejet ») or a note it refers to, in a cell of its table
 * row (« | Soumission signée par une personne autorisée | Rejet automatique | »), in the sentence that introduces its
 * list (« Sous peine de rejet, la soumission doit : ») or in the one that closes it (« Toute soumission qui ne respecte
 * pas l'une de ces conditions est rejetée. »), or once for every requirement of its section (sectionSanction), and the
 * sanction is not only allowed (« pourra être rejetée »).
 */
function asSanctionedRequirement(model: DocumentModel, requirement: ItemName): (unit: DocumentUnit) => boolean {
  return (unit) => {
    const sanction = readAsPassage(unit) ? sanctionOf(model, unit, requirement) : undefined;
    return (
      sanction !== undefined &&
      automatic(sanction) &&
      !deniesRejection(unit, requirement) &&
      !rejectedAfterFailedCorrection(unit, requirement) &&
      noteDenial(model, unit) === undefined &&
      groupDenial(model, unit) === undefined
    );
  };
}

/**
 * The clause of a note on an entry or on its list's introduction that refers to the entry by its mark and spares its
 * breach the rejection (« [^6]: … Dans le cas visé à la condition c), le Ministère invite le soumissionnaire à corriger
 * l'irrégularité dans les deux jours ouvrables »), folded for matching: the note is read with the entry it names, and
 * the breach it makes correctable is no case of automatic rejection. As written.
 */
function noteDenial(model: DocumentModel, unit: DocumentUnit): string | undefined {
  if (!isEntry(unit)) return undefined;
  const notes = [unit, ...introductionsOf(model, unit)].flatMap((passage) => notesOf(model, passage));
  if (notes.length === 0) return undefined;
  const label = entryLabel(model, unit);
  if (label === undefined) return undefined;
  for (const note of notes) {
    for (const clause of clausesOf(note.written)) {
      const folded = normalizeForMatching(clause);
      if (!REJECTION_DENIED.test(folded)) continue;
      if ([...folded.matchAll(ENTRY_REFERENCE)].some(([, named]) => named === label)) return clause;
    }
  }
  return undefined;
}

/** An entry named by its mark after a noun for it: « la condition c) », « au cas 3° », "item (c)" (not « deux (2) jours »). */
const ENTRY_REFERENCE =
  /\b(?:conditions?|exigences?|obligations?|criteres?|cas|points?|alineas?|paragraphes?|requirements?|items?|paragraphs?|subparagraphs?|cases?) \(?([a-z]|\d{1,2})(?:\)|°)/g;

/**
 * The text that sanctions a requirement with rejection, folded for matching: the unit itself or its note, the
 * consequence its table row gives it, its list's introduction, the passage that closes its list, or the passage that
 * sanctions its section's requirements.
 */
function sanctionOf(model: DocumentModel, unit: DocumentUnit, requirement: ItemName): string | undefined {
  if (unitStates(unit, 'rejectionSanction')) return unit.normalized;
  // A note on the requirement itself need not name it: « …[^3] » over « [^3]: Le rejet est automatique. ».
  const note = notesOf(model, unit).find((text) => noteStates(text, 'rejection') || noteStates(text, 'rejectionSanction'));
  if (note) return note.normalized;
  if (isEntry(unit)) {
    const consequence = rowConsequence(model, unit, requirement);
    if (consequence !== undefined) return consequence;
    for (const intro of introductionsOf(model, unit)) {
      const sanction = groupSanction(model, intro, unit);
      if (sanction !== undefined) return sanction;
    }
    const closing = closingOf(model, unit);
    if (closing && namesEntry(closing.normalized, model, unit)) return closing.normalized;
    const marked = markerSanction(model, unit);
    if (marked !== undefined) return marked;
  }
  return sectionSanction(model, unit);
}

/**
 * The sanction a passage gives the requirements it stands for (a list's introduction, a section's title), in its words
 * or in a note it refers to (« Les conditions qui suivent s'appliquent à toute soumission[^6] : »): rejection as their
 * sanction (« Sous peine de rejet, la soumission doit : »), or the rejection of the bid that fails them, named as a
 * whole (« Le non-respect de l'une des conditions suivantes entraîne le rejet : », « [^6]: Le non-respect de l'une ou
 * l'autre des conditions a) à f) entraîne le rejet automatique »).
 */
function groupSanction(model: DocumentModel, passage: DocumentUnit, entry?: DocumentUnit): string | undefined {
  const own: Note = { passage, written: passage.text, normalized: passage.normalized };
  return [own, ...notesOf(model, passage)].find(
    (text) =>
      (noteStates(text, 'rejectionSanction') || (noteStates(text, 'rejection') && GROUP_NAMES.some((item) => noteStates(text, item)))) &&
      (entry === undefined || namesEntry(text.normalized, model, entry)),
  )?.normalized;
}

/**
 * Whether a passage that names requirements by their entries' marks names this entry among them: « les conditions a),
 * b), d) et f) » leaves out c), « les conditions a) à f) » takes in every letter between. A passage that names no marks,
 * or an entry without one (or numbered in roman past « i »), is not read so.
 */
function namesEntry(normalized: string, model: DocumentModel, entry: DocumentUnit): boolean {
  const named = LISTED_RANGE.exec(normalized);
  if (!named) return true;
  const label = entryLabel(model, entry);
  // A roman numeral past « (i) » is not read against letters: « (i) à (v) » names « (ii) » too.
  return label === undefined || !/^(?:[a-z]|\d{1,2})$/.test(label) || marksNamed(named[0]).has(label);
}

/** The labels of the marks a passage names (« a), b), d) et f) », « 1° à 5° », "(a) through (f)"), a range's filled in. */
function marksNamed(names: string): Set<string> {
  const labels = new Set<string>();
  let range = false;
  let last: string | undefined;
  for (const [, label, through] of names.matchAll(MARK_OR_RANGE)) {
    if (through) {
      range = true;
      continue;
    }
    if (range && last !== undefined) for (let code = last.charCodeAt(0) + 1; code < label.charCodeAt(0); code++) labels.add(String.fromCharCode(code));
    if (range && last !== undefined && /^\d/.test(label)) for (let number = Number(last) + 1; number < Number(label); number++) labels.add(String(number));
    labels.add(label);
    last = label;
    range = false;
  }
  return labels;
}

/** A mark (« c) », « (c) », « 3° », « (3) ») or the word of a range between two (« à », "to"). */
const MARK_OR_RANGE = /\(?([a-z]|\d{1,2})(?:\)|°)|\b(a|au|to|through)\b(?!\))/g;

/** The letter or number an entry opens with: its list's mark (« c) », « 3. ») or its paragraph's own (« (c) … »). */
function entryLabel(model: DocumentModel, entry: DocumentUnit): string | undefined {
  // Folded as the passages that name it are (a title in capitals letters its entries « A) », « B) »).
  if (entry.label !== undefined) return entry.label.toLowerCase();
  const own = OWN_MARK.exec(entry.normalized);
  if (own) return own[1];
  const lineStart = model.text.lastIndexOf('\n', entry.start - 1) + 1;
  return LIST_MARKER.exec(model.text.slice(lineStart, lineStart + 40))?.[1]?.toLowerCase();
}

const OWN_MARK = /^\(?([a-z]|\d{1,2})(?:\)|°) /;
/** A Markdown list's marker that opens an entry's line (« 3. », « c) », « - (c) »), as the line writes it. */
const LIST_MARKER = /^[ \t>]*(?:[-*+][ \t]+)?\(?([a-z]|\d{1,2})[.)°][ \t]/i;

/** How a passage names requirements as a whole: those before it, those after it, or those of its section. */
const GROUP_NAMES: readonly ItemName[] = ['precedingRequirements', 'followingRequirements', 'sectionRequirements'];

function namesRequirements(unit: DocumentUnit): boolean {
  return GROUP_NAMES.some((item) => unitStates(unit, item));
}

/**
 * The sanction of every requirement of a section, stated once apart from them: by a passage of the section that names
 * them as a whole and rejects the bid that fails one (a checklist's opening sentence over its lists in subsections,
 * « Chaque élément de la présente liste … est automatiquement rejetée »; a definition list's entry « Conséquence : Le
 * non-respect de l'une des conditions de la présente rubrique entraîne le rejet automatique »), or by a note the
 * section's title refers to. A passage naming those that follow (« les exigences ci-dessous ») sanctions those after
 * it, unless it introduces a list, which alone it then stands for (introductionsOf); one naming its section's
 * sanctions them all, wherever it is in the section. A passage reaches the requirements of its section only (its
 * innermost): not those of the next subsection, nor those after a title.
 */
function sectionSanction(model: DocumentModel, unit: DocumentUnit): string | undefined {
  const { noted, passages } = sectionSanctions(model);
  for (const section of noted) {
    if (section.start > unit.start) break;
    if (unit.start >= section.end) continue;
    const sanction = groupSanction(model, section.heading, isEntry(unit) ? unit : undefined);
    if (sanction !== undefined) return sanction;
  }
  for (const { passage, section, wholeSection, beforeEntry } of passages) {
    if (passage === unit || unit.start < section.start || unit.start >= section.end) continue;
    if (!wholeSection && (passage.start > unit.start || beforeEntry)) continue;
    return passage.normalized;
  }
  return undefined;
}

/**
 * What sectionSanction reads of the document whatever the requirement, once per version (it is asked of each passage
 * stating a requirement, after each edit): the sections whose title refers to a note, in order, and the passages that
 * reject the bid failing the requirements they name as a whole, with their innermost section, whether they name it
 * (« de la présente rubrique ») and whether an entry follows them (a list's introduction).
 */
interface SectionSanctions {
  noted: Section[];
  passages: { passage: DocumentUnit; section: Section; wholeSection: boolean; beforeEntry: boolean }[];
}

const SECTION_SANCTIONS = new WeakMap<DocumentModel, SectionSanctions>();

function sectionSanctions(model: DocumentModel): SectionSanctions {
  let known = SECTION_SANCTIONS.get(model);
  if (!known) {
    const passages: SectionSanctions['passages'] = [];
    for (const passage of [...findItem(model, 'sectionRequirements'), ...findItem(model, 'followingRequirements')]) {
      if (!readAsPassage(passage) || opensNote(model, passage)) continue;
      if (!(unitStates(passage, 'rejection') || unitStates(passage, 'rejectionSanction'))) continue;
      const section = innermostSection(model, passage.start);
      if (!section) continue;
      const beforeEntry = isEntry(model.units[unitIndex(model, passage) + 1] ?? passage);
      passages.push({ passage, section, wholeSection: unitStates(passage, 'sectionRequirements'), beforeEntry });
    }
    known = { noted: model.sections.filter((section) => section.heading.text.includes('[^')), passages };
    SECTION_SANCTIONS.set(model, known);
  }
  return known;
}

/** A note's text: the passage that holds it, when the note is the whole of its first paragraph, its words as written and folded for matching. */
interface Note {
  passage: DocumentUnit | undefined;
  written: string;
  normalized: string;
}

/** Whether a note states an item: as a passage does when it is one, by the item's phrases when it is part of one. */
function noteStates(note: Note, item: ItemName): boolean {
  return note.passage ? unitStates(note.passage, item) : matchesPhrase(RECOGNISERS[item], note.normalized);
}

/**
 * The notes a passage refers to (« …toute soumission[^6] : »), wherever their definitions are: the first paragraph of
 * each (« [^6]: Le non-respect de… »), or its part up to the next note's label where the notes were run into one
 * paragraph, as a conversion writes them (« \[^5\]: … \[^6\]: Le non-respect de… »). Only a passage whose text holds a
 * reference is looked at.
 */
function notesOf(model: DocumentModel, unit: DocumentUnit): Note[] {
  if (!unit.text.includes('[^')) return [];
  const notes: Note[] = [];
  for (const [, label] of unit.text.matchAll(NOTE_REFERENCE)) {
    const note = noteOf(model, label);
    if (note && note.passage !== unit) notes.push(note);
  }
  return notes;
}

function noteOf(model: DocumentModel, label: string): Note | undefined {
  const marker = `[^${label}]:`;
  for (let at = model.text.indexOf(`^${label}`); at !== -1; at = model.text.indexOf(`^${label}`, at + 1)) {
    // Its definition: the label closed by a colon (« [^6]: », escaped « \[^6\]: »), not a reference.
    const after = at + label.length + 1;
    if (!model.text.startsWith(']:', after) && !model.text.startsWith('\\]:', after)) continue;
    const next = firstUnitFrom(model, at);
    const holder = model.units[next - 1] as DocumentUnit | undefined;
    const within = holder && holder.end > at ? holder.text.indexOf(marker) : -1;
    if (holder && within !== -1) {
      const start = within + marker.length;
      const end = holder.text.indexOf('[^', start);
      const written = holder.text.slice(start, end === -1 ? undefined : end).trim();
      return { passage: undefined, written, normalized: normalizeForMatching(written) };
    }
    const passage = model.units[next] as DocumentUnit | undefined;
    return passage && readAsPassage(passage) ? { passage, written: passage.text, normalized: passage.normalized } : undefined;
  }
  return undefined;
}

/** A note's reference in a passage's text: « [^6] », « [^rejet] » (not its definition's « [^6]: »). */
const NOTE_REFERENCE = /\[\^([^\]\s^[]{1,40})\](?!:)/g;

/** Whether a unit is the first paragraph of a note's definition (« [^6]: Le non-respect… »): its place says nothing of what it sanctions. */
function opensNote(model: DocumentModel, unit: DocumentUnit): boolean {
  const lineStart = model.text.lastIndexOf('\n', unit.start - 1) + 1;
  return NOTE_DEFINITION.test(model.text.slice(lineStart, unit.start));
}

const NOTE_DEFINITION = /^[ \t]{0,3}\\?\[\^[^\]\s^[]{1,40}\\?\]:[ \t]*$/;

/**
 * The rejection a table row gives as the consequence of its own requirement, in a cell of its own: « | Soumission reçue
 * au lieu … | Art. 7 | Rejet automatique | », "| Bid signed by an authorised person | Automatic rejection |", or a mark
 * (« Oui », « X ») in a column whose header names the rejection (« Entraîne le rejet automatique »). The cell that states
 * the requirement is not its consequence, and a consequence that is no rejection (« Correction demandée dans les 2 jours
 * ouvrables », « Non » under that header) sanctions nothing. Read only for the rows that state a requirement.
 */
function rowConsequence(model: DocumentModel, unit: DocumentUnit, requirement: ItemName): string | undefined {
  if (unit.kind !== 'tableRow' || !unit.cells || unit.cells.length < 2) return undefined;
  for (const [column, cell] of unit.cells.entries()) {
    const consequence = normalizeForMatching(cell);
    if (AFFIRMATIVE_MARK.test(cell.trim())) {
      const named = headerOf(model, unit)?.cells?.[column];
      const rejection = named === undefined ? '' : normalizeForMatching(named);
      if (rejection !== '' && matchesPhrase(RECOGNISERS.rejection, rejection)) return rejection;
    } else if (consequence !== '' && matchesPhrase(RECOGNISERS.rejection, consequence) && !matchesPhrase(RECOGNISERS[requirement], consequence)) {
      return consequence;
    }
  }
  return undefined;
}

/**
 * The consequence a table row gives its requirement in a column named for it (« Conséquence du non-respect », « Sanction »,
 * "Consequence of non-compliance"), when that is no rejection (« Correction demandée », « Pénalité de 500 $ »): the
 * documents then say what befalls the bid that fails the requirement, and it is not rejected. A mark that answers the
 * header (« Oui », « Non », « X », « — ») says none. As written, undefined for none.
 */
function otherConsequence(model: DocumentModel, unit: DocumentUnit): string | undefined {
  if (unit.kind !== 'tableRow' || !unit.cells) return undefined;
  const header = headerOf(model, unit)?.cells ?? [];
  for (const [column, name] of header.entries()) {
    const cell = unit.cells[column]?.trim() ?? '';
    if (column === 0 || !CONSEQUENCE_COLUMN.test(normalizeForMatching(name)) || !/\p{L}{4}/u.test(cell) || MARK.test(cell)) continue;
    if (!matchesPhrase(RECOGNISERS.rejection, normalizeForMatching(cell))) return cell;
  }
  return undefined;
}
const CONSEQUENCE_COLUMN = /\bconsequences?\b|\bsanctions?\b|\bconsequences? of\b|\bpenalt(?:y|ies)\b/;
/** A cell that answers its column's header yes or no. */
const MARK = /^(?:oui|non|yes|no|s\.\s?o\.|n\/a|[-—–x✓✔☑☒])$/i;

function otherConsequenceLacks(consequence: string): Localized {
  return {
    fr: `il donne à son non-respect une autre conséquence que le rejet automatique (« ${consequence} »)`,
    en: `it gives failing it another consequence than automatic rejection ("${consequence}")`,
  };
}

function noteDeniedLacks(clause: string): Localized {
  return {
    fr: `une note le désigne et rend son non-respect corrigible au lieu du rejet automatique (« ${clause} »)`,
    en: `a note names it and makes failing it correctable instead of automatic rejection ("${clause}")`,
  };
}

function notRejectedLacks(flag: string): Localized {
  return {
    fr: `son indicateur dit que son non-respect n’entraîne pas le rejet (« ${flag} »)`,
    en: `its flag says that failing it does not result in rejection ("${flag}")`,
  };
}

/** A cell that answers its column's header yes, as written (folding drops some marks): « Oui », "Yes", « X », a check mark. */
const AFFIRMATIVE_MARK = /^(?:oui|yes|[x✓✔☑☒])$/i;

/**
 * The passage that closes an entry's list and rejects the bid that fails the list's requirements, named as a whole
 * (« Toute soumission qui ne respecte pas l'une de ces conditions est rejetée. », "Failure to meet any of the above
 * requirements will result in the automatic rejection of the bid."): the first unit past the list's entries (after
 * a blank line, or typed right under the last entry, whose text then holds it), or an entry after it, as a
 * paragraph numbered « (25) » is. Not past a title (the next section's paragraph), nor past another list's
 * introduction; a passage about one requirement does not name them as a whole.
 */
function closingOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit | undefined {
  for (let index = unitIndex(model, unit); index < model.units.length; index++) {
    const next = model.units[index];
    if (!readAsPassage(next) || (next !== unit && introduces(next))) return undefined;
    if (unitStates(next, 'precedingRequirements') && (unitStates(next, 'rejection') || unitStates(next, 'rejectionSanction'))) return next;
    if (!isEntry(next)) return undefined;
  }
  return undefined;
}

/**
 * A marker or a flag set on requirements, where an entry holds it or its table's header does: a few capitals in brackets
 * or parentheses (« [RA] », « (R) », "[AR]"), which only a sentence can define; or a label and its yes/no value
 * (« [Éliminatoire : OUI] », « Critère éliminatoire : ☒ », "Mandatory: Yes", or a row's « Oui » in a column
 * « Éliminatoire »), which a sentence may define or its label's own words say (REJECTION_FLAG_LABEL).
 */
interface Flag {
  /** As the document writes it (a marker), or its label and value (a flag). */
  written: string;
  /** The label, folded for matching; empty for a marker. */
  label: string;
  /** The value: yes or no; none for a marker. */
  yes?: boolean;
}

/** What the flags of an entry say of its requirement: rejection as its sanction (folded for matching), or no rejection (a flag answering no, as written). */
type FlagReading = { sanction: string } | { notRejected: string };

/**
 * What an entry's markers and flags say of its requirement. A sentence before the entry that holds one as written,
 * its words folded (« Les exigences marquées **[RA]** entraînent le rejet automatique. », « Les exigences portant
 * l'indicateur `[Éliminatoire : OUI]` entraînent le rejet automatique de la soumission »), makes it the rejection; only
 * the sentence (or the clause between semicolons) that holds it counts, not the one beside it that gives another value
 * another consequence (« Les exigences portant l'indicateur [Éliminatoire : NON] peuvent être régularisées »), and not
 * one that holds the same label with both values. Failing such a sentence, a flag whose label names the rejection says
 * it by its value: « Éliminatoire : Oui » rejects, « Éliminatoire : Non » does not.
 */
function flagReading(model: DocumentModel, unit: DocumentUnit): FlagReading | undefined {
  const flags = flagsOf(model, unit);
  if (flags.length === 0) return undefined;
  const first = unit.kind === 'tableRow' ? (headerOf(model, unit) ?? unit) : unit;
  for (const passage of model.units) {
    if (passage.start >= first.start) break;
    if (!readAsPassage(passage) || !(unitStates(passage, 'rejection') || unitStates(passage, 'rejectionSanction'))) continue;
    if (!flags.some((flag) => holds(passage.text, flag))) continue;
    for (const clause of clausesOf(passage.text)) {
      const held = flags.filter((flag) => holds(clause, flag));
      if (held.length === 0 || held.some((flag) => bothValues(clause, flag))) continue;
      const normalized = normalizeForMatching(clause);
      if ((matchesPhrase(RECOGNISERS.rejection, normalized) || matchesPhrase(RECOGNISERS.rejectionSanction, normalized)) && automatic(normalized)) {
        return { sanction: normalized };
      }
    }
  }
  const named = flags.find((flag) => flag.yes !== undefined && REJECTION_FLAG_LABEL.test(flag.label));
  if (!named) return undefined;
  return named.yes ? { sanction: normalizeForMatching(named.written) } : { notRejected: named.written };
}

/** The rejection an entry's markers or flags make the sanction of its requirement (flagReading), folded for matching. */
function markerSanction(model: DocumentModel, unit: DocumentUnit): string | undefined {
  const reading = flagReading(model, unit);
  return reading && 'sanction' in reading ? reading.sanction : undefined;
}

/** The flag by which an entry says its requirement or case causes no rejection (« Éliminatoire : NON »), as written. */
function notRejectedFlag(model: DocumentModel, unit: DocumentUnit): string | undefined {
  if (!isEntry(unit)) return undefined;
  const reading = flagReading(model, unit);
  return reading && 'notRejected' in reading ? reading.notRejected : undefined;
}

/** The markers and flags of an entry: in its text, or its table's header (markers), or its row under a column the header names (flags). */
function flagsOf(model: DocumentModel, unit: DocumentUnit): Flag[] {
  const header = headerOf(model, unit);
  const flags: Flag[] = [unit, header].flatMap((holder) =>
    holder ? [...holder.text.matchAll(MARKER)].map(([marker]) => ({ written: marker, label: '' })) : [],
  );
  flags.push(...labelledFlags(unit.text));
  // A row's yes or no under a column the header names: « | Éliminatoire | » over « | Oui | ».
  if (header?.cells && unit.cells) {
    for (const [column, cell] of unit.cells.entries()) {
      const name = header.cells[column]?.trim() ?? '';
      const yes = flagValue(cell.trim());
      if (yes !== undefined && name !== '') flags.push({ written: `${name} : ${cell.trim()}`, label: normalizeForMatching(name), yes });
    }
  }
  return flags;
}

/** A marker set on requirements: a few capitals in brackets or parentheses (« [RA] », « (R) », "[AR]"). */
const MARKER = /[[(][A-Z]{1,4}[\])]/g;

/**
 * The flags a text writes as a label, a colon and a yes/no value the text's words do not go on from (« [Éliminatoire :
 * OUI] », "Pass/Fail: Yes ✓", not "Question: no later than…"). The label is the words before the colon back to a bracket,
 * a bar or a sentence's end, four at most.
 */
function labelledFlags(text: string): Flag[] {
  const flags: Flag[] = [];
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let valueStart = colon + 1;
    while (/\s/u.test(text.charAt(valueStart))) valueStart++;
    let valueEnd = valueStart;
    while (valueEnd < text.length && FLAG_VALUE_CHARACTER.test(text.charAt(valueEnd))) valueEnd++;
    const value = text.slice(valueStart, valueEnd);
    const yes = flagValue(value);
    if (yes === undefined || GOES_ON.test(text.slice(valueEnd, valueEnd + 40))) continue;
    let labelStart = colon;
    while (labelStart > 0 && LABEL_CHARACTER.test(text.charAt(labelStart - 1))) labelStart--;
    const words = text.slice(labelStart, colon).trim().split(/\s+/u);
    const label = words.slice(-4).join(' ');
    if (!/\p{L}/u.test(label)) continue;
    const written = words.length > 4 ? `${label} : ${value}` : text.slice(labelStart, valueEnd).trim();
    flags.push({ written, label: normalizeForMatching(label), yes });
  }
  return flags;
}

const FLAG_VALUE_CHARACTER = /[\p{L}☒☑✓✔☐✗✘]/u;
const LABEL_CHARACTER = /[\p{L}\p{N}\s/'’-]/u;
/** Words after a value: the value was the first word of a sentence (« Note : non applicable »). */
const GOES_ON = /^\s*[\p{L}\p{N}]/u;

function flagValue(value: string): boolean | undefined {
  const folded = value.toLowerCase();
  if (FLAG_YES.test(folded)) return true;
  return FLAG_NO.test(folded) ? false : undefined;
}

/** Whether a text holds a marker as written, or a flag's label and value in this order, their words folded. */
function holds(text: string, flag: Flag): boolean {
  if (flag.yes === undefined) return text.includes(flag.written);
  if (!text.includes(':')) return false;
  return ` ${foldedWords(text)} `.includes(` ${foldedWords(flag.written)} `);
}

/** Whether a text holds a flag's label with both values (« … [Éliminatoire : OUI] …, contrairement aux [Éliminatoire : NON] »). */
function bothValues(text: string, flag: Flag): boolean {
  return flag.yes !== undefined && labelledFlags(text).some((other) => other.label === flag.label && other.yes !== flag.yes);
}

/** A text's words folded for matching, without the marks between them (brackets, colons, inline code). */
function foldedWords(text: string): string {
  let folded = FOLDED_WORDS.get(text);
  if (folded === undefined) {
    folded = normalizeForMatching(text)
      .replace(/[^\p{L}\p{N}☒☑✓✔☐✗✘]+/gu, ' ')
      .trim();
    if (FOLDED_WORDS.size > 2_000) FOLDED_WORDS.clear();
    FOLDED_WORDS.set(text, folded);
  }
  return folded;
}

/** The passages' words folded, asked again for each flagged entry after them. */
const FOLDED_WORDS = new Map<string, string>();

/** Whether a unit stating a rejection case's item makes it a case of automatic rejection. */
function asRejectionCase(model: DocumentModel, item: RejectionCase): (unit: DocumentUnit) => boolean {
  // Its wording names the rejection ground itself.
  if (item === 'abnormallyLowPrice') return () => true;
  return (unit) =>
    readAsPassage(unit) &&
    (unit.kind !== 'heading' || unitStates(unit, item)) &&
    automatic(unit.normalized) &&
    aboutRejection(model, unit) &&
    !contraryRowConsequence(model, unit, item) &&
    notRejectedFlag(model, unit) === undefined &&
    !deniesRejection(unit, item) &&
    groupDenial(model, unit) === undefined &&
    !rejectedAfterFailedCorrection(unit, item) &&
    !keepsOneBid(unit, item);
}

/**
 * Whether a passage says that the breach it names is no case of rejection (REJECTION_DENIED: « L'absence de la pièce A-2
 * ou d'une signature n'est pas une cause de rejet automatique », "A missing signature does not result in rejection", « Une
 * rature non paraphée peut être corrigée »): in a clause naming the item, with no rejection left in it once the denial is
 * taken out. A clause that rejects for the item and denies it for another (« La soumission non signée est rejetée, mais
 * l'absence de la pièce A-2 n'est pas une cause de rejet ») states the case.
 */
function deniesRejection(unit: DocumentUnit, item: ItemName): boolean {
  return clausesOf(unit.normalized).some((clause) => {
    const denial = REJECTION_DENIED.exec(clause);
    if (!denial || !matchesPhrase(RECOGNISERS[item], clause)) return false;
    const rest = `${clause.slice(0, denial.index)} ${clause.slice(denial.index + denial[0].length)}`;
    return !matchesPhrase(RECOGNISERS.rejection, rest) && !matchesPhrase(RECOGNISERS.rejectionSanction, rest);
  });
}

/**
 * The clause of the passage that stands for a group of breaches, an entry's list introduction or its section's title, that
 * makes them correctable or no cause of rejection (« Constituent des irrégularités mineures, que le Ministère peut demander
 * au soumissionnaire de corriger : », "The Board may ask the bidder to correct the following minor irregularities:",
 * « ### Irrégularités mineures »): the breach stated under it is the contrary of its case. Only where the passage rejects
 * nothing besides: one that sanctions the entries and spares only the others (« Les exigences marquées [RA] entraînent le
 * rejet automatique. Les autres irrégularités peuvent être corrigées ») still sanctions them. As written.
 */
function groupDenial(model: DocumentModel, unit: DocumentUnit): string | undefined {
  const section = innermostSection(model, unit.start);
  const groups = [...(isEntry(unit) ? introductionsOf(model, unit) : []), ...(section && section.heading !== unit ? [section.heading] : [])];
  for (const group of groups) {
    const denial = REJECTION_DENIED.exec(group.normalized);
    if (!denial) continue;
    const rest = `${group.normalized.slice(0, denial.index)} ${group.normalized.slice(denial.index + denial[0].length)}`;
    if (matchesPhrase(RECOGNISERS.rejection, rest) || matchesPhrase(RECOGNISERS.rejectionSanction, rest)) continue;
    return clausesOf(group.text).find((clause) => REJECTION_DENIED.test(normalizeForMatching(clause))) ?? group.text;
  }
  return undefined;
}

function groupDeniedLacks(clause: string): Localized {
  return {
    fr: `il figure parmi les irrégularités dont le non-respect n’entraîne pas le rejet automatique (« ${clause} »)`,
    en: `it is listed among irregularities whose breach does not result in automatic rejection ("${clause}")`,
  };
}

/**
 * Whether a clause naming the item rejects the bid only once the bidder has failed to correct the breach within a delay
 * the body sets (REJECTED_AFTER_FAILED_CORRECTION): the breach is correctable, not a case of automatic rejection.
 */
const rejectedAfterFailedCorrection = (unit: DocumentUnit, item: ItemName): boolean =>
  clausesOf(unit.normalized).some((clause) => REJECTED_AFTER_FAILED_CORRECTION.test(clause) && matchesPhrase(RECOGNISERS[item], clause));

const CORRECTABLE_FIRST: Localized = {
  fr: 'il ne rejette la soumission que si le soumissionnaire omet de corriger le manquement dans le délai fixé, ce qui en fait une irrégularité corrigible',
  en: 'it rejects the bid only if the bidder fails to correct the breach within the time set, which makes it a correctable irregularity',
};

const DENIED: Localized = {
  fr: 'il dit que son non-respect n’est pas une cause de rejet automatique',
  en: 'it says that failing it is no cause of automatic rejection',
};

/**
 * Whether a passage stating several bids by one provider keeps one of them (the last, the lowest, the one the provider
 * names) and does not reject them all: art. 7 al. 2 rejects every one, so the passage states the contrary of the case.
 */
function keepsOneBid(unit: DocumentUnit, item: RejectionCase): boolean {
  return item === 'multipleBids' && SEVERAL_BIDS_ONE_KEPT.test(unit.normalized) && !SEVERAL_BIDS_ALL_REJECTED.test(unit.normalized);
}

const ONE_BID_KEPT: Localized = {
  fr: 'il garde l’une des soumissions du prestataire (la dernière, la plus basse, celle qu’il désigne) au lieu de les rejeter toutes',
  en: 'it keeps one of the provider’s bids (the last, the lowest, the one it names) instead of rejecting them all',
};

/**
 * Whether a table row gives its case a consequence other than rejection, and none that is rejection, in the column
 * where most of the table's other rows give the rejection (« | Soum. conditionnelle | → correction demandée au
 * soumissionnaire | » among rows « | … | → rejet automatique | ») or under a header that names it (« Non »): the row's
 * own consequence, over its section's title and its table's header.
 */
function contraryRowConsequence(model: DocumentModel, unit: DocumentUnit, item: RejectionCase): boolean {
  if (unit.kind !== 'tableRow' || !unit.cells || unit.cells.length < 2) return false;
  const rejects = (cell: string | undefined) => cell !== undefined && matchesPhrase(RECOGNISERS.rejection, normalizeForMatching(cell));
  if (unit.cells.some((cell) => rejects(cell) || AFFIRMATIVE_ANSWER.test(cell.trim()))) return false;
  const header = headerOf(model, unit);
  const rows = otherRowsOf(model, unit);
  return unit.cells.some(
    (cell, column) =>
      column > 0 &&
      cell.trim() !== '' &&
      // The cell that words the case is the case, not its consequence: a header naming the rejection names the rows
      // themselves (« | ID | Cas de rejet automatique [RA] | » over « | EXG-CNF-01 | La soumission n'est pas reçue… | »).
      !matchesPhrase(RECOGNISERS[item], normalizeForMatching(cell)) &&
      (rejects(header?.cells?.[column]) || 2 * rows.filter((row) => rejects(row.cells?.[column])).length > rows.length),
  );
}

/** The other rows of a row's table, its header aside: the rows around it of the same table of its block. */
function otherRowsOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const sameTable = (row: DocumentUnit | undefined): row is DocumentUnit =>
    row !== undefined && row.kind === 'tableRow' && row.blockIndex === unit.blockIndex && row.table === unit.table;
  const index = unitIndex(model, unit);
  let first = index;
  while (sameTable(model.units[first - 1])) first--;
  let last = index;
  while (sameTable(model.units[last + 1])) last++;
  return model.units.slice(first, last + 1).filter((row) => row !== unit && row.row !== 0);
}

/** A cell that answers yes, then says more (« Oui — toutes ses soumissions »). */
const AFFIRMATIVE_ANSWER = /^(?:oui|yes|[x✓✔☑☒])(?![\p{L}\d])/iu;

/** A case the passage (folded for matching) only allows to reject is not a case of automatic rejection. */
function automatic(normalized: string): boolean {
  return !DISCRETIONARY_REJECTION.test(normalized) || MANDATORY_REJECTION.test(normalized);
}

const DISCRETIONARY: Localized = {
  fr: 'le rejet n’y est qu’une faculté, non un rejet automatique',
  en: 'the rejection there is only possible, not automatic',
};
const UNSANCTIONED: Localized = {
  fr: 'il énonce l’exigence sans dire que son non-respect entraîne le rejet automatique',
  en: 'it states the requirement without saying that failing it results in automatic rejection',
};
/**
 * A passage about rejection that names a case without making it a case of automatic rejection: it only
 * allows the rejection (« pourra être rejetée, à la discrétion du Cégep »). Evidence to confirm, not
 * proof that the case is missing.
 */
export function weakRejectionCase(model: DocumentModel, item: RejectionCase): WeakEvidence | undefined {
  if (item === 'abnormallyLowPrice') return undefined; // A discretionary wording is its own finding (art. 7.1).
  for (const unit of findItem(model, item)) {
    if (!readAsPassage(unit)) continue;
    if (deniesRejection(unit, item)) return { unit, lacks: DENIED, template: `${item}/other-consequence`, contrary: true };
    const grouped = groupDenial(model, unit);
    if (grouped) return { unit, lacks: groupDeniedLacks(grouped), template: `${item}/other-consequence`, contrary: true };
    if (rejectedAfterFailedCorrection(unit, item)) return { unit, lacks: CORRECTABLE_FIRST, template: `${item}/other-consequence`, contrary: true };
    if (keepsOneBid(unit, item)) return { unit, lacks: ONE_BID_KEPT, template: `${item}/one-kept`, contrary: true };
    const flag = notRejectedFlag(model, unit);
    if (flag) return { unit, lacks: notRejectedLacks(flag), template: `${item}/other-consequence`, contrary: true };
    if (!automatic(unit.normalized) && aboutRejection(model, unit)) return { unit, lacks: DISCRETIONARY, template: `${item}/discretionary` };
  }
  // The requirement the case breaks, whose breach only allows the rejection (« …, à défaut de quoi elle pourra être
  // rejetée »), or is set among the conformity conditions without rejection as its sanction (« La soumission doit : a)
  // être signée… » under « Conditions de conformité »).
  const requirement = requirementOf(item);
  if (!requirement) return undefined;
  for (const unit of findItem(model, requirement)) {
    if (!readAsPassage(unit)) continue;
    const sanction = sanctionOf(model, unit, requirement);
    // A row's consequence in its own words first (« | … | Bidder given 48 hours to correct | »), which its cell also denies.
    const other = sanction ? undefined : otherConsequence(model, unit);
    if (other) return { unit, lacks: otherConsequenceLacks(other), template: `${item}/other-consequence`, contrary: true };
    if (deniesRejection(unit, requirement)) return { unit, lacks: DENIED, template: `${item}/other-consequence`, contrary: true };
    const grouped = groupDenial(model, unit);
    if (grouped) return { unit, lacks: groupDeniedLacks(grouped), template: `${item}/other-consequence`, contrary: true };
    if (rejectedAfterFailedCorrection(unit, requirement)) return { unit, lacks: CORRECTABLE_FIRST, template: `${item}/other-consequence`, contrary: true };
    if (sanction && !automatic(sanction)) return { unit, lacks: DISCRETIONARY, template: `${item}/discretionary` };
    const flag = sanction ? undefined : notRejectedFlag(model, unit);
    if (flag) return { unit, lacks: notRejectedLacks(flag), template: `${item}/other-consequence`, contrary: true };
    const spared = noteDenial(model, unit);
    if (spared) return { unit, lacks: noteDeniedLacks(spared), template: `${item}/other-consequence`, contrary: true };
    if (!sanction && aboutRejection(model, unit) && !(rejectsOnlyBefore(unit, requirement) && casesListedElsewhere(model, item))) {
      return { unit, lacks: UNSANCTIONED, template: `${item}/requirement-without-sanction` };
    }
  }
  return undefined;
}

/**
 * Whether a passage that states a requirement speaks of rejection only in sentences before the requirement's, each then
 * about a case of its own (« Le CISSS n'accepte aucune soumission transmise par télécopieur. Toute rature … doit être
 * paraphée par la PA. »): none of them sanctions the requirement, which a sanction follows or holds.
 */
function rejectsOnlyBefore(unit: DocumentUnit, requirement: ItemName): boolean {
  const sentences = sentenceSpans(unit.text).map(({ start, end }) => normalizeForMatching(unit.text.slice(start, end)));
  const first = sentences.findIndex((sentence) => matchesPhrase(RECOGNISERS[requirement], sentence));
  const rejects = (sentence: string) => matchesPhrase(RECOGNISERS.rejection, sentence) || matchesPhrase(RECOGNISERS.rejectionSanction, sentence);
  return first > 0 && sentences.slice(0, first).some(rejects) && !sentences.slice(first).some(rejects);
}

/**
 * Whether the documents state at least two other cases of art. 7 as cases of automatic rejection: they list the cases
 * elsewhere, and a requirement their list leaves out is not one.
 */
function casesListedElsewhere(model: DocumentModel, item: RejectionCase): boolean {
  let listed = 0;
  for (const other of NAMED_CASES) if (other !== item && statesRejectionCase(model, other) && ++listed === 2) return true;
  return false;
}

/** Whether the document states a rejection case (stops at the first passage that does). */
export function statesRejectionCase(model: DocumentModel, item: RejectionCase): boolean {
  return caseWordings(item).some((wording) =>
    'units' in wording ? wording.units(model).length > 0 : itemStatedWhere(model, wording.item, wording.states(model)),
  );
}

/** The cases art. 7 names itself, and the items that state them: what a list of rejection cases holds besides 7°. */
const NAMED_CASES = REJECTION_CASES.filter((item) => item !== 'otherDesignatedCondition');
const NAMED_CASE_ITEMS: ItemName[] = [...NAMED_CASES, ...Object.values(BREACHED_REQUIREMENT)];

/**
 * 7° applied by listing: an entry of a list (or a row of a table) of automatic rejection cases that states none of the
 * cases art. 7 names (« g) qui n'obtient pas 70 points au critère 3 », "Quality proposal over the 25-page limit"). The
 * list designates it as causing automatic rejection, as 7° asks. Only in a list where two other entries state named
 * cases automatically, so the list is known to be one of automatic rejection cases (one entry read as a case, as a
 * date in a list of admissibility conditions may be, does not make its list one).
 */
function otherConditionsListed(model: DocumentModel): DocumentUnit[] {
  const listed = new Set<DocumentUnit>();
  const seen = new Set<DocumentUnit>();
  const statesAnItem = (entry: DocumentUnit): boolean => NAMED_CASE_ITEMS.some((item) => unitStates(entry, item));
  // The lists are found by the entries whose words state an item (memoised per block); whether an entry states its
  // case as one of automatic rejection is asked only in a list that also holds an entry stating none.
  for (const item of NAMED_CASE_ITEMS) {
    for (const unit of findItem(model, item)) {
      if (!isEntry(unit) || seen.has(unit)) continue;
      const entries = entriesBeside(model, unit);
      for (const entry of entries) seen.add(entry);
      const stating = new Set(entries.filter(statesAnItem));
      if (stating.size < 2 || stating.size === entries.length) continue;
      let confirmed = 0;
      for (const entry of stating) if (statesNamedCase(model, entry) && ++confirmed === 2) break;
      if (confirmed < 2) continue;
      for (const entry of entries) {
        if (stating.has(entry)) continue;
        if (!readAsPassage(entry) || introduces(entry) || !automatic(entry.normalized)) continue;
        // The entry that closes a list sanctions the others (« (25) La soumission qui ne respecte pas l'une des conditions
        // du paragraphe (24) est rejetée »); it designates no condition of its own.
        if (namesRequirements(entry)) continue;
        if (aboutRejection(model, entry)) listed.add(entry);
      }
    }
  }
  return [...listed].sort((left, right) => left.start - right.start);
}

/** Whether an entry states one of the cases art. 7 names as a case of automatic rejection (findRejectionCase's test, for one unit). */
function statesNamedCase(model: DocumentModel, entry: DocumentUnit): boolean {
  return NAMED_CASES.some((item) =>
    caseWordings(item).some((wording) => 'states' in wording && unitStates(entry, wording.item) && wording.states(model)(entry)),
  );
}

/**
 * The entries of an entry's list or table: the entries of its kind next to it, at its indentation (a nested entry
 * explains its parent: "* The clock of the reception desk is the official clock."), a table's body rows (not its header).
 */
function entriesBeside(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const column = columnOf(model, unit);
  const sameList = (other: DocumentUnit | undefined): other is DocumentUnit =>
    other !== undefined &&
    other.kind === unit.kind &&
    isEntry(other) &&
    (unit.kind === 'tableRow' ? other.table === unit.table && other.row !== 0 : columnOf(model, other) === column);
  const index = unitIndex(model, unit);
  let first = index;
  while (sameList(model.units[first - 1])) first--;
  let last = index;
  while (sameList(model.units[last + 1])) last++;
  return model.units.slice(first, last + 1);
}

function aboutRejection(model: DocumentModel, unit: DocumentUnit): boolean {
  if (unitStates(unit, 'rejection')) return true;
  if (isEntry(unit)) {
    if (introductionsOf(model, unit).some((intro) => unitStates(intro, 'rejection') || groupSanction(model, intro) !== undefined)) return true;
    // A table's header row says what its rows are, as a list's introduction does (« Cas entraînant le rejet automatique
    // de la soumission », over a table under a heading that is a number alone).
    const header = headerOf(model, unit);
    if (header && unitStates(header, 'rejection')) return true;
    if (markerSanction(model, unit) !== undefined) return true;
    // The passage that closes its list rejects the bid that fails the list's requirements.
    if (closingOf(model, unit)) return true;
  }
  return (
    model.sections.some(
      (section) => section.start <= unit.start && unit.start < section.end && matchesHeading(RECOGNISERS.rejection, section.heading.normalized),
    ) ||
    // A passage of its section rejects the bid that fails any of the section's requirements (« Conséquence : Le non-respect
    // de l'une des conditions de la présente rubrique entraîne le rejet automatique », under a title that is a number alone).
    sectionSanction(model, unit) !== undefined
  );
}

/**
 * An entry of a list: a list item (lines typed « a) … », « b) … » are one: markdownTree.ts) or a table row,
 * or a paragraph that opens with its letter or number, as drafters write lists without list markup, an
 * entry per paragraph (« (a) it is not received…; », a blank line, « (b) … »), or a definition under its term.
 */
function isEntry(unit: DocumentUnit): boolean {
  return unit.kind === 'listItem' || unit.kind === 'tableRow' || (unit.kind === 'paragraph' && (unit.definition === true || ENTRY_MARK.test(unit.normalized)));
}

const ENTRY_MARK = /^(?:\(?[a-z]\)|\(?\d{1,2}\)|\d{1,2}°|[ivx]{1,4}\)) /;

function columnOf(model: DocumentModel, unit: DocumentUnit): number {
  return unit.start - model.text.lastIndexOf('\n', unit.start - 1) - 1;
}

/** The header row of the table a row belongs to; undefined for the header itself or a unit of no table. */
function headerOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit | undefined {
  if (unit.kind !== 'tableRow' || !unit.row) return undefined;
  let index = unitIndex(model, unit) - 1;
  while (index >= 0 && model.units[index].kind === 'tableRow' && model.units[index].table === unit.table && model.units[index].row) index--;
  const header = model.units[index];
  return header?.kind === 'tableRow' && header.table === unit.table && header.row === 0 ? header : undefined;
}

/**
 * The passages a list entry or table row belongs under: the nearest one before it that introduces what follows
 * (« (24) Pour être déclarée conforme, la soumission doit : », an entry by its number, introduces the list under
 * it), and the nearest unit before its list or table, when each is read as a passage (a line typed in capitals,
 * « A TENDER IS AUTOMATICALLY REJECTED IF: », is a title that still says what a paragraph does). A list within
 * an entry is under both.
 */
function introductionsOf(model: DocumentModel, unit: DocumentUnit): DocumentUnit[] {
  const intros: DocumentUnit[] = [];
  let index = unitIndex(model, unit) - 1;
  for (; index >= 0 && isEntry(model.units[index]); index--) {
    if (intros.length === 0 && introduces(model.units[index])) intros.push(model.units[index]);
  }
  const intro = model.units[index];
  if (intro && readAsPassage(intro)) intros.push(intro);
  return intros;
}

/** Whether a passage introduces what follows it: it ends with a colon (« La soumission doit : », "The bid must:"). */
function introduces(unit: DocumentUnit): boolean {
  return unit.normalized.endsWith(':');
}
