import type { OffsetRange } from '../document/frontMatter.js';
import { blocksReading } from '../document/incremental.js';
import { innermostSection, type DocumentModel, type DocumentUnit, type Section } from '../document/model.js';
import type { ParsedBlock, TextUnit } from '../document/markdown.js';
import { LANGUAGE_TAG, SENTENCE_OPENING, romanBelow, type Field } from '../document/markdownTree.js';
import { blockReading } from '../document/readings.js';
import { readTenderData } from '../document/tenderData.js';
import { RECOGNISERS, matchesHeading } from '../legal/recognisers.js';
import { normalizeForMatching } from '../text/normalize.js';

/**
 * The quality evaluation grid (annexes 1–2, art. 5 par. 6°): criteria and weights from
 * `evaluation.criteres` in the front-matter, or from a Markdown table under a heading that names
 * the grid (SPEC §4), a list of weighted lines, or an enumeration within a sentence (sentenceCriteria). Tables are read once per cached block; the grid once per document model.
 */
export interface GridCriterion {
  name: string;
  /** `name` folded for comparison. */
  key: string;
  /** Weight as written (a percentage, or points when the grid counts in points). */
  weight?: number;
  /** Per-criterion minimum score (annexe 2, art. 5). */
  minimum?: number;
  /** What the criterion expects (annexe 1–2, art. 2), when the grid itself says it. */
  description?: string;
  /** The number its row gives it (« 1 », « C-2 »: numberKey), when the grid has a column for it. */
  number?: string;
  /** The table row or the front-matter item. */
  range: OffsetRange;
  weightRange?: OffsetRange;
  minimumRange?: OffsetRange;
}

export interface CriteriaGrid {
  /** `list`: list items or headings such as "Critère 1 – Expérience (20 %)", or a sentence's enumerated entries. */
  source: 'front-matter' | 'table' | 'list';
  criteria: GridCriterion[];
  range: OffsetRange;
  /** How the weights are expressed: `points` when the weight column counts points. */
  unit: 'percent' | 'points';
  /** A "Total" row's value, when the table has one. */
  statedTotal?: { value: number; range: OffsetRange };
}

export interface EvaluationGrid {
  frontMatter?: CriteriaGrid;
  /** Grids written in the body (tables, criteria lists), in document order. */
  body: CriteriaGrid[];
  /** The grid the document sets: the front-matter's, else the body's first. */
  primary?: CriteriaGrid;
}

/** Sum of the weights, rounded to hundredths (weights such as 33.33 add up to 99.99). */
export function weightTotal(grid: CriteriaGrid): number {
  return Math.round(grid.criteria.reduce((sum, criterion) => sum + (criterion.weight ?? 0), 0) * 100) / 100;
}

const gridMemo = new WeakMap<DocumentModel, EvaluationGrid>();

export function evaluationGrid(model: DocumentModel): EvaluationGrid {
  let grid = gridMemo.get(model);
  if (!grid) {
    const frontMatter = frontMatterGrid(model);
    const sections = gridSections(model);
    const tables = bodyTables(model, sections);
    const body = [...tables, ...bodyLists(model, sections, tables)].sort((a, b) => a.range.start - b.range.start);
    grid = { frontMatter, body, primary: frontMatter ?? body[0] };
    gridMemo.set(model, grid);
  }
  return grid;
}

function frontMatterGrid(model: DocumentModel): CriteriaGrid | undefined {
  const fm = model.frontMatter;
  const criteria = readTenderData(fm?.data).evaluation.criteres;
  if (!fm || !criteria) return undefined;
  const path = ['evaluation', 'criteres'];
  const range = fm.keyRange(path) ?? fm.range;
  return {
    source: 'front-matter',
    unit: 'percent',
    range,
    criteria: criteria.map((criterion, index) => {
      const name = criterion.nom ?? '';
      return {
        name,
        key: normalizeForMatching(name),
        weight: criterion.poids,
        minimum: criterion.minimum,
        description: criterion.description,
        range: fm.keyRange([...path, index]) ?? range,
        weightRange: fm.valueRange([...path, index, 'poids']),
        minimumRange: fm.valueRange([...path, index, 'minimum']),
      };
    }),
  };
}

/** A table read from its block alone: offsets relative to the block. */
interface BlockTable {
  /** Index of the header row's unit in the block. */
  headerUnit: number;
  /** The header names the grid itself ("Critères d'évaluation"). */
  namesGrid: boolean;
  /**
   * The header's columns name the criteria and their weights, minima or acceptable levels (« Critère | Pondération »,
   * "Criterion | Weighting", « Critère | Niveau de performance acceptable »).
   */
  shaped: boolean;
  /**
   * The grid its rows make, if any: read when asked (a table in a grid section, or whose header names the
   * grid), then kept with the block. A dossier's price and quantity tables have columns a grid's header may
   * have (« Description », « Prix »), and their thousands of rows are not criteria.
   */
  grid: () => CriteriaGrid | undefined;
}

const blockTables = blockReading((parsed: ParsedBlock) => readTables(parsed.units), 'tables');

function bodyTables(model: DocumentModel, sections: readonly Section[]): CriteriaGrid[] {
  const grids: CriteriaGrid[] = [];
  for (const block of blocksReading(model, 'tables', blockTables)) {
    for (const table of blockTables(block.parsed)) {
      const header = model.units[block.firstUnit + table.headerUnit];
      if (
        !gridSectionAt(sections, header.start) &&
        !table.namesGrid &&
        !introducesGrid(model.units[block.firstUnit + table.headerUnit - 1]) &&
        !(table.shaped && headedByNumber(model, header.start))
      )
        continue;
      const grid = table.grid();
      if (grid) grids.push(shift(grid, block.offset));
    }
  }
  return grids;
}

/**
 * Whether the innermost section around an offset is headed by its number alone (« ## Article 12 », « ### 6.2 »,
 * « ## Annexe C »), or by a title that names the evaluation without naming the grid (« IV. ÉVALUATION DES
 * SOUMISSIONS », « Évaluation et adjudication »): no title says what its table is, so a table whose columns name the
 * criteria and their weights is the grid by its shape (under « Bordereau de prix » or « Échéancier » it is not).
 */
function headedByNumber(model: DocumentModel, offset: number): boolean {
  const section = innermostSection(model, offset);
  return section !== undefined && (NUMBER_ALONE.test(section.heading.normalized) || EVALUATION_NAMED.test(section.heading.normalized));
}

const NUMBER_ALONE =
  /^(?:(?:article|art\.|section|partie|chapitre|annexe|titre|part|chapter|appendix|schedule)\s*)?(?:\d+|[ivx]{1,5}|[a-z])(?:\.[\da-z]+)*[.):]?$/;

// The criteria by their other names: « facteur », "evaluation factor", "rated requirement" (federal style), « exigence cotée ».
const CRITERION_COLUMN =
  /\bcriteres?\b|\bcriteri(?:on|a)\b|\belements? (?:d'evaluation|evalues?)\b|\baspects?\b|\bfacteurs?\b|\bfactors?\b|\brated requirements?\b|\bexigences? cotees?\b/;
const SUB_CRITERION_COLUMN = /\bsous-criteres?\b|\bsub-criteri/;
const SUB_CRITERIA = /\bsous-criteres?\b|\bsub-criteri(?:on|a)\b/g;
const MINIMUM_COLUMN =
  /\b(?:note|pointage|seuil|score|points?) minim|^minim|\bminimum (?:requis|exige|score|points?)\b|\bseuil\b|\bnote de passage\b|\bpassing\b/;
const WEIGHT_COLUMN = /\bpoids\b|\bpointage\b|\bponderations?\b|\bpondere|\bpoints?\b|\bpts\b|%|\bweights?\b|\bweighting\b|\bnote maximale\b/;
const POINTS_COLUMN = /\bpoints?\b|\bpts\b|\bpointage\b/;
const PERCENT_COLUMN = /\bpoids\b|\bponderation|%|\bweight/;
const DESCRIPTION_COLUMN =
  /\bdescription\b|\belements?\b|\bniveau\b|\battentes?\b|\bexigences?\b|\bdetails?\b|\bcontenu\b|\bpreuves?\b|\bacceptable\b|\bexpectations?\b|\brequirements?\b/;
/** Annexe 1's grid, without weights: each criterion's acceptable level of performance (« Niveau de performance acceptable »). */
const ACCEPTABLE_LEVEL_COLUMN = /\bniveau (?:de (?:performance|rendement|qualite) )?(?:minimal )?acceptable\b|\bacceptable (?:level|performance|threshold)\b/;
const NUMBER_COLUMN = /^(?:no|n°|n o|#|numero|no\.|ref\.?|id|identifiant|identifier|code)$/;
/** A cell that only numbers its row: « 1 », « 2.1 », « C-3 », "R1", « a) », « IV. »; a letter alone may be a criterion's name. */
const NUMBER_CELL = /^(?:[a-z]{0,3}[-.]?\d{1,3}(?:\.\d{1,3})*[.)]?|(?:[a-z]|[ivx]{1,5})[.)])$/;
const TOTAL_ROW = /^(?:total|sous-total|grand total|somme|totaux|note (?:finale|totale)|final score)\b/;
const GRID_HEADER =
  /\bcriteres? (?:d'evaluation|de selection|de qualite)\b|\bevaluation criteria\b|\bfacteurs? d'evaluation\b|\bevaluation factors?\b|\brated requirements?\b/;

function readTables(units: readonly TextUnit[]): BlockTable[] {
  const tables: BlockTable[] = [];
  units.forEach((unit, index) => {
    if (unit.kind !== 'tableRow' || !unit.cells || !(unit.row === 0 || namesColumnsHeadless(unit, units[index - 1]))) return;
    const layout = readHeader(unit.cells);
    if (!layout) return;
    let read: { grid: CriteriaGrid | undefined } | undefined;
    const rows = () => units.filter((other) => other.kind === 'tableRow' && other.table === unit.table && (other.row ?? 0) > (unit.row ?? 0));
    tables.push({
      headerUnit: index,
      namesGrid: GRID_HEADER.test(unit.normalized),
      shaped: layout.named && (layout.weight >= 0 || layout.minimum >= 0 || layout.columns.some((column) => ACCEPTABLE_LEVEL_COLUMN.test(column))),
      grid: () => (read ??= { grid: readRows(unit, rows(), layout) }).grid,
    });
  });
  return tables;
}

/**
 * Whether a row is the first of a table without a header row that names its columns all the same: a Word table whose
 * first row is not marked as its header, which pandoc writes as a grid table without its `+===+` line. Its cells are
 * names (« Critère | Poids »), none a number alone as a criterion's weight is.
 */
function namesColumnsHeadless(unit: TextUnit, previous: TextUnit | undefined): boolean {
  return (
    unit.row === 1 &&
    !(previous?.kind === 'tableRow' && previous.table === unit.table) &&
    !unit.cells!.some((cell) => NUMBER_ALONE_CELL.test(cell.replace(/[*_]/g, '').trim()))
  );
}

/** Which columns of a table's header hold a grid's criteria, weights, minima and descriptions; undefined for no grid. */
interface Columns {
  columns: string[];
  criterion: number;
  /** The criterion's column is named so (« Critère », "Criterion"), not the first text column taken for it. */
  named: boolean;
  /**
   * The columns that may name the criteria instead, in order, when the criterion's column only numbers them (« Facteur |
   * Facteur d'évaluation », "Factor | Evaluation factor"): the other columns named for the criteria, then the other text columns,
   * then the description's (« N° | Description | Points » read as « Critère | Description | Points »).
   */
  alternatives: number[];
  weight: number;
  minimum: number;
  description: number;
  /** The column that numbers the rows (« N° »), -1 for none. */
  number: number;
}

function readHeader(cells: readonly string[]): Columns | undefined {
  const columns = cells.map(normalizeForMatching);
  let criterion = -1;
  let weight = -1;
  let minimum = -1;
  let description = -1;
  const named: number[] = [];
  // A column named for something else that counts it in points (« Niveau de performance acceptable (70 points) », "Acceptable
  // level (70 points)") gives the level's score, not the weights, when another column is named for them (« Poids (%) »).
  const inPassing = (column: string) =>
    WEIGHT_COLUMN.test(column) && !PERCENT_COLUMN.test(column) && (CRITERION_COLUMN.test(column) || DESCRIPTION_COLUMN.test(column));
  const weightNamed = columns.some((column) => !MINIMUM_COLUMN.test(column) && WEIGHT_COLUMN.test(column) && !inPassing(column));
  columns.forEach((column, index) => {
    if (MINIMUM_COLUMN.test(column)) {
      if (minimum < 0) minimum = index;
    } else if (WEIGHT_COLUMN.test(column) && weight < 0 && !(weightNamed && inPassing(column))) weight = index;
    else if (CRITERION_COLUMN.test(column)) {
      if (criterion < 0) criterion = index;
      else named.push(index);
    } else if (DESCRIPTION_COLUMN.test(column) && description < 0) description = index;
  });
  // A sub-criteria breakdown weighs parts of one criterion, not the grid; a column of the criteria and their sub-criteria
  // (« Critères et sous-critères », "Criteria and sub-criteria") holds both, each criterion over its parts (criteriaOverParts).
  if (columns.some((column) => SUB_CRITERION_COLUMN.test(column) && !CRITERION_COLUMN.test(column.replace(SUB_CRITERIA, '')))) return undefined;
  // Without weights (annexe 1), only a column named for the criteria makes a grid.
  if (weight < 0 && criterion < 0) return undefined;
  const isNamed = criterion >= 0;
  const text = (index: number) => index !== weight && index !== minimum && index !== description && index !== criterion && !NUMBER_COLUMN.test(columns[index]);
  if (criterion < 0) {
    // "Description | Pondération": the criterion is the first text column that is not a number column.
    criterion = columns.findIndex((_, index) => text(index));
    if (criterion < 0 && description >= 0) [criterion, description] = [description, -1];
    if (criterion < 0) return undefined;
  }
  const others = columns.flatMap((_, index) => (text(index) && !named.includes(index) ? [index] : []));
  return {
    columns,
    criterion,
    named: isNamed,
    alternatives: [...named, ...others, ...(description >= 0 ? [description] : [])],
    weight,
    minimum,
    description,
    number: columns.findIndex((column) => NUMBER_COLUMN.test(column)),
  };
}

/** The column that names the criteria: the header's, unless each row's cell there only numbers it and another column names it. */
function criterionColumn(rows: readonly TextUnit[], { criterion, alternatives }: Columns): number {
  const numbersOnly = (column: number) =>
    rows.every((row) => {
      const key = normalizeForMatching((row.cells?.[column] ?? '').replace(/\*+/g, '').trim());
      return !key || TOTAL_ROW.test(key) || NUMBER_CELL.test(key);
    });
  if (alternatives.length === 0 || !numbersOnly(criterion)) return criterion;
  return alternatives.find((column) => !numbersOnly(column)) ?? criterion;
}

/** The grid a table's rows make under its header's columns; undefined when no row names a criterion. */
function readRows(header: TextUnit, rows: readonly TextUnit[], layout: Columns): CriteriaGrid | undefined {
  const { columns, weight, minimum } = layout;
  const criterion = criterionColumn(rows, layout);
  const description = criterion === layout.description ? -1 : layout.description;
  // The criterion's column that only numbers the rows, when another names them, numbers them as a « N° » column does.
  const numbers = layout.number >= 0 ? layout.number : criterion === layout.criterion ? -1 : layout.criterion;
  const unit = weight >= 0 && POINTS_COLUMN.test(columns[weight]) && !PERCENT_COLUMN.test(columns[weight]) ? 'points' : 'percent';
  const grid: CriteriaGrid = { source: 'table', unit, criteria: [], range: { start: header.start, end: rows.at(-1)?.end ?? header.end } };
  for (const row of rows) {
    const cells = row.cells ?? [];
    // A cell over several lines (a grid table's) names its criterion on one.
    const cellName = (cells[criterion] ?? '')
      .replace(/\*+/g, '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join(' ');
    const fields = bracketedFields(cellName);
    const { name } = fields;
    const key = normalizeForMatching(name);
    const value = (weight >= 0 ? parseNumber(cells[weight]) : undefined) ?? fields.weight;
    const range = { start: row.start, end: row.end };
    if (!key || TOTAL_ROW.test(key)) {
      const total = weight >= 0 ? (value ?? totalBeside(cells, criterion)) : undefined;
      if (total !== undefined) grid.statedTotal = { value: total, range };
      continue;
    }
    const minimumValue = (minimum >= 0 ? parseNumber(cells[minimum]) : undefined) ?? fields.minimum;
    const text = description >= 0 ? cells[description]?.trim() : undefined;
    const number = numbers >= 0 ? numberKey(cells[numbers] ?? '') : undefined;
    grid.criteria.push({
      name,
      key,
      weight: value,
      minimum: minimumValue,
      description: text || undefined,
      ...(number && { number }),
      range,
      weightRange: value !== undefined ? range : undefined,
      minimumRange: minimumValue !== undefined ? range : undefined,
    });
  }
  grid.criteria = criteriaOverParts(grid.criteria, grid.statedTotal?.value);
  return grid.criteria.length > 0 && !isRatingScale(grid.criteria) ? grid : undefined;
}

/**
 * The criteria of a grid whose rows break each criterion into sub-criteria with their own points (« **1. Expérience** |
 * **20** » over « 1.1 Nombre de mandats | 10 » and « 1.2 Envergure | 10 »): the criteria are the rows above, the
 * sub-criteria their parts, which annexe 2 neither counts nor weighs. A part is known by its number, a row's above followed
 * by its own (« 1.1 » under « 1 »); unnumbered, bold or indented as it may be, by the points: each row over two rows or more
 * whose points add up to its own, those rows totalling what the grid's total states (100 when it states none) where all
 * the rows together do not. A criterion without points of its own weighs its parts' total.
 */
function criteriaOverParts(rows: GridCriterion[], statedTotal: number | undefined): GridCriterion[] {
  const criteria = partsByNumber(rows) ?? partsBySum(rows, statedTotal ?? 100);
  if (!criteria) return rows;
  return criteria.map(({ row, parts }) =>
    row.weight !== undefined || parts.length === 0 || parts.some((part) => part.weight === undefined)
      ? row
      : { ...row, weight: pointsOf(parts), weightRange: row.range },
  );
}

/** A criterion's row and the rows of its sub-criteria (for a criterion without points, those that number its parts directly). */
interface CriterionRows {
  row: GridCriterion;
  parts: GridCriterion[];
}

/** The rows grouped under the rows whose number theirs extends (« 1.2 » under « 1 »); undefined when none does. */
function partsByNumber(rows: readonly GridCriterion[]): CriterionRows[] | undefined {
  const criteria: (CriterionRows & { number?: string })[] = [];
  let nested = false;
  for (const row of rows) {
    const number = row.number ?? leadingNumber(row.name);
    let parent: (typeof criteria)[number] | undefined;
    for (const criterion of criteria) if (number && criterion.number && number.startsWith(`${criterion.number}.`)) parent = criterion;
    if (!parent) criteria.push({ row, number, parts: [] });
    else {
      nested = true;
      // The parts of a part (« 1.1.1 ») are within the part's points.
      if (!number!.slice(parent.number!.length + 1).includes('.')) parent.parts.push(row);
    }
  }
  return nested ? criteria : undefined;
}
/** The number a criterion's name opens with (« 1. Expérience », « 2.1 Méthode », « B.2) Équipe »), folded as numberKey folds a cell. */
function leadingNumber(name: string): string | undefined {
  return LEADING_NUMBER.exec(name)?.[1].toLowerCase();
}
const LEADING_NUMBER = /^((?:[A-Z]|\d{1,2})(?:\.\d{1,2})*)[.)]?\s/;

/** The rows grouped by their points (criteriaOverParts); undefined when they do not group so. */
function partsBySum(rows: readonly GridCriterion[], total: number): CriterionRows[] | undefined {
  if (rows.some((row) => row.weight === undefined) || same(pointsOf(rows), total)) return undefined;
  const criteria: CriterionRows[] = [];
  for (let index = 0; index < rows.length;) {
    const row = rows[index];
    let next = index + 1;
    let parts = 0;
    while (next < rows.length && parts < row.weight! && !same(parts, row.weight!)) parts += rows[next++].weight!;
    if (next - index < 3 || !same(parts, row.weight!)) return undefined;
    criteria.push({ row, parts: rows.slice(index + 1, next) });
    index = next;
  }
  return same(pointsOf(criteria.map((criterion) => criterion.row)), total) ? criteria : undefined;
}
const pointsOf = (rows: readonly GridCriterion[]) => rows.reduce((total, row) => total + (row.weight ?? 0), 0);
const same = (a: number, b: number) => Math.abs(a - b) < 0.01;

/**
 * Whether a table's or a list's rows are a scale of rating levels, the points each level of performance gives a criterion
 * (« Excellent : dépasse nettement les attentes | 100 » … « Nul | 0 », "Meets the requirement | 7", « A | 100 » … « E | 0 »),
 * not the criteria: the committee scores each criterion by it, often beside the grid in its section. Its rows name the levels
 * (RATING_LEVEL), or letter them in sequence from « A » with 100 or 0 at an end; their points run in order, from 100 at one
 * end to 0 at the other when they name nothing else, which no grid's weights do (a criterion weighing 100 leaves the others nothing).
 */
function isRatingScale(rows: readonly GridCriterion[]): boolean {
  if (rows.length < 2) return false;
  const points = rows.flatMap((row) => (row.weight === undefined ? [] : [row.weight]));
  if (points.length > 0 && !inOrder(points, rows.length)) return false;
  if (rows.every((row) => RATING_LEVEL.test(row.key))) return true;
  if (points.length === 0) return false;
  const [low, high] = [Math.min(points[0], points[points.length - 1]), Math.max(points[0], points[points.length - 1])];
  if (low === 0 && high === 100) return true;
  // Three levels or more stepping to nothing or up from it (« 4 … 0 », "0 … 10"): no criterion weighs nothing.
  if (rows.length >= 3 && low === 0) return true;
  return (low === 0 || high === 100) && rows.every((row, index) => row.key === String.fromCharCode(0x61 + index));
}

/** Whether each of `count` rows gives points, all of them rising or all falling. */
function inOrder(points: readonly number[], count: number): boolean {
  if (points.length !== count) return false;
  const direction = Math.sign(points[1] - points[0]);
  return direction !== 0 && points.every((value, index) => index === 0 || Math.sign(value - points[index - 1]) === direction);
}

/**
 * A rating level's name, opening a scale's row (« Très bon : … », « Plus qu'acceptable », « N'atteint pas », "More than
 * satisfactory", "Does not meet"), folded: as the first word of every row, whose points, if any, run in order.
 */
const RATING_LEVEL =
  /^(?:(?:tres|plus qu'|more than|very|highly|fully|largely|partially|partiellement|largement|nettement|entierement|pleinement|ne|n'|non|does not|not) ?)?(?:excellent|exceptionnel|exceptional|outstanding|remarquable|superieur|superior|bon|good|satisfaisant|satisfactory|acceptable|adequate|passable|moyen|average|fair|faible|weak|poor|insuffisant|insufficient|insatisfaisant|unsatisfactory|inacceptable|unacceptable|mediocre|nul(?:le)?|nil|none|aucune?|depasse|exceeds?|surpasse|atteint|meets?|repond|satisfait|fails?)\b/;

/**
 * A cell that numbers a criterion, folded as the grid's and the levels' are compared: « 2 », « 2. », « C-2 », « Critère 2 »
 * are « 2 », « 2 », « c-2 », « 2 »; undefined for a cell that names it in words.
 */
function numberKey(cell: string): string | undefined {
  const folded = normalizeForMatching(cell.replace(/\*+/g, '').trim()).replace(/^(?:critere|criterion) (?:no |n° |#)?/, '');
  return NUMBER_CELL.test(folded) ? folded.replace(/[.)]$/, '') : undefined;
}

/**
 * The acceptable levels a table gives by the criteria's numbers, not their names (« N° | Niveau de performance
 * acceptable | Acceptable performance level », a bilingual grid's table beside the one of the criteria): the numbers
 * whose row states a level. Read once per cached block.
 */
const blockLevelsByNumber = blockReading((parsed: ParsedBlock): string[] => {
  const numbers: string[] = [];
  for (const header of parsed.units) {
    if (header.kind !== 'tableRow' || header.row !== 0 || !header.cells) continue;
    const columns = header.cells.map(normalizeForMatching);
    const key = columns.findIndex((column) => NUMBER_COLUMN.test(column) || CRITERION_COLUMN.test(column));
    const levels = columns.flatMap((column, index) => (ACCEPTABLE_LEVEL_COLUMN.test(column) ? [index] : []));
    if (key < 0 || levels.length === 0) continue;
    for (const row of parsed.units) {
      if (row.kind !== 'tableRow' || row.table !== header.table || !row.row || !row.cells) continue;
      const number = numberKey(row.cells[key] ?? '');
      if (number && levels.some((level) => row.cells![level]?.trim())) numbers.push(number);
    }
  }
  return numbers;
}, 'levelsByNumber');

/** The numbers of the criteria whose acceptable level a table keyed by number states (blockLevelsByNumber), in a model. */
export function levelsByNumber(model: DocumentModel): Set<string> {
  return new Set(blocksReading(model, 'levelsByNumber', blockLevelsByNumber).flatMap((block) => blockLevelsByNumber(block.parsed)));
}

/** The sections whose heading names the evaluation grid, in the model's order: asked once, not for each table and list. */
function gridSections(model: DocumentModel): Section[] {
  const { units } = model;
  const gridHeadings = new Set<DocumentUnit>();
  for (const block of blocksReading(model, 'gridHeadings', blockGridHeadings))
    for (const own of blockGridHeadings(block.parsed)) gridHeadings.add(units[block.firstUnit + own]);
  const sections = model.sections.filter((section) => gridHeadings.has(section.heading));
  // A passage whose run-in title or label names the grid (« **Critères d'évaluation.** Le comité évalue… »), or that is
  // that title alone (« **22.** *Grille d'évaluation.* »), heads what follows it as a title would, to the next title or
  // passage that opens with a label or is a title alone.
  for (const block of blocksReading(model, 'gridLabels', blockGridLabels)) {
    for (const own of blockGridLabels(block.parsed)) {
      const index = block.firstUnit + own;
      const unit = units[index];
      let next = index + 1;
      while (next < units.length && units[next].kind !== 'heading' && !(units[next].kind === 'paragraph' && titleOf(units[next]) !== undefined)) next++;
      sections.push({ heading: unit, start: unit.start, end: next < units.length ? units[next].start : model.text.length });
    }
  }
  // Outside them, a passage that announces the criteria of the evaluation (« Le comité de sélection évalue chaque
  // proposition selon les critères suivants : ») heads the list that follows as such a title would: under a section
  // headed by its number alone, it is what says the list is the grid.
  const titled = [...sections];
  for (const block of blocksReading(model, 'gridIntros', blockIntros)) {
    for (const index of blockIntros(block.parsed)) {
      const unit = units[block.firstUnit + index];
      if (!EVALUATION_NAMED.test(unit.normalized) || gridSectionAt(titled, unit.start)) continue;
      let next = block.firstUnit + index + 1;
      while (next < units.length && units[next].kind !== 'heading' && units[next].kind !== 'paragraph') next++;
      sections.push({ heading: unit, start: unit.start, end: next < units.length ? units[next].start : model.text.length });
    }
  }
  return sections.sort((a, b) => a.start - b.start);
}

/** A passage that announces criteria names the evaluation: not the admissibility's « critères suivants ». */
const EVALUATION_NAMED = /\bevalu|\bcomite de selection\b|\bponder|\bnot(?:e|es|ees?) (?:selon|en fonction)\b|\bscored?\b|\bassess/;

/**
 * Headings of a block that name the grid: read once per cached block, as the dossier's combined model and each of its
 * files' models share their blocks.
 */
const blockGridHeadings = blockReading(
  (parsed: ParsedBlock) =>
    parsed.units.flatMap((unit, index) => (unit.kind === 'heading' && matchesHeading(RECOGNISERS.evaluationGrid, unit.normalized) ? [index] : [])),
  'gridHeadings',
);

/** Paragraphs of a block whose label names the grid (labelNamesGrid): read once per cached block, not at each edit. */
const blockGridLabels = blockReading(
  (parsed: ParsedBlock) => parsed.units.flatMap((unit, index) => (unit.kind === 'paragraph' && labelNamesGrid(unit) ? [index] : [])),
  'gridLabels',
);

/** Innermost of the grid sections (gridSections) around an offset. */
function gridSectionAt(sections: readonly Section[], offset: number): Section | undefined {
  let found: Section | undefined;
  for (const section of sections) if (section.start < offset && offset < section.end) found = section;
  return found;
}

/**
 * "Critère 1 – Expérience du soumissionnaire (20 %)", "Méthodologie : 30 points", « 2.1 Méthode, pondération de 20 % »,
 * "Criterion 2 — Approach (weight: 30%)": a criterion and its weight on one line, as list items, headings or a
 * paragraph's first sentence, after a clause's number; the weight set apart by a colon, a dash, a parenthesis or the
 * word that names it. The name is bounded, so the pattern cannot backtrack super-linearly.
 */
const CRITERION_LINE =
  /^\s*(?:\d{1,3}(?:\.\d{1,3}){1,5}\.?\s+)?(?:(?:crit[eè]re|criterion)\s*(?:n[o°º]\.?\s*)?\d+\s*(?:(?:-{1,3}|[–—:.)])\s*)?)?(\S.{1,118}?\S)(?:\s*(?:[:–—]|-{1,3})\s*|\s*\(\s*|,?\s(?=pond|poids|weight))(?:(?:pond[ée]ration|poids|weight(?:ing)?)(?:\s*(?:de|of|:))?\s*)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|points?|pts)\s*(?:\)\s*)?(?:[.;]\s*)?$/i;
/**
 * Whether a line ends as CRITERION_LINE's lines do, on a weight's unit (« (20 %) », « 30 points. »): its last characters
 * tested first, as most list items and titles are no criterion and the whole pattern is tried at each of their characters.
 */
function endsOnWeight(line: string): boolean {
  let end = line.length;
  while (end > 0 && /[\s).;]/.test(line[end - 1])) end--;
  const tail = line.slice(Math.max(0, end - 6), end).toLowerCase();
  return tail.endsWith('%') || tail.endsWith('pts') || tail.endsWith('point') || tail.endsWith('points');
}
const NAMED_CRITERION = /^\s*(?:\d{1,3}(?:\.\d{1,3}){1,5}\.?\s+)?(?:crit[eè]re|criterion)\s*(?:n[o°º]\.?\s*)?\d/i;

/**
 * Whether a text holds a weight's unit (« % », « points », « pts »), as every criterion's line (weightedLine) and every
 * enumeration of criteria (sentenceCriteria) does: most units hold none and are passed over before any pattern is tried.
 */
function mayHoldWeight(text: string): boolean {
  return text.includes('%') || /pts|point/i.test(text);
}

/**
 * The line of a unit a criterion's line is read in, and what follows it: its first line when that ends on a weight (« (20
 * %) »), else its first sentence when that one ends on a weight, whatever lines it is wrapped on (« Critère 2 — Méthode :
 * 20 %. Le niveau acceptable… », a paragraph that names the criterion, its weight, then describes it), a leader before
 * the weight read as a colon (leaderAsColon); undefined when neither. A unit without a weight's unit is passed over
 * before any pattern is tried.
 */
function weightedLine(text: string): { line: string; rest: string; minimum?: number } | undefined {
  const first = leaderAsColon(text.split('\n', 1)[0]);
  const fields = closingFields(first);
  if (endsOnWeight(fields.line)) return { ...fields, rest: text.slice(first.length) };
  // Its line breaks read as spaces: the same offsets.
  const joined = text.replace(/\n/g, ' ');
  const weight = WEIGHT_CLOSING.exec(joined);
  if (!weight || SENTENCE_END.test(joined.slice(0, weight.index))) {
    // The weight's scale or a minimum may follow it to the sentence's end (« — pondération : 40 points sur 100 — note
    // minimale : 70 sur 100. Le… »), the first line wrapped or not.
    const end = SENTENCE_END.exec(joined)?.index ?? joined.length;
    const fields = closingFields(leaderAsColon(joined.slice(0, end)));
    return endsOnWeight(fields.line) ? { ...fields, rest: text.slice(end + 1) } : undefined;
  }
  const end = weight.index + weight[0].length;
  return { line: leaderAsColon(joined.slice(0, end)), rest: text.slice(end) };
}
/**
 * A line whose name and weight a leader parts, as a typist sets them apart (« a) Expérience du soumissionnaire
 * ........ 20 points », « Méthodologie …… 30 pts », « Équipe · · · · 25 % », a tab): its last leader before a number
 * read as a colon, its length kept. A leader is a run of dots (three at least), ellipses, middle dots or tabs, spaces
 * between them; a clause's number (« 2.1 ») or a sentence's period is none.
 */
function leaderAsColon(line: string): string {
  let leader: { start: number; end: number } | undefined;
  for (let start = 0; start < line.length; start++) {
    if (!isLeader(line.charCodeAt(start))) continue;
    let end = start;
    let dots = 0;
    let other = false;
    for (let code = line.charCodeAt(end); end < line.length && isLeader(code); code = line.charCodeAt(++end)) {
      if (code === 0x2e /* . */) dots++;
      else if (code !== 0x20) other = true;
    }
    const next = line.charCodeAt(end);
    if (start > 0 && (dots >= 3 || other) && next >= 0x30 && next <= 0x39) leader = { start, end };
    start = end;
  }
  return leader ? `${line.slice(0, leader.start)}:${' '.repeat(leader.end - leader.start - 1)}${line.slice(leader.end)}` : line;
}
/** A leader's character: a space, a tab, a dot, an ellipsis, a middle dot (read by character code: every line's every character is asked). */
const isLeader = (code: number) => code === 0x20 || code === 0x09 || code === 0x2e || code === 0x2026 || code === 0xb7;

/**
 * A criterion's line without what may follow its weight as fields of their own: the scale the weight counts on
 * (« pondération : 15 points sur 100 », "weight: 40 points out of 100") and a field labelled as a grid's column of minima
 * is (« — note minimale exigée : 70 sur 100 », "; minimum score: 60 points"), the criterion's minimum (annexe 2, art. 5),
 * not its weight. The minimum is read only when a weight closes what precedes it: « — Seuil de rentabilité (20 %) » is a
 * criterion's name and weight.
 */
function closingFields(line: string): { line: string; minimum?: number } {
  const field = closingMinimum(line);
  const weighted = withoutWeightScale(field ? field.before : line);
  return field && endsOnWeight(weighted) ? { line: weighted, minimum: field.value } : { line: withoutWeightScale(line) };
}
function withoutWeightScale(line: string): string {
  return line.replace(WEIGHT_SCALE, '$1');
}
/** « points sur 100 », "points out of 100", « pts/100 » closing a line: the weight's scale, 100 points being the whole. */
const WEIGHT_SCALE = /\b(points?|pts)\s*(?:sur|out of|\/)\s*100(?=[\s).;]*$)/i;

/**
 * The last field of a line, after a dash, a semicolon or a comma, when its label names a minimum as a grid's column would
 * (MINIMUM_COLUMN) and its value is a number alone, in points, a percentage or out of 100: the line before it and the value.
 */
function closingMinimum(line: string): { before: string; value: number } | undefined {
  let at = line.length - 1;
  let dash: number | undefined;
  while (at > 0 && !FIELD_SEPARATORS.includes(line[at]) && (dash = typedDash(line, at)) === undefined) at--;
  if (at <= 0) return undefined;
  const field = line.slice(at + 1);
  const digit = field.search(/\d/);
  if (digit < 0) return undefined;
  const label = normalizeForMatching(field.slice(0, digit));
  const value = /^(\d{1,3}(?:[.,]\d{1,2})?)(.*)$/.exec(field.slice(digit));
  if (!value || !MINIMUM_COLUMN.test(label) || !MINIMUM_REST.test(value[2])) return undefined;
  return { before: line.slice(0, dash ?? at).trimEnd(), value: Number(value[1].replace(',', '.')) };
}
const FIELD_SEPARATORS = '—–;,';

/** Where a dash typed as hyphens between spaces and ending at `at` starts: « - », or pandoc's « -- » and « --- » for « – » and « — ». */
function typedDash(line: string, at: number): number | undefined {
  if (line[at] !== '-' || line[at + 1] !== ' ') return undefined;
  let first = at;
  while (first > 0 && line[first - 1] === '-' && at - first < 2) first--;
  return line[first - 1] === ' ' ? first : undefined;
}
/** What may follow a minimum's number: its unit, its scale, the line's closing. */
const MINIMUM_REST = /^\s?(?:points?|pts|%)?(?:\s?(?:sur|out of|\/)\s?100)?[\s).;]*$/i;

/**
 * A criterion's name without the bracket closing it when that gives the criterion's fields, each labelled as a grid's column
 * is (« Expertise du chargé de mandat (note minimale exigée : 80 points) », "Approach [minimum score: 75]", « Équipe
 * (pondération : 30 %) », « (80 points minimum) »): its minimum (annexe 2, art. 5) or its weight, which the grid reads as
 * its columns' (a column's value first), not words of its name. A bracket that is not all such fields (« Expérience (3
 * mandats minimum) », « Seuil de rentabilité (20 %) ») is the name's.
 */
function bracketedFields(cell: string): { name: string; minimum?: number; weight?: number } {
  const close = cell.at(-1);
  const open = close === ')' ? cell.lastIndexOf('(') : close === ']' ? cell.lastIndexOf('[') : -1;
  if (open <= 0) return { name: cell };
  const read: { minimum?: number; weight?: number } = {};
  for (const field of cell.slice(open + 1, -1).split(/;|,\s/)) {
    const digit = field.search(/\d/);
    const value = digit < 0 ? null : /^(\d{1,3}(?:[.,]\d{1,2})?)(.*)$/.exec(field.slice(digit));
    if (!value) return { name: cell };
    const label = withoutClosingMarks(normalizeForMatching(field.slice(0, digit)));
    const after = value[2];
    const number = Number(value[1].replace(',', '.'));
    const labelAfter = normalizeForMatching(after.replace(FIELD_UNIT, '')).trim();
    if (label && MINIMUM_REST.test(after) && MINIMUM_COLUMN.test(label)) read.minimum = number;
    else if (label && MINIMUM_REST.test(after) && WEIGHT_COLUMN.test(label)) read.weight = number;
    else if (!label && MINIMUM_AFTER.test(labelAfter)) read.minimum = number;
    else return { name: cell };
  }
  return { name: cell.slice(0, open).trimEnd(), ...read };
}
/** A field's label without the colon, the sign or the spaces that close it (read backwards: no pattern backtracks). */
function withoutClosingMarks(label: string): string {
  let end = label.length;
  while (end > 0 && ' :=-'.includes(label[end - 1])) end--;
  return label.slice(0, end);
}
/** A value's unit right after its number, and the minimum named after it (« 80 points minimum », "75 points minimum required"). */
const FIELD_UNIT = /^\s?(?:points?|pts|%)?\s?/i;
const MINIMUM_AFTER = /^(?:minimum|minimal|minimale|min\.?)(?: (?:requis|exigee?s?|required))?$/;

/** A weight closing a sentence that another one follows (« 20 %. Le », "15%. The", « 30 points; le »), or the unit. */
const WEIGHT_CLOSING = /\d\s?(?:%|points?|pts)\)?(?:[.;](?=\s+\S)|\s*$)/i;
/** A sentence's end before the weight: the weight is not the first sentence's. */
const SENTENCE_END = /[.;!?]\s+\p{Lu}/u;
const NOT_A_CRITERION = /\b(?:total|note finale|seuil|minimum|minimale|niveau|passage|k)\b/;

interface ListedCriterion {
  criterion: GridCriterion;
  unit: 'percent' | 'points';
  /** A heading: its section's text describes the criterion. */
  heading: boolean;
  /** The line names itself a criterion (« Critère 1 – Expérience (30 %) »), or its list's weights total 100: a grid's by its shape. */
  named: boolean;
  /** An entry of an enumeration within a sentence that announces the evaluation's criteria (sentenceCriteria): the grid wherever it stands. */
  announced?: true;
  /** A list's entry: its unit's index in its block (the entries of a lower rank after it describe it: lowerEntries). */
  item?: number;
}

const blockListed = blockReading((parsed: ParsedBlock) => readListed(parsed.units), 'listedCriteria');

function readListed(units: readonly TextUnit[]): ListedCriterion[] {
  const listed: ListedCriterion[] = [];
  // Where the last criterion's list item ends: the weighted items of its own sub-list are its sub-criteria, its description.
  let itemEnd = -1;
  units.forEach((unit, index) => {
    if (unit.kind !== 'listItem' && unit.kind !== 'heading' && unit.kind !== 'paragraph') return;
    if (unit.start < itemEnd || !mayHoldWeight(unit.text)) return;
    const enumerated = unit.kind === 'heading' ? [] : sentenceCriteria(unit);
    if (enumerated.length > 0) {
      listed.push(...enumerated);
      return;
    }
    const weighted = weightedLine(unit.text);
    const match = weighted ? CRITERION_LINE.exec(weighted.line) : null;
    if (!weighted || !match) return;
    const fields = bracketedFields(match[1].replace(/\*+/g, '').trim());
    const { name } = fields;
    const key = normalizeForMatching(name);
    if (NOT_A_CRITERION.test(key) || RECOGNISERS.evaluationGrid.headings.some((pattern) => pattern.test(key))) return;
    const range = { start: unit.start, end: unit.end };
    const description = [weighted.rest.trim(), ...nestedItems(units, index).map((item) => item.text)].filter(Boolean).join('\n');
    const minimum = weighted.minimum ?? fields.minimum;
    if (unit.kind === 'listItem') itemEnd = unit.end;
    listed.push({
      unit: /%/.test(match[3]) ? 'percent' : 'points',
      heading: unit.kind === 'heading',
      named: NAMED_CRITERION.test(weighted.line),
      ...(unit.kind === 'listItem' && { item: index }),
      criterion: {
        name,
        key,
        weight: Number(match[2].replace(',', '.')),
        ...(minimum !== undefined && { minimum, minimumRange: range }),
        description: description || undefined,
        range,
        weightRange: range,
      },
    });
  });
  // Three entries or more whose weights total 100 are a grid by their shape too, as lines named « Critère n » are
  // (« 1. **Expérience de la firme (20 points)** », the grid under a heading that is its number alone).
  const entries = listed.filter((entry) => !entry.heading);
  if (entries.length >= 3 && Math.abs(entries.reduce((total, entry) => total + (entry.criterion.weight ?? 0), 0) - 100) < 0.01)
    for (const entry of entries) entry.named = true;
  return listed;
}

/**
 * The items of a list item's own sub-list (« - Critère 1 — Expérience (15 %) » over « - Éléments évalués : … » and « -
 * Niveau de performance acceptable : … »), which describe it as the text of its section describes a heading: the units
 * after it that its range holds.
 */
function nestedItems(units: readonly TextUnit[], index: number): TextUnit[] {
  return units[index].kind === 'listItem' ? units.slice(index + 1, pastOwnUnits(units, index)) : [];
}

/** The index past the units a unit's range holds (a list item's own sub-list), after it. */
function pastOwnUnits(units: readonly TextUnit[], index: number): number {
  let end = index + 1;
  while (end < units.length && units[end].start < units[index].end) end++;
  return end;
}

/**
 * The entries typed without list markup that follow a list's entry past its own sub-list, each of another shape than its
 * mark (« ☐ Critère 2 — … (25 %) », then « ◦ Éléments évalués : … » and « ◦ Niveau de performance acceptable : … », or
 * « – » entries): a paste from Word sets a nested list's entries at the margin, each a paragraph with its own mark, and
 * they describe the entry as its sub-list would; so do entries of its own shape numbered in roman below it, as a typist
 * labels them (« a) Expérience … 20 points », then « i) … », « ii) niveau acceptable : … »: romanBelow). They run to the
 * next entry of the entry's own rank (the next criterion) or any other passage. Read on the model's units: each such
 * paragraph may stand in a chunk of its own.
 */
function lowerEntries(units: readonly DocumentUnit[], index: number): DocumentUnit[] {
  const item = units[index];
  const first = pastOwnUnits(units, index);
  let next = first;
  // The roman numeral of the last entry of the item's shape below it.
  let roman = '';
  for (; next < units.length && units[next].kind === 'listItem' && units[next].mark !== undefined; next++) {
    const { mark, label } = units[next];
    if (mark !== item.mark) continue;
    if (item.label === undefined || label === undefined || !romanBelow(item.label, label, roman)) break;
    roman = label;
  }
  return units.slice(first, next);
}

/**
 * Criteria enumerated within a sentence, lettered or numbered after its colon and parted by semicolons, each with its
 * weight (« Les critères d'évaluation et leur poids seront les suivants, soit : a) la compréhension du mandat (poids de
 * 15 %) — le niveau acceptable étant… ; b) l'expérience de la firme (poids de 20 %) — niveau acceptable : … », "The
 * evaluation criteria are: (a) experience of the firm (weight: 40%), three mandates…; and (b) approach (60 points)"):
 * each entry's name and weight read as a criterion's line (CRITERION_LINE), what follows the weight its description.
 * Two entries at least, every one weighted: an enumeration of anything else (tasks, documents, payments) is no grid.
 * When the words before the enumeration name the evaluation's criteria, they announce the grid as a title would.
 */
function sentenceCriteria(unit: TextUnit): ListedCriterion[] {
  const { introduction, entries } = enumeratedEntries(unit.text.replace(/\n/g, ' '));
  if (entries.length < 2) return [];
  const range = { start: unit.start, end: unit.end };
  const criteria: ListedCriterion[] = [];
  for (const entry of entries) {
    const weight = ENTRY_WEIGHT.exec(entry);
    const end = weight ? weight.index + weight[0].length : -1;
    const match = weight ? CRITERION_LINE.exec(entry.slice(0, end)) : null;
    if (!match) return [];
    const name = match[1].replace(/\*+/g, '').trim();
    const key = normalizeForMatching(name);
    if (NOT_A_CRITERION.test(key)) return [];
    const description = entry.slice(end).replace(ENTRY_LEAD, '').trim();
    criteria.push({
      unit: /%/.test(match[3]) ? 'percent' : 'points',
      heading: false,
      named: false,
      criterion: { name, key, weight: Number(match[2].replace(',', '.')), description: description || undefined, range, weightRange: range },
    });
  }
  const announcing = normalizeForMatching(introduction);
  if (CRITERIA_NAMED.test(announcing) && EVALUATION_NAMED.test(announcing)) for (const entry of criteria) entry.announced = true;
  return criteria;
}
/** A weight in an enumeration's entry (« (poids de 15 %) », « 20 points », "(weight: 15%)"): the first one closes the criterion's name. */
const ENTRY_WEIGHT = /\d\s?(?:%|points?\b|pts\b)\s?\)?/i;
/** What parts a description from the weight before it: a dash, a comma, a colon. */
const ENTRY_LEAD = /^[\s,:;.—–-]+/;
const CRITERIA_NAMED = /\bcriteres?\b|\bcriteri(?:on|a)\b/;

/**
 * The entries of an enumeration within a sentence: after a colon, marked « a) », « (a) », « 1) », « 1° » in sequence,
 * each after the semicolon that closes the one before (« ; et b) », "; and (b)"); the last one to the sentence's end.
 * The words before the first mark, and each entry's text after its mark; no entry unless two marks follow in sequence.
 */
function enumeratedEntries(text: string): { introduction: string; entries: string[] } {
  const first = ENUMERATION_START.exec(text);
  if (!first) return { introduction: text, entries: [] };
  // Where the entry before each mark ends (its semicolon) and the entry's text starts, after the mark.
  const marks = [{ start: first.index, text: first.index + first[0].length }];
  // A text in capitals marks them « A) », « B) ».
  let expected = nextMark(first[1].toLowerCase());
  NEXT_MARK.lastIndex = marks[0].text;
  for (let found = NEXT_MARK.exec(text); found; found = NEXT_MARK.exec(text)) {
    if (found[1].toLowerCase() !== expected) continue;
    marks.push({ start: found.index, text: found.index + found[0].length });
    expected = nextMark(expected);
  }
  if (marks.length < 2) return { introduction: text, entries: [] };
  const last = marks[marks.length - 1].text;
  const closing = SENTENCE_END.exec(text.slice(last));
  const end = closing ? last + closing.index + 1 : text.length;
  return {
    introduction: text.slice(0, first.index),
    entries: marks.map((mark, index) => text.slice(mark.text, index + 1 < marks.length ? marks[index + 1].start : end).trim()),
  };
}
/** An enumeration's first mark, after a colon: « : a) », « : (a) », « : 1) », « : 1° ». */
const ENUMERATION_START = /:\s*\(?(a|1)[)°]\s/i;
/** A later mark, after the semicolon closing the entry before it (« ; b) », « ; et c) », "; and (c)"). */
const NEXT_MARK = /;\s*(?:(?:et|and|ou|or)\s+)?\(?([a-z]|\d{1,2})[)°]\s/gi;
/** The mark after a letter or a number: « b » after « a », « 2 » after « 1 ». */
function nextMark(mark: string): string {
  return /\d/.test(mark) ? String(Number(mark) + 1) : String.fromCharCode(mark.charCodeAt(0) + 1);
}

/** The text of the section a heading opens, up to its first sub-heading; undefined when empty. */
function sectionText(model: DocumentModel, headingStart: number): string | undefined {
  const section = model.sections.find((candidate) => candidate.heading.start === headingStart);
  if (!section) return undefined;
  const texts: string[] = [];
  for (const unit of model.units) {
    if (unit.start <= headingStart || unit.start >= section.end) continue;
    if (unit.kind === 'heading') break;
    texts.push(unit.text);
  }
  return texts.join('\n').trim() || undefined;
}

/**
 * "… selon les critères suivants :", "… against the following criteria:" introduces a list whose items are the criteria
 * (annexe 1 grids have no weights).
 */
const CRITERIA_INTRO = /\b(?:criteres?|criteria|criterion)\b[^.]{0,160}(?::|\b(?:suivants|following)\.?)$/;
/** Paragraphs of a block that announce a list of criteria. */
const blockIntros = blockReading(
  (parsed: ParsedBlock) => parsed.units.flatMap((unit, index) => (unit.kind === 'paragraph' && CRITERIA_INTRO.test(unit.normalized) ? [index] : [])),
  'criteriaIntros',
);

/** A list item introduced as a criterion: "Critère 1 – Expérience (20 %)", or just its name. */
function introducedCriterion(unit: DocumentUnit): ListedCriterion {
  const [first, ...rest] = unit.text.split('\n');
  const fields = closingFields(first);
  const match = CRITERION_LINE.exec(fields.line);
  const name = (
    match ? match[1] : first.replace(/^\s*(?:crit[eè]re|criterion)\s*(?:n[o°º]\.?\s*)?\d+\s*(?:-{1,3}|[–—:.)])?\s*/i, '').replace(/(?<![\s;,.:])[\s;,.:]+$/, '')
  )
    .replace(/\*+/g, '')
    .trim();
  const range = { start: unit.start, end: unit.end };
  const description = rest.join('\n').trim() || undefined;
  return {
    unit: match && !/%/.test(match[3]) ? 'points' : 'percent',
    heading: false,
    named: match !== null && NAMED_CRITERION.test(first),
    criterion: {
      name,
      key: normalizeForMatching(name),
      weight: match ? Number(match[2].replace(',', '.')) : undefined,
      ...(match && fields.minimum !== undefined && { minimum: fields.minimum, minimumRange: range }),
      description,
      range,
      weightRange: match ? range : undefined,
    },
  };
}

/** Lists of criteria announced by a passage of a grid section, by section (the first list of a section). */
function introducedLists(model: DocumentModel, sections: readonly Section[]): Map<Section, ListedCriterion[]> {
  const bySection = new Map<Section, ListedCriterion[]>();
  for (const block of blocksReading(model, 'gridIntros', blockIntros)) {
    for (const index of blockIntros(block.parsed)) {
      const at = block.firstUnit + index;
      // The intro may head the section itself, by its label.
      const section = gridSectionAt(sections, model.units[at].start) ?? sections.find((candidate) => candidate.heading === model.units[at]);
      if (!section || bySection.has(section)) continue;
      const items: ListedCriterion[] = [];
      // An item's own sub-list (« - Critère 1 — Expérience » over « - Niveau acceptable : … ») describes it: no criteria of its own.
      for (let next = at + 1; next < model.units.length && model.units[next].kind === 'listItem'; next = pastOwnUnits(model.units, next)) {
        const listed = introducedCriterion(model.units[next]);
        const nested = nestedItems(model.units, next).map((item) => item.text);
        if (nested.length > 0) listed.criterion.description = [listed.criterion.description, ...nested].filter(Boolean).join('\n');
        items.push(listed);
      }
      if (items.length > 0) bySection.set(section, items);
    }
  }
  return bySection;
}

/**
 * Whether a passage right above a table names it the evaluation grid as a heading would: a label alone
 * (« Grille d'évaluation : ») or the label its text opens with (« **Évaluation de la qualité.** Le comité… »). A
 * paragraph or a list's entry (an answer whose « R. » mammoth escaped, read as a lettered entry).
 */
function introducesGrid(unit: DocumentUnit | undefined): boolean {
  if (unit?.kind !== 'paragraph' && unit?.kind !== 'listItem') return false;
  return labelNamesGrid(unit) || pointsToGrid(unit.normalized) || captionNamesGrid(unit);
}

/**
 * Whether a passage opens with a caption that names the evaluation grid: its first sentence a title, after the number of
 * the sheet, table or clause it captions or not (« Feuille 7. Grille d'évaluation de la qualité selon l'annexe 2. Chaque
 * critère est évalué… », « Tableau 3 – Critères d'évaluation. Le comité… »), as a workbook's sheet or a report's table
 * is captioned above it: the table under it is that grid. Read past the passage's opening label (a run-in title that names
 * the sheet, « **Grille.** Feuille 7. … ») and its language tag (« FR — Feuille 7. … »).
 */
function captionNamesGrid(unit: TextUnit): boolean {
  const label = openingLabel(unit);
  const after = label && label.start === 0 ? unit.text.slice(label.value) : unit.text;
  // A caption on a line of its own ends there, its text on the next line (« 5.2 Critères et niveau de performance
  // acceptable↵L'évaluation suit… »), when its sentence does not end first.
  const untagged = after.replace(LANGUAGE_TAG, '');
  const text = normalizeForMatching(untagged).replace(CAPTION_NUMBER, '');
  const lineEnd = normalizeForMatching(untagged.split('\n', 1)[0]).replace(CAPTION_NUMBER, '').length;
  const sentenceEnd = SENTENCE_BREAK.exec(text)?.index;
  const end = lineEnd < text.length && (sentenceEnd === undefined || lineEnd < sentenceEnd) ? lineEnd : sentenceEnd;
  if (end === undefined) return false;
  const words = TITLE_ALONE.exec(text.slice(0, end))?.[1];
  return words !== undefined && !SENTENCE_OPENING.test(words) && matchesHeading(RECOGNISERS.evaluationGrid, words);
}
/** What numbers a caption: the sheet, tab, table or clause it captions (« Feuille 7. », « Tableau 3 – », "Table 2:", « 8.2 »). */
const CAPTION_NUMBER = /^(?:(?:feuille|onglet|tableau|sheet|tab|table) )?[a-z]?\d{1,2}(?:\.\d{1,2}){0,3}\.?(?: ?[-:–—])? /;
/** A sentence's pointer to what follows it: « ci-dessous », « suivante », "below", "as follows". */
const AHEAD = /\b(?:ci-dessous|ci-apres|suivante?s?|below|following|as follows|hereunder)\b/;

/**
 * Whether one of a passage's sentences names the evaluation grid and points to what follows (« Selon la grille
 * d'évaluation ci-dessous. », "Tenders are scored using the evaluation criteria below."): the table under it is that
 * grid, as under a title that names it (an answer under a question, a paragraph under a title that names none).
 */
function pointsToGrid(normalized: string): boolean {
  if (!AHEAD.test(normalized)) return false;
  return normalized.split(SENTENCE_BREAK).some((sentence) => AHEAD.test(sentence) && matchesHeading(RECOGNISERS.evaluationGrid, sentence));
}
/** Where a folded passage's sentences end. */
const SENTENCE_BREAK = /[.;!?] /;
/**
 * A passage that is a title alone, after its clause's number or not, closed by a colon, a period or nothing
 * (« Grille d'évaluation : », « 22. Grille d'évaluation. », « Art. 7 — Critères d'évaluation »): folded, its words. The
 * number a word processor's automatic numbering sets before the title's own typed one (« 1.6.2 5.2 Grille
 * d'évaluation ») is a number too.
 */
const TITLE_ALONE = /^(?:(?:(?:\d{1,2}(?:\.\d{1,2}){0,5}\.? ){1,2}|art(?:icle|\.) ?\d{1,3}(?:\.\d{1,2}){0,5}\.? )(?:[-:] )?)?([^.:;!?\n]{2,80}?) ?[.:]?$/;

/** The title a passage opens with (its first field's label) or that it is alone (TITLE_ALONE), folded; undefined for another passage. */
function titleOf(unit: TextUnit): string | undefined {
  const field = openingLabel(unit);
  if (field !== undefined) return normalizeForMatching(unit.text.slice(field.start, field.label));
  const words = TITLE_ALONE.exec(unit.normalized)?.[1];
  // A short sentence (« Le comité applique la grille d'évaluation. ») opens on its subject, which a title does not.
  return words === undefined || SENTENCE_OPENING.test(words) ? undefined : words;
}

/** Whether the title a passage opens with or is alone (titleOf) names the evaluation grid as a heading would. */
function labelNamesGrid(unit: TextUnit): boolean {
  const title = titleOf(unit);
  return title !== undefined && matchesHeading(RECOGNISERS.evaluationGrid, title);
}

/**
 * The field a passage opens with: its first line's, at its start or after the clause's number or a language tag
 * (« **Critères d'évaluation.** », « 8.2 **Grid of evaluation.** »).
 */
function openingLabel(unit: TextUnit): Field | undefined {
  const field = unit.fields?.[0];
  return field !== undefined && !unit.text.slice(0, field.start).includes('\n') ? field : undefined;
}

/** Criteria listed in a grid section that has no table: one grid per section. */
function bodyLists(model: DocumentModel, sections: readonly Section[], tables: readonly CriteriaGrid[]): CriteriaGrid[] {
  const introduced = introducedLists(model, sections);
  const bySection = new Map<Section, ListedCriterion[]>(introduced);
  for (const block of blocksReading(model, 'listedCriteria', blockListed)) {
    for (const entry of blockListed(block.parsed)) {
      const moved = shiftCriterion(entry.criterion, block.offset);
      // Lines that name themselves criteria with their weights are the grid where the heading is a number alone.
      const section =
        gridSectionAt(sections, moved.range.start) ??
        ((entry.named && headedByNumber(model, moved.range.start)) || entry.announced ? innermostSection(model, moved.range.start) : undefined);
      if (!section || introduced.has(section)) continue;
      if (entry.heading) moved.description = sectionText(model, moved.range.start);
      if (entry.item !== undefined) {
        const lower = lowerEntries(model.units, block.firstUnit + entry.item).map((unit) => unit.text);
        if (lower.length > 0) moved.description = [moved.description, ...lower].filter(Boolean).join('\n');
      }
      const list = bySection.get(section) ?? [];
      list.push({ ...entry, criterion: moved });
      bySection.set(section, list);
    }
  }
  const grids: CriteriaGrid[] = [];
  for (const [section, listed] of bySection) {
    // Two weighted lines make a grid; an announced list is one whatever its length (annexe 1 counts them).
    if (listed.length < 2 && !introduced.has(section)) continue;
    const hasTable = tables.some((table) => table.range.start >= section.start && table.range.start < section.end);
    if (hasTable) continue;
    grids.push({
      source: 'list',
      unit: listed.every((entry) => entry.unit === 'percent') ? 'percent' : 'points',
      criteria: criteriaOverParts(
        listed.map((entry) => entry.criterion),
        undefined,
      ),
      range: { start: listed[0].criterion.range.start, end: listed[listed.length - 1].criterion.range.end },
    });
  }
  return grids;
}

/** "20", "20 %", "20,5 pts", "**30**": the first number of a cell. */
function parseNumber(cell: string | undefined): number | undefined {
  const match = cell && !FORMULA.test(cell) ? /(\d{1,3}(?:[.,]\d{1,3})?)/.exec(cell) : null;
  return match ? Number(match[1].replace(',', '.')) : undefined;
}

/**
 * A spreadsheet's formula exported as its text, not its value (« =SOMME(B2:B5) », "=SUM(B2:B5)", « =B2+B3 »): it states
 * no number, the digits of its cells' references none of the grid's.
 */
const FORMULA = /^[\s*_]*=[\s*_]*(?:\p{L}[\p{L}.]*\(|\$?[a-z]{1,3}\$?\d)/iu;

/**
 * The total a total row states in another column than the weights', where its weights' cell gives none (empty, or a
 * formula's text: « **Total** | =SOMME(B2:B5) | 100 », the value Excel shows set beside it): the one cell after its label
 * that is a number alone.
 */
function totalBeside(cells: readonly string[], label: number): number | undefined {
  const numbers = cells.flatMap((cell, index) => (index > label && NUMBER_ALONE_CELL.test(cell.replace(/[*_]/g, '').trim()) ? [parseNumber(cell)!] : []));
  return numbers.length === 1 ? numbers[0] : undefined;
}
const NUMBER_ALONE_CELL = /^\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|points?|pts)?$/i;

function shift(grid: CriteriaGrid, offset: number): CriteriaGrid {
  return {
    ...grid,
    range: moveRange(grid.range, offset),
    statedTotal: grid.statedTotal && { value: grid.statedTotal.value, range: moveRange(grid.statedTotal.range, offset) },
    criteria: grid.criteria.map((criterion) => shiftCriterion(criterion, offset)),
  };
}

function shiftCriterion(criterion: GridCriterion, offset: number): GridCriterion {
  return {
    ...criterion,
    range: moveRange(criterion.range, offset),
    weightRange: criterion.weightRange && moveRange(criterion.weightRange, offset),
    minimumRange: criterion.minimumRange && moveRange(criterion.minimumRange, offset),
  };
}

const moveRange = (range: OffsetRange, offset: number): OffsetRange => ({ start: range.start + offset, end: range.end + offset });

/** Same criteria, same weights, same order? Names are compared loosely (one may abbreviate the other). */
export function gridsAgree(a: CriteriaGrid, b: CriteriaGrid): { agree: true } | { agree: false; index: number } {
  const length = Math.max(a.criteria.length, b.criteria.length);
  for (let index = 0; index < length; index++) {
    const x = a.criteria[index];
    const y = b.criteria[index];
    if (!x || !y) return { agree: false, index };
    if (!sameName(x.key, y.key) || !sameWeight(x.weight, y.weight)) return { agree: false, index };
  }
  return { agree: true };
}

/** A folded criterion name without its numbering ("critère 2 – ", "2. "). */
export function unnumbered(key: string): string {
  return key.replace(/^(?:critere\s*(?:no\s*)?\d+\s*[-:.–)]?\s*|\d+[.)-]?\s*)/, '').trim();
}

function sameName(a: string, b: string): boolean {
  const strip = (key: string) =>
    unnumbered(key)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
  const x = strip(a);
  const y = strip(b);
  if (x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y))) return true;
  // "Chargée ou chargé de projet" for "Expérience et expertise de la chargée ou du chargé de projet".
  const [wx, wy] = [nameWords(unnumbered(a)), nameWords(unnumbered(b))];
  return wx.size > 0 && wy.size > 0 && (isPartOf(wx, wy) || isPartOf(wy, wx));
}

/** Words that do not tell one criterion from another. */
const FILLER = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'ou',
  'en',
  'au',
  'aux',
  'pour',
  'par',
  'sur',
  'dans',
  'un',
  'une',
  'son',
  'sa',
  'ses',
  'critere',
  'the',
  'of',
  'and',
  'or',
  'for',
  'in',
  'criterion',
]);

/** The distinctive words of a folded criterion name, to compare a short form with the full name. */
export function nameWords(text: string): Set<string> {
  return new Set(text.split(/[^a-z\d]+/).filter((word) => word.length > 1 && !FILLER.has(word)));
}

/** Every word of `part` is one of `whole`'s. */
export function isPartOf(part: Set<string>, whole: Set<string>): boolean {
  return [...part].every((word) => whole.has(word));
}

function sameWeight(a: number | undefined, b: number | undefined): boolean {
  return a === undefined || b === undefined || Math.abs(a - b) < 0.01;
}
