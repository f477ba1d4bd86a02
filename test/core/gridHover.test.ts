import { strict as assert } from 'node:assert';
import { adjustmentCoefficient, gridHover, parseDocument } from '../../server/src/core/index.js';
import { readExample } from '../helpers.js';

describe('grid hover', () => {
  const text = readExample('ao-services-professionnels-conforme.md');
  const model = parseDocument(text);
  const at = (needle: string, locale: 'fr' | 'en' = 'fr') => gridHover(model, text.indexOf(needle) + 1, locale);

  it('computes the annexe 2 coefficient (K = 15 %, 85 points → 1.075)', () => {
    assert.equal(adjustmentCoefficient(15, 85), 1.075);
    assert.equal(adjustmentCoefficient(20, 70), 1);
    assert.equal(adjustmentCoefficient(30, 100), 1.3);
  });

  it('on k: coefficients for 70, 85 and 100 points and the weights total', () => {
    const hover = at('k: 20');
    assert.ok(hover);
    assert.match(hover.contents, /4 critères, total des poids 100 % ✓/);
    assert.match(hover.contents, /\| 70 \| 1,000 \|/);
    assert.match(hover.contents, /\| 85 \| 1,100 \|/);
    assert.match(hover.contents, /\| 100 \| 1,200 \|/);
    assert.equal(hover.range.start.line, text.slice(0, text.indexOf('k: 20')).split('\n').length - 1);
  });

  it("on a criterion's weight and on a grid row", () => {
    assert.match(at('poids: 35')!.contents, /Compréhension du mandat et méthodologie proposée.*35 %/);
    const row = at('| Organisation et plan de travail |');
    assert.match(row!.contents, /Organisation et plan de travail.*15 %/);
    assert.match(row!.contents, /1,200/);
  });

  it('in English, and with a grid that does not add up', () => {
    const edited = text.replace('| Organisation et plan de travail | 15 |', '| Organisation et plan de travail | 10 |');
    const hover = gridHover(parseDocument(edited), edited.indexOf('| Organisation') + 1, 'en');
    assert.match(hover!.contents, /weights total 95% ✗/);
    assert.match(hover!.contents, /\| 85 \| 1\.100 \| \$90,909 \|/);
  });

  it('nothing elsewhere', () => {
    assert.equal(at('Le Ministère ne s'), undefined);
    assert.equal(at('titre:'), undefined);
  });

  it('K read from the text when the front-matter has none', () => {
    const edited = text.replace('  k: 20\n', '');
    const hover = gridHover(parseDocument(edited), edited.indexOf('K vaut') + 1, 'fr');
    assert.match(hover!.contents, /Paramètre K = 20 %/);
  });
});
