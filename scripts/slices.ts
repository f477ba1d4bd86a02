// The language server's analysis cut into slices, as lsp/server.ts runs it: `node --import tsx scripts/slices.ts [MB…]`
// (default 2 5). For a generated tender of each size, on a fresh language service: the longest slice
// (the longest the server goes without reading its input: a slice's last step overruns 25 ms), wall
// and CPU time, of parsing, and of the rules (a rule cut between two readings of blocks when its slice
// is over, see core/document/readings.ts); the rules step's CPU time in all; and, for comparison, the CPU
// time of the rules run at once on a parsed model (as the command line runs them).
import { generateTender } from './bench/generate.js';
import { analyzeModel, createLanguageService, DEFAULT_SETTINGS, DocumentParser } from '../server/src/core/index.js';
import type { SliceClock } from '../server/src/core/document/readings.js';

const SLICE_MS = 25;
const sizes = process.argv.slice(2).map(Number);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Runs steps in slices, telling `clock` when each ends; the longest slice, wall and CPU time, and the CPU time of all of them. */
function inSlices(steps: Iterator<void, unknown, undefined>, clock?: SliceClock): { wall: number; cpu: number; total: number } {
  const first = cpuMs();
  let wall = 0;
  let cpu = 0;
  let wallStart = performance.now();
  let cpuStart = cpuMs();
  if (clock) clock.end = wallStart + SLICE_MS;
  for (;;) {
    const step = steps.next();
    const elapsed = performance.now() - wallStart;
    if (!step.done && elapsed < SLICE_MS) continue;
    wall = Math.max(wall, elapsed);
    cpu = Math.max(cpu, cpuMs() - cpuStart);
    if (step.done) return { wall, cpu, total: cpuMs() - first };
    wallStart = performance.now();
    cpuStart = cpuMs();
    if (clock) clock.end = wallStart + SLICE_MS;
  }
}

const round = (value: number) => Math.round(value);
for (const megabytes of sizes.length > 0 ? sizes : [2, 5]) {
  const text = generateTender(megabytes * 1_000_000);
  const service = createLanguageService();
  const uri = 'file:///slices.md';
  const prepared = inSlices(service.prepare(uri, text));
  const clock: SliceClock = { now: () => performance.now(), end: Infinity };
  const rules = inSlices(service.analysisSteps(uri, text, DEFAULT_SETTINGS, undefined, clock), clock);
  const model = new DocumentParser().parse(text);
  const before = cpuMs();
  analyzeModel(model);
  const atOnce = cpuMs() - before;
  console.log(
    `${megabytes} MB: parsing: longest slice ${round(prepared.wall)} ms (CPU ${round(prepared.cpu)} ms), ${round(prepared.total)} ms of CPU in all; ` +
      `rules: longest slice ${round(rules.wall)} ms (CPU ${round(rules.cpu)} ms), ${round(rules.total)} ms of CPU in all; ` +
      `the rules at once on a parsed model: ${round(atOnce)} ms of CPU`,
  );
}
