import { strict as assert } from 'node:assert';
import { conformityReport, type ConformityItem, type ConformityReport } from '../../server/src/core/features/conformity.js';
import { RULES, type AnalysisSettings } from '../../server/src/core/index.js';
import { lastAnalysisOf, readExample } from '../helpers.js';

const reportOf = (text: string, settings: Partial<AnalysisSettings> = {}): ConformityReport => conformityReport(lastAnalysisOf(text, settings));

const items = (report: ConformityReport): ConformityItem[] => report.groups.flatMap((group) => group.items);
const item = (report: ConformityReport, rule: string): ConformityItem => {
  const found = items(report).find((candidate) => candidate.rule === rule);
  assert.ok(found, `no item for ${rule}`);
  return found;
};

describe('conformity report', () => {
  it('lists every rule once, grouped by article in regulation order', () => {
    const report = reportOf(readExample('ao-services-professionnels-conforme.md'));
    assert.deepEqual(
      items(report).map((entry) => entry.rule),
      RULES.map((rule) => rule.id),
    );
    // Article 3's rule compares the files of a dossier: n/a for a call in one file.
    assert.equal(report.groups[0].article, '3');
    assert.deepEqual(
      report.groups[0].items.map((entry) => entry.status),
      ['not-applicable'],
    );
    assert.equal(report.groups[1].label, 'Article 4');
    assert.ok(items(report).every((entry) => ['ok', 'not-applicable'].includes(entry.status) && entry.findings.length === 0));
    assert.ok(
      items(report).some((entry) => entry.status === 'not-applicable'),
      'qualification rules do not apply to a call for tenders',
    );
    assert.equal(report.counts.error, 0);
  });

  it('gives each ok rule that tells it what met it: the passage, its wording and a short quotation, or the front-matter key', () => {
    const report = reportOf(readExample('ao-services-professionnels-conforme.md'));
    const [seao] = item(report, 'notice-documents-only-through-seao').evidence ?? [];
    assert.equal(seao.range.start.line, 55);
    assert.match(seao.template ?? '', /^seaoOnly\//);
    assert.equal(seao.quote, "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire…");
    assert.ok(seao.quote.length <= 80);
    assert.deepEqual(item(report, 'notice-public-body-name').evidence, [
      {
        range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } },
        frontMatterKey: 'organisme.nom',
        quote: "nom: Ministère de l'Emploi et de la Solidarité sociale",
      },
    ]);
    const [lateReceipt] = item(report, 'rejection-late-receipt').evidence ?? [];
    assert.equal(lateReceipt.quote, "le non-respect de l'endroit prévu, de la date et de l'heure limites fixées…");
    const grouping = item(report, 'documents-grouping-parties');
    assert.equal(grouping.status, 'not-applicable', 'nothing required of this document: n/a, not ✓');
    assert.equal(grouping.reason, "Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.");
    assert.equal(grouping.evidence, undefined);
    assert.equal(item(report, 'tie-break-drawing-lots').evidence, undefined, 'a rule that does not tell');
    assert.equal(item(report, 'qualification-notice-items').evidence, undefined, 'not applicable');
  });

  it('points a key reached through a YAML alias, which has no place of its own, at the opening fence', () => {
    const report = reportOf('---\ntype: avis\nautre: &o { nom: Ville de Québec }\norganisme: *o\n---\n\n# Avis\n');
    const [name] = item(report, 'notice-public-body-name').evidence ?? [];
    assert.deepEqual([name.frontMatterKey, name.range.start, name.quote], ['organisme.nom', { line: 0, character: 0 }, '---']);
  });

  it('attaches the findings, with their quick fixes, to the failing rules', () => {
    const report = reportOf(readExample('ao-services-techniques-defauts.md'));
    const noObligation = item(report, 'notice-no-obligation-to-accept');
    assert.equal(noObligation.status, 'finding');
    assert.equal(noObligation.citation, '4.7°');
    assert.equal(noObligation.citationLabel, 'art. 4, al. 2, par. 7°');
    assert.ok(noObligation.findings[0].fix, 'the finding keeps its quick fix');
    assert.equal(item(report, 'notice-public-body-name').status, 'ok');
    assert.equal(noObligation.evidence, undefined, 'a rule with findings has no evidence');
    const total = items(report).reduce((sum, entry) => sum + entry.findings.filter((finding) => finding.severity === 'error').length, 0);
    assert.equal(report.counts.error, total);
    assert.ok(report.counts.error > 0);
  });

  it('marks a rule that requires nothing of this document (options when there are none) not applicable, with why', () => {
    const body = '---\ntype: avis\norganisme: { nom: Ville de Québec }\n---\n\n# Avis\n';
    const none = item(reportOf(body, { locale: 'en' }), 'notice-options-description');
    assert.equal(none.status, 'not-applicable');
    assert.equal(none.reason, 'No options: the front-matter declares no option or renewal (key options).');
    const withOptions = item(
      reportOf(body.replace('---\n\n', 'options: [{ type: renouvellement, description: Deux renouvellements d’un an }]\n---\n\n')),
      'notice-options-description',
    );
    assert.notEqual(withOptions.status, 'not-applicable');
  });

  it('marks rules of another document type not applicable, with why', () => {
    const report = reportOf('---\ntype: addenda\n---\n\n# Addenda 1\n\nTexte.\n');
    const notice = item(report, 'notice-no-obligation-to-accept');
    assert.equal(notice.status, 'not-applicable');
    assert.match(notice.reason ?? '', /addenda/);
  });

  it('tells ignored rules (with their reason) and rules turned off apart', () => {
    const text = readExample('ao-services-techniques-defauts.md').replace(
      "# Avis d'appel d'offres",
      "<!-- tender-ignore 4.7° : clause dans les instructions -->\n\n# Avis d'appel d'offres",
    );
    const report = reportOf(text, { rules: { 'notice-documents-only-through-seao': 'off' } });
    const ignored = item(report, 'notice-no-obligation-to-accept');
    assert.equal(ignored.status, 'ignored');
    assert.equal(ignored.reason, 'clause dans les instructions');
    assert.equal(item(report, 'notice-documents-only-through-seao').status, 'off');
  });

  it('puts findings of no rule in a document-form group, and speaks English when asked', () => {
    const report = reportOf('---\ntype: avis\ninconnue: 1\n---\n\n# Avis\n', { locale: 'en' });
    const form = report.groups.find((group) => group.article === 'document');
    assert.ok(form);
    assert.equal(form.label, 'Document form');
    assert.ok(form.items.some((entry) => entry.rule === 'front-matter-unknown-key'));
    assert.equal(report.groups[0].label, 'Section 3');
    assert.equal(report.groups[1].label, 'Section 4');
  });

  it('names the text checked: the regulation and its consolidation date', () => {
    const report = reportOf(readExample('avis-entretien-espaces-verts.md'));
    assert.equal(report.regulation, 'Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016');
    const english = reportOf(readExample('avis-entretien-espaces-verts.md'), { locale: 'en' });
    assert.equal(english.regulation, 'Règlement sur les contrats de services des organismes publics (CQLR c. C-65.1, r. 4), text of March 1, 2016');
  });

  it('has no rows for a document that is not a tender', () => {
    const report = reportOf('# Notes\n\nRien.\n');
    assert.equal(report.tender, false);
    assert.deepEqual(report.groups, []);
  });
});
