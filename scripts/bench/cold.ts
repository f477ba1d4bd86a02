/**
 * `npm run bench -- cold`: the server's cold start, from spawning it as the VS Code extension does to the
 * first diagnostics of the compliant example, with and without its code cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { serverEnvironment } from '../../client/src/serverEnvironment.js';
import { OUT, ROOT, type Figure } from './figure.js';
import { cpuMs, median, round } from './measure.js';
import { diagnosticsArrival, forgetKeptParses, startServer } from './session.js';

interface ColdStartFigures {
  wallMs: number;
  serverCpuMs: number | undefined;
}

/**
 * Spawn → first diagnostics of the compliant example, median of `runs`. `codeCache`: the server's
 * V8 code cache directory (a fresh one, filled by one unmeasured session first), or none at all.
 * The server gets the environment the VS Code extension gives it, or, with `inheritEnvironment`,
 * this process's own unchanged (as an editor that passes its environment through would).
 */
async function coldStart(runs: number, codeCache: boolean, inheritEnvironment = false): Promise<ColdStartFigures> {
  const example = readFileSync(join(ROOT, 'examples/ao-services-professionnels-conforme.md'), 'utf8');
  const uri = pathToFileURL(join(OUT, 'cold.md')).href;
  const cacheDirectory = mkdtempSync(join(tmpdir(), 'tender-bench-cache-'));
  const cache = codeCache ? cacheDirectory : '';
  const env = inheritEnvironment ? { ...process.env, TENDER_LS_CACHE_DIR: cache } : serverEnvironment(process.env, cache);
  const times: number[] = [];
  const cpu: number[] = [];
  try {
    for (let i = codeCache ? -1 : 0; i < runs; i++) {
      // A cold start parses: only the code cache is kept from the unmeasured session.
      forgetKeptParses(cacheDirectory);
      const start = performance.now();
      const server = await startServer(env);
      const published = diagnosticsArrival(server, uri, 1);
      await server.open(uri, example);
      const elapsed = (await published) - start;
      const used = cpuMs(server.pid);
      await server.stop();
      if (i < 0) continue;
      times.push(elapsed);
      if (used !== undefined) cpu.push(used);
    }
  } finally {
    rmSync(cacheDirectory, { recursive: true, force: true });
  }
  return { wallMs: round(median(times)), serverCpuMs: cpu.length ? median(cpu) : undefined };
}

/** Node's own start and exit (`node -e 0`) in an environment, median of `runs`: the floor of any cold start. */
function nodeAlone(runs: number, env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    times.push(performance.now() - start);
  }
  return round(median(times));
}

export const cold: Figure = {
  name: 'cold',
  async run() {
    const runs = 9;
    const cached = await coldStart(runs, true);
    const uncached = await coldStart(runs, false);
    const node = nodeAlone(runs, serverEnvironment(process.env, ''));
    const results: Record<string, unknown> = { coldStart: cached, coldStartWithoutCodeCache: uncached, nodeAloneMs: node };
    console.log(`\nServer cold start (spawn → first diagnostics of the compliant example, median of ${runs}), started as the VS Code extension starts it:`);
    console.log(`  with its code cache (every start after the first): ${cached.wallMs} ms (target ≤ 300 ms); server CPU time ${cached.serverCpuMs ?? '?'} ms`);
    console.log(`  without a code cache (first start after an install or update): ${uncached.wallMs} ms; server CPU time ${uncached.serverCpuMs ?? '?'} ms`);
    console.log(`  Node alone (node -e 0) in the same environment: ${node} ms`);
    if (process.env.NODE_EXTRA_CA_CERTS) {
      // The extension leaves this variable out of the server's environment (client/src/serverEnvironment.ts).
      const inherited = await coldStart(runs, true, true);
      const nodeInherited = nodeAlone(runs, process.env);
      results.coldStartWithNodeExtraCaCerts = { ...inherited, nodeAloneMs: nodeInherited };
      console.log(
        `  This machine sets NODE_EXTRA_CA_CERTS, which Node parses at every start; with it, as an editor passing its environment through would start the server:`,
      );
      console.log(`  with its code cache ${inherited.wallMs} ms; server CPU time ${inherited.serverCpuMs ?? '?'} ms; Node alone ${nodeInherited} ms`);
    }
    return results;
  },
};
