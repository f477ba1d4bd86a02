import { strict as assert } from 'node:assert';
import { DocumentParser, parseDocument } from '../../server/src/core/document/incremental.js';
import { parseBlock } from '../../server/src/core/document/markdown.js';
import { bodyDates } from '../../server/src/core/calendar/prose.js';

/**
 * The page furniture of a text copied from a PDF (pageFurniture.ts): page numbers alone, running headers and footers.
 * Such a line is no text of the unit it interrupts, and the paragraph it broke is one again; a line that is text stays.
 */
const units = (text: string) => parseBlock(text).units.map((unit) => [unit.kind, text.slice(unit.start, unit.end).split('\n')[0], unit.text]);

describe('page furniture: page numbers alone', () => {
  for (const number of ['Page 3 de 12', 'Page 3 of 12', 'page 3', 'PAGE 3 SUR 12', 'p. 3/12', '3 / 12', '3/12', '- 3 -', '– 3 –', '— 3 —']) {
    it(`« ${number} » inside a sentence is no text of its paragraph`, () => {
      const text = `La soumission doit être\n${number}\nsignée par une personne autorisée.\n`;
      assert.deepEqual(units(text), [['paragraph', 'La soumission doit être', 'La soumission doit être\nsignée par une personne autorisée.']]);
    });
  }

  it('between paragraphs, a page number is no unit; the units keep their offsets', () => {
    const text = 'Premier paragraphe.\n\nPage 3 de 12\n\nSecond paragraphe.\n';
    const parsed = parseBlock(text).units;
    assert.deepEqual(
      parsed.map((unit) => [unit.kind, unit.text, text.slice(unit.start, unit.end)]),
      [
        ['paragraph', 'Premier paragraphe.', 'Premier paragraphe.'],
        ['paragraph', 'Second paragraphe.', 'Second paragraphe.'],
      ],
    );
  });

  it('inside a list item, and between two items of one list (« - 3 - » opens no list)', () => {
    assert.deepEqual(units('- le formulaire de\n- 3 -\nsoumission signé;\n- la grille de prix.\n'), [
      ['listItem', '- le formulaire de', 'le formulaire de\nsoumission signé;'],
      ['listItem', '- la grille de prix.', 'la grille de prix.'],
    ]);
    assert.deepEqual(
      units('1. le formulaire;\n\nPage 2 de 5\n\n2. la grille de prix.\n').map(([kind]) => kind),
      ['listItem', 'listItem'],
    );
  });

  it('with CRLF line endings, the offsets are the text’s', () => {
    const text = 'La soumission doit être\r\nPage 3 de 12\r\nsignée.\r\n\r\nFin.\r\n';
    const parsed = parseBlock(text).units;
    assert.deepEqual(
      parsed.map((unit) => [unit.text, text.slice(unit.start, unit.end)]),
      [
        ['La soumission doit être\r\nsignée.', 'La soumission doit être\r\nPage 3 de 12\r\nsignée.'],
        ['Fin.', 'Fin.'],
      ],
    );
  });

  it('a sentence a page cut, its page number between blank lines (an OCR, a PDF’s text export), is one paragraph again', () => {
    for (const [before, after] of [
      ['La soumission doit être', 'signée par une personne autorisée.'],
      ['Les soumissions demeurent valides pendant quatre-vingt-dix (90) jours à compter de la date', 'limite de réception.'],
      ['The bid must be signed by', 'an authorized representative of the bidder.'],
      ['Le prix soumis comporte une rature ou une correction qui n’est pas para-', 'phée.'],
    ])
      assert.deepEqual(
        units(`Premier paragraphe.\n\n${before}\n\nPage 3 de 12\n\n${after}\n\nFin.\n`).map(([, , text]) => text),
        ['Premier paragraphe.', `${before}\n${after}`, 'Fin.'],
      );
  });

  it('paragraphs a page parted stay apart: a sentence closed, the next in capitals, a list’s next entry', () => {
    for (const [before, after] of [
      ['La soumission doit être signée.', 'elle est remise sous pli scellé.'],
      ['La soumission doit être', 'Signée par une personne autorisée.'],
      ['a) le formulaire de soumission', 'b) la grille de prix.'],
      ['## Conformité', 'les soumissions sont examinées.'],
    ])
      assert.equal(parseBlock(`${before}\n\nPage 3 de 12\n\n${after}\n`).units.length, 2, `${before} | ${after}`);
  });

  it('text stays: a field, a table row, a list item, a heading, code, a number in a sentence', () => {
    for (const text of [
      'Page 3 : le bordereau de prix.\n',
      '| Page | Contenu |\n| --- | --- |\n| Page 3 de 12 | Bordereau |\n',
      '- Page 3 de 12\n',
      '## Page 3 de 12\n',
      '```\nPage 3 de 12\n```\n',
      'Le bordereau figure à la\npage 3 de l’annexe.\n',
      'Délai : 10 jours.\n3\nexemplaires sont requis.\n',
    ])
      assert.ok(
        parseBlock(text).units.some((unit) => /page 3|^3$|\n3\n/i.test(unit.text)),
        `${JSON.stringify(text)}: ${JSON.stringify(parseBlock(text).units.map((unit) => unit.text))}`,
      );
  });
});

/** A document of `pages` pages of `lines` lines each, `line(page, rank)` written on each. */
function document(pages: number, lines: number, line: (page: number, rank: number) => string | undefined): string {
  const body: string[] = [];
  for (let page = 1; page <= pages; page++)
    for (let rank = 0; rank < lines; rank++) body.push(line(page, rank) ?? (rank % 2 ? '' : `Paragraphe ${page}.${rank} du texte.`));
  return `---\ntype: appel-offres\n---\n\n${body.join('\n')}\n`;
}
const texts = (text: string) => parseDocument(text).units.map((unit) => unit.text);

describe('page furniture: running headers and footers', () => {
  const HEADER = "Appel d'offres no 2026-045 — Services de gestion documentaire";
  /** A page broken inside a sentence, its footer and the next page's header between the sentence's lines. */
  const paged = (pages: number, footer: (page: number) => string, header = HEADER) =>
    document(pages, 20, (page, rank) =>
      rank === 4
        ? `La soumission ${page} doit être`
        : rank === 5
          ? footer(page)
          : rank === 6
            ? header
            : rank === 7
              ? `signée par la personne ${page}.`
              : undefined,
    );

  it('a line repeated on every page, inside sentences, is no text: each sentence is one paragraph again', () => {
    for (const footer of [(page: number) => `Page ${page} de 4`, () => 'Initiales du soumissionnaire : ____', () => 'Version du 2026-03-02']) {
      const read = texts(paged(4, footer));
      for (let page = 1; page <= 4; page++)
        assert.ok(
          read.some((text) => text.startsWith(`La soumission ${page} doit être\nsignée par la personne ${page}.`)),
          read.join('|'),
        );
      assert.ok(!read.some((text) => text.includes('Appel') || text.includes('Initiales') || text.includes('Version')));
    }
  });

  it('a running line that holds the page number (« … — Page 3 de 12 », « … | 3 »)', () => {
    for (const footer of [
      (page: number) => `Ministère de l'Emploi et de la Solidarité sociale — Page ${page} de 4`,
      (page: number) => `Tender No. 2026-045 | ${page}`,
    ]) {
      const read = texts(paged(4, footer, 'Services de gestion documentaire'));
      assert.ok(!read.some((text) => /Ministère|Tender|Services de gestion/.test(text)), read.join('|'));
    }
  });

  it('a running line whose page number is wrapped onto the next line (« … — Page 3↵de 4 »)', () => {
    for (const footer of [
      (page: number) => `Appel d'offres no 2016-DRBS-031 — Page ${page}\nde 4`,
      (page: number) => `Tender No. 2026-045, page ${page}\nof 4`,
    ]) {
      const read = texts(paged(4, footer));
      assert.ok(!read.some((text) => /Appel|Tender|de 4|of 4/.test(text)), read.join('|'));
      assert.ok(
        read.some((text) => text.startsWith('La soumission 2 doit être\nsignée par la personne 2.')),
        read.join('|'),
      );
    }
  });

  it('a sentence a page cut, its footer and the next page’s header between blank lines as an OCR sets them, wrapped or not, is one passage', () => {
    const layouts: [(page: number) => string, string][] = [
      [(page) => `Appel d'offres no 2016-DRBS-031 — Page ${page} de 4`, HEADER],
      [(page) => `Appel d'offres no 2016-DRBS-031 — Page ${page}\nde 4`, 'MTRR — Direction régionale du\nBas-Saint-Laurent'],
    ];
    for (const [footer, header] of layouts) {
      const text = document(4, 20, (page, rank) =>
        rank === 4
          ? `Le dépôt de plusieurs soumissions ${page} entraîne`
          : rank === 6
            ? footer(page)
            : rank === 8
              ? header
              : rank === 10
                ? `le rejet de toutes ses soumissions ${page}.`
                : rank === 5 || rank === 7 || rank === 9
                  ? ''
                  : undefined,
      );
      const read = texts(text);
      for (let page = 1; page <= 4; page++)
        assert.ok(read.includes(`Le dépôt de plusieurs soumissions ${page} entraîne\nle rejet de toutes ses soumissions ${page}.`), read.join('|'));
      assert.ok(!read.some((text) => /Appel|MTRR|gestion documentaire|de 4/.test(text)), read.join('|'));
      // An edit that closes the sentence before the page, or opens it again, parts it or joins it as a parse from scratch.
      const parser = new DocumentParser();
      const units = (model: ReturnType<DocumentParser['parse']>) => model.units.map((unit) => [unit.kind, unit.start, unit.end, unit.text]);
      parser.parse(text);
      const closed = text.replace('soumissions 2 entraîne', 'soumissions 2 entraîne.');
      assert.deepEqual(units(parser.parse(closed)), units(parseDocument(closed)));
      assert.deepEqual(units(parser.parse(text)), units(parseDocument(text)));
    }
  });

  it('bare page numbers that count the pages up', () => {
    const read = texts(paged(4, (page) => String(page)));
    assert.ok(
      read.some((text) => text.startsWith('La soumission 2 doit être\nsignée par la personne 2.')),
      read.join('|'),
    );
  });

  it('a line said twice only, a line repeated close together (a form), numbers that do not count up: text', () => {
    assert.ok(texts(paged(2, () => 'Version du 2026-03-02')).some((text) => text.includes('Version du 2026-03-02')));
    const form = document(1, 30, (_page, rank) => (rank % 4 === 0 ? 'Signature : ____________' : undefined));
    assert.equal(texts(form).filter((text) => text.includes('Signature')).length, 8);
    assert.ok(texts(paged(4, (page) => String(5 - page))).some((text) => text.includes('\n3\n')));
    // A clause copied on each page, wrapped alike: its first line reads as a header would, its others do not.
    const clause = paged(4, () => 'ses prix sont fermes pour toute la durée', 'Le soumissionnaire atteste que').replaceAll(
      '\nses prix sont fermes pour toute la durée\nLe soumissionnaire atteste que\n',
      '\nLe soumissionnaire atteste que\nses prix sont fermes pour toute la durée\ndu contrat.\n',
    );
    assert.equal(
      texts(clause).filter((text) => text.includes('Le soumissionnaire atteste que\nses prix sont fermes pour toute la durée\ndu contrat.')).length,
      4,
    );
    // A page much longer than the others between two repetitions: no page.
    const irregular = document(1, 200, (_page, rank) => ([0, 20, 40, 190].includes(rank) ? 'Version du 2026-03-02' : undefined));
    assert.equal(texts(irregular).filter((text) => text.includes('Version')).length, 4);
  });

  it('an edit that makes a line repeat a third time makes it furniture everywhere, as a parse from scratch', () => {
    const twice = paged(3, () => 'Version du 2026-03-02').replace(/(La soumission 3 doit être\n)Version du 2026-03-02\n/, '$1Une autre ligne\n');
    const thrice = paged(3, () => 'Version du 2026-03-02');
    const parser = new DocumentParser();
    const units = (model: ReturnType<DocumentParser['parse']>) => model.units.map((unit) => [unit.kind, unit.start, unit.end, unit.text]);
    assert.ok(units(parser.parse(twice)).some(([, , , text]) => String(text).includes('Version')));
    assert.deepEqual(units(parser.parse(thrice)), units(parseDocument(thrice)));
    assert.deepEqual(units(parser.parse(twice)), units(parseDocument(twice)));
  });

  it('a date a page broke is read whole, and a running line’s date is none', () => {
    const text = paged(4, (page) => `Page ${page} de 4`, 'Version du 2026-03-02').replace(
      /La soumission (\d) doit être\n(.*)\n(.*)\nsignée par la personne \d\./g,
      'La soumission $1 est reçue au plus tard le mardi 10 novembre\n$2\n$3\n2026 à 1$1 h.',
    );
    assert.deepEqual(
      bodyDates(parseDocument(text)).map((mention) => [mention.date, text.slice(mention.dateStart, mention.dateEnd).split('\n')[0]]),
      Array(4).fill([{ year: 2026, month: 11, day: 10 }, '10 novembre']),
    );
  });
});
