import { strict as assert } from 'node:assert';
import { clausesOf } from '../../server/src/core/text/sentences.js';

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
