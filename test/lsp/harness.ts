import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CancellationTokenSource, createMessageConnection, ParameterStructures, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const DIST = dirname(SERVER);
/** Where these servers keep their V8 code cache (reading it is the server loading itself). */
const CODE_CACHE = join(tmpdir(), 'tender-ls-test-code-cache');
const SPY = fileURLToPath(new URL('./accessSpy.cjs', import.meta.url));

export interface Diagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; data?: { rule: string } }[];
}

export interface ServerOptions {
  trusted?: boolean;
  /** How the client answers `workspace/configuration`: settings per item, or never. */
  configuration?: 'never' | ((section: string | undefined) => unknown);
}

/** The bundled server (`npm run build`) over stdio, as an editor runs it, with the access spy preloaded. */
export class TestServer {
  readonly connection: MessageConnection;
  readonly diagnostics: Diagnostics[] = [];
  readonly accesses: string[] = [];
  configurationRequests = 0;
  private readonly process: ChildProcess;
  private waiters: (() => void)[] = [];

  private constructor(options: ServerOptions) {
    if (!existsSync(SERVER)) throw new Error('dist/server.js missing: run `npm run build` first');
    this.process = spawn(process.execPath, ['--require', SPY, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TENDER_LS_CACHE_DIR: CODE_CACHE } });
    let stderr = '';
    this.process.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const lines = stderr.split('\n');
      stderr = lines.pop()!;
      // Loading its bundles and their code cache is not an access the server makes on a document's behalf.
      const loading = (target: string) => target === `fs ${CODE_CACHE}` || target.startsWith(`fs ${DIST}/`) || target.startsWith(`fs ${CODE_CACHE}/`);
      for (const line of lines) if (line.startsWith('ACCESS ') && !loading(line.slice(7))) this.accesses.push(line.slice(7));
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Diagnostics) => {
      this.diagnostics.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationRequests++;
      const answer = options.configuration;
      if (answer === 'never') return new Promise(() => undefined);
      return params.items.map((item) => (answer ? answer(item.section) : null));
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  static async start(options: ServerOptions = {}): Promise<TestServer> {
    const server = new TestServer(options);
    await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { trusted: options.trusted ?? true, locale: 'fr' },
    }, 10_000).catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  /** A request that must answer within `limit` ms (the property every request must hold). */
  async request<T>(method: string, params: unknown, limit = 1000, token?: CancellationTokenSource): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${method} did not answer within ${limit} ms`)), limit);
    });
    try {
      // vscode-jsonrpc counts every argument as a parameter: pass the token only when there is one.
      const args: unknown[] = params === null || params === undefined ? [] : [ParameterStructures.byName, params];
      if (token) args.push(token.token);
      const sent = this.connection.sendRequest<T>(method, ...(args as [ParameterStructures, unknown]));
      return await Promise.race([sent, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** The first diagnostics for `uri` published after `since` (an index into `diagnostics`) that satisfy `accept`. */
  async diagnosticsFor(uri: string, since: number, limit: number, accept: (d: Diagnostics) => boolean = () => true): Promise<Diagnostics> {
    const deadline = Date.now() + limit;
    for (;;) {
      const found = this.diagnostics.slice(since).find((d) => d.uri === uri && accept(d));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${limit} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  get alive(): boolean {
    return this.process.exitCode === null && !this.process.killed;
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null, 2000);
      await this.notify('exit', null);
    } catch {
      // A server that no longer answers is killed below.
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export { CancellationTokenSource };
