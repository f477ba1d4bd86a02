import { strict as assert } from 'node:assert';
import { ExpectationError, formatLines, matchesExpected, parseExpectation, parseLines } from '../../scripts/corpus/expectations.js';

// Expectation texts in the shapes people write them; the shared corpus itself is never read by tests.
const DEFECTS = `# Attendu — \`avis-exemple.md\`

Avis seul, style « Libellé : valeur ».

**Conformité :** non conforme — 3 défauts délibérés.

| Citation | Ligne(s) | Défaut |
|---|---|---|
| \`4.6°\` | 18, 33 | Délai de 14 jours. |
| \`7.al2\` | 83–92 (absence) | Aucune règle des soumissions multiples. |
| \`A2.9\` | 23, 75 et 77 | K = 35 %. |

Aucune autre erreur ni aucun autre avertissement n'est attendu.
`;

describe('corpus expectations (NAME.expect.md)', () => {
  it('reads a non-compliant document: citations, lines, ranges and absences', () => {
    const expectation = parseExpectation(DEFECTS);
    assert.equal(expectation.compliant, false);
    assert.deepEqual(
      expectation.findings.map((row) => [row.citation, row.lines, row.absence, row.row]),
      [
        [
          '4.6°',
          [
            { from: 18, to: 18 },
            { from: 33, to: 33 },
          ],
          false,
          9,
        ],
        ['7.al2', [{ from: 83, to: 92 }], true, 10],
        [
          'A2.9',
          [
            { from: 23, to: 23 },
            { from: 75, to: 75 },
            { from: 77, to: 77 },
          ],
          false,
          11,
        ],
      ],
    );
    assert.equal(expectation.findings[1].description, 'Aucune règle des soumissions multiples.');
    assert.deepEqual(expectation.findings.map(formatLines), ['18, 33', '83–92 (absence)', '23, 75, 77']);
  });

  it('reads a compliant document, whose notes may hold tables that are not defects', () => {
    const text = `**Conformité :** conforme.

**Résultat attendu :** aucune erreur et aucun avertissement.

| Élément | Détail |
|---|---|
| Délai | 38 jours |
`;
    assert.deepEqual(parseExpectation(text), { compliant: true, findings: [] });
  });

  it('accepts typographic variations: no-break spaces, colon outside the bold, capitals, columns in another order, º for °', () => {
    const text = `**CONFORMITÉ** : Non conforme (un défaut)

| Lignes | Citation | Défaut |
|:--|:--:|--|
| lignes 99 à 109 (absence) | 4.5.1º | Mention SEAO absente. |
`;
    const spaced = text.replace('CONFORMITÉ** :', 'CONFORMITÉ**\u202f:');
    for (const variant of [text, spaced]) {
      const expectation = parseExpectation(variant);
      assert.equal(expectation.compliant, false);
      assert.deepEqual(
        expectation.findings.map((row) => [row.citation, row.lines, row.absence]),
        [['4.5.1°', [{ from: 99, to: 109 }], true]],
      );
    }
  });

  it('reads line lists with hyphens, dashes, semicolons and "et"', () => {
    assert.deepEqual(parseLines('12-14; 20'), {
      lines: [
        { from: 12, to: 14 },
        { from: 20, to: 20 },
      ],
      absence: false,
    });
    assert.deepEqual(parseLines('l. 5 — 7 et 9'), {
      lines: [
        { from: 5, to: 7 },
        { from: 9, to: 9 },
      ],
      absence: false,
    });
    assert.deepEqual(parseLines('36–50 (absence)'), { lines: [{ from: 36, to: 50 }], absence: true });
  });

  it('refuses what it cannot read rather than measure less', () => {
    const refused = (text: string, message: RegExp) =>
      assert.throws(
        () => parseExpectation(text),
        (error: unknown) => error instanceof ExpectationError && message.test(error.message),
      );
    refused('# Attendu\n\nRien à signaler.\n', /no "\*\*Conformité :\*\*/);
    refused('**Conformité :** conforme.\n\n| Citation | Ligne(s) | Défaut |\n|---|---|---|\n| `4.7°` | 12 | x |\n', /"conforme" but 1 defect row/);
    refused('**Conformité :** non conforme.\n', /no defect row/);
    refused(DEFECTS.replace('3 défauts', '2 défauts'), /2 defect\(s\) announced, 3 row\(s\) listed/);
    refused(DEFECTS.replace('`4.6°`', '`4.6°`, `4.4°`'), /line 9: .* not one citation id/);
    refused(DEFECTS.replace('`7.al2`', 'article 7'), /line 10: "article7" is not one citation id/);
    refused(DEFECTS.replace('18, 33', 'voir plus haut'), /line 9: cannot read the lines "voir plus haut"/);
    refused(DEFECTS.replace('18, 33', '33–18'), /line range "33–18" is empty/);
    refused(`${DEFECTS}\n**Conformité :** conforme.\n`, /conformity is stated twice/);
  });

  it('matches a finding of the same citation whose range overlaps the lines; an absence anywhere', () => {
    const [delay, multiple] = parseExpectation(DEFECTS).findings;
    const at = (citation: string, firstLine: number, lastLine = firstLine) => ({ citation, firstLine, lastLine });
    assert.ok(matchesExpected(delay, at('4.6°', 33)));
    assert.ok(matchesExpected(delay, at('4.6°', 30, 34)), 'a finding spanning the line (a table) matches');
    assert.ok(!matchesExpected(delay, at('4.6°', 19, 32)));
    assert.ok(!matchesExpected(delay, at('4.7°', 18)), 'another citation at the line does not match');
    assert.ok(matchesExpected(multiple, at('7.al2', 2)), 'an absence reported at the type key matches');
    assert.ok(!matchesExpected(multiple, at('7.1', 85)));
  });
});
