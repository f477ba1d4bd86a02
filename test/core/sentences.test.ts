import { strict as assert } from 'node:assert';
import { clauseAround, clausesOf } from '../../server/src/core/text/sentences.js';

describe('The clauses of a folded passage (text/sentences.ts clausesOf)', () => {
  const CASES: [string, string[]][] = [
    // A sentence's end, and a semicolon with or without a blank after it.
    ['les documents sont dans le seao. ils ne sont pas transmis par courriel', ['les documents sont dans le seao', 'ils ne sont pas transmis par courriel']],
    ['la soumission non signee est rejetee;une rature peut etre corrigee', ['la soumission non signee est rejetee', 'une rature peut etre corrigee']],
    ['un addenda est publie ; la date limite est reportee.', ['un addenda est publie', 'la date limite est reportee']],
    // A question and an exclamation end their clause; a period inside a number or an abbreviation's dots do not.
    ['le prix est-il demande? non! la note est de 1.5 point', ['le prix est-il demande', 'non', 'la note est de 1.5 point']],
    ["voir l'art.7.1 du reglement", ["voir l'art.7.1 du reglement"]],
    ['  . ;  ', []],
  ];
  for (const [text, clauses] of CASES) it(JSON.stringify(text), () => assert.deepEqual(clausesOf(text), clauses));
});

describe('The clause that holds an offset (text/sentences.ts clauseAround)', () => {
  const text = 'la garantie est de 5 000 $; elle est remise avec la soumission. un cautionnement de 10 000 $ est exige';
  const around = (offset: number) => {
    const { start, end } = clauseAround(text, offset);
    return text.slice(start, end).trim();
  };
  it('the first clause, up to its semicolon', () => assert.equal(around(text.indexOf('5 000')), 'la garantie est de 5 000 $'));
  it('a clause between two cuts', () => assert.equal(around(text.indexOf('remise')), 'elle est remise avec la soumission'));
  it('the last clause, to the end of the text', () => assert.equal(around(text.indexOf('10 000')), 'un cautionnement de 10 000 $ est exige'));
  it('an offset at a cut: the clause that the cut closes', () => assert.equal(around(text.indexOf(';')), 'la garantie est de 5 000 $'));
  it('a period inside a number cuts nothing', () => assert.equal(clauseAround('la note est de 1.5 point', 12).end, 24));
});
