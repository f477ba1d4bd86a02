import { strict as assert } from 'node:assert';
import { analyzeText, codeLenses, DEFAULT_SETTINGS, DocumentParser, dossierAddenda, dossierOf } from '../../server/src/core/index.js';
import { NOTICE_NAMED_BY_ADDENDA } from '../helpers.js';

const addendaFile = (numero: string, item: string) => ({
  name: 'addenda-2.md',
  text: `---\ntype: addenda\nnumero: ${numero}\naddenda:\n  - ${item}\n---\n\n# Addenda no 2\n`,
});
const findings = (related: { name: string; text: string }[]) =>
  analyzeText(NOTICE_NAMED_BY_ADDENDA, DEFAULT_SETTINGS, related).findings.filter((f) => f.rule === 'addendum-seven-days');

describe('addenda given as separate `type: addenda` files', () => {
  it('an addendum sent 3 days before the limit, in a file naming the tender, is reported at `numero`', () => {
    const found = findings([addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }')]);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 2);
    assert.match(found[0].message, /no 2 \(addenda-2\.md\).*3 jours/);
    assert.equal(found[0].fix, undefined, 'the other file cannot be fixed from here');
  });

  it("the finding's related location is the addendum's date in its own file", () => {
    const file = addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }');
    const [finding] = findings([file]);
    const line = file.text.split('\n')[4];
    const character = line.indexOf('2026-03-16');
    assert.deepEqual(finding.related, [
      {
        document: 'addenda-2.md',
        range: { start: { line: 4, character }, end: { line: 4, character: character + 10 } },
        message: 'Addenda no 2 (addenda-2.md)',
      },
    ]);
  });

  it('a file naming another tender, or a document that is not an addenda file, is ignored', () => {
    assert.deepEqual(findings([addendaFile('AO-2026-9999', '{ numero: 2, date: 2026-03-16, incidence-prix: true }')]), []);
    const notAddenda = { name: 'notes.md', text: '---\ntype: avis\nnumero: AO-2026-0142\naddenda:\n  - { numero: 2, date: 2026-03-16 }\n---\n' };
    assert.deepEqual(findings([notAddenda]), []);
  });

  it('a postponement in the addenda file satisfies art. 9 al. 2 and the text may state the new limit', () => {
    const related = [addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true, report-reception: 2026-03-23 }')];
    assert.deepEqual(findings(related), []);
    const body = NOTICE_NAMED_BY_ADDENDA.replace(
      '# Avis\n',
      '# Avis\n\nLa date limite de réception des soumissions est reportée au lundi 23 mars 2026 à 14 h.\n',
    );
    assert.deepEqual(
      analyzeText(body, DEFAULT_SETTINGS, related).findings.filter((f) => f.rule === 'date-contradicts-front-matter'),
      [],
    );
  });

  it('the code lens of such an addendum shows above `numero`', () => {
    const model = new DocumentParser().parse(NOTICE_NAMED_BY_ADDENDA);
    const addenda = dossierAddenda(dossierOf('ao.md', model, [addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }')]));
    const lenses = codeLenses(model, DEFAULT_SETTINGS, addenda);
    const lens = lenses.find((l) => l.range.start.line === 2);
    assert.equal(lens?.title, 'Addenda no 2 : 3 jours avant la date limite (min. 7)');
    assert.equal(
      lens?.tooltip,
      'Addenda no 2 (addenda-2.md) : 3 jours avant la date limite (min. 7 — art. 9, al. 2) · date la plus hâtive : lundi 23 mars 2026',
    );
  });
});
