/**
 * The real language server over stdio as the figures `cold`, `latency` and `dossier` drive it: the tests'
 * LSP client (test/lspServer.ts) on the bundled server, and keystrokes typed into it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspServer } from '../../test/lspServer.js';
import { cacheDirectory } from '../../server/src/node/codeCache.js';
import { OUT } from './figure.js';
import { cpuMs, percentile, round } from './measure.js';

/** How long the bench waits for diagnostics before it counts the server as hung (a 5 MB tender's first analysis on a loaded machine takes tens of seconds). */
const WAIT_MS = 600_000;

/**
 * The bundled server, initialized with `.bench` as its workspace folder and no `workspace/configuration`
 * (settings are the defaults), in `environment` (by default this process's); with BENCH_SERVER_PROFILE
 * set, the server writes its CPU profile into that folder when it exits.
 */
export function startServer(environment?: NodeJS.ProcessEnv): Promise<LspServer> {
  const profile = process.env.BENCH_SERVER_PROFILE;
  return LspServer.start({
    environment,
    execArgv: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [],
    configuration: false,
    rootUri: pathToFileURL(OUT).href,
  });
}

/**
 * Removes the parses servers kept for the next session (server/src/node/parseCache.ts) from a cache
 * directory (by default the one the bench's servers use): a figure of a first analysis parses.
 */
export function forgetKeptParses(directory = cacheDirectory()): void {
  if (directory) rmSync(join(directory, 'parses'), { recursive: true, force: true });
}

/**
 * When (performance.now()) the first diagnostics of `uri` at `version` or later arrive, the server
 * publishing after this call; diagnostics of a dossier's member that is not open have no version and count.
 */
export async function diagnosticsArrival(server: LspServer, uri: string, version: number): Promise<number> {
  const where = (published: { version?: number }) => published.version === undefined || published.version >= version;
  return server.arrivalOf(await server.nextDiagnostics(uri, { where, timeout: WAIT_MS }));
}

export interface KeystrokeFigures {
  edits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Server CPU time per edit, averaged (CPU time is not inflated by other processes). */
  serverCpuPerEditMs: number | undefined;
}

const SENTENCE = 'Le prestataire transmet aussi une copie électronique du rapport.\n';

/**
 * Types a sentence at `offset` of `text` (open in the server as `uri`, version 1), one character per
 * change, each waited for: edit → diagnostics of that file, from sending the change to their arrival.
 */
export async function typeSentence(server: LspServer, uri: string, text: string, offset: number, edits: number): Promise<KeystrokeFigures> {
  const before = text.slice(0, offset);
  let line = before.split('\n').length - 1;
  let character = offset - (before.lastIndexOf('\n') + 1);
  const latencies: number[] = [];
  const cpuBefore = cpuMs(server.pid);
  for (let version = 2; version < edits + 2; version++) {
    const char = SENTENCE[(version - 2) % SENTENCE.length];
    const published = diagnosticsArrival(server, uri, version);
    const sent = performance.now();
    await server.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: char }]);
    latencies.push((await published) - sent);
    if (char === '\n') {
      line++;
      character = 0;
    } else character++;
  }
  const cpuAfter = cpuMs(server.pid);
  return {
    edits,
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    maxMs: round(Math.max(...latencies), 2),
    serverCpuPerEditMs: cpuBefore !== undefined && cpuAfter !== undefined ? round((cpuAfter - cpuBefore) / edits, 2) : undefined,
  };
}
