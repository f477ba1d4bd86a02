import { strict as assert } from 'node:assert';
import { findCitations } from '../../server/src/core/legal/textCitations.js';
import { findArticle } from '../../server/src/core/legal/regulation/index.js';

/** `[[…]]` marks each expected citation in the text; returns the text without marks and the marked spans. */
function marked(source: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  let text = '';
  for (const part of source.split(/(\[\[|\]\])/)) {
    if (part === '[[') spans.push(`${text.length}`);
    else if (part === ']]') spans[spans.length - 1] += `-${text.length}`;
    else text += part;
  }
  return { text, spans };
}

function check(source: string, ids: string[]): void {
  const { text, spans } = marked(source);
  const found = findCitations(text);
  assert.deepEqual(
    found.map((citation) => `${citation.start}-${citation.end}`),
    spans,
    `ranges in ${JSON.stringify(text)}: ${JSON.stringify(found.map((c) => text.slice(c.start, c.end)))}`,
  );
  assert.deepEqual(
    found.map((citation) => (citation.through ? `${citation.id}..${citation.through}` : citation.id)),
    ids,
  );
}

describe('citation recogniser', () => {
  describe('SPEC §5 forms', () => {
    const cases: [string, string[]][] = [
      ['Voir l’[[art. 4]].', ['4']],
      ['Selon l’[[article 9.1]], les documents…', ['9.1']],
      ["l'[[article 4 de l'annexe 2]] fixe l’échelle", ['A2.4']],
      ['le [[par. 6° de l’art. 4]] fixe le délai', ['4.6°']],
      ["au [[paragraphe 6 du deuxième alinéa de l'article 4]].", ['4.6°']],
      ['([[art. 4, al. 2, par. 6°]])', ['4.6°']],
      ['([[art. 4, al. 2, par. 2.1°]])', ['4.2.1°']],
      ['([[art. 7, al. 2]])', ['7.al2']],
      ['([[art. 7.1]])', ['7.1']],
      ['([[annexe 2, art. 9]])', ['A2.9']],
      ['Article premier : rien. [[ART. 42.0.2]] : prime', ['42.0.2']],
    ];
    for (const [source, ids] of cases) it(source, () => check(source, ids));
  });

  describe("the regulation's own cross-references", () => {
    const cases: [string, string[]][] = [
      ['Lorsque seul un prix est demandé, les [[articles 10 à 15.1]] s’appliquent', ['10..15.1']],
      ['[[annexe 2, art. 8]]', ['A2.8']],
      ['(voir [[a. 9.1]])', ['9.1']],
      ['Malgré les [[articles 9.1]], [[15.1]] et [[32]] du présent règlement', ['9.1', '15.1', '32']],
      ['l’[[article 16]] et les [[articles 18 à 28]] s’appliquent', ['16', '18..28']],
      ['(ANNEXE 1 : [[a. 19]], [[20]], [[25]], [[28]], [[44]])', ['19', '20', '25', '28', '44']],
      ['les dispositions du [[premier alinéa de l’article 11]] s’appliquent', ['11.al1']],
      ['au [[paragraphe 2 du deuxième alinéa de l’article 46]]', ['46.2°']],
      // A paragraph of another alinéa than the first one that has paragraphs.
      ['le [[paragraphe 2 du troisième alinéa de l’article 28]]', ['28.al3.2°']],
      ['délai prévu à l’[[article 29.2]] du Règlement sur les contrats de services des organismes publics', ['29.2']],
    ];
    for (const [source, ids] of cases) it(source, () => check(source, ids));
  });

  describe('English: the display form and the English version of the regulation', () => {
    const cases: [string, string[]][] = [
      ['as required by [[s. 7.1]].', ['7.1']],
      ['([[s. 4, para. 2, subpara. 6°]])', ['4.6°']],
      ['([[s. 7, para. 2]])', ['7.al2']],
      ['([[Annex 2, s. 9]])', ['A2.9']],
      ['under [[section 16]] of the Regulation respecting service contracts of public bodies', ['16']],
      ['[[sections 10 to 15.1]] of the Regulation', ['10..15.1']],
      ['[[ss. 20 to 23]] set the award rules', ['20..23']],
    ];
    for (const [source, ids] of cases) it(source, () => check(source, ids));
    const notCitations = [
      // A tender's own numbering, another text, another regulation.
      'See Section 5 and section 7.1 for the conformity conditions.',
      'under section 15 of the Act respecting contracting by public bodies',
      's. 7.1 of the Act',
      'section 5 of the Regulation respecting supply contracts of public bodies',
      'la section 4.2 du devis',
    ];
    for (const text of notCitations) it(`not: ${text}`, () => assert.deepEqual(findCitations(text), []));
  });

  describe('what is not a citation of the regulation', () => {
    const cases = [
      'au sens de l’article 2 de la Loi;',
      'le paragraphe 3 du premier alinéa de l’article 10 de la Loi sur les contrats des organismes publics',
      'voir l’article 3 du devis et l’article 12 des instructions',
      'D. 533-2008, a. 4; D. 430-2013, a. 1',
      'l’article 99 n’existe pas; le paragraphe 9 de l’article 4 non plus',
      'Article 5 du Règlement sur les contrats d’approvisionnement des organismes publics',
      'Le partial 4.6° tout seul, les articles sans numéro',
    ];
    for (const text of cases) it(text, () => assert.deepEqual(findCitations(text), []));
    it('a singular keyword takes one number: "art. 4, 2 fois"', () => check('[[art. 4]], 2 fois', ['4']));
  });

  describe('whether the text names the regulation after the citation', () => {
    const cases: [string, boolean[]][] = [
      ["dans les cas prévus à l'article 7 du Règlement sur les contrats de services des organismes publics", [true]],
      ['aux articles 7 et 7.1 du Règlement', [true, true]],
      ["le premier alinéa de l'article 7 du présent règlement", [true]],
      ['the cases set out in section 7 of the Regulation', [true]],
      ["dans les cas prévus à l'article 7.", [false]],
      ['(art. 7, al. 1, par. 2°)', [false]],
    ];
    for (const [text, named] of cases)
      it(text, () =>
        assert.deepEqual(
          findCitations(text).map((citation) => citation.named === true),
          named,
        ),
      );
  });

  it('reads the cross-references of art. 3, al. 2 of the regulation itself', () => {
    const text = findArticle('3')!.alineas[1].text;
    assert.deepEqual(
      findCitations(text).map((citation) => citation.id),
      // "paragraphe 1 du premier alinéa de l’article 10 de la Loi" is the Act's.
      ['4.6°', '6.2°', '9.al2', '26.al2'],
    );
  });
});
