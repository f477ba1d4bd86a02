import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import fc from 'fast-check';
import { generateTender } from '../../scripts/bench/generate.js';
import { parseDocument } from '../../server/src/core/document/incremental.js';
import {
  ABBREVIATIONS,
  BOUNDARY,
  isStopLemma,
  lemmaOf,
  notionStems,
  STOPWORDS,
  tokenize as tokenizeToArrays,
} from '../../server/src/core/legal/lexicon/lemma.js';
import { foldWhole, normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { markdownFilesIn, REPOSITORY } from '../helpers.js';

// Two passes every unit of a document goes through, each against its reference: the one-pass folding
// (normalizeForMatching) against its definition step by step (foldWhole), and the tokeniser's scanner
// against the regular expression it replaced; on arbitrary text and on every unit and line of the corpora.

const ROOT = REPOSITORY;

/** The shared corpus beside the repository, where `npm run corpus` reads it, the examples, the fixtures and generated tenders. */
const DOCUMENTS = [
  ...[join(ROOT, '..', 'shared', 'corpus'), join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')]
    .filter((folder) => existsSync(folder))
    .flatMap(markdownFilesIn)
    .map((file) => readFileSync(file, 'utf8')),
  ...[1, 2, 3].map((seed) => generateTender(200_000, seed)),
];

/** The plain text of every unit of the corpora, and each of its lines (a SEAO notice's fields are read line by line). */
const UNIT_TEXTS = [...new Set(DOCUMENTS.flatMap((document) => parseDocument(document).units.flatMap((unit) => [unit.text, ...unit.text.split('\n')])))];

/** Units folding depends on or that fold to something else: format characters, marks, white space, ligatures, quotes, dashes. */
const SPECIAL = [
  ...'\u00ad\u200b\u200c\u200d\u2060\ufeff\u061c\u200e\u202a\u2066',
  ...'\u0301\u0327\u0334\u0323\u0345\u031b\u05b0\u0591\u093c\u1dc0\u20d0\ufe20\u0903',
  ...' \t\n\r\v\f\u00a0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u0085\u180e',
  ...'ΣσςΑαΐΌ\u0130\u0131İıŒœÆæßẞǅǄ\ufb01\ufb02\ufb03ÉéÈèÊÇçÀÂÎÏÔÙÛÜŸ',
  ...'✅⚠\ufe0f☑▪©™°✓',
  '\u{1f4cc}',
  '\u{1f469}\u200d\u{1f4bc}',
  ...'’‘`´ʼ«»“”‐‑‒–—-\'".,;:!?',
  ...'한글\u1100\u1161\u11a8',
  '\ud800',
  '\udc00',
  '\ud835\udc00',
  '\u{e0041}',
  '\u{10400}',
  '\u{1d15e}',
];
const piece = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary-ascii', maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

/** Each text folds to its folding, in one pass and step by step. */
function assertFolds(pairs: readonly (readonly [string, string])[]): void {
  for (const [text, folded] of pairs) {
    assert.equal(normalizeForMatching(text), folded);
    assert.equal(foldWhole(text), folded);
  }
}

describe('text folding in one pass (normalizeForMatching) is the folding step by step (foldWhole)', () => {
  it('folds case, accents, quotes, dashes, ligatures, format characters and white space', () => {
    assert.equal(normalizeForMatching('  Le SOUMISSIONNAIRE s’ENGAGE\u00a0à « signer »\n— Œuvre  '), 'le soumissionnaire s\'engage a " signer " - oeuvre');
    assert.equal(normalizeForMatching('accep\u00ADter, accep\u00AD\n ter, zero\u200bwidth'), 'accepter, accepter, zerowidth');
    assert.equal(normalizeForMatching('ΟΔΟΣ ΟΔΟΣ'), 'οδος οδος');
    assert.equal(normalizeForMatching('한글'), '\u1112\u1161\u11ab\u1100\u1173\u11af');
    assert.equal(normalizeForMatching('\u200b \u0301 '), '');
    // Dashes in a row are one, as pandoc writes an en dash (`--`) and an em dash (`---`); apart, they stay apart.
    assert.equal(normalizeForMatching('ANNEXE C -- CONTRAT --- texte –– fin - -'), 'annexe c - contrat - texte - fin - -');
    // Pictographs hold no word (a title « 📌 Contrat à signer »), ligatures copied from a PDF are their letters.
    assert.equal(normalizeForMatching('📌 Contrat à signer ✅️Dates ⚠ importantes 👩‍💼'), 'contrat a signer dates importantes');
    assert.equal(normalizeForMatching('Certiﬁcats et ﬁxée, aﬄuence, souﬄé'), 'certificats et fixee, affluence, souffle');
    // A word broken at a line end by a hyphen, as copied from a justified PDF, is whole; a compound keeps its hyphen there.
    assert.equal(
      normalizeForMatching('les soumis-\nsions du presta-  \r\n  taire; l’entre-\nprise, auto-\nrisation'),
      "les soumissions du prestataire; l'entreprise, autorisation",
    );
    assert.equal(
      normalizeForMatching('celle-\nci, non-\nconforme, sous-\ntraitant, au-\ndelà, peut-\nêtre, doit-\nil, a-\nt-\nelle, rue Jacques-\nParizeau, follow-\nup'),
      'celle-ci, non-conforme, sous-traitant, au-dela, peut-etre, doit-il, a-t-elle, rue jacques-parizeau, follow-up',
    );
    // Its line end a hard break's (a web page's `<br>`), or a space where a converter joined the lines; joined so, a
    // compound's first part before a conjunction is no break, nor a hyphen before a capital.
    assert.equal(normalizeForMatching('non pa-\n\nraphée, entre-\n  \n prise'), 'non paraphee, entreprise');
    assert.equal(
      normalizeForMatching('les soumis- sions du presta- taire, celle- ci, pré- et postopératoire, sous- ou sur-traitance, Québec- Ontario'),
      'les soumissions du prestataire, celle-ci, pre- et postoperatoire, sous- ou sur-traitance, quebec- ontario',
    );
    // In a text typed in capitals, the next word's capital tells no name: the word is whole; a name in capitals in a
    // text in lower case keeps its hyphen.
    assert.equal(
      normalizeForMatching('UNE CORRECTION NON PA-\nRAPHÉE; LES SOUMIS-\nSIONS, CELLE-\nCI'),
      'une correction non paraphee; les soumissions, celle-ci',
    );
    assert.equal(normalizeForMatching('Mme Nadine BERGEVIN-\nROY, agente'), 'mme nadine bergevin-roy, agente');
    // Not a word's break: a dash between words, a hyphen before a number, a list's mark.
    assert.equal(normalizeForMatching('prix -\nfixe, 2026-\n2027, soit :\n- le prix'), 'prix - fixe, 2026- 2027, soit : - le prix');
  });

  it('folds the English spellings of a word to one, and leaves French words as they are', () => {
    const spellings: [string, string][] = [
      ['Enquiries, an enquiry', 'inquiries, an inquiry'],
      ['licence, license, licensed', 'licence, licence, licenced'],
      ['organization, authorized, recognizes', 'organisation, authorised, recognises'],
      ['program, programs, center, labor, canceled, cancelling', 'programme, programmes, centre, labour, cancelled, cancelling'],
      ['a certified check, checks the box', 'a certified cheque, checks the box'],
      // French's rectified spelling of « parapher » (1990).
      ['non parafée, parafer, un parafe, ils parafent; paraffine', 'non paraphee, parapher, un paraphe, ils paraphent; paraffine'],
      // French words, and English words whose « iz » is not the suffix.
      [
        'Centre de services, licence, programme, organisation, prise, seize, treize jours, size, prize',
        'centre de services, licence, programme, organisation, prise, seize, treize jours, size, prize',
      ],
    ];
    assertFolds(spellings);
  });

  it("reads the abbreviations of the domain's nouns as their words, the bid or the bidder by its determiner", () => {
    const abbreviations: [string, string][] = [
      ['Instructions aux soum.', 'instructions aux soumissionnaires.'],
      ['Tout soum. joint sa soum. et le prest. retenu signe', 'tout soumissionnaire joint sa soumission et le prestataire retenu signe'],
      ['Les soum. reçues après l’heure', "les soumissions recues apres l'heure"],
      ["Les DAO de l'A.O. ; attestation de RQ", "les documents d'appel d'offres de l'appel d'offres ; attestation de revenu quebec"],
      ['The RFP and the RFT', 'the request for proposals and the request for tenders'],
      // Not an abbreviation of the domain's nouns: « min. » (minimum), « art. », an acronym within a number, a word.
      ['min. 7 jours (art. 15), AO-2017-031, CISSS-AO-031, Rqst, aorte', 'min. 7 jours (art. 15), ao-2017-031, cisss-ao-031, rqst, aorte'],
    ];
    assertFolds(abbreviations);
  });

  it("reads the symbols of a drafter's compact register as their words, in the passage's language", () => {
    const symbols: [string, string][] = [
      ['Offre reçue en retard ⇒ rejet de l’offre', "offre recue en retard entraine rejet de l'offre"],
      ['Late bid → rejected by the Board', 'late bid results in rejected by the board'],
      ['Two tenders from the same bidder -> all of them rejected', 'two tenders from the same bidder results in all of them rejected'],
      ['≥ 3 bids from one bidder ➜ all rejected', 'at least 3 bids from one bidder results in all rejected'],
      ['Un prestataire, ≥ 3 soum. pour ce même appel : rejet de toutes', 'un prestataire, au moins 3 soumissions pour ce meme appel : rejet de toutes'],
      ['Rapport ≤ 5 jours après la visite', 'rapport au plus 5 jours apres la visite'],
      ['Dépôt des offres @ bureau 310 de la mairie', 'depot des offres a bureau 310 de la mairie'],
      // No word: an e-mail address, a formula, a legend's symbol, an arrow in code.
      ['achats@ville.qc.ca ; Pa = Pb × (1 + 0,05) ; ≥ = au moins', 'achats@ville.qc.ca ; pa = pb × (1 + 0,05) ; ≥ = au moins'],
      ['x->y et a->b', 'x->y et a->b'],
    ];
    assertFolds(symbols);
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(text, (sample) => normalizeForMatching(sample) === foldWhole(sample)),
      { numRuns: 3_000 },
    );
  });

  it('for every unit of the BMP, alone and among letters, marks and white space', () => {
    // Next to a letter (Greek too), white space, a format character, and marks NFD strips of each canonical combining class.
    const contexts = ['a', 'Α', ' ', '\u200b', '\u0334', '\u0323', '\u0301', '\u0345'];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      for (const sample of [unit, `${unit}${unit}${contexts.join(unit)}${unit}`]) {
        if (normalizeForMatching(sample) !== foldWhole(sample)) assert.equal(normalizeForMatching(sample), foldWhole(sample), JSON.stringify(sample));
      }
    }
  });

  it('on every unit and line of the corpora', () => {
    assert.ok(UNIT_TEXTS.length > 5_000, `${UNIT_TEXTS.length} texts`);
    for (const unit of UNIT_TEXTS) assert.equal(normalizeForMatching(unit), foldWhole(unit));
  });

  it('on a text longer than its scratch buffer, with characters that fold to several', () => {
    const long = `${'Œuvre à 한글 '.repeat(4_000)}fin`;
    assert.equal(normalizeForMatching(long), foldWhole(long));
  });
});

// The tokeniser as it was written with a regular expression (a word with its elided apostrophe, a negative
// "n't", a run of letters, digits and `@`, `$`, `%`, a sentence mark, a full stop before white space or the end).
const WORD = /[a-z]+(?=n't\b)|n't\b|[a-z@]+'|[a-z0-9@]+|[$%;!?]|\.(?=\s|$)/g;

/** A word as the reference tokeniser gave it: its lemma and its place; a stopword marked. */
interface Token {
  lemma: string;
  start: number;
  end: number;
  stop?: true;
}

/** tokenize's words as the reference gives them, one object each. */
function tokenize(normalized: string, memo: boolean): Token[] {
  const { lemmas, spans } = tokenizeToArrays(normalized, memo);
  return lemmas.map((lemma, index) => ({ lemma, start: spans[2 * index], end: spans[2 * index + 1], ...(isStopLemma(lemma) ? { stop: true as const } : {}) }));
}

function referenceTokens(normalized: string): Token[] {
  const tokens: Token[] = [];
  let previousWord = '';
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    if (word === '.' || word === ';' || word === '!' || word === '?') {
      if (word === '.' && ABBREVIATIONS.has(previousWord)) continue;
      if (tokens.length > 0 && tokens[tokens.length - 1].lemma !== BOUNDARY) tokens.push({ lemma: BOUNDARY, start, end: start + 1 });
      previousWord = '';
      continue;
    }
    previousWord = word;
    if (STOPWORDS.has(word)) tokens.push({ lemma: `=${word}`, start, end: start + word.length, stop: true });
    else tokens.push({ lemma: lemmaOf(word), start, end: start + word.length });
  }
  return tokens;
}

/** Pieces of folded text and what the tokeniser's edges are made of: elisions, negations, abbreviations, numbers, marks, white space. */
const TOKEN_PIECES = [
  ...'abcemnstz019@\'_.;!?$%,:-"/()[]',
  ...' \n\t\u00a0\u2028\u3000\ufeffAZNTé\u0301',
  "n't",
  "don't",
  "can't ",
  "n'a",
  "qu'",
  "l'",
  'aujourd@hui',
  'art.',
  'm. ',
  'etc.',
  ' 1.5 ',
  'le',
  'soumission',
  'signees',
];
const tokenText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKEN_PIECES) }, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

describe('the tokeniser’s scanner (tokenize) gives the tokens of the regular expression it replaced', () => {
  it('on words, elisions, negations, numbers, abbreviations and sentence ends', () => {
    const spans = (text: string) => tokenize(text, false).map((token) => (token.lemma === BOUNDARY ? '|' : text.slice(token.start, token.end)));
    assert.deepEqual(spans("l'offre n'est pas signee. don't; art. 12h30 2e m. x@y's 5 $ 10 % fin."), [
      "l'",
      'offre',
      "n'",
      'est',
      'pas',
      'signee',
      '|',
      'do',
      "n't",
      '|',
      'art',
      '12h30',
      '2e',
      'm',
      "x@y'",
      's',
      '5',
      '$',
      '10',
      '%',
      'fin',
      '|',
    ]);
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(tokenText, (sample) => {
        assert.deepStrictEqual(tokenize(sample, false), referenceTokens(sample));
      }),
      { numRuns: 3_000 },
    );
  });

  it('past the table of the words met, which is emptied when full', () => {
    const words = Array.from({ length: 20_000 }, (_, index) => `${index}`).join(' . de ');
    assert.deepStrictEqual(tokenize(words, false), referenceTokens(words));
  });

  it('on every unit and line of the corpora, folded', () => {
    const folded = [...new Set(UNIT_TEXTS.map(normalizeForMatching))];
    for (const text of folded) assert.deepStrictEqual(tokenize(text, false), referenceTokens(text));
  });
});

describe('lemmas', () => {
  it('the stems of the vocabulary’s words are those of server/data/notionStems.json (run `npm run build` and commit the file when this fails)', () => {
    assert.deepEqual(JSON.parse(readFileSync(new URL('../../server/data/notionStems.json', import.meta.url), 'utf8')), notionStems());
  });

  it('a number is its own lemma: both stemmers leave a run of digits as it is, so it is not stemmed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 }), (digits) => {
        assert.equal(frenchStemmer(digits), digits);
        assert.equal(englishStemmer(digits), digits);
        assert.equal(lemmaOf(digits), digits);
      }),
      { numRuns: 2_000 },
    );
  });
});
