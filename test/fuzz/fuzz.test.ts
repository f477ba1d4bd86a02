import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { PROPERTIES } from './properties.js';

// A bounded run on every `npm test`, reproducible from the printed seed; long runs: `npm run fuzz -- --runs N`.
const RUNS = 150;
const TIME_LIMIT_MS = 15_000;

describe('fuzz (fast-check): no exception, every range inside the document, a sound fix-all', function () {
  this.timeout(TIME_LIMIT_MS * 2);
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(name, () => {
      const details = fc.check(property, { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false });
      if (details.failed) assert.fail(fc.defaultReportMessage(details) ?? `${name} failed (seed ${details.seed})`);
      assert.ok(details.numRuns > 0, 'no run completed');
    });
  }
});
