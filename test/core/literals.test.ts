import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import { literalTable, requiredLiterals } from '../../scripts/literals.js';
import { tokenized } from '../../server/src/core/legal/lexicon/template.js';
import {
  RECOGNISERS,
  headingEvidence,
  matchesHeading,
  matchesPhrase,
  phraseEvidence,
  readingOf,
  type ItemRecogniser,
} from '../../server/src/core/legal/recognisers.js';
import { literalsIn, mayMatch, neededBy } from '../../server/src/core/text/literals.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { markdownFilesIn, REPOSITORY } from '../helpers.js';

const TABLE = new URL('../../server/data/literals.json', import.meta.url);
const recognisers = Object.values(RECOGNISERS) as ItemRecogniser[];
const PATTERNS = [...new Set(recognisers.flatMap((recogniser) => [...recogniser.headings, ...recogniser.phrases]))];

/** Whether the literal prefilter lets `pattern` run on `text`. */
const admitted = (pattern: RegExp, text: string) => mayMatch(neededBy([pattern])[0], literalsIn(text));

/** Characters tried for a class or a set of the pattern: letters, digits, spaces, the folded text's punctuation. */
const POOL = [...'abcdeilmnorstuxzé019 \'":;,.-()/$%@[]|\u00a0'];

/** A string made by the pattern's consuming parts (assertions and back-references leave nothing), picked at random. */
function sample(node: AST.Node, flags: string, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return sample(pick(node.alternatives), flags, next);
    case 'Alternative':
      return node.elements.map((element) => sample(element, flags, next)).join('');
    case 'Character':
      return String.fromCodePoint(node.value);
    case 'Quantifier': {
      const count = node.min + Math.floor(next() * (Math.min(node.max, node.min + 3) - node.min + 1));
      return Array.from({ length: count }, () => sample(node.element, flags, next)).join('');
    }
    case 'CharacterClass':
    case 'CharacterSet': {
      const one = new RegExp(`^(?:${node.raw})$`, flags.replace(/[gy]/g, ''));
      const own =
        node.type === 'CharacterClass' && !node.negate ? node.elements.filter((element) => element.type === 'Character').map((element) => element.raw) : [];
      const candidates = [...own, ...POOL].filter((candidate) => one.test(candidate));
      return candidates.length ? pick(candidates) : '';
    }
    default:
      return '';
  }
}

/** Every Markdown text of a folder and its subfolders. */
const markdownIn = (folder: string) => markdownFilesIn(folder).map((path) => readFileSync(path, 'utf8'));
const root = REPOSITORY;
/** The paragraphs and lines (their marks left out) of the examples and fixtures, folded. */
const CORPUS = [
  ...new Set(
    [...markdownIn(join(root, 'examples')), ...markdownIn(join(root, 'test/fixtures'))].flatMap((document) => [
      ...document.split(/\n\s*\n/).map(normalizeForMatching),
      ...document.split('\n').map((line) => normalizeForMatching(line.replace(/^[\s>*#|-]*(?:\d+\.\s)?/, ''))),
    ]),
  ),
];

describe('the literals the recognisers’ patterns need (server/data/literals.json)', () => {
  it('are what the patterns give today (run `npm run build` and commit the file when this fails)', () => {
    assert.deepEqual(JSON.parse(readFileSync(TABLE, 'utf8')), literalTable());
  });

  it('are read from the pattern’s syntax: words in sequence joined, choices united, optional parts left out', () => {
    assert.deepEqual(requiredLiterals(/\bgarantie de soumission\b/), ['garantie de soumission']);
    assert.deepEqual(requiredLiterals(/\b(?:bid|tender) (?:security|bond)\b/)?.sort(), ['bid bond', 'bid security', 'tender bond', 'tender security']);
    assert.deepEqual(requiredLiterals(/^(?:\d+\.\s*)?avis\b/), ['avis']);
    assert.deepEqual(requiredLiterals(/\bsoumissions?\b.{1,60}\bdoivent\b/), ['soumission']);
    // A pattern any text may match, or one whose literals a flag changes: no literal.
    assert.equal(requiredLiterals(/\d+|\bavis\b/), undefined);
    assert.equal(requiredLiterals(/\bavis\b/i), undefined);
    assert.equal(requiredLiterals(/(?:le )?/), undefined);
    // A group whose flags differ (Node 23 reads them; the syntax tree does as well).
    assert.deepEqual(requiredLiterals({ source: '\\bavis (?:public|ouvert)', flags: '' })?.sort(), ['avis ouvert', 'avis public']);
    assert.equal(requiredLiterals({ source: '\\bavis (?i:public|ouvert)', flags: '' })?.join(), 'avis ');
  });

  it('skip a pattern only for a text holding none of its literals', () => {
    const [garantie] = RECOGNISERS.bidSecurity.headings;
    assert.deepEqual(literalTable()[`/${garantie.source}`].sort(), ['bid bond', 'bid security', 'garantie de soumission', 'tender bond', 'tender security']);
    assert.ok(!admitted(garantie, 'le prix est ferme pour la duree du contrat'));
    assert.ok(admitted(garantie, "aucune garantie de soumission n'est exigee"));
    assert.ok(admitted(garantie, 'a bid bond is required'));
    // A pattern the table does not know is always run.
    assert.ok(admitted(/\bjamais vu\b/, 'rien'));
  });

  it('are found once per reading, kept with its tokens for every item asked', () => {
    const text = normalizeForMatching('Aucune garantie de soumission n’est exigée.');
    const reading = tokenized(text);
    const kept = () => reading.literals;
    assert.equal(kept(), undefined);
    assert.ok(phraseEvidence(RECOGNISERS.bidSecurity, text, reading));
    const found = kept();
    assert.ok(found && found.length > 0);
    headingEvidence(RECOGNISERS.notice, text, reading);
    phraseEvidence(RECOGNISERS.amount, text, reading);
    assert.equal(kept(), found);
  });

  it('of a heading or a sentence the rules ask about item after item, are found once', () => {
    const heading = normalizeForMatching('Section 4 – Garantie de soumission exigée');
    const reading = readingOf(heading);
    assert.equal(readingOf(heading), reading);
    assert.ok(matchesHeading(RECOGNISERS.bidSecurity, heading));
    const found = reading.literals;
    assert.ok(found && found.length > 0);
    assert.ok(!matchesHeading(RECOGNISERS.notice, heading));
    assert.ok(matchesPhrase(RECOGNISERS.bidSecurity, heading));
    assert.equal(readingOf(heading).literals, found);
  });

  it('are found in one pass: a pattern is let run exactly when the text holds one of its literals', function () {
    this.timeout(60_000);
    const table = JSON.parse(readFileSync(TABLE, 'utf8')) as Record<string, string[]>;
    const literals = [...new Set(Object.values(table).flat())];
    const check = (text: string) => {
      const found = literalsIn(text);
      assert.equal(found.length, literals.filter((literal) => text.includes(literal)).length, text);
      for (const pattern of PATTERNS) {
        const own = table[`${pattern.flags}/${pattern.source}`];
        assert.equal(
          mayMatch(neededBy([pattern])[0], found),
          own.some((literal) => text.includes(literal)),
          `${pattern} on « ${text} »`,
        );
      }
    };
    for (const text of CORPUS.slice(0, 400)) check(text);
    // Literals run together and cut anywhere: the scan must fall back along suffixes ("soumissoumission").
    const piece = fc
      .constantFrom(...literals)
      .chain((literal) => fc.tuple(fc.nat(literal.length), fc.nat(literal.length)).map(([a, b]) => literal.slice(Math.min(a, b), Math.max(a, b) + 1)));
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.constantFrom(' ', 'é', '’', 'x', '\u2014')), { maxLength: 12 }), (pieces) => check(pieces.join(''))),
      { numRuns: 300 },
    );
  });

  it('never skip a pattern that matches: the documents, examples and templates’ examples', function () {
    // Every pattern over every passage of every document: 9 s on a quiet machine, past 60 s on a loaded one.
    this.timeout(240_000);
    const texts = new Set(CORPUS);
    for (const recogniser of recognisers) {
      for (const source of [...(recogniser.templates ?? []), ...(recogniser.weak ?? [])]) {
        for (const example of [...source.examples.positive, ...(source.examples.negative ?? [])]) texts.add(normalizeForMatching(example));
      }
    }
    let matched = 0;
    let skipped = 0;
    for (const text of texts) {
      const found = literalsIn(text);
      for (const pattern of PATTERNS) {
        const admits = mayMatch(neededBy([pattern])[0], found);
        if (pattern.test(text)) {
          matched++;
          assert.ok(admits, `${pattern} matches « ${text} » but its literals were not found there`);
        } else if (!admits) skipped++;
      }
    }
    // The corpus exercises the patterns, and the prefilter spares most of the runs that would fail.
    assert.ok(matched > 1000, `${matched} matches`);
    assert.ok(skipped > matched * 10, `${skipped} runs skipped`);
  });

  it('never skip a pattern that matches: generated text', function () {
    this.timeout(60_000);
    const trees = PATTERNS.map((pattern) => ({ pattern, tree: parseRegExpLiteral(pattern).pattern }));
    const context = fc
      .array(fc.constantFrom('le', 'soumission', 'de', "l'organisme", 'a', '2026', ':', '-', 'x', 'é'), { maxLength: 6 })
      .map((words) => words.join(' '));
    let matched = 0;
    fc.assert(
      fc.property(fc.integer(), context, context, (seed, before, after) => {
        // A small linear congruential generator: each run samples every pattern with its own seed.
        let state = seed >>> 0;
        const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
        for (const { pattern, tree } of trees) {
          const text = `${before} ${sample(tree, pattern.flags, next)} ${after}`.trim();
          if (!pattern.test(text)) continue;
          matched++;
          assert.ok(admitted(pattern, text), `${pattern} matches « ${text} » but its literals were not found there`);
        }
      }),
      { numRuns: 100 },
    );
    assert.ok(matched > PATTERNS.length * 30, `${matched} matches`);
  });
});
