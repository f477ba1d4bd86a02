import type { OffsetRange } from '../../document/frontMatter.js';
import { firstUnitFrom, type DocumentModel } from '../../document/model.js';
import { evaluationGrid, type GridCriterion } from '../../evaluation/grid.js';
import { itemStated } from '../../legal/find.js';
import { RECOGNISERS, matchesHeading, type ItemName } from '../../legal/recognisers.js';
import type { Locale } from '../../types.js';
import type { RuleContext } from '../rule.js';

/** Evaluation, award and amount rules read the tender documents, not the notice alone (see TENDER_DOCUMENT_TYPES). */
export { TENDER_DOCUMENT_TYPES as TENDER_DOCUMENTS } from '../documents/requiredItem.js';

export type AwardMode = 'prix' | 'qualite-minimale' | 'qualite-prix' | 'qualite-seulement';
const MODES: readonly string[] = ['prix', 'qualite-minimale', 'qualite-prix', 'qualite-seulement'];

/**
 * The award method: the front-matter's `adjudication`, else the award rule the body states
 * ("prix ajusté le plus bas" is art. 21, "note finale la plus élevée" art. 22; "prix le plus bas" after a quality
 * evaluated on its minimum level, art. 20 and annexe 1).
 */
export function awardMode(context: RuleContext): AwardMode | undefined {
  const declared = context.data.adjudication;
  if (declared && MODES.includes(declared)) return declared as AwardMode;
  if (declared) return undefined;
  const adjusted = itemStated(context.model, 'awardAdjustedPrice');
  const highest = itemStated(context.model, 'awardHighestScore');
  if (adjusted && !highest) return 'qualite-prix';
  if (highest && !adjusted) return 'qualite-seulement';
  if (!adjusted && !highest && itemStated(context.model, 'awardLowestPrice') && itemStated(context.model, 'minimumQualityEvaluation'))
    return 'qualite-minimale';
  return undefined;
}

export const isQualityMode = (mode: AwardMode | undefined): boolean => mode !== undefined && mode !== 'prix';

/** Annexe 1 for minimum quality (art. 20), annexe 2 for quality-price and quality only (art. 21–22). */
export function annexOf(mode: AwardMode | undefined): 1 | 2 | undefined {
  if (mode === 'qualite-minimale') return 1;
  if (mode === 'qualite-prix' || mode === 'qualite-seulement') return 2;
  return undefined;
}

/** Where a finding about the award method points: the `adjudication` value, else the anchor. */
export function modeRange(context: RuleContext): OffsetRange {
  return context.model.frontMatter?.valueRange(['adjudication']) ?? context.anchor;
}

/** Architecture, or engineering other than forestry (art. 24 al. 1); soils and materials engineering is engineering. */
export function isArchitectureOrEngineering(context: RuleContext): boolean {
  const domain = context.data.contrat.domaine;
  return domain === 'architecture' || domain === 'genie' || domain === 'sols-materiaux';
}

export const stated = (context: RuleContext, item: ItemName): boolean => itemStated(context.model, item);

/** Offset after the last unit of the first section whose heading names the item (and that holds `within`, if given); undefined without one. */
export function sectionEnd(model: DocumentModel, item: ItemName, within?: number): number | undefined {
  const section = model.sections.find(
    (candidate) =>
      matchesHeading(RECOGNISERS[item], candidate.heading.normalized) && (within === undefined || (candidate.start <= within && within < candidate.end)),
  );
  if (!section) return undefined;
  let end = section.heading.end;
  for (const unit of model.units) {
    if (unit.start >= section.end) break;
    if (unit.start > section.heading.start) end = Math.max(end, unit.end);
  }
  return end;
}

/** Offset after the body's last unit of the rule's home file (see RuleContext.home). */
export function documentEnd(context: RuleContext): number {
  const { model, home } = context;
  const last = model.units[firstUnitFrom(model, home.end) - 1];
  return last && last.start >= home.bodyStart ? last.end : home.end;
}

/**
 * Where evaluation clauses go: the end of the evaluation-grid section that holds the grid written in the body (in a
 * dossier, the grid's annex, not the instructions' section that refers to it), else of the first one, else the end of
 * the rule's home file.
 */
export function evaluationInsertionOffset(context: RuleContext): number {
  const grid = evaluationGrid(context.model).primary;
  const holding = grid && grid.source !== 'front-matter' ? sectionEnd(context.model, 'evaluationGrid', grid.range.start) : undefined;
  return holding ?? sectionEnd(context.model, 'evaluationGrid') ?? documentEnd(context);
}

export function formatNumber(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
}

/**
 * The annex whose grid rules apply: the award method's, else annexe 2 when the method is not stated
 * at all and the grid weighs its criteria (weights exist only in annexe 2).
 */
export function gridAnnex(context: RuleContext): 1 | 2 | undefined {
  const mode = awardMode(context);
  if (mode !== undefined || context.data.adjudication !== undefined) return annexOf(mode);
  const grid = evaluationGrid(context.model).primary;
  return grid?.criteria.some((criterion) => criterion.weight !== undefined) ? 2 : undefined;
}

/** A grid criterion as messages name it: « name » (weight), or « (aucun) » where a grid has no criterion at that place. */
export const describeCriterion = (criterion: GridCriterion | undefined, locale: Locale): string =>
  criterion
    ? `« ${criterion.name} »${criterion.weight !== undefined ? ` (${formatNumber(criterion.weight, locale)})` : ''}`
    : locale === 'fr'
      ? '(aucun)'
      : '(none)';
