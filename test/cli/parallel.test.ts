import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Worker threads run the bundle (dist/cli.js, built by `npm test`), as users do.
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('CLI on worker threads', function () {
  // Two runs over every fixture, on a machine other processes may load.
  this.timeout(90_000);
  for (const format of ['text', 'json']) {
    it(`prints the same ${format} report, in input order, with 2 threads as with 1`, () => {
      const args = ['--format', format, FIXTURES, EXAMPLES, 'missing-file.md'];
      const sequential = cli('--jobs', '1', ...args);
      const parallel = cli('--jobs', '2', ...args);
      assert.ok(sequential.out.includes('ao-services-techniques-defauts.md'));
      assert.match(sequential.err, /missing-file\.md/);
      assert.deepEqual(parallel, sequential);
    });
  }

  it('rejects a job count that is not a positive number', () => {
    const result = cli('--jobs', '0', EXAMPLES);
    assert.equal(result.code, 2);
    assert.match(result.err, /--jobs/);
  });
});
