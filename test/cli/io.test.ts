import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FILE_BYTES } from '../../server/src/node/regularFile.js';
import { readExample, writeFolder } from '../helpers.js';

// The bundle (dist/cli.js, built by `npm test`) in a child process: a hang or a crash shows as a
// timeout or an exit status, not as a stuck test run.
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const TIMEOUT_MS = 20_000;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function lint(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd, encoding: 'utf8', timeout: TIMEOUT_MS });
  assert.equal(result.signal, null, `tender-lint ${args.join(' ')} did not end within ${TIMEOUT_MS} ms`);
  const report = result.stdout ? (JSON.parse(result.stdout) as { files: { path: string }[] }) : { files: [] };
  return { status: result.status, files: report.files.map((file) => file.path).sort(), stderr: result.stderr };
}

describe('CLI: only regular files are read, within the size limit', function () {
  this.timeout(TIMEOUT_MS * 2);
  let folder: string;
  beforeEach(() => {
    folder = writeFolder('tender-cli-io-', { 'conforme.md': readExample('ao-services-professionnels-conforme.md') });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a Markdown symlink to /dev/zero is reported (exit 2) and skipped, not read forever', () => {
    symlinkSync('/dev/zero', join(folder, 'z.md'));
    const result = lint(folder, '.');
    assert.equal(result.status, 2);
    // Listed, with its error, not read (issue 14: every input file is in the report).
    assert.deepEqual(result.files, ['conforme.md', 'z.md']);
    assert.match(result.stderr, /z\.md: pas un fichier ordinaire \(périphérique caractère\), non vérifié/);
    // Named on the command line, it is refused the same way.
    assert.match(lint(folder, '--locale', 'en', 'z.md').stderr, /z\.md: not a regular file \(character device\), not checked/);
  });

  it('a FIFO named p.md is reported (exit 2) and skipped, not waited on', function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [join(folder, 'p.md')]);
    const result = lint(folder, '--locale', 'en', '.');
    assert.equal(result.status, 2);
    assert.deepEqual(result.files, ['conforme.md', 'p.md']);
    assert.match(result.stderr, /p\.md: not a regular file \(named pipe\), not checked/);
  });

  it('a file over the size limit is refused before it is read, with its size and the limit', () => {
    // Sparse: the size is stated without writing the bytes (a read would find NUL bytes and say "binary").
    writeFileSync(join(folder, 'enorme.md'), '');
    truncateSync(join(folder, 'enorme.md'), 100_000_000);
    assert.equal(MAX_FILE_BYTES, 24_000_000);
    const result = lint(folder, '--locale', 'en', '.');
    assert.equal(result.status, 2);
    assert.deepEqual(result.files, ['conforme.md', 'enorme.md']);
    assert.match(result.stderr, /enorme\.md: file too large \(100 MB; the limit is 24 MB\), not checked/);
    assert.match(lint(folder, 'enorme.md').stderr, /enorme\.md: fichier trop volumineux \(100 Mo; la limite est de 24 Mo\), non vérifié/);
  });
});

describe('CLI: output that cannot be written', function () {
  this.timeout(TIMEOUT_MS * 2);

  it('a reader that closes the pipe early (| head -c100) ends the output quietly: no crash, the status of the findings', async () => {
    const child = spawn(process.execPath, [CLI, '--format', 'json', 'examples/'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the report is written: its write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(status, 1, 'the examples have errors');
  });

  it('a full disk (> /dev/full) is an I/O failure: exit 2 with a message, not a crash', function () {
    if (!existsSync('/dev/full')) this.skip();
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [CLI, '--format', 'json', 'examples/'], {
        cwd: ROOT,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: TIMEOUT_MS,
      });
      assert.equal(result.stderr, 'tender-lint: the report could not be written: ENOSPC: no space left on device, write\n');
      assert.equal(result.status, 2);
    } finally {
      closeSync(full);
    }
  });
});

describe('CLI: globs follow the rules of folder walks', function () {
  this.timeout(TIMEOUT_MS * 2);
  let folder: string;
  const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-cli-glob-'));
    mkdirSync(join(folder, 'd', 'sous'), { recursive: true });
    writeFileSync(join(folder, 'd', 'a.md'), COMPLIANT);
    writeFileSync(join(folder, 'd', 'sous', 'b.md'), COMPLIANT);
    writeFileSync(join(folder, 'd', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    writeFileSync(join(folder, 'd', 'notes.txt'), 'notes\n');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('only Markdown files are taken: a glob without any is a usage failure (exit 2), other files are left out', () => {
    const text = lint(folder, '--locale', 'en', 'd/*.txt');
    assert.equal(text.status, 2);
    assert.deepEqual(text.files, []);
    assert.match(text.stderr, /d\/\*\.txt: no Markdown file \(\.md, \.markdown\) matches/);
    assert.deepEqual(lint(folder, 'd/*'), { status: 0, files: ['d/a.md'], stderr: '' });
  });

  it('a ** glob through a symlinked folder and a looping one reports each file once, at its real path', () => {
    symlinkSync(join(folder, 'd', 'sous'), join(folder, 'd', 'alias'));
    symlinkSync('..', join(folder, 'd', 'sous', 'parent'));
    symlinkSync('a.md', join(folder, 'd', 'copie.md'));
    assert.deepEqual(lint(folder, 'd/**/*.md'), { status: 0, files: ['d/a.md', 'd/sous/b.md'], stderr: '' });
    // The same files, once each, when a glob and a folder name them both.
    assert.deepEqual(lint(folder, 'd/**', 'd', 'd/a.md'), { status: 0, files: ['d/a.md', 'd/sous/b.md'], stderr: '' });
  });

  it('broken and looping links matched by a glob are reported (exit 2), not silently skipped', () => {
    symlinkSync('absent.md', join(folder, 'd', 'mort.md'));
    symlinkSync('boucle.md', join(folder, 'd', 'boucle.md'));
    const result = lint(folder, 'd/*.md');
    assert.equal(result.status, 2);
    assert.deepEqual(result.files, ['d/a.md', 'd/boucle.md', 'd/mort.md']);
    assert.match(result.stderr, /d\/mort\.md: fichier ou dossier introuvable \(ENOENT\)/);
    assert.match(result.stderr, /d\/boucle\.md: boucle de liens symboliques \(ELOOP\)/);
  });
});
