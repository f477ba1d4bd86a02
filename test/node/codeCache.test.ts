import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

// The bundled server (`npm run build`) started as editors start it, with its code cache directory set.
describe("server start through V8's code cache", function () {
  this.timeout(30_000);
  let scratch: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'tender-code-cache-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  /** One session: open the defects example, wait for its diagnostics, shut down; the rule ids it found. */
  async function session(env: NodeJS.ProcessEnv, environment?: NodeJS.ProcessEnv): Promise<string[]> {
    const server = await LspServer.start({ env, environment });
    try {
      const uri = 'file:///virtual/defauts.md';
      const published = server.nextDiagnostics(uri);
      await server.open(uri, readExample('ao-services-techniques-defauts.md'));
      return (await published).diagnostics.map((diagnostic) => diagnostic.data?.rule ?? '').sort();
    } finally {
      await server.stop();
    }
  }
  const cacheFiles = (directory: string) => readdirSync(directory).filter((name) => name.endsWith('.v8cache'));

  it('writes the cache at exit, then starts from it with the same findings', async () => {
    const directory = join(scratch, 'cache');
    const first = await session({ TENDER_LS_CACHE_DIR: directory });
    assert.ok(first.length > 0);
    const [file] = cacheFiles(directory);
    assert.ok(file, 'a cache file after the first session');
    const written = statSync(join(directory, file)).mtimeMs;
    assert.deepEqual(await session({ TENDER_LS_CACHE_DIR: directory }), first);
    // An accepted cache is not rewritten.
    assert.equal(statSync(join(directory, file)).mtimeMs, written);
    assert.deepEqual(cacheFiles(directory), [file]);
  });

  it('writing a cache removes the caches of other builds once a week old, and keeps recent ones', async () => {
    const directory = join(scratch, 'cache');
    mkdirSync(directory);
    const weekOld = join(directory, 'server-0123456789abcdef-v20.0.0-x64.v8cache');
    const recent = join(directory, 'server-fedcba9876543210-v20.0.0-x64.v8cache');
    const unrelated = join(directory, 'notes.txt');
    for (const file of [weekOld, recent, unrelated]) writeFileSync(file, 'x');
    const eightDaysAgo = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    utimesSync(weekOld, eightDaysAgo, eightDaysAgo);
    utimesSync(unrelated, eightDaysAgo, eightDaysAgo);
    await session({ TENDER_LS_CACHE_DIR: directory });
    const left = readdirSync(directory);
    assert.ok(!left.includes('server-0123456789abcdef-v20.0.0-x64.v8cache'), 'the week-old cache is removed');
    assert.ok(left.includes('server-fedcba9876543210-v20.0.0-x64.v8cache'), 'a recent cache of another build is kept');
    assert.ok(left.includes('notes.txt'));
    assert.equal(cacheFiles(directory).length, 2);
  });

  it('a corrupt cache is ignored and replaced', async () => {
    const directory = join(scratch, 'cache');
    const findings = await session({ TENDER_LS_CACHE_DIR: directory });
    const [file] = cacheFiles(directory);
    writeFileSync(join(directory, file), Buffer.from('pas du bytecode'));
    assert.deepEqual(await session({ TENDER_LS_CACHE_DIR: directory }), findings);
    assert.ok(statSync(join(directory, file)).size > 1000, 'the cache was written again');
  });

  it('an empty TENDER_LS_CACHE_DIR disables the cache; a temporary directory others can write to is not used', async () => {
    const shared = join(scratch, 'shared-tmp');
    mkdirSync(shared);
    const own = join(shared, `tender-ls-${process.getuid?.() ?? 'user'}`);
    mkdirSync(own);
    chmodSync(own, 0o777);
    assert.ok((await session({ TENDER_LS_CACHE_DIR: '', TMPDIR: shared })).length > 0);
    assert.deepEqual(cacheFiles(own), []);
    assert.ok((await session({ TENDER_LS_CACHE_DIR: undefined, TMPDIR: shared })).length > 0);
    assert.deepEqual(cacheFiles(own), [], 'a world-writable cache directory is not trusted');
    chmodSync(own, 0o700);
    await session({ TENDER_LS_CACHE_DIR: undefined, TMPDIR: shared });
    assert.equal(cacheFiles(own).length, 1);
  });

  it("a server started in an environment of its own (the bench's) sees none of this process's variables", async () => {
    const ours = join(scratch, 'ours');
    const tmp = join(scratch, 'tmp');
    mkdirSync(tmp);
    const saved = process.env.TENDER_LS_CACHE_DIR;
    process.env.TENDER_LS_CACHE_DIR = ours;
    try {
      assert.ok((await session({}, { TMPDIR: tmp })).length > 0);
    } finally {
      if (saved === undefined) delete process.env.TENDER_LS_CACHE_DIR;
      else process.env.TENDER_LS_CACHE_DIR = saved;
    }
    assert.ok(!existsSync(ours), "this process's cache directory is not the server's");
    assert.equal(cacheFiles(join(tmp, `tender-ls-${process.getuid?.() ?? 'user'}`)).length, 1);
  });
});
