import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonReport, sarifLog } from './reports.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function lint(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tender-lint CLI', () => {
  it('prints compiler-style findings with citations and exits 1 on the examples', () => {
    const { status, stdout } = lint('examples/');
    assert.equal(status, 1);
    assert.match(
      stdout,
      /^examples\/ao-services-techniques-defauts\.md:\d+:\d+ error 4\.7° .+ \(art\. 4, al\. 2, par\. 7°\) \[notice-no-obligation-to-accept\]$/m,
    );
    assert.match(stdout, /^15 fichiers, 15 documents d'appel d'offres en 5 dossiers : \d+ erreurs, \d+ avertissements?, \d+ informations?\.$/m);
  });

  it('writes exactly the SPEC §6 JSON', () => {
    const { status, stdout } = lint('--format', 'json', 'examples/');
    assert.equal(status, 1);
    const report = jsonReport(stdout);
    assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
    assert.equal(report.version, 1);
    assert.deepEqual(Object.keys(report.summary), ['files', 'tenderFiles', 'errors', 'warnings', 'information']);
    const file = report.files.find((f: { path: string }) => f.path === 'examples/ao-services-techniques-defauts.md')!;
    assert.deepEqual(Object.keys(file), ['path', 'tender', 'findings']);
    const finding = file.findings.find((f: { citation: string }) => f.citation === '4.7°')!;
    assert.deepEqual(Object.keys(finding), ['rule', 'citation', 'severity', 'message', 'range', 'fix']);
    assert.equal(finding.rule, 'notice-no-obligation-to-accept');
    assert.equal(finding.fix, true);
    assert.deepEqual(Object.keys(finding.range.start), ['line', 'character']);
    assert.equal(
      report.summary.errors,
      report.files.flatMap((f: { findings: { severity: string }[] }) => f.findings).filter((f: { severity: string }) => f.severity === 'error').length,
    );
  });

  it('writes SARIF 2.1.0 with 1-based regions', () => {
    const { stdout } = lint('--format=sarif', 'examples/ao-services-techniques-defauts.md');
    const sarif = sarifLog(stdout);
    assert.equal(sarif.version, '2.1.0');
    const result = sarif.runs[0].results.find((r: { properties: { citation: string } }) => r.properties.citation === '4.7°')!;
    assert.equal(result.level, 'error');
    assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'notice-no-obligation-to-accept'));
  });

  it('speaks English with --locale en', () => {
    const { stdout } = lint('--locale', 'en', 'examples/ao-services-techniques-defauts.md');
    assert.match(stdout, /does not undertake to accept any of the bids received\. \(s\. 4, para\. 2, subpara\. 7°\)/);
  });

  it('reports 4.7° once the sentence is removed from a compliant example', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-cli-'));
    const text = readFileSync(join(ROOT, 'examples/avis-entretien-espaces-verts.md'), 'utf8');
    const path = join(folder, 'avis.md');
    writeFileSync(path, text);
    assert.equal(lint(path).status, 0);
    writeFileSync(
      path,
      text
        .split('\n')
        .filter((line) => !/ne s['’]engage à accepter/.test(line))
        .join('\n'),
    );
    const { status, stdout } = lint(path);
    assert.equal(status, 1);
    assert.match(stdout, / error 4\.7° /);
  });

  it('checks files, folders and globs; ignores non-tender Markdown', () => {
    const { stdout } = lint('--format', 'json', 'examples/*.md', 'test/fixtures/document');
    const report = jsonReport(stdout);
    assert.equal(report.summary.files, 6);
    assert.equal(report.summary.tenderFiles, 3);
    const readme = report.files.find((f: { path: string }) => f.path.endsWith('pas-un-appel.md'))!;
    assert.deepEqual(readme.findings, []);
  });

  it('exits 2 on usage errors and unreadable inputs, still checking the rest', () => {
    assert.equal(lint().status, 2);
    assert.equal(lint('--format', 'xml', 'examples/').status, 2);
    const { status, stdout, stderr } = lint('examples/avis-entretien-espaces-verts.md', 'does-not-exist.md');
    assert.equal(status, 2);
    assert.match(stderr, /does-not-exist\.md: fichier ou dossier introuvable \(ENOENT\)/);
    assert.match(stdout, /^2 fichiers, 1 document d'appel d'offres en 1 dossier : 0 erreur, 0 avertissement, 0 information\.$/m);
  });

  it('applies .tenderrc severities found upward from the document', () => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-rc-'));
    writeFileSync(join(folder, '.tenderrc.json'), JSON.stringify({ regles: { '4.7°': 'off', 'notice-documents-only-through-seao': 'warning' } }));
    const path = join(folder, 'ao.md');
    writeFileSync(path, readFileSync(join(ROOT, 'examples/ao-services-techniques-defauts.md')));
    const report = jsonReport(lint('--format', 'json', path).stdout);
    const findings = report.files[0].findings;
    assert.equal(
      findings.find((f: { citation: string }) => f.citation === '4.7°'),
      undefined,
    );
    assert.equal(findings.find((f: { citation: string }) => f.citation === '4.5.1°')?.severity, 'warning');
  });
});
