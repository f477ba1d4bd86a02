import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import {
  createMessageConnection,
  ParameterStructures,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import type { ParseCache } from '../server/src/node/parseCache.js';
import { startServer } from '../server/src/lsp/server.js';

const SERVER = fileURLToPath(new URL('../dist/server.js', import.meta.url));
const DIST = dirname(SERVER);
const SPY = fileURLToPath(new URL('./accessSpy.cjs', import.meta.url));
/** Where spied servers keep their V8 code cache: reading it is the server loading itself, not an access. */
const CODE_CACHE = join(tmpdir(), 'tender-ls-test-code-cache');

interface Position {
  line: number;
  character: number;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: Position; end: Position };
    severity?: number;
    code?: string;
    message: string;
    codeDescription?: { href: string };
    data?: { rule: string };
    relatedInformation?: { location: { uri: string; range: { start: Position; end: Position } }; message: string }[];
  }[];
}

export interface LspServerOptions {
  /** The client's `locale` in `initialize` (the server speaks French without it). */
  locale?: string;
  /** Whether the workspace is trusted, as the extension says it; other clients say nothing (trusted). */
  trusted?: boolean;
  /** How the client answers `workspace/configuration` (by default null: no settings): settings per section, never, or (false) not supported. */
  configuration?: false | 'never' | ((section: string | undefined) => unknown);
  /** Whether the client takes versioned edits (`workspaceEdit.documentChanges`). */
  versionedEdits?: boolean;
  /** Variables set over the server's environment (an undefined one is unset: spawn leaves it out). */
  env?: NodeJS.ProcessEnv;
  /** The server's whole environment instead of this process's (the bench gives the one the VS Code extension gives). */
  environment?: NodeJS.ProcessEnv;
  /** Preload `accessSpy.cjs` and record in `accesses` what the server touches besides loading itself. */
  accessSpy?: boolean;
  /** Options of the server's Node process (e.g. `--max-old-space-size=1024`). */
  execArgv?: string[];
  /** The workspace folder's URI (none by default). */
  rootUri?: string;
}

/** What a server in this process is started with: the client's side of LspServerOptions, and the server's slices. */
export type InProcessOptions = Pick<LspServerOptions, 'locale' | 'trusted' | 'configuration' | 'versionedEdits' | 'rootUri'> & {
  /** Longest stretch of analysis before the server reads its input again (startServer's `sliceMs`; 0: after every step). */
  sliceMs?: number;
  /** How long a request waits for the analysis of the current text (startServer's `analysisWaitMs`). */
  analysisWaitMs?: number;
  /** The parses kept across sessions (startServer's `parseCache`; none by default). */
  parseCache?: ParseCache;
};

/** Where the client's messages go and come from: the bundled server's process, or a server in this process. */
interface Transport {
  input: Writable;
  output: Readable;
  process?: ChildProcess;
}

/**
 * The one LSP test client (tests, fuzzing, the bench's figures over stdio): a client recording what the server publishes, logs and asks,
 * talking to the bundled server (`npm run build`) over stdio as an editor runs it (`start`, or `spawn`
 * for a test that drives the lifecycle itself), or to the server's code in this process over a pair of
 * streams (`inProcess`: no build needed, the server's options and code reachable from the test).
 */
export class LspServer {
  readonly published: PublishedDiagnostics[] = [];
  /** When each of `published` arrived (performance.now() on receipt, before any waiter wakes): the bench's clock. */
  private readonly arrivals = new WeakMap<PublishedDiagnostics, number>();
  readonly accesses: string[] = [];
  /** `window/logMessage` and `window/showMessage` notifications received. */
  readonly logged: string[] = [];
  readonly shown: string[] = [];
  capabilities: Record<string, unknown> = {};
  configurationRequests = 0;
  private readonly process: ChildProcess | undefined;
  private readonly input: Writable;
  private readonly connection: MessageConnection;
  private readonly waiters: (() => void)[] = [];
  private disposed = false;

  private constructor(transport: Transport, options: LspServerOptions) {
    this.process = transport.process;
    this.input = transport.input;
    this.connection = createMessageConnection(new StreamMessageReader(transport.output), new StreamMessageWriter(transport.input));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.arrivals.set(params, performance.now());
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      const answer = options.configuration;
      if (answer === 'never') return new Promise(() => undefined);
      return params.items.map((item) => (answer ? answer(item.section) : null));
    });
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => void this.logged.push(params.message));
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void this.shown.push(params.message));
    this.connection.listen();
  }

  /** Starts the bundled server and initializes it; `capabilities` holds what it announced. */
  static async start(options: LspServerOptions = {}): Promise<LspServer> {
    return LspServer.initialized(LspServer.spawn(options), options);
  }

  /** Starts the bundled server and sends it nothing: the test drives `initialize`, `shutdown` and `exit` itself (`request`, `notify`). */
  static spawn(options: LspServerOptions = {}): LspServer {
    if (!existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    const spy = options.accessSpy ?? false;
    // A spied server's stderr carries the spy's report; another's goes to the test output (a crash's stack).
    const child = spawn(process.execPath, [...(options.execArgv ?? []), ...(spy ? ['--require', SPY] : []), SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', spy ? 'pipe' : 'inherit'],
      env: { ...(options.environment ?? process.env), ...options.env, ...(spy ? { TENDER_LS_CACHE_DIR: CODE_CACHE } : {}) },
    });
    const server = new LspServer({ input: child.stdin!, output: child.stdout!, process: child }, options);
    if (spy) server.recordAccesses();
    return server;
  }

  /**
   * The server's code (`startServer`) in this process, over a pair of streams, initialized. Its
   * connection is made as the bundled server's is, less the transport's lifecycle watch (an `exit`
   * would end this process: `stop` sends none).
   */
  static async inProcess({ sliceMs, analysisWaitMs, parseCache, ...options }: InProcessOptions = {}): Promise<LspServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), undefined, { sliceMs, analysisWaitMs, parseCache });
    return LspServer.initialized(new LspServer({ input: toServer, output: toClient }, options), options);
  }

  private static async initialized(server: LspServer, options: LspServerOptions): Promise<LspServer> {
    try {
      const result = await server.request<{ capabilities: Record<string, unknown> }>(
        'initialize',
        {
          // A server in this process must not watch for its own process to end.
          processId: server.process ? process.pid : null,
          rootUri: options.rootUri ?? null,
          locale: options.locale,
          capabilities: {
            workspace: { configuration: options.configuration !== false, workspaceEdit: { documentChanges: options.versionedEdits ?? false } },
            textDocument: { publishDiagnostics: { versionSupport: true } },
          },
          initializationOptions: { trusted: options.trusted },
        },
        { timeout: 10_000 },
      );
      server.capabilities = result.capabilities;
    } catch (error) {
      await server.stop();
      throw error;
    }
    await server.notify('initialized', {});
    return server;
  }

  /** The spy writes `ACCESS <kind> <target>` lines on stderr. */
  private recordAccesses(): void {
    let stderr = '';
    const loading = (target: string) => target === `fs ${CODE_CACHE}` || target.startsWith(`fs ${DIST}/`) || target.startsWith(`fs ${CODE_CACHE}/`);
    this.process!.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const lines = stderr.split('\n');
      stderr = lines.pop()!;
      for (const line of lines) if (line.startsWith('ACCESS ') && !loading(line.slice(7))) this.accesses.push(line.slice(7));
    });
  }

  /**
   * A request; with `timeout`, one that must answer within that many ms of the server's own time:
   * time during which the server was ready to run but the machine gave the CPU to other processes
   * (its run-queue wait, on Linux) is not counted, so that a shared, loaded machine does not pass for
   * a hang. A server that computes or waits for that long still fails.
   */
  async request<T>(method: string, params?: object, { timeout, token }: { timeout?: number; token?: CancellationToken } = {}): Promise<T> {
    // vscode-jsonrpc counts every argument as a parameter: pass the token only when there is one.
    const args: unknown[] = params === undefined ? [] : [ParameterStructures.byName, params];
    if (token) args.push(token);
    const sent = this.connection.sendRequest<T>(method, ...(args as [ParameterStructures, unknown]));
    if (timeout === undefined) return sent;
    const started = performance.now();
    const waitedBefore = this.runQueueWaitMs();
    let timer: NodeJS.Timeout | undefined;
    let rechecks = 0;
    const late = new Promise<never>((_, reject) => {
      const check = () => {
        const own = performance.now() - started - (this.runQueueWaitMs() - waitedBefore);
        if (own < timeout) timer = setTimeout(check, timeout - own);
        // The kernel adds a wait for a CPU to the count when the wait ends: a server queued right
        // now is looked at again a little later (a busy one, for at most 2 s more).
        else if (this.runnable() && ++rechecks <= 100) timer = setTimeout(check, 20);
        // An answer this process was too busy to read yet settles first.
        else setImmediate(() => reject(new Error(`${method} did not answer within ${timeout} ms`)));
      };
      timer = setTimeout(check, timeout);
    });
    try {
      return await Promise.race([sent, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A notification of any method, as sent (`initialized`, `exit`, or one the server does not know). */
  notify(method: string, params?: object): Promise<void> {
    return params === undefined ? this.connection.sendNotification(method) : this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The first diagnostics for `uri` that satisfy `where`, published after the `since`th publication (by default: from now on). */
  async nextDiagnostics(
    uri: string,
    {
      where = () => true,
      since = this.published.length,
      timeout = 10_000,
    }: { where?: (p: PublishedDiagnostics) => boolean; since?: number; timeout?: number } = {},
  ): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = this.published.slice(since).find((p) => p.uri === uri && where(p));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${timeout} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** When diagnostics of `published` arrived, in performance.now() time. */
  arrivalOf(diagnostics: PublishedDiagnostics): number {
    return this.arrivals.get(diagnostics)!;
  }

  /** The server's process id: the bundled server's, or this process's. */
  get pid(): number {
    return this.process?.pid ?? process.pid;
  }

  /** How long the server's main thread has waited for a CPU so far (Linux `/proc/<pid>/schedstat`), in ms; 0 elsewhere. */
  private runQueueWaitMs(): number {
    try {
      return Number(readFileSync(`/proc/${this.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6 || 0;
    } catch {
      return 0;
    }
  }

  /** Whether the server is running or queued for a CPU (Linux `/proc/<pid>/stat`); false elsewhere. */
  private runnable(): boolean {
    try {
      return readFileSync(`/proc/${this.pid}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .startsWith('R');
    } catch {
      return false;
    }
  }

  /** Whether the server still runs (one in this process: until `stop`). */
  get alive(): boolean {
    return this.process ? this.process.exitCode === null && !this.process.killed : !this.disposed;
  }

  /** The bundled server's exit: its code and signal, within `timeout` ms. */
  async exited(timeout = 5_000): Promise<[number | null, NodeJS.Signals | null]> {
    const child = this.process!;
    if (child.exitCode !== null || child.signalCode !== null) return [child.exitCode, child.signalCode];
    return (await once(child, 'exit', { signal: AbortSignal.timeout(timeout) })) as [number | null, NodeJS.Signals | null];
  }

  /** Closes the server's input, as a client that goes away without `exit`. */
  endInput(): void {
    this.input.end();
  }

  async stop(): Promise<void> {
    if (!this.process) {
      // A server in this process: `exit` would end the tests' process; its input ends with the client.
      this.connection.dispose();
      this.input.end();
      this.disposed = true;
      return;
    }
    try {
      await this.request('shutdown', undefined, { timeout: 2000 });
      await this.connection.sendNotification('exit');
      // The server exits by itself on `exit`, and writes its code cache then.
      if (this.alive) await once(this.process, 'exit', { signal: AbortSignal.timeout(2000) });
    } catch {
      // A server that no longer answers is killed below.
    }
    this.connection.dispose();
    if (this.alive) this.process.kill();
  }
}
