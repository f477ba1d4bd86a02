import { strict as assert } from 'node:assert';
import { findPlaceholders, isPlaceholder, withoutTemplateMarks } from '../../server/src/core/legal/placeholders.js';

const marks = (text: string) => findPlaceholders(text).map((placeholder) => placeholder.text);

describe('fill-in marks', () => {
  it('finds a template’s marks and the product’s own', () => {
    assert.deepEqual(marks("Organisme : (NOM DE L'ORGANISME PUBLIC), le [DATE]."), ["(NOM DE L'ORGANISME PUBLIC)", '[DATE]']);
    assert.deepEqual(marks('Date : [à compléter : date], montant XXXX $, responsable «Nom_responsable», <<Adresse>>.'), [
      '[à compléter : date]',
      'XXXX',
      '«Nom_responsable»',
      '<<Adresse>>',
    ]);
    assert.deepEqual(marks('Contact: [insert name], [to complete: e-mail].'), ['[insert name]', '[to complete: e-mail]']);
    // An instruction opening with a capital, long, in brackets; « à compléter » in angle brackets, a blank as a field's whole value.
    assert.deepEqual(marks("Renseignements | [Indiquer le nom et le courriel du responsable de l'appel d'offres]"), [
      "[Indiquer le nom et le courriel du responsable de l'appel d'offres]",
    ]);
    assert.deepEqual(marks('Garantie : cautionnement de <à compléter> $, ou <insérer le montant>.'), ['<à compléter>', '<insérer le montant>']);
    assert.deepEqual(marks('Au plus tard le [Indiquer la date]\nLieu : ___'), ['[Indiquer la date]', '___']);
    assert.deepEqual(marks('Lieu de réception | ______ | IS-2'), ['______']);
  });
  it('leaves prose alone: blanks for the bidder, acronyms and quoted words, capitals in a passage in capitals', () => {
    assert.deepEqual(marks('Signé à __________, le ________.'), []);
    assert.deepEqual(marks('Les prix excluent les taxes (TPS ET TVQ); le « CISSS » désigne le Centre.'), []);
    assert.deepEqual(marks('LES SOUMISSIONS SONT REÇUES JUSQU’À 14 H (LOCAL TIME).'), []);
  });
  it('says when a value is a mark, and reads a text without a template’s marks', () => {
    assert.ok(isPlaceholder("[NOM DE L'ORGANISME]"));
    assert.ok(isPlaceholder('[à compléter : nom]'));
    assert.ok(!isPlaceholder('Centre de services scolaire des Navigateurs'));
    assert.equal(withoutTemplateMarks("Organisme : (NOM DE L'ORGANISME PUBLIC)").trim(), 'Organisme :');
    // The product's own mark stays: its clause is recognised, awaiting its value.
    assert.equal(withoutTemplateMarks('Date : [à compléter : date]'), 'Date : [à compléter : date]');
  });
});
