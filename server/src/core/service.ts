import { dossierSteps, runSteps, type AnalysisResult, type DossierAnalysis } from './analyze.js';
import type { AnalysisSettings } from './config/settings.js';
import { DocumentParser } from './document/incremental.js';
import type { ParsedBlock } from './document/markdown.js';
import type { DocumentModel } from './document/model.js';
import type { SliceClock } from './document/readings.js';
import { dossierAddenda, type RelatedDocument } from './document/related.js';
import { dossierOf } from './dossier/dossier.js';
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
  /** The other files of the dossier the analysis read, with their models. */
  related: readonly RelatedDocument[];
  /** The document's name in its dossier. */
  name: string;
  /** The analysis of the whole dossier: every file's findings (this one's is `result`). */
  dossier: DossierAnalysis;
  /** The URI of each file of the dossier, by its name. */
  uris: ReadonlyMap<string, string>;
}

/** The other files of a document's dossier, as the adapter found them (node/dossier.ts). */
export interface DossierInput {
  /** The document's own name in the dossier: its path from the dossier's folder. */
  name: string;
  others: readonly { uri: string; name: string; text: string }[];
}

/**
 * The language service: per-document state (a parser whose block cache makes re-analysis
 * incremental, and the last findings) and the features built on it. Protocol-free: the LSP server
 * and tests drive it with plain data.
 */
export interface TenderLanguageService {
  /**
   * Analyses a document with the other files of its dossier. Each file is parsed by its own parser
   * (that of an open document is shared), so an unchanged file is not parsed again; every open file
   * of the dossier whose text was analysed gets the new findings too (`lastAnalysis`).
   */
  analyze(uri: string, text: string, settings: AnalysisSettings, dossier?: DossierInput): AnalysisResult;
  /**
   * `analyze` one rule per step (each file's rules, then those over the dossier's tender documents),
   * for a caller that yields to newer edits between steps (run `prepare` first). With `clock`, a rule
   * still reading blocks when the slice ends is cut there and goes on in the next step (readings.ts).
   * Its analysis is kept (`lastAnalysis`) only when the steps are run to their end.
   */
  analysisSteps(uri: string, text: string, settings: AnalysisSettings, dossier?: DossierInput, clock?: SliceClock): Generator<void, AnalysisResult, undefined>;
  /**
   * The parsing part of `analyze`, one new chunk per step, for a caller that yields to newer edits
   * between steps; the dossier's other files too (those unchanged since cost nothing). Chunks
   * `parsedBefore` gives (the parses of an earlier session, node/parseCache.ts) are taken as they are.
   */
  prepare(uri: string, text: string, dossier?: DossierInput, parsedBefore?: (chunk: string) => ParsedBlock | undefined): Generator<void, void, undefined>;
  /** Whether a file was parsed before (its next text is an edit, mostly cached), as the document or another file of a dossier. */
  hasParsed(uri: string): boolean;
  /** The body chunks of a file's version parsed last (for a cache of parses kept across sessions). */
  parsedChunks(uri: string): readonly ParsedBlock[];
  /** The document model of a text (the last analysed one when the text is unchanged); for editor features. */
  model(uri: string, text: string): DocumentModel;
  /** The model, settings and result of the document's last analysis (what features build on). */
  lastAnalysis(uri: string): LastAnalysis | undefined;
  codeActions(uri: string, range: Range, only?: readonly string[]): CodeActionData[];
  /** Periods and earliest lawful dates, from the last analysis. */
  codeLenses(uri: string): CodeLensData[];
  close(uri: string): void;
}

/** Parsers kept for files of a dossier that are not open (read from disk), at most this many. */
const BACKGROUND_PARSERS = 64;

export function createLanguageService(): TenderLanguageService {
  const parsers = new Map<string, DocumentParser>();
  /** Parsers of dossier files that are not open, most recently used last. */
  const background = new Map<string, DocumentParser>();
  const analyses = new Map<string, LastAnalysis>();
  const parserFor = (uri: string) => {
    let parser = parsers.get(uri);
    if (!parser) {
      parser = background.get(uri) ?? new DocumentParser();
      background.delete(uri);
      parsers.set(uri, parser);
    }
    return parser;
  };
  const otherParser = (uri: string) => {
    const open = parsers.get(uri);
    if (open) return open;
    let parser = background.get(uri);
    background.delete(uri);
    background.set(uri, (parser ??= new DocumentParser()));
    if (background.size > BACKGROUND_PARSERS) background.delete(background.keys().next().value!);
    return parser;
  };
  /** A file's parser, open or background, without making one or moving it in the background's order. */
  const knownParser = (uri: string) => parsers.get(uri) ?? background.get(uri);
  function* steps(
    uri: string,
    text: string,
    settings: AnalysisSettings,
    input: DossierInput = { name: '', others: [] },
    clock?: SliceClock,
  ): Generator<void, AnalysisResult, undefined> {
    const model = parserFor(uri).parse(text);
    const related = input.others.map((other) => ({ name: other.name, text: other.text, model: otherParser(other.uri).parse(other.text) }));
    const uris = new Map([[input.name, uri], ...input.others.map((other) => [other.name, other.uri] as const)]);
    const dossier = yield* dossierSteps(dossierOf(input.name, model, related), settings, RULES, clock);
    const result = dossier.results.get(dossier.dossier.self)!;
    analyses.set(uri, { model, settings, result, related, name: input.name, dossier, uris });
    // An open file of the dossier, analysed as it is now, takes its share of the new findings.
    for (const member of dossier.dossier.members) {
      const memberUri = uris.get(member.name);
      const last = memberUri && memberUri !== uri ? analyses.get(memberUri) : undefined;
      if (!last || last.model !== member.model) continue;
      const others = [{ name: input.name, text, model }, ...related.filter((other) => other.name !== member.name)];
      analyses.set(memberUri!, {
        ...last,
        settings,
        result: dossier.results.get(member)!,
        related: others,
        dossier: { ...dossier, dossier: { ...dossier.dossier, self: member } },
        uris,
      });
    }
    return result;
  }
  return {
    analyze: (uri, text, settings, input) => runSteps(steps(uri, text, settings, input)),
    analysisSteps: steps,
    *prepare(uri, text, input, parsedBefore) {
      yield* parserFor(uri).prepare(text, parsedBefore);
      for (const other of input?.others ?? []) yield* otherParser(other.uri).prepare(other.text, parsedBefore);
    },
    hasParsed: (uri) => knownParser(uri)?.hasParsed === true,
    parsedChunks: (uri) => knownParser(uri)?.chunks ?? [],
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
        const merged = mergeFixes(fixable);
        actions.push({ title: fixAllTitle(merged.findings.length, analyses.get(uri)?.settings.locale ?? 'fr'), kind: FIX_ALL_KIND, ...merged });
      }
      return actions;
    },
    codeLenses(uri) {
      const last = analyses.get(uri);
      return last ? codeLenses(last.model, last.settings, dossierAddenda(last.dossier.dossier)) : [];
    },
    close(uri) {
      parsers.delete(uri);
      analyses.delete(uri);
    },
  };
}

const fixAllTitle = (count: number, locale: AnalysisSettings['locale']) =>
  count === 1
    ? locale === 'fr'
      ? 'Insérer la clause manquante'
      : 'Insert the missing clause'
    : locale === 'fr'
      ? `Insérer les ${count} clauses manquantes`
      : `Insert the ${count} missing clauses`;

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

/**
 * All fixes as one edit list that never edits a piece of text twice (an editor refuses such an edit,
 * or applies both and garbles the text). When two fixes touch the same text, the one kept is the
 * one that rewrites more, then the fix of the more severe finding: moving the receipt deadline
 * rewrites the whole date, weekday included, so it settles a wrong weekday too, and setting the
 * opening at the limit rewrites the text's opening date along with the front-matter's. The other is
 * dropped whole, never half applied. Identical edits count once; inserts at one place keep the
 * findings' order.
 */
export function mergeFixes(findings: readonly Finding[]): { edits: TextEdit[]; findings: Finding[] } {
  const ranked = findings
    .map((finding, order) => ({ finding, order }))
    .filter(({ finding }) => finding.fix)
    .sort(
      (a, b) =>
        b.finding.fix!.edits.length - a.finding.fix!.edits.length || SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.order - b.order,
    );
  const seen = new Set<string>();
  const accepted: TextEdit[] = [];
  const kept = new Set<number>();
  for (const { finding, order } of ranked) {
    const fresh = finding.fix!.edits.filter((edit) => !seen.has(JSON.stringify(edit)));
    if (fresh.some((edit) => accepted.some((other) => editsClash(edit, other)))) continue;
    kept.add(order);
    for (const edit of fresh) {
      seen.add(JSON.stringify(edit));
      accepted.push(edit);
    }
  }
  // Back in the findings' order, so that inserts at one place come in that order.
  const keptFindings = findings.filter((_, order) => kept.has(order));
  const edits: TextEdit[] = [];
  const emitted = new Set<string>();
  for (const finding of keptFindings) {
    for (const edit of finding.fix!.edits) {
      const key = JSON.stringify(edit);
      if (emitted.has(key)) continue;
      emitted.add(key);
      edits.push(edit);
    }
  }
  return { edits, findings: keptFindings };
}

/**
 * Whether two edits touch the same text: their replaced ranges share a character, or one inserts
 * inside (or at the start of) the text the other replaces. Inserts at one position do not clash.
 */
export function editsClash(a: TextEdit, b: TextEdit): boolean {
  const emptyA = samePosition(a.range.start, a.range.end);
  const emptyB = samePosition(b.range.start, b.range.end);
  if (emptyA && emptyB) return false;
  if (emptyA) return !strictlyBefore(a.range.start, b.range.start) && strictlyBefore(a.range.start, b.range.end);
  if (emptyB) return !strictlyBefore(b.range.start, a.range.start) && strictlyBefore(b.range.start, a.range.end);
  return strictlyBefore(a.range.start, b.range.end) && strictlyBefore(b.range.start, a.range.end);
}

/** Strictly before. */
const strictlyBefore = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character < y.character);
const samePosition = (x: Range['start'], y: Range['start']) => x.line === y.line && x.character === y.character;

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
