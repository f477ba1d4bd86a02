import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runWithCodeCache } from '../node/codeCache.js';
import type { start } from './entry.js';

// Each regular expression compiled once, to machine code, as the server does (lsp/bin.ts): a run is mostly its
// first file's analysis, which runs each of the recognisers' regular expressions for the first time. Set before any
// of them runs; worker threads share the process's flags.
setFlagsFromString('--no-regexp-tier-up');

/** The hash of cli-main.js, computed by the build (scripts/build.mjs). */
declare const CLI_MAIN_HASH: string;

// `tender-lint`: the command line itself is cli-main.js, loaded through V8's code cache as the server
// is (a start then skips compiling it and the analysis; see codeCache.ts). Its worker threads run this
// file as well.
const cli = runWithCodeCache(join(__dirname, 'cli-main.js'), CLI_MAIN_HASH, 'cli') as { start: typeof start };
cli.start(__filename);
