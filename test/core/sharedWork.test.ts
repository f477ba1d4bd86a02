import { strict as assert } from 'node:assert';
import { analyzeModel, DocumentParser } from '../../server/src/core/index.js';
import { blocksWhere, ChunkLibrary, someBlockWhere } from '../../server/src/core/document/incremental.js';
import { combineModels } from '../../server/src/core/document/model.js';
import { findItem, findItemWithin, itemStated, itemStatedWhere } from '../../server/src/core/legal/find.js';
import { noticeReceiptPlaceDateTime } from '../../server/src/core/rules/notice/noticeReceiptPlaceDateTime.js';
import { readExample } from '../helpers.js';

/** Paragraphs that state nothing a rule looks for, each a chunk of its own. */
const filler = (count: number, seed: string) =>
  Array.from({ length: count }, (_, index) => `Paragraphe ${seed} ${index} : le texte ne traite que de la mise en page du document.`).join('\n\n');

const SUBMISSION_ADDRESS = 'Les soumissions doivent être reçues au 425, rue Jacques-Parizeau, Québec.';

describe('work an analysis does once (issue 16, batch speed)', () => {
  describe('whether an item is stated (itemStated)', () => {
    it('gives findItem’s answer, looking no further than the first block that states it', () => {
      const model = new DocumentParser().parse(`# Avis\n\n${SUBMISSION_ADDRESS}\n\n${filler(40, 'a')}\n`);
      const asked = () => model.blocks.filter((block) => block.parsed.memo.has('receipt')).length;
      assert.equal(itemStated(model, 'receipt'), true);
      // The heading's chunk and the one stating the address; none of the 40 after them.
      assert.ok(asked() <= 2, `${asked()} blocks asked`);
      assert.ok(findItem(model, 'receipt').length > 0);
      assert.equal(asked(), model.blocks.length);
    });

    it('within a section (findItemWithin), gives findItem’s answer there, reading only the blocks of the section', () => {
      const model = new DocumentParser().parse(
        `# Avis\n\n${SUBMISSION_ADDRESS}\n\n${filler(3, 'w')}\n\n# Devis\n\n${filler(30, 'x')}\n\n${SUBMISSION_ADDRESS}\n`,
      );
      const [notice] = model.sections;
      const within = findItemWithin(model, 'receipt', notice.start, notice.end);
      assert.equal(within.length, 1);
      // The notice's heading, its address and its 3 paragraphs: none of the documents' blocks after it.
      const asked = model.blocks.filter((block) => block.parsed.memo.has('receipt')).length;
      assert.ok(asked <= 6, `${asked} blocks asked`);
      assert.deepEqual(
        within,
        findItem(model, 'receipt').filter((unit) => notice.start <= unit.start && unit.start < notice.end),
      );
      assert.equal(findItem(model, 'receipt').length, 2);
    });

    it('asks every block of a text that does not state it, once: the answer is kept as the fact', () => {
      const model = new DocumentParser().parse(`# Avis\n\n${filler(10, 'b')}\n`);
      assert.equal(itemStated(model, 'receipt'), false);
      assert.deepEqual(findItem(model, 'receipt'), []);
      let asked = 0;
      assert.equal(
        someBlockWhere(model, 'item:receipt', () => ++asked > 0),
        false,
      );
      assert.equal(asked, 0);
    });

    it('with a filter (itemStatedWhere), asks the filter of the units stating the item until one passes', () => {
      const model = new DocumentParser().parse(`# Avis\n\n${Array.from({ length: 30 }, () => SUBMISSION_ADDRESS).join('\n\n')}\n`);
      const accepted: number[] = [];
      assert.equal(
        itemStatedWhere(model, 'receipt', (unit) => (accepted.push(unit.start), accepted.length === 2)),
        true,
      );
      assert.equal(accepted.length, 2);
      assert.equal(
        itemStatedWhere(model, 'receipt', () => false),
        false,
      );
    });

    it('on a combined model (a dossier), asks the files in turns, and agrees with blocksWhere', () => {
      const parts = [`# Devis\n\n${filler(20, 'c')}\n`, `# Contrat\n\n${filler(20, 'd')}\n`, `# Avis\n\n${SUBMISSION_ADDRESS}\n`].map((text) =>
        new DocumentParser().parse(text),
      );
      let base = 0;
      const placed = parts.map((model) => {
        const at = base;
        base += model.text.length + 2;
        return { model, base: at };
      });
      const combined = combineModels(placed, undefined, 'appel-offres');
      const asked: number[] = [];
      const states = (index: number) => (asked.push(index), combined.blocks[index].parsed.units.some((unit) => unit.text.includes('Jacques-Parizeau')));
      assert.equal(someBlockWhere(combined, 'test:address', states), true);
      // The last file's second block states it: two blocks of each file asked, not every block of the first two.
      assert.ok(asked.length <= 2 * parts.length, `${asked.length} blocks asked`);
      assert.deepEqual(blocksWhere(combined, 'test:address', states), [combined.blocks.length - 1]);
      assert.equal(
        someBlockWhere(combined, 'test:nothing', () => false),
        false,
      );
      assert.deepEqual(
        blocksWhere(combined, 'test:nothing', () => true),
        [],
      );
    });
  });

  describe('the answers read with their question’s words, in a dossier', () => {
    const QUESTION = '**Q. A-6. Comment obtenir les documents d’appel d’offres?**';
    const ANSWER = 'R. Uniquement par l’intermédiaire du SEAO (www.seao.ca). Le CISSS ne les transmet par aucun autre moyen.';
    const combine = (texts: string[]) => {
      let base = 0;
      const placed = texts.map((text) => {
        const model = new DocumentParser().parse(text);
        const at = base;
        base += model.text.length + 2;
        return { model, base: at };
      });
      return combineModels(placed, undefined, 'appel-offres');
    };

    it('are each file’s own, moved to its place, and a question left open at a file’s end is answered by the next file', () => {
      // The answer alone states nothing: only read with its question does it say how the documents are obtained.
      assert.deepEqual(findItem(new DocumentParser().parse(`# Avis\n\n${ANSWER}\n`), 'seaoOnly'), []);
      const texts = [`# Avis\n\n${QUESTION}\n\n${ANSWER}\n`, `# Devis\n\n${filler(3, 'q')}\n\n${QUESTION}\n`, `${ANSWER}\n\n${filler(2, 'r')}\n`];
      const combined = combine(texts);
      const found = findItem(combined, 'seaoOnly');
      assert.deepEqual(
        found.map((unit) => unit.text),
        [ANSWER, ANSWER],
      );
      for (const unit of found) assert.equal(combined.text.slice(unit.start, unit.end), ANSWER);
      // As in one text of the three files.
      const whole = new DocumentParser().parse(texts.join('\n'));
      assert.deepEqual(
        findItem(whole, 'seaoOnly').map((unit) => unit.text),
        [ANSWER, ANSWER],
      );
      // A question closed by a heading at the next file's start is not answered there.
      assert.equal(findItem(combine([texts[1], `# Annexe\n\n${ANSWER}\n`]), 'seaoOnly').length, 0);
    });
  });

  describe('what the front-matter states', () => {
    it('the place, date and time of the receipt given as keys: the notice’s text is not read for them', () => {
      const frontMatter = `---\ntype: avis\nreception: { date: 2026-03-19, heure: "14:00", lieu: "425, rue Jacques-Parizeau" }\n---\n`;
      const model = new DocumentParser().parse(`${frontMatter}\n# Avis\n\n${filler(20, 'r')}\n`);
      assert.deepEqual(analyzeModel(model, undefined, [noticeReceiptPlaceDateTime]).findings, []);
      assert.equal(model.blocks.filter((block) => block.parsed.memo.has('receipt')).length, 0);
      // Without the time, the text is read for it, and the rule reports it missing.
      const withoutTime = new DocumentParser().parse(`${frontMatter.replace(', heure: "14:00"', '')}\n# Avis\n\n${filler(20, 's')}\n`);
      assert.equal(analyzeModel(withoutTime, undefined, [noticeReceiptPlaceDateTime]).findings.length, 1);
      assert.ok(withoutTime.blocks.some((block) => block.parsed.memo.has('receipt')));
    });
  });

  describe('chunks shared by the parsers of several documents (ChunkLibrary)', () => {
    it('parses a chunk two documents share once, and each document gets the findings it gets alone', () => {
      const example = readExample('ao-services-professionnels-conforme.md');
      const other = example.replace(/^numero: .*$/m, 'numero: AO-2026-9999').replace('# Avis', `${filler(2, 'e')}\n\n# Avis`);
      const library = new ChunkLibrary();
      const first = new DocumentParser(undefined, library).parse(example);
      const second = new DocumentParser(undefined, library).parse(other);
      const parsedOnce = second.blocks.filter((block) => first.blocks.some((mine) => mine.parsed === block.parsed));
      assert.ok(parsedOnce.length > first.blocks.length / 2, `${parsedOnce.length} of ${second.blocks.length} chunks shared`);
      // The front-matters differ (numero): each document keeps its own.
      assert.notEqual(first.blocks[0].parsed, second.blocks[0].parsed);
      for (const [model, text] of [
        [first, example],
        [second, other],
      ] as const) {
        assert.deepEqual(analyzeModel(model).findings, analyzeModel(new DocumentParser().parse(text)).findings);
      }
    });

    it('holds at most its size in characters: past it, it starts over', () => {
      const library = new ChunkLibrary(150);
      const [a, b] = ['a', 'b'].map((letter) => new DocumentParser().parse(`${letter.repeat(100)}\n`).blocks[0].parsed);
      library.set(a.text, a);
      assert.equal(library.get(a.text), a);
      library.set(b.text, b);
      assert.equal(library.get(a.text), undefined);
      assert.equal(library.get(b.text), b);
    });
  });
});
