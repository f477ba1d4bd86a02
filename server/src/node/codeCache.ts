import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle through V8's code cache, so that a start skips compiling it.
 *
 * The cache is written when the process exits, not after loading: by then it holds the bytecode of
 * every function the session ran (parser, rules, recognisers), which V8 otherwise compiles lazily
 * during the first analysis. Node's own compile cache (22+) and v8-compile-cache store the code
 * compiled at load time only, and VS Code's Node may be 20.
 *
 * `TENDER_LS_CACHE_DIR` chooses the directory (the extension passes its private storage); empty
 * disables the cache. Without it, a directory of the user's own in the temporary directory is
 * used, and only if nobody else can write to it (V8 trusts a cache's bytecode).
 *
 * `bundleHash` identifies the bundle's text (the build computes it): V8 itself only checks that a
 * cache was made for a source of the same length.
 */
export function runWithCodeCache(bundle: string, bundleHash: string): void {
  let source = readFileSync(bundle, 'utf8');
  // A shebang is not JavaScript once wrapped in the CommonJS function.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const cacheFile = cacheFileFor(bundleHash);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, cacheFile);
        removeStaleCaches(cacheFile);
      } catch {
        // A cache that cannot be written only costs the next start its compilation.
      }
    });
  }
  const module = { exports: {}, filename: bundle };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** The bundle's cache file: one per bundle text, Node version and architecture. */
function cacheFileFor(bundleHash: string): string | undefined {
  const configured = process.env.TENDER_LS_CACHE_DIR;
  if (configured === '') return undefined;
  const directory = configured ?? join(tmpdir(), `tender-ls-${process.getuid?.() ?? 'user'}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const status = lstatSync(directory);
    const ownedByUs = process.getuid === undefined || status.uid === process.getuid();
    if (!status.isDirectory() || !ownedByUs || (configured === undefined && (status.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  return join(directory, `server-${bundleHash}-${process.version}-${process.arch}.v8cache`);
}

const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/**
 * Every update of the server leaves a cache (~1.3 MB) that no start will read again. Only those a
 * week old go: two installed versions used in turn (an editor's and a global one) keep theirs.
 */
function removeStaleCaches(current: string): void {
  const directory = dirname(current);
  for (const name of readdirSync(directory)) {
    const file = join(directory, name);
    if (file === current || !/^server-.*\.v8cache$/.test(name)) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) unlinkSync(file);
    } catch {
      // Removed by another server meanwhile.
    }
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
