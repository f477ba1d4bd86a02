import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { LspServer } from '../lspServer.js';
import { lspProtocolProperty } from './lspProperty.js';
import { PROPERTIES } from './properties.js';

// A fixed number of runs per property on every `npm test`, from a fixed seed: the same cases every
// time, all of them run (no time limit cuts a property short). Long runs: `npm run fuzz -- --runs N`.
const SEED = 20_261_205;
// Fewer where a run costs more (a document with thousands of keys; a .tenderrc written to disk).
const RUNS: Record<string, number> = { 'prototype keys': 60, '.tenderrc': 60 };
const DEFAULT_RUNS = 150;
const LSP_RUNS = 25;

function assertHeld<T>(name: string, details: fc.RunDetails<T>, runs: number): void {
  if (details.failed) assert.fail(fc.defaultReportMessage(details) ?? `${name} failed (seed ${details.seed})`);
  assert.equal(details.numRuns, runs, `${name}: ${details.numRuns} of ${runs} runs`);
}

describe(`fuzz (fast-check, seed ${SEED}): no exception, every range inside the document, a sound fix-all`, function () {
  this.timeout(180_000);
  for (const [name, property] of Object.entries(PROPERTIES)) {
    const runs = RUNS[name] ?? DEFAULT_RUNS;
    it(`${name} (${runs} runs)`, () => assertHeld(name, fc.check(property, { numRuns: runs, seed: SEED }), runs));
  }

  describe('over the LSP protocol', () => {
    let server: LspServer | undefined;
    before(async () => (server = await LspServer.start()));
    after(() => server?.stop());
    it(`LSP protocol: edit sessions with hostile texts, every request answered in time (${LSP_RUNS} runs)`, async () => {
      assertHeld(
        'LSP protocol',
        await fc.check(
          lspProtocolProperty(() => server!),
          { numRuns: LSP_RUNS, seed: SEED },
        ),
        LSP_RUNS,
      );
    });
  });
});
