import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../server/src/cli/main.js';
import { NOTICE_NAMED_BY_ADDENDA, readExample } from '../helpers.js';

/** Runs the CLI in-process; JSON output so the checked files can be listed. */
function lint(...args: string[]): { code: number; files: string[]; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = run(
    ['--format', 'json', ...args],
    (text) => (stdout += text),
    (text) => (stderr += text),
  );
  const report = JSON.parse(stdout) as { files: { path: string }[] };
  return { code, files: report.files.map((file) => file.path.split('/').pop()!), stderr };
}

describe('CLI: unreadable, binary and looping input', () => {
  let folder: string;
  const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-cli-'));
    writeFileSync(join(folder, 'conforme.md'), COMPLIANT);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a folder of compliant documents passes (exit 0)', () => {
    assert.deepEqual(lint(folder), { code: 0, files: ['conforme.md'], stderr: '' });
  });

  it('a binary file (NUL bytes) is an I/O failure naming the file; the other files are still checked', () => {
    writeFileSync(join(folder, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const result = lint(folder);
    assert.equal(result.code, 2);
    assert.deepEqual(result.files, ['conforme.md', 'image.md']);
    assert.match(result.stderr, /image\.md: fichier binaire \(octet nul à la ligne 3\)/);
  });

  it('text neither UTF-8 nor Windows-1252 is an I/O failure naming the file and the line', () => {
    writeFileSync(
      join(folder, 'autre.md'),
      Buffer.concat([Buffer.from('---\ntype: avis\n---\n# Avis\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x81, 0x0a])]),
    );
    const result = lint(folder);
    assert.equal(result.code, 2);
    assert.deepEqual(result.files, ['autre.md', 'conforme.md']);
    assert.match(result.stderr, /autre\.md: ni UTF-8 ni Windows-1252 \(octet invalide à la ligne 5\)/);
  });

  it('UTF-16 with a byte order mark is read as text', () => {
    const utf16 = Buffer.from(`\uFEFF${COMPLIANT}`, 'utf16le');
    writeFileSync(join(folder, 'utf16.md'), utf16);
    assert.deepEqual(lint(folder), { code: 0, files: ['conforme.md', 'utf16.md'], stderr: '' });
  });

  it('an unreadable file (dangling link) is an I/O failure naming it; the rest is checked', () => {
    symlinkSync(join(folder, 'absent.md'), join(folder, 'lien-mort.md'));
    const result = lint(folder);
    assert.equal(result.code, 2);
    assert.deepEqual(result.files, ['conforme.md', 'lien-mort.md']);
    assert.match(result.stderr, /lien-mort\.md: fichier ou dossier introuvable \(ENOENT\)/);
  });

  it('a file symlink loop is an I/O failure naming it; a folder symlink loop is walked once', () => {
    symlinkSync(join(folder, 'b.md'), join(folder, 'a.md'));
    symlinkSync(join(folder, 'a.md'), join(folder, 'b.md'));
    mkdirSync(join(folder, 'sous'));
    writeFileSync(join(folder, 'sous', 'autre.md'), COMPLIANT);
    symlinkSync(folder, join(folder, 'sous', 'boucle'));
    const result = lint(folder);
    assert.equal(result.code, 2);
    assert.deepEqual(result.files.sort(), ['a.md', 'autre.md', 'b.md', 'conforme.md']);
    assert.match(result.stderr, /a\.md: boucle de liens symboliques \(ELOOP\)/);
    assert.match(result.stderr, /b\.md: boucle de liens symboliques \(ELOOP\)/);
  });

  it('keys named constructor or __proto__ (here in a sibling addenda file) crash nothing: every file is checked and reported', () => {
    // The compliant call names the same number as the notice: another number keeps it out of the notice's dossier.
    writeFileSync(join(folder, 'conforme.md'), COMPLIANT.replace('numero: AO-2026-0142', 'numero: AO-2026-0999'));
    writeFileSync(join(folder, 'avis.md'), NOTICE_NAMED_BY_ADDENDA.replace('type: avis', 'type: avis\ntoString: 1'));
    writeFileSync(
      join(folder, 'addenda-1.md'),
      '---\ntype: addenda\nnumero: AO-2026-0142\nconstructor: 1\naddenda:\n  - { numero: 1, date: 2026-03-10, __proto__: x }\n---\n\n# Addenda 1\n',
    );
    const result = lint(folder);
    assert.deepEqual(result, { code: 0, files: ['addenda-1.md', 'avis.md', 'conforme.md'], stderr: '' });
  });

  it('a folder whose Markdown files are not tender documents passes (exit 0), they are listed as not tender', () => {
    const other = join(folder, 'notes');
    mkdirSync(other);
    writeFileSync(join(other, 'README.md'), '# Notes\n\nRien à voir.\n');
    assert.deepEqual(lint(other), { code: 0, files: ['README.md'], stderr: '' });
  });

  it('a folder without any Markdown file is a usage failure (exit 2) naming it, like a glob that matches nothing', () => {
    const empty = join(folder, 'vide');
    mkdirSync(empty);
    writeFileSync(join(empty, 'image.png'), Buffer.from([0x89, 0x50]));
    const result = lint(empty, folder);
    assert.equal(result.code, 2);
    assert.deepEqual(result.files, ['conforme.md']);
    assert.match(result.stderr, /vide: aucun fichier Markdown/);
  });

  it('errors found still win over nothing: exit 2 on I/O failure even when other files have errors', () => {
    writeFileSync(join(folder, 'defauts.md'), readExample('ao-services-techniques-defauts.md'));
    writeFileSync(join(folder, 'binaire.md'), Buffer.from([0, 1, 2]));
    assert.equal(lint(folder).code, 2);
    rmSync(join(folder, 'binaire.md'));
    assert.equal(lint(folder).code, 1);
  });
});

describe('CLI: a .tenderrc with problems', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('says each problem once on stderr (file, line, column), applies the valid settings, and keeps the exit status of the findings', () => {
    folder = mkdtempSync(join(tmpdir(), 'tender-cli-rc-'));
    const defects = readExample('ao-services-techniques-defauts.md');
    writeFileSync(join(folder, 'a.md'), defects);
    writeFileSync(join(folder, 'b.md'), defects);
    writeFileSync(join(folder, '.tenderrc.json'), '{\n  "regles": { "4.7°": "of", "4.1°": "off" }\n}\n');
    let stdout = '';
    let stderr = '';
    const code = run(
      ['--format', 'json', folder],
      (text) => (stdout += text),
      (text) => (stderr += text),
    );
    assert.equal(code, 1);
    const rc = join(folder, '.tenderrc.json').split('/').pop();
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, stderr);
    assert.match(stderr, new RegExp(`${rc!.replace('.', '\\.')}:2:15: « regles\\.4\\.7° » : « of » n'est pas une sévérité`));
    const report = JSON.parse(stdout) as { files: { findings: { citation: string }[] }[] };
    assert.ok(report.files.every((file) => !file.findings.some((finding) => finding.citation === '4.1°')));
    stderr = '';
    stdout = '';
    run(
      ['--format', 'json', '--locale', 'en', folder],
      (text) => (stdout += text),
      (text) => (stderr += text),
    );
    assert.match(stderr, /"regles\.4\.7°": "of" is not a severity/);
  });
});
