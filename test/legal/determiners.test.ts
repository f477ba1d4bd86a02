import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { BIDS, DETERMINER, DETERMINER_EN, OF_DETERMINER } from '../../server/src/core/legal/recognisers/shared.js';
import { VOCABULARY } from '../../server/src/core/legal/lexicon/vocabulary.js';

/**
 * The determiner slot of a noun phrase is one set (recognisers/shared.ts), which each recogniser module writes out as
 * a constant of its own so that the static check of regular expressions reads its patterns: every copy is the same.
 */
const SHARED = { DETERMINER, OF_DETERMINER, DETERMINER_EN, BIDS };
const MODULES = [
  'server/src/core/legal/recognisers.ts',
  ...readdirSync('server/src/core/legal/recognisers')
    .filter((name) => name !== 'shared.ts')
    .map((name) => `server/src/core/legal/recognisers/${name}`),
];

describe('the determiners of a noun phrase: one set', () => {
  for (const path of MODULES) {
    const source = readFileSync(path, 'utf8');
    for (const [name, value] of Object.entries(SHARED)) {
      const copy = new RegExp(String.raw`^const ${name} = String\.raw\`([^\`]*)\`;$`, 'm').exec(source);
      if (copy) it(`${path}: ${name} is shared.ts's`, () => assert.equal(copy[1].replace('${DETERMINER}', DETERMINER), value));
    }
  }

  // The bids' nouns of the phrases are the lexicon's {BID} (but « pli », which also names the envelope): templates and phrases agree.
  it("BIDS names every word of the lexicon's {BID} but « pli »", () => {
    const bids = new RegExp(String.raw`^${BIDS}$`);
    const notion = VOCABULARY.find((notion) => notion.id === 'BID')!;
    for (const word of [...notion.fr, ...notion.en].filter((word) => !word.startsWith('pli'))) assert.ok(bids.test(word), word);
  });

  // Every kind of determiner, before a noun: article, possessive, demonstrative, « chaque », « tout ».
  const nounPhrase = new RegExp(String.raw`^${DETERMINER}soumission$`);
  for (const phrase of [
    'la soumission',
    "l'soumission",
    'votre soumission',
    'sa soumission',
    'leur soumission',
    'cette soumission',
    'chaque soumission',
    'toute soumission',
    'toutes les soumission',
  ])
    it(`reads « ${phrase} »`, () => assert.ok(nounPhrase.test(phrase)));
  const ofNounPhrase = new RegExp(String.raw`^validite ${OF_DETERMINER}soumission$`);
  for (const phrase of [
    'validite des soumission',
    'validite de votre soumission',
    "validite d'une soumission",
    'validite de chaque soumission',
    'validite de cette soumission',
  ])
    it(`reads « ${phrase} »`, () => assert.ok(ofNounPhrase.test(phrase)));
  const english = new RegExp(String.raw`^${DETERMINER_EN}tender$`);
  for (const phrase of ['the tender', 'your tender', 'its tender', 'their tender', 'this tender', 'each tender', 'any tender'])
    it(`reads "${phrase}"`, () => assert.ok(english.test(phrase)));
  it('reads no other word as a determiner', () => assert.ok(!nounPhrase.test('soumis soumission') && !english.test('tenders tender')));
});
