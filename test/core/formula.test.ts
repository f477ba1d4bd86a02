import { strict as assert } from 'node:assert';
import { readFormula } from '../../server/src/core/evaluation/formula.js';

describe('annexe 2 formula read as arithmetic', () => {
  it('the same formula however typeset is the formula', () => {
    for (const text of [
      'Adjusted price = Tendered price / {1 + K * [(Final score - 70) / 30]}',
      'Prix ajusté = Prix soumis ÷ (1 + K × ((Note finale − 70) ÷ 30))',
      'Prix ajusté = Prix soumis / (1 + (Note finale − 70) × K / 30)',
      'prix soumis divisé par [1 + K fois (NF moins 70) sur 30]',
      'Le facteur d’ajustement est 1 + K × (NF − 70)/30.',
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
  });

  it("a dash typed as two or three hyphens (« – », « — » in pandoc's Markdown) is one minus sign", () => {
    for (const text of [
      'Prix ajusté = Prix soumis / (1 + K × (Note finale -- 70) / 30)',
      'Adjusted price = Tendered price / (1 + K x (Final score --- 70) / 30)',
      'prix soumis ÷ [1 + K × (NF -- 70) ÷ 30]',
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
    assert.deepEqual(readFormula('Prix ajusté = Prix soumis / (1 -- K × (Note finale − 70) / 30)'), { annex2: false });
  });

  it("the bidder's possessive before a term, or in the bid the term is of, is no obstacle to reading it", () => {
    for (const text of [
      'Adjusted price = Your tendered price / (1 + K × (Your final score − 70) / 30)',
      'Prix ajusté = votre prix soumis ÷ [1 + K × (votre note finale − 70) ÷ 30]',
      'Prix ajusté = prix de votre soumission / (1 + K × (note finale de votre soumission − 70) / 30)',
      'Adjusted price = the price of their bid / (1 + K × (their final score − 70) / 30)',
      'Prix ajusté = leur prix / (1 + K × (leur note finale − 70) / 30)',
      'Adjusted price = price of your tender ÷ [1 + K × (final quality score of your tender − 70) ÷ 30]',
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
    assert.deepEqual(readFormula('Prix ajusté = votre prix soumis ÷ [1 + K × (votre note finale − 75) ÷ 30]'), { annex2: false });
  });

  it('K written as its value is read back as a percentage', () => {
    assert.deepEqual(readFormula('Prix ajusté = Prix soumis / (1 + 20 % × (Note finale − 70) / 30)'), { annex2: true, k: 20 });
  });

  it('the formula said in words is read with the grouping its words leave open, its constants checked as in signs', () => {
    for (const text of [
      'The adjusted price equals the submitted price divided by one plus K times the final quality score minus 70, over 30.',
      'Le prix ajusté correspond au prix soumis divisé par un plus le produit de K par la différence entre la note finale et 70, divisé par 30.',
      'Ce facteur est égal à un plus le produit du paramètre K par une fraction dont le numérateur est la note finale moins 70 et dont le dénominateur est 30.',
      'Ce facteur sera égal à un plus le produit de K par une fraction dont le numérateur sera la note finale moins 70 et dont le dénominateur sera 30.',
      'The adjustment factor is one plus the product of the K parameter and a fraction whose numerator is the final score minus 70 and whose denominator is 30.',
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
    for (const text of [
      'The adjusted price equals the submitted price divided by one plus K times the final quality score minus 50, over 30.',
      'Ce facteur est égal à un plus le produit du paramètre K par une fraction dont le numérateur est la note finale moins 70 et dont le dénominateur est 20.',
      'Le prix ajusté correspond au prix soumis multiplié par un plus K fois la note finale moins 70, sur 30.',
    ])
      assert.deepEqual(readFormula(text), { annex2: false }, text);
    // Signs leave no grouping open: without its brackets this is another arithmetic.
    assert.deepEqual(readFormula('Prix ajusté = Prix soumis / 1 + K × NF − 70 / 30'), { annex2: false });
  });

  it('near misses are another formula', () => {
    for (const text of [
      'Prix ajusté = Prix soumis / (1 + K × (Note finale − 75) / 30)',
      'Prix ajusté = Prix soumis / (1 + K × (Note finale − 70) / 25)',
      'Prix ajusté = Prix soumis / (1 − K × (Note finale − 70) / 30)',
      'Prix ajusté = Prix soumis / (1 + K / (Note finale − 70) / 30)',
      'Adjusted price = Tendered price × [1 + K × (Final score − 70) ÷ 30]',
    ])
      assert.deepEqual(readFormula(text), { annex2: false }, text);
  });

  it('text that writes no formula, or only a piece of it, has no verdict', () => {
    for (const text of [
      'Une soumission dont la note finale est d’au moins 70 points est acceptable; K = 30 %.',
      'où K × (NF − 70) / 30 représente la bonification',
      'Les soumissions sont valides 30 jours; la note sur 100 est ramenée sur 70.',
    ])
      assert.equal(readFormula(text), undefined, text);
  });
  it('TeX as mathematicians typeset the formula: display, text and continued fractions, sized brackets, braced subscripts, spacing', () => {
    for (const text of [
      String.raw`$$\text{Prix ajusté} = \dfrac{\text{Prix soumis}}{1 + K \cdot \left( \dfrac{\text{Note finale} - 70}{30} \right)}$$`,
      String.raw`\[ \mathrm{Prix\ ajusté} = \mathrm{Prix\ soumis} \div \Bigl[ 1 + K \times \tfrac{\mathrm{NF} - 70}{30} \Bigr] \]`,
      String.raw`$\text{Adjusted price} = \cfrac{\text{Tendered price}}{1 + K\,\cfrac{\text{Final score} - 70}{30}}$`,
      String.raw`$$\text{Prix ajusté} = \dfrac{\text{Prix soumis}}{1 + K \cdot \dfrac{\text{Note finale} - 70}{30}}$$`,
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
    assert.deepEqual(
      readFormula(String.raw`Prix ajusté $= \dfrac{\text{prix soumis}}{1 + 15\,\% \times \left[\left(\text{note finale} - 70\right) / 30\right]}$`),
      {
        annex2: true,
        k: 15,
      },
    );
    assert.deepEqual(readFormula(String.raw`$$\text{Prix ajusté} = \dfrac{\text{Prix soumis}}{1 + K \cdot \dfrac{\text{Note finale} - 70}{20}}$$`), {
      annex2: false,
    });
  });

  it('a formula written in symbols is read through its legend (« où $P_s$ est le prix soumis, $N_q$ la note finale »)', () => {
    for (const text of [
      String.raw`$$P_a = \frac{P_{s}}{1 + K \times \dfrac{N_{q} - 70}{30}}$$ où $P_a$ est le prix ajusté, $P_{s}$ le prix soumis et $N_{q}$ la note finale pour la qualité.`,
      'PA = PS / (1 + K × (NQ − 70) / 30), où PS représente le prix soumis et NQ la note finale pour la qualité.',
      String.raw`\[ A = \frac{P}{1 + K (Q - 70)/30} \] where $P$ is the tendered price and $Q$ is the final quality score.`,
      'Pa = Ps ÷ [1 + K × (Q − 70) ÷ 30]; Ps : prix soumis; Q : note finale.',
    ])
      assert.deepEqual(readFormula(text), { annex2: true }, text);
    for (const text of [
      String.raw`$$P_a = \frac{P_s}{1 + K \times \dfrac{N_q - 50}{50}}$$ où $P_s$ est le prix soumis et $N_q$ la note finale, d'au moins 70 points.`,
      'PA = PS × (1 + K × (NQ − 70) / 30), où PS représente le prix soumis et NQ la note finale pour la qualité.',
    ])
      assert.deepEqual(readFormula(text), { annex2: false }, text);
    // A word before a name in a sentence is no symbol: « qui » is written beside no operator, and multiplies nothing.
    assert.deepEqual(readFormula('Le facteur est 1 + K × (NF − 70) / 30 qui est la note finale pondérée.'), { annex2: true });
  });
});
