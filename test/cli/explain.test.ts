import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lintFromRoot } from './reports.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPLIANT = 'examples/ao-services-professionnels-conforme.md';
const DEFECTIVE = 'examples/ao-services-techniques-defauts.md';

const lint = lintFromRoot;

describe('CLI --explain (issue 13, 4)', () => {
  it('French by default: per rule, the passage that met it, its wording and a quotation, or the front-matter key', () => {
    const { code, stdout, stderr } = lint('--explain', COMPLIANT);
    assert.equal(code, 0);
    assert.equal(stderr, '');
    const lines = stdout.trim().split('\n');
    assert.match(
      lines[0],
      /^examples\/ao-services-professionnels-conforme\.md \(appel-offres\) : \d+ règles, \d+ satisfaites, 0 avec constat, 36 sans objet, 0 ignorée, 0 désactivée\.$/,
    );
    assert.ok(lines.includes(`${COMPLIANT}:6 notice-public-body-name (art. 4, al. 2, par. 1°) satisfaite par la clé d'en-tête « organisme.nom »`));
    assert.ok(
      lines.some((line) =>
        /^examples\/ao-services-professionnels-conforme\.md:56 notice-documents-only-through-seao \(art\. 4, al\. 2, par\. 5\.1°\) satisfaite par seaoOnly\/\S+ : « Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire… » \(\+ 1 autre\)$/.test(
          line,
        ),
      ),
    );
    assert.ok(lines.some((line) => line.startsWith(`${COMPLIANT}:104 rejection-missing-document (art. 7, al. 1, par. 2°) satisfaite par missingDocument/`)));
    assert.ok(
      lines.includes(
        `${COMPLIANT} qualification-notice-items (art. 43, al. 1, par. 1°) sans objet : Ne vise qu'un avis de qualification : ce document est un appel d'offres (type : appel-offres).`,
      ),
    );
    assert.equal(lines[lines.length - 1], "1 fichier, 1 document d'appel d'offres en 1 dossier : 0 erreur, 0 avertissement, 0 information.");
  });

  it('English with --locale en, every line, with English plurals; findings of a defective call and the exit status', () => {
    const { code, stdout } = lint('--explain', '--locale', 'en', COMPLIANT, DEFECTIVE);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.match(
      lines[0],
      /^examples\/ao-services-professionnels-conforme\.md \(appel-offres\): \d+ rules, \d+ met, 0 with findings, 36 not applicable, 0 ignored, 0 off\.$/,
    );
    assert.ok(lines.includes(`${COMPLIANT}:6 notice-public-body-name (s. 4, para. 2, subpara. 1°) met by the front-matter key "organisme.nom"`));
    assert.ok(
      lines.some((line) =>
        /^examples\/ao-services-professionnels-conforme\.md:56 notice-documents-only-through-seao \(s\. 4, para\. 2, subpara\. 5\.1°\) met by seaoOnly\/\S+: "Les documents.*…" \(\+ 1 more\)$/.test(
          line,
        ),
      ),
    );
    assert.ok(lines.some((line) => /^examples\/ao-services-techniques-defauts\.md \(appel-offres\): \d+ rules, \d+ met, \d+ with findings, /.test(line)));
    assert.ok(
      lines.some((line) =>
        /^examples\/ao-services-techniques-defauts\.md:\d+ notice-no-obligation-to-accept \(s\. 4, para\. 2, subpara\. 7°\) error: The notice does not state /.test(
          line,
        ),
      ),
    );
    assert.ok(!/ satisfaite | sans objet | erreur /.test(stdout), 'no French line');
    assert.match(lines[lines.length - 1], /^2 files, 2 tender documents in 2 dossiers: \d+ errors, /);
  });

  it('says when a file is not a tender document', () => {
    const { stdout } = lint('--explain', 'README.md');
    assert.equal(stdout.split('\n')[0], "README.md : pas un document d'appel d'offres, aucune règle vérifiée.");
    assert.equal(lint('--explain', '--locale=en', 'README.md').stdout.split('\n')[0], 'README.md: not a tender document, no rule checked.');
  });

  it('is a text-format option only', () => {
    const { code, stderr } = lint('--explain', '--format', 'json', COMPLIANT);
    assert.equal(code, 2);
    assert.match(stderr, /^tender-lint: --explain : seul le format text l'accepte, reçu --format json\n/);
  });

  it('explains the same on worker threads as on one', () => {
    // Worker threads run the bundle (dist/cli.js, built by `npm test`), as users do.
    const cli = (jobs: string) =>
      spawnSync(process.execPath, ['dist/cli.js', '--explain', '--jobs', jobs, 'examples/', 'test/fixtures/compliant/'], { cwd: ROOT, encoding: 'utf8' })
        .stdout;
    const sequential = cli('1');
    assert.match(sequential, /^test\/fixtures\/compliant\/regroupement-services-professionnels\.md:\d+ documents-grouping-parties /m);
    assert.equal(cli('2'), sequential);
    // Two runs over the examples and the compliant fixtures, on a machine other processes may load.
  }).timeout(90_000);
});
