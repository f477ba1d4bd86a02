import { knownBlocksWhere, someBlockWhere, unitsWhere } from '../document/incremental.js';
import { PASSAGE_KINDS, combinedOf, firstUnitFrom, unitIndex, type DocumentModel, type DocumentUnit } from '../document/model.js';
import { readAsPassage, type ParsedBlock, type TextUnit } from '../document/markdown.js';
import { LANGUAGE_TAG } from '../document/markdownTree.js';
import { readingMade } from '../document/readings.js';
import { normalizeForMatching } from '../text/normalize.js';
import { inFigures } from '../text/numberWords.js';
import type { Localized } from '../types.js';
import {
  RECOGNISERS,
  addItems,
  addPossibleItems,
  hasItem,
  headingEvidence,
  matchesHeading,
  noItems,
  phraseEvidence,
  readingOf,
  templatesOf,
  withoutOtherStatements,
  type ItemName,
  type ItemRecogniser,
  type ItemSet,
} from './recognisers.js';
import { matchTemplate, type TokenizedText } from './lexicon/template.js';
import { tokenize, type Tokens } from './lexicon/lemma.js';
import { plainObligation } from './lexicon/obligation.js';
import { canonicalOrder } from './lexicon/inversion.js';
import { declarativeQuestion } from './lexicon/question.js';
import { TEMPLATE_MARK, findPlaceholders, vacantValue, withoutTemplateMarks } from './placeholders.js';
import { BARE_TITLES, bidsTitle, heldByOther } from './titles.js';
import { isSuperseded, supersededUnits } from './supersession.js';

/**
 * Units that state an item: a heading naming it or prose expressing it. Results are memoised on each
 * cached block, and which blocks match is carried over from the previous version of the document,
 * so after an edit only the changed blocks are looked at; in a dossier, only the edited file's.
 */
export function findItem(model: DocumentModel, item: ItemName): DocumentUnit[] {
  return inForce(
    model,
    ofTheBids(
      model,
      item,
      withAnswers(
        unitsWhere(model, `item:${item}`, (index) => matchingUnits(model.blocks[index].parsed, item)),
        answersStating(model, item),
      ),
    ),
  );
}

/** The units that are text of the call: a clause another passage replaces or sets aside is not (legal/supersession.ts). */
function inForce(model: DocumentModel, units: DocumentUnit[]): DocumentUnit[] {
  return supersededUnits(model).size === 0 ? units : units.filter((unit) => !isSuperseded(model, unit));
}

/**
 * An answer whose subject is only in its question (« **Q. Comment obtenir les documents d'appel d'offres?** » —
 * « R. Uniquement par l'intermédiaire du SEAO. »): the question is a title over its answer, and the answer is read with
 * its question's words before it, as a field under its label (« comment obtenir les documents d'appel d'offres :
 * uniquement par l'intermediaire du seao »), as a title without its noun is read with its heading. A question is a
 * heading, or a short paragraph, that ends with « ? » (the cheap test); its answer is the prose after it, up to the next
 * heading or question. These readings depend on two units that may lie in two blocks: they are the model's.
 */
interface Answer {
  unit: DocumentUnit;
  /** The answer read with its question's words, as a passage. */
  read: TextUnit;
  /** The items it states so read, found when first asked. */
  states: Map<ItemName, boolean>;
  /** The unit questions (findUnits) it answers yes so read, by key, found when first asked. */
  accepted: Map<string, boolean>;
}

/** A model's answers, and the question still open at its end (a dossier's next file may open with its answer). */
interface Answers {
  list: Answer[];
  open: string | undefined;
}

const ANSWERS = new WeakMap<DocumentModel, Answers>();

/**
 * The mark that opens an answer (« R. », « Réponse : », "A:", "Answer:"): no words of it, and read after the question
 * it would stand between the question's object and the answer's words as a sentence of its own.
 */
const ANSWER_MARK = /^(?:R|A|Rép|Réponse|Reponse|Answer|Ans)\s?[.:]\s+/u;

/** A paragraph longer than this that ends with « ? » is prose that asks, not a question titling what follows. */
const QUESTION_LENGTH = 200;

function answersOf(model: DocumentModel): Answer[] {
  return answersRead(model).list;
}

function answersRead(model: DocumentModel): Answers {
  let answers = ANSWERS.get(model);
  if (!answers) {
    const parts = combinedOf(model)?.parts;
    answers = parts ? combinedAnswers(model, parts) : scanAnswers(model.units, 0, model.units.length, undefined);
    ANSWERS.set(model, answers);
  }
  return answers;
}

/**
 * A dossier's answers: each file's own, moved to its place, where no question is open at its start (those of an
 * unchanged file are not looked for again at each version); the file read anew after a question left open.
 */
function combinedAnswers(model: DocumentModel, parts: NonNullable<ReturnType<typeof combinedOf>>['parts']): Answers {
  const list: Answer[] = [];
  let open: string | undefined;
  for (const { model: part, unitBase } of parts) {
    const read = open === undefined ? undefined : scanAnswers(model.units, unitBase, unitBase + part.units.length, open);
    if (read) {
      for (const answer of read.list) list.push(answer);
      open = read.open;
      continue;
    }
    const own = answersRead(part);
    for (const answer of own.list) {
      const unit = model.units[unitBase + unitIndex(part, answer.unit)];
      list.push({ unit, read: { ...answer.read, start: unit.start, end: unit.end }, states: new Map(), accepted: new Map() });
    }
    open = own.open;
  }
  return { list, open };
}

/** The answers among units [from, to), the question before them (`question`) still open. */
function scanAnswers(units: readonly DocumentUnit[], from: number, to: number, question: string | undefined): Answers {
  const list: Answer[] = [];
  let after: DocumentUnit | undefined = units[from - 1];
  for (let index = from; index < to; index++) {
    const unit = units[index];
    const asks = unit.text.endsWith('?') && (unit.kind === 'heading' || (unit.kind === 'paragraph' && unit.text.length <= QUESTION_LENGTH));
    // A short answer set as a title (in bold, in capitals) is read as a passage: it answers the question just above it.
    const answering =
      question !== undefined &&
      (unit.kind === 'paragraph' || unit.kind === 'listItem' || (unit.kind === 'heading' && after?.text.endsWith('?') === true && readAsPassage(unit)));
    after = unit;
    if (asks || (unit.kind === 'heading' && !answering)) question = asks ? unit.text.slice(0, -1).trimEnd() : undefined;
    else if (answering) {
      // A bilingual document's answer may open with its language tag (« FR : R. Par l'intermédiaire du SEAO… »).
      const text = `${question} : ${unit.text.replace(LANGUAGE_TAG, '').replace(ANSWER_MARK, '')}`;
      list.push({
        unit,
        read: { kind: 'paragraph', start: unit.start, end: unit.end, text, normalized: normalizeForMatching(text) },
        states: new Map(),
        accepted: new Map(),
      });
    }
  }
  return { list, open: question };
}

/** The answers that state an item once read with their question's words, in document order. */
function answersStating(model: DocumentModel, item: ItemName): DocumentUnit[] {
  const stating: DocumentUnit[] = [];
  for (const answer of answersOf(model)) {
    let states = answer.states.get(item);
    if (states === undefined) answer.states.set(item, (states = templateOf(answer.read, item) !== undefined));
    if (states) stating.push(answer.unit);
  }
  return stating;
}

/** Units that state an item by their own words, with the answers that state it with their question's, in document order. */
function withAnswers(units: DocumentUnit[], answers: DocumentUnit[]): DocumentUnit[] {
  const more = answers.filter((answer) => !units.includes(answer));
  return more.length === 0 ? units : [...units, ...more].sort((a, b) => a.start - b.start);
}

/**
 * The units that state an item, but those that state it by a title without its subject (« Validité », « Réception »)
 * under a title that names something else that has one (« Attestation de Revenu Québec », « Plaintes »): read as the
 * bids' in the block (titles.ts), each is read in its place here. Only the items such a title may state are looked at.
 */
function ofTheBids(model: DocumentModel, item: ItemName, units: DocumentUnit[]): DocumentUnit[] {
  if (!titledItems().has(item)) return units;
  return units.some((unit) => heldElsewhere(model, unit, item)) ? units.filter((unit) => !heldElsewhere(model, unit, item)) : units;
}

/** Whether a unit states an item only by a title without its subject, under a title that names another holder. */
function heldElsewhere(model: DocumentModel, unit: DocumentUnit, item: ItemName): boolean {
  if (readingsOf(unit).titled.length === 0) return false;
  // A passage that states it in its own words (« **Validité.** Les soumissions demeurent valides 90 jours. ») is the bids'.
  if (unit.kind !== 'heading' && unitStates(unit, item)) return false;
  return heldByOther(model, unit, withoutNumbering);
}

let titled: Set<ItemName> | undefined;

/** The items a title without its subject may state (the headings of BARE_TITLES): the others are never filtered. */
function titledItems(): Set<ItemName> {
  if (!titled) {
    // Each title is asked only for the items it could state at all, as a unit's reading is.
    const read = BARE_TITLES.map((title) => {
      const reading = readingOf(title);
      const items = noItems();
      addPossibleItems(items, title, reading, 'heading');
      return { title, reading, items };
    });
    titled = new Set(
      ITEMS.filter((item) =>
        read.some(({ title, reading, items }) => hasItem(items, item) && headingEvidence(RECOGNISERS[item], title, reading) !== undefined),
      ),
    );
  }
  return titled;
}

/**
 * The units starting within [start, end) that state an item: findItem's answer there, in the same order,
 * from the blocks that hold such units only (a section: the notice of a call whose documents follow it).
 */
export function findItemWithin(model: DocumentModel, item: ItemName, start: number, end: number): DocumentUnit[] {
  // The units starting within are those of indexes [first, last): units are in order of their start.
  const first = firstUnitFrom(model, start);
  const last = firstUnitFrom(model, end);
  let found: DocumentUnit[] = [];
  // Where known, only the blocks stating the item (see statedBy).
  const stating = knownBlocksWhere(model, `item:${item}`, (index) => matchingUnits(model.blocks[index].parsed, item).length > 0);
  for (const block of stating ? stating.map((index) => model.blocks[index]) : model.blocks) {
    if (block.firstUnit >= last) break;
    if (block.firstUnit + block.parsed.units.length <= first) continue;
    for (const index of matchingUnits(block.parsed, item)) {
      const at = block.firstUnit + index;
      if (first <= at && at < last) found.push(model.units[at]);
    }
  }
  found = withAnswers(
    found,
    answersStating(model, item).filter((answer) => start <= answer.start && answer.start < end),
  );
  return inForce(model, ofTheBids(model, item, found));
}

/**
 * Whether some unit states an item (findItem's answer is not empty), without looking past the first block
 * that does (in the server too: a rule's step is cut between two readings, see readings.ts).
 */
export function itemStated(model: DocumentModel, item: ItemName): boolean {
  if (supersededUnits(model).size > 0) return itemStatedWhere(model, item, () => true);
  // An item a title without its subject may state is stated by a unit findItem keeps, the first block holding one the last asked.
  if (someBlockStates(model, item) && (!titledItems().has(item) || statedBy(model, item, () => true))) return true;
  return answersStating(model, item).some((unit) => !heldElsewhere(model, unit, item));
}

/** Whether some block holds a unit stating an item, read alone (the fact carried over from the previous version). */
const someBlockStates = (model: DocumentModel, item: ItemName): boolean =>
  someBlockWhere(model, `item:${item}`, (index) => matchingUnits(model.blocks[index].parsed, item).length > 0);

/**
 * Whether some unit stating an item is one `accepts` takes (findItem's answer filtered is not empty): the
 * blocks stating it are asked until one holds such a unit. Nothing is kept: `accepts` may depend on the
 * document (where its notice is).
 */
export function itemStatedWhere(model: DocumentModel, item: ItemName, acceptsAny: (unit: DocumentUnit) => boolean): boolean {
  const superseded = supersededUnits(model);
  const accepts = superseded.size === 0 ? acceptsAny : (unit: DocumentUnit) => !superseded.has(unit) && acceptsAny(unit);
  return (
    (someBlockStates(model, item) && statedBy(model, item, accepts)) ||
    answersStating(model, item).some((unit) => accepts(unit) && !heldElsewhere(model, unit, item))
  );
}

/** Whether a block holds a unit stating an item that `accepts` takes and findItem keeps, asked until one does. */
function statedBy(model: DocumentModel, item: ItemName, accepts: (unit: DocumentUnit) => boolean): boolean {
  const placed = titledItems().has(item);
  const holdsAccepted = (index: number) => {
    const block = model.blocks[index];
    return matchingUnits(block.parsed, item).some((own) => {
      const unit = model.units[block.firstUnit + own];
      return accepts(unit) && !(placed && heldElsewhere(model, unit, item));
    });
  };
  // Where the blocks stating the item are known (findItem's, kept from the previous version, the changed blocks asked): those only.
  const stating = knownBlocksWhere(model, `item:${item}`, (index) => matchingUnits(model.blocks[index].parsed, item).length > 0);
  return stating ? stating.some(holdsAccepted) : someBlockWhere(model, undefined, holdsAccepted);
}

/** Indexes of a block's units that state the item, memoised on the (cached) block. */
function matchingUnits(parsed: ParsedBlock, item: ItemName): number[] {
  let indexes = parsed.memo.get(item);
  if (!indexes) {
    indexes = [];
    const { units } = parsed;
    if (hasItem(blockItems(parsed), item)) {
      for (let index = 0; index < units.length; index++) {
        const unit = units[index];
        if (isRead(unit) && templateOf(unit, item) !== undefined) indexes.push(index);
      }
    }
    parsed.memo.set(item, indexes);
    readingMade();
  }
  return indexes;
}

/** Whether findItem reads a unit: a heading or prose. */
function isRead(unit: TextUnit): boolean {
  return unit.kind === 'heading' || PASSAGE_KINDS.has(unit.kind);
}

/**
 * The items some unit of a (cached) block could state: every item is asked of every block, and most
 * blocks state none of the items asked. Kept while the block is, for it holds no reading.
 */
const BLOCK_ITEMS = new WeakMap<ParsedBlock, ItemSet>();

function blockItems(parsed: ParsedBlock): ItemSet {
  let items = BLOCK_ITEMS.get(parsed);
  if (!items) {
    items = noItems();
    for (const unit of parsed.units) if (isRead(unit)) addItems(items, readingsOf(unit).items);
    BLOCK_ITEMS.set(parsed, items);
  }
  return items;
}

/**
 * A passage that comes close to stating an item without stating it all: the rule then asks the drafter
 * to confirm (a warning on the passage) instead of reporting the item missing.
 */
export interface WeakEvidence {
  unit: DocumentUnit;
  /** What the passage lacks, said to the drafter. */
  lacks: Localized;
  template: string;
  /** The fill-in mark left where the item's value goes (unfilledField): only the drafter can write the value. */
  fillIn?: string;
  /**
   * The passage states the contrary of the item (a consequence other than the rejection the item is): not evidence to confirm
   * but the item's defect, said as the item missing is, on the passage.
   */
  contrary?: true;
}

/**
 * The first passage that is weak evidence of an item, if any: one its recogniser's `weak` templates match,
 * else a field that names the item and whose value is left to fill (unfilledField).
 */
export function findWeakEvidence(model: DocumentModel, item: ItemName): WeakEvidence | undefined {
  if (templatesOf(RECOGNISERS[item]).weak.length > 0) {
    const [unit] = findUnits(model, WEAK_EVIDENCE[item]);
    if (unit) {
      const template = weakTemplate(unit, item)!;
      return { unit, lacks: template.lacks, template: template.id };
    }
  }
  const [unit] = findUnits(model, UNFILLED_FIELD[item]);
  const mark = unit && unfilledField(unit, item);
  if (!mark) return undefined;
  return {
    unit,
    lacks: { fr: `sa valeur est laissée à compléter (« ${mark} »)`, en: `its value is left to fill in (“${mark}”)` },
    template: `${item}/unfilled-field`,
    fillIn: mark,
  };
}

/**
 * A template's field that names the item with its value left to fill (« Date limite de réception : [Indiquer la
 * date] », a table row « Renseignements | ___ »), as its fill-in mark: the item is there to be stated, and the
 * drafter is told which value is missing rather than that the item is (a mark is never evidence that states it).
 */
function unfilledField(unit: TextUnit, item: ItemName): string | undefined {
  TEMPLATE_MARK.lastIndex = 0;
  if (!TEMPLATE_MARK.test(unit.text)) return undefined;
  // Each line (its label read from its words), or each field the parse found (« **Date limite** — [Indiquer la date] »),
  // its value with its label.
  const fields: [string, string | undefined][] =
    unit.cells && unit.cells.length >= 2
      ? [[`${unit.cells[0]} : ${unit.cells.slice(1).join(' ')}`, undefined]]
      : unit.text.split('\n').map((line) => [line, undefined]);
  for (const [label, value] of fieldTexts(unit)) fields.push([value, normalizeForMatching(label)]);
  for (const [field, recorded] of fields) {
    const [mark] = findPlaceholders(field);
    if (!mark) continue;
    const bare = normalizeForMatching(withoutTemplateMarks(field)).trim();
    const label = recorded === undefined ? (BARE_LABEL.test(bare) ? RUN_IN_LABEL.exec(bare)?.[1] : undefined) : BARE_VALUE.test(bare) ? recorded : undefined;
    if (label && matchesHeading(RECOGNISERS[item], label)) return mark.text;
  }
  return undefined;
}

/** The weak template a unit's own reading (whose tokens are kept with it) matches. */
function weakTemplate(unit: TextUnit, item: ItemName) {
  const [reading] = readingsOf(unit).readings;
  if (!reading) return undefined;
  const recogniser: ItemRecogniser = RECOGNISERS[item];
  const read = withoutOtherStatements(recogniser, reading.text);
  const tokens = read === reading.text ? reading.tokens : readingOf(read).tokens;
  return templatesOf(recogniser).weak.find((template) => matchTemplate(template, read, tokens) !== undefined);
}

const ITEMS = Object.keys(RECOGNISERS) as ItemName[];
const WEAK_EVIDENCE = Object.fromEntries(
  ITEMS.map((item) => [item, unitQuestion(`weak:${item}`, (_, unit) => weakTemplate(unit, item) !== undefined)]),
) as Record<ItemName, UnitQuestion>;
const UNFILLED_FIELD = Object.fromEntries(
  ITEMS.map((item) => [item, unitQuestion(`unfilled:${item}`, (_, unit) => unfilledField(unit, item) !== undefined)]),
) as Record<ItemName, UnitQuestion>;

/** A label that opens a passage: a few words before a colon (not a URL's « https: »). */
export const RUN_IN_LABEL = /^((?:[^\s:]+ ){0,5}[^\s:]+) ?:(?!\/\/)/;

/**
 * Which of an item's wordings a unit states it by: a heading that names it; a passage's wording, or a
 * label that opens the passage and names the item the way a heading would (« **Option :** le Collège
 * peut… », « Date limite : … »). A template id (`seaoOnly/clause-fr`) or a pattern (`seaoOnly/pattern-2`,
 * `seaoOnly/heading-1`); undefined for a unit that does not state it.
 */
export function templateOf(unit: TextUnit, item: ItemName): string | undefined {
  const { readings, items, titled, vacant } = readingsOf(unit);
  if (!hasItem(items, item) || namedOnly(vacant, item)) return undefined;
  const recogniser = RECOGNISERS[item];
  for (const reading of readings) {
    if (unit.kind === 'heading') {
      const heading = headingEvidence(recogniser, reading.text, reading);
      if (heading) return heading;
      // A title is read as a heading only: as written, and with its obligation in its plain form.
      if (!readAsPassage(unit)) continue;
    }
    const template = phraseEvidence(recogniser, reading.text, reading, reading.renumbered);
    if (template) return template;
    const heading = reading.label ? headingEvidence(recogniser, reading.label.text, reading.label) : undefined;
    if (heading) return heading;
  }
  for (const title of titled) {
    const heading = headingEvidence(recogniser, title.text, title);
    if (heading) return heading;
  }
  return undefined;
}

/**
 * Whether a unit's own text expresses an item (no heading match). Rules ask it again at every edit, of
 * units placed anew in each version: the answer is kept by the unit's kind and text.
 */
export function unitStates(unit: DocumentUnit, item: ItemName): boolean {
  // A heading is read as it is, a passage also by its lines and without its numbering: the kind is part of the key.
  // Keyed by the unit's own text (a string a new key would copy and hash again at each edit), per kind.
  let ofKind = STATES.get(unit.kind);
  if (!ofKind) STATES.set(unit.kind, (ofKind = new Map<string, Map<ItemName, boolean>>()));
  let states = ofKind.get(unit.text);
  if (!states) {
    if (++statesKept > STATES_KEPT) {
      STATES.clear();
      STATES.set(unit.kind, (ofKind = new Map<string, Map<ItemName, boolean>>()));
      statesKept = 1;
    }
    ofKind.set(unit.text, (states = new Map<ItemName, boolean>()));
  }
  let answer = states.get(item);
  if (answer === undefined) {
    const { readings, items, vacant } = readingsOf(unit);
    answer =
      hasItem(items, item) &&
      !namedOnly(vacant, item) &&
      readings.some((reading) => phraseEvidence(RECOGNISERS[item], reading.text, reading, reading.renumbered) !== undefined);
    states.set(item, answer);
  }
  return answer;
}

const STATES = new Map<TextUnit['kind'], Map<string, Map<ItemName, boolean>>>();
let statesKept = 0;
const STATES_KEPT = 50_000;

/** A text a unit is read as, with its tokens and its opening label, kept for the unit's text: every item reads them. */
interface Reading extends TokenizedText {
  text: string;
  /** The reading before it without its numbering: only what is anchored at the start reads it apart. */
  renumbered: boolean;
  label?: TokenizedText & { text: string };
}

/** A unit's readings, and the items they could state at all (addPossibleItems): a unit is asked for every item, and states few. */
interface UnitReadings {
  readings: Reading[];
  items: ItemSet;
  /** A title or an opening label without its subject, read as the bids' (bidsTitle), as a heading: its place says whose it is. */
  titled: (TokenizedText & { text: string })[];
  /** A field whose value gives none (vacantField): its label, and whether the value says the item does not apply. */
  vacant?: { label: TokenizedText & { text: string }; notApplicable: boolean };
}

/**
 * Readings by the unit's text, a heading's apart (it is read as it is): a unit of a block and the same
 * unit placed in a document's model (which rules ask, unitStates) are read once, and so is a passage
 * repeated in a dossier. Forgotten after each analysis, and past READINGS_KEPT texts.
 */
const READINGS = { heading: new Map<string, UnitReadings>(), title: new Map<string, UnitReadings>(), passage: new Map<string, UnitReadings>() };
const READINGS_KEPT = 100_000;

/**
 * Lets the readings of the units go: every item reads a unit's tokens during an analysis, but what it
 * found is memoised on the block, and an open document's units would otherwise hold their tokens.
 */
export function forgetReadings(): void {
  READINGS.heading.clear();
  READINGS.title.clear();
  READINGS.passage.clear();
}

function readingsOf(unit: TextUnit): UnitReadings {
  // A heading read as a passage (a title typed in bold or capitals, a heading that is a field) is also read
  // as a passage is, without its numbering and by its label: its readings are kept apart from a heading's.
  const passage = unit.kind !== 'heading' || readAsPassage(unit);
  const kept = unit.kind !== 'heading' ? READINGS.passage : passage ? READINGS.title : READINGS.heading;
  let known = kept.get(unit.text);
  if (!known) {
    const readings: Reading[] = [];
    const items = noItems();
    const titled: UnitReadings['titled'] = [];
    const readTitle = (words: string) => {
      const completed = bidsTitle(words.replace(TITLE_END, ''));
      if (completed === undefined || titled.some((title) => title.text === completed)) return;
      const title = { text: completed, tokens: tokenize(completed, false), keys: undefined, literals: undefined };
      titled.push(title);
      addPossibleItems(items, completed, title, 'heading');
    };
    if (unit.kind === 'heading') {
      readTitle(withoutNumbering(unit.normalized));
      const reading = newReading(unit.normalized, tokenize(unit.normalized, false), false, undefined);
      readings.push(reading);
      // Rules also ask whether a heading's own words state an item (unitStates).
      addPossibleItems(items, reading.text, reading, 'heading');
      addPossibleItems(items, reading.text, reading, 'phrase');
      // With its obligation in its plain form (« What documents have to be submitted? »): a title read as a passage
      // has that reading among its segments.
      const plain = passage ? undefined : plainObligation(unit.normalized);
      if (plain !== undefined) {
        const reading = newReading(plain, tokenize(plain, false), false, undefined);
        readings.push(reading);
        addPossibleItems(items, plain, reading, 'heading');
        addPossibleItems(items, plain, reading, 'phrase');
      }
    }
    if (passage) {
      let previous: Reading | undefined = readings[0];
      for (const [text, field] of unit.kind === 'heading' ? [...segmentsOf(unit)].slice(1) : segmentsOf(unit)) {
        const renumbered = previous !== undefined && withoutNumbering(previous.text) === text;
        const words = field ?? RUN_IN_LABEL.exec(text)?.[1];
        const label = words !== undefined ? { text: words, tokens: tokenize(words, false), keys: undefined, literals: undefined } : undefined;
        // Numbering does not change the words: a renumbered reading shares its tokens.
        const reading = newReading(text, renumbered ? previous.tokens : tokenize(text, false), renumbered, label);
        readings.push(reading);
        addPossibleItems(items, text, reading, 'phrase');
        if (label) {
          addPossibleItems(items, label.text, label, 'heading');
          readTitle(label.text);
        }
        previous = reading;
      }
    }
    // A passage that writes in words a number read in figures (« le mardi seize mars deux mille vingt-sept, à quatorze
    // heures », « vingt pour cent ») is also read with it in figures.
    const figures = passage ? inFigures(unit.normalized)?.text : undefined;
    if (figures !== undefined) {
      const reading = newReading(figures, tokenize(figures, false), false, undefined);
      readings.push(reading);
      addPossibleItems(items, figures, reading, 'phrase');
    }
    const vacant = passage ? vacantField(unit) : undefined;
    if (kept.size >= READINGS_KEPT) kept.clear();
    kept.set(unit.text, (known = { readings, items, titled, ...(vacant && { vacant }) }));
  }
  return known;
}

/**
 * A field whose value gives no value (« Lieu d'ouverture | Non applicable », « Date d'ouverture : À déterminer »,
 * placeholders.ts's vacantValue): a table row whose cells after its label all say so, or are left empty beside its reference
 * to the regulation (« Lieu d'ouverture | | art. 4, 6° »), or a passage of one line that is one field. Read as the label alone, a template's fill-in mark gone (segmentsOf).
 */
function vacantField(unit: TextUnit): UnitReadings['vacant'] {
  let label: string | undefined;
  const kinds: ReturnType<typeof vacantValue>[] = [];
  if (unit.kind === 'tableRow') {
    const cells = unit.cells ?? [];
    label = cells[0];
    // A column of references to the regulation (« Lieu d'ouverture | | art. 4, 6° », citationsOnly) gives no value: the
    // row's value is its other cells', left blank when they are all empty. Each cell is folded once, and the first
    // that gives a value ends the reading (most rows have one).
    let given = 0;
    for (let index = 1; index < cells.length; index++) {
      if (cells[index].trim() === '') {
        given++;
        continue;
      }
      const folded = normalizeForMatching(cells[index]);
      if (citationsOnly(folded)) continue;
      given++;
      const kind = vacantValue(folded);
      if (kind === undefined) return undefined;
      kinds.push(kind);
    }
    if (kinds.length === 0 && given > 0 && given < cells.length - 1) kinds.push('toCome');
  } else {
    if (unit.text.includes('\n')) return undefined;
    const fields = fieldTexts(unit);
    const opening = fields.length === 1 && unit.fields![0].start === 0 ? fields[0] : runInField(unit.normalized);
    if (!opening) return undefined;
    label = opening[0];
    kinds.push(vacantValue(normalizeForMatching(opening[1])));
  }
  if (!label?.trim() || kinds.length === 0 || kinds.some((kind) => kind === undefined)) return undefined;
  const text = withoutNumbering(normalizeForMatching(label)).replace(TITLE_END, '');
  return {
    label: { text, tokens: tokenize(text, false), keys: undefined, literals: undefined },
    notApplicable: kinds.every((kind) => kind === 'notApplicable'),
  };
}

/**
 * Whether a folded cell only cites provisions (« art. 4, 6° », « art. 4, 5.1°; art. 9.1 », « annexe 2, art. 9 »), as the
 * reference column of a table of fields does: its words those of a citation, its numbers the provisions'.
 */
function citationsOnly(folded: string): boolean {
  const words = folded.split(/[\s,;]+/).filter(Boolean);
  return words.length > 0 && CITATION_WORD.test(words[0]) && words.every((word) => CITATION_WORD.test(word) || PROVISION_NUMBER.test(word));
}
const CITATION_WORD = /^(?:art\.?|articles?|annexe|annex|al\.|par\.|s\.|ss\.|section|rlrq|c\.|c-65\.1|r\.|reglement|regulation|du|de|et|and|of)$/;
const PROVISION_NUMBER = /^\d{1,3}(?:\.\d{1,2})*°?$/;

/** A folded one-line passage opening with a label (RUN_IN_LABEL), as its label and value. */
function runInField(normalized: string): [string, string] | undefined {
  const label = RUN_IN_LABEL.exec(withoutNumbering(normalized));
  return label ? [label[1], withoutNumbering(normalized).slice(label[0].length)] : undefined;
}

/**
 * Whether a field that gives no value only names the item, by its label (« Lieu d'ouverture » names a place, « Renseignements »
 * the contact): it states what its value says, never what its label names, but the items a field saying they do not apply
 * states (`statedNotApplicable`: « Accords de libéralisation : Non applicable »).
 */
function namedOnly(vacant: UnitReadings['vacant'], item: ItemName): boolean {
  if (!vacant) return false;
  const recogniser: ItemRecogniser = RECOGNISERS[item];
  if (vacant.notApplicable && recogniser.statedNotApplicable) return false;
  return (
    headingEvidence(recogniser, vacant.label.text, vacant.label) !== undefined || phraseEvidence(recogniser, vacant.label.text, vacant.label) !== undefined
  );
}

/** What closes a title or a label: a colon, a period, a question mark. */
const TITLE_END = /\s?[:.?]$/;

/** A reading with all its fields from the start: every unit has some, read by every item. */
function newReading(text: string, tokens: Tokens, renumbered: boolean, label: Reading['label']): Reading {
  return { text, tokens, keys: undefined, literals: undefined, renumbered, label };
}

/**
 * How drafters number a passage: « 1.6 », « IS-3 », « ARTICLE 12 – », « PARTIE 4 : », « SECTION B — »,
 * « § 6 », « (a) », « c) », « iv. ». A label that starts a passage (« Renseignements : ») is the same
 * label behind a number.
 */
export const NUMBERING =
  /^(?:(?:article|art\.|section|partie|part|chapitre|chapter|annexe|annex|schedule|appendix|titre|§) ?(?:[\divxlc]+(?:\.\d+)*|[a-z])[.)]?|\(?[a-z]\)|[a-z]{1,4}-\d+(?:\.\d+)*\.?|\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)])(?: ?[-:.])? /;

function withoutNumbering(normalized: string): string {
  const match = NUMBERING.exec(normalized);
  return match ? normalized.slice(match[0].length) : normalized;
}

/** A label with no value after it: « Date limite : », or a table row's first cell with empty cells after it. */
const BARE_LABEL = /^[^:]{0,80}:\s*[.;]?$|^[^:|]{1,80}(?: ?\|)+ ?$/;
/** A field's value that is no value (its fill-in mark gone): nothing, or the punctuation that closed it. */
const BARE_VALUE = /^[.;]?$/;

/** A line that is a field of a SEAO-style list: « **Lieu d'ouverture :** 80, avenue Principale ». */
export const FIELD_LINE = /^[^:\n]{2,60} ?:(?!\/\/)/;

/**
 * The texts a unit is read as, each with the label the parse found opening it (undefined: a label that opens
 * it is read from its words, RUN_IN_LABEL): itself, itself without its numbering, a table row as a labelled
 * field, each field its lines open with as « Libellé : valeur » (« **Lieu d'ouverture** — 80, avenue
 * Principale », a label wrapped over a line end), and, for a paragraph that is a list of « Libellé : valeur »
 * lines (a SEAO notice's fields), each line: a label starts its line, not the paragraph; and each of these
 * with its obligations in their plain form (lexicon/obligation.ts).
 */
function segmentsOf(unit: TextUnit): Map<string, string | undefined> {
  // A template's fill-in mark is never evidence: the unit is read without it, and a label left with no
  // value (« Organisme public : (NOM DE L'ORGANISME PUBLIC) ») states nothing.
  TEMPLATE_MARK.lastIndex = 0;
  const filled = TEMPLATE_MARK.test(unit.text) ? withoutTemplateMarks(unit.text) : unit.text;
  const normalized = filled === unit.text ? unit.normalized : normalizeForMatching(filled);
  const segments = new Map<string, string | undefined>([[normalized, undefined]]);
  const bare = withoutNumbering(normalized);
  segments.set(bare, undefined);
  // A bilingual document's language tag (« FR — », « [EN] ») is not the passage's label: it is read without it too.
  const untagged = withoutLanguageTag(filled);
  if (untagged !== undefined) segments.set(untagged, undefined).set(withoutNumbering(untagged), undefined);
  const field = tableField(unit, filled);
  if (field) segments.set(field, undefined);
  // Most units are one line or lines of prose: only a list of fields is read line by line (each text once), and
  // fields typed one after the other as sentences of one line (« Prix : en chiffres. Validité de votre soumission :
  // 90 jours. », the lines of a telegraphic list joined) sentence by sentence.
  for (const parts of [filled.includes('\n') ? filled.split('\n') : [], fieldSentences(filled)]) {
    if (parts.filter((part) => FIELD_LINE.test(part.trim())).length < 2) continue;
    for (const part of parts) {
      const normalized = normalizeForMatching(part);
      if (normalized) segments.set(normalized, undefined).set(withoutNumbering(normalized), undefined);
    }
  }
  for (const [label, value] of fieldsOf(unit, filled !== unit.text)) segments.set(`${label} : ${value}`, label);
  for (const segment of segments.keys()) if (segment === '' || (filled !== unit.text && BARE_LABEL.test(segment))) segments.delete(segment);
  // A question is also read in a statement's word order (« Quand les soumissions sont-elles ouvertes? »).
  const declarative = declarativeQuestion(normalized);
  if (declarative !== undefined) segments.set(declarative, undefined);
  // A question and its answer in one passage (« Q. Comment obtenir les documents? R. Uniquement par le SEAO. ») is read
  // as the answer under its question's words, as answersOf reads an answer apart from its question.
  const asked = normalized.indexOf('? ');
  if (asked > 0 && asked < QUESTION_LENGTH) segments.set(`${normalized.slice(0, asked)} : ${normalized.slice(asked + 2)}`, undefined);
  // An obligation written with a periphrasis or with words between the modal and its verb (« est tenu de joindre »,
  // « doit obligatoirement joindre ») is also read in its plain form (« doit joindre »), after the other readings.
  // They are the unit's own words: only a unit whose text has a plain form has one in its other readings (a line
  // read apart from the « ne » that ends the line before it has none).
  const own = plainObligation(normalized);
  if (own !== undefined) {
    const plain: [string, string | undefined][] = [];
    for (const [segment, label] of segments) {
      const reading = segment === normalized ? own : plainObligation(segment);
      if (reading !== undefined) plain.push([reading, label]);
    }
    for (const [reading, label] of plain) if (!segments.has(reading)) segments.set(reading, label);
  }
  // A clause that opens with its predicate, its subject after (« Seront reçues les soumissions au … »), is also read in the
  // subject-first order the templates and patterns are written in (lexicon/inversion.ts).
  const inverted: [string, string | undefined][] = [];
  for (const [segment, label] of segments) {
    const reading = canonicalOrder(segment);
    if (reading !== undefined) inverted.push([reading, label]);
  }
  for (const [reading, label] of inverted) if (!segments.has(reading)) segments.set(reading, label);
  return segments;
}

/**
 * A text without the language tag that opens it (« **FR** — », « [EN] », LANGUAGE_TAG), folded for matching: a bilingual
 * document's passage read as if it opened with its own words (its label, its numbering). Undefined without a tag.
 */
export function withoutLanguageTag(text: string): string | undefined {
  const tag = LANGUAGE_TAG.exec(text);
  return tag ? normalizeForMatching(text.slice(tag[0].length)) : undefined;
}

/** Where a sentence ends and another opens with a capital; not after an initial or « M. » (« M. Luc Gagnon »). */
const SENTENCE_END = /(?<=[^\s.]{2}[.;!?])\s+(?=\p{Lu})/u;

/** The sentences of a text that may hold several fields (two colons at least); none for another. */
function fieldSentences(text: string): string[] {
  const colon = text.indexOf(':');
  return colon >= 0 && text.indexOf(':', colon + 1) >= 0 ? text.split(SENTENCE_END) : [];
}

/**
 * The fields the parse found opening a unit's lines, as their label and value folded for matching, a value
 * read without its fill-in marks (`filled`) and a field left with none of its own dropped.
 */
function fieldsOf(unit: TextUnit, filled: boolean): [string, string][] {
  const fields: [string, string][] = [];
  for (const [label, written] of fieldTexts(unit)) {
    const value = normalizeForMatching(filled ? withoutTemplateMarks(written) : written);
    if (value !== '') fields.push([normalizeForMatching(label), value]);
  }
  return fields;
}

/** Each field's label and value as written in the unit's text: a value runs to the next field. */
function fieldTexts(unit: TextUnit): [string, string][] {
  return (unit.fields ?? []).map((field, rank, fields) => [
    unit.text.slice(field.start, field.label),
    unit.text.slice(field.value, fields[rank + 1]?.start ?? unit.text.length),
  ]);
}

/**
 * A table row read as a « Libellé : valeur » field (a notice's « Tableau des renseignements »: « Garantie de
 * soumission | Aucune »): its first cell, when it is a short label, labels the others, as a label opens a
 * passage.
 */
function tableField(unit: TextUnit, filled: string): string | undefined {
  const label = unit.kind === 'tableRow' && unit.cells && unit.cells.length >= 2 ? unit.cells[0] : undefined;
  if (!label || !filled.startsWith(`${label} | `) || label.includes(':')) return undefined;
  const field = normalizeForMatching(`${label} : ${filled.slice(label.length + 3)}`);
  return RUN_IN_LABEL.test(field) ? field : undefined;
}

/**
 * A question asked of every prose unit, for checks that are more than a recogniser's patterns (a
 * sentence-by-sentence test, for instance). Its answers are memoised per cached block under `key`,
 * like findItem's, so one key is one question: a question that depends on the document (a pattern made
 * from its data) says so in its key.
 */
export interface UnitQuestion {
  key: string;
  accepts: (normalized: string, unit: TextUnit) => boolean;
  /**
   * Also asked of each answer read with its question's words (answersOf), as findItem asks them: what the answer is
   * about may be named only by its question (« Comment obtenir les documents? » — « R. Par le SEAO ou par courriel. »).
   */
  answers?: true;
}

export function unitQuestion(key: string, accepts: UnitQuestion['accepts'], options: { answers?: true } = {}): UnitQuestion {
  return { key, accepts, ...options };
}

/**
 * Prose units the question accepts, in document order. Which blocks hold one is carried over from the
 * previous version of the document, as findItem's is: after an edit only the changed blocks are asked,
 * and in a dossier only the edited file's.
 */
export function findUnits(model: DocumentModel, question: UnitQuestion): DocumentUnit[] {
  const units = unitsWhere(model, `units:${question.key}`, (index) => questionUnits(model.blocks[index].parsed, question));
  return inForce(model, question.answers ? withAnswers(units, answersAccepted(model, question)) : units);
}

/** The answers a unit question accepts once read with their question's words, in document order. */
function answersAccepted(model: DocumentModel, { key, accepts }: UnitQuestion): DocumentUnit[] {
  const accepted: DocumentUnit[] = [];
  for (const answer of answersOf(model)) {
    let yes = answer.accepted.get(key);
    if (yes === undefined) answer.accepted.set(key, (yes = accepts(answer.read.normalized, answer.read)));
    if (yes) accepted.push(answer.unit);
  }
  return accepted;
}

/** Indexes of a block's prose units the question accepts, memoised on the (cached) block. */
function questionUnits(parsed: ParsedBlock, { key, accepts }: UnitQuestion): number[] {
  let indexes = parsed.memo.get(key);
  if (!indexes) {
    indexes = [];
    parsed.units.forEach((unit, index) => {
      if (PASSAGE_KINDS.has(unit.kind) && accepts(unit.normalized, unit)) indexes!.push(index);
    });
    parsed.memo.set(key, indexes);
    readingMade();
  }
  return indexes;
}
