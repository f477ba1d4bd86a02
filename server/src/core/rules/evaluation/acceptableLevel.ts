import { annexApplies } from '../applicability.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import { blocksWhere } from '../../document/incremental.js';
import type { DocumentUnit } from '../../document/model.js';
import { readAsPassage, type ParsedBlock, type TextUnit } from '../../document/markdown.js';
import { blockReading } from '../../document/readings.js';
import { evaluationGrid, isPartOf, levelsByNumber, nameWords, unnumbered, type GridCriterion } from '../../evaluation/grid.js';
import { levelWording, type LevelWording } from '../../evaluation/levelWording.js';
import { NUMBERING, withoutLanguageTag } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule, RuleContext } from '../rule.js';
import { TENDER_DOCUMENTS, evaluationInsertionOffset, stated } from './common.js';
import { noticeOwnUnits } from '../documents/scope.js';

const TEXT = new Set(['heading', 'paragraph', 'listItem', 'tableRow']);

/** How much more than its name a passage must say to describe a criterion. */
const DESCRIPTION_LENGTH = 30;

/** The label a passage opens with: "Équipe proposée : …", "b) Plan de travail – …" (folded text). */
const LABEL = /^(?:[a-z\d]{1,2}[.)] )?([^:;.!?]{3,80}?) ?(?::| - )/;

/** A passage's opening label: its distinctive words and its length (what follows it is the description). */
interface Label {
  words: Set<string>;
  length: number;
}

function labelOf(normalized: string): Label | undefined {
  const match = LABEL.exec(normalized);
  const found = match ? nameWords(match[1]) : undefined;
  return match && found && found.size > 0 ? { words: found, length: match[0].length } : undefined;
}

/**
 * The label each unit of a block opens with (none for a heading, but a title that may be a stressed sentence):
 * read once per cached block, for every criterion.
 */
const blockLabels = blockReading((parsed: ParsedBlock) => parsed.units.map((unit) => (readAsPassage(unit) ? labelOf(unit.normalized) : undefined)));

/**
 * Annexe 1–2 art. 2: for each criterion, the documents state the quality elements required to reach
 * the acceptable performance level. A criterion counts as described by a description column (the grid's,
 * or that of a table of the levels naming it, in short or in full), its front-matter `description`, a
 * section headed by it, a passage naming it (or labelled with a short form of its name) and saying more, a table
 * of the acceptable levels keyed by its number, or a statement that the acceptable levels are set out elsewhere in
 * the documents. A level column that leaves the level to the committee (« Selon l'appréciation du comité », "As assessed by
 * the selection committee") states no element: an error at its cell, a warning where the levels are said to be set out
 * elsewhere too; a bare assessment (« Satisfaisante », "Adequate") is a warning; a dash or « N/A » is no level.
 */
export function acceptableLevel(annex: 1 | 2): Rule {
  return {
    id: `annex${annex}-acceptable-level`,
    citation: `A${annex}.2`,
    severity: 'error',
    appliesTo: TENDER_DOCUMENTS,
    scope: 'dossier',
    description: {
      fr: `Annexe ${annex} : pour chaque critère, les documents précisent les éléments de qualité requis pour atteindre le niveau de performance acceptable.`,
      en: `Annex ${annex}: for each criterion, the documents state the quality elements required to reach the acceptable performance level.`,
    },
    notApplicable: (context) => annexApplies(context, annex),
    check(context) {
      const { primary, body } = evaluationGrid(context.model);
      if (!primary) return;
      const setOutElsewhere = stated(context, 'acceptableLevelReference');
      const gridRanges = body.map((table) => table.range);
      // The notice's summary ("Mandat — la Société retient…") describes the services, not a criterion's level.
      const notice = noticeOwnUnits(context.model);
      const isText = (unit: DocumentUnit) => TEXT.has(unit.kind) && !notice.has(unit) && !gridRanges.some((range) => inside(unit, range));
      const allWords = primary.criteria.map((criterion) => nameWords(unnumbered(criterion.key)));
      const byNumber = levelsByNumber(context.model);
      primary.criteria.forEach((criterion, index) => {
        const name = unnumbered(criterion.key);
        // A short form of the name ("Équipe proposée" for "Expertise de l'équipe proposée"); one that fits
        // several criteria ("Expérience") names none of them.
        const shortForm = (found: Set<string>) =>
          found.size > 0 && isPartOf(found, allWords[index]) && !allWords.some((other, otherIndex) => otherIndex !== index && isPartOf(found, other));
        const rowNames = (row: GridCriterion) =>
          row.key === criterion.key || (name.length >= 4 && row.key.includes(name)) || shortForm(nameWords(unnumbered(row.key)));
        // Its level as the grid, or a table of the acceptable levels naming it, words it: one stating an element describes it.
        const levels = [criterion, ...body.flatMap((table) => table.criteria.filter((row) => row !== criterion && rowNames(row)))].flatMap((row) => {
          const labelled = row.description === undefined && primary.source === 'list' && row === criterion ? nameAndLevel(row.name) : undefined;
          const level = row.description ?? labelled?.level;
          const name = labelled?.name ?? row.name;
          return level ? [{ row, name, level, wording: levelWording(level, name) }] : [];
        });
        if (levels.some((level) => level.wording === undefined)) return;
        const unstated = levels.find((level) => level.wording === 'leftOpen') ?? levels.find((level) => level.wording === 'vague');
        if (unstated) {
          reportLevel(context, unstated, annex, setOutElsewhere);
          return;
        }
        if (setOutElsewhere || described(context, criterion, index, isText, shortForm)) return;
        // A table of the acceptable levels keyed by the criteria's numbers (the grid's « N° », else their order).
        if (byNumber.has(criterion.number ?? String(index + 1))) return;
        context.report({
          messageId: 'criterionNotDescribed',
          range: criterion.range,
          message: {
            fr: `Le critère « ${criterion.name} » ne précise pas les éléments de qualité requis pour atteindre le niveau de performance acceptable (annexe ${annex}, art. 2).`,
            en: `Criterion "${criterion.name}" does not state the quality elements required to reach the acceptable performance level (Annex ${annex}, s. 2).`,
          },
          fix: insertClauseFix(context.model, 'acceptableLevel', context.locale, evaluationInsertionOffset(context), {
            critère: criterion.name,
            criterion: criterion.name,
          }),
        });
      });
    },
  };
}

/**
 * The name and the level of an entry of a list of criteria read as names alone, the level after the name's label (« 2.
 * Expertise du chargé de projet : selon l'appréciation du comité »).
 */
function nameAndLevel(text: string): { name: string; level: string } | undefined {
  const colon = text.indexOf(':');
  const level = text.slice(colon + 1).trim();
  return colon >= 3 && colon <= 80 && level ? { name: text.slice(0, colon).trim(), level } : undefined;
}

/** A criterion's level as written (its cell, the text after its name), and what it says. */
interface Level {
  row: GridCriterion;
  /** The criterion's name, without the level an entry gives after it. */
  name: string;
  level: string;
  wording: LevelWording | undefined;
}

/**
 * A criterion whose level leaves it to the committee, or is a bare assessment: the finding is at the level's text, in its
 * cell or after its name. Leaving it to the committee states no element (an error), unless the documents say the levels are
 * set out elsewhere (then a warning); a bare assessment may be the drafter's shorthand for one (a warning).
 */
function reportLevel(context: RuleContext, { row, name, level, wording }: Level, annex: 1 | 2, setOutElsewhere: boolean): void {
  const line = level.split('\n')[0].trim();
  const at = context.model.text.slice(row.range.start, row.range.end).indexOf(line);
  const range = at < 0 ? row.range : { start: row.range.start + at, end: row.range.start + at + line.length };
  if (wording === 'leftOpen') {
    context.report({
      messageId: 'levelLeftToCommittee',
      range,
      ...(setOutElsewhere && { severity: 'warning' as const }),
      message: {
        fr: `Le niveau de performance acceptable du critère « ${name} » (« ${line} ») est laissé à l'appréciation du comité : les documents doivent préciser, pour chaque critère, les éléments de qualité requis pour l'atteindre (annexe ${annex}, art. 2).`,
        en: `The acceptable performance level of criterion "${name}" ("${line}") is left to the committee's judgement: the documents must state, for each criterion, the quality elements required to reach it (Annex ${annex}, s. 2).`,
      },
    });
    return;
  }
  context.report({
    messageId: 'levelVague',
    range,
    severity: 'warning',
    message: {
      fr: `À confirmer : le niveau de performance acceptable du critère « ${name} » (« ${line} ») ne nomme aucun élément de qualité requis pour l'atteindre (annexe ${annex}, art. 2).`,
      en: `To confirm: the acceptable performance level of criterion "${name}" ("${line}") names no quality element required to reach it (Annex ${annex}, s. 2).`,
    },
  });
}

function inside(unit: DocumentUnit, range: OffsetRange): boolean {
  return unit.start >= range.start && unit.end <= range.end;
}

/**
 * A criterion named by its number ("critère no 2", "criterion 2", in a heading), and a passage labelled with it
 * ("Critère 2 : le chargé de projet a dirigé…"), or opening on it as an article's paragraph does ("a) pour le
 * critère 2, un évaluateur…", "(b) for criterion 2, …"). Built for each criterion: test/robustness/regexTiming.test.ts
 * times them.
 */
export function criterionNumber(number: number): { numbered: RegExp; numberedLabel: RegExp } {
  const name = String.raw`(?:critere|criterion) (?:no |n° |numero |number |#)?${number}\b`;
  return {
    numbered: new RegExp(String.raw`\b${name}`),
    numberedLabel: new RegExp(
      String.raw`^(?:\(?[a-z\d]{1,2}[.)°] )?(?:(?:(?:pour|quant|en ce qui concerne|s'agissant|dans le cas) (?:au |du |le |l')?|au |for |under |in )?${name} ?(?::| - |\)|,))`,
    ),
  };
}

/**
 * The length of a passage's or title's opening on a criterion's identifier, the grid's key for its row (« c1 - experience… »,
 * « critere c2 : … », "q-1. acceptable level…"), folded; undefined when it opens otherwise. The identifier is followed by
 * a dash, a colon, a parenthesis or a period, then a space (not a sub-criterion’s « c1.1 »). One that is a number alone must follow
 * « critère »: any numbered paragraph opens on a number (criterionNumber reads those).
 */
function identifierOpening(normalized: string, identifier: string): number | undefined {
  const named = CRITERION_WORD.exec(normalized)?.[0].length ?? 0;
  if ((named === 0 && !/\p{L}/u.test(identifier)) || !normalized.startsWith(identifier, named)) return undefined;
  const separator = IDENTIFIER_SEPARATOR.exec(normalized.slice(named + identifier.length));
  return separator ? named + identifier.length + separator[0].length : undefined;
}

const CRITERION_WORD = /^(?:critere|criterion) (?:no |n° |#)?/;
const IDENTIFIER_SEPARATOR = /^(?: ?[-:)]|\.)(?: |$)/;

function described(
  context: RuleContext,
  criterion: GridCriterion,
  index: number,
  isText: (unit: DocumentUnit) => boolean,
  shortForm: (found: Set<string>) => boolean,
): boolean {
  const name = unnumbered(criterion.key);
  const words = nameWords(name);
  const { numbered, numberedLabel } = criterionNumber(index + 1);
  const spelled = (unit: { normalized: string }) => name.length >= 4 && unit.normalized.includes(name);
  // A passage labelled with a short form of the name (whether the form is ambiguous depends on the
  // other criteria, so it is checked outside the per-block memo).
  const label = (found: Label | undefined) => (found && isPartOf(found.words, words) ? found : undefined);
  // « Critère 2 : … » opens the passage, after its own numbering if any (« 5.3 Critère 2 : qualifications. Niveau… »).
  const byNumber = (unit: TextUnit): { match: RegExpExecArray; text: string } | undefined => {
    // Every such label names « critère » or "criterion": most passages are spared both patterns.
    if (!unit.normalized.includes('criter')) return undefined;
    // A bilingual document's language tag before the label (« **FR** — **Critère 2 —** … ») is not the passage's opening.
    const normalized = withoutLanguageTag(unit.text) ?? unit.normalized;
    const match = numberedLabel.exec(normalized);
    if (match) return { match, text: normalized };
    const unnumbered = normalized.replace(NUMBERING, '');
    const found = unnumbered === normalized ? null : numberedLabel.exec(unnumbered);
    return found ? { match: found, text: unnumbered } : undefined;
  };
  // « C1 — Expérience du soumissionnaire (20 %). … », « ### Critère C2 — Chargé de projet »: the identifier the grid keys it by.
  const identifier = (unit: TextUnit) => (criterion.number === undefined ? undefined : identifierOpening(unit.normalized, criterion.number));
  const names = (unit: TextUnit, found: Label | undefined) =>
    TEXT.has(unit.kind) &&
    (spelled(unit) ||
      identifier(unit) !== undefined ||
      (unit.kind === 'heading' && numbered.test(unit.normalized)) ||
      (readAsPassage(unit) && byNumber(unit) !== undefined) ||
      label(found) !== undefined);
  // A passage names the criterion and says more; so may a title set in bold or in capitals (a stressed sentence).
  const describes = (unit: TextUnit, found: Label | undefined) => {
    if (!readAsPassage(unit)) return false;
    if (spelled(unit) && unit.normalized.length >= name.length + DESCRIPTION_LENGTH) return true;
    const numberedBy = byNumber(unit);
    if (numberedBy) return numberedBy.text.length >= numberedBy.match[0].length + DESCRIPTION_LENGTH;
    const opening = identifier(unit);
    if (opening !== undefined) return unit.normalized.length >= opening + DESCRIPTION_LENGTH;
    const labelled = label(found);
    return labelled !== undefined && shortForm(labelled.words) && unit.normalized.length >= labelled.length + DESCRIPTION_LENGTH;
  };
  // Only blocks naming the criterion are looked at; which ones do is carried over between versions.
  const { model } = context;
  const blocks = blocksWhere(model, `criterion-named:${index}:${criterion.number ?? ''}:${name}`, (blockIndex) => {
    const { parsed } = model.blocks[blockIndex];
    const labels = blockLabels(parsed);
    return parsed.units.some((unit, own) => names(unit, labels[own]));
  });
  return blocks.some((blockIndex) => {
    const block = model.blocks[blockIndex];
    const labels = blockLabels(block.parsed);
    return model.units.slice(block.firstUnit, block.firstUnit + block.parsed.units.length).some((unit, own) => {
      if (!names(unit, labels[own]) || !isText(unit)) return false;
      if (describes(unit, labels[own])) return true;
      if (unit.kind !== 'heading') return false;
      const section = context.model.sections.find((candidate) => candidate.heading === unit);
      return section !== undefined && context.unitsOf(section).some((inner) => inner.kind !== 'heading');
    });
  });
}
