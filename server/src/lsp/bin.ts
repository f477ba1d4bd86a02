import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runWithCodeCache } from '../node/codeCache.js';

// The first analysis runs each of the recognisers' regular expressions (about 300). By default V8
// compiles a regular expression twice: to bytecode for its first run, then to machine code from its
// second; this compiles it once, to machine code (a cold start's first diagnostics come ~70 ms
// sooner). It must be set before any of them runs.
setFlagsFromString('--no-regexp-tier-up');

/** The hash of server-main.js, computed by the build (scripts/build.mjs). */
declare const SERVER_MAIN_HASH: string;

// `tender-language-server`: the server itself is server-main.js, loaded through V8's code cache
// (a start then skips compiling it; see codeCache.ts).
runWithCodeCache(join(__dirname, 'server-main.js'), SERVER_MAIN_HASH);
