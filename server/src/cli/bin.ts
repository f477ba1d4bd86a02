import { isMainThread } from 'node:worker_threads';
import { runParallel } from './main.js';

// The bundle is also the workers' script (see pool.ts): only the main thread runs the command line.
if (isMainThread) {
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
  void runParallel(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then((code) => {
    process.exitCode = output === 'failed' ? 2 : code;
  });
}
