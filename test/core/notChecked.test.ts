import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText, createLanguageService, DEFAULT_SETTINGS, type Locale } from '../../server/src/core/index.js';
import { applyEdits } from '../helpers.js';

const en = { ...DEFAULT_SETTINGS, locale: 'en' as Locale };
const BODY = "\n# Avis d'appel d'offres public\n\nLa Ville ne s'engage à accepter aucune des soumissions reçues.\n";

/** The document's findings, and the text after applying the first one's quick fix. */
function check(text: string, settings = DEFAULT_SETTINGS) {
  const result = analyzeText(text, settings);
  const fix = result.findings[0]?.fix;
  return { ...result, fixed: fix && applyEdits(text, fix.edits) };
}

describe('files that look like tender documents but are not checked (issue 14, 3)', () => {
  it('`Type: avis`: one warning on the key, why and how, and a fix renaming it', () => {
    const { tender, findings, fixed } = check(`---\nType: avis\nnumero: AO-1\n---\n${BODY}`);
    assert.equal(tender, false);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.citation, f.severity, f.range.start.line, f.range.start.character, f.range.end.character]),
      [['document-not-checked', 'format', 'warning', 1, 0, 4]],
    );
    assert.match(findings[0].message, /n'est pas vérifié.*« Type ».*Renommez-la « type »/);
    assert.ok(fixed?.startsWith('---\ntype: avis\n'));
    assert.equal(analyzeText(fixed!).tender, true);
  });

  it('`TYPE: "AVIS"`: the fix writes key and value in lower case; in English with the English locale', () => {
    const { findings, fixed } = check(`---\nTYPE: "AVIS"\n---\n${BODY}`, en);
    assert.match(findings[0].message, /^This file is not checked: its key "TYPE" is not "type"/);
    assert.equal(findings[0].fix?.title, 'Rename the key to "type"');
    assert.ok(fixed?.startsWith('---\ntype: avis\n'));
  });

  it('`type : avis` is the type key, also when the front-matter is unclosed or broken; `type :avis` is text to YAML and gets the warning', () => {
    assert.equal(analyzeText(`---\ntype : avis\n---\n${BODY}`).tender, true);
    assert.deepEqual(
      analyzeText(`---\ntype : avis\ntitre: Services\n${BODY}`).findings.map((f) => f.rule),
      ['front-matter-syntax'],
    );
    const broken = analyzeText(`---\ntype : avis\norganisme: { nom: [Ville\n---\n${BODY}`);
    assert.equal(broken.tender, true);
    assert.ok(broken.findings.some((f) => f.rule === 'notice-services-description'));
    const { findings, fixed } = check(`---\ntype :avis\n---\n${BODY}`);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['document-not-checked'],
    );
    assert.match(findings[0].message, /la ligne « type :avis » n'est pas lue comme la clé « type »/);
    assert.equal(analyzeText(fixed!).tender, true);
  });

  it('an empty `type`: says which types exist', () => {
    const { findings } = check(`---\ntype:\n---\n${BODY}`);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['document-not-checked'],
    );
    assert.match(findings[0].message, /la clé « type » est vide.*appel-offres, avis, addenda, avis-qualification/);
  });

  it('no front-matter, a notice for a title: one warning on the title saying to add the front-matter', () => {
    const { tender, findings } = check("# AVIS D'APPEL D'OFFRES PUBLIC\n\nLe ministère des Transports demande des soumissions.\n");
    assert.equal(tender, false);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.range.start.line]),
      [['document-not-checked', 'warning', 0]],
    );
    assert.match(
      findings[0].message,
      /ressemble à un document d'appel d'offres \(« AVIS D'APPEL D'OFFRES PUBLIC »\) mais n'est pas vérifié : il n'a pas d'en-tête YAML/,
    );
    const english = analyzeText('# Call for tenders\n\nServices.\n', en).findings;
    assert.match(english[0].message, /^This file looks like a tender document \("Call for tenders"\) but is not checked: it has no YAML front-matter/);
  });

  it('a front-matter without `type` and a notice for a title: says to add `type` to it', () => {
    const { findings } = check(`---\ntitre: Services\n---\n${BODY}`);
    assert.match(findings[0].message, /son en-tête YAML n'a pas de clé « type »/);
  });

  it("never on an ordinary README: other titles, a notice further down, another tool's `Type`", () => {
    for (const text of [
      '# Projet\n\nUn README.\n',
      "# Guide de rédaction\n\n## Avis d'appel d'offres public\n\nComment rédiger un avis.\n",
      '---\nType: post\ntitle: Hello\n---\n# Hello\n',
      '---\nlayout: page\n---\n# Appels d’offres de la Ville\n',
      readFileSync(new URL('../../README.md', import.meta.url), 'utf8'),
      readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8'),
    ]) {
      assert.deepEqual(analyzeText(text), { tender: false, findings: [] }, text.slice(0, 60));
    }
    const documents = new URL('../fixtures/document/', import.meta.url);
    for (const name of readdirSync(documents).filter((file) => file !== 'type-inconnu.md')) {
      assert.deepEqual(analyzeText(readFileSync(new URL(name, documents), 'utf8')).findings, [], name);
    }
  });

  it('the quick fix is offered by the language service', () => {
    const service = createLanguageService();
    service.analyze('file:///avis.md', `---\nType: avis\n---\n${BODY}`, DEFAULT_SETTINGS);
    const actions = service.codeActions('file:///avis.md', { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Renommer la clé en « type »'],
    );
  });
});

describe('front-matter format problems cite no article (issue 14, 5)', () => {
  it('unknown keys, broken YAML, wrong values, an unknown type, an unclosed front-matter: citation `format`', () => {
    const cases = [
      '---\ntype: avis\nrensignements: x\n---\n',
      '---\ntype: avis\norganisme: { nom: [Ville\n---\n',
      '---\ntype: avis\ndiffusion: 2026-02-30\n---\n',
      '---\ntype: appel-offre\n---\n',
      '---\ntype: avis\ntitre: x\n',
    ];
    for (const text of cases) {
      const form = analyzeText(text).findings.filter((f) => /^(?:front-matter|document-type)/.test(f.rule));
      assert.equal(form.length, 1, text);
      assert.equal(form[0].citation, 'format', text);
    }
  });

  it('an unknown type that is a map or a list is quoted as written, not as « [object Object] »', () => {
    for (const [value, shown] of [
      ['{ a: 1 }', '{ a: 1 }'],
      ['[avis, addenda]', '[avis, addenda]'],
      ['3', '3'],
    ]) {
      const [finding] = analyzeText(`---\ntype: ${value}\n---\n${BODY}`).findings.filter((f) => f.rule === 'document-type-unknown');
      assert.ok(finding.message.includes(`« ${shown} »`), finding.message);
    }
  });

  it('`garantie:` offers `garantie-soumission`, with a quick fix renaming the key', () => {
    const text = '---\ntype: avis\ngarantie: { nature: chèque visé, montant: 5000 }\n---\n# Avis\n';
    const unknown = analyzeText(text).findings.find((f) => f.rule === 'front-matter-unknown-key')!;
    assert.equal(unknown.message, 'Clé inconnue « garantie » : vouliez-vous dire « garantie-soumission » ?');
    assert.equal(unknown.fix?.title, 'Renommer la clé en « garantie-soumission »');
    const fixed = applyEdits(text, unknown.fix.edits);
    assert.ok(fixed.includes('\ngarantie-soumission: { nature: chèque visé, montant: 5000 }\n'));
    assert.ok(!analyzeText(fixed).findings.some((f) => f.rule.startsWith('front-matter')));
  });

  it('suggestions: misspelt, other case or `_`, words in another order; none when ambiguous or already present', () => {
    const suggestion = (key: string, extra = '') =>
      analyzeText(`---\ntype: avis\n${extra}${key}: x\n---\n`, en).findings.find((f) => f.rule === 'front-matter-unknown-key')?.fix?.edits[0].newText;
    assert.equal(suggestion('receptoin'), 'reception');
    assert.equal(suggestion('Montant_Estime'), 'montant-estime');
    assert.equal(suggestion('soumission-garantie'), 'garantie-soumission');
    assert.equal(suggestion('marge'), 'marge-preferentielle');
    assert.equal(suggestion('zzz'), undefined);
    assert.equal(suggestion('garantie', 'garantie-soumission: { nature: aucune }\n'), undefined, 'renaming would duplicate a key');
    const nested = analyzeText('---\ntype: avis\nreception: { dat: 2026-05-21 }\n---\n', en).findings.find((f) => f.rule === 'front-matter-unknown-key')!;
    assert.equal(nested.message, 'Unknown key "dat": did you mean "date"?');
    assert.equal(nested.fix?.title, 'Rename the key to "date"');
  });
});
