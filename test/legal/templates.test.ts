import { strict as assert } from 'node:assert';
import { CLAUSES, type Clause } from '../../server/src/core/legal/clauses.js';
import { compileTemplate, matchTemplate, TemplateError } from '../../server/src/core/legal/lexicon/template.js';
import { lemmaOf, NOTIONS, notionStems, stemOf, tokenize } from '../../server/src/core/legal/lexicon/lemma.js';
import { VOCABULARY } from '../../server/src/core/legal/lexicon/vocabulary.js';
import { RECOGNISERS, matchesHeading, matchesPhrase, templatesOf, type ItemName, type ItemRecogniser } from '../../server/src/core/legal/recognisers.js';
import { quotesTheLaw } from '../../server/src/core/legal/templates.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';

const matches = (pattern: string, text: string) => matchTemplate(compileTemplate('test', pattern), normalizeForMatching(text)) !== undefined;
const items = Object.entries(RECOGNISERS) as [ItemName, ItemRecogniser][];

/**
 * Each verb of the vocabulary conjugated by the first of `conjugations` whose ending its infinitive has, each form (but
 * those `skipped`) read as the verb's notion; returns the forms checked.
 */
function assertConjugations(conjugations: [RegExp, (stem: string) => string[]][], skipped = (_form: string) => false): string[] {
  const checked: string[] = [];
  for (const notion of VOCABULARY) {
    for (const word of notion.fr) {
      const conjugation = conjugations.find(([ending]) => ending.test(word));
      if (!conjugation) continue;
      for (const form of conjugation[1](word.replace(conjugation[0], ''))) {
        if (skipped(form)) continue;
        checked.push(form);
        assert.equal(lemmaOf(normalizeForMatching(form)), notion.id, `${form} (${word}, ${notion.id})`);
      }
    }
  }
  return checked;
}
describe('phrase templates', () => {
  it('match any inflection of a word, and any word of a notion', () => {
    assert.ok(matches('{CONTRACT} signé', 'Les conventions signées par les parties'));
    assert.ok(matches('{BID} rejeté', 'The tenders rejected'));
    assert.ok(matches('{ACCEPT}', 'acceptées'));
  });
  it('keep an element optional inside a choice, as outside one', () => {
    assert.ok(matches('(prix soumis? | note) le plus bas', 'le prix le plus bas'));
    assert.ok(matches('(prix soumis? | note) le plus bas', 'le prix soumis le plus bas'));
    assert.ok(matches('prix soumis? le plus bas', 'le prix le plus bas'));
    assert.ok(!matches('(prix soumis? | note) le plus bas', 'le tarif le plus bas'));
  });
  it('skip stopwords and allow a few words between elements, never across a sentence', () => {
    assert.ok(matches('{CORRECTION} … {PRICE}', 'une correction apportée au prix unitaire'));
    assert.ok(matches('{CORRECTION} {PRICE}', 'une correction apportée sur le formulaire et au prix'));
    assert.ok(!matches('{CORRECTION} {PRICE}', 'une correction apportée sur le formulaire signé et au prix'));
    assert.ok(!matches('{CORRECTION} … {PRICE}', 'Toute correction est paraphée. Le prix est ferme.'));
  });
  it('deny a match that a negation or an exception governs, unless the template states it', () => {
    assert.ok(!matches('{BID} … {REJECT}', 'La soumission ne sera pas rejetée.'));
    assert.ok(!matches('{BID} … {REJECT}', 'sauf si la soumission est rejetée'));
    assert.ok(matches('{NEG} {SIGN}', 'une soumission qui n’est pas signée'));
    // « non » negates a word (non conforme), not the sentence.
    assert.ok(matches('{BID} … {REJECT}', 'une soumission non conforme est rejetée'));
  });
  it('deny a match a privative word right before it takes away (« sans », « absence de », "free of"), unless the template states one', () => {
    assert.ok(!matches('condition (=ou | =or) {RESTRICTIVE}', 'Soumission présentée sans condition ou restriction'));
    assert.ok(!matches('condition (=ou | =or) {RESTRICTIVE}', 'Absence de toute condition ou restriction'));
    assert.ok(!matches('condition (=ou | =or) {RESTRICTIVE}', 'A tender free of any condition or restriction'));
    assert.ok(!matches('{SIGN} … {AUTHORISED}', 'Soumission sans signature d’une personne autorisée'));
    assert.ok(matches('condition (=ou | =or) {RESTRICTIVE}', 'Le soumissionnaire y ajoute une condition ou une restriction.'));
    // Only right before the match: a privative word elsewhere in the sentence takes nothing away from it.
    assert.ok(matches('{SIGN} … {AUTHORISED}', 'Sans délai après l’adjudication, le contrat est signé par une personne autorisée.'));
    assert.ok(matches('(sans | {ABSENT}) … condition (=ou | =or) {RESTRICTIVE}', 'Absence de toute condition ou restriction'));
  });
  it("read a notion's phrases where a template names the notion (« donner suite » for {ACCEPT}), a word of them alone not", () => {
    assert.ok(matches('{NEG} {BOUND} {ACCEPT}', "Le Centre n'est nullement obligé de donner suite à la soumission retenue."));
    assert.ok(matches('{NEG} {BOUND} {ACCEPT}', 'The Board is not bound to proceed with the lowest tender.'));
    assert.ok(!matches('{NEG} {BOUND} {ACCEPT}', 'The Board is not bound to proceed to the opening.'));
    assert.ok(!matches('{ACCEPT}', 'à la suite de l’ouverture des soumissions'));
  });
  it('read a word of a phrase as written where other words share its stem (« à part » is {SEPARATELY}, « à partir de » not)', () => {
    assert.ok(matches('{PRICE} … {SEPARATELY}', 'Les prix sont présentés à part.'));
    assert.ok(matches('{PRICE} … {SEPARATELY}', 'the pricing form kept apart from the offer'));
    assert.ok(!matches('{PRICE} … {SEPARATELY}', 'Le prix est ajusté à partir de la note finale.'));
    assert.ok(!matches('{PRICE} … {SEPARATELY}', 'Le prix reçu de la part de la firme.'));
    assert.ok(!matches('{PRICE} … {SEPARATELY}', 'Le prix est payé en partie à la livraison.'));
    assert.ok(!matches('{PRICE} … {SEPARATELY}', 'the price of the apartment'));
    // A template's word read as written matches only that word (the English clause's "take part").
    assert.ok(matches('take part', 'invited to take part in the second step'));
    assert.ok(!matches('take part', 'invited to take the parties to the second step'));
  });
  it('match a template opened by « ^ » only where the text opens with it, stopwords and a list marker before', () => {
    assert.ok(matches('^ {RECEIVE} … {AFTER} … date', 'received after the closing date;'));
    assert.ok(matches('^ {RECEIVE} … {AFTER} … date', '8.1.1.1 received after the closing date;'));
    assert.ok(matches('^ {NEG} {RECEIVE}', "qui n'est pas reçue à l'endroit prévu;"));
    assert.ok(!matches('^ {RECEIVE} … {AFTER} … date', 'hold an attestation, not delivered after the closing date;'));
    assert.throws(() => compileTemplate('bad', '{BID} ^ {RECEIVE}'), /« \^ » is only the first element/);
  });
  it('name a stopword exactly with =', () => {
    assert.ok(matches('{CONTRACT} =à signer', 'le contrat à signer'));
    assert.ok(!matches('{CONTRACT} =à signer', 'le contrat est signé'));
  });
  it('reject an unknown notion or an unbalanced choice', () => {
    assert.throws(() => compileTemplate('bad', '{BIDS}'), TemplateError);
    assert.throws(() => compileTemplate('bad', '(a | b'), TemplateError);
  });
  // « =avant » would never match: « avant » is no stopword, its lemma is not « =avant ».
  it('reject « = » before a word that is no stopword', () => {
    assert.throws(() => compileTemplate('bad', '{BID} … (tard | =avant)'), /« avant » is not a stopword/);
    assert.throws(() => compileTemplate('bad', '{BID} … =before'), TemplateError);
    assert.doesNotThrow(() => compileTemplate('good', '{BID} … (=à | =by)'));
  });
});

describe('vocabulary', () => {
  it('overrides the stemmer where it splits a notion (« soumission » / « soumissions »)', () => {
    assert.equal(lemmaOf('soumission'), 'BID');
    assert.equal(lemmaOf('soumissions'), 'BID');
  });
  it('keeps a stem two notions share with the words inflected from it (« autorisés » authorised, « autorisations » permits)', () => {
    assert.equal(lemmaOf('autorises'), 'AUTHORISED');
    assert.equal(lemmaOf('autorisees'), 'AUTHORISED');
    assert.equal(lemmaOf('autorisations'), 'PERMIT');
    assert.equal(lemmaOf('authorisations'), 'PERMIT');
  });
  it('takes a verb in the third person, present and future, where its stem changes (« reçoit », « remettent », « obtiendra »)', () => {
    // The conjugations of the verbs whose stem the stemmer cannot relate to the infinitive's, from the infinitive's ending.
    const thirdPerson: [RegExp, (stem: string) => string[]][] = [
      [/ettre$/, (stem) => [`${stem}et`, `${stem}ettent`, `${stem}ettra`, `${stem}ettront`]],
      [/cevoir$/, (stem) => [`${stem}çoit`, `${stem}çoivent`, `${stem}cevra`, `${stem}cevront`]],
      [/enir$/, (stem) => [`${stem}ient`, `${stem}iennent`, `${stem}iendra`, `${stem}iendront`]],
      [/érir$/, (stem) => [`${stem}iert`, `${stem}ièrent`, `${stem}erra`, `${stem}erront`]],
      [/oindre$/, (stem) => [`${stem}oint`, `${stem}oignent`, `${stem}oindra`, `${stem}oindront`]],
      [/clure$/, (stem) => [`${stem}clut`, `${stem}cluent`, `${stem}clura`, `${stem}cluront`]],
      [/rir$/, (stem) => [`${stem}re`, `${stem}rent`, `${stem}rira`, `${stem}riront`]],
      [/uire$/, (stem) => [`${stem}uit`, `${stem}uisent`, `${stem}uira`, `${stem}uiront`]],
      [/er$/, (stem) => [`${stem}e`, `${stem}ent`, `${stem}era`, `${stem}eront`]],
    ];
    // « pouvoir » lists its forms (MAY); the other words without a conjugation are nouns and participles.
    const checked = assertConjugations(thirdPerson);
    assert.ok(checked.includes('reçoivent') && checked.includes('obtiendront') && checked.includes('signent'));
  });
  it('reads the filing verbs of other registers (a tender lodged, its lodgement, handed in) as the handing in of a bid', () => {
    const states = (item: ItemName, sentence: string) => assert.ok(matchesPhrase(RECOGNISERS[item], normalizeForMatching(sentence)), `${item}: ${sentence}`);
    states('lateReceipt', 'any tender which has not been lodged in the tender box by the closing time;');
    states('lateReceipt', 'a tender lodged after 2.00 pm on the closing date;');
    states('lateReceipt', 'a tender that is not handed in at the address given in the notice;');
    states('receivedInTime', 'Every tender shall be lodged with the Secretary by noon on the closing date, failing which it is rejected.');
    states('receiptStatement', 'All tenders shall be lodged in the tender box, Room 12, no later than 11.00 am on Friday 3 March 2017.');
    states('receiptStatement', 'The tenderer lodges its tender at the University Secretariat no later than 2 p.m. on 3 March 2017.');
    states('multipleBids', 'A tenderer who lodges two tenders or more for this invitation has all of them rejected.');
    for (const heading of ['Lodgement of tenders', 'LODGMENT OF TENDERS', 'C.4 Where to lodge your tender'])
      assert.ok(matchesHeading(RECOGNISERS.receipt, normalizeForMatching(heading)), heading);
  });
  it("reads English's other names of the bid (offer, quotation) as the bid in every item that names it, as « offre » in French", () => {
    const states = (item: ItemName, sentence: string) => assert.ok(matchesPhrase(RECOGNISERS[item], normalizeForMatching(sentence)), `${item}: ${sentence}`);
    states('bidValidity', 'Offers remain open for acceptance for 90 days after the closing date.');
    states('bidValidity', 'Quotations shall remain valid for a period of sixty (60) days.');
    states('bidValidity', 'The offer is irrevocable for 90 days from the closing date.');
    states('lateReceipt', 'Late offers will not be considered.');
    states('lateReceipt', 'Any quotation received after 2 p.m. on the closing date will be rejected.');
    states('opening', 'Offers will be opened in public at 2:15 p.m. on March 3, 2027.');
    states('receipt', 'Offers must be delivered to the Purchasing Department no later than 2 p.m. on March 3, 2027.');
    for (const heading of ['Submission of quotations', 'Opening of offers', 'Validity of offers'])
      assert.ok(
        [RECOGNISERS.receipt, RECOGNISERS.opening, RECOGNISERS.bidValidity].some((recogniser) => matchesHeading(recogniser, normalizeForMatching(heading))),
        heading,
      );
  });
  it('takes a verb in the first person plural, present and future (« nous engageons », « recevrons »: a body speaking as « nous »)', () => {
    const firstPersonPlural: [RegExp, (stem: string) => string[]][] = [
      [/ettre$/, (stem) => [`${stem}ettons`, `${stem}ettrons`]],
      [/cevoir$/, (stem) => [`${stem}cevons`, `${stem}cevrons`]],
      [/enir$/, (stem) => [`${stem}enons`, `${stem}iendrons`]],
      [/érir$/, (stem) => [`${stem}érons`, `${stem}errons`]],
      [/oindre$/, (stem) => [`${stem}oignons`, `${stem}oindrons`]],
      [/clure$/, (stem) => [`${stem}cluons`, `${stem}clurons`]],
      [/rir$/, (stem) => [`${stem}rons`, `${stem}rirons`]],
      [/uire$/, (stem) => [`${stem}uisons`, `${stem}uirons`]],
      [/oir$/, (stem) => (stem === 'pouv' ? ['pouvons', 'pourrons'] : [])],
      [/ger$/, (stem) => [`${stem}geons`, `${stem}gerons`]],
      [/eler$/, (stem) => [`${stem}elons`, `${stem}ellerons`]],
      [/eter$/, (stem) => [`${stem}etons`, `${stem}etterons`]],
      [/er$/, (stem) => [`${stem}ons`, `${stem}erons`]],
    ];
    // « lions » (lier) is no verb to read so: a stem of fewer than four letters is left to the stemmer.
    const checked = assertConjugations(firstPersonPlural, (form) => /^[a-zç]{1,3}ons$/.test(form));
    assert.ok(['engageons', 'recevons', 'rejetons', 'transmettons', 'obtenons', 'ouvrons', 'pouvons', 'joignons'].every((form) => checked.includes(form)));
    // A word that only ends so is left to its stem (« bons », « environs »).
    assert.notEqual(lemmaOf('bons'), 'LOW');
    assert.equal(lemmaOf('environs'), 'environ');
  });
  it('reads a word whose stem a notion\'s word shares, in another sense, as itself (« comme », "provide", "tendering")', () => {
    const read = (text: string) => tokenize(normalizeForMatching(text)).lemmas.join(' ');
    assert.equal(read('The bidder must provide the documents'), '=the BIDDER must provid =the DOCUMENT');
    assert.equal(read('considérée comme acceptée'), 'consider comm ACCEPT');
    for (const word of ['provides', 'provided', 'supply', 'supplied', 'tendering', 'tendered', 'proposé', 'commission', 'quelques', 'multiplié', 'severe'])
      assert.ok(!NOTIONS.has(lemmaOf(normalizeForMatching(word))), word);
    for (const word of [
      'mandat',
      'initiale',
      'périodique',
      'procurement',
      'procuration',
      'adressée',
      'sols',
      'force',
      'conditionnement',
      'limited',
      'delà',
      'plié',
    ])
      assert.ok(!NOTIONS.has(lemmaOf(normalizeForMatching(word))), word);
    // The notion's own inflections still read as it, and an English possessive as its noun.
    assert.equal(read("the provider's bid, the Tenderers' bids"), '=the BIDDER s BID =the BIDDER BID');
    assert.equal(read('se procurent les documents; initialling'), '=se OBTAIN =les DOCUMENT . INITIAL');
    // What the collisions made the recognisers read: a rate multiplied in a bid as several bids, the mandate as the
    // person authorised to sign, the tendering system as documents provided; « défauts » as a privation.
    const states = (item: ItemName, sentence: string) => matchesPhrase(RECOGNISERS[item], normalizeForMatching(sentence));
    assert.ok(!states('multipleBids', "Le soumissionnaire indique son taux horaire, multiplié par le nombre d'heures prévu, dans sa soumission."));
    assert.ok(!states('missingSignature', 'Aucun contrat ne sera signé avant le début du mandat.'));
    assert.ok(!states('documentsEnclosed', 'The tender documents are available only through the electronic tendering system SEAO.'));
    assert.ok(states('correctionsInitialled', 'Défauts : une rature au prix non paraphée entraîne le rejet de la soumission.'));
  });
  it('leaves out of the stems every form read as written, a form of its notion', () => {
    const stems = new Set(notionStems().map(([stem]) => stem));
    for (const notion of VOCABULARY)
      for (const form of notion.readAsWritten ?? []) {
        assert.ok([...notion.fr, ...notion.en].includes(form), `${form} (${notion.id}) is listed`);
        const stem = stemOf(normalizeForMatching(form));
        assert.ok(!stems.has(stem), `${form} (${notion.id}): its stem « ${stem} » is left out`);
      }
  });
  it('gives every listed word its own notion (no word in two notions)', () => {
    for (const notion of VOCABULARY)
      for (const word of [...notion.fr, ...notion.en]) assert.equal(lemmaOf(normalizeForMatching(word)), notion.id, `${word} (${notion.id})`);
  });
});

describe('item templates', () => {
  for (const [item, recogniser] of items) {
    for (const template of [...(recogniser.templates ?? []), ...(recogniser.headingTemplates ?? []), ...(recogniser.weak ?? [])]) {
      it(`${item}/${template.id} recognises its positive examples, not its negative ones`, () => {
        for (const example of template.examples.positive) assert.ok(matches(template.pattern, example), example);
        for (const example of template.examples.negative ?? []) assert.ok(!matches(template.pattern, example), example);
      });
    }
    for (const law of recogniser.law ?? []) it(`${item}: « ${law.quote} » is the text of ${law.citation}`, () => assert.ok(quotesTheLaw(law)));
  }
});

/** The same words as a drafter may type them: capitals, typographic apostrophes, re-wrapped, in the plural. */
function variants(text: string): string[] {
  const typographic = text.replace(/'/g, '’');
  const plural = text.replace(/\b(?:le|la|un|une) (?!non\b)([a-z\u00e0-\u00ff]+)|\bl'([a-z\u00e0-\u00ff]+)/gi, (_, noun?: string, elided?: string) => {
    const word = noun ?? elided!;
    return `les ${/[sxz]$/i.test(word) ? word : `${word}s`}`;
  });
  return [text, text.toUpperCase(), typographic, text.replace(/ /g, '\n'), plural];
}

describe("the regulation's own words are recognised by construction", () => {
  for (const [item, recogniser] of items) {
    for (const law of recogniser.law ?? []) {
      const words = law.quote.replace(/^(?:le|la|les|l'|une?) /i, '');
      const headings = [`6 ${words}`, `6. ${words}`, `ARTICLE 12 – ${words}`, `PARTIE 4 – ${words}`, `SECTION B — ${words}`, `Quatrième partie : ${words}`];
      it(`${item} (${law.citation}) as a heading: ${words}`, () => {
        for (const heading of headings.flatMap(variants)) assert.ok(matchesHeading(recogniser, normalizeForMatching(heading)), heading);
      });
      const prose = templatesOf(recogniser).phrases.some((template) => template.id.includes('/law-'));
      if (prose)
        it(`${item} (${law.citation}) as a sentence: ${law.quote}`, () => {
          for (const sentence of variants(`Les documents prévoient ${law.quote}, le cas échéant.`))
            assert.ok(matchesPhrase(recogniser, normalizeForMatching(sentence)), sentence);
        });
    }
  }
});

describe('every clause the product inserts is recognised by construction', () => {
  const filled = (text: string) => text.replace(/\{\{[^}]*\}\}/g, 'Centre de services Val-des-Cerfs, mardi 3 novembre 2026');
  for (const [name, clause] of Object.entries(CLAUSES) as [string, Clause][]) {
    if (!Object.hasOwn(RECOGNISERS, name)) continue;
    const recogniser = RECOGNISERS[name as ItemName];
    for (const locale of ['fr', 'en'] as const) {
      it(`${name} (${locale})`, () => {
        for (const text of [clause.text[locale], clause.listItem?.[locale]].filter((t): t is string => t !== undefined))
          assert.ok(matchesPhrase(recogniser, normalizeForMatching(filled(text).replace(/\*\*/g, ''))), text);
        if (clause.heading) assert.ok(matchesHeading(recogniser, normalizeForMatching(clause.heading[locale])), clause.heading[locale]);
      });
    }
  }
});
