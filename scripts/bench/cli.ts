/** `npm run bench -- cli`: `tender-lint` on 100 documents, one thread (--jobs 1) against two (--jobs 2: the main thread and a worker). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { OUT, ROOT, type Figure } from './figure.js';
import { generateTender } from './generate.js';
import { childrenCpuMs, median, round } from './measure.js';

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
      const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--jobs', String(jobs), '--format', 'json', folder], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
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

export const cli: Figure = {
  name: 'cli',
  run() {
    const cli = cliFigures();
    console.log(
      `\nCLI on ${cli.documents} documents (${cli.totalMB} MB): --jobs 1 ${cli.oneWorkerMs} ms, --jobs 2 ${cli.twoWorkersMs} ms, speed-up ${cli.speedup}×; ` +
        `with --jobs 2, ${cli.twoWorkersBusyCores ?? '?'} cores busy on average (CPU time ÷ wall time); same output: ${cli.sameOutput}`,
    );
    return { cli };
  },
};
