import { strict as assert } from 'node:assert';
import { passageRow } from '../../client/src/passage.js';
import type { ConformityItem } from '../../server/src/core/features/conformity.js';

const item = (fields: Partial<ConformityItem>): ConformityItem => ({
  rule: 'notice-documents-only-through-seao',
  citation: '4.5.1°',
  citationLabel: 'art. 4, al. 2, par. 5.1°',
  description: "L'avis mentionne que les documents ne s'obtiennent que par le SEAO.",
  status: 'ok',
  findings: [],
  ...fields,
});
const range = { start: { line: 55, character: 0 }, end: { line: 55, character: 90 } };

describe('Conformité view: the passage a ✓ rule shows and goes to', () => {
  it('shows the line before the description, and what matched with the quotation in the tooltip', () => {
    const row = passageRow(
      item({ evidence: [{ range, template: 'seaoOnly/clause-fr', quote: 'Les documents d’appel d’offres ne peuvent être obtenus que par le SEAO.' }] }),
      'fr',
    );
    assert.deepEqual(row, {
      range,
      description: "ligne 56 — L'avis mentionne que les documents ne s'obtiennent que par le SEAO.",
      tooltip: 'Passage de la ligne 56 (seaoOnly/clause-fr) : « Les documents d’appel d’offres ne peuvent être obtenus que par le SEAO. »',
    });
    const english = passageRow(item({ evidence: [{ range, template: 'seaoOnly/clause-fr', quote: 'Only through SEAO.' }] }), 'en');
    assert.equal(english?.description.slice(0, 10), 'line 56 — ');
    assert.equal(english?.tooltip, 'Passage at line 56 (seaoOnly/clause-fr): "Only through SEAO."');
  });

  it('names the front-matter key that met the rule', () => {
    const row = passageRow(item({ evidence: [{ range, frontMatterKey: 'organisme.nom', quote: 'nom: Ville de Québec' }] }), 'en');
    assert.equal(row?.tooltip, 'Front-matter key "organisme.nom", line 56: "nom: Ville de Québec"');
  });

  it('a passage in another file of the dossier: the file is named with the line, and the row goes to its URI', () => {
    const row = passageRow(
      item({
        evidence: [{ range, document: 'annexes/grille.md', uri: 'file:///ao/annexes/grille.md', template: 'seaoOnly/clause-fr', quote: 'Seul le SEAO.' }],
      }),
      'fr',
    );
    assert.deepEqual(row, {
      range,
      uri: 'file:///ao/annexes/grille.md',
      description: "annexes/grille.md, ligne 56 — L'avis mentionne que les documents ne s'obtiennent que par le SEAO.",
      tooltip: 'Passage de la ligne 56 de annexes/grille.md (seaoOnly/clause-fr) : « Seul le SEAO. »',
    });
    assert.equal(
      passageRow(item({ evidence: [{ range, document: 'avis.md', frontMatterKey: 'organisme.nom', quote: 'nom: X' }] }), 'en')?.tooltip,
      'Front-matter key "organisme.nom", line 56 of avis.md: "nom: X"',
    );
  });

  it('has no passage for a rule that cites none, nor for one that is not ok', () => {
    assert.equal(passageRow(item({}), 'fr'), undefined);
    assert.equal(passageRow(item({ evidence: [] }), 'fr'), undefined);
    assert.equal(passageRow(item({ status: 'ignored', evidence: [{ range, quote: 'x' }] }), 'fr'), undefined);
  });
});
