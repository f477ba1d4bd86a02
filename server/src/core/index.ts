/** The analysis core: parse → document model → rules → findings. Knows nothing of LSP. */
import { DocumentParser } from './document/incremental.js';
import { analyzeModel, type AnalysisResult } from './analyze.js';
import { DEFAULT_SETTINGS, type AnalysisSettings } from './config/settings.js';
import type { RelatedDocument } from './document/related.js';
import { RULES } from './rules/index.js';

export { analysisSteps, analyzeModel, analyzeDossier, FORM_CHECKS, type AnalysisResult, type DossierAnalysis } from './analyze.js';
export { dossierOf, type Dossier, type DossierMember } from './dossier/dossier.js';
export { DocumentParser, parseDocument } from './document/incremental.js';
export type { DocumentModel } from './document/model.js';
export { DEFAULT_SETTINGS, type AnalysisSettings, type SeveritySetting } from './config/settings.js';
export { RULES } from './rules/index.js';
export { formatCitation, citationHref, parseCitationId } from './legal/citations.js';
export { createLanguageService, mergeFixes, editsClash, FIX_ALL_KIND, type TenderLanguageService, type CodeActionData, type LastAnalysis } from './service.js';
export { gridHover, adjustmentCoefficient, type GridHoverData } from './features/gridHover.js';
export { evaluationGrid, weightTotal, type CriteriaGrid, type EvaluationGrid, type GridCriterion } from './evaluation/grid.js';
export { dossierAddenda, type RelatedDocument, type RelatedAddendum } from './document/related.js';
export { codeLenses, type CodeLensData } from './features/codeLens.js';
export {
  conformityReport,
  type ConformityReport,
  type ConformityGroup,
  type ConformityItem,
  type ConformityEvidence,
  type ConformityFinding,
  type ConformityStatus,
} from './features/conformity.js';
export { explain, type Explanation, type ExplanationLine, type ExplanationOutcome } from './features/explain.js';
export * from './types.js';

/** One-shot analysis of a text (the server keeps a parser per document). */
export function analyzeText(text: string, settings: AnalysisSettings = DEFAULT_SETTINGS, related: readonly RelatedDocument[] = []): AnalysisResult {
  return analyzeModel(new DocumentParser().parse(text), settings, RULES, related);
}
export { hover, type HoverData } from './features/hover.js';
export { definition, regulationText, regulationUri, REGULATION_SCHEME, type LocationData } from './features/definition.js';
export { completion, COMPLETION_TRIGGERS, type CompletionData } from './features/completion.js';
export { documentSymbols, foldingRanges, type SymbolData, type FoldingData } from './features/outline.js';
