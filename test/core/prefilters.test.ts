import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ABBREVIATED_EN,
  ABBREVIATED_FR,
  CLOCK_EN_ALONE,
  CLOCK_FR,
  DATE,
  DATE_ABBREVIATED,
  DATE_SHORT_YEAR,
  ENGLISH_DATE,
  ENGLISH_DATE_ABBREVIATED,
  ENGLISH_DATE_SHORT_YEAR,
  findDates,
  MAY_ABBREVIATE_EN,
  MAY_ABBREVIATE_FR,
  MAY_HOLD_CLOCK,
  mayHoldEnglishDate,
  mayHoldFrenchDate,
} from '../../server/src/core/calendar/prose.js';
import { mayWriteFormula, readFormula } from '../../server/src/core/evaluation/formula.js';
import { MAY_STATE, PATTERNS, STATEMENT_WORDS } from '../../server/src/core/evaluation/statements.js';
import { passageOffersOtherChannel, sentencesOfferOtherChannel } from '../../server/src/core/rules/distribution/channels.js';
import { MAY_SPELL_ANOTHER_WAY, SPELLING_VARIANT, normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { requiredLiterals } from '../../scripts/literals.js';
import { markdownFilesIn, REPOSITORY } from '../helpers.js';

/** The paragraphs and lines of every Markdown file of a folder and its subfolders. */
function passagesIn(folder: string): string[] {
  return markdownFilesIn(folder).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return [...text.split(/\n\s*\n/), ...text.split('\n')];
  });
}

const root = REPOSITORY;
const CORPUS = [...new Set([...passagesIn(join(root, 'examples')), ...passagesIn(join(root, 'test/fixtures'))])];

/** Pieces of formulas and dates, with what folding or unwrapping LaTeX drops between them (soft hyphens, format characters, braces). */
const PIECES = [
  '7',
  '0',
  '3',
  '1',
  '2',
  '9',
  ' ',
  '\u00ad',
  '\u200b',
  '\u00a0',
  '\\frac{',
  '}{',
  '}',
  '\\text{',
  '\\times ',
  '$',
  '(',
  ')',
  '/',
  '÷',
  '×',
  '−',
  '-',
  '+',
  '=',
  '%',
  'K',
  'NF',
  'note finale',
  'Prix ajusté',
  'prix soumis',
  'divisé par',
  'sur',
  '1 + K × (NF − 70) / 30',
  'P / (1 + K (S − 70) / 30)',
  '2026',
  'mars',
  'March',
  'AOÛT',
  'décembre',
  // A year of two digits after a named month (« 28-sept-16 », "May 24, '16").
  'sept.',
  'Sep',
  '16',
  "'",
  '1er',
  'rd',
  ' of ',
  'le jeudi',
  'Tuesday,',
  'à 14 h',
  '2:00 p.m.',
  ',',
  'k = ',
  'le paramètre K est de ',
  'échelle de 0 à 10 ',
  'chaque critère',
  'niveau de performance acceptable ',
  'note finale',
  ' points',
  'note minimale de ',
  'd’au moins ',
  'final score of at least ',
  '[à compléter : K]',
  ' + 50) × 10 000',
];
const generated = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('the cheap tests that spare a passage the costly readings', () => {
  it('a formula of annexe 2 (mayWriteFormula): never false where readFormula reads one', () => {
    let formulas = 0;
    for (const text of CORPUS) {
      if (readFormula(text) === undefined) continue;
      formulas++;
      assert.ok(mayWriteFormula(text), text);
    }
    fc.assert(
      fc.property(generated, (text) => {
        if (readFormula(text) !== undefined) formulas++;
        return readFormula(text) === undefined || mayWriteFormula(text);
      }),
      { numRuns: 2000 },
    );
    assert.ok(formulas > 20, `${formulas} formulas`);
    // A LaTeX group between the two digits is unwrapped: the digits count in order, wherever they stand.
    assert.ok(mayWriteFormula('P / (1 + K × (NF − \\text{7}0) / 30)'));
    assert.ok(!mayWriteFormula('Le prix soumis est ferme pour toute la durée du contrat.'));
    assert.ok(!mayWriteFormula('Délai de 10 jours, pondération de 25 %.'));
  });

  it('the evaluation statements (MAY_STATE): false only where none of their patterns matches', () => {
    // Each pattern's literals (one of which every match holds) hold one of the words.
    for (const { pattern } of PATTERNS) {
      const literals = requiredLiterals(pattern);
      assert.ok(literals, pattern.source);
      for (const literal of literals)
        assert.ok(
          STATEMENT_WORDS.some((word) => literal.includes(word)),
          `${literal} (${pattern.source})`,
        );
    }
    const agrees = (text: string) => MAY_STATE.test(text) || !PATTERNS.some(({ pattern }) => pattern.test(text));
    let stating = 0;
    for (const text of CORPUS.map(normalizeForMatching)) {
      assert.ok(agrees(text), text);
      if (PATTERNS.some(({ pattern }) => pattern.test(text))) stating++;
    }
    fc.assert(
      fc.property(generated, (pieces) => agrees(normalizeForMatching(pieces))),
      { numRuns: 2000 },
    );
    assert.ok(stating > 20, `${stating} passages state a number of the evaluation`);
    assert.ok(!MAY_STATE.test(normalizeForMatching('Le prix soumis est ferme pour toute la durée du contrat.')));
  });

  it('a word spelled another way (MAY_SPELL_ANOTHER_WAY): each alternative of SPELLING_VARIANT needs one of its literals', () => {
    // The variant's top-level alternatives, each read apart: the whole has too many literals to be read at once.
    const alternatives: string[] = [];
    let depth = 0;
    let start = 0;
    const source = SPELLING_VARIANT.source;
    for (let index = 0; index < source.length; index++) {
      const char = source[index];
      if (char === '\\') index++;
      else if (char === '(') depth++;
      else if (char === ')') depth--;
      else if (char === '|' && depth === 0) {
        alternatives.push(source.slice(start, index));
        start = index + 1;
      }
    }
    alternatives.push(source.slice(start));
    assert.ok(alternatives.length > 5, `${alternatives.length} alternatives`);
    const gate = requiredLiterals(MAY_SPELL_ANOTHER_WAY);
    assert.ok(gate);
    for (const alternative of alternatives) {
      const literals = requiredLiterals(new RegExp(alternative));
      assert.ok(literals, alternative);
      for (const literal of literals)
        assert.ok(
          [...gate].some((word) => literal.includes(word)),
          `${literal} (${alternative})`,
        );
    }
  });

  it('another channel for the documents (passageOffersOtherChannel): read by sentence only where the passage names a channel', () => {
    /** Wordings of art. 9.1 passages, with pronouns that join a sentence to the documents named before it. */
    const channelPieces = [
      'les documents d’appel d’offres ',
      'les addenda',
      'addenda',
      'devis',
      ' sont disponibles ',
      'peuvent être obtenus ',
      'transmis ',
      'sur le SEAO',
      '. ',
      '; ',
      'Ils',
      'ils,',
      'Ceux-ci ',
      'They',
      ' nos bureaux',
      'à nos bureaux',
      'par courriel',
      'sur demande',
      'on request',
      'sur notre site web',
      ' du SEAO',
      'copie papier',
      'aucun document ne sera ',
      ' ',
      'a',
      'en',
    ];
    const passages = fc.array(fc.constantFrom(...channelPieces), { maxLength: 16 }).map((pieces) => normalizeForMatching(pieces.join('')));
    let offering = 0;
    const agrees = (text: string) => {
      const offers = sentencesOfferOtherChannel(text);
      if (offers) offering++;
      return passageOffersOtherChannel(text) === offers;
    };
    for (const text of CORPUS.map(normalizeForMatching)) assert.ok(agrees(text), text);
    fc.assert(fc.property(passages, agrees), { numRuns: 5000 });
    fc.assert(fc.property(fc.string(), agrees));
    assert.ok(offering > 50, `${offering} passages offer another channel`);
  });

  it('a date (mayHoldFrenchDate, mayHoldEnglishDate): never false where DATE or ENGLISH_DATE matches', () => {
    let dates = 0;
    const agrees = (text: string) => {
      const french = [DATE, DATE_ABBREVIATED, DATE_SHORT_YEAR].some((pattern) => [...text.matchAll(pattern)].length > 0);
      const english = [ENGLISH_DATE, ENGLISH_DATE_ABBREVIATED, ENGLISH_DATE_SHORT_YEAR].some((pattern) => [...text.matchAll(pattern)].length > 0);
      if (french || english) dates++;
      return (!french || mayHoldFrenchDate(text)) && (!english || mayHoldEnglishDate(text));
    };
    for (const text of CORPUS) assert.ok(agrees(text), text);
    fc.assert(fc.property(generated, agrees), { numRuns: 2000 });
    assert.ok(dates > 50, `${dates} passages with dates`);
    const mayHoldDate = (text: string) => mayHoldFrenchDate(text) || mayHoldEnglishDate(text);
    assert.ok(!mayHoldDate('Le jeudi 19 mars, à 14 h.'));
    assert.ok(mayHoldFrenchDate('Le jeudi 19 mars 2026, à 14 h.') && !mayHoldEnglishDate('Le jeudi 19 mars 2026, à 14 h.'));
    // A number of four digits without a month before it is no date: the two patterns are not run.
    assert.ok(!mayHoldDate('Le montant maximal est de 2 500 000 $ (règlement de 2026, article 1234).'));
    assert.ok(mayHoldEnglishDate('Tuesday, the 3rd of March, 2026') && mayHoldFrenchDate('au plus tard le 2026-03-19'));
    // Abbreviated, the weekday or the month: each read by the pattern that reads its abbreviations.
    for (const text of ['jeu. 9 févr. 2017, 14 h', 'le jeu., le 9 mars 2017', '9 fév 2017']) assert.equal(findDates(text).length, 1, text);
    for (const text of ['Thu., Feb. 9, 2017', 'Thu, February 9, 2017', '9 Feb 2017']) assert.equal(findDates(text)[0]?.style, 'english', text);
    // A year of two digits, no number of four digits: read by the pattern that reads it.
    for (const text of ['28-sept-16', 'le 24 mai 16', "24 mai '16"]) assert.equal(findDates(text)[0]?.style, 'french', text);
    for (const text of ["May 24, '16", "24 May '16"]) assert.equal(findDates(text)[0]?.style, 'english', text);
    // Both patterns' findings are kept in order of their place.
    assert.deepEqual(
      findDates('le 3 mars 2026 or March 4, 2026').map((mention) => mention.style),
      ['french', 'english'],
    );
  });

  it('a clock time or an abbreviation (MAY_HOLD_CLOCK, MAY_ABBREVIATE_FR, MAY_ABBREVIATE_EN): false only where their Unicode pattern finds none', () => {
    /** Clock times, abbreviations and the letters a Unicode case-insensitive match takes for ASCII ones (the long s, the kelvin sign). */
    const clockPieces = [
      ...['14', '2', ' ', '\u00a0', '\u202f', '\n  ', '\r\n', '\t', 'h', 'H', ' h ', 'heures', 'hres', ':', ':30', '00'],
      ...['a', 'p', 'A.M.', 'p.m.', '.', 'm', "o'clock", 'o’clock', ' in the afternoon', 'midi', 'MIDI', 'noon', 'Noon', '12 h '],
      ...['janv.', 'févr', 'FÉV', 'sept', 'ſept', 'SEP', 'déc', 'jeu.', 'sam.', 'ſam.', 'lun.', 'mar', ', ', 'le ', '2017', '9'],
      ...['Feb', 'Tues', 'tueſ', 'thurs.', 'Thu', 'ſun', 'Sat', 'nov', 'the ', '3rd', 'th', 'december', 'ſ', '\u212a', 'K'],
    ];
    const texts = fc.array(fc.constantFrom(...clockPieces), { maxLength: 12 }).map((pieces) => pieces.join(''));
    const found = { clock: 0, french: 0, english: 0 };
    const agrees = (text: string) => {
      const clock = CLOCK_FR.test(text) || CLOCK_EN_ALONE.test(text);
      const french = ABBREVIATED_FR.test(text);
      const english = ABBREVIATED_EN.test(text);
      found.clock += Number(clock);
      found.french += Number(french);
      found.english += Number(english);
      return (!clock || MAY_HOLD_CLOCK.test(text)) && (!french || MAY_ABBREVIATE_FR.test(text)) && (!english || MAY_ABBREVIATE_EN.test(text));
    };
    for (const text of CORPUS) assert.ok(agrees(text), text);
    fc.assert(fc.property(texts, agrees), { numRuns: 5000 });
    fc.assert(fc.property(generated, agrees), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), agrees), { numRuns: 2000 });
    assert.ok(found.clock > 200 && found.french > 10 && found.english > 10, JSON.stringify(found));
    // A number that is no time, a word that is no abbreviation: the Unicode patterns are not run.
    assert.ok(!MAY_HOLD_CLOCK.test("Article 12, alinéa 3, 25 points sur 100 selon la grille de l'annexe 2 : chaque critère"));
    assert.ok(!MAY_ABBREVIATE_FR.test('Le marché de 2026') && !MAY_ABBREVIATE_EN.test('The contract of 2026'));
    assert.ok(MAY_HOLD_CLOCK.test('à 14\u202fh') && MAY_ABBREVIATE_FR.test('ſam., le 9') && MAY_ABBREVIATE_EN.test('Thurs, 9'));
  });
});
