import { isMainThread } from 'node:worker_threads';
import { runParallel } from './main.js';

// The bundle is also the workers' script (see pool.ts): only the main thread runs the command line.
if (isMainThread) {
  void runParallel(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text)).then((code) => {
    process.exitCode = code;
  });
}
