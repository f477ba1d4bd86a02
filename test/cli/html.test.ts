import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFromRoot } from './reports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const COMPLIANT = 'examples/ao-services-professionnels-conforme.md';
const DEFECTIVE = 'examples/ao-services-techniques-defauts.md';

const lint = lintFromRoot;

/** The date of the check changes from one run to the next; the rest of the page does not. */
const undated = (html: string) => html.replace(/(Vérifié le|<dt>Date de la vérification<\/dt><dd>)[^<]*/g, '$1');

/** The examples written as one file each (the dossiers' files are checked in test/cli/dossier.test.ts). */
const SINGLE_FILE_EXAMPLES = ['ao-services-professionnels-conforme.md', 'ao-services-techniques-defauts.md', 'avis-entretien-espaces-verts.md'].map(
  (name) => `examples/${name}`,
);

describe('CLI --format html (issue 17)', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-html-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes one page for the run with -o, a section per tender, and exits as the other formats do', () => {
    const output = join(folder, 'rapport.html');
    const { code, stdout, stderr } = lint('--format', 'html', '-o', output, ...SINGLE_FILE_EXAMPLES);
    assert.equal(code, 1, 'the defects example has errors');
    assert.equal(stdout, '', 'the report goes to the file');
    assert.equal(stderr, '');
    const html = readFileSync(output, 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="fr">'));
    assert.deepEqual(
      [...html.matchAll(/<section class="tender" id="(t\d)">/g)].map((match) => match[1]),
      ['t1', 't2', 't3'],
    );
    assert.match(html, /<h2 id="run-title">Documents vérifiés<\/h2>/);
    for (const name of ['ao-services-professionnels-conforme.md', 'ao-services-techniques-defauts.md', 'avis-entretien-espaces-verts.md'])
      assert.ok(html.includes(`examples/${name}`), name);
  });

  it('prints the page on the standard output without -o, with the short SHA-256 of the file as checked', () => {
    const { code, stdout } = lint('--format', 'html', COMPLIANT);
    assert.equal(code, 0);
    const hash = createHash('sha256')
      .update(readFileSync(join(ROOT, COMPLIANT)))
      .digest('hex');
    assert.ok(stdout.includes(`<span class="file">${COMPLIANT}</span> <code>${hash.slice(0, 12)}</code>`), 'the fingerprint sha256sum prints, shortened');
    assert.match(stdout, /<title>Rapport de conformité — AO-2026-0142<\/title>/);
    const english = lint('--format=html', '--locale', 'en', DEFECTIVE);
    assert.equal(english.code, 1);
    assert.match(english.stdout, /<html lang="en">[\s\S]*<h1>Compliance report<\/h1>/);
  });

  it('lists what it could not check: a Markdown file that is not a tender, an unreadable file, an input without files', () => {
    const notes = join(folder, 'notes.md');
    writeFileSync(notes, '# Notes de réunion\n');
    const { code, stdout, stderr } = lint('--format', 'html', notes, join(folder, 'absent.md'), join(folder, '*.markdown'), COMPLIANT);
    assert.equal(code, 2, 'an I/O failure');
    assert.match(stderr, /absent\.md: fichier ou dossier introuvable/);
    assert.match(stdout, /<h3>Fichiers non vérifiés<\/h3><ul>/);
    assert.match(stdout, /notes\.md<\/span> : pas un document d'appel d'offres<\/li>/);
    assert.match(stdout, /absent\.md<\/span> : fichier ou dossier introuvable \(ENOENT\)<\/li>/);
    assert.match(stdout, /\*\.markdown<\/span> : aucun fichier Markdown/);
    assert.equal([...stdout.matchAll(/<section class="tender"/g)].length, 1);
  });

  it('refuses --explain with html, and says so when the output file cannot be written', () => {
    const explain = lint('--format', 'html', '--explain', COMPLIANT);
    assert.equal(explain.code, 2);
    assert.match(explain.stderr, /^tender-lint: --explain : seul le format text l'accepte, reçu --format html/);
    const unwritable = lint('--format', 'html', '-o', join(folder, 'missing', 'rapport.html'), COMPLIANT);
    assert.equal(unwritable.code, 2);
    assert.match(unwritable.stderr, /^tender-lint: .*missing\/rapport\.html: fichier ou dossier introuvable \(ENOENT\)\n$/);
    assert.equal(lint('-o').code, 2);
    assert.match(lint('--format', 'html', '--help').stdout, /--format text\|json\|sarif\|html\] \[-o FICHIER\][\s\S]*--format html : le rapport de conformité/);
  });

  it('a folder with two dossiers side by side: one section per dossier, each listing its files with their roles', () => {
    for (const example of ['dossier-gestion-documentaire', 'dossier-gestion-documentaire-defauts'])
      cpSync(join(ROOT, 'examples', example), join(folder, example), { recursive: true });
    const output = join(folder, 'rapport.html');
    // The folder, and one of its files again: a dossier is one section whichever of its files are given.
    const { code, stderr } = lint('--format', 'html', '-o', output, folder, join(folder, 'dossier-gestion-documentaire', 'regie.md'));
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the defects twin has errors');
    const html = readFileSync(output, 'utf8');
    const sections = html.split('<section class="tender"').slice(1);
    assert.equal(sections.length, 2);
    const numeros = sections.map((section) => /<dt>Numéro<\/dt><dd>([^<]+)<\/dd>/.exec(section)?.[1]);
    assert.deepEqual(numeros.sort(), ['AO-2026-0217', 'AO-2026-0218']);
    for (const section of sections) {
      assert.ok(section.includes("<dt>Type de document</dt><dd>Dossier d'appel d'offres (6 fichiers)</dd>"));
      assert.equal([...section.matchAll(/<td class="role">/g)].length, 6, 'every file of the dossier with its role');
      const hash = createHash('sha256')
        .update(readFileSync(join(folder, /dossier-gestion-documentaire(?:-defauts)?(?=\/avis\.md)/.exec(section)![0], 'avis.md')))
        .digest('hex');
      assert.ok(
        section.includes(`avis.md</span></th><td class="role">Avis d'appel d'offres (type : avis)</td><td><code>${hash.slice(0, 12)}</code></td></tr>`),
      );
    }
    assert.match(
      html,
      /<tr><th scope="row"><a href="#t1">[^<]*\/avis\.md<\/a> et 5 autres fichiers du dossier<\/th>/,
      'the run summary names each dossier by its notice',
    );
    const defects = sections.find((section) => section.includes('AO-2026-0218'))!;
    assert.ok(defects.includes('<dd data-count="finding">3</dd>'), 'the cross-file errors once, in the dossier');
    assert.match(defects, /<span class="file">[^<]*dossier-gestion-documentaire-defauts\/regie\.md<\/span>, ligne 15 : /);
  });

  it('-o writes the other formats to the file too', () => {
    const output = join(folder, 'report.json');
    assert.equal(lint('--format', 'json', '-o', output, COMPLIANT).stdout, '');
    assert.equal((JSON.parse(readFileSync(output, 'utf8')) as { version: number }).version, 1);
  });

  it('gives the same page on worker threads as on one (the bundle, as users run it)', () => {
    assert.ok(existsSync(CLI), 'run `npm run build` first');
    const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
    const sequential = cli('--format', 'html', '--jobs', '1', ...SINGLE_FILE_EXAMPLES);
    const parallel = cli('--format', 'html', '--jobs', '2', ...SINGLE_FILE_EXAMPLES);
    assert.equal(sequential.status, 1);
    assert.ok(sequential.stdout.includes('<dd data-count="finding">25</dd>'));
    assert.equal(undated(parallel.stdout), undated(sequential.stdout));
  });
});
