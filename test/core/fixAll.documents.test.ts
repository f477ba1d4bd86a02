import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createLanguageService, DEFAULT_SETTINGS, FIX_ALL_KIND, type Locale } from '../../server/src/core/index.js';
import { applyEdits, readExample } from '../helpers.js';

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
  'a grouping described in the body only': '---\ntype: appel-offres\n---\n\n# Avis\n\nAppel d’offres lancé au nom du regroupement d’organismes de la Mauricie.\n',
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
        assert.deepEqual(after.filter((finding) => !known.has(finding.rule)).map((finding) => finding.rule), [], 'no new kind of finding');
        for (const heading of fixed.match(/^#+ .+$/gm) ?? []) {
          assert.equal(fixed.split('\n').filter((line) => line === heading).length, 1, `${heading} inserted once`);
        }
      });
    }
  }
});
