import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tokenized } from '../../server/src/core/legal/lexicon/template.js';
import {
  RECOGNISERS,
  addPossibleItems,
  hasItem,
  headingEvidence,
  noItems,
  phraseEvidence,
  type ItemName,
  type ItemRecogniser,
} from '../../server/src/core/legal/recognisers.js';
import { plainObligation } from '../../server/src/core/legal/lexicon/obligation.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { DOCUMENT_ITEM_WORDINGS } from '../corpus/documentItems.js';
import { markdownFilesIn, REPOSITORY } from '../helpers.js';

const ITEMS = Object.entries(RECOGNISERS) as [ItemName, ItemRecogniser][];

/** Every Markdown text of a folder and its subfolders. */
const markdownIn = (folder: string) => markdownFilesIn(folder).map((path) => readFileSync(path, 'utf8'));
const root = REPOSITORY;
const DOCUMENTS = [...markdownIn(join(root, 'examples')), ...markdownIn(join(root, 'test/fixtures'))];

/** The templates' examples, sentences that state (or nearly state) their items. */
const EXAMPLES = ITEMS.flatMap(([, recogniser]) =>
  [...(recogniser.templates ?? []), ...(recogniser.weak ?? [])].flatMap((source) => [...source.examples.positive, ...(source.examples.negative ?? [])]),
);

/** The document items' wordings drafters use (their positive and negative examples). */
const WORDINGS = Object.values(DOCUMENT_ITEM_WORDINGS).flatMap(({ positive, negative }) => [...positive, ...(negative ?? [])]);

/**
 * The paragraphs and lines of the examples and fixtures (their marks left out), the templates' examples and the
 * document items' wordings, folded; and each with its obligations in their plain form, a unit's reading too.
 */
const CORPUS = [
  ...new Set(
    [
      ...DOCUMENTS.flatMap((document) => [...document.split(/\n\s*\n/), ...document.split('\n').map((line) => line.replace(/^[\s>*#|-]*(?:\d+\.\s)?/, ''))]),
      ...EXAMPLES,
      ...WORDINGS,
    ]
      .map(normalizeForMatching)
      .flatMap((text) => [text, plainObligation(text) ?? text]),
  ),
];

/** The items a text could state as a passage and as a heading, found as a unit's reading finds them. */
function possible(text: string) {
  const phrase = noItems();
  const heading = noItems();
  addPossibleItems(phrase, text, tokenized(text, false), 'phrase');
  addPossibleItems(heading, text, tokenized(text, false), 'heading');
  return { phrase, heading };
}

/**
 * Checks that every item a text states (the reference: every pattern run, every template tried, with no
 * prefilter) is one the text could state; counts the statements and the items left out.
 */
function check(text: string, counts: { stated: number; leftOut: number }): void {
  const { phrase, heading } = possible(text);
  for (const [item, recogniser] of ITEMS) {
    if (phraseEvidence(recogniser, text) !== undefined) {
      counts.stated++;
      assert.ok(hasItem(phrase, item), `« ${text} » states ${item}, left out of its possible items`);
    } else if (!hasItem(phrase, item)) counts.leftOut++;
    if (headingEvidence(recogniser, text) !== undefined) {
      counts.stated++;
      assert.ok(hasItem(heading, item), `the heading « ${text} » states ${item}, left out of its possible items`);
    } else if (!hasItem(heading, item)) counts.leftOut++;
  }
}

describe('the items a text could state at all (addPossibleItems), asked once per unit for every item', () => {
  it('hold every item the text states: the documents, examples and templates’ examples', function () {
    this.timeout(120_000);
    const counts = { stated: 0, leftOut: 0 };
    for (const text of CORPUS) check(text, counts);
    // The corpus exercises the items, and most (text, item) pairs are spared.
    assert.ok(counts.stated > 3000, `${counts.stated} statements`);
    assert.ok(counts.leftOut > counts.stated * 10, `${counts.leftOut} items left out`);
  });

  it('hold every item the text states: generated text made of the corpus’s words', function () {
    this.timeout(120_000);
    const words = [...new Set(CORPUS.flatMap((text) => text.split(' ')))].filter(Boolean);
    const pieces = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', ': ', ', ', '(', ')', "l'", "n'", 'ne ', ' pas'));
    const counts = { stated: 0, leftOut: 0 };
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (chosen) => check(normalizeForMatching(chosen.join(' ')), counts)),
      { numRuns: 1500 },
    );
    assert.ok(counts.stated > 200, `${counts.stated} statements`);
  });

  it('leave out an item whose literals and key lemmas the text lacks, keep one whose wording it holds', () => {
    const { phrase, heading } = possible(normalizeForMatching('Le prix est ferme pour toute la durée du contrat.'));
    assert.ok(!hasItem(phrase, 'bidSecurity') && !hasItem(heading, 'bidSecurity'));
    assert.ok(!hasItem(phrase, 'seaoOnly'));
    // Stated by a template only (filed under its lemmas), by a pattern only, by a heading.
    const undertaking = possible(normalizeForMatching('The College does not bind itself to accept any of the tenders received.'));
    assert.ok(hasItem(undertaking.phrase, 'noObligationToAccept'));
    assert.ok(hasItem(possible(normalizeForMatching('Aucune garantie de soumission n’est exigée.')).phrase, 'bidSecurityNotRequired'));
    assert.ok(hasItem(possible(normalizeForMatching('Garantie de soumission')).heading, 'bidSecurity'));
  });
});
