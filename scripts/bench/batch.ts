/**
 * The batch figure (issue 16): `tender-lint` on a folder as an organisation checks its tenders in CI,
 * side by side with markdownlint-cli2 on the same folder, in the same run. Rounds alternate the
 * programs (in a rotating order) so both meet the same load from other processes; each ratio is the
 * median of the rounds' ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { defaultThreads } from '../../server/src/cli/main.js';
import { idleCoresSince, sampleCpu } from '../../server/src/node/idleCores.js';
import { writeTenderFolder } from './folder.js';
import type { Figure } from './figure.js';
import { childrenCpuMs, median, round } from './measure.js';

interface BatchFigures {
  files: number;
  totalMB: number;
  rounds: number;
  /** Threads the default `--jobs` chooses for this folder by its size; a run uses fewer when other processes fill the cores. */
  defaultThreads: number;
  /** Cores other processes left idle, measured as a run measures them, before the rounds and after. */
  idleCores: (number | undefined)[];
  /** Wall time, medians over the rounds, ms; CPU time (all threads) in brackets of the printout. */
  markdownlintMs: number;
  defaultMs: number;
  oneThreadMs: number;
  markdownlintCpuMs: number | undefined;
  defaultCpuMs: number | undefined;
  oneThreadCpuMs: number | undefined;
  /** Median of the rounds' ratios. Targets: ≤ 0.8 and ≤ 1. */
  defaultOverMarkdownlint: number;
  defaultOverOneThread: number;
  /** The same folder without the code cache (a CI job that does not keep TENDER_LS_CACHE_DIR). */
  defaultWithoutCodeCacheMs: number;
  withoutCodeCacheOverMarkdownlint: number;
  sameOutput: boolean;
  /** Where a run's time goes: Node's own start, and the command line's start (loaded, nothing checked). */
  nodeAloneMs: number;
  tenderLintHelpMs: number;
  markdownlintHelpMs: number;
  large: { files: number; totalMB: number; runs: number; defaultMs: number; /** Target ≤ 11. */ overSmall: number };
}

interface Run {
  wallMs: number;
  cpuMs: number | undefined;
  output: string;
}

// The package's own command (its bin), found from its main module: its exports do not include package.json.
const MARKDOWNLINT = join(dirname(fileURLToPath(import.meta.resolve('markdownlint-cli2'))), 'markdownlint-cli2-bin.mjs');

/** `anyStatus`: the command's status says nothing of the run (markdownlint-cli2 --help exits 2). */
function timed(args: string[], cwd: string, env: NodeJS.ProcessEnv, anyStatus = false): Run {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (!anyStatus && (result.status === null || result.status > 1))
    throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr.slice(0, 2000)}`);
  return { wallMs, cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined, output: result.stdout };
}

const medianOf = (runs: Run[], key: 'wallMs' | 'cpuMs') => {
  const values = runs.map((run) => run[key]).filter((value): value is number => value !== undefined);
  return values.length ? round(median(values)) : undefined;
};

/**
 * `files` generated documents (scripts/bench/folder.ts) checked `rounds` times by markdownlint-cli2,
 * `tender-lint` (default `--jobs`) and `tender-lint --jobs 1`; then `largeFiles` documents `largeRuns`
 * times, each run paired with one on the small folder.
 */
async function batchFigures(root: string, out: string, { files = 200, rounds = 7, largeFiles = 2000, largeRuns = 3 } = {}): Promise<BatchFigures> {
  const idleBefore = await idleCoresSince(sampleCpu());
  const cli = join(root, 'dist/cli.js');
  const folder = join(out, `batch-${files}`);
  const total = writeTenderFolder(folder, files);
  const cache = mkdtempSync(join(tmpdir(), 'tender-bench-cli-cache-'));
  const env = { ...process.env, TENDER_LS_CACHE_DIR: cache };
  try {
    // Both programs read the folder from inside it, with their default configuration.
    const programs = {
      markdownlint: () => timed([MARKDOWNLINT, '**/*.md'], folder, env),
      default: () => timed([cli, '--format', 'json', '.'], folder, env),
      oneThread: () => timed([cli, '--jobs', '1', '--format', 'json', '.'], folder, env),
    };
    // Not measured: fills the code cache, as any earlier run on the machine has.
    programs.default();
    const runs: Record<keyof typeof programs, Run[]> = { markdownlint: [], default: [], oneThread: [] };
    const order = Object.keys(programs) as (keyof typeof programs)[];
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < order.length; i++) {
        const name = order[(round + i) % order.length];
        runs[name].push(programs[name]());
      }
    }
    const ratios = (a: Run[], b: Run[]) => round(median(a.map((run, i) => run.wallMs / b[i].wallMs)), 2);
    const withoutCache: Run[] = [];
    const markdownlintBeside: Run[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(rounds / 2)); i++) {
      markdownlintBeside.push(programs.markdownlint());
      withoutCache.push(timed([cli, '--format', 'json', '.'], folder, { ...process.env, TENDER_LS_CACHE_DIR: '' }));
    }
    const help = (args: string[]) => round(median(Array.from({ length: 5 }, () => timed(args, folder, env, true).wallMs)));
    const largeFolder = join(out, `batch-${largeFiles}`);
    const largeTotal = writeTenderFolder(largeFolder, largeFiles);
    const large: Run[] = [];
    const smallBeside: Run[] = [];
    for (let i = 0; i < largeRuns; i++) {
      large.push(timed([cli, '--format', 'json', '.'], largeFolder, env));
      smallBeside.push(programs.default());
    }
    rmSync(largeFolder, { recursive: true, force: true });
    const idleAfter = await idleCoresSince(sampleCpu());
    return {
      files,
      totalMB: round(total / 1e6, 2),
      rounds,
      defaultThreads: defaultThreads(files, total, availableParallelism()),
      idleCores: [idleBefore, idleAfter].map((idle) => (idle === undefined ? undefined : round(idle, 2))),
      markdownlintMs: medianOf(runs.markdownlint, 'wallMs')!,
      defaultMs: medianOf(runs.default, 'wallMs')!,
      oneThreadMs: medianOf(runs.oneThread, 'wallMs')!,
      markdownlintCpuMs: medianOf(runs.markdownlint, 'cpuMs'),
      defaultCpuMs: medianOf(runs.default, 'cpuMs'),
      oneThreadCpuMs: medianOf(runs.oneThread, 'cpuMs'),
      defaultOverMarkdownlint: ratios(runs.default, runs.markdownlint),
      defaultOverOneThread: ratios(runs.default, runs.oneThread),
      defaultWithoutCodeCacheMs: medianOf(withoutCache, 'wallMs')!,
      withoutCodeCacheOverMarkdownlint: ratios(withoutCache, markdownlintBeside),
      sameOutput:
        runs.default.every((run) => run.output === runs.oneThread[0].output) && runs.oneThread.every((run) => run.output === runs.oneThread[0].output),
      nodeAloneMs: help(['-e', '0']),
      tenderLintHelpMs: help([cli, '--help']),
      markdownlintHelpMs: help([MARKDOWNLINT, '--help']),
      large: {
        files: largeFiles,
        totalMB: round(largeTotal / 1e6, 2),
        runs: largeRuns,
        defaultMs: medianOf(large, 'wallMs')!,
        overSmall: ratios(large, smallBeside),
      },
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function printBatchFigures(figures: BatchFigures): void {
  const cpu = (ms: number | undefined) => (ms === undefined ? '' : ` (CPU ${ms} ms)`);
  console.log(
    `\nBatch: ${figures.files} generated documents (${figures.totalMB} MB) in one folder, medians of ${figures.rounds} rounds alternating the programs; ratios are medians of each round's ratio:`,
  );
  console.log(`  markdownlint-cli2                         ${figures.markdownlintMs} ms${cpu(figures.markdownlintCpuMs)}`);
  console.log(`  tender-lint (default --jobs)              ${figures.defaultMs} ms${cpu(figures.defaultCpuMs)}`);
  console.log(`  tender-lint --jobs 1                      ${figures.oneThreadMs} ms${cpu(figures.oneThreadCpuMs)}`);
  console.log(`  tender-lint / markdownlint-cli2: ${figures.defaultOverMarkdownlint} (target ≤ 0.8)`);
  console.log(
    `  default / --jobs 1: ${figures.defaultOverOneThread} (target ≤ 1; by its size, ${figures.defaultThreads} threads, fewer when other processes fill the cores); same output: ${figures.sameOutput}`,
  );
  console.log(
    `  without the code cache (a CI job that does not keep TENDER_LS_CACHE_DIR): ${figures.defaultWithoutCodeCacheMs} ms, ${figures.withoutCodeCacheOverMarkdownlint} × markdownlint-cli2`,
  );
  console.log(`  cores left idle by other processes, before and after: ${figures.idleCores.map((idle) => idle ?? '?').join(', ')}`);
  console.log(
    `  start alone: node -e 0 ${figures.nodeAloneMs} ms, tender-lint --help ${figures.tenderLintHelpMs} ms, markdownlint-cli2 --help ${figures.markdownlintHelpMs} ms`,
  );
  console.log(
    `  ${figures.large.files} documents (${figures.large.totalMB} MB): ${figures.large.defaultMs} ms, ${figures.large.overSmall} × the time of ${figures.files} (target ≤ 11; median of ${figures.large.runs} pairs)`,
  );
}

export const batch: Figure = {
  name: 'batch',
  async run({ root, out, quick, rounds }) {
    const figures = await batchFigures(root, out, { rounds: rounds ?? (quick ? 3 : 7), largeRuns: quick ? 1 : 3 });
    printBatchFigures(figures);
    return { batch: figures };
  },
};
