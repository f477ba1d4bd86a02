import { strict as assert } from 'node:assert';
import { analyzeText, parseDocument } from '../../server/src/core/index.js';
import { parseAmount, parseIsoDate } from '../../server/src/core/document/frontMatter.js';

describe('front-matter', () => {
  it('detects tender documents by their type only', () => {
    assert.equal(parseDocument('---\ntype: avis\n---\n').detection.kind, 'tender');
    assert.equal(parseDocument('---\ntitle: README\n---\n# x\n').detection.kind, 'not-tender');
    assert.equal(parseDocument('# x\n\n---\ntype: avis\n---\n').detection.kind, 'not-tender');
    assert.deepEqual(analyzeText('# README\n\nTexte.\n'), { tender: false, findings: [] });
  });

  it('gives an unknown type one finding on the value, listing the valid ones', () => {
    const { tender, findings } = analyzeText('---\ntype: appel-offre\n---\n');
    assert.equal(tender, false);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0].range, { start: { line: 1, character: 6 }, end: { line: 1, character: 17 } });
    assert.match(findings[0].message, /appel-offres, avis, addenda, avis-qualification/);
  });

  it('reports broken YAML once, at the error, and still checks the body', () => {
    const text = '---\ntype: avis\norganisme: { nom: [Ministère\n---\n\n# Avis\n\nLe Ministère ne s’engage à accepter aucune des soumissions reçues.\n';
    const { findings } = analyzeText(text);
    const syntax = findings.filter((f) => f.rule === 'front-matter-syntax');
    assert.equal(syntax.length, 1);
    assert.ok(syntax[0].range.start.line >= 2 && syntax[0].range.start.line <= 3, JSON.stringify(syntax[0].range));
    assert.ok(
      findings.some((f) => f.rule === 'notice-services-description'),
      'body rules still run',
    );
    assert.ok(!findings.some((f) => f.citation === '4.7°'), 'the body sentence is recognised');
  });

  it("a front-matter that overflows the YAML parser's stack (a long list, then a stray flow end) is one error, and the body is still checked", () => {
    // Found by the LSP fuzz property (issue 15): the `yaml` library's parser recursed once per list item.
    const broken = `type: appel-offres\n’\n${'  - { numero: 1, date: 2026-03-02 }\n'.repeat(1_500)} heure: "14:00" }\n`;
    const { tender, findings } = analyzeText(`---\n${broken}---\n\n# Avis\n\nLa Ville ne s'engage à accepter aucune des soumissions reçues.\n`);
    assert.equal(tender, true, 'the type line is read on its own');
    const syntax = findings.filter((finding) => finding.rule === 'front-matter-syntax');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].range.start.line, 1);
    assert.match(syntax[0].message, /^En-tête YAML illisible \(Maximum call stack size exceeded\)/);
    assert.ok(
      findings.some((finding) => finding.citation === '4.1°'),
      'the body is checked',
    );
  });

  it('reports a tender front-matter whose closing fence is missing, on the opening fence', () => {
    const { tender, findings } = analyzeText('---\ntype: avis\ntitre: Services\n\n# Avis\n');
    assert.equal(tender, true);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.range.start.line, f.range.end.character]),
      [['front-matter-syntax', 0, 3]],
    );
    assert.deepEqual(analyzeText('---\ntitle: README\n\n# Projet\n'), { tender: false, findings: [] });
  });

  it('suggests the closest known key for an unknown one', () => {
    const { findings } = analyzeText('---\ntype: avis\nrensignements: x\n---\n');
    const unknown = findings.find((f) => f.rule === 'front-matter-unknown-key')!;
    assert.equal(unknown.severity, 'warning');
    assert.match(unknown.message, /vouliez-vous dire « renseignements »/);
    assert.deepEqual(unknown.range.start, { line: 2, character: 0 });
  });

  it("accepts a publishing tool's own keys at the top level, unless one is close to a key the file lacks", () => {
    const unknownKeys = (frontMatter: string) =>
      analyzeText(`---\ntype: avis\n${frontMatter}\n---\n`)
        .findings.filter((f) => f.rule === 'front-matter-unknown-key')
        .map((f) => f.message);
    // A page of a MkDocs site, a Hugo or Jekyll post, an Obsidian note, a pandoc document.
    assert.deepEqual(unknownKeys('titre: AO\ntitle: Avis\ndescription: x\ntags: [a, b]\nhide: [navigation]'), []);
    assert.deepEqual(unknownKeys('titre: AO\nlayout: page\npermalink: /ao/\ndraft: false\nweight: 3\naliases: [x]\nauthor: Y\nlang: fr'), []);
    // A page of a Docusaurus, Starlight or VitePress site, an Eleventy template, a Quarto document: a nested value
    // (`last_update: {date, author}`) is the tool's too.
    assert.deepEqual(
      unknownKeys(
        'titre: AO\nid: avis\nsidebar_position: 1\nslug: /ao/avis\nlast_update:\n  date: 2016-08-15\n  author: SRM\npagination_next: null\ntoc_max_heading_level: 3',
      ),
      [],
    );
    assert.deepEqual(unknownKeys('titre: AO\nlastUpdated: 2016-08-15\neditUrl: false\ntableOfContents: false\nprev: false\noutline: deep\naside: false'), []);
    assert.deepEqual(
      unknownKeys(
        'titre: AO\neleventyExcludeFromCollections: true\neleventyNavigation: { key: AO }\ntoc-title: Table\nnumber-sections: true\ndate-modified: 2016-08-15',
      ),
      [],
    );
    // A tender kept as a Marp or Slidev slide deck.
    assert.deepEqual(unknownKeys('titre: AO\nmarp: true\ntheme: default\npaginate: true\nfooter: "AO 17-04"\nheadingDivider: 2'), []);
    assert.deepEqual(unknownKeys('titre: AO\ntheme: seriph\naspectRatio: 16/9\ncolorSchema: light\ntransition: slide-left\ndrawings: { persist: false }'), []);
    // `title` for the call's title, the tender key missing: did you mean.
    assert.deepEqual(unknownKeys('title: AO'), ['Clé inconnue « title » : vouliez-vous dire « titre » ?']);
    // Only the top level is the tool's; `date` may mean the publication date and stays a question.
    assert.deepEqual(unknownKeys('titre: AO\norganisme:\n  nom: X\n  tags: [a]\ndate: 2017-03-01'), ['Clé inconnue « tags ».', 'Clé inconnue « date ».']);
  });

  it('reports a wrong value on the value itself, as a format problem (no article)', () => {
    const { findings } = analyzeText('---\ntype: avis\nevaluation:\n  criteres:\n    - { nom: Expérience, poids: trente }\n---\n');
    const invalid = findings.find((f) => f.rule === 'front-matter-invalid-value')!;
    assert.equal(invalid.severity, 'error');
    assert.equal(invalid.citation, 'format');
    assert.deepEqual(invalid.range, { start: { line: 4, character: 32 }, end: { line: 4, character: 38 } });
  });

  it('reports duplicate keys', () => {
    const { findings } = analyzeText('---\ntype: avis\ntitre: a\ntitre: b\n---\n');
    assert.ok(findings.some((f) => f.rule === 'front-matter-syntax' && /unique|duplicate/i.test(f.message)));
  });

  it('reads amounts as numbers or as drafters write them', () => {
    assert.equal(parseAmount(350000), 350000);
    assert.equal(parseAmount('350 000 $'), 350000);
    assert.equal(parseAmount('350\u00a0000,50 $'), 350000.5);
    assert.equal(parseAmount('350000$'), 350000);
    // English thousands, and thousands or millions of dollars in short.
    assert.equal(parseAmount('$350,000'), 350000);
    assert.equal(parseAmount('1,250,000.50 $'), 1250000.5);
    assert.equal(parseAmount('350 k$'), 350000);
    assert.equal(parseAmount('1,2 M$'), 1200000);
    // Two decimals after a comma are cents; three digits, thousands.
    assert.equal(parseAmount('1,25 $'), 1.25);
    assert.equal(parseAmount('1,250 $'), 1250);
    assert.equal(parseAmount('350,000,5'), undefined);
    assert.equal(parseAmount('trois cent mille'), undefined);
    assert.equal(parseAmount(-5), undefined);
  });

  it('accepts only dates that exist', () => {
    assert.deepEqual(parseIsoDate('2028-02-29'), { year: 2028, month: 2, day: 29 });
    assert.equal(parseIsoDate('2026-02-29'), undefined);
    assert.equal(parseIsoDate('2026-02-30'), undefined);
    assert.equal(parseIsoDate('99999-01-01'), undefined);
    assert.equal(parseIsoDate('2026-13-01'), undefined);
  });
});
