import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultThreads, usableCores } from '../../server/src/cli/main.js';
import { idleCoresSince, sampleCpu } from '../../server/src/node/idleCores.js';
import { NOTICE_NAMED_BY_ADDENDA, writeFolder } from '../helpers.js';

// The bundle (dist/cli.js, built by `npm test`), as CI runs it.
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SPY = fileURLToPath(new URL('../accessSpy.cjs', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

const addenda = `---\ntype: addenda\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: 2026-03-16, incidence-prix: true }\n---\n\n# Addenda no 2\n`;

function cli(args: string[], env: NodeJS.ProcessEnv = {}, nodeOptions: string[] = []) {
  const result = spawnSync(process.execPath, [...nodeOptions, CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('tender-lint on a folder of many files', function () {
  this.timeout(60_000);
  let scratch: string;
  let folder: string;
  beforeEach(() => {
    // Four tenders naming the same numero and their addenda file: each of them gets the late addendum.
    const tenders = Object.fromEntries([1, 2, 3, 4].map((i) => [`appels/ao-${i}.md`, NOTICE_NAMED_BY_ADDENDA]));
    scratch = writeFolder('tender-batch-', { ...tenders, 'appels/addenda-2.md': addenda });
    folder = join(scratch, 'appels');
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads each file of the folder once, and once more at most in the thread given its dossier; each tender gets the addendum', () => {
    const accesses = (jobs: string) => {
      const result = cli(['--jobs', jobs, '--format', 'json', folder], { TENDER_LS_CACHE_DIR: '' }, ['--require', SPY]);
      const report = JSON.parse(result.out) as { files: { path: string; findings: { rule: string }[] }[] };
      assert.equal(report.files.filter((file) => file.findings.some((finding) => finding.rule === 'addendum-seven-days')).length, 4);
      const counts = new Map<string, number>();
      for (const line of result.err.split('\n')) {
        const path = /^ACCESS fs (\S+\.md)$/.exec(line)?.[1];
        if (path) counts.set(path, (counts.get(path) ?? 0) + 1);
      }
      return counts;
    };
    const one = accesses('1');
    assert.equal(one.size, 5);
    const three = accesses('3');
    assert.deepEqual([...three.keys()].sort(), [...one.keys()].sort());
    for (const [path, count] of three) assert.ok(count <= one.get(path)! + 1, `${path}: ${count} accesses with 3 threads, ${one.get(path)} with 1`);
  });

  it('looks the settings file up once per folder, not for each file', () => {
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: { 'addendum-seven-days': 'warning' } }));
    const result = cli(['--jobs', '1', '--format', 'json', folder], { TENDER_LS_CACHE_DIR: '' }, ['--require', SPY]);
    const report = JSON.parse(result.out) as { files: { findings: { rule: string; severity: string }[] }[] };
    const late = report.files.flatMap((file) => file.findings.filter((finding) => finding.rule === 'addendum-seven-days'));
    assert.deepEqual(
      late.map((finding) => finding.severity),
      ['warning', 'warning', 'warning', 'warning'],
    );
    const lookups = result.err.split('\n').filter((line) => line === `ACCESS fs ${join(folder, '.tenderrc.json')}`).length;
    // Found (existsSync, then statSync to see it is a file), then read (statSync for its stamp, the read): once for the 5 files.
    assert.ok(lookups <= 4, `${lookups} accesses to the settings file`);
  });

  describe('V8 code cache', () => {
    const cacheFiles = (directory: string) => readdirSync(directory).filter((name) => name.includes('.v8cache'));

    it('the first run writes the cache at exit, later runs start from it with the same report and leave it as it is', () => {
      const cache = join(scratch, 'cache');
      const first = cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: cache });
      const [file] = cacheFiles(cache);
      assert.match(file, /^cli-[0-9a-f]{16}-v[\d.]+-\w+\.v8cache$/);
      const written = statSync(join(cache, file)).mtimeMs;
      assert.deepEqual(cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: cache }), first);
      assert.equal(statSync(join(cache, file)).mtimeMs, written);
      assert.deepEqual(cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: '' }), first);
    });

    it("with worker threads, the cache is the workers' (it holds the analysis), not the main thread's", () => {
      const parallel = join(scratch, 'parallel');
      const helpOnly = join(scratch, 'help');
      cli(['--jobs', '2', folder], { TENDER_LS_CACHE_DIR: parallel });
      cli(['--help'], { TENDER_LS_CACHE_DIR: helpOnly });
      const size = (directory: string) => statSync(join(directory, cacheFiles(directory)[0])).size;
      assert.ok(size(parallel) > size(helpOnly) * 1.2, `${size(parallel)} bytes after checking files, ${size(helpOnly)} after --help`);
    });

    it('a directory that cannot be written, or a cache that is not one, changes nothing but the time', () => {
      const expected = cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: '' });
      // Even root cannot create a file in /proc.
      if (process.platform === 'linux') assert.deepEqual(cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: '/proc' }), expected);
      const cache = join(scratch, 'corrupt');
      cli(['--help'], { TENDER_LS_CACHE_DIR: cache });
      const [file] = cacheFiles(cache);
      writeFileSync(join(cache, file), Buffer.alloc(statSync(join(cache, file)).size, 7));
      assert.deepEqual(cli(['--format', 'json', EXAMPLES], { TENDER_LS_CACHE_DIR: cache }), expected);
      assert.ok(
        readFileSync(join(cache, file)).some((byte) => byte !== 7),
        'the rejected cache is replaced',
      );
    });

    it('parallel runs sharing a cache directory (CI jobs) each give the full report and leave one whole cache', async () => {
      const cache = join(scratch, 'shared');
      const expected = cli(['--format', 'json', EXAMPLES, folder], { TENDER_LS_CACHE_DIR: '' }).out;
      const run = () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, [CLI, '--format', 'json', EXAMPLES, folder], { env: { ...process.env, TENDER_LS_CACHE_DIR: cache } });
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('close', () => resolve(out));
        });
      for (const out of await Promise.all(Array.from({ length: 4 }, run))) assert.equal(out, expected);
      assert.equal(cacheFiles(cache).length, 1, cacheFiles(cache).join(', '));
      for (const out of await Promise.all(Array.from({ length: 2 }, run))) assert.equal(out, expected);
    });
  });
});

describe('the default --jobs', () => {
  it('is one thread for little text, whatever the number of files', () => {
    assert.equal(defaultThreads(200, 300_000, 8), 1);
    assert.equal(defaultThreads(1, 500_000_000, 8), 1);
    // The bench's folders of 200 and 2 000 files (0.85 and 8.07 MB): a second thread does not pay there.
    assert.equal(defaultThreads(200, 850_000, 8), 1);
    assert.equal(defaultThreads(2000, 7_900_000, 8), 1);
  });
  it('adds a thread per share of text, up to one per core and one per file', () => {
    const many = defaultThreads(200, 500_000_000, 8);
    assert.equal(many, 8);
    assert.equal(defaultThreads(3, 500_000_000, 8), 3);
    assert.equal(defaultThreads(200, 500_000_000, 2), 2);
    assert.equal(defaultThreads(4000, 16_270_000, 2), 2);
    assert.ok(defaultThreads(200, 20_000_000, 8) < many);
  });
});

describe('the cores a default run uses', () => {
  it('are the cores other processes leave idle, this thread counting as one, at least one', () => {
    assert.equal(usableCores(8, undefined), 8);
    assert.equal(usableCores(2, 0.1), 1);
    assert.equal(usableCores(2, 0.9), 2);
    assert.equal(usableCores(8, 3.2), 4);
    assert.equal(usableCores(8, 8), 8);
  });

  it('idle cores are read from the machine where it tells them', async () => {
    const idle = await idleCoresSince(sampleCpu());
    if (process.platform !== 'linux') return assert.equal(idle, undefined);
    assert.ok(idle !== undefined && idle >= 0 && idle <= sampleCpu()!.cores, String(idle));
  });
});
