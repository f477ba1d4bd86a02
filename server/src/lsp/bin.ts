import { join } from 'node:path';
import { runWithCodeCache } from '../node/codeCache.js';

// `tender-language-server`: the server itself is server-main.js, loaded through V8's code cache
// (a start then skips compiling it; see codeCache.ts).
runWithCodeCache(join(__dirname, 'server-main.js'));
