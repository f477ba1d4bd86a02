import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createLanguageService, DEFAULT_SETTINGS, FIX_ALL_KIND, type Finding, type Locale } from '../../server/src/core/index.js';
import { applyEdits, readExample } from '../helpers.js';
import { clashingEdits } from '../fuzz/fixAll.js';

const EVERYTHING = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

/** Applies the fix-all action and analyses the result again. */
function fixAll(text: string, locale: Locale) {
  const service = createLanguageService();
  const settings = { ...DEFAULT_SETTINGS, locale };
  const before = service.analyze('file:///ao.md', text, settings).findings;
  const [action] = service.codeActions('file:///ao.md', EVERYTHING, [FIX_ALL_KIND]);
  assert.ok(action, 'a fix-all action is offered');
  const fixed = applyEdits(text, action.edits);
  return { before, fixed, after: service.analyze('file:///ao.md', fixed, settings).findings };
}

const DOCUMENTS: Record<string, string> = {
  'a front-matter and nothing else (options, grouping, quality and price, admission outside agreements)':
    '---\ntype: appel-offres\nadjudication: qualite-prix\noptions: [ { type: renouvellement } ]\nregroupement: [ { organisme: CISSS de Laval, besoins: 20 h } ]\nadmissibilite-hors-accord: true\n---\n',
  'a grouping described in the body only':
    '---\ntype: appel-offres\n---\n\n# Avis\n\nAppel d’offres lancé au nom du regroupement d’organismes de la Mauricie.\n',
  'a notice written in prose, no tender documents': readFileSync(new URL('../fixtures/notice/texte-seulement.md', import.meta.url), 'utf8'),
  'the defects example': readExample('ao-services-techniques-defauts.md'),
};

describe('fix-all (source.fixAll.tender) over the art. 4–7.1 items', () => {
  for (const locale of ['fr', 'en'] as const) {
    for (const [name, text] of Object.entries(DOCUMENTS)) {
      it(`${name} (${locale}): every missing clause inserted once, and accepted`, () => {
        const { before, fixed, after } = fixAll(text, locale);
        assert.ok(before.some((finding) => finding.fix));
        assert.deepEqual(
          after.filter((finding) => finding.fix).map((finding) => `${finding.rule}: ${finding.message}`),
          [],
          fixed,
        );
        const known = new Set(before.map((finding) => finding.rule));
        // The clauses' values to fill (« [à compléter : …] ») are left to the drafter, who is told so.
        const toFill = (finding: Finding) => finding.rule === 'notice-placeholder-left' && /\[(?:à compléter|to complete)/.test(finding.message);
        assert.deepEqual(
          after.filter((finding) => !known.has(finding.rule) && !toFill(finding)).map((finding) => finding.rule),
          [],
          'no new kind of finding',
        );
        for (const heading of fixed.match(/^#+ .+$/gm) ?? []) {
          assert.equal(fixed.split('\n').filter((line) => line === heading).length, 1, `${heading} inserted once`);
        }
      });
    }
  }
});

describe('fix-all never edits a piece of text twice', () => {
  // Issue 14 (1): a short receipt period and a wrong weekday in the same sentence. Moving the limit
  // writes "mardi 19 mai 2026"; fixing the weekday alone would write "jeudi" over the same word.
  const NOTICE = `---
type: avis
numero: AVIS-2026-0058
titre: Services d'entretien des espaces verts
organisme: { nom: Société des établissements de plein air du Québec }
accords: [ALEC, ACCQO]
renseignements: 418 641-6411
diffusion: 2026-05-04
reception: { date: 2026-05-14, heure: "13:30", lieu: "1050, boul. René-Lévesque Est, Québec" }
ouverture: { date: 2026-05-14, heure: "13:30", lieu: "1050, boul. René-Lévesque Est, Québec" }
---

# Avis d'appel d'offres public

Les soumissions seront reçues jusqu'au lundi 14 mai 2026 à 13 h 30.

Les documents ne peuvent être obtenus que par l'intermédiaire du SEAO.
`;

  for (const locale of ['fr', 'en'] as const) {
    it(`a short deadline and a wrong weekday in one sentence: the deadline move is kept, the weekday fix dropped (${locale})`, () => {
      const { before, fixed, after } = fixAll(NOTICE, locale);
      assert.deepEqual(
        before
          .filter((finding) => finding.fix)
          .map((finding) => finding.rule)
          .sort(),
        ['date-weekday-mismatch', 'deadline-receipt-period', 'notice-no-obligation-to-accept'],
      );
      const service = createLanguageService();
      service.analyze('file:///ao.md', NOTICE, { ...DEFAULT_SETTINGS, locale });
      const [action] = service.codeActions('file:///ao.md', EVERYTHING, [FIX_ALL_KIND]);
      assert.equal(clashingEdits(NOTICE, action.edits), undefined);
      assert.deepEqual(action.findings.map((finding) => finding.rule).sort(), ['deadline-receipt-period', 'notice-no-obligation-to-accept']);
      assert.match(fixed, /jusqu'au mardi 19 mai 2026 à 13 h 30\./);
      assert.match(fixed, /reception: \{ date: 2026-05-19,/);
      assert.match(fixed, /ouverture: \{ date: 2026-05-19,/);
      assert.deepEqual(
        after.filter((finding) => finding.fix).map((finding) => finding.rule),
        [],
      );
    });
  }

  it('fixes that rewrite the same date identically are both kept (their shared edit once)', () => {
    const text = NOTICE.replace('lundi 14 mai', 'jeudi 14 mai').replaceAll('2026-05-14', '2026-05-12').replace('14 mai 2026', '12 mai 2026');
    const service = createLanguageService();
    service.analyze('file:///ao.md', text, DEFAULT_SETTINGS);
    const [action] = service.codeActions('file:///ao.md', EVERYTHING, [FIX_ALL_KIND]);
    assert.deepEqual(action.findings.map((finding) => finding.rule).sort(), [
      'date-weekday-mismatch',
      'deadline-receipt-period',
      'notice-no-obligation-to-accept',
    ]);
    assert.equal(action.edits.filter((edit) => edit.newText === 'mardi').length, 1);
    assert.equal(clashingEdits(text, action.edits), undefined);
  });
});
