import { strict as assert } from 'node:assert';
import { splitBlocks } from '../../server/src/core/document/blocks.js';
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
});
