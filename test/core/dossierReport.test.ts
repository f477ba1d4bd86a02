import { strict as assert } from 'node:assert';
import { HtmlValidate } from 'html-validate';
import { complianceHtml } from '../../server/src/core/features/complianceHtml.js';
import { complianceReport, type ComplianceReport } from '../../server/src/core/features/complianceReport.js';
import { analyzeDossier, DEFAULT_SETTINGS, DocumentParser, dossierOf, RULES, type AnalysisSettings, type Locale } from '../../server/src/core/index.js';
import { PRODUCT } from '../../server/src/node/product.js';
import { checklistEntries as entries, checklistEntry as entry, readDossierExample, readExample } from '../helpers.js';

/** Issue 17: a dossier's report is one section for all its files (the report of a tender in one file is unchanged). */

const DEFECTS = readDossierExample('dossier-gestion-documentaire-defauts');
const COMPLIANT = readDossierExample('dossier-gestion-documentaire');
/** A made-up fingerprint per file: the first letter of its name, repeated. */
const hashOf = (name: string) => name.replace(/^.*\//, '')[0].repeat(64);

/** The report of a dossier's files, asked for one of them (`asked`), as the adapters ask it. */
function dossierReport(files: Record<string, string>, asked: string, locale: Locale = 'fr', settings: Partial<AnalysisSettings> = {}): ComplianceReport {
  const related = Object.entries(files)
    .filter(([name]) => name !== asked)
    .map(([name, text]) => ({ name, text }));
  const used = { ...DEFAULT_SETTINGS, ...settings, locale };
  const model = new DocumentParser().parse(files[asked]);
  const analysis = analyzeDossier(dossierOf(asked, model, related), used, RULES);
  return complianceReport({
    model,
    result: analysis.results.get(analysis.dossier.self)!,
    settings: used,
    dossier: analysis,
    file: { name: asked, sha256: hashOf(asked) },
    relatedFiles: related.map((file) => ({ name: file.name, sha256: hashOf(file.name) })),
    nameOf: (name) => `dossier/${name}`,
  });
}

describe('compliance report of a dossier (issue 17)', () => {
  it('the header lists every file with its role and its fingerprint, in the dossier’s order', () => {
    const report = dossierReport(DEFECTS, 'regie.md');
    assert.deepEqual(report.dossier, { numero: 'AO-2026-0218' });
    assert.deepEqual(
      report.files.map((file) => [file.name, file.sha256.slice(0, 1), file.role]),
      [
        ['dossier/avis.md', 'a', "Avis d'appel d'offres (type : avis)"],
        ['dossier/regie.md', 'r', 'Instructions aux soumissionnaires (type : document, partie : regie)'],
        ['dossier/devis.md', 'd', 'Devis (type : document, partie : devis)'],
        ['dossier/contrat.md', 'c', 'Contrat (type : document, partie : contrat)'],
        ['dossier/annexes/grille-evaluation.md', 'g', "Grille d'évaluation (type : document, partie : grille)"],
        ['dossier/addenda-1.md', 'a', 'Addenda (type : addenda)'],
      ],
    );
    assert.deepEqual(
      [report.header.numero, report.header.typeLabel, report.header.estimatedAmount?.replace(/\s/g, ' ')],
      ['AO-2026-0218', "Dossier d'appel d'offres (6 fichiers)", '480 000 $'],
    );
    assert.match(report.header.awardMethod ?? '', /^Qualité-prix/);
    const english = dossierReport(DEFECTS, 'avis.md', 'en');
    assert.deepEqual(
      [english.files[1].role, english.header.typeLabel],
      ['Instructions to bidders (type: document, partie: regie)', 'Tender dossier (6 files)'],
    );
  });

  it('is the same report whichever file of the dossier is asked for', () => {
    const reports = Object.keys(DEFECTS).map((name) => dossierReport(DEFECTS, name));
    const comparable = (report: ComplianceReport) => JSON.stringify({ ...report, files: report.files.map((file) => [file.name, file.role]) });
    for (const report of reports.slice(1)) assert.equal(comparable(report), comparable(reports[0]));
  });

  it('the checklist is over the dossier: each ✓ names the file and line that states it, each ✗ the file where the fix goes', () => {
    const report = dossierReport(DEFECTS, 'devis.md');
    assert.equal(entries(report).length, RULES.length, 'every rule once');
    const noObligation = entry(report, 'notice-no-obligation-to-accept');
    assert.deepEqual([noObligation.status, noObligation.evidence?.document], ['met', 'dossier/avis.md']);
    const needs = entry(report, 'documents-needs-description');
    assert.deepEqual([needs.status, needs.evidence?.document, needs.evidence?.line], ['met', 'dossier/devis.md', 8]);
    const multiple = entry(report, 'rejection-multiple-bids');
    assert.equal(multiple.status, 'finding');
    assert.deepEqual(
      multiple.findings.map((finding) => [finding.document, finding.line]),
      [['dossier/regie.md', 35]],
      'the missing case is reported in the instructions, where its clause goes',
    );
    assert.ok(multiple.findings[0].fix?.clause);
  });

  it('the defects twin: each cross-file error appears once, in the dossier’s section, with both places', () => {
    const report = dossierReport(DEFECTS, 'avis.md');
    assert.deepEqual([report.severities.error, report.counts.finding], [3, 3]);
    const receipt = entry(report, 'dossier-receipt-mismatch');
    assert.equal(receipt.findings.length, 1);
    const [finding] = receipt.findings;
    assert.deepEqual([finding.document, finding.line], ['dossier/regie.md', 15]);
    assert.match(finding.message, /jeudi 26 mars 2026, mais l'avis \(avis\.md\) indique le jeudi 19 mars 2026/);
    assert.deepEqual(
      finding.related?.map((place) => [place.document, place.line]),
      [['dossier/avis.md', 22]],
    );
    const duration = entry(report, 'dossier-contract-duration-mismatch').findings;
    assert.deepEqual(
      duration.map((each) => [each.document, each.line]),
      [['dossier/contrat.md', 20]],
    );
    assert.ok(duration[0].related?.some((place) => place.document === 'dossier/avis.md'));
  });

  it('the checks of each file’s form are the dossier’s too, each naming its file, as the counts include them', () => {
    const files = { ...COMPLIANT, 'devis.md': COMPLIANT['devis.md'].replace('partie: devis', 'partie: devis\ncle-inconnue: 3') };
    const report = dossierReport(files, 'avis.md');
    const form = report.articles.find((article) => article.article === 'document');
    assert.deepEqual(
      form?.entries.map((each) => [each.rule, each.findings.map((finding) => [finding.document, finding.line])]),
      [['front-matter-unknown-key', [['dossier/devis.md', 4]]]],
    );
    assert.equal(report.severities.warning, 1);
  });

  it('the timeline uses the dossier’s dates: the notice’s, and the addenda file’s, each with its file', () => {
    const { timeline } = dossierReport(DEFECTS, 'contrat.md');
    assert.ok(timeline);
    assert.deepEqual(
      timeline.events.map((event) => [event.kind, `${event.date.month}-${event.date.day}`, event.source, event.line]),
      [
        ['diffusion', '3-2', 'dossier/avis.md', 21],
        ['addendum', '3-9', 'dossier/addenda-1.md', undefined],
        ['receipt', '3-19', 'dossier/avis.md', 22],
        ['opening', '3-19', 'dossier/avis.md', 23],
      ],
    );
    const { evaluation } = dossierReport(DEFECTS, 'contrat.md');
    assert.deepEqual([evaluation?.grid?.document, evaluation?.grid?.line, evaluation?.grid?.total], ['dossier/annexes/grille-evaluation.md', 10, 100]);
  });

  it('a tender in one file keeps its own report: no roles, no file named on each line', () => {
    const service = analyzeDossier(dossierOf('ao.md', new DocumentParser().parse(readExample('ao-services-professionnels-conforme.md')), []));
    const report = complianceReport({
      model: service.dossier.self.model,
      result: service.results.get(service.dossier.self)!,
      settings: DEFAULT_SETTINGS,
      dossier: service,
      file: { name: 'ao.md', sha256: '0'.repeat(64) },
    });
    assert.equal(report.dossier, undefined);
    assert.deepEqual(report.files, [{ name: 'ao.md', sha256: '0'.repeat(64) }]);
    assert.ok(entries(report).every((each) => each.evidence?.document === undefined && each.findings.every((finding) => finding.document === undefined)));
    assert.ok(report.timeline?.events.every((event) => event.source === undefined));
  });

  it('HTML: one section for the dossier, valid HTML5, the files with their roles, the file of each passage and finding', async () => {
    const reports = [dossierReport(DEFECTS, 'avis.md'), dossierReport(COMPLIANT, 'avis.md')];
    const html = complianceHtml({ locale: 'fr', checkedAt: new Date(2026, 3, 2, 9, 5), product: PRODUCT, reports });
    assert.equal([...html.matchAll(/<section class="tender" id="t\d">/g)].length, 2);
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const result = await validator.validateString(html);
    assert.deepEqual(
      result.results.flatMap((each) => each.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)),
      [],
    );
    assert.ok(html.includes('<caption>Fichiers du dossier</caption>'));
    assert.ok(
      html.includes(
        '<tr><th scope="row"><span class="file">dossier/regie.md</span></th><td class="role">Instructions aux soumissionnaires (type : document, partie : regie)</td><td><code>rrrrrrrrrrrr</code></td></tr>',
      ),
    );
    const row = (rule: string) => html.split('\n').find((line) => line.startsWith('<tr class="rule') && line.includes(`data-rule="${rule}"`)) ?? '';
    assert.match(row('dossier-receipt-mismatch'), /Erreur<\/span>, <span class="file">dossier\/regie\.md<\/span>, ligne 15 : Dans les instructions/);
    assert.match(row('dossier-receipt-mismatch'), /<p class="related">↳ <span class="file">dossier\/avis\.md<\/span>, ligne 22 : /);
    assert.match(row('documents-needs-description'), /<p class="evidence"><span class="file">dossier\/devis\.md<\/span>, ligne 8 : /);
    assert.match(html, /Grille lue dans un tableau du texte, <span class="file">dossier\/annexes\/grille-evaluation\.md<\/span>, ligne 10\./);
    assert.match(html, /Addenda no 1 \(sans incidence sur les prix\) <span class="file">\(dossier\/addenda-1\.md\)<\/span>/);
  });
});
