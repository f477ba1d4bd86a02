import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counted } from '../../server/src/cli/messages.js';
import { readExample, writeFolder } from '../helpers.js';
import { jsonReport, sarifLog, lintFromRoot } from './reports.js';

const lint = lintFromRoot;

/** Windows-1252 bytes of a text (the characters the examples use). */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, œ: 0x9c, Œ: 0x8c };
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      if (extra[char] === undefined) throw new Error(`not in Windows-1252: ${char}`);
      return extra[char];
    }),
  );
}

describe('CLI: every line in the language of --locale (issue 14, 4)', () => {
  let folder: string;
  beforeEach(() => {
    folder = writeFolder('tender-cli-locale-', { 'avis.md': readExample('avis-entretien-espaces-verts.md') });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('French by default: file errors, then the summary, with French plurals', () => {
    const missing = join(folder, 'nexistepas.md');
    const { code, stdout, stderr } = lint(join(folder, 'avis.md'), missing);
    assert.equal(code, 2);
    assert.match(stderr, /^tender-lint: \S*\/nexistepas\.md: fichier ou dossier introuvable \(ENOENT\)\n$/);
    assert.equal(stdout.trim().split('\n').pop(), "2 fichiers, 1 document d'appel d'offres en 1 dossier : 0 erreur, 0 avertissement, 0 information.");
  });

  it('English with --locale en, wherever it stands on the line', () => {
    const missing = join(folder, 'nexistepas.md');
    const { stdout, stderr } = lint(join(folder, 'avis.md'), missing, '--locale=en');
    assert.match(stderr, /^tender-lint: \S*\/nexistepas\.md: no such file or folder \(ENOENT\)\n$/);
    assert.equal(stdout.trim().split('\n').pop(), '2 files, 1 tender document in 1 dossier: 0 errors, 0 warnings, 0 information findings.');
  });

  it('inputs that give no file: a folder without Markdown, a glob matching nothing', () => {
    const empty = join(folder, 'vide');
    mkdirSync(empty);
    const glob = join(folder, '*.markdown');
    assert.equal(
      lint(empty, glob).stderr,
      `tender-lint: ${empty}: aucun fichier Markdown (.md, .markdown) dans ce dossier\ntender-lint: ${glob}: aucun fichier Markdown (.md, .markdown) ne correspond\n`,
    );
    assert.equal(
      lint('--locale', 'en', empty, glob).stderr,
      `tender-lint: ${empty}: no Markdown file (.md, .markdown) in this folder\ntender-lint: ${glob}: no Markdown file (.md, .markdown) matches\n`,
    );
  });

  it('--help and usage errors', () => {
    const help = lint('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage : tender-lint .*<fichiers, dossiers ou globs…>\n\nVérifie les documents d'appel d'offres/);
    assert.match(lint('--help', '--locale', 'en').stdout, /^Usage: tender-lint .*<files, folders or globs…>\n\nChecks Québec call-for-tenders documents/);
    const usage = lint('--format', 'xml', folder);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^tender-lint: --format : text, json, sarif ou html attendu, reçu « xml »\n\nUsage : /);
    assert.match(lint('--locale', 'en', '--jobs', '0', folder).stderr, /^tender-lint: --jobs: a positive whole number expected, got "0"\n\nUsage: /);
    assert.match(lint('--locale', 'de', folder).stderr, /^tender-lint: --locale : fr ou en attendu, reçu « de »/);
    assert.match(lint().stderr, /^tender-lint: aucun fichier, dossier ou glob donné\n/);
    assert.match(lint('--locale', 'en', '--verbose', folder).stderr, /^tender-lint: unknown option --verbose\n/);
  });

  it('plurals: French counts 0 and 1 as one, English only 1', () => {
    const forms = { fr: ['erreur', 'erreurs'] as [string, string], en: ['error', 'errors'] as [string, string] };
    assert.deepEqual(
      [0, 1, 2].map((n) => counted(n, 'fr', forms)),
      ['0 erreur', '1 erreur', '2 erreurs'],
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => counted(n, 'en', forms)),
      ['0 errors', '1 error', '2 errors'],
    );
  });
});

describe('CLI: files that cannot be checked are in the JSON and SARIF reports (issue 14, 6)', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'tender-cli-unchecked-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function inputs() {
    const files = {
      binary: join(folder, 'a-binaire.md'),
      encoding: join(folder, 'b-abime.md'),
      compliant: join(folder, 'c-avis.md'),
      unreadable: join(folder, 'd-absent.md'),
    };
    writeFileSync(files.binary, Buffer.from([0x23, 0x20, 0x41, 0x00, 0x0a]));
    // UTF-8 accents and a stray byte: a damaged UTF-8 file, not Windows-1252.
    writeFileSync(files.encoding, Buffer.concat([Buffer.from('---\ntype: avis\n---\n# Réception\n'), Buffer.from([0xe9, 0x0a])]));
    writeFileSync(files.compliant, readExample('avis-entretien-espaces-verts.md'));
    return files;
  }

  it('JSON: every input file, in input order; one that cannot be checked has its error and no finding', () => {
    const files = inputs();
    const { code, stdout } = lint('--format', 'json', files.binary, files.encoding, files.compliant, files.unreadable);
    assert.equal(code, 2);
    const report = jsonReport(stdout);
    assert.deepEqual(
      report.files.map((file: { path: string; tender: boolean; error?: { code: string; message: string }; findings: unknown[] }) => [
        file.path.split('/').pop(),
        file.tender,
        file.error?.code,
        file.findings.length,
      ]),
      [
        ['a-binaire.md', false, 'binary', 0],
        ['b-abime.md', false, 'encoding', 0],
        ['c-avis.md', true, undefined, 0],
        ['d-absent.md', false, 'unreadable', 0],
      ],
    );
    assert.equal(report.files[0].error?.message, 'fichier binaire (octet nul à la ligne 1), non vérifié');
    assert.equal(report.files[1].error?.message, 'ni UTF-8 ni Windows-1252 (octet invalide à la ligne 5), non vérifié ; enregistrez-le en UTF-8');
    assert.equal(report.files[3].error?.message, 'fichier ou dossier introuvable (ENOENT)');
    assert.deepEqual(Object.keys(report.files[0]), ['path', 'tender', 'error', 'findings']);
    assert.deepEqual(Object.keys(report.files[2]), ['path', 'tender', 'findings']);
    assert.equal(report.summary.files, 4);
    const english = jsonReport(lint('--format', 'json', '--locale', 'en', files.binary).stdout);
    assert.equal(english.files[0].error?.message, 'binary file (NUL byte at line 1), not checked');
  });

  it('SARIF: each is a tool execution notification of the invocation, with its file; a clean run has none', () => {
    const files = inputs();
    const sarif = sarifLog(lint('--format', 'sarif', files.binary, files.encoding, files.compliant, files.unreadable, join(folder, '*.markdown')).stdout);
    const [invocation] = sarif.runs[0].invocations;
    assert.equal(invocation.executionSuccessful, false);
    assert.deepEqual(
      invocation.toolExecutionNotifications.map(
        (n: { level: string; descriptor: { id: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          n.level,
          n.descriptor.id,
          n.locations?.[0].physicalLocation.artifactLocation.uri.split('/').pop(),
        ],
      ),
      [
        ['error', 'input', undefined],
        ['error', 'binary', 'a-binaire.md'],
        ['error', 'encoding', 'b-abime.md'],
        ['error', 'unreadable', 'd-absent.md'],
      ],
    );
    assert.match(invocation.toolExecutionNotifications[1].message.text, /a-binaire\.md: fichier binaire \(octet nul à la ligne 1\), non vérifié$/);
    const clean = sarifLog(lint('--format', 'sarif', files.compliant).stdout);
    assert.deepEqual(clean.runs[0].invocations, [{ executionSuccessful: true, toolExecutionNotifications: [] }]);
  });

  it('Windows-1252 text is read, with one information finding on the first line that is not UTF-8', () => {
    const text = readExample('avis-entretien-espaces-verts.md');
    writeFileSync(join(folder, 'windows.md'), windows1252(text));
    const { code, stdout, stderr } = lint('--format', 'json', join(folder, 'windows.md'));
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const [file] = jsonReport(stdout).files;
    assert.equal(file.tender, true);
    const firstAccent = text.split('\n').findIndex((line) => /\P{ASCII}/u.test(line));
    assert.deepEqual(
      file.findings.map((f: { rule: string; citation: string; severity: string; range: { start: { line: number } } }) => [
        f.rule,
        f.citation,
        f.severity,
        f.range.start.line,
      ]),
      [['file-encoding', 'format', 'information', firstAccent]],
    );
    assert.match(file.findings[0].message, /^Fichier enregistré en Windows-1252 et non en UTF-8 : il a été lu comme tel\./);
    const english = lint('--locale', 'en', join(folder, 'windows.md'));
    assert.match(
      english.stdout,
      /windows\.md:\d+:1 information format File saved as Windows-1252, not UTF-8: it was read as such\. .* \[file-encoding\]\n1 file, 1 tender document in 1 dossier: 0 errors, 0 warnings, 1 information finding\.\n$/,
    );
  });
});
