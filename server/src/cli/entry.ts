import { isMainThread } from 'node:worker_threads';
import { runParallel } from './main.js';
import { isCheckWorker, serveChecks } from './pool.js';

/**
 * The command line, in dist/cli-main.js, which dist/cli.js (`script`, bin.ts) runs through V8's code
 * cache. Worker threads run `script` too, so that they also start from the cache.
 */
export function start(script: string): void {
  if (isCheckWorker()) serveChecks();
  if (!isMainThread) return;
  let output: 'open' | 'closed' | 'failed' = 'open';
  // A reader that stopped reading (`| head`) ends the output quietly, as with other Unix tools; the
  // status still says what was found. Any other write failure (a full disk) is an I/O failure: exit 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // Once the output is closed or failed, later writes only fail again.
    if (output !== 'open') return;
    output = error.code === 'EPIPE' ? 'closed' : 'failed';
    if (output === 'closed') return;
    process.exitCode = 2;
    process.stderr.write(`tender-lint: the report could not be written: ${error.message}\n`);
  });
  // Nowhere is left to report a failure to write the messages themselves; the status still does.
  process.stderr.on('error', () => undefined);
  void runParallel(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
    script,
  ).then((code) => {
    process.exitCode = output === 'failed' ? 2 : code;
  });
}
