import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { codeLenses, DEFAULT_SETTINGS, DocumentParser, type AnalysisSettings } from '../../server/src/core/index.js';
import { readExample } from '../helpers.js';

const lensesOf = (text: string, settings: Partial<AnalysisSettings> = {}) =>
  codeLenses(new DocumentParser().parse(text), { ...DEFAULT_SETTINGS, ...settings }).map((lens) => `${lens.range.start.line + 1}: ${lens.title}`);
const tooltipsOf = (text: string, settings: Partial<AnalysisSettings> = {}) =>
  codeLenses(new DocumentParser().parse(text), { ...DEFAULT_SETTINGS, ...settings }).map((lens) => `${lens.range.start.line + 1}: ${lens.tooltip}`);
/** A lens fits a narrow editor; the tooltip has the rest. */
const SHORT = 55;

const doc = (front: string, body = '') => `---\ntype: avis\n${front}\n---\n\n# Avis\n${body}`;

describe('core code lenses', () => {
  it('diffusion and receipt: one short lens each, the period against its minimum, the earliest date; a holiday', () => {
    const text = doc('diffusion: 2016-03-10\nreception: { date: 2016-03-25, heure: "11:00" }');
    assert.deepEqual(lensesOf(text), ['3: Réception au plus tôt : mardi 29 mars 2016', '4: Délai de réception : 15 jours (min. 15) · jour férié']);
    assert.deepEqual(lensesOf(text, { locale: 'en' }), ['3: Earliest receipt: Tuesday, March 29, 2016', '4: Receipt period: 15 days (min. 15) · holiday']);
  });

  it('the tooltip of each lens: the dates, the minimum, the provision, the holiday', () => {
    assert.deepEqual(tooltipsOf(doc('diffusion: 2016-03-10\nreception: { date: 2016-03-25, heure: "11:00" }')), [
      '3: Diffusion : jeudi 10 mars 2016 · réception au plus tôt le mardi 29 mars 2016 (min. 15 jours — art. 4, al. 2, par. 6°)',
      '4: Délai de réception : 15 jours (min. 15 — art. 4, al. 2, par. 6°) · date la plus hâtive : mardi 29 mars 2016 · jour férié : Vendredi saint',
    ]);
  });

  it('a receipt date stated only in the text gets its lens on that line', () => {
    assert.deepEqual(tooltipsOf(doc('diffusion: 2026-05-04', '\nLes soumissions doivent parvenir au plus tard le 21 mai 2026 à 13 h 30.\n')), [
      '3: Diffusion : lundi 4 mai 2026 · réception au plus tôt le mardi 19 mai 2026 (min. 15 jours — art. 4, al. 2, par. 6°)',
      '8: Délai de réception : 17 jours (min. 15 — art. 4, al. 2, par. 6°) · date la plus hâtive : mardi 19 mai 2026',
    ]);
  });

  it('each addendum: days before the limit in force, 7-day minimum, earliest limit', () => {
    const lenses = lensesOf(
      doc(
        'reception: { date: 2026-03-19 }\naddenda:\n  - { numero: 1, date: 2026-03-16, incidence-prix: true }\n  - { numero: 2, date: 2026-03-17, incidence-prix: false }',
      ),
    );
    assert.deepEqual(lenses, [
      '3: Délai de réception : date de diffusion inconnue',
      '5: Addenda no 1 : 3 jours avant la date limite (min. 7)',
      '6: Addenda no 2 : sans incidence sur les prix',
    ]);
    assert.deepEqual(
      tooltipsOf(
        doc(
          'reception: { date: 2026-03-19 }\naddenda:\n  - { numero: 1, date: 2026-03-16, incidence-prix: true }\n  - { numero: 2, date: 2026-03-17, incidence-prix: false }',
        ),
      ),
      [
        '3: Réception : jeudi 19 mars 2026 · date de diffusion inconnue (clé diffusion)',
        '5: Addenda no 1 : 3 jours avant la date limite (min. 7 — art. 9, al. 2) · date la plus hâtive : lundi 23 mars 2026',
        '6: Addenda no 2 : sans incidence sur les prix (art. 9, al. 2)',
      ],
    );
    assert.deepEqual(lensesOf(doc('addenda:\n  - { numero: 1, date: 2026-03-16 }')), ['4: Addenda no 1 : limite au plus tôt le lundi 23 mars 2026']);
  });

  it('qualification notices use the 25 days of art. 43', () => {
    const lenses = tooltipsOf('---\ntype: avis-qualification\nqualification:\n  diffusion: 2026-02-02\n  reception: 2026-03-02\n---\n');
    assert.deepEqual(lenses, [
      '4: Diffusion : lundi 2 février 2026 · réception au plus tôt le vendredi 27 février 2026 (min. 25 jours — art. 43, al. 1, par. 1°)',
      '5: Délai de réception : 28 jours (min. 25 — art. 43, al. 1, par. 1°) · date la plus hâtive : vendredi 27 février 2026',
    ]);
  });

  it('every lens of the examples is short', () => {
    for (const name of readdirSync(new URL('../../examples/', import.meta.url)).filter((file) => file.endsWith('.md'))) {
      for (const locale of ['fr', 'en'] as const) {
        for (const lens of lensesOf(readExample(name), { locale })) assert.ok(lens.length - lens.indexOf(': ') - 2 <= SHORT, `${name}: ${lens}`);
      }
    }
  });

  it('no lens on documents that are not tenders', () => {
    assert.deepEqual(lensesOf('---\ntitle: README\ndiffusion: 2026-03-02\n---\n'), []);
  });
});
