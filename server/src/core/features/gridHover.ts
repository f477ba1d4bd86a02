import type { OffsetRange } from '../document/frontMatter.js';
import type { DocumentModel } from '../document/model.js';
import { readTenderData } from '../document/tenderData.js';
import { evaluationGrid, weightTotal, type CriteriaGrid, type GridCriterion } from '../evaluation/grid.js';
import { evaluationStatements } from '../evaluation/statements.js';
import type { Locale, Range } from '../types.js';

export interface GridHoverData {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** Scores shown: the acceptable level, midway, and the maximum (annexe 2, art. 4 and 8). */
export const COEFFICIENT_SCORES = [70, 85, 100] as const;

/** Annexe 2, art. 8: the quality adjustment coefficient. K is a percentage. */
export function adjustmentCoefficient(k: number, score: number): number {
  return 1 + ((k / 100) * (score - 70)) / 30;
}

/**
 * Hover on the K parameter, on a criterion's weight or on the evaluation grid: the adjusted-price
 * coefficient for 70, 85 and 100 points and the weights' total, so that a drafter checks the grid
 * without a calculator.
 */
export function gridHover(model: DocumentModel, offset: number, locale: Locale): GridHoverData | undefined {
  const target = hoverTarget(model, offset);
  if (!target) return undefined;
  const grid = target.grid ?? evaluationGrid(model).primary;
  const k = kValue(model);
  const fr = locale === 'fr';
  const paragraphs: string[] = [];
  if (target.criterion?.weight !== undefined) {
    const unit = grid?.unit === 'points' ? ' points' : fr ? ' %' : '%';
    const weight = `${number(target.criterion.weight, locale)}${unit}`;
    paragraphs.push(fr ? `**Critère « ${target.criterion.name} »** : poids ${weight}` : `**Criterion "${target.criterion.name}"**: weight ${weight}`);
  }
  if (grid) paragraphs.push(totalLine(grid, locale));
  if (k === undefined) {
    paragraphs.push(fr ? 'Paramètre K : non fixé dans les documents.' : 'K parameter: not set in the documents.');
  } else {
    paragraphs.push(
      fr
        ? `**Paramètre K = ${number(k, locale)} %** — coefficient d'ajustement = 1 + K × (note finale − 70) / 30 (annexe 2, art. 8)`
        : `**K parameter = ${number(k, locale)}%** — adjustment coefficient = 1 + K × (final score − 70) / 30 (Annex 2, s. 8)`,
    );
    const rows = COEFFICIENT_SCORES.map((score) => {
      const coefficient = adjustmentCoefficient(k, score);
      return `| ${score} | ${coefficient.toFixed(3).replace('.', fr ? ',' : '.')} | ${money(100_000 / coefficient, locale)} |`;
    });
    const header = fr
      ? '| Note finale | Coefficient | Prix ajusté d’un prix soumis de 100 000 $ |'
      : '| Final score | Coefficient | Adjusted price of a $100,000 bid |';
    paragraphs.push([header, '|---:|---:|---:|', ...rows].join('\n'));
  }
  return { contents: paragraphs.join('\n\n'), range: toRange(model, target.range) };
}

interface Target {
  range: OffsetRange;
  grid?: CriteriaGrid;
  criterion?: GridCriterion;
}

function hoverTarget(model: DocumentModel, offset: number): Target | undefined {
  const within = (range: OffsetRange | undefined): range is OffsetRange => range !== undefined && range.start <= offset && offset <= range.end;
  const { frontMatter, body } = evaluationGrid(model);
  const fm = model.frontMatter;
  if (fm && within(fm.range)) {
    const kRange = [fm.keyRange(['evaluation', 'k']), fm.valueRange(['evaluation', 'k'])].find(within);
    if (kRange) return { range: kRange };
    for (const criterion of frontMatter?.criteria ?? []) {
      if (within(criterion.range)) return { range: criterion.weightRange ?? criterion.range, grid: frontMatter, criterion };
    }
    const key = fm.keyRange(['evaluation', 'criteres']);
    if (within(key)) return { range: key, grid: frontMatter };
    return undefined;
  }
  for (const table of body) {
    if (!within(table.range)) continue;
    const criterion = table.criteria.find((row) => within(row.range));
    return { range: criterion?.range ?? table.range, grid: table, criterion };
  }
  const statement = evaluationStatements(model, 'k').find((candidate) => within(candidate.range));
  return statement ? { range: statement.range } : undefined;
}

/** K from the front-matter, else from the text. */
export function kValue(model: DocumentModel): number | undefined {
  const declared = readTenderData(model.frontMatter?.data).evaluation.k;
  if (declared !== undefined) return declared;
  return evaluationStatements(model, 'k').find((statement) => statement.value !== undefined)?.value;
}

function totalLine(grid: CriteriaGrid, locale: Locale): string {
  const total = weightTotal(grid);
  const count = grid.criteria.length;
  const ok = Math.abs(total - 100) <= 0.01 && grid.criteria.every((criterion) => criterion.weight !== undefined);
  const unit = grid.unit === 'points' ? ' points' : locale === 'fr' ? ' %' : '%';
  return locale === 'fr'
    ? `**Grille d'évaluation** : ${count} critère${count > 1 ? 's' : ''}, total des poids ${number(total, locale)}${unit} ${ok ? '✓' : '✗ (doit être 100 %, annexe 2, art. 3)'}`
    : `**Evaluation grid**: ${count} criteri${count > 1 ? 'a' : 'on'}, weights total ${number(total, locale)}${unit} ${ok ? '✓' : '✗ (must be 100%, Annex 2, s. 3)'}`;
}

function number(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
}

function money(value: number, locale: Locale): string {
  const rounded = Math.round(value).toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA');
  return locale === 'fr' ? `${rounded} $` : `$${rounded}`;
}

function toRange(model: DocumentModel, range: OffsetRange): Range {
  return { start: model.lines.positionAt(range.start), end: model.lines.positionAt(range.end) };
}
