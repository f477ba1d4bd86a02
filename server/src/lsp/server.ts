import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
  type Localized,
} from '../core/index.js';
import type { DossierInput } from '../core/service.js';
import type { SliceClock } from '../core/document/readings.js';
import { mergeSettings, readSettingsText, type SettingsProblem } from '../core/config/settingsFile.js';
import { configFormat, isConfigFile, loadConfigFor } from '../node/configFiles.js';
import type { IncomingVersions } from './incoming.js';
import { DossierFinder, within } from '../node/dossier.js';
import type { ParseCache } from '../node/parseCache.js';
import type { ParsedBlock } from '../core/document/markdown.js';
import { FEATURES, FEATURE_CAPABILITIES, type FeatureContext } from './features/index.js';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
} as const;

/** Longest stretch of analysis (parsing, reading, rules) before the server looks at incoming messages again. */
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
export function startServer(
  connection: Connection,
  incoming?: IncomingVersions,
  {
    sliceMs = SLICE_MS,
    analysisWaitMs = ANALYSIS_WAIT_MS,
    parseCache,
  }: { sliceMs?: number; analysisWaitMs?: number; /** Parses kept across sessions (none in tests that do not ask). */ parseCache?: ParseCache } = {},
): { warn(text: Localized): void } {
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
  /** The diagnostics last sent for each file of a dossier, so that unchanged ones are not sent again. */
  const published = new Map<string, string>();
  /** The open documents' texts by path, as the dossier finder reads them (refreshed before it runs). */
  let openTexts = new Map<string, string>();
  /** The workspace's folders: a dossier's folder may be above a file's own only within one of them. */
  let workspaceFolders: string[] = [];
  /** Disk files are read again only when their time or size changed, and looked at no more than once a second. */
  const finder = new DossierFinder({
    maxAgeMs: 1000,
    openTexts: () => openTexts,
    mayAscendTo: (folder) => workspaceFolders.some((top) => within(top, folder)),
  });

  connection.onInitialize((params: InitializeParams) => {
    // Whatever a client sends: a wrong type counts as absent, never as a failure of initialize.
    const options = (
      typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}
    ) as InitializationOptions;
    const locale = [options.locale, params.locale].find((value): value is string => typeof value === 'string') ?? 'fr';
    clientLocale = locale.toLowerCase().startsWith('en') ? 'en' : 'fr';
    // Untrusted unless the client says otherwise in so many words: `trusted: "false"` is not trust.
    trusted = options.trusted === undefined || options.trusted === true;
    const capabilities = (params.capabilities ?? {}) as Partial<InitializeParams['capabilities']>;
    canAskConfiguration = capabilities.workspace?.configuration === true;
    versionedEdits = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : [params.rootUri];
    workspaceFolders = folders.flatMap((folder) => (typeof folder === 'string' && filePath(folder) ? [filePath(folder)!] : []));
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
      tellProblems(
        'tender.*',
        problems.map((problem) => problem.message[clientLocale]),
      );
    }
    const path = filePath(uri);
    if (path) {
      const loaded = loadConfigFor(path, settings);
      settings = loaded.settings;
      // An open settings file shows its own problems as diagnostics (analyzeAndPublish).
      const open = loaded.file !== undefined && documents.all().some((document) => filePath(document.uri) === loaded.file);
      if (loaded.file && !open) {
        tellProblems(
          loaded.file,
          loaded.problems.map(
            (problem) => `${loaded.file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message[clientLocale]}`,
          ),
        );
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
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `${heading}${separator}${lines[0]}${lines.length > 1 ? ` (+${lines.length - 1})` : ''}`,
    });
  }

  /** An open `.tenderrc`: its problems as diagnostics on it, from the editor's text. */
  function publishConfigProblems(uri: string, path: string): void {
    const document = documents.get(uri);
    if (!document) return;
    const { problems } = readSettingsText(document.getText(), configFormat(path));
    const diagnostics = problems.map((problem): Diagnostic => ({
      range: problem.range,
      severity: DiagnosticSeverity.Warning,
      source: 'tender',
      message: problem.message[clientLocale],
    }));
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
        await analyzeAndPublish(uri).catch((error: unknown) =>
          connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? String(error)}`),
        );
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
    const found = dossierFor(uri, before.getText());
    // A dossier is checked with the settings of its folder (those of a file directly in it).
    const settings = await settingsFor(found?.settingsUri ?? uri);
    const document = documents.get(uri);
    // Superseded while settings were fetched: the newer version is already queued.
    if (!document || document.version !== before.version || queued.has(uri) || incoming?.superseded(uri, document.version)) return;
    const text = document.getText();
    // A newer version arrived: it is queued, and this one is given up (what was parsed and read so
    // far stays cached for it).
    const stale = () => queued.has(uri) || documents.get(uri)?.version !== document.version || incoming?.superseded(uri, document.version) === true;
    let findings: Finding[];
    // The files this analysis parses for the first time (opened): the parses an earlier session kept.
    const opened = parseCache ? [{ uri, text }, ...(found?.input.others ?? [])].filter((file) => !service.hasParsed(file.uri)) : [];
    const kept = new Map<string, ParsedBlock>();
    try {
      // Reading the kept parses, parsing a large new text (and the dossier's other files) and running the
      // rules on it (each file's, then those over the dossier) take seconds: all run in slices, a rule cut
      // between two readings of blocks when its slice is over (core/document/readings.ts).
      // Only an opening reads kept parses: an edit goes straight to its parse.
      if (opened.length > 0 && !(await inSlices(keptParses(opened, kept), stale))) return;
      if (!(await inSlices(service.prepare(uri, text, found?.input, kept.size > 0 ? (chunk) => kept.get(chunk) : undefined), stale))) return;
      const clock: SliceClock = { now: monotonicMs, end: Infinity };
      const analysed = await inSlices(service.analysisSteps(uri, text, settings, found?.input, clock), stale, clock);
      if (!analysed) return;
      attemptedVersions.set(uri, document.version);
      findings = analysed.value.findings;
    } catch (error) {
      attemptedVersions.set(uri, document.version);
      connection.console.error(`Analysis of ${uri} failed: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    const diagnostics = findings.map((finding) => diagnosticOf(uri, finding, settings.locale));
    published.set(uri, JSON.stringify(diagnostics));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    publishDossier(uri);
    keepParses(opened, kept);
  }

  /** The chunks kept by an earlier session for these files, into `kept` by their text; one file per step. */
  function* keptParses(files: readonly { uri: string }[], kept: Map<string, ParsedBlock>): Generator<void, void, undefined> {
    for (const file of files) {
      const path = filePath(file.uri);
      const chunks = path ? parseCache?.load(path) : undefined;
      for (const [text, parsed] of chunks ?? []) kept.set(text, parsed);
      yield;
    }
  }

  /**
   * Keeps the parses of the files an analysis parsed for the first time, for the next session, unless all
   * their chunks were kept already; after the diagnostics are sent, one file per turn of the event loop.
   */
  function keepParses(files: readonly { uri: string }[], kept: ReadonlyMap<string, ParsedBlock>): void {
    const pending = files.flatMap((file) => {
      const path = filePath(file.uri);
      const chunks = service.parsedChunks(file.uri);
      return path && chunks.some((chunk) => kept.get(chunk.text) !== chunk) ? [{ path, chunks }] : [];
    });
    if (pending.length === 0) return;
    const next = () => {
      const file = pending.shift();
      if (!file) return;
      parseCache?.store(file.path, file.chunks);
      setImmediate(next);
    };
    setImmediate(next);
  }

  /**
   * Runs steps to their end, looking at incoming messages every `sliceMs` of work; stops (and ends
   * the steps) as soon as `stale` says the work is no longer wanted. The last step's value, wrapped,
   * or undefined when stopped. `clock` is told when each slice ends.
   */
  async function inSlices<T>(steps: Iterator<void, T, undefined>, stale: () => boolean, clock?: SliceClock): Promise<{ value: T } | undefined> {
    let sliceStart = monotonicMs();
    if (clock) clock.end = sliceStart + sliceMs;
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) return { value: step.value };
        if (monotonicMs() - sliceStart < sliceMs) continue;
        await new Promise((resolve) => setImmediate(resolve));
        if (stale()) return undefined;
        sliceStart = monotonicMs();
        if (clock) clock.end = sliceStart + sliceMs;
      }
    } finally {
      steps.return?.();
    }
  }

  /**
   * The other files of a document's dossier (node/dossier.ts), open ones from the editor: its name and
   * theirs, and the file whose settings the dossier is checked with.
   */
  function dossierFor(uri: string, text: string): { input: DossierInput; settingsUri: string } | undefined {
    const path = filePath(uri);
    if (!path) return undefined;
    const openUris = new Map<string, string>();
    openTexts = new Map();
    for (const other of documents.all()) {
      const otherPath = filePath(other.uri);
      if (!otherPath) continue;
      openUris.set(otherPath, other.uri);
      openTexts.set(otherPath, other.uri === uri ? text : other.getText());
    }
    const found = finder.dossierOf(path, text);
    const self = resolve(path);
    const uriOf = (file: string) => (file === self ? uri : (openUris.get(file) ?? pathToFileURL(file).href));
    const name = found.files.find((file) => file.path === self)?.name ?? '';
    const others = found.files.filter((file) => file.path !== self).map((file) => ({ uri: uriOf(file.path), name: file.name, text: file.text }));
    const settingsFile = others.length > 0 ? found.files.find((file) => !file.name.includes('/')) : undefined;
    return { input: { name, others }, settingsUri: settingsFile ? uriOf(settingsFile.path) : uri };
  }

  /**
   * The findings of the other files of a document's dossier, from its analysis, in the file each belongs
   * to: an open file whose text the analysis read, or a file that is not open (from its text on disk).
   * Diagnostics that did not change are not sent again.
   */
  function publishDossier(uri: string): void {
    const analysis = service.lastAnalysis(uri);
    if (!analysis) return;
    for (const [member, result] of analysis.dossier.results) {
      const memberUri = analysis.uris.get(member.name);
      if (!memberUri || memberUri === uri) continue;
      const open = documents.get(memberUri);
      // An open file changed since is analysed on its own, from its new text.
      if (open && open.getText() !== member.model.source) continue;
      const diagnostics = result.findings.map((finding) => toDiagnostic(memberUri, finding, analysis.settings.locale, analysis.uris));
      const sent = JSON.stringify(diagnostics);
      if (published.get(memberUri) === sent) continue;
      published.set(memberUri, sent);
      void connection.sendDiagnostics({ uri: memberUri, ...(open && { version: open.version }), diagnostics });
    }
  }

  /**
   * After a document closes: the diagnostics of files that are no longer part of an open document's
   * dossier are removed, and the open files of its dossier are checked again (they show its findings).
   */
  function afterClose(uri: string, members: readonly string[]): void {
    const kept = new Set<string>();
    for (const document of documents.all()) for (const member of service.lastAnalysis(document.uri)?.uris.values() ?? []) kept.add(member);
    for (const member of [uri, ...members]) {
      if (documents.get(member) || kept.has(member) || !published.has(member)) continue;
      published.delete(member);
      void connection.sendDiagnostics({ uri: member, diagnostics: [] });
    }
    for (const member of members) if (documents.get(member) && kept.has(uri)) schedule(member);
  }

  documents.onDidOpen((event) => schedule(event.document.uri));
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    const { uri } = event.document;
    const members = [...(service.lastAnalysis(uri)?.uris.values() ?? [])].filter((member) => member !== uri);
    queued.delete(uri);
    configurationCache.delete(uri);
    service.close(uri);
    attemptedVersions.delete(uri);
    wakeAnalysisWaiters(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    afterClose(uri, members);
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
  async function analysedDocument(
    uri: string,
    token?: CancellationToken,
    wait = analysisWaitMs,
  ): Promise<{ document: TextDocument; analysis: LastAnalysis } | undefined> {
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

  /** A finding as a diagnostic; the other files of its dossier it relates to are found by their names. */
  const diagnosticOf = (uri: string, finding: Finding, locale: Locale) => toDiagnostic(uri, finding, locale, service.lastAnalysis(uri)?.uris);
  const featureContext: FeatureContext = {
    connection,
    documents,
    service,
    locale: () => clientLocale,
    toDiagnostic: diagnosticOf,
    analysedDocument,
    currentModel,
    documentEdit,
  };
  for (const register of FEATURES) register(featureContext);

  documents.listen(connection);
  connection.listen();
  // A line in the log, in the client's language (the transport's problems: see framing.ts).
  return { warn: (text) => connection.console.warn(text[clientLocale]) };
}

/**
 * A finding as an LSP diagnostic. A related location in another file of the dossier names that file
 * (its path from the dossier's folder): `uris` gives its URI, else it is read from the document's own
 * folder.
 */
export function toDiagnostic(uri: string, finding: Finding, locale: Locale, uris?: ReadonlyMap<string, string>): Diagnostic {
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
      location: {
        uri: related.document ? (uris?.get(related.document) ?? new URL(related.document.split('/').map(encodeURIComponent).join('/'), uri).href) : uri,
        range: related.range,
      },
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
