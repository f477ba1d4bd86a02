import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { explain, type Explanation, type ExplanationLine } from '../../server/src/core/features/explain.js';
import { RULES, type AnalysisSettings } from '../../server/src/core/index.js';
import { lastAnalysisOf, readExample } from '../helpers.js';

const COMPLIANT = new URL('../fixtures/compliant/', import.meta.url);

const explanationOf = (text: string, settings: Partial<AnalysisSettings> = {}): Explanation => explain(lastAnalysisOf(text, settings));

const lineOf = (explanation: Explanation, rule: string): ExplanationLine => {
  const found = explanation.lines.find((line) => line.rule === rule);
  assert.ok(found, `no line for ${rule}`);
  return found;
};

/** The rules of the items of art. 4, 5 and 7 (required items and rejection cases). */
const ITEM_RULES = RULES.filter((rule) => /^(?:4\.\d|5\.\d|7\.\d|7\.al2)/.test(rule.citation) && rule.evidence !== undefined).map((rule) => rule.id);

describe('explanation (tender-lint --explain)', () => {
  it('gives, for a compliant call, the line and the wording of what met each item of art. 4, 5 and 7', () => {
    const explanation = explanationOf(readExample('ao-services-professionnels-conforme.md'));
    assert.deepEqual(
      [...new Set(explanation.lines.map((line) => line.rule))],
      RULES.map((rule) => rule.id),
      'every rule, in the regulation order',
    );
    assert.ok(ITEM_RULES.length >= 25, ITEM_RULES.join(', '));
    for (const rule of ITEM_RULES) {
      const line = lineOf(explanation, rule);
      if (line.outcome === 'not-applicable') continue;
      assert.ok(line.outcome === 'passage' || line.outcome === 'front-matter', `${rule}: ${line.outcome}`);
      assert.ok(line.range, `${rule} points at its passage`);
    }
    const seao = lineOf(explanation, 'notice-documents-only-through-seao');
    assert.equal(seao.range?.start.line, 55);
    assert.match(
      seao.text,
      /^satisfaite par seaoOnly\/\S+ : « Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire… » \(\+ 1 autre\)$/,
    );
    assert.ok(seao.text.length < 160);
    assert.equal(lineOf(explanation, 'notice-public-body-name').text, "satisfaite par la clé d'en-tête « organisme.nom »");
    assert.equal(lineOf(explanation, 'notice-public-body-name').range?.start.line, 5);
    assert.match(lineOf(explanation, 'rejection-missing-document').text, /^satisfaite par missingDocument\/\S+ : « l'absence d'un document requis; »$/);
    assert.equal(
      lineOf(explanation, 'documents-grouping-parties').text,
      "sans objet : Pas de regroupement d'organismes : ni clé regroupement ni mention d'un regroupement dans les documents.",
    );
    assert.equal(lineOf(explanation, 'tie-break-drawing-lots').text, 'conforme (la règle ne cite pas de passage)');
    assert.match(
      lineOf(explanation, 'qualification-notice-items').text,
      /^sans objet : Ne vise qu'un avis de qualification : ce document est un appel d'offres \(type : appel-offres\)\.$/,
    );
    const { counts } = explanation;
    assert.equal(counts.rules, RULES.length);
    assert.equal(counts.finding, 0);
    assert.equal(counts.met + counts.notApplicable, RULES.length);
  });

  for (const name of readdirSync(COMPLIANT).filter((file) => file.endsWith('.md'))) {
    it(`points at what met each item of art. 4, 5 and 7 in the compliant fixture ${name}`, () => {
      const explanation = explanationOf(readFileSync(new URL(name, COMPLIANT), 'utf8'));
      for (const rule of ITEM_RULES) {
        const line = lineOf(explanation, rule);
        assert.ok(['passage', 'front-matter', 'not-applicable'].includes(line.outcome), `${rule}: ${line.text}`);
        if (line.outcome === 'passage' || line.outcome === 'front-matter') assert.ok(line.range, rule);
      }
    });
  }

  it('gives the findings of a defective call, and the passage of what it does state', () => {
    const explanation = explanationOf(readExample('ao-services-techniques-defauts.md'));
    const noObligation = lineOf(explanation, 'notice-no-obligation-to-accept');
    assert.equal(noObligation.outcome, 'finding');
    assert.equal(noObligation.text, "erreur : L'avis n'indique pas que l'organisme public ne s'engage à accepter aucune des soumissions reçues.");
    assert.ok(noObligation.range);
    const seao = lineOf(explanation, 'notice-documents-only-through-seao');
    assert.match(seao.text, /^avertissement : À confirmer : /, 'weak evidence is a warning on the passage');
    assert.equal(lineOf(explanation, 'rejection-late-receipt').outcome, 'passage');
    assert.ok(explanation.counts.finding > 0);
  });

  it('says which rules are ignored, off or not applicable, with why, and speaks English when asked', () => {
    const text = readExample('ao-services-techniques-defauts.md').replace(
      "# Avis d'appel d'offres",
      "<!-- tender-ignore 4.7° : clause dans les instructions -->\n\n# Avis d'appel d'offres",
    );
    const french = explanationOf(text, { rules: { 'notice-documents-only-through-seao': 'off' } });
    assert.equal(lineOf(french, 'notice-no-obligation-to-accept').text, 'ignorée : clause dans les instructions');
    assert.equal(lineOf(french, 'notice-documents-only-through-seao').text, 'désactivée dans les réglages (regles)');
    assert.equal(french.counts.ignored, 1);
    assert.equal(french.counts.off, 1);
    const english = explanationOf(text, { locale: 'en', rules: { 'notice-documents-only-through-seao': 'off' } });
    assert.equal(lineOf(english, 'notice-no-obligation-to-accept').text, 'ignored: clause dans les instructions');
    assert.equal(lineOf(english, 'notice-documents-only-through-seao').text, 'off in the settings (regles)');
    assert.equal(lineOf(english, 'notice-public-body-name').text, 'met by the front-matter key "organisme.nom"');
    assert.match(lineOf(english, 'notice-bid-security').text, /^error: A bid security is required/);
    assert.match(lineOf(english, 'qualification-notice-items').text, /^not applicable: Concerns only a qualification notice/);
    assert.match(
      lineOf(english, 'rejection-late-receipt').text,
      /^met by lateReceipt\/\S+: "Sera rejetée toute soumission reçue après l'heure limite ou non signée\."$/,
    );
    assert.equal(
      lineOf(english, 'documents-grouping-parties').text,
      'not applicable: No grouping of public bodies: no key regroupement and no mention of a grouping in the documents.',
    );
  });

  it('never cites a front-matter key the document does not have', () => {
    // The receipt and the opening stated in the text only: the evidence is the passage, not an absent key.
    const text = readFileSync(new URL('../fixtures/unseen/ao-cegep-ascenseurs-sans-accents.md', import.meta.url), 'utf8');
    const explanation = explanationOf(text);
    for (const rule of ['notice-receipt-place-date-time', 'notice-opening-place-date-time']) {
      const line = lineOf(explanation, rule);
      assert.equal(line.outcome, 'passage', `${rule}: ${line.text}`);
      assert.equal(line.range?.start.line, 25, rule);
    }
    const fromKeys = explanationOf(readExample('ao-services-professionnels-conforme.md'));
    assert.equal(lineOf(fromKeys, 'notice-receipt-place-date-time').outcome, 'front-matter', 'a key that is there is still cited first');
  });

  it('counts more passages with the right plural', () => {
    const english = explanationOf(readExample('ao-services-professionnels-conforme.md'), { locale: 'en' });
    assert.match(lineOf(english, 'notice-documents-only-through-seao').text, / \(\+ 1 more\)$/);
    const french = explanationOf(readExample('ao-services-professionnels-conforme.md'));
    assert.match(lineOf(french, 'documents-conformity-conditions').text, / \(\+ \d+ autres\)$/);
  });

  it('lists the form checks after the rules, and nothing else for a document that is not a tender', () => {
    const unknownKey = explanationOf('---\ntype: avis\ninconnue: 1\n---\n\n# Avis\n');
    const last = unknownKey.lines[unknownKey.lines.length - 1];
    assert.equal(last.rule, 'front-matter-unknown-key');
    assert.equal(last.citationLabel, 'Forme du document');
    assert.match(last.text, /^avertissement : /);
    assert.equal(unknownKey.counts.rules, RULES.length, 'form checks are not counted as rules');
    const notes = explanationOf('# Notes\n\nRien.\n');
    assert.equal(notes.tender, false);
    assert.deepEqual(notes.lines, []);
  });
});
