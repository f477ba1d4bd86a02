import { strict as assert } from 'node:assert';
import { analyzeText, codeLenses, DEFAULT_SETTINGS, DocumentParser } from '../../server/src/core/index.js';
import { tenderDataOf } from '../../server/src/core/analyze.js';
import { NOTICE_NAMED_BY_ADDENDA } from '../helpers.js';

const addendaFile = (numero: string, item: string) => ({ name: 'addenda-2.md', text: `---\ntype: addenda\nnumero: ${numero}\naddenda:\n  - ${item}\n---\n\n# Addenda no 2\n` });
const findings = (related: { name: string; text: string }[]) => analyzeText(NOTICE_NAMED_BY_ADDENDA, DEFAULT_SETTINGS, related).findings.filter((f) => f.rule === 'addendum-seven-days');

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
      { document: 'addenda-2.md', range: { start: { line: 4, character }, end: { line: 4, character: character + 10 } }, message: 'Addenda no 2 (addenda-2.md)' },
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
    const body = NOTICE_NAMED_BY_ADDENDA.replace('# Avis\n', '# Avis\n\nLa date limite de réception des soumissions est reportée au lundi 23 mars 2026 à 14 h.\n');
    assert.deepEqual(analyzeText(body, DEFAULT_SETTINGS, related).findings.filter((f) => f.rule === 'date-contradicts-front-matter'), []);
  });

  it('the code lens of such an addendum shows above `numero`', () => {
    const lenses = codeLenses(new DocumentParser().parse(NOTICE_NAMED_BY_ADDENDA), DEFAULT_SETTINGS, [addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }')]);
    const lens = lenses.find((l) => l.range.start.line === 2);
    assert.equal(lens?.title, 'Addenda no 2 : 3 jours avant la date limite (min. 7)');
    assert.equal(lens?.tooltip, 'Addenda no 2 (addenda-2.md) : 3 jours avant la date limite (min. 7 — art. 9, al. 2) · date la plus hâtive : lundi 23 mars 2026');
  });
});

describe('addenda files read once per document', () => {
  /** Counts the parses of `text` while `work` runs. */
  function parsesOf(text: string, work: () => void): number {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its `this` (parse.call) and put back as it was
    const parse = DocumentParser.prototype.parse;
    let count = 0;
    DocumentParser.prototype.parse = function (this: DocumentParser, source: string) {
      if (source === text) count++;
      return parse.call(this, source);
    };
    try {
      work();
    } finally {
      DocumentParser.prototype.parse = parse;
    }
    return count;
  }

  it('a document handed to the analysis of several tenders is parsed once, and each gets the addendum', () => {
    const file = addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }');
    const notes = { name: 'notes.md', text: '# Notes\n\nRien à signaler.\n' };
    let found = 0;
    assert.equal(parsesOf(file.text, () => {
      for (let i = 0; i < 4; i++) found += findings([notes, file]).length;
    }), 1);
    assert.equal(found, 4);
  });

  it('a new document with a changed text is read anew', () => {
    const late = addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }');
    assert.equal(findings([late]).length, 1);
    assert.deepEqual(findings([{ ...late, text: late.text.replace('2026-03-16', '2026-03-02') }]), []);
  });

  it("one tender's addenda are its own: changing them leaves another tender's unchanged", () => {
    const file = addendaFile('AO-2026-0142', '{ numero: 2, date: 2026-03-16, incidence-prix: true }');
    const data = tenderDataOf(new DocumentParser().parse(NOTICE_NAMED_BY_ADDENDA), [file]);
    data.addenda[data.addenda.length - 1].numero = 99;
    assert.equal(findings([file])[0].related![0].message, 'Addenda no 2 (addenda-2.md)');
  });
});
