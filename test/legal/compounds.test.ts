import { strict as assert } from 'node:assert';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

describe('English noun compounds written in French order (lexicon/compounds.ts)', () => {
  const READINGS: [string, string][] = [
    ['8.1 Committee of selection.', '8.1 selection committee.'],
    ['CRITERIA OF EVALUATION', 'evaluation criteria'],
    ['The committee of evaluation meets once.', 'the evaluation committee meets once.'],
    ['Period of validity of the offers: 90 days.', 'validity period of the offers: 90 days.'],
    ['The level of acceptable performance of each criterion', 'the acceptable performance level of each criterion'],
    ['according to the grid of evaluation of section 8', 'according to the evaluation grid of section 8'],
    ['the criterion of quality and the criteria of award', 'the quality criterion and the award criteria'],
  ];
  for (const [text, reading] of READINGS) it(text, () => assert.equal(normalizeForMatching(text), reading));
  // A determiner, a number or another noun after « of »: no compound; the English order and French text left as written.
  const LEFT: [string, string][] = [
    ['The committee of the school board meets each month.', 'the committee of the school board meets each month.'],
    ['for a period of ninety (90) days', 'for a period of ninety (90) days'],
    ['the level of effort of the team', 'the level of effort of the team'],
    ['the criteria of the Regulation', 'the criteria of the regulation'],
    ['the price of the soumission', 'the price of the soumission'],
    ['the selection committee', 'the selection committee'],
    ['le comité de sélection', 'le comite de selection'],
  ];
  for (const [text, folded] of LEFT) it(`leaves as it is: ${text}`, () => assert.equal(normalizeForMatching(text), folded));
});
