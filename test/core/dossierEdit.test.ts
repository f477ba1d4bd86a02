import { strict as assert } from 'node:assert';
import { analyzeDossier, createLanguageService, DEFAULT_SETTINGS, DocumentParser, dossierOf } from '../../server/src/core/index.js';
import type { ParsedBlock } from '../../server/src/core/document/markdown.js';
import { findItem, findUnits, itemStated, unitQuestion } from '../../server/src/core/legal/find.js';
import { readDossierExample } from '../helpers.js';

/**
 * An edit of one file of a dossier (issue 16): what the rules ask of the other files' blocks is kept with
 * their models, so the other files are not searched again.
 */
describe('an edit of one file of a dossier', () => {
  const files = readDossierExample('dossier-gestion-documentaire');
  const uri = (name: string) => `file:///dossier/${name}`;
  const inputOf = (self: string, texts: Record<string, string>) => ({
    name: self,
    others: Object.entries(texts)
      .filter(([name]) => name !== self)
      .map(([name, text]) => ({ uri: uri(name), name, text })),
  });
  const PASSAGE = 'Le prestataire';
  const SAYS_PASSAGE = unitQuestion('test:says-prestataire', (_, unit) => unit.text.includes(PASSAGE));

  /** Counts every look at a block's memoised readings (its memo), in place of the block's own memo. */
  function countVisits(blocks: readonly { parsed: ParsedBlock }[]): { visits: number } {
    const counter = { visits: 0 };
    for (const { parsed } of blocks) {
      const memo = parsed.memo;
      parsed.memo = new (class extends Map<string, number[]> {
        override get(key: string) {
          counter.visits++;
          return super.get(key);
        }
        override has(key: string) {
          counter.visits++;
          return super.has(key);
        }
      })(memo);
    }
    return counter;
  }

  it('the units that state an item or that a question accepts, and whether an item is stated, are not looked for again in the files that did not change', () => {
    const service = createLanguageService();
    service.analyze(uri('regie.md'), files['regie.md'], DEFAULT_SETTINGS, inputOf('regie.md', files));
    const before = service.lastAnalysis(uri('regie.md'))!.dossier.combined!;
    const items = ['lateReceipt', 'awardRule', 'contractToSign', 'needsDescription'] as const;
    const foundBefore = items.map((item) => findItem(before.model, item).length);
    assert.ok(
      foundBefore.every((count) => count > 0),
      'the items are stated',
    );
    assert.ok(findUnits(before.model, SAYS_PASSAGE).length > 1, 'the question has answers');
    // Stopped at the first passage: which blocks state them is not known, only that one does (in the notice, the
    // devis, and the instructions before the place of the edit).
    const stated = ['information', 'noObligationToAccept', 'groupingNeeds', 'tenderDocuments'] as const;
    assert.ok(stated.every((item) => itemStated(before.model, item)));

    const at = files['regie.md'].indexOf('\n\n', files['regie.md'].length / 2);
    const texts = { ...files, 'regie.md': `${files['regie.md'].slice(0, at)} Ajout.${files['regie.md'].slice(at)}` };
    const unchanged = before.members.filter(({ member }) => member.name !== 'regie.md').flatMap(({ member }) => member.model.blocks);
    const counter = countVisits(unchanged);
    service.analyze(uri('regie.md'), texts['regie.md'], DEFAULT_SETTINGS, inputOf('regie.md', texts));
    const after = service.lastAnalysis(uri('regie.md'))!.dossier.combined!;
    assert.notEqual(after.model, before.model, 'a new combined model');
    counter.visits = 0;
    assert.deepEqual(
      items.map((item) => findItem(after.model, item).length),
      foundBefore,
    );
    const answers = findUnits(after.model, SAYS_PASSAGE);
    assert.ok(stated.every((item) => itemStated(after.model, item)));
    assert.equal(counter.visits, 0, 'no block of an unchanged file visited');
    // The same answers as a dossier analysed from scratch.
    const fresh = dossierOf(
      'regie.md',
      new DocumentParser().parse(texts['regie.md']),
      Object.entries(texts)
        .filter(([name]) => name !== 'regie.md')
        .map(([name, text]) => ({ name, text })),
    );
    const scratch = analyzeDossier(fresh).combined!;
    assert.deepEqual(
      answers.map((unit) => [unit.start, unit.text]),
      findUnits(scratch.model, SAYS_PASSAGE).map((unit) => [unit.start, unit.text]),
    );
    assert.deepEqual(
      items.map((item) => findItem(after.model, item).map((unit) => unit.start)),
      items.map((item) => findItem(scratch.model, item).map((unit) => unit.start)),
    );
  });
});
