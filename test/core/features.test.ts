import { strict as assert } from 'node:assert';
import { analyzeText, completion, definition, documentSymbols, foldingRanges, hover, parseDocument, regulationText } from '../../server/src/core/index.js';
import { linkCitations } from '../../server/src/core/features/hover.js';
import { readExample } from '../helpers.js';

/** `|` marks the cursor (yaml-language-server style); returns the model and the cursor's offset. */
function at(source: string) {
  const offset = source.indexOf('|');
  assert.ok(offset >= 0, 'no cursor mark');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  return { text, model: parseDocument(text), offset };
}

const HEAD = '---\ntype: avis\nprocedure: public\n---\n\n';

describe('editor features (core)', () => {
  describe('hover', () => {
    it('on a paragraph citation: only that paragraph, emphasised, with its place and link', () => {
      const { text, model, offset } = at(`${HEAD}Le délai respecte le paragraphe 6 du deuxième alinéa de l’arti|cle 4.\n`);
      const found = hover(model, offset, [], 'fr')!;
      assert.match(found.contents, /^\*\*Art\. 4, al\. 2, par\. 6°\*\*/);
      assert.match(found.contents, /\*\*6° l’endroit prévu ainsi que la date et l’heure limites/);
      assert.match(found.contents, /Section II — DOCUMENTS D’APPEL D’OFFRES/);
      assert.match(found.contents, /\(https:\/\/www\.legisquebec\.gouv\.qc\.ca\/fr\/document\/rc\/C-65\.1,%20r\.%204#se:4\)/);
      assert.doesNotMatch(found.contents, /1° le nom de l’organisme public/);
      const start = model.lines.offsetAt(found.range.start);
      assert.equal(text.slice(start, model.lines.offsetAt(found.range.end)), 'paragraphe 6 du deuxième alinéa de l’article 4');
    });

    it('on an article citation: the whole article, history included', () => {
      const { model, offset } = at(`${HEAD}- Voir l’art|icle 29.4 du présent règlement.\n`);
      const found = hover(model, offset, [], 'fr')!;
      for (const part of ['1° l’écart entre le prix soumis', '4° les représentations', '- e) l’aide financière', '*D. 430-2013, a. 9*', 'Section IV.1']) {
        assert.ok(found.contents.includes(part), part);
      }
    });

    it('on an English citation, as the English clauses write it: the article', () => {
      const { model, offset } = at(`${HEAD}- As provided by sect|ion 16 of the Regulation respecting service contracts of public bodies.\n`);
      const found = hover(model, offset, [], 'en')!;
      assert.match(found.contents, /^\*\*S\. 16\*\*/);
    });

    it('on a range of articles: the first article and the opening of the others', () => {
      const { model, offset } = at(`${HEAD}Les articles 10 à 1|5.1 s’appliquent.\n`);
      const found = hover(model, offset, [], 'en')!;
      assert.match(found.contents, /^\*\*S\. 10\*\*/);
      assert.match(found.contents, /- \*\*s\. 15\.1\*\* — L’adjudication du contrat se produit/);
    });

    it('on a front-matter key: meaning, allowed values, articles', () => {
      const { model, offset } = at('---\ntype: avis\nproce|dure: public\nreception:\n  date: 2026-03-19\n---\n');
      const found = hover(model, offset, [], 'fr')!;
      assert.match(found.contents, /\*\*`procedure`\*\* — Procédure d'appel d'offres\./);
      assert.match(found.contents, /`public`, `regionalise`, `invitation`, `deux-etapes`/);
      assert.match(found.contents, /\[art\. 25, al\. 2\]/);
      const nested = at('---\ntype: avis\nreception:\n  da|te: 2026-03-19\n---\n');
      assert.match(hover(nested.model, nested.offset, [], 'en')!.contents, /^\*\*`reception\.date`\*\* — Bid receipt deadline date/);
      const flow = at('---\ntype: avis\nouverture: { date: 2026-03-19, heu|re: "14:00" }\n---\n');
      assert.match(hover(flow.model, flow.offset, [], 'fr')!.contents, /^\*\*`ouverture\.heure`\*\* — Heure d'ouverture des soumissions/);
      const listItem = at('---\ntype: avis\noptions:\n  - ty|pe: renouvellement\n---\n');
      assert.match(
        hover(listItem.model, listItem.offset, [], 'fr')!.contents,
        /^\*\*`options\.type`\*\*.*\n\nValeur : `renouvellement`, `services-supplementaires`/,
      );
    });

    it("on a finding's range: the finding and the text it cites", () => {
      const text = readExample('ao-services-techniques-defauts.md');
      const model = parseDocument(text);
      const { findings } = analyzeText(text);
      const finding = findings.find((each) => each.citation.endsWith('°'))!;
      const found = hover(model, model.lines.offsetAt(finding.range.start), findings, 'fr')!;
      assert.ok(found.contents.includes(finding.message.replace(/([*_[\]<>#|`\\])/g, '\\$1')));
      assert.ok(found.contents.includes(`\`${finding.rule}\``));
      const paragraph = finding.citation.replace(/^[\d.]+?\.(?=\d+(?:\.\d+)?°$)/, '');
      assert.ok(found.contents.includes(`**${paragraph} `), `${finding.citation} emphasised`);
    });

    it('on a line with several findings: a Markdown paragraph each, then the text of each cited article once', () => {
      const text = readExample('ao-services-techniques-defauts.md');
      const model = parseDocument(text);
      const { findings } = analyzeText(text);
      const line = text.split('\n').findIndex((each) => each.startsWith("# Avis d'appel d'offres"));
      const under = findings.filter((finding) => finding.range.start.line === line);
      assert.deepEqual(
        under.map((finding) => finding.citation),
        ['4.4°', '4.7°', '29.7'],
      );
      const { contents } = hover(model, model.lines.offsetAt({ line, character: 3 }), findings, 'fr')!;
      const [paragraphs, ...texts] = contents.split('\n\n---\n\n');
      assert.deepEqual(
        paragraphs.split('\n\n').map((paragraph) => paragraph.replace(/\]\([^)]*\)/g, ']')),
        [
          "**Erreur** · [art. 4, al. 2, par. 4°] — L'avis n'indique pas si un accord intergouvernemental s'applique ou non (clé accords, ou « aucun »). `notice-intergovernmental-agreements`",
          "**Erreur** · [art. 4, al. 2, par. 7°] — L'avis n'indique pas que l'organisme public ne s'engage à accepter aucune des soumissions reçues. `notice-no-obligation-to-accept`",
          "**Avertissement** · [art. 29.7] — Les documents n'indiquent pas la période de validité des soumissions (clé validite-soumissions-jours ou mention dans le texte) : le rejet d'un prix anormalement bas doit être autorisé avant son expiration ([art. 29.7]). `bid-validity-period`",
        ],
      );
      assert.deepEqual(
        texts.map((each) => each.split('\n')[0]),
        [
          '**Art. 4, al. 2** — Règlement sur les contrats de services des organismes publics',
          '**Art. 29.7** — Règlement sur les contrats de services des organismes publics',
        ],
      );
      assert.equal(contents.split('Cet avis fait partie des documents').length, 2, 'the text of art. 4 once');
      assert.ok(!contents.includes('```'), 'no code block');
    });

    it('on the citation id of an ignore directive', () => {
      const { model, offset } = at(`${HEAD}<!-- tender-ignore 4.|3° : garantie exigée au devis -->\n`);
      assert.match(hover(model, offset, [], 'fr')!.contents, /\*\*3° la nature et le montant de la garantie de soumission exigée/);
    });

    it('links the citations written in a finding message', () => {
      assert.equal(
        linkCitations('Délai trop court (art. 4, al. 2, par. 6°) *', 'fr'),
        'Délai trop court ([art. 4, al. 2, par. 6°](https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-65.1,%20r.%204#se:4)) \\*',
      );
    });

    it('elsewhere: nothing', () => {
      const { model, offset } = at(`${HEAD}Un texte sans ren|voi, l’article 2 de la Loi.\n`);
      assert.equal(hover(model, offset, [], 'fr'), undefined);
      // The tender's own numbering is not a citation of the regulation.
      for (const own of ['## ARTICLE |4 – GARANTIE D’EXÉCUTION\n', '**Article |12.** Le prestataire…\n']) {
        const numbered = at(`${HEAD}${own}`);
        assert.equal(hover(numbered.model, numbered.offset, [], 'fr'), undefined, own);
        assert.equal(definition(numbered.model, numbered.offset), undefined, own);
      }
      const cited = at(`${HEAD}## Avis (art. |4 du règlement)\n`);
      assert.match(hover(cited.model, cited.offset, [], 'fr')!.contents, /^\*\*Art\. 4\*\*/);
    });
  });

  it('go to definition: the cited paragraph in the rendering of the regulation', () => {
    const { model, offset } = at(`${HEAD}(art. 4, al. 2, |par. 6°)\n`);
    const location = definition(model, offset)!;
    assert.equal(location.uri, 'tender-reglement:/C-65.1-r4/2016-03-01.md');
    const line = regulationText(location.uri)!.split('\n')[location.range.start.line];
    assert.match(line, /^6° l’endroit prévu/);
    assert.equal(location.range.end.character, line.length);
    assert.equal(regulationText('tender-reglement:/C-65.1-r4/1999-01-01.md'), undefined);
    const key = at('---\ntype: avis\ndiff|usion: 2026-03-02\n---\n');
    const keyLocation = definition(key.model, key.offset)!;
    assert.match(regulationText(keyLocation.uri)!.split('\n')[keyLocation.range.start.line], /^6° l’endroit prévu/, 'diffusion: its provision, 4.6°');
    const none = at(`${HEAD}Pas de ren|voi.\n`);
    assert.equal(definition(none.model, none.offset), undefined);
  });

  describe('completion', () => {
    const labels = (source: string) => {
      const { model, offset } = at(source);
      return completion(model, offset, 'fr');
    };

    it('top-level front-matter keys not yet written, with documentation', () => {
      const items = labels('---\ntype: avis\npro|\n---\n');
      const names = items.map((item) => item.label);
      assert.ok(names.includes('procedure') && names.includes('reception'));
      assert.ok(!names.includes('type'));
      const procedure = items.find((item) => item.label === 'procedure')!;
      assert.equal(procedure.insertText, 'procedure: ');
      assert.match(procedure.documentation!, /Procédure d'appel d'offres/);
      assert.deepEqual(procedure.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
      assert.equal(items.find((item) => item.label === 'reception')!.insertText, 'reception:\n  ');
    });

    it('nested keys and list-item keys', () => {
      assert.deepEqual(
        labels('---\nreception:\n  date: 2026-03-19\n  |\n---\n').map((item) => item.label),
        ['date', 'heure', 'lieu'],
      );
      assert.deepEqual(
        labels('---\noptions:\n  - |\n---\n').map((item) => item.label),
        ['type', 'description'],
      );
      assert.deepEqual(
        labels('---\nevaluation:\n  criteres:\n    - nom: Expérience\n      |\n---\n').map((item) => item.label),
        ['nom', 'poids', 'minimum', 'description'],
      );
    });

    it('values of enumerations and booleans', () => {
      assert.deepEqual(
        labels('---\nprocedure: |\n---\n').map((item) => item.label),
        ['public', 'regionalise', 'invitation', 'deux-etapes'],
      );
      assert.deepEqual(
        labels('---\ncontrat:\n  repetitif: t|\n---\n').map((item) => item.label),
        ['true', 'false'],
      );
      assert.deepEqual(
        labels('---\ngarantie-soumission: |\n---\n').map((item) => item.label),
        ['aucune'],
      );
    });

    it('article numbers after "art. ", with their opening words and place', () => {
      const items = labels(`${HEAD}Conformément à l’art. 29|`);
      const item = items.find((each) => each.label === '29.4')!;
      assert.match(item.detail!, /^Lorsqu’il analyse la soumission, le comité tient compte .*Section IV\.1/);
      assert.deepEqual(item.range, { start: { line: 5, character: 22 }, end: { line: 5, character: 24 } });
      assert.ok(!items.some((each) => each.label === '32.1'), 'abrogated articles are not offered');
      assert.ok(!items.some((each) => each.label === '9' && each.detail?.startsWith('L’organisme public détermine')), 'annex articles are not offered');
      const annex = labels(`${HEAD}Selon l’annexe 2, art. |`);
      assert.deepEqual(
        annex.map((each) => each.label),
        ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
      );
      assert.match(annex[8].detail!, /^L’organisme public détermine dans les documents d’appel .*\(Annexe 2 — Conditions et modalités/);
    });

    it('catalogue clauses at the start of a line, as snippets', () => {
      const items = labels(`${HEAD}aucune|`);
      const clause = items.find((item) => item.filterText?.startsWith('aucune-obligation-accepter'))!;
      assert.equal(clause.snippet, true);
      assert.equal(clause.insertText, 'L’organisme public ne s’engage à accepter aucune des soumissions reçues.');
      assert.match(items.find((item) => item.filterText?.startsWith('reception-soumissions'))!.insertText, /\$\{1:date\}/);
      assert.deepEqual(labels(`${HEAD}Au milieu d’une phrase |`), []);
    });
  });

  it('outline and folding of an example', () => {
    const text = readExample('ao-services-professionnels-conforme.md');
    const model = parseDocument(text);
    const symbols = documentSymbols(model, 'fr');
    assert.equal(symbols[0].name, 'En-tête');
    assert.ok(symbols[0].children.some((child) => child.name === 'reception'));
    const headings = [...text.matchAll(/^(#{1,6}) (.+)$/gm)];
    const flatten = (list: typeof symbols): string[] => list.flatMap((symbol) => [symbol.name, ...flatten(symbol.children)]);
    assert.deepEqual(
      flatten(symbols.slice(1)),
      headings.map((heading) => heading[2].trim()),
    );
    const topLevel = headings.filter((heading) => heading[1].length === Math.min(...headings.map((h) => h[1].length))).length;
    assert.equal(symbols.length - 1, topLevel);
    const folds = foldingRanges(model);
    assert.equal(folds[0].kind, 'region');
    assert.equal(folds[0].startLine, 0);
    assert.equal(folds.length, 1 + headings.length);
  });

  it('outline and folding of titles set in bold: under the heading before them, each up to the next', () => {
    const model = parseDocument('# Régie\n\n**Conditions de conformité**\n\n1. Absence de signature\n\n**Motifs de rejet**\n\nTexte.\n\n# Annexe\n');
    const outline = (list: ReturnType<typeof documentSymbols>): unknown[] => list.map((symbol) => [symbol.name, outline(symbol.children)]);
    assert.deepEqual(outline(documentSymbols(model, 'fr')), [
      [
        'Régie',
        [
          ['Conditions de conformité', []],
          ['Motifs de rejet', []],
        ],
      ],
      ['Annexe', []],
    ]);
    assert.deepEqual(
      foldingRanges(model).map((fold) => [fold.startLine, fold.endLine]),
      [
        [0, 8],
        [2, 4],
        [6, 8],
      ],
    );
  });
});
