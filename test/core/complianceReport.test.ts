import { strict as assert } from 'node:assert';
import { complianceReport, type ComplianceReport } from '../../server/src/core/features/complianceReport.js';
import { conformityReport } from '../../server/src/core/features/conformity.js';
import { explain } from '../../server/src/core/features/explain.js';
import { regulation } from '../../server/src/core/legal/regulation/index.js';
import { RULES, type AnalysisSettings, type LastAnalysis, type RelatedDocument } from '../../server/src/core/index.js';
import { checklistEntries as entries, checklistEntry as entry, lastAnalysisOf, NOTICE_NAMED_BY_ADDENDA, readExample } from '../helpers.js';

const DEFECTS = 'ao-services-techniques-defauts.md';
const COMPLIANT = 'ao-services-professionnels-conforme.md';

const analysisOf = (text: string, settings: Partial<AnalysisSettings> = {}, related: RelatedDocument[] = []): LastAnalysis =>
  lastAnalysisOf(text, settings, {
    name: 'doc.md',
    others: related.map((document) => ({ uri: `file:///${document.name}`, name: document.name, text: document.text })),
  });

function reportOf(text: string, settings: Partial<AnalysisSettings> = {}, related: RelatedDocument[] = []): ComplianceReport {
  return complianceReport({ ...analysisOf(text, settings, related), file: { name: 'doc.md', sha256: 'f'.repeat(64) } });
}

const date = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};

describe('compliance report model (issue 17)', () => {
  for (const name of [DEFECTS, COMPLIANT, 'avis-entretien-espaces-verts.md']) {
    it(`${name}: every rule exactly once, with the status of the Conformité view, the counts of --explain`, () => {
      const analysis = analysisOf(readExample(name));
      const report = complianceReport({ ...analysis, file: { name, sha256: '0'.repeat(64) } });
      assert.deepEqual(
        entries(report)
          .map((each) => each.rule)
          .sort(),
        RULES.map((rule) => rule.id).sort(),
      );
      const view = new Map(
        conformityReport(analysis)
          .groups.flatMap((group) => group.items)
          .map((item) => [item.rule, item.status]),
      );
      for (const each of entries(report)) assert.equal(each.status, view.get(each.rule) === 'ok' ? 'met' : view.get(each.rule), each.rule);
      const { counts } = explain(analysis);
      assert.deepEqual(report.counts, {
        rules: counts.rules,
        met: counts.met,
        finding: counts.finding,
        ignored: counts.ignored,
        notApplicable: counts.notApplicable,
        off: counts.off,
      });
      const findings =
        entries(report).flatMap((each) => each.findings).length +
        report.articles.filter((article) => article.article === 'document').flatMap((article) => article.entries.flatMap((each) => each.findings)).length;
      assert.equal(findings, analysis.result.findings.length, 'every finding once');
    });
  }

  it('lists the articles in the order of the regulation, the checks of the document form last', () => {
    const report = reportOf(readExample(DEFECTS) + '\n<!-- tender-ignore 4.7 -->\n');
    const keys = report.articles.map((article) => article.article);
    const order = regulation().articles.map((article) => article.key);
    const articles = keys.filter((key) => key !== 'document');
    assert.deepEqual(
      articles,
      [...articles].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    );
    assert.ok(keys.indexOf('8') < keys.indexOf('14'), 'art. 8 before art. 14, though its rule comes after');
    assert.equal(keys.at(-1), 'document');
    assert.match(report.articles[0].href ?? '', /^https:\/\/www\.legisquebec\.gouv\.qc\.ca\/fr\/document\/rc\/C-65\.1,%20r\.%204#se:\d+$/);
  });

  it('✓ with the line and a short quotation of the passage, or the front-matter key', () => {
    const report = reportOf(readExample(COMPLIANT));
    const seao = entry(report, 'notice-documents-only-through-seao');
    assert.equal(seao.status, 'met');
    assert.equal(seao.evidence?.line, 56);
    assert.equal(seao.evidence?.quote, "Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire…");
    assert.equal(seao.evidence?.more, 1);
    assert.deepEqual(entry(report, 'notice-public-body-name').evidence, {
      line: 6,
      quote: "nom: Ministère de l'Emploi et de la Solidarité sociale",
      frontMatterKey: 'organisme.nom',
      more: 0,
    });
    assert.equal(entry(report, 'tie-break-drawing-lots').evidence, undefined, 'a rule that names no passage');
  });

  it('✗ with the message, the line and the clause the quick fix inserts', () => {
    const report = reportOf(readExample(DEFECTS));
    const obligation = entry(report, 'notice-no-obligation-to-accept');
    assert.equal(obligation.status, 'finding');
    const [finding] = obligation.findings;
    assert.equal(finding.severity, 'error');
    assert.equal(finding.line, 22);
    assert.match(finding.message, /ne s'engage à accepter aucune/);
    assert.match(finding.fix?.title ?? '', /^Insérer la clause/);
    assert.match(finding.fix?.clause ?? '', /ne s.engage à accepter aucune des soumissions reçues/);
    // A fix that moves a date inserts no clause: its title says it all.
    const period = entry(report, 'deadline-receipt-period').findings[0];
    assert.match(period.fix?.title ?? '', /^Reporter la date limite de réception au jeudi 16 avril 2026/);
    assert.equal(period.fix?.clause, undefined);
  });

  it('n/a with why: another type of document, or nothing required of this one', () => {
    const report = reportOf(readExample(COMPLIANT));
    const qualification = entry(report, 'qualification-notice-items');
    assert.equal(qualification.status, 'not-applicable');
    assert.equal(qualification.reason, "Ne vise qu'un avis de qualification : ce document est un appel d'offres (type : appel-offres).");
    const grouping = entry(report, 'documents-grouping-parties');
    assert.equal(grouping.status, 'not-applicable');
    assert.match(grouping.reason ?? '', /^Pas de regroupement d'organismes/);
    assert.deepEqual(grouping.findings, []);
  });

  it('⊘ set aside by tender-ignore, with its reason; turned off in the settings', () => {
    const text = readExample(DEFECTS).replace(
      "# Avis d'appel d'offres",
      "<!-- tender-ignore 4.3° : la garantie est précisée dans le devis publié au SEAO -->\n\n# Avis d'appel d'offres",
    );
    const report = reportOf(text, { rules: { 'notice-no-obligation-to-accept': 'off' } });
    const security = entry(report, 'notice-bid-security');
    assert.equal(security.status, 'ignored');
    assert.equal(security.reason, 'la garantie est précisée dans le devis publié au SEAO');
    assert.deepEqual(security.findings, []);
    // Every rule citing 4.3° is set aside: the notice's statement and the security's amount against the front-matter.
    assert.equal(entry(report, 'bid-security-amount-mismatch').status, 'ignored');
    assert.equal(report.counts.ignored, 2);
    const off = entry(report, 'notice-no-obligation-to-accept');
    assert.equal(off.status, 'off');
    assert.equal(report.counts.off, 1);
  });

  it('header: title, number, body, type, procedure, award method and amount, in French or English', () => {
    const report = reportOf(readExample(DEFECTS));
    // Amounts are written as Intl writes them: thousands apart by a no-break space.
    assert.deepEqual(
      { ...report.header, estimatedAmount: report.header.estimatedAmount?.replace(/\s/g, ' ') },
      {
        title: "Services d'entretien ménager — édifice Marie-Guyart",
        numero: 'AO-2026-0377',
        publicBody: 'Société québécoise des infrastructures',
        type: 'appel-offres',
        typeLabel: "Appel d'offres (avis et documents d'appel d'offres)",
        procedure: "Appel d'offres public",
        nature: 'Services techniques',
        awardMethod: 'Prix seul : le prix le plus bas',
        estimatedAmount: '1 250 000 $',
      },
    );
    assert.equal(report.regulation, 'Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016');
    const english = reportOf(readExample(COMPLIANT), { locale: 'en' });
    assert.equal(english.header.awardMethod, 'Quality-price: the lowest adjusted price (s. 21, Annex 2)');
    assert.equal(english.header.estimatedAmount, '$480,000');
    assert.match(english.regulation, /CQLR c\. C-65\.1, r\. 4\), text of March 1, 2016$/);
    assert.deepEqual(english.files, [{ name: 'doc.md', sha256: 'f'.repeat(64) }]);
  });

  it('timeline of the defects example: the receipt period and the addendum in breach, Good Friday and Easter Monday named, the legal minima', () => {
    const { timeline } = reportOf(readExample(DEFECTS));
    assert.ok(timeline);
    assert.deepEqual(
      timeline.events.map((event) => [event.kind, event.date, event.line]),
      [
        ['diffusion', date('2026-04-01'), 16],
        ['addendum', date('2026-04-08'), 19],
        ['receipt', date('2026-04-10'), 17],
      ],
    );
    const receipt = timeline.periods.find((period) => period.rule === 'deadline-receipt-period');
    assert.deepEqual([receipt?.days, receipt?.minimum, receipt?.breach?.severity], [9, 15, 'error']);
    const addendum = timeline.periods.find((period) => period.rule === 'addendum-seven-days');
    assert.deepEqual([addendum?.days, addendum?.minimum, addendum?.breach?.severity], [2, 7, 'error']);
    assert.match(addendum?.breach?.message ?? '', /addenda no 1/);
    assert.deepEqual(
      timeline.markers.map((marker) => [marker.kind, marker.date, marker.minimum]),
      [
        ['earliest-receipt', date('2026-04-16'), 15],
        ['latest-addendum', date('2026-04-03'), 7],
      ],
    );
    const holidays = timeline.nonWorkingDays.filter((day) => day.kind === 'holiday').map((day) => [day.date, day.name]);
    assert.deepEqual(holidays, [
      [date('2026-04-03'), 'Vendredi saint'],
      [date('2026-04-06'), 'lundi de Pâques'],
    ]);
    assert.deepEqual(
      timeline.nonWorkingDays.filter((day) => day.kind !== 'holiday').map((day) => `${day.kind} ${day.date.day}`),
      ['saturday 4', 'sunday 5', 'saturday 11', 'sunday 12'],
    );
    assert.deepEqual([timeline.start, timeline.end, timeline.tooLong], [date('2026-03-31'), date('2026-04-17'), false]);
  });

  it('timeline of the compliant example: 17 days against 15, opening at the limit, no breach', () => {
    const { timeline } = reportOf(readExample(COMPLIANT));
    assert.ok(timeline);
    assert.deepEqual(
      timeline.periods.map((period) => [period.rule, period.days, period.minimum, period.breach]),
      [['deadline-receipt-period', 17, 15, undefined]],
    );
    assert.ok(timeline.events.every((event) => !event.breach));
    assert.deepEqual(
      timeline.events.map((event) => event.kind),
      ['diffusion', 'receipt', 'opening'],
    );
  });

  it('timeline: a closing on a holiday is a breach of its event; a period set aside is drawn as such; a qualification notice has 25 days', () => {
    const holiday = reportOf(
      readExample(COMPLIANT)
        .replace('reception: { date: 2026-03-19', 'reception: { date: 2026-04-03')
        .replace('ouverture: { date: 2026-03-19', 'ouverture: { date: 2026-04-03'),
    );
    const closing = holiday.timeline?.events.find((event) => event.kind === 'receipt');
    assert.equal(closing?.breach?.severity, 'warning');
    assert.match(closing?.breach?.message ?? '', /Vendredi saint/);
    const ignored = reportOf(
      readExample(DEFECTS).replace("# Avis d'appel d'offres", "<!-- tender-ignore 4.6° : délai réduit autorisé (urgence) -->\n\n# Avis d'appel d'offres"),
    );
    const period = ignored.timeline?.periods.find((each) => each.rule === 'deadline-receipt-period');
    assert.deepEqual([period?.breach, period?.notChecked], [undefined, 'délai réduit autorisé (urgence)']);
    const qualification = reportOf(
      '---\ntype: avis-qualification\nnumero: Q-1\norganisme: { nom: Ville de Québec }\nqualification: { diffusion: 2026-03-02, reception: 2026-03-20 }\n---\n\n# Avis de qualification\n',
    );
    const marker = qualification.timeline?.markers.find((each) => each.kind === 'earliest-receipt');
    assert.deepEqual([marker?.minimum, marker?.date], [25, date('2026-03-27')]);
    const qualificationPeriod = qualification.timeline?.periods.find((each) => each.rule === 'deadline-qualification-period');
    assert.deepEqual([qualificationPeriod?.days, qualificationPeriod?.breach?.severity], [18, 'error']);
  });

  it('an addendum of another file: its period is matched to its finding, the file listed with its fingerprint', () => {
    const related = [
      { name: 'addenda-2.md', text: '---\ntype: addenda\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: 2026-03-16, incidence-prix: true }\n---\n' },
    ];
    const analysis = analysisOf(NOTICE_NAMED_BY_ADDENDA, {}, related);
    const report = complianceReport({
      ...analysis,
      file: { name: 'avis.md', sha256: 'a'.repeat(64) },
      relatedFiles: [
        { name: 'addenda-2.md', sha256: 'b'.repeat(64) },
        { name: 'notes.md', sha256: 'c'.repeat(64) },
      ],
    });
    // A notice and its addenda file are a dossier: its files, each with its role; not the file of another call.
    assert.deepEqual(
      report.files.map((file) => [file.name, file.sha256[0], file.role]),
      [
        ['avis.md', 'a', "Avis d'appel d'offres (type : avis)"],
        ['addenda-2.md', 'b', 'Addenda (type : addenda)'],
      ],
    );
    const event = report.timeline?.events.find((each) => each.kind === 'addendum');
    assert.deepEqual([event?.source, event?.line], ['addenda-2.md', undefined]);
    const period = report.timeline?.periods.find((each) => each.rule === 'addendum-seven-days');
    assert.deepEqual([period?.days, period?.breach?.severity], [3, 'error']);
  });

  it('a very long span is listed, not drawn day by day', () => {
    const { timeline } = reportOf(readExample(COMPLIANT).replace('reception: { date: 2026-03-19', 'reception: { date: 2028-03-19'));
    assert.equal(timeline?.tooLong, true);
    assert.deepEqual(timeline?.nonWorkingDays, []);
  });

  it('evaluation grid: annexe 2 criteria and weights, the total, K and the adjusted-price coefficients', () => {
    const { evaluation } = reportOf(readExample(COMPLIANT));
    assert.ok(evaluation?.grid);
    assert.deepEqual([evaluation.mode, evaluation.annex, evaluation.quality], ['qualite-prix', 2, true]);
    assert.deepEqual(
      evaluation.grid.criteria.map((criterion) => [criterion.name, criterion.weight]),
      [
        ['Expérience du soumissionnaire', 20],
        ['Expérience et expertise du chargé de projet', 30],
        ['Compréhension du mandat et méthodologie proposée', 35],
        ['Organisation et plan de travail', 15],
      ],
    );
    assert.deepEqual([evaluation.grid.total, evaluation.grid.totalIs100, evaluation.grid.k, evaluation.grid.source], [100, true, 20, 'front-matter']);
    assert.deepEqual(
      evaluation.grid.coefficients.map(({ score, coefficient }) => [score, Math.round(coefficient * 1000) / 1000]),
      [
        [70, 1],
        [85, 1.1],
        [100, 1.2],
      ],
    );
    const priceOnly = reportOf(readExample(DEFECTS)).evaluation;
    assert.deepEqual(priceOnly, { quality: false, mode: 'prix' });
    const missingWeight = reportOf(
      readExample(COMPLIANT).replace('{ nom: Organisation et plan de travail, poids: 15 }', '{ nom: Organisation et plan de travail }'),
    );
    assert.deepEqual([missingWeight.evaluation?.grid?.total, missingWeight.evaluation?.grid?.totalIs100], [85, false]);
  });

  it('a document that is not a tender: no checklist of rules, no timeline', () => {
    const report = reportOf('# Notes\n\nRien à vérifier.\n');
    assert.equal(report.tender, false);
    assert.deepEqual(entries(report), []);
    assert.equal(report.timeline, undefined);
  });
});
