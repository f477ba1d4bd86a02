import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { DocumentParser } from '../../server/src/core/document/incremental.js';
import type { ParsedBlock } from '../../server/src/core/document/markdown.js';
import { ParseCache } from '../../server/src/node/parseCache.js';
import { blockDates } from '../../server/src/core/calendar/prose.js';
import { markdownFilesIn, readExample, REPOSITORY } from '../helpers.js';
import { VARIANTS } from '../layoutVariants.js';

const TENDER = readExample('ao-services-professionnels-conforme.md');

/** The parser's own parse of a text, with a first parse given the chunks `kept` has. */
function parsed(text: string, kept?: Map<string, ParsedBlock>): DocumentParser {
  const parser = new DocumentParser();
  for (const _ of parser.prepare(text, kept && ((chunk) => kept.get(chunk))));
  parser.parse(text);
  return parser;
}

/** A chunk as data: its parse and its memo's entries. */
const plain = (chunk: ParsedBlock) => ({ ...chunk, memo: [...chunk.memo] });

describe('parses kept across sessions (node/parseCache.ts)', () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'tender-parse-cache-'));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("gives a document's chunks back by their text, the rules' answers (memo) with them", () => {
    const chunks = parsed(TENDER).chunks;
    chunks[1].memo.set('item:seaoOnly', [0]);
    chunks[2].memo.set('weak:grouping', []);
    new ParseCache(directory, 'v1').store('/dossier/regie.md', chunks);
    const kept = new ParseCache(directory, 'v1').load('/dossier/regie.md');
    assert.ok(kept);
    assert.deepEqual([...kept.values()].map(plain), chunks.map(plain));
    assert.deepEqual(
      [...kept.keys()],
      chunks.map((chunk) => chunk.text),
    );
  });

  it('a model made from kept chunks is the model the parser makes, for every example and fixture (a field the cache drops fails here)', () => {
    const cache = new ParseCache(directory, 'v1');
    const files = [...markdownFilesIn(join(REPOSITORY, 'examples')), ...markdownFilesIn(join(REPOSITORY, 'test/fixtures'))];
    assert.ok(files.length > 40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const own = parsed(text);
      cache.store(file, own.chunks);
      const fromKept = parsed(text, cache.load(file));
      assert.deepEqual(fromKept.chunks.map(plain), own.chunks.map(plain), file);
      assert.deepEqual(fromKept.parse(text).units, own.parse(text).units, file);
    }
  });

  it('keeps the running headers and footers a chunk was parsed with (a text copied from a PDF), and takes a chunk only for the same', () => {
    const text = VARIANTS['pages of a PDF copy: running header and footer every ~45 lines'](TENDER);
    const own = parsed(text);
    assert.ok(own.chunks.filter((chunk) => chunk.running).length >= 3);
    const cache = new ParseCache(directory, 'v1');
    cache.store('/dossier/pdf.md', own.chunks);
    const fromKept = parsed(text, cache.load('/dossier/pdf.md'));
    assert.deepEqual(fromKept.chunks.map(plain), own.chunks.map(plain));
    // The same chunks in a text where their lines do not repeat (one page): parsed again, their lines text.
    const onePage = text.slice(0, text.indexOf('\nPage 2 de'));
    assert.deepEqual(parsed(onePage, cache.load('/dossier/pdf.md')).parse(onePage).units, parsed(onePage).parse(onePage).units);
  });

  it('a reading that finds nothing in a block (no date here) is said in its memo, kept with it: the block is not read again', () => {
    const chunks = parsed(TENDER).chunks;
    const dated = chunks.filter((chunk) => blockDates(chunk).length > 0);
    const undated = chunks.filter((chunk) => blockDates(chunk).length === 0);
    assert.ok(dated.length > 0 && undated.length > 0);
    for (const chunk of undated) assert.deepEqual(chunk.memo.get('none:dates'), []);
    for (const chunk of dated) assert.equal(chunk.memo.has('none:dates'), false);
    const cache = new ParseCache(directory, 'v1');
    cache.store('/dossier/avis.md', chunks);
    const kept = cache.load('/dossier/avis.md')!;
    assert.deepEqual(blockDates(kept.get(dated[0].text)!), blockDates(dated[0]));
    assert.deepEqual(blockDates(kept.get(undated[0].text)!), []);
    // What the kept memo says is what the reading answers: it is not read again.
    const said = kept.get(dated[1]?.text ?? dated[0].text)!;
    said.memo.set('none:dates', []);
    assert.deepEqual(blockDates(said), []);
  });

  it('a document edited since takes its unchanged chunks as kept, and parses the changed one', () => {
    const cache = new ParseCache(directory, 'v1');
    cache.store('/dossier/regie.md', parsed(TENDER).chunks);
    const paragraph = TENDER.indexOf('\n\n', TENDER.length / 2) + 2;
    const edited = `${TENDER.slice(0, paragraph)}Une phrase ajoutée depuis.\n\n${TENDER.slice(paragraph)}`;
    const kept = cache.load('/dossier/regie.md')!;
    const chunks = parsed(edited, kept).chunks;
    // Every chunk whose text was kept is the kept parse itself; the new sentence's chunk (and the one before
    // it, whose trailing blank lines changed) were parsed.
    for (const chunk of chunks) assert.equal(kept.get(chunk.text) === chunk, kept.has(chunk.text));
    const parsedAgain = chunks.filter((chunk) => !kept.has(chunk.text));
    assert.ok(parsedAgain.length >= 1 && parsedAgain.length <= 2, `${parsedAgain.length} chunks parsed`);
    assert.ok(parsedAgain.some((chunk) => chunk.text.includes('Une phrase ajoutée depuis.')));
    assert.ok(chunks.length > 20);
  });

  it("what cannot be read or understood is no parse: none kept, another version's, a truncated file, data of another shape", () => {
    const cache = new ParseCache(directory, 'v1');
    assert.equal(cache.load('/dossier/regie.md'), undefined);
    new ParseCache(directory, 'v0').store('/dossier/regie.md', parsed(TENDER).chunks);
    assert.equal(cache.load('/dossier/regie.md'), undefined, "another version's parses are not read");
    cache.store('/dossier/regie.md', parsed(TENDER).chunks);
    const [file] = readdirSync(directory).filter((name) => name.startsWith('v1-'));
    const whole = serialize(parsed(TENDER).chunks);
    const shapes: Buffer[] = [
      whole.subarray(0, whole.length / 2),
      Buffer.from('not a serialization'),
      serialize({ text: 'x' }),
      serialize([{ text: 'x', units: [{ kind: 'table', start: 0, end: 1, text: 'x', normalized: 'x' }], memo: new Map() }]),
      serialize([{ text: 'x', units: [{ kind: 'paragraph', start: 0, end: 1, text: 'x', normalized: 'x' }], memo: new Map([['item:seaoOnly', [3]]]) }]),
      serialize([{ text: 'x', units: [], memo: {} }]),
    ];
    for (const data of shapes) {
      writeFileSync(join(directory, file), data);
      assert.equal(cache.load('/dossier/regie.md'), undefined, data.subarray(0, 40).toString('latin1'));
    }
  });

  it('once per session, parses unused for a week go, then the least recently used past the size limit; a load counts as a use', () => {
    const chunks = parsed(TENDER).chunks;
    const earlier = new ParseCache(directory, 'v1');
    const fileOf = new Map<string, string>();
    for (const name of ['a', 'b', 'c', 'd']) {
      const before = new Set(readdirSync(directory));
      earlier.store(`/dossier/${name}.md`, chunks);
      fileOf.set(
        name,
        join(
          directory,
          readdirSync(directory).find((file) => !before.has(file))!,
        ),
      );
    }
    const daysAgo = (count: number) => (Date.now() - count * 24 * 3600 * 1000) / 1000;
    for (const [name, days] of [
      ['a', 8],
      ['b', 3],
      ['c', 2],
      ['d', 1],
    ] as const)
      utimesSync(fileOf.get(name)!, daysAgo(days), daysAgo(days));
    const cache = new ParseCache(directory, 'v1', 2.5 * statSync(fileOf.get('a')!).size);
    assert.ok(cache.load('/dossier/b.md'));
    cache.store('/dossier/e.md', chunks);
    // e and b (just used) fit; d and c do not, and a is a week old.
    const left = readdirSync(directory).map((file) => join(directory, file));
    assert.equal(left.length, 2);
    assert.ok(left.includes(fileOf.get('b')!));
    assert.ok(!['a', 'c', 'd'].some((name) => left.includes(fileOf.get(name)!)));
  });
});
