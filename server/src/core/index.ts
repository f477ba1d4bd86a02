/** The analysis core: parse → document model → rules → findings. Knows nothing of LSP. */
import { DocumentParser } from './document/model.js';
import { analyzeModel, type AnalysisResult } from './analyze.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './config/settings.js';

export { analyzeModel, FORM_CHECKS, type AnalysisResult } from './analyze.js';
export { DocumentParser, parseDocument, type DocumentModel } from './document/model.js';
export { DEFAULT_SETTINGS, type AnalysisSettings, type SeveritySetting } from './config/settings.js';
export { RULES } from './rules/index.js';
export { formatCitation, citationHref, parseCitationId } from './legal/citations.js';
export { createLanguageService, mergeEdits, FIX_ALL_KIND, type TenderLanguageService, type CodeActionData } from './service.js';
export { gridHover, adjustmentCoefficient, type GridHoverData } from './features/gridHover.js';
export { evaluationGrid, weightTotal, type CriteriaGrid, type EvaluationGrid, type GridCriterion } from './evaluation/grid.js';
export * from './types.js';

/** One-shot analysis of a text (the CLI's path; the server keeps a parser per document). */
export function analyzeText(text: string, settings: AnalysisSettings = DEFAULT_SETTINGS): AnalysisResult {
  return analyzeModel(new DocumentParser().parse(text), settings);
}
