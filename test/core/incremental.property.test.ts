import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeModel, createLanguageService, DEFAULT_SETTINGS, DocumentParser, type DocumentModel } from '../../server/src/core/index.js';
import { readExample } from '../helpers.js';

/** Texts an edit inserts: the constructs that decide where blocks and chunks start and end. */
const SNIPPETS = [
  'a',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '```',
  '```\n',
  '~~~\n',
  '# Titre\n',
  '## Avis d’appel d’offres\n\n',
  '### 1.2 Options\n',
  '- item\n',
  '1. premier\n',
  '   - imbriqué\n',
  '    code indenté\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '> citation\n',
  '<!--',
  '-->',
  '<!-- tender-ignore 4.7° : document interne -->\n',
  '<pre>\n',
  '</pre>\n',
  '---\n',
  'Le Ministère ne s’engage à accepter aucune des soumissions reçues.',
  'Les soumissions seront ouvertes publiquement le 19 mars 2026 à 14 h, au 425, rue Jacques-Parizeau.\n\n',
  '**Garantie de soumission :** une garantie de 10 % est exigée.\n\n',
];
/** Edits of the front-matter (inserted after its first line). */
const FRONT_MATTER_LINES = ['garantie-soumission: aucune\n', 'type: avis\n', 'numero: [\n', 'accords: [ACI]\n', 'reception: { date: 2026-03-19 }\n'];

type Edit =
  | { kind: 'insert'; at: number; lineStart: boolean; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'frontMatter'; text: string }
  | { kind: 'deleteLine'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      lineStart: fc.boolean(),
      text: fc.constantFrom(...SNIPPETS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 60 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('frontMatter' as const), text: fc.constantFrom(...FRONT_MATTER_LINES) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteLine' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
);

function apply(text: string, change: Edit): string {
  if (change.kind === 'frontMatter') {
    const firstLine = text.indexOf('\n') + 1;
    return text.slice(0, firstLine) + change.text + text.slice(firstLine);
  }
  let at = Math.floor(change.at * text.length);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (change.kind === 'deleteLine') {
    const lineEnd = text.indexOf('\n', at);
    return text.slice(0, lineStart) + (lineEnd === -1 ? '' : text.slice(lineEnd + 1));
  }
  if (change.lineStart) at = lineStart;
  return text.slice(0, at) + change.text + text.slice(at);
}

/** What a model says about the text, in plain data. */
function shape(model: DocumentModel) {
  return {
    chunks: model.blocks.map((block) => [block.offset, block.parsed.text.length]),
    units: model.units.map(({ kind, start, end, text, normalized, depth, cells, blockIndex }) => ({
      kind,
      start,
      end,
      text,
      normalized,
      depth,
      cells,
      blockIndex,
    })),
    sections: model.sections.map((section) => [section.start, section.end]),
    lines: Array.from({ length: model.lines.lineCount }, (_, line) => model.lines.lineStart(line)),
    frontMatter: model.frontMatter?.data,
    detection: model.detection,
    ignores: model.ignores,
  };
}

/** Sequences that once failed (found by this property): an edit within a chunk start's hashed text. */
const REGRESSIONS: [Edit[], number[]][] = [
  [
    [
      { kind: 'insert', at: 0, lineStart: false, text: 'a' },
      { kind: 'delete', at: 0, length: 20 },
      { kind: 'insert', at: 0, lineStart: false, text: '\n' },
      { kind: 'insert', at: 0.02132895816242822, lineStart: false, text: '\r\n' },
      { kind: 'deleteLine', at: 0 },
    ],
    [0, 0, 0, 0, 0, 0, 0, 0],
  ],
];

describe('incremental analysis equals a from-scratch analysis (property)', function () {
  this.timeout(120_000);

  // The compliant example's front-matter, notice and first sections, and the defective example: small
  // enough for many runs, with every construct the edits play with.
  const compliant = readExample('ao-services-professionnels-conforme.md');
  const examples = {
    'ao-services-professionnels-conforme.md (start)': compliant.slice(0, compliant.indexOf('\n\n', 4000) + 2),
    'ao-services-techniques-defauts.md': readExample('ao-services-techniques-defauts.md'),
  };
  for (const [name, original] of Object.entries(examples)) {
    it(`after every edit of a random sequence, on ${name}`, () => {
      fc.assert(
        fc.property(
          fc.array(edit, { minLength: 1, maxLength: 8 }),
          fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
          fc.array(fc.record({ prepared: fc.nat(600), rules: fc.option(fc.nat(90)) }), { minLength: 8, maxLength: 8 }),
          (edits, prepared, served) => {
            const parser = new DocumentParser();
            const service = createLanguageService();
            let text = original;
            parser.parse(text);
            service.analyze('file:///t.md', text, DEFAULT_SETTINGS);
            edits.forEach((change, step) => {
              text = apply(text, change);
              // Like the server: sometimes parse a few chunks ahead, then give up for a newer version.
              let steps = 0;
              for (const _ of parser.prepare(text)) if (++steps >= prepared[step]) break;
              const incremental = parser.parse(text);
              const scratch = new DocumentParser().parse(text);
              assert.deepEqual(shape(incremental), shape(scratch));
              const expected = analyzeModel(scratch);
              assert.deepEqual(analyzeModel(incremental), expected);
              // The service as the server drives it: parsing, then the rules, each given up part-way at times; the
              // rules' runs cut between two readings of blocks (a clock whose slices are always over).
              steps = 0;
              for (const _ of service.prepare('file:///t.md', text)) if (++steps >= served[step].prepared) break;
              const abandonAt = served[step].rules;
              if (abandonAt !== null) {
                steps = 0;
                let ticks = 0;
                const clock = { now: () => ++ticks, end: 0 };
                for (const _ of service.analysisSteps('file:///t.md', text, DEFAULT_SETTINGS, undefined, clock)) if (++steps >= abandonAt) break;
              }
              assert.deepEqual(service.analyze('file:///t.md', text, DEFAULT_SETTINGS), expected);
            });
          },
        ),
        {
          numRuns: 20,
          examples: REGRESSIONS.map(([edits, prepared]): [Edit[], number[], { prepared: number; rules: number | null }[]] => [
            edits,
            prepared,
            prepared.map(() => ({ prepared: 0, rules: null })),
          ]),
        },
      );
    });
  }
});
