import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CancellationToken, Connection, Diagnostic, InitializeParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments } from './protocol.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  citationHref,
  createLanguageService,
  DEFAULT_SETTINGS,
  FORMAT_CITATION,
  type AnalysisSettings,
  type DocumentModel,
  type Finding,
  type LastAnalysis,
  type Locale,
} from '../core/index.js';
import { mergeSettings, readSettingsText, type SettingsProblem } from '../core/config/settingsFile.js';
import { configFormat, isConfigFile, loadConfigFor } from '../node/configFiles.js';
import type { IncomingVersions } from './incoming.js';
import { folderDocuments, siblingDocuments } from '../node/relatedDocuments.js';
import { FEATURES, FEATURE_CAPABILITIES, type FeatureContext } from './features/index.js';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Longest stretch of parsing before the server looks at incoming messages again. */
const SLICE_MS = 25;

/**
 * How long a request that needs the findings (code actions, hover, conformity report) waits for the
 * analysis of the document's current text before answering without them: fixes computed on an older
 * text would be applied at the wrong places.
 */
const ANALYSIS_WAIT_MS = 750;

/** Longest delay a Node timer takes (a longer or infinite one fires at once). */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface InitializationOptions {
  /**
   * The extension says whether the workspace is trusted; other clients, saying nothing, are trusted
   * (they chose to run us). Anything but `true` or nothing is untrusted.
   */
  trusted?: unknown;
  locale?: unknown;
}

/**
 * The LSP adapter: keeps documents in sync, schedules analyses, publishes diagnostics. All checks
 * live in the core; this file only translates.
 */
export function startServer(connection: Connection, incoming?: IncomingVersions): void {
  const documents = new TextDocuments(TextDocument);
  const service = createLanguageService();
  let clientLocale: Locale = 'fr';
  let trusted = true;
  let canAskConfiguration = false;
  let versionedEdits = false;
  const configurationCache = new Map<string, Promise<unknown>>();
  const queued = new Set<string>();
  let draining = false;
  /** The last version of each document an analysis ran on (successfully or not). */
  const attemptedVersions = new Map<string, number>();
  /** Requests waiting for a document's analysis; woken after each analysis attempt and on close. */
  const analysisWaiters = new Map<string, Set<() => void>>();
  /** The settings problems last told to the user, per source (a file, or the client's settings). */
  const toldProblems = new Map<string, string>();

  connection.onInitialize((params: InitializeParams) => {
    // Whatever a client sends: a wrong type counts as absent, never as a failure of initialize.
    const options = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}) as InitializationOptions;
    const locale = [options.locale, params.locale].find((value): value is string => typeof value === 'string') ?? 'fr';
    clientLocale = locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
    // Untrusted unless the client says otherwise in so many words: `trusted: "false"` is not trust.
    trusted = options.trusted === undefined || options.trusted === true;
    const capabilities = (params.capabilities ?? {}) as Partial<InitializeParams['capabilities']>;
    canAskConfiguration = capabilities.workspace?.configuration === true;
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...FEATURE_CAPABILITIES,
      },
      serverInfo: { name: 'tender-language-server' },
    };
  });

  connection.onDidChangeConfiguration(() => {
    configurationCache.clear();
    for (const document of documents.all()) schedule(document.uri);
  });

  /** Client settings (`tender.*`) then the nearest `.tenderrc`, workspace configuration only when trusted. */
  async function settingsFor(uri: string): Promise<AnalysisSettings> {
    let settings: AnalysisSettings = { ...DEFAULT_SETTINGS, locale: clientLocale };
    if (!trusted) return settings;
    if (canAskConfiguration) {
      let pending = configurationCache.get(uri);
      if (!pending) {
        pending = withTimeout(connection.workspace.getConfiguration({ scopeUri: uri, section: 'tender' }), 2000).catch(() => undefined);
        configurationCache.set(uri, pending);
      }
      const problems: SettingsProblem[] = [];
      settings = mergeSettings(settings, await pending, problems);
      tellProblems('tender.*', problems.map((problem) => problem.message[clientLocale]));
    }
    const path = filePath(uri);
    if (path) {
      const loaded = loadConfigFor(path, settings);
      settings = loaded.settings;
      // An open settings file shows its own problems as diagnostics (analyzeAndPublish).
      const open = loaded.file !== undefined && documents.all().some((document) => filePath(document.uri) === loaded.file);
      if (loaded.file && !open) {
        tellProblems(loaded.file, loaded.problems.map((problem) => `${loaded.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message[clientLocale]}`));
      }
    }
    return settings;
  }

  /**
   * Settings that were not applied, said once (until they change): a line in the log and a
   * notification, since nothing else shows them.
   */
  function tellProblems(source: string, lines: string[]): void {
    const key = lines.join('\n');
    if ((toldProblems.get(source) ?? '') === key) return;
    toldProblems.set(source, key);
    if (lines.length === 0) return;
    for (const line of lines) connection.console.warn(line);
    const heading = clientLocale === 'fr' ? `Réglages Tender LS non appliqués (${source})` : `Tender LS settings not applied (${source})`;
    // A notification, not a request: nothing waits for the user to close it.
    const separator = clientLocale === 'fr' ? ' : ' : ': ';
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `${heading}${separator}${lines[0]}${lines.length > 1 ? ` (+${lines.length - 1})` : ''}` });
  }

  /** An open `.tenderrc`: its problems as diagnostics on it, from the editor's text. */
  function publishConfigProblems(uri: string, path: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const { problems } = readSettingsText(document.getText(), configFormat(path));
    const diagnostics = problems.map((problem): Diagnostic => ({ range: problem.range, severity: DiagnosticSeverity.Warning, source: 'tender', message: problem.message[clientLocale] }));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  // Edits that arrive while an analysis is pending only mark the document: the analysis that runs
  // next reads the newest text, so a burst of edits costs one analysis and no added delay.
  function schedule(uri: string): void {
    queued.add(uri);
    if (!draining) {
      draining = true;
      setImmediate(() => void drain());
    }
  }

  async function drain(): Promise<void> {
    try {
      while (queued.size > 0) {
        const [uri] = queued;
        queued.delete(uri);
        // One document's failure must neither stop the queue nor become an unhandled rejection (fatal in Node).
        await analyzeAndPublish(uri).catch((error: unknown) => connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? String(error)}`));
        wakeAnalysisWaiters(uri);
      }
    } finally {
      draining = false;
    }
  }

  async function analyzeAndPublish(uri: string): Promise<void> {
    const before = documents.get(uri);
    if (!before || incoming?.superseded(uri, before.version)) return;
    const beforePath = filePath(uri);
    if (beforePath && isConfigFile(beforePath)) {
      // Not a document to analyse: requests about it answer empty at once.
      attemptedVersions.set(uri, before.version);
      if (trusted) publishConfigProblems(uri, beforePath);
      return;
    }
    const settings = await settingsFor(uri);
    const document = documents.get(uri);
    // Superseded while settings were fetched: the newer version is already queued.
    if (!document || document.version !== before.version || queued.has(uri) || incoming?.superseded(uri, document.version)) return;
    const text = document.getText();
    let findings: Finding[];
    try {
      // Parsing a large new text takes long: do it in slices, and give up on this version as soon
      // as a newer one arrives (it is then queued; the chunks parsed so far stay cached for it).
      let sliceStart = monotonicMs();
      for (const _ of service.prepare(uri, text)) {
        if (monotonicMs() - sliceStart < SLICE_MS) continue;
        await new Promise((resolve) => setImmediate(resolve));
        if (queued.has(uri) || documents.get(uri)?.version !== document.version || incoming?.superseded(uri, document.version)) return;
        sliceStart = monotonicMs();
      }
      attemptedVersions.set(uri, document.version);
      findings = service.analyze(uri, text, settings, relatedFor(uri, text)).findings;
      const detection = service.lastAnalysis(uri)?.model.detection;
      if (detection?.kind === 'tender' && detection.type === 'addenda') scheduleFolderOf(uri);
    } catch (error) {
      connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics: findings.map((finding) => toDiagnostic(uri, finding, settings.locale)) });
  }

  /**
   * Addenda may be separate `type: addenda` files of the folder naming the tender's `numero`. The
   * model is the one the analysis is about to use (the parser returns it again for the same text).
   */
  function relatedFor(uri: string, text: string) {
    const path = filePath(uri);
    if (!path || service.model(uri, text).frontMatter?.data?.numero == null) return [];
    const open = new Map<string, string>();
    for (const other of documents.all()) {
      const otherPath = filePath(other.uri);
      if (otherPath) open.set(otherPath, other.getText());
    }
    return siblingDocuments(path, folderDocuments(dirname(path), (file) => open.get(file)));
  }

  /** An analysed addenda file changes the findings of the open tenders of its folder. */
  function scheduleFolderOf(uri: string): void {
    const path = filePath(uri);
    if (!path) return;
    const folder = dirname(path);
    for (const other of documents.all()) {
      const otherPath = filePath(other.uri);
      if (other.uri !== uri && otherPath && dirname(otherPath) === folder) schedule(other.uri);
    }
  }

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    queued.delete(event.document.uri);
    configurationCache.delete(event.document.uri);
    service.close(event.document.uri);
    attemptedVersions.delete(event.document.uri);
    wakeAnalysisWaiters(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  function wakeAnalysisWaiters(uri: string): void {
    const waiters = analysisWaiters.get(uri);
    analysisWaiters.delete(uri);
    for (const wake of waiters ?? []) wake();
  }

  /**
   * The open document with the analysis of its current text, waiting for one that is queued or
   * running (at most `wait` ms, and no longer than the request is wanted); undefined when the
   * document is closed, its analysis failed, the wait ran out or the request was cancelled. The
   * analysis runs in slices, so the server keeps answering other requests meanwhile.
   */
  async function analysedDocument(uri: string, token?: CancellationToken, wait = ANALYSIS_WAIT_MS): Promise<{ document: TextDocument; analysis: LastAnalysis } | undefined> {
    const deadline = monotonicMs() + wait;
    for (;;) {
      const document = documents.get(uri);
      if (!document || token?.isCancellationRequested) return undefined;
      const analysis = service.lastAnalysis(uri);
      if (analysis?.model.source === document.getText()) return { document, analysis };
      const remaining = deadline - monotonicMs();
      if (remaining <= 0 || attemptedVersions.get(uri) === document.version) return undefined;
      await new Promise<void>((resolve) => {
        let waiters = analysisWaiters.get(uri);
        if (!waiters) analysisWaiters.set(uri, (waiters = new Set()));
        const wake = () => {
          clearTimeout(timer);
          cancelled?.dispose();
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(remaining, MAX_TIMER_MS));
        const cancelled = token?.onCancellationRequested(wake);
        waiters.add(wake);
      });
    }
  }

  /**
   * The model of the document's current text, from its sliced analysis however long that takes (a
   * large text is never parsed at once for a request): outline, folding, completion and definition.
   */
  async function currentModel(uri: string, token?: CancellationToken): Promise<{ document: TextDocument; model: DocumentModel } | undefined> {
    const current = await analysedDocument(uri, token, Infinity);
    return current && { document: current.document, model: current.analysis.model };
  }

  /** Edits of one document; versioned when the client supports it, so it refuses them on a newer text. */
  function documentEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    return versionedEdits
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits } };
  }

  const featureContext: FeatureContext = { connection, documents, service, locale: () => clientLocale, toDiagnostic, analysedDocument, currentModel, documentEdit };
  for (const register of FEATURES) register(featureContext);

  documents.listen(connection);
  connection.listen();
}

export function toDiagnostic(uri: string, finding: Finding, locale: Locale): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.citation,
    // A format problem cites no article: no link to LégisQuébec.
    ...(finding.citation !== FORMAT_CITATION && { codeDescription: { href: citationHref(finding.citation, locale) } }),
    source: 'tender',
    message: finding.message,
    data: { rule: finding.rule },
    relatedInformation: finding.related?.map((related) => ({
      // A related document is another file of the same folder (an addenda file), named by its file name.
      location: { uri: related.document ? new URL(encodeURIComponent(related.document), uri).href : uri, range: related.range },
      message: related.message,
    })),
  };
}

/** The local path of a `file:` URI, or undefined (other schemes, a remote host, malformed escapes). */
function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const path = fileURLToPath(uri);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(promise: Promise<T>, milliseconds: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), milliseconds);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: Node loads perf_hooks on its first use,
 * a few milliseconds of a cold start's first analysis.
 */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
