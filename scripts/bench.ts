/**
 * `npm run bench`: performance figures of Tender LS on generated tenders (100 KB, 1 MB, 5 MB), printed
 * and written to .bench/results.json so runs can be compared. Not a test: figures depend on the machine.
 *
 *   npm run bench -- [--quick] [--sizes 100000,1000000] [--edits 200] [--rounds 7] [--only analysis,cold,latency,dossier,cli,batch,vsix] [--repackage]
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { batchFigures, printBatchFigures } from './bench/batch.js';
import { generateTender } from './bench/generate.js';
import { dossierBench } from './bench/dossier.js';
import { childrenCpuMs, cpuMs, median, percentile, round } from './bench/measure.js';
import { serverEnvironment } from '../client/src/serverEnvironment.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const quick = args.includes('--quick');
const SIZES = (option('sizes') ?? (quick ? '100000,1000000' : '100000,1000000,5000000')).split(',').map(Number);
const EDITS = Number(option('edits') ?? 200);
const ONLY = option('only')?.split(',');
const wanted = (part: string) => !ONLY || ONLY.includes(part);
const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);

// ---------------------------------------------------------------------------------------------
// In-process analysis, one child process per size so each peak RSS is its own.

interface AnalysisFigures {
  size: number;
  chars: number;
  analysisMs: number;
  remarkMs: number;
  ratio: number;
  /** The same in CPU time of the process (less sensitive to other processes than wall time). */
  analysisCpuMs: number;
  remarkCpuMs: number;
  cpuRatio: number;
  reanalysisP50Ms: number;
  reanalysisP95Ms: number;
  analysisPeakRssMB: number;
}

async function analysisChild(size: number): Promise<void> {
  const { DocumentParser, analyzeModel, analyzeText, DEFAULT_SETTINGS } = await import('../server/src/core/index.js');
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkFrontmatter = (await import('remark-frontmatter')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const text = generateTender(size);
  // The fastest of a few runs: on a shared machine, other processes only ever add time. As many at
  // 5 MB as at 1 MB: the fastest of fewer runs is slower on average, which would bias their ratio.
  const runs = size >= 1e6 ? 3 : 7;
  // Warm the code paths (JIT) first, as a running server would be, on another text of the same
  // size for every size measured, so that no size is measured colder than another.
  const warmUp = generateTender(200_000, 7);
  for (let i = 0; i < 3; i++) analyzeText(warmUp);
  const analysis: number[] = [];
  const analysisCpu: number[] = [];
  const remark: number[] = [];
  const remarkCpu: number[] = [];
  const time = (work: () => void, wall: number[], cpu: number[]) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    work();
    wall.push(performance.now() - start);
    cpu.push(cpuOf(process.cpuUsage(cpuStart)));
  };
  time(() => analyzeText(text), analysis, analysisCpu);
  // Re-analysis after typing one character in the middle (the language service's path).
  const parser = new DocumentParser();
  analyzeModel(parser.parse(text));
  let current = text;
  let at = nearestParagraph(current, Math.floor(current.length / 2));
  const reanalysis: number[] = [];
  for (let i = 0; i < Math.min(EDITS, size >= 5e6 ? 50 : EDITS); i++) {
    current = current.slice(0, at) + 'x' + current.slice(at);
    at++;
    const start = performance.now();
    analyzeModel(parser.parse(current), DEFAULT_SETTINGS);
    reanalysis.push(performance.now() - start);
  }
  // Peak memory of the analysis alone, before remark-parse builds its whole-text tree.
  const analysisPeakRssMB = process.resourceUsage().maxRSS / 1024;
  // The same parser configuration as the analysis (remark-parse + GFM + front-matter), on the whole
  // text; runs alternate with the analysis's so both meet the same load from other processes.
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
  processor.parse(generateTender(20_000, 7));
  for (let i = 0; i < runs; i++) {
    time(() => processor.parse(text), remark, remarkCpu);
    if (i < runs - 1) time(() => analyzeText(text), analysis, analysisCpu);
  }
  const figures: AnalysisFigures = {
    size,
    chars: text.length,
    analysisMs: round(Math.min(...analysis)),
    remarkMs: round(Math.min(...remark)),
    ratio: round(Math.min(...analysis) / Math.min(...remark), 3),
    analysisCpuMs: round(Math.min(...analysisCpu)),
    remarkCpuMs: round(Math.min(...remarkCpu)),
    cpuRatio: round(Math.min(...analysisCpu) / Math.min(...remarkCpu), 3),
    reanalysisP50Ms: round(percentile(reanalysis, 50), 2),
    reanalysisP95Ms: round(percentile(reanalysis, 95), 2),
    analysisPeakRssMB: round(analysisPeakRssMB),
  };
  process.stdout.write(JSON.stringify(figures));
}

const cpuOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** Start of the paragraph line nearest to `offset`, so edits type into prose. */
function nearestParagraph(text: string, offset: number): number {
  let at = text.indexOf('\n\nLe ', offset);
  if (at === -1) at = text.lastIndexOf('\n\nLe ', offset);
  return at === -1 ? offset : at + 2 + 'Le '.length;
}

function runAnalysisChild(size: number): AnalysisFigures {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', join(ROOT, 'scripts/bench.ts'), '--child-analysis', String(size), '--edits', String(EDITS)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.status !== 0) throw new Error(`analysis of ${label(size)} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as AnalysisFigures;
}

// ---------------------------------------------------------------------------------------------
// The real server over stdio.

interface ServerSession {
  connection: MessageConnection;
  pid: number;
  diagnostics(uri: string, version: number): Promise<number>;
  close(): Promise<void>;
}

function startServer(env: NodeJS.ProcessEnv = process.env): ServerSession {
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

async function initialize(session: ServerSession): Promise<void> {
  await session.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(OUT).href, capabilities: {}, initializationOptions: { locale: 'fr' } });
  await session.connection.sendNotification('initialized', {});
}

/** Peak resident set of a process (Linux), in MB. */
function peakRss(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s*(\d+)/.exec(status)?.[1];
    return kb ? round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

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
      const start = performance.now();
      const session = startServer(env);
      await initialize(session);
      const published = session.diagnostics(uri, 1);
      await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: example } });
      const elapsed = (await published) - start;
      const used = cpuMs(session.pid);
      await session.close();
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

interface LatencyFigures {
  size: number;
  openToDiagnosticsMs: number;
  edits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Server CPU time per edit, averaged (CPU time is not inflated by other processes). */
  serverCpuPerEditMs: number | undefined;
  serverPeakRssMB: number | undefined;
}

async function editLatency(size: number, edits: number): Promise<LatencyFigures> {
  const text = generateTender(size);
  const uri = pathToFileURL(join(OUT, `tender-${size}.md`)).href;
  const session = startServer();
  await initialize(session);
  const start = performance.now();
  let published = session.diagnostics(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const openToDiagnosticsMs = (await published) - start;
  // Type a sentence into a paragraph in the middle of the document, one character per change.
  let offset = nearestParagraph(text, Math.floor(text.length / 2));
  const before = text.slice(0, offset);
  let line = before.split('\n').length - 1;
  let character = offset - (before.lastIndexOf('\n') + 1);
  const typed = 'Le prestataire transmet aussi une copie électronique du rapport.\n';
  const latencies: number[] = [];
  const cpuBefore = cpuMs(session.pid);
  for (let version = 2; version < edits + 2; version++) {
    const char = typed[(version - 2) % typed.length];
    published = session.diagnostics(uri, version);
    const sent = performance.now();
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }],
    });
    latencies.push((await published) - sent);
    if (char === '\n') {
      line++;
      character = 0;
    } else character++;
    offset++;
  }
  const cpuAfter = cpuMs(session.pid);
  const serverPeakRssMB = peakRss(session.pid);
  await session.close();
  return {
    size,
    openToDiagnosticsMs: round(openToDiagnosticsMs),
    edits,
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    maxMs: round(Math.max(...latencies), 2),
    serverCpuPerEditMs: cpuBefore !== undefined && cpuAfter !== undefined ? round((cpuAfter - cpuBefore) / edits, 2) : undefined,
    serverPeakRssMB,
  };
}

// ---------------------------------------------------------------------------------------------
// CLI on 100 documents, one thread (--jobs 1) vs two (--jobs 2: the main thread and a worker).

function cliFigures(): {
  documents: number;
  totalMB: number;
  oneWorkerMs: number;
  twoWorkersMs: number;
  speedup: number;
  /** CPU time over wall time with two threads: how many cores were busy on average, whatever else loads the machine. */
  twoWorkersBusyCores: number | undefined;
  sameOutput: boolean;
} {
  const folder = join(OUT, 'cli');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let total = 0;
  for (let i = 0; i < 100; i++) {
    const text = generateTender(20_000 + ((i * 7919) % 80_000), 1000 + i);
    total += text.length;
    writeFileSync(join(folder, `ao-${String(i).padStart(3, '0')}.md`), text);
  }
  const run = (jobs: number) => {
    const times: number[] = [];
    const busy: number[] = [];
    let output = '';
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const cpuBefore = childrenCpuMs();
      const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--jobs', String(jobs), '--format', 'json', folder], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
      const wall = performance.now() - start;
      const cpuAfter = childrenCpuMs();
      times.push(wall);
      if (cpuBefore !== undefined && cpuAfter !== undefined) busy.push((cpuAfter - cpuBefore) / wall);
      if (result.status === 2) throw new Error(`CLI failed: ${result.stderr}`);
      output = result.stdout;
    }
    return { ms: median(times), busyCores: busy.length ? round(median(busy), 2) : undefined, output };
  };
  const one = run(1);
  const two = run(2);
  return {
    documents: 100,
    totalMB: round(total / 1e6, 2),
    oneWorkerMs: round(one.ms),
    twoWorkersMs: round(two.ms),
    speedup: round(one.ms / two.ms, 2),
    twoWorkersBusyCores: two.busyCores,
    sameOutput: one.output === two.output,
  };
}

function vsixSize(): { path: string; sizeMB: number; note?: string } | { missing: string } {
  const path = join(ROOT, 'tender-ls.vsix');
  if (existsSync(path) && !args.includes('--repackage')) return { path: 'tender-ls.vsix', sizeMB: round(statSync(path).size / 1024 / 1024, 2) };
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status === 0 && existsSync(path)) return { path: 'tender-ls.vsix', sizeMB: round(statSync(path).size / 1024 / 1024, 2) };
  const reason = (result.stderr + result.stdout).split('\n').filter((line) => /ERROR|error/.test(line)).join(' ').trim() || `exit ${result.status}`;
  // The size does not depend on where README links point: measure the same package with a placeholder base.
  const measured = join(OUT, 'measure.vsix');
  const vsce = spawnSync(
    'npx',
    ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--baseContentUrl', 'https://example.invalid', '--baseImagesUrl', 'https://example.invalid', '-o', measured],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (vsce.status === 0 && existsSync(measured)) {
    return { path: '.bench/measure.vsix', sizeMB: round(statSync(measured).size / 1024 / 1024, 2), note: `npm run package failed (${reason}); measured with placeholder link bases` };
  }
  return { missing: `npm run package failed: ${reason}` };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const childSize = option('child-analysis');
  if (childSize) return analysisChild(Number(childSize));
  mkdirSync(OUT, { recursive: true });
  const machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((load) => round(load, 2)),
    commit: gitCommit(),
    date: new Date().toISOString(),
  };
  console.log(
    `Tender LS benchmark — ${machine.cpus} cores (${machine.cpuModel}), node ${machine.node}, ${machine.platform}, ${machine.commit}, load average ${machine.loadAverageAtStart.join(' ')}`,
  );
  const results: Record<string, unknown> = { machine };

  if (wanted('vsix')) {
    const vsix = vsixSize();
    results.vsix = vsix;
    console.log(`\nVSIX: ${'sizeMB' in vsix ? `${vsix.sizeMB} MB (target ≤ 2 MB)${vsix.note ? ` — ${vsix.note}` : ''}` : `missing (${vsix.missing})`}`);
  }
  if (!existsSync(join(ROOT, 'dist/server.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

  if (wanted('analysis')) {
    console.log('\nFull analysis vs remark-parse alone (remark-parse + GFM + front-matter on the whole text; fastest run of each):');
    const analysis: AnalysisFigures[] = [];
    for (const size of SIZES) {
      const figures = runAnalysisChild(size);
      analysis.push(figures);
      console.log(
        `  ${label(size).padEnd(7)} analysis ${figures.analysisMs} ms, remark-parse ${figures.remarkMs} ms, ratio ${figures.ratio} (target ≤ 1.2; CPU time ${figures.analysisCpuMs} / ${figures.remarkCpuMs} ms = ${figures.cpuRatio}); ` +
          `re-analysis after a keystroke p50 ${figures.reanalysisP50Ms} ms / p95 ${figures.reanalysisP95Ms} ms; peak RSS ${figures.analysisPeakRssMB} MB`,
      );
    }
    results.analysis = analysis;
    const oneMB = analysis.find((figures) => figures.size === 1e6);
    const fiveMB = analysis.find((figures) => figures.size === 5e6);
    if (oneMB && fiveMB) {
      const [scaling, scalingCpu] = [round(fiveMB.analysisMs / oneMB.analysisMs, 2), round(fiveMB.analysisCpuMs / oneMB.analysisCpuMs, 2)];
      results.scaling5MBOver1MB = scaling;
      results.scaling5MBOver1MBCpu = scalingCpu;
      console.log(`  5 MB / 1 MB analysis time: ${scaling}× (target ≤ 5×; CPU time ${scalingCpu}×)`);
    }
  }

  if (wanted('cold')) {
    const runs = 9;
    const cached = await coldStart(runs, true);
    const uncached = await coldStart(runs, false);
    const node = nodeAlone(runs, serverEnvironment(process.env, ''));
    results.coldStart = cached;
    results.coldStartWithoutCodeCache = uncached;
    results.nodeAloneMs = node;
    console.log(`\nServer cold start (spawn → first diagnostics of the compliant example, median of ${runs}), started as the VS Code extension starts it:`);
    console.log(`  with its code cache (every start after the first): ${cached.wallMs} ms (target ≤ 300 ms); server CPU time ${cached.serverCpuMs ?? '?'} ms`);
    console.log(`  without a code cache (first start after an install or update): ${uncached.wallMs} ms; server CPU time ${uncached.serverCpuMs ?? '?'} ms`);
    console.log(`  Node alone (node -e 0) in the same environment: ${node} ms`);
    if (process.env.NODE_EXTRA_CA_CERTS) {
      // The extension leaves this variable out of the server's environment (client/src/serverEnvironment.ts).
      const inherited = await coldStart(runs, true, true);
      const nodeInherited = nodeAlone(runs, process.env);
      results.coldStartWithNodeExtraCaCerts = { ...inherited, nodeAloneMs: nodeInherited };
      console.log(`  This machine sets NODE_EXTRA_CA_CERTS, which Node parses at every start; with it, as an editor passing its environment through would start the server:`);
      console.log(`  with its code cache ${inherited.wallMs} ms; server CPU time ${inherited.serverCpuMs ?? '?'} ms; Node alone ${nodeInherited} ms`);
    }
  }

  if (wanted('latency')) {
    console.log(`\nEdit → publishDiagnostics through the server over stdio (keystrokes typed mid-document, each waited for):`);
    const latency: LatencyFigures[] = [];
    for (const size of SIZES.filter((size) => size >= 1e6)) {
      const figures = await editLatency(size, size >= 5e6 ? Math.min(EDITS, 50) : EDITS);
      latency.push(figures);
      console.log(
        `  ${label(size).padEnd(7)} open → diagnostics ${figures.openToDiagnosticsMs} ms; edit → diagnostics p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${figures.edits} edits` +
          `${size === 1e6 ? ' (target p95 ≤ 50 ms)' : ''}; server CPU ${figures.serverCpuPerEditMs ?? '?'} ms per edit; server peak RSS ${figures.serverPeakRssMB ?? '?'} MB`,
      );
    }
    results.latency = latency;
  }

  if (wanted('dossier')) {
    const dossier = await dossierBench(OUT, EDITS);
    results.dossier = dossier;
    console.log(
      `\nA dossier of ${dossier.files} files (${dossier.totalMB} MB) in the server over stdio: opening every file → first diagnostics of all ${dossier.openAllMs} ms (target ≤ 1 s; server CPU ${dossier.openServerCpuMs ?? '?'} ms); ` +
        `edit of one file → its diagnostics p50 ${dossier.p50Ms} ms, p95 ${dossier.p95Ms} ms (target ≤ 50 ms), max ${dossier.maxMs} ms over ${dossier.edits} edits; ` +
        `server CPU ${dossier.serverCpuPerEditMs ?? '?'} ms per edit; server peak RSS ${dossier.serverPeakRssMB ?? '?'} MB`,
    );
  }

  if (wanted('cli')) {
    const cli = cliFigures();
    results.cli = cli;
    console.log(
      `\nCLI on ${cli.documents} documents (${cli.totalMB} MB): --jobs 1 ${cli.oneWorkerMs} ms, --jobs 2 ${cli.twoWorkersMs} ms, speed-up ${cli.speedup}×; ` +
        `with --jobs 2, ${cli.twoWorkersBusyCores ?? '?'} cores busy on average (CPU time ÷ wall time); same output: ${cli.sameOutput}`,
    );
  }

  if (wanted('batch')) {
    const batch = await batchFigures(ROOT, OUT, { rounds: Number(option('rounds') ?? (quick ? 3 : 7)), largeRuns: quick ? 1 : 3 });
    results.batch = batch;
    printBatchFigures(batch);
  }

  (results.machine as { loadAverageAtEnd?: number[] }).loadAverageAtEnd = loadavg().map((load) => round(load, 2));
  const file = join(OUT, 'results.json');
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nFigures written to ${file}`);
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

await main();
