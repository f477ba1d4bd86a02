import { strict as assert } from 'node:assert';
import { chunkSpans, splitBlocks } from '../../server/src/core/document/blocks.js';
import { DocumentParser, parseDocument } from '../../server/src/core/index.js';
import { readExample } from '../helpers.js';

const spans = (text: string) => splitBlocks(text).map((b) => text.slice(b.start, b.end));

describe('top-level blocks', () => {
  it('cover the text contiguously', () => {
    const text = readExample('ao-services-professionnels-conforme.md');
    const blocks = splitBlocks(text);
    assert.equal(blocks[0].start, 0);
    assert.equal(blocks[blocks.length - 1].end, text.length);
    for (let i = 1; i < blocks.length; i++) assert.equal(blocks[i].start, blocks[i - 1].end);
    assert.ok(blocks.length > 20);
  });

  it('never split inside fenced code, HTML comments or indented continuations', () => {
    assert.equal(spans('```\na\n\nb\n```\n\nc\n').length, 2);
    assert.equal(spans('<!--\na\n\nb\n-->\n\nc\n').length, 2);
    assert.equal(spans('- item\n\n  continued\n\nnext\n').length, 2);
    assert.equal(spans('~~~~\n```\n\nx\n~~~~\n').length, 1);
  });

  it('re-uses unchanged blocks and gives the same model as a fresh parse', () => {
    const parser = new DocumentParser();
    const original = readExample('ao-services-professionnels-conforme.md');
    const first = parser.parse(original);
    const edited = original.replace('## 8. Validité des soumissions', '## 8. Validité des offres');
    const second = parser.parse(edited);
    const reused = second.blocks.filter((block) => first.blocks.some((old) => old.parsed === block.parsed)).length;
    assert.equal(reused, second.blocks.length - 1, 'only the edited block is parsed again');
    const fresh = parseDocument(edited);
    const strip = (model: typeof fresh) => model.units.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
    assert.deepEqual(strip(second), strip(fresh));
  });
  it('a telegraphic document (paragraphs without final punctuation) is cut into chunks as others: an edit re-parses one', () => {
    const fields = [
      'Validité des soumissions : 90 jours',
      'Lieu de dépôt : bureau 2.10',
      'Ouverture publique le jour même',
      'Durée du contrat : 2 ans',
      'Montant estimé : 150 000 $',
    ];
    const original = Array.from({ length: 300 }, (_, rank) => `Lot ${rank} — ${fields[rank % fields.length]}`).join('\n\n') + '\n';
    assert.ok(chunkSpans(original).spans.length > 50, String(chunkSpans(original).spans.length));
    const parser = new DocumentParser();
    const first = parser.parse(original);
    const edited = original.replace('Lot 146 — Lieu de dépôt : bureau 2.10', 'Lot 146 — Lieu de dépôt : bureau 2.12');
    const second = parser.parse(edited);
    const reused = second.blocks.filter((block) => first.blocks.some((old) => old.parsed === block.parsed)).length;
    assert.equal(reused, second.blocks.length - 1, 'only the edited chunk is parsed again');
    const strip = (model: ReturnType<typeof parseDocument>) => model.units.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
    assert.deepEqual(strip(second), strip(parseDocument(edited)));
  });

  it('a sentence a page cut stays in one chunk with its furniture and its continuation, whatever follows', () => {
    const filler = Array.from({ length: 40 }, (_, rank) => `Article ${rank} sans ponctuation finale`).join('\n\n');
    const text = `${filler}\n\nLe dépôt de plusieurs soumissions entraîne\n\nPage 6 de 12\n\nMinistère — Appel d'offres 2016-045\n\nle rejet de toutes.\n\n${filler}\n`;
    const chunk = chunkSpans(text).spans.find((span) => text.slice(span.start, span.end).includes('entraîne'));
    assert.ok(chunk && text.slice(chunk.start, chunk.end).includes('le rejet de toutes.'));
  });
});
