import { analyzeModel, type AnalysisResult } from './analyze.js';
import type { AnalysisSettings } from './config/settings.js';
import { DocumentParser, type DocumentModel } from './document/model.js';
import type { RelatedDocument } from './document/related.js';
import { RULES } from './rules/index.js';
import { codeLenses, type CodeLensData } from './features/codeLens.js';
import type { Finding, Range, TextEdit } from './types.js';

export const FIX_ALL_KIND = 'source.fixAll.tender';

export interface CodeActionData {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  edits: TextEdit[];
  findings: Finding[];
  isPreferred?: boolean;
}

export interface LastAnalysis {
  model: DocumentModel;
  settings: AnalysisSettings;
  result: AnalysisResult;
  /** The folder's other documents the analysis read (addenda files). */
  related: readonly RelatedDocument[];
}

/**
 * The language service: per-document state (a parser whose block cache makes re-analysis
 * incremental, and the last findings) and the features built on it. Protocol-free: the LSP server
 * and tests drive it with plain data.
 */
export interface TenderLanguageService {
  /** `related`: the other documents of the folder (addenda files), read by the adapter. */
  analyze(uri: string, text: string, settings: AnalysisSettings, related?: readonly RelatedDocument[]): AnalysisResult;
  /**
   * The parsing part of `analyze` in small steps (one new chunk each), for a caller that yields to
   * newer edits between steps; `analyze` is then quick.
   */
  prepare(uri: string, text: string): Iterable<void>;
  /** The document model of a text (the last analysed one when the text is unchanged); for editor features. */
  model(uri: string, text: string): DocumentModel;
  /** The model, settings and result of the document's last analysis (what features build on). */
  lastAnalysis(uri: string): LastAnalysis | undefined;
  codeActions(uri: string, range: Range, only?: readonly string[]): CodeActionData[];
  /**
   * Periods and earliest lawful dates. With `text` newer than the last analysis (lenses are asked
   * before the scheduled analysis ran), that text is parsed with the last settings, so lenses never lag.
   */
  codeLenses(uri: string, text?: string): CodeLensData[];
  close(uri: string): void;
}

export function createLanguageService(): TenderLanguageService {
  const parsers = new Map<string, DocumentParser>();
  const analyses = new Map<string, LastAnalysis>();
  const parserFor = (uri: string) => {
    let parser = parsers.get(uri);
    if (!parser) parsers.set(uri, (parser = new DocumentParser()));
    return parser;
  };
  return {
    analyze(uri, text, settings, related = []) {
      const model = parserFor(uri).parse(text);
      const result = analyzeModel(model, settings, RULES, related);
      analyses.set(uri, { model, settings, result, related });
      return result;
    },
    prepare: (uri, text) => parserFor(uri).prepare(text),
    lastAnalysis: (uri) => analyses.get(uri),
    model(uri, text) {
      const last = analyses.get(uri)?.model;
      if (last?.source === text) return last;
      return parserFor(uri).parse(text);
    },
    codeActions(uri, range, only) {
      const findings = analyses.get(uri)?.result.findings ?? [];
      const wanted = (kind: string) => !only || only.length === 0 || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
      const actions: CodeActionData[] = [];
      if (wanted('quickfix')) {
        for (const finding of findings) {
          if (finding.fix && overlaps(finding.range, range)) {
            actions.push({ title: finding.fix.title, kind: 'quickfix', edits: finding.fix.edits, findings: [finding], isPreferred: true });
          }
        }
      }
      const fixable = findings.filter((finding) => finding.fix);
      if (wanted(FIX_ALL_KIND) && (fixable.length > 1 || (only?.length && fixable.length > 0))) {
        actions.push({ title: fixAllTitle(fixable.length, analyses.get(uri)?.settings.locale ?? 'fr'), kind: FIX_ALL_KIND, edits: mergeEdits(fixable), findings: fixable });
      }
      return actions;
    },
    codeLenses(uri, text) {
      const last = analyses.get(uri);
      if (!last) return [];
      const model = text === undefined || text === last.model.source ? last.model : (parsers.get(uri) ?? new DocumentParser()).parse(text);
      return codeLenses(model, last.settings, last.related);
    },
    close(uri) {
      parsers.delete(uri);
      analyses.delete(uri);
    },
  };
}

const fixAllTitle = (count: number, locale: AnalysisSettings['locale']) =>
  locale === 'fr' ? `Insérer les ${count} clauses manquantes` : `Insert the ${count} missing clauses`;

/** All fixes as one edit list: identical edits once; inserts at one place keep the findings' order. */
export function mergeEdits(findings: Finding[]): TextEdit[] {
  const seen = new Set<string>();
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    for (const edit of finding.fix?.edits ?? []) {
      const key = JSON.stringify(edit);
      if (seen.has(key)) continue;
      seen.add(key);
      edits.push(edit);
    }
  }
  return edits;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
