// Long fuzz runs: `npm run fuzz -- --runs N [--seed S]`. Exit 0 only when every run of every property held.
import fc from 'fast-check';
import { PROPERTIES } from '../test/fuzz/properties.js';

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : undefined;
  if (index >= 0 && !Number.isInteger(value)) {
    console.error(`--${name}: an integer expected`);
    process.exit(2);
  }
  return value;
};
const runs = option('runs') ?? 1000;
const seed = option('seed') ?? Date.now() % 2 ** 31;

let failed = false;
for (const [name, property] of Object.entries(PROPERTIES)) {
  const start = performance.now();
  const details = fc.check(property, { numRuns: runs, seed });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    console.log(`${name}: FAILED after ${details.numRuns} runs (seed ${seed}, ${seconds} s)\n${fc.defaultReportMessage(details) ?? ''}`);
  } else console.log(`${name}: ${details.numRuns}/${runs} runs held (seed ${seed}, ${seconds} s)`);
}
process.exitCode = failed ? 1 : 0;
