import { strict as assert } from 'node:assert';
import { analyzeDossier, analyzeText, conformityReport, DEFAULT_SETTINGS, DocumentParser, dossierOf, type Finding } from '../../server/src/core/index.js';
import { applyEdits, dossierFindings, readDossierExample } from '../helpers.js';

const COMPLIANT = readDossierExample('dossier-gestion-documentaire');

/** The dossier with some files' texts changed. */
const edited = (changes: Record<string, (text: string) => string>): Record<string, string> =>
  Object.fromEntries(Object.entries(COMPLIANT).map(([name, text]) => [name, changes[name] ? changes[name](text) : text]));

const without = (text: string, passage: string): string => {
  assert.ok(text.includes(passage), `the text holds ${JSON.stringify(passage.slice(0, 40))}`);
  return text.replace(passage, '');
};

/** Every finding of a rule, with the file it is in. */
const located = (findings: Record<string, Finding[]>, rule: string) =>
  Object.entries(findings).flatMap(([name, list]) => list.filter((finding) => finding.rule === rule).map((finding) => ({ name, finding })));

const errorsAndWarnings = (findings: Record<string, Finding[]>) =>
  Object.entries(findings).flatMap(([name, list]) =>
    list.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${name}:${f.range.start.line + 1} ${f.rule}`),
  );

const MULTIPLE_BIDS =
  "Le dépôt par un prestataire de services de plusieurs soumissions pour le présent appel d'offres entraîne\nle rejet automatique de toutes ses soumissions.\n\n";
const NEEDS_SECTION =
  "## 1. Description des besoins et modalités d'exécution\n\nLe prestataire de services numérise les dossiers papier transmis par le Ministère, indexe chaque\ndocument selon le plan de classification ministériel et livre les fichiers au format PDF/A dans le\nsystème de gestion documentaire du Ministère. Les travaux s'exécutent dans les locaux sécurisés du\nprestataire, à raison de lots mensuels d'environ 100 000 pages.\n\n";

describe('a dossier: the tender documents of several files checked as one (issue 16)', () => {
  it('the compliant example dossier gets no error and no warning, though no file states every item', () => {
    assert.deepEqual(errorsAndWarnings(dossierFindings(COMPLIANT)), []);
    // The instructions alone lack the needs and the grid, which the devis and the grid annex give.
    const alone = analyzeText(COMPLIANT['regie.md']).findings.map((finding) => finding.rule);
    assert.ok(alone.includes('documents-needs-description') && alone.includes('annex2-minimum-criteria'), alone.join(', '));
  });

  describe('art. 7 (rejection cases)', () => {
    it('a case stated only in another file of the dossier is found', () => {
      const moved = edited({
        'regie.md': (text) => without(text, MULTIPLE_BIDS),
        'contrat.md': (text) => `${text}\n${MULTIPLE_BIDS}`,
      });
      assert.deepEqual(located(dossierFindings(moved), 'rejection-multiple-bids'), []);
    });

    it('missing from every file: reported once, in the instructions, and its fix adds it to their conformity section', () => {
      const files = edited({ 'regie.md': (text) => without(text, MULTIPLE_BIDS) });
      const found = located(dossierFindings(files), 'rejection-multiple-bids');
      assert.equal(found.length, 1);
      assert.equal(found[0].name, 'regie.md');
      assert.equal(found[0].finding.range.start.line + 1, files['regie.md'].split('\n').indexOf('## 3. Conditions de conformité') + 1);
      const fixed = { ...files, 'regie.md': applyEdits(files['regie.md'], found[0].finding.fix!.edits) };
      assert.match(fixed['regie.md'], /## 3\. Conditions de conformité[\s\S]*plusieurs soumissions[\s\S]*## 4\. Documents exigés/);
      assert.deepEqual(located(dossierFindings(fixed), 'rejection-multiple-bids'), []);
    });

    it('with no conformity section anywhere, the new section goes into the instructions', () => {
      const files = edited({ 'regie.md': (text) => text.replace(/## 3\. Conditions de conformité[\s\S]*?(?=## 4\.)/, '') });
      const found = located(dossierFindings(files), 'rejection-late-receipt');
      assert.equal(found.length, 1);
      assert.equal(found[0].name, 'regie.md');
      const fixed = applyEdits(files['regie.md'], found[0].finding.fix!.edits);
      assert.match(fixed, /## 2\. Conditions d'admissibilité[\s\S]*## Conditions de conformité[\s\S]*## 4\. Documents exigés/);
    });
  });

  describe('art. 5 (the documents’ items)', () => {
    it('the description of the needs, in the devis only, is found; missing everywhere it is reported once, in the devis, where its fix goes', () => {
      assert.deepEqual(located(dossierFindings(COMPLIANT), 'documents-needs-description'), []);
      // A specification titled otherwise, without its description, and a contract without its object.
      const files = edited({
        'devis.md': (text) =>
          without(text, NEEDS_SECTION)
            .replace('# Devis', '# Annexe technique')
            .replace(/## 3\. Livrables[\s\S]*/, ''),
        'contrat.md': (text) => without(text, '## 1. Objet\n\nLe prestataire de services réalise les travaux décrits au devis.\n\n'),
      });
      const found = located(dossierFindings(files), 'documents-needs-description');
      assert.deepEqual(
        found.map(({ name }) => name),
        ['devis.md'],
      );
      const fixed = { ...files, 'devis.md': applyEdits(files['devis.md'], found[0].finding.fix!.edits) };
      assert.match(fixed['devis.md'], /## Description des besoins/);
      assert.deepEqual(located(dossierFindings(fixed), 'documents-needs-description'), []);
    });

    it('a file that is the contract (partie: contrat) includes the contract to be signed, whatever its wording', () => {
      const files = edited({
        'contrat.md': (text) => text.replace('Le présent contrat est le contrat à être signé par le\nprestataire retenu.', ''),
        'regie.md': (text) => text.replace(', le contrat à signer', ''),
      });
      assert.deepEqual(located(dossierFindings(files), 'documents-contract-to-sign'), []);
      const { 'contrat.md': _, ...noContract } = files;
      assert.deepEqual(
        located(dossierFindings(noContract), 'documents-contract-to-sign').map(({ name }) => name),
        ['regie.md'],
      );
    });

    it('a missing item with no file of its own goes to the instructions, as a section of theirs', () => {
      const files = edited({
        'regie.md': (text) =>
          without(
            text,
            "## 5. Ouverture des soumissions\n\nLes soumissions sont ouvertes publiquement, en présence d'un témoin, à l'endroit, à la date et à\nl'heure limites fixées pour leur réception. Seul le nom des prestataires de services est divulgué.\n\n",
          ),
        // The notice's own statement of the opening counts too: the notice is one of the documents.
        'avis.md': (text) => text.replace(/\*\*Ouverture des soumissions :\*\*[\s\S]*?témoin\.\n\n/, ''),
      });
      const found = located(dossierFindings(files), 'documents-opening-procedure');
      assert.deepEqual(
        found.map(({ name }) => name),
        ['regie.md'],
      );
      assert.match(
        applyEdits(files['regie.md'], found[0].finding.fix!.edits),
        /## 4\. Documents exigés[\s\S]*\n## [^\n]*uverture[^\n]*\n[\s\S]*## 6\. Évaluation/,
      );
    });
  });

  describe('evaluation (annexe 2)', () => {
    it('the grid of the grid annex counts for the instructions; without any grid, the finding is in the grid annex', () => {
      assert.deepEqual(located(dossierFindings(COMPLIANT), 'annex2-minimum-criteria'), []);
      const files = edited({ 'annexes/grille-evaluation.md': (text) => text.replace(/\| Critère[\s\S]*/, 'La grille sera transmise par addenda.\n') });
      // Professional services evaluated on quality: art. 16 reports the missing grid, in the grid annex, leading to the award method.
      const found = located(dossierFindings(files), 'professional-services-quality-criteria');
      assert.deepEqual(
        found.map(({ name, finding }) => `${name}:${finding.range.start.line + 1}`),
        [`annexes/grille-evaluation.md:${files['annexes/grille-evaluation.md'].split('\n').indexOf("# Annexe 2 — Grille d'évaluation de la qualité") + 1}`],
      );
      assert.deepEqual(
        found[0].finding.related?.map((related) => related.document),
        ['avis.md'],
      );
    });

    it('a grid in the front-matter of one file and a table in another must agree: one error, related to the other file', () => {
      const files = edited({
        'avis.md': (text) =>
          text.replace(
            'validite-soumissions-jours: 90\n',
            'validite-soumissions-jours: 90\nevaluation:\n  criteres:\n    - { nom: Expérience du soumissionnaire, poids: 25 }\n    - { nom: Expérience et expertise du chargé de projet, poids: 25 }\n    - { nom: Compréhension du mandat et méthodologie proposée, poids: 35 }\n    - { nom: Organisation et plan de travail, poids: 15 }\n',
          ),
      });
      const found = located(dossierFindings(files), 'evaluation-grid-consistency');
      assert.equal(found.length, 1);
      assert.equal(found[0].name, 'avis.md');
      const grid = files['annexes/grille-evaluation.md'].split('\n');
      assert.deepEqual(
        found[0].finding.related?.map((related) => ({ document: related.document, line: related.range.start.line })),
        [{ document: 'annexes/grille-evaluation.md', line: grid.findIndex((line) => line.startsWith('| Expérience du soumissionnaire')) }],
      );
    });
  });

  describe('a finding caused by a passage is in the file that holds it', () => {
    it('documents offered outside SEAO in the contract (art. 9.1)', () => {
      const files = edited({ 'contrat.md': (text) => `${text}\nLes documents d'appel d'offres sont aussi disponibles à nos bureaux, sur demande.\n` });
      const found = located(dossierFindings(files), 'documents-only-through-seao');
      assert.deepEqual(
        found.map(({ name, finding }) => `${name}:${finding.range.start.line + 1}`),
        [`contrat.md:${files['contrat.md'].trimEnd().split('\n').length}`],
      );
    });

    it('a discretionary rejection of an abnormally low price in the devis (art. 7.1)', () => {
      const files = edited({ 'devis.md': (text) => `${text}\nUne soumission dont le prix est anormalement bas pourra être rejetée.\n` });
      assert.deepEqual(
        located(dossierFindings(files), 'rejection-abnormally-low-price-discretionary').map(({ name }) => name),
        ['devis.md'],
      );
    });
  });

  it('a tender-ignore directive with its reason in one file silences the rule over the dossier', () => {
    const files = edited({
      'regie.md': (text) => without(text, MULTIPLE_BIDS),
      'contrat.md': (text) => `${text}\n<!-- tender-ignore 7.al2 : clause prévue dans l'addenda à venir -->\n`,
    });
    assert.deepEqual(located(dossierFindings(files), 'rejection-multiple-bids'), []);
  });

  it('art. 4 is the notice’s own: an item the notice lacks is reported in the notice, whatever the other files say', () => {
    const files = edited({
      'avis.md': (text) => without(text, "Le Ministère ne s'engage à accepter aucune des soumissions reçues.\n"),
      'regie.md': (text) => `${text}\nLe Ministère ne s'engage à accepter aucune des soumissions reçues.\n`,
    });
    assert.deepEqual(
      located(dossierFindings(files), 'notice-no-obligation-to-accept').map(({ name }) => name),
      ['avis.md'],
    );
  });

  it('a file of another tender, or a file that is not a tender document, is no part of the dossier', () => {
    const files = {
      ...COMPLIANT,
      'notes.md': '# Notes\n\nnumero: AO-2026-0217\n',
      'autre/regie.md': COMPLIANT['regie.md'].replace('numero: AO-2026-0217', 'numero: AO-2026-9999'),
    };
    const findings = dossierFindings(files);
    assert.deepEqual(Object.keys(findings).sort(), Object.keys(COMPLIANT).sort());
    assert.deepEqual(errorsAndWarnings(findings), []);
  });

  it('a dossier is checked with the same findings whichever of its files is analysed', () => {
    const files = edited({ 'regie.md': (text) => without(text, MULTIPLE_BIDS) });
    const names = Object.keys(files);
    const rotated = Object.fromEntries([...names.slice(2), ...names.slice(0, 2)].map((name) => [name, files[name]]));
    assert.deepEqual(dossierFindings(rotated), dossierFindings(files));
  });

  it('`partie` takes the known parts; another value is a warning with a "did you mean" and a fix', () => {
    const text = COMPLIANT['regie.md'].replace('partie: regie', 'partie: régie');
    const [finding] = analyzeText(text, DEFAULT_SETTINGS).findings.filter((f) => f.rule === 'front-matter-invalid-value');
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /Valeur inhabituelle « régie » : vouliez-vous dire « regie » \?/);
    assert.equal(finding.fix?.edits[0].newText, 'regie');
    const other = analyzeText(COMPLIANT['regie.md'].replace('partie: regie', 'partie: plans'), { ...DEFAULT_SETTINGS, locale: 'en' }).findings.filter(
      (f) => f.rule === 'front-matter-invalid-value',
    );
    assert.deepEqual(
      other.map((f) => [f.severity, f.message, f.fix]),
      [
        [
          'warning',
          'Unusual value "plans" (known values: regie, devis, contrat, formulaire, bordereau, grille, annexe): accepted, with no particular role in the dossier.',
          undefined,
        ],
      ],
    );
  });
});

describe('the Conformité view of a dossier (issue 16)', () => {
  const report = (files: Record<string, string>, name: string) => {
    const others = Object.entries(files)
      .filter(([other]) => other !== name)
      .map(([other, text]) => ({ name: other, text }));
    const model = new DocumentParser().parse(files[name]);
    const analysis = analyzeDossier(dossierOf(name, model, others), DEFAULT_SETTINGS);
    return conformityReport({ model, result: analysis.results.get(analysis.dossier.self)!, settings: DEFAULT_SETTINGS, dossier: analysis });
  };
  const itemOf = (conformity: ReturnType<typeof report>, rule: string) => conformity.groups.flatMap((group) => group.items).find((item) => item.rule === rule)!;

  it('opened on the instructions, each ✓ leads to the file and line that states the item, the notice’s art. 4 included', () => {
    const conformity = report(COMPLIANT, 'regie.md');
    assert.deepEqual(
      conformity.files?.map((file) => file.name),
      ['avis.md', 'regie.md', 'devis.md', 'contrat.md', 'annexes/grille-evaluation.md', 'addenda-1.md'],
    );
    const needs = itemOf(conformity, 'documents-needs-description');
    assert.equal(needs.status, 'ok');
    assert.equal(needs.evidence?.[0].document, 'devis.md');
    assert.equal(needs.evidence?.[0].range.start.line, COMPLIANT['devis.md'].split('\n').indexOf('# Devis'));
    const conformityConditions = itemOf(conformity, 'documents-conformity-conditions');
    assert.equal(conformityConditions.evidence?.[0].document, undefined, 'in the instructions themselves');
    const noObligation = itemOf(conformity, 'notice-no-obligation-to-accept');
    assert.equal(noObligation.status, 'ok');
    assert.equal(noObligation.evidence?.[0].document, 'avis.md');
    assert.match(noObligation.evidence[0].quote, /ne s'engage à accepter aucune/);
  });

  it('a rule with a finding in another file shows it there, and the counts are the dossier’s', () => {
    const files = edited({ 'contrat.md': (text) => text.replace("d'une durée de 24 mois", "d'une durée de 36 mois") });
    const conformity = report(files, 'avis.md');
    const duration = itemOf(conformity, 'dossier-contract-duration-mismatch');
    assert.equal(duration.status, 'finding');
    assert.deepEqual(
      duration.findings.map((finding) => [finding.document, finding.range.start.line + 1]),
      [['contrat.md', files['contrat.md'].split('\n').findIndex((line) => line.includes('36 mois')) + 1]],
    );
    assert.equal(conformity.counts.error, 1);
  });
});

describe('the key that groups files into dossiers (readDossierKey)', () => {
  it('reads the front-matter’s numero as the analysis does: quoted, commented, a number, not beyond the front-matter', async () => {
    const { readDossierKey } = await import('../../server/src/core/dossier/key.js');
    assert.deepEqual(readDossierKey('---\ntype: avis\nnumero: AO-2026-0217\n---\n'), { numero: 'AO-2026-0217', head: true });
    assert.deepEqual(readDossierKey('---\ntype: "appel-offres" # un seul fichier\nnumero: AO-1\n---\n'), { numero: 'AO-1', head: true });
    assert.deepEqual(readDossierKey('---\ntype: document\npartie: regie\nnumero: AO-1\n---\n'), { numero: 'AO-1' });
    assert.deepEqual(readDossierKey("---\nnumero: 'AO 12' # référence SEAO\n---\n"), { numero: 'AO 12' });
    assert.deepEqual(readDossierKey('\uFEFF---\r\nnumero: "2026-17"\r\n---\r\n'), { numero: '2026-17' });
    assert.deepEqual(readDossierKey('---\nnumero: 4471\n---\n'), { numero: '4471' });
    assert.deepEqual(readDossierKey('---\ntype: avis\n---\n\nnumero: AO-1\n'), {});
    assert.deepEqual(readDossierKey('# Notes\n\nnumero: AO-1\n'), {});
    assert.deepEqual(readDossierKey('---\nnumero:\n---\n'), {});
  });
});
