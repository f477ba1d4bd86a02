import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

/** Which program a bundle is: each keeps a cache of its own in the same directory. */
export type CachedProgram = 'server' | 'cli';

/**
 * Runs a CommonJS bundle through V8's code cache, so that a start skips compiling it; returns what
 * the bundle exports.
 *
 * The cache is written when the process (or worker thread) exits, not after loading: by then it holds
 * the bytecode of every function the session ran (parser, rules, recognisers), which V8 otherwise
 * compiles lazily during the first analysis. Node's own compile cache (22+) and v8-compile-cache store
 * the code compiled at load time only, and VS Code's Node may be 20.
 *
 * `TENDER_LS_CACHE_DIR` chooses the directory (the extension passes its private storage); empty
 * disables the cache. Without it, a directory of the user's own in the temporary directory is
 * used, and only if nobody else can write to it (V8 trusts a cache's bytecode).
 *
 * `bundleHash` identifies the bundle's text (the build computes it): V8 itself only checks that a
 * cache was made for a source of the same length.
 *
 * Several processes may share the directory (parallel CI jobs, an editor's server and a `tender-lint`
 * run, the CLI's worker threads): each writes a file of its own, then renames it over the cache, which
 * is atomic, so a reader sees a whole cache or none. A thread that started without a cache does not
 * replace one written meanwhile that holds more code (the CLI's main thread, which leaves the analysis
 * to its workers, does not replace theirs). A directory that cannot be written only costs each start
 * its compilation.
 */
export function runWithCodeCache(bundle: string, bundleHash: string, program: CachedProgram = 'server'): unknown {
  let source = readFileSync(bundle, 'utf8');
  // A shebang is not JavaScript once wrapped in the CommonJS function.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const cacheFile = cacheFileFor(program, bundleHash);
  const cachedData = cacheFile ? readOrUndefined(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    const rejected = cachedData !== undefined;
    process.once('exit', () => {
      try {
        const data = script.createCachedData();
        if (!rejected && sizeOrZero(cacheFile) >= data.length) return;
        const temporary = `${cacheFile}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}`;
        try {
          // `wx`: never into a file another process is writing.
          writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
          renameSync(temporary, cacheFile);
        } catch (error) {
          // A full disk leaves no part of a cache behind.
          rmSync(temporary, { force: true });
          throw error;
        }
        removeStaleCaches(cacheFile, program);
      } catch {
        // A cache that cannot be written only costs the next start its compilation.
      }
    });
  }
  const module = { exports: {}, filename: bundle };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}

/** The bundle's cache file: one per program, bundle text, Node version and architecture. */
function cacheFileFor(program: CachedProgram, bundleHash: string): string | undefined {
  const directory = cacheDirectory();
  return directory && join(directory, `${program}-${bundleHash}-${process.version}-${process.arch}.v8cache`);
}

/**
 * The directory of what is kept across sessions (this code cache, the parse cache of parseCache.ts):
 * `TENDER_LS_CACHE_DIR` (empty: none), else a directory of the user's own in the temporary directory
 * that nobody else can write to; undefined when there is none.
 */
export function cacheDirectory(): string | undefined {
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
  return directory;
}

const STALE_AFTER_MS = 7 * 24 * 3600 * 1000;

/**
 * Every update leaves a cache (~1.3 MB) that no start will read again. Only those of the same program
 * a week old go: two installed versions used in turn (an editor's and a global one) keep theirs.
 */
function removeStaleCaches(current: string, program: CachedProgram): void {
  const directory = dirname(current);
  for (const name of readdirSync(directory)) {
    const file = join(directory, name);
    // With the files a process stopped before renaming them (`….v8cache.<pid>-…`).
    if (file === current || !name.startsWith(`${program}-`) || !name.includes('.v8cache')) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_AFTER_MS) unlinkSync(file);
    } catch {
      // Removed by another process meanwhile.
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

function sizeOrZero(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
