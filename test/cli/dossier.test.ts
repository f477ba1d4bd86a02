import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dossierGroups, startRun } from '../../server/src/cli/check.js';
import { lintFromRoot } from './reports.js';
import { readDossierExample, readExample } from '../helpers.js';

const DOSSIER = readDossierExample('dossier-gestion-documentaire');
const MULTIPLE_BIDS =
  "Le dépôt par un prestataire de services de plusieurs soumissions pour le présent appel d'offres entraîne\nle rejet automatique de toutes ses soumissions.\n\n";

/**
 * A folder holding two dossiers side by side, their files mixed in one folder and its `annexes/`: the
 * example dossier (AO-2026-0217), and a copy of it for another call (AO-2026-0300) whose instructions
 * lack the several-bids rejection case.
 */
function twoDossiers(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tender-dossiers-'));
  for (const [name, text] of Object.entries(DOSSIER)) {
    const other = text.replaceAll('AO-2026-0217', 'AO-2026-0300').replace(MULTIPLE_BIDS, name === 'regie.md' ? '' : MULTIPLE_BIDS);
    for (const [path, content] of [
      [`a-${name}`, text],
      [`b-${name}`, other],
    ]) {
      const target = join(folder, path.replace(/^([ab])-annexes\//, 'annexes/$1-'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  return folder;
}

const lint = lintFromRoot;

/** A qualification notice is a procedure of its own: two of them naming one `numero` in a folder are two checks (seventh audit). */
const QUALIFICATION = `---
type: avis-qualification
numero: QUAL-2026-01
organisme: { nom: Ministère des Transports }
titre: Qualification de prestataires de services en arpentage
accords: aucun
renseignements: qualification@transports.gouv.qc.ca
qualification: { diffusion: 2026-02-02, reception: 2026-03-02, validite-mois: 36 }
---

# Avis de qualification

Les documents ne peuvent être obtenus que par l'intermédiaire du SEAO.

Les demandes de qualification doivent parvenir au plus tard le lundi 2 mars 2026 à 11 h, au 700, boul. René-Lévesque Est, Québec.
Le présent avis sera publié à nouveau au moins une fois l'an.
`;

describe('tender-lint on a folder of dossiers (issue 16)', () => {
  it('checks each of two qualification notices naming one numero alone: neither gets the other’s findings', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-qualification-'));
    // In name order the one with a defect is checked first, then the compliant one.
    writeFileSync(
      join(folder, 'a-defauts.md'),
      QUALIFICATION.replace('reception: 2026-03-02', 'reception: 2026-02-20').replace('lundi 2 mars 2026', 'vendredi 20 février 2026'),
    );
    writeFileSync(join(folder, 'b-conforme.md'), QUALIFICATION);
    const { stdout } = lint(folder);
    const files = stdout
      .trim()
      .split('\n')
      .slice(0, -1)
      .map((line) => line.replace(/:.*\[/, ' ['));
    assert.ok(files.length > 0 && files.every((line) => line.includes('a-defauts.md')), stdout);
  });

  it('checks each dossier: the defect of one is reported once, in its instructions; the summary counts the dossiers', () => {
    const folder = twoDossiers();
    const shown = (path: string) => relative(process.cwd(), join(folder, path)).split('\\').join('/');
    const { code, stdout } = lint(folder);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(
      lines.slice(0, -1).map((line) => line.replace(/ error .*\[/, ' [')),
      [`${shown('b-regie.md')}:${DOSSIER['regie.md'].split('\n').indexOf('## 3. Conditions de conformité') + 1}:1 [rejection-multiple-bids]`],
    );
    assert.equal(lines.at(-1), "12 fichiers, 12 documents d'appel d'offres en 2 dossiers : 1 erreur, 0 avertissement, 0 information.");
  });

  it('JSON and SARIF give each finding its own file, and SARIF the related places in the other files', () => {
    const folder = twoDossiers();
    writeFileSync(
      join(folder, 'b-avis.md'),
      DOSSIER['avis.md']
        .replace('numero: AO-2026-0217', 'numero: AO-2026-0300')
        .replace('    - { nom', '    - { nom')
        .replace(
          'validite-soumissions-jours: 90\n',
          'validite-soumissions-jours: 90\nevaluation:\n  criteres:\n    - { nom: Expérience du soumissionnaire, poids: 25 }\n    - { nom: Expérience et expertise du chargé de projet, poids: 25 }\n    - { nom: Compréhension du mandat et méthodologie proposée, poids: 35 }\n    - { nom: Organisation et plan de travail, poids: 15 }\n',
        ),
    );
    const json = JSON.parse(lint('--format', 'json', folder).stdout) as { files: { path: string; findings: { rule: string }[] }[] };
    const withFindings = json.files
      .filter((file) => file.findings.length > 0)
      .map((file) => [file.path.split('/').pop(), file.findings.map((finding) => finding.rule).sort()]);
    assert.deepEqual(withFindings, [
      ['b-avis.md', ['evaluation-grid-consistency']],
      ['b-regie.md', ['rejection-multiple-bids']],
    ]);
    const sarif = JSON.parse(lint('--format', 'sarif', folder).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const grid = sarif.runs[0].results.find((result) => result.ruleId === 'evaluation-grid-consistency')!;
    assert.match(grid.locations[0].physicalLocation.artifactLocation.uri, /b-avis\.md$/);
    assert.match(grid.relatedLocations![0].physicalLocation.artifactLocation.uri, /annexes\/b-grille-evaluation\.md$/);
  });

  it('worker threads give the same report as one thread', () => {
    const folder = twoDossiers();
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const report = (jobs: string) => spawnSync(process.execPath, [cli, '--jobs', jobs, '--format', 'json', folder], { encoding: 'utf8' });
    const [one, two] = [report('1'), report('2')];
    assert.equal(one.status, 1);
    assert.deepEqual([two.status, two.stdout, two.stderr], [one.status, one.stdout, one.stderr]);
  });

  it('threads are given whole dossiers, found by the main thread: a dossier is analysed by one thread, and workers list no folder', () => {
    const folder = twoDossiers();
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\nÀ relire.\n');
    startRun([folder]);
    const files = [...readdirSync(folder), ...readdirSync(join(folder, 'annexes')).map((name) => `annexes/${name}`)]
      .filter((name) => name.endsWith('.md'))
      .sort()
      .reverse();
    const groups = dossierGroups(files.map((name) => join(folder, name))).map((group) => group.map(({ index }) => files[index]));
    assert.deepEqual(
      groups.map((group) => group.map((name) => /^(?:annexes\/)?([ab])-/.exec(name)?.[1] ?? '').join('')),
      ['', 'bbbbbb', 'aaaaaa'],
    );
    assert.ok(groups.flat().length === files.length && groups[1].includes('annexes/b-grille-evaluation.md'), groups.join(' | '));
    // Every file and folder access of both threads (test/accessSpy.cjs, preloaded in the workers too).
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const spy = fileURLToPath(new URL('../accessSpy.cjs', import.meta.url));
    const accesses = (jobs: string) => {
      const { stderr } = spawnSync(process.execPath, ['--require', spy, cli, '--jobs', jobs, '--format', 'json', folder], { encoding: 'utf8' });
      const counts = new Map<string, number>();
      for (const [, target] of stderr.matchAll(/^ACCESS fs (.*)$/gm)) counts.set(target, (counts.get(target) ?? 0) + 1);
      return counts;
    };
    const [one, two] = [accesses('1'), accesses('2')];
    assert.ok(one.get(folder)! > 0);
    assert.equal(two.get(folder), one.get(folder), 'the folder is listed by the main thread only');
    assert.equal(two.get(join(folder, 'annexes')), one.get(join(folder, 'annexes')));
    // A file is read once more at most, by the thread that checks its dossier.
    for (const name of files) assert.ok(two.get(join(folder, name))! <= one.get(join(folder, name))! + 1, name);
  });

  it('--explain gives, for a file of a dossier, the file and line of what met each rule', () => {
    const { stdout } = lint('--explain', 'examples/dossier-gestion-documentaire/regie.md');
    const lines = stdout.split('\n');
    assert.ok(
      lines.some((line) =>
        /^examples\/dossier-gestion-documentaire\/devis\.md:\d+ documents-needs-description \(art\. 5, al\. 1, par\. 1°\) satisfaite par /.test(line),
      ),
      stdout,
    );
    assert.ok(
      lines.some((line) => /^examples\/dossier-gestion-documentaire\/avis\.md:\d+ notice-no-obligation-to-accept /.test(line)),
      stdout,
    );
    assert.ok(
      lines.some((line) => /^examples\/dossier-gestion-documentaire\/regie\.md:\d+ documents-conformity-conditions /.test(line)),
      stdout,
    );
  });

  it('a dossier does not reach above the current folder and the inputs: a stray tender of the same numero in a parent folder stays out', () => {
    // outside/AO.md names the call's numero, so outside/ could be the dossier's folder; outside/other/avis.md is another call's notice under that numero.
    const outside = mkdtempSync(join(tmpdir(), 'tender-stray-'));
    const compliant = readExample('ao-services-professionnels-conforme.md');
    const numero = /^numero: (.+)$/m.exec(compliant)![1];
    writeFileSync(join(outside, 'AO.md'), `---\ntype: document\npartie: annexe\nnumero: ${numero}\n---\n# Annexe\n`);
    mkdirSync(join(outside, 'other'));
    writeFileSync(join(outside, 'other', 'avis.md'), compliant.replace(/^titre: .*$/m, 'titre: Services de déneigement'));
    mkdirSync(join(outside, 'named'));
    writeFileSync(join(outside, 'named', 'conforme.md'), compliant);
    assert.equal(lint(join(outside, 'named')).code, 0);
    assert.equal(lint(join(outside, 'named', 'conforme.md')).code, 0);
    // Named as an input, the parent folder holds one dossier: the other notice's title differs.
    assert.match(lint(outside).stdout, /\[dossier-title-mismatch\]/);
  });

  it('a file of a dossier named alone is checked with the rest of its dossier', () => {
    const folder = twoDossiers();
    const { stdout } = lint(join(folder, 'b-regie.md'));
    assert.match(stdout, /b-regie\.md:\d+:1 error 7\.al2 /);
    assert.equal(stdout.trim().split('\n').at(-1), "1 fichier, 1 document d'appel d'offres en 1 dossier : 1 erreur, 0 avertissement, 0 information.");
    assert.equal(lint(join(folder, 'a-regie.md')).code, 0);
  });
});
