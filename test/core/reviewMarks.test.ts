import { strict as assert } from 'node:assert';
import { bodyDates } from '../../server/src/core/calendar/prose.js';
import { parseDocument } from '../../server/src/core/document/incremental.js';
import { parseBlock } from '../../server/src/core/document/markdown.js';
import { analyzeText, DEFAULT_SETTINGS } from '../../server/src/core/index.js';

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

  it('a Word document’s tracked changes as pandoc writes them (--track-changes=all): a deletion and a comment are no text, an insertion is', () => {
    const by = 'author="Me Tremblay" date="2026-02-10T10:00:00Z"';
    assert.deepEqual(
      units(`La soumission demeure valide [45]{.deletion ${by}}[90]{.insertion ${by}} jours.\n`).map(([, value]) => value),
      ['La soumission demeure valide 90 jours.'],
    );
    // A comment's attributes wrapped at a line end, its end nested in another's, an inserted text's own blanks.
    assert.deepEqual(
      units(
        `Le Ministère [Vérifier avec le SEAO]{.comment-start id="0" author="Me Tremblay"\ndate="2026-02-10T10:00:00Z"}n'est pas tenu[[]{.comment-end id="1"}]{.comment-end id="0"}[ d'accepter]{.insertion ${by}}\nla soumission [la plus basse ni aucune autre]{.deletion ${by}}[ayant le prix le plus bas]{.insertion ${by}}.\n`,
      ).map(([, value]) => value),
      ["Le Ministère n'est pas tenu d'accepter\nla soumission ayant le prix le plus bas."],
    );
    // A paragraph's mark, alone on a line; a span of another class and a link stay as pandoc and CommonMark read them.
    assert.deepEqual(
      units(`Premier alinéa.[]{.paragraph-insertion ${by}}\nSuite [en petites capitales]{.smallcaps} et [un lien](https://seao.gouv.qc.ca).\n`).map(
        ([, value]) => value,
      ),
      ['Premier alinéa.\nSuite en petites capitales et un lien.'],
    );
  });

  it('a tracked change’s attributes hold no date of the text', () => {
    const text =
      'Les soumissions sont reçues au plus tard le [lundi 14 novembre 2016]{.deletion author="DAJ" date="2016-10-03T09:00:00Z"}[mardi 22 novembre 2016]{.insertion author="DAJ" date="2016-10-03T09:00:00Z"} à 14 h.\n';
    assert.deepEqual(
      bodyDates(parseDocument(text)).map(({ date, time }) => [date, time]),
      [
        [
          { year: 2016, month: 11, day: 22 },
          { hour: 14, minute: 0 },
        ],
      ],
    );
  });

  describe('the draft is said to be read as it would be published', () => {
    const NOTICE = '---\ntype: avis\nnumero: AO-2026-001\n---\n\n# Avis d’appel d’offres\n\n';
    const told = (text: string, locale: 'fr' | 'en' = 'fr') =>
      analyzeText(text, { ...DEFAULT_SETTINGS, locale })
        .findings.filter((finding) => finding.rule === 'review-marks')
        .map(({ severity, citation, range, message, fix }) => ({
          severity,
          citation,
          line: range.start.line + 1,
          character: range.start.character,
          message,
          fix,
        }));

    it('once, at the first mark, in French by default and in English, with no fix', () => {
      const text = `${NOTICE}Le Ministère lance un appel d’offres.\n\nDélai de ~~10~~ 20 jours.\n\nValide {~~ 45 ~> 90 ~~} jours. {>> À confirmer. <<}\n`;
      const [french, ...more] = told(text);
      assert.deepEqual(more, []);
      assert.deepEqual(
        { ...french, message: undefined },
        { severity: 'information', citation: 'format', line: 10, character: 9, message: undefined, fix: undefined },
      );
      assert.match(french.message, /^Ce document contient encore des marques de révision .* vérifié tel qu'il serait publié/);
      assert.match(told(text, 'en')[0].message, /^This document still holds review marks .* checked as it would be published/);
    });

    it('for a tracked change as pandoc writes it, not for a document without marks', () => {
      assert.deepEqual(
        told(`${NOTICE}Valide [90]{.insertion author="DAJ" date="2026-02-10T10:00:00Z"} jours.\n`).map(({ line }) => line),
        [8],
      );
      assert.deepEqual(told(`${NOTICE}Environ ~3 000 boîtes, de 10 ~~ 20 jours, [en petites capitales]{.smallcaps}.\n`), []);
    });
  });
});
