import { strict as assert } from 'node:assert';
import { bodyDates } from '../../server/src/core/calendar/prose.js';
import { parseDocument } from '../../server/src/core/document/incremental.js';
import { parseBlock } from '../../server/src/core/document/markdown.js';

/**
 * A draft under legal review (reviewMarks.ts): what a review mark deletes is no text of its units, which keep the
 * document's offsets; an insertion, a substitution's new side and highlighted text are text.
 */
const units = (text: string) => parseBlock(text).units.map((unit) => [unit.kind, unit.text, text.slice(unit.start, unit.end)]);

describe('review marks: what a draft under review deletes is no text', () => {
  it('a struck passage inside a sentence, its replacement after it', () => {
    const text = 'Chaque lot est traité dans un délai de ~~10~~ 20 jours.\n';
    assert.deepEqual(units(text), [['paragraph', 'Chaque lot est traité dans un délai de 20 jours.', text.trimEnd()]]);
  });

  it('a struck clause with its bold label, on a line of its own: no unit, and a paragraph it was a line of stays one', () => {
    assert.deepEqual(units('~~**4.7 Réserve.** Le Ministère retient la soumission qu’il juge la plus avantageuse.~~\n\nSuite.\n'), [
      ['paragraph', 'Suite.', 'Suite.'],
    ]);
    const text = 'Les soumissions sont reçues\n~~au bureau du Ministère ou~~\npar le SEAO.\n';
    assert.deepEqual(units(text), [['paragraph', 'Les soumissions sont reçues\npar le SEAO.', text.trimEnd()]]);
  });

  it('CriticMarkup: a deletion across a line end, a substitution, an insertion, a comment, a highlight', () => {
    assert.deepEqual(
      units('Un document est absent{-- , sauf s’il est fourni\ndans les 48 heures --};\n').map(([, value]) => value),
      ['Un document est absent;'],
    );
    assert.deepEqual(
      units('La soumission demeure valide {~~ 45 ~> 90 ~~} jours. {>> La validité des soumissions reste à confirmer. <<}\n').map(([, value]) => value),
      ['La soumission demeure valide 90 jours.'],
    );
    assert.deepEqual(
      units('1° elle est reçue en retard;\n{++ 2° le prix comporte une rature non paraphée; ++}\n{~~ 2° ~> 3° ~~} elle est {==conditionnelle==}.\n').map(
        ([kind, value]) => [kind, value],
      ),
      [
        ['listItem', 'elle est reçue en retard;'],
        ['listItem', 'le prix comporte une rature non paraphée;'],
        ['listItem', 'elle est conditionnelle.'],
      ],
    );
  });

  it('no mark: a lone tilde, tildes between blanks, a run of three, a code span, an HTML comment, an escape', () => {
    for (const text of [
      'Environ ~3 000 boîtes.',
      'De 10 ~~ 20 jours.',
      'Le code ~~~ reste.',
      'Écrire `~~biffé~~` tel quel.',
      'Un texte <!-- ~~note~~ --> suivi.',
      'Un \\~~texte~~ échappé.',
      'Un {-- sans fin.',
    ]) {
      assert.equal(parseBlock(text).units.length, 1, text);
      assert.ok(!parseBlock(text).units[0].text.includes('sans fin') || text.includes('sans fin'));
      assert.notEqual(parseBlock(text).units[0].text.length, 0, text);
    }
    assert.equal(parseBlock('Écrire `~~biffé~~` tel quel.').units[0].text, 'Écrire ~~biffé~~ tel quel.');
    assert.equal(parseBlock('Environ ~3 000 boîtes.').units[0].text, 'Environ ~3 000 boîtes.');
    assert.equal(parseBlock('De 10 ~~ 20 jours.').units[0].text, 'De 10 ~~ 20 jours.');
  });

  it('in a code fence, struck text stays code', () => {
    assert.deepEqual(
      units('```\n~~biffé~~\n```\n').map(([kind, value]) => [kind, value]),
      [['code', '~~biffé~~']],
    );
  });

  it('with CRLF line endings, the offsets are the text’s', () => {
    const text = 'Délai de ~~10~~ 20 jours\r\nouvrables.\r\n';
    assert.deepEqual(units(text), [['paragraph', 'Délai de 20 jours\r\nouvrables.', 'Délai de ~~10~~ 20 jours\r\nouvrables.']]);
  });

  it('a struck date is no date of the text; its replacement keeps its offsets', () => {
    const text = 'Les soumissions sont reçues au plus tard le ~~lundi 14 novembre 2016~~ mardi 22 novembre 2016 à 14 h.\n';
    assert.deepEqual(
      bodyDates(parseDocument(text)).map((mention) => text.slice(mention.start, mention.end)),
      ['mardi 22 novembre 2016 à 14 h'],
    );
  });
});
