import { join } from 'node:path';
import { runWithCodeCache } from '../node/codeCache.js';
import type { start } from './entry.js';

/** The hash of cli-main.js, computed by the build (scripts/build.mjs). */
declare const CLI_MAIN_HASH: string;

// `tender-lint`: the command line itself is cli-main.js, loaded through V8's code cache as the server
// is (a start then skips compiling it and the analysis; see codeCache.ts). Its worker threads run this
// file as well.
const cli = runWithCodeCache(join(__dirname, 'cli-main.js'), CLI_MAIN_HASH, 'cli') as { start: typeof start };
cli.start(__filename);
