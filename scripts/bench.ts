/**
 * `npm run bench`: performance figures of Tender LS, printed and written to .bench/results.json so runs
 * can be compared. Not a test: figures depend on the machine. One module per figure (scripts/bench/);
 * name figures to run only those (`npm run bench -- batch dossier`; `--only batch,dossier` says the same).
 *
 *   npm run bench -- [vsix analysis cold latency dossier cli batch] [--quick] [--sizes 100000,1000000] [--edits 200] [--rounds 7] [--repackage]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { analysis, analysisChild } from './bench/analysis.js';
import { batch } from './bench/batch.js';
import { cli } from './bench/cli.js';
import { cold } from './bench/cold.js';
import { dossier } from './bench/dossier.js';
import { OUT, ROOT, type BenchOptions, type Figure } from './bench/figure.js';
import { latency } from './bench/latency.js';
import { round } from './bench/measure.js';
import { vsix } from './bench/vsix.js';

/** Every figure, in the order a full run measures them. */
const FIGURES: readonly Figure[] = [vsix, analysis, cold, latency, dossier, cli, batch];

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const VALUED = new Set(['--sizes', '--edits', '--rounds', '--only', '--child-analysis']);
/** Figures named on the command line, alone or after --only. */
const named = [...args.filter((arg, index) => !arg.startsWith('--') && !VALUED.has(args[index - 1])), ...(option('only')?.split(',') ?? [])];

async function main(): Promise<void> {
  const quick = args.includes('--quick');
  const edits = Number(option('edits') ?? 200);
  const childSize = option('child-analysis');
  if (childSize) return analysisChild(Number(childSize), edits);
  const unknown = named.filter((name) => !FIGURES.some((figure) => figure.name === name));
  if (unknown.length) {
    console.error(`npm run bench: unknown figure ${unknown.join(', ')}; figures: ${FIGURES.map((figure) => figure.name).join(', ')}`);
    process.exit(2);
  }
  const options: BenchOptions = {
    root: ROOT,
    out: OUT,
    quick,
    sizes: (option('sizes') ?? (quick ? '100000,1000000' : '100000,1000000,5000000')).split(',').map(Number),
    edits,
    rounds: option('rounds') === undefined ? undefined : Number(option('rounds')),
    repackage: args.includes('--repackage'),
  };
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
  for (const figure of FIGURES) {
    if (named.length && !named.includes(figure.name)) continue;
    // The package is measured from the sources; every other figure runs the built server and command line.
    if (figure !== vsix && !existsSync(join(ROOT, 'dist/server.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    Object.assign(results, await figure.run(options));
  }
  (machine as { loadAverageAtEnd?: number[] }).loadAverageAtEnd = loadavg().map((load) => round(load, 2));
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
