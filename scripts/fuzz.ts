// Long fuzz runs: `npm run fuzz -- --runs N [--seed S] [--only NAME]`. Exit 0 only when every run of
// every property held. The LSP-protocol property talks to the bundled server (the script builds it).
import fc from 'fast-check';
import { LspServer } from '../test/lspServer.js';
import { lspProtocolProperty } from '../test/fuzz/lspProperty.js';
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
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
const LSP = 'LSP protocol';
const names = [...Object.keys(PROPERTIES), LSP];
if (only !== undefined && !names.includes(only)) {
  console.error(`--only: one of ${names.map((name) => JSON.stringify(name)).join(', ')}`);
  process.exit(2);
}

let failed = false;
function report<T>(name: string, details: fc.RunDetails<T>, seconds: string): void {
  if (details.failed) {
    failed = true;
    // fast-check leaves the property's own error out of its report: it says what broke.
    const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
    console.log(`${name}: FAILED after ${details.numRuns} runs (seed ${seed}, ${seconds} s)\n${fc.defaultReportMessage(details) ?? ''}\nError: ${error}`);
  } else console.log(`${name}: ${details.numRuns}/${runs} runs held (seed ${seed}, ${seconds} s)`);
}
const elapsed = (start: number) => ((performance.now() - start) / 1000).toFixed(1);

for (const [name, property] of Object.entries(PROPERTIES)) {
  if (only !== undefined && only !== name) continue;
  const start = performance.now();
  report(name, fc.check(property, { numRuns: runs, seed }), elapsed(start));
}
if (only === undefined || only === LSP) {
  const server = await LspServer.start();
  try {
    const start = performance.now();
    report(
      LSP,
      await fc.check(
        lspProtocolProperty(() => server),
        { numRuns: runs, seed },
      ),
      elapsed(start),
    );
  } finally {
    await server.stop();
  }
}
process.exitCode = failed ? 1 : 0;
