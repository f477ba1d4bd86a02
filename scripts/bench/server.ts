/** The real language server over stdio, as the figures `cold` and `latency` drive it. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { OUT, ROOT } from './figure.js';

export interface ServerSession {
  connection: MessageConnection;
  pid: number;
  diagnostics(uri: string, version: number): Promise<number>;
  close(): Promise<void>;
}

export function startServer(env: NodeJS.ProcessEnv = process.env): ServerSession {
  const profile = process.env.BENCH_SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SERVER_PROFILE] : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map<string, { version: number; resolve: (at: number) => void }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    const at = performance.now();
    const wanted = waiting.get(params.uri);
    if (wanted && (params.version === undefined || params.version >= wanted.version)) {
      waiting.delete(params.uri);
      wanted.resolve(at);
    }
  });
  connection.onRequest('workspace/configuration', () => []);
  connection.listen();
  return {
    connection,
    pid: child.pid!,
    diagnostics: (uri, version) => new Promise((resolve) => waiting.set(uri, { version, resolve })),
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(undefined)));
    },
  };
}

export async function initialize(session: ServerSession): Promise<void> {
  await session.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(OUT).href,
    capabilities: {},
    initializationOptions: { locale: 'fr' },
  });
  await session.connection.sendNotification('initialized', {});
}
