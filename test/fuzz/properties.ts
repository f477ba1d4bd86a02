/**
 * Fuzz properties shared by the bounded run in `npm test` (fuzz.test.ts) and long runs
 * (`npm run fuzz -- --runs N`, scripts/fuzz.ts). The documents are random tender documents built
 * from the product's own vocabulary, and the examples with random mutations; whatever the input,
 * nothing may throw and every position handed to an editor must lie inside the document.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText, completion, createLanguageService, definition, DEFAULT_SETTINGS, hover, parseDocument, RULES } from '../../server/src/core/index.js';
import { mergeSettings } from '../../server/src/core/config/settingsFile.js';
import { CLAUSES, renderClause } from '../../server/src/core/legal/clauses.js';
import { FRONT_MATTER_SCHEMA, type ValueSchema } from '../../server/src/core/document/schema.js';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import { loadConfigFor } from '../../server/src/node/configFiles.js';
import { applyEdits, readExample } from '../helpers.js';
import { assertFindingsInside } from '../robustness/documentBounds.js';
import { fixAllProperty } from './fixAll.js';

const EXAMPLES = ['ao-services-professionnels-conforme.md', 'ao-services-techniques-defauts.md', 'avis-entretien-espaces-verts.md'].map(readExample);

/** Fragments that change how Markdown or YAML reads what follows. */
const SYNTAX = [
  '---',
  '\n---\n',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<!-- tender-ignore 4.7° : raison -->',
  '<!-- tender-ignore ',
  '# ',
  '## ',
  '> ',
  '- ',
  '1. ',
  '|',
  '|---|',
  '[',
  '](',
  '*',
  '_',
  '\\',
  '&#',
  '\t',
  '\r',
  '\r\n',
  '\n\n',
  '\0',
  '\uFEFF',
  '\uD800',
  '’',
  'é',
  ': ',
  '{',
  '[',
  '&a',
  '*a',
  '!!binary',
  '"',
  "'",
];

const clauseTexts = Object.values(CLAUSES).flatMap((clause) => [renderClause(clause, 'fr'), renderClause(clause, 'en')]);

const scalar = fc.oneof(
  fc.constantFrom('2026-03-19', '2026-02-30', '99999-01-01', '14:00', '25:61', 'aucune', 'aucun', '350 000 $', 'trente', 'true', 'null', '~', '[]', '{}'),
  fc.integer({ min: -1e6, max: 1e9 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
);

/** A YAML value loosely shaped by the schema (right or wrong types, lists, nested maps). */
function yamlValue(schema: ValueSchema, depth: number): fc.Arbitrary<string> {
  const inline = scalar;
  if (depth > 2) return inline;
  switch (schema.kind) {
    case 'enum':
      return fc.oneof(fc.constantFrom(...schema.values), inline);
    case 'object': {
      const keys = Object.keys(schema.fields);
      return fc.oneof(
        inline,
        fc
          .array(fc.tuple(fc.constantFrom(...keys, 'cle-inconnue'), fc.constantFrom(...keys)), { maxLength: 4 })
          .chain((pairs) =>
            fc
              .tuple(
                ...pairs.map(([key, schemaKey]) =>
                  yamlValue(schema.fields[schemaKey].value, depth + 1).map((value) => `${key}: ${value.includes('\n') ? JSON.stringify(value) : value}`),
                ),
              )
              .map((entries) => `{ ${entries.join(', ')} }`),
          ),
      );
    }
    case 'list':
      return fc.oneof(
        inline,
        fc
          .array(yamlValue(schema.items, depth + 1), { maxLength: 3 })
          .map((items) => `[${items.map((i) => (i.includes('\n') ? JSON.stringify(i) : i)).join(', ')}]`),
      );
    case 'choice':
      return fc.oneof(...schema.options.map((option) => yamlValue(option, depth)));
    default:
      return inline;
  }
}

const frontMatterLine = fc
  .constantFrom(...Object.keys(FRONT_MATTER_SCHEMA), 'type', 'type', 'cle-inconnue', 'titr')
  .chain((key) => yamlValue(FRONT_MATTER_SCHEMA[key]?.value ?? { kind: 'string' }, 0).map((value) => `${key}: ${value}`));

const frontMatter = fc
  .tuple(fc.constantFrom('appel-offres', 'avis', 'addenda', 'avis-qualification', 'autre', ''), fc.array(frontMatterLine, { maxLength: 12 }))
  .map(([type, lines]) => `---\ntype: ${type}\n${lines.join('\n')}\n---\n`);

const prose = fc.oneof(
  fc.constantFrom(...clauseTexts),
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'Avis d’appel d’offres',
    'Réception des soumissions',
    'le mercredi 11 juillet 2012 à 15 h',
    'le 30 février 2026',
    'SEAO',
    'ne s’engage à accepter aucune',
    'art. 4',
    '999999999999 $',
  ),
);

const bodyBlock = fc.oneof(
  prose.map((text) => `${text}\n`),
  fc.tuple(fc.integer({ min: 1, max: 7 }), prose).map(([level, text]) => `${'#'.repeat(level)} ${text}\n`),
  fc
    .array(fc.tuple(fc.nat(6), prose), { minLength: 1, maxLength: 5 })
    .map((items) => items.map(([indent, text]) => `${'  '.repeat(indent)}- ${text}`).join('\n') + '\n'),
  fc
    .array(fc.tuple(prose, fc.integer({ min: 0, max: 100 })), { minLength: 1, maxLength: 4 })
    .map((rows) => `| Critère | Pondération |\n|---|---|\n${rows.map(([name, weight]) => `| ${name.replace(/[|\n]/g, ' ')} | ${weight} |`).join('\n')}\n`),
  fc.tuple(fc.constantFrom(...SYNTAX), prose).map(([syntax, text]) => `${syntax}${text}\n`),
);

const generatedDocument = fc
  .tuple(
    fc.oneof(frontMatter, fc.constant('')),
    fc.array(bodyBlock, { maxLength: 15 }),
    fc.array(fc.constantFrom('\n', '\n\n', '\r\n'), { minLength: 15, maxLength: 15 }),
  )
  .map(([head, blocks, separators]) => head + blocks.map((block, index) => block + separators[index]).join(''));

/** One random mutation of a text: insertions of syntax or random text, deletions, duplications. */
function mutate(text: string): fc.Arbitrary<string> {
  const offset = fc.nat(text.length);
  return fc.oneof(
    fc
      .tuple(offset, fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 })))
      .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at)),
    fc.tuple(offset, offset).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.tuple(offset, offset, offset).map(([a, b, at]) => text.slice(0, at) + text.slice(Math.min(a, b), Math.max(a, b)) + text.slice(at)),
  );
}

const mutatedExample = fc.tuple(fc.constantFrom(...EXAMPLES), fc.nat(6)).chain(([example, count]) => {
  let arbitrary: fc.Arbitrary<string> = fc.constant(example);
  for (let i = 0; i < count; i++) arbitrary = arbitrary.chain(mutate);
  return arbitrary;
});

const tenderDocument = fc.oneof(generatedDocument, mutatedExample, fc.string({ unit: 'binary', maxLength: 300 }));

const severity = fc.constantFrom('error', 'warning', 'information', 'hint', 'off', 'fatal', 3);
/** Raw settings as a client or a `.tenderrc` could send them: right keys with any values, and junk. */
const rawSettings = fc.oneof(
  fc.record(
    {
      regles: fc.oneof(
        fc.dictionary(fc.constantFrom(...RULES.map((rule) => rule.id), ...RULES.map((rule) => rule.citation), 'inconnue'), severity as fc.Arbitrary<unknown>),
        fc.anything(),
      ),
      'seuil-appel-offres': fc.oneof(fc.integer(), fc.double(), fc.anything()),
      'jours-feries-supplementaires': fc.oneof(fc.array(fc.oneof(fc.constantFrom('2026-03-20', '2026-02-30'), fc.string())), fc.anything()),
      locale: fc.oneof(fc.constantFrom('fr', 'en'), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

function checkDocument(text: string, settings = DEFAULT_SETTINGS): void {
  const { findings } = analyzeText(text, settings);
  assertFindingsInside(text, findings);
  for (const finding of findings) if (finding.fix) analyzeText(applyEdits(text, finding.fix.edits), settings);
}

/** Names that plain objects inherit: as user keys they must be unknown keys like any other. */
const PROTOTYPE_KEYS = [
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
];

/** A YAML mapping mixing schema keys and prototype names at any depth (block style, `indent` spaces). */
const hostileMap: (indent: number) => fc.Arbitrary<string> = (indent) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...PROTOTYPE_KEYS, 'type', 'organisme', 'nom', 'reception', 'date', 'evaluation', 'criteres', 'addenda'),
        indent >= 6 ? scalar : fc.oneof(scalar, fc.constant(null)),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .chain((entries) =>
      fc.tuple(
        ...entries.map(([key, value]) =>
          value === null
            ? hostileMap(indent + 2).map((nested) => `${' '.repeat(indent)}${key}:\n${nested}`)
            : fc.constant(`${' '.repeat(indent)}${key}: ${value}`),
        ),
      ),
    )
    .map((lines) => lines.join('\n'));

/** The examples with prototype-named keys added to their front-matter, at the top or nested under a schema key. */
const prototypeKeysProperty = fc.property(
  fc.constantFrom(...EXAMPLES),
  hostileMap(0),
  fc.constantFrom('', 'organisme:\n', 'contrat:\n', 'addenda:\n  - '),
  (example, map, under) => {
    const nested = under
      ? map
          .split('\n')
          .map((line, index) => (under.endsWith('- ') && index === 0 ? line : `  ${under.endsWith('- ') ? '  ' : ''}${line}`))
          .join('\n')
      : map;
    const text = example.replace(/^---\n/, `---\n${under}${nested}\n`);
    checkDocument(text);
    const model = parseDocument(text);
    const { findings } = analyzeText(text);
    // Hover, go-to-definition and completion on every key and value of the added lines.
    for (let offset = 4; offset < 4 + under.length + nested.length; offset++) {
      hover(model, offset, findings, 'fr');
      definition(model, offset);
      completion(model, offset, 'en');
    }
  },
);

/** Analysis of any document, with any settings, neither throws nor points outside the document. */
const analysisProperty = fc.property(tenderDocument, rawSettings, (text, raw) => checkDocument(text, mergeSettings(DEFAULT_SETTINGS, raw)));

/** Positions inside or just outside a text, as an editor (or a buggy client) may send them. */
const position = fc.record({ line: fc.integer({ min: -1, max: 80 }), character: fc.integer({ min: -1, max: 200 }) });

/**
 * The language service over a random edit session: each step replaces a random range of the current
 * text, then asks for code actions at a random range; applying the fix-all edits must not throw either.
 * Before some analyses, part of the text is parsed ahead, as the server does in slices.
 */
const serviceProperty = fc.property(
  tenderDocument,
  fc.array(fc.tuple(position, position, fc.oneof(fc.constantFrom(...SYNTAX, ...clauseTexts), fc.string({ maxLength: 20 })), fc.option(fc.nat(400))), {
    maxLength: 8,
  }),
  fc.array(fc.constantFrom('quickfix', 'source.fixAll.tender', 'source', 'refactor'), { maxLength: 2 }),
  (initial, edits, only) => {
    const service = createLanguageService();
    let text = initial;
    const uri = 'file:///fuzz.md';
    for (const [a, b, newText, prepared] of [[{ line: 0, character: 0 }, { line: 0, character: 0 }, '', null] as const, ...edits]) {
      const lines = new LineIndex(text);
      const [start, end] = [lines.offsetAt(a), lines.offsetAt(b)].sort((x, y) => x - y);
      text = text.slice(0, start) + newText + text.slice(end);
      let steps = 0;
      if (prepared !== null) for (const _ of service.prepare(uri, text)) if (++steps > prepared) break;
      const { findings } = service.analyze(uri, text, DEFAULT_SETTINGS);
      assertFindingsInside(text, findings);
      for (const action of service.codeActions(uri, { start: a, end: b }, only)) {
        assertFindingsInside(text, [
          {
            rule: action.title,
            citation: '',
            severity: 'hint',
            message: '',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            fix: { title: action.title, edits: action.edits },
          },
        ]);
        service.analyze('file:///fixed.md', applyEdits(text, action.edits), DEFAULT_SETTINGS);
      }
    }
    service.close(uri);
  },
);

/** Any `.tenderrc` content is read leniently: settings come back, problems are listed, nothing throws. */
const configFileProperty = fc.property(
  fc.constantFrom('.tenderrc.json', '.tenderrc.yaml'),
  fc.oneof(
    rawSettings.map((raw) => JSON.stringify(raw) ?? 'null'),
    fc.string({ maxLength: 200 }),
    tenderDocument,
  ),
  (name, content) => {
    const folder = mkdtempSync(join(tmpdir(), 'tender-fuzz-'));
    try {
      writeFileSync(join(folder, name), content);
      const loaded = loadConfigFor(join(folder, 'document.md'), DEFAULT_SETTINGS, folder);
      checkDocument(EXAMPLES[1], loaded.settings);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
);

export const PROPERTIES: Record<string, fc.IProperty<unknown[]>> = {
  analysis: analysisProperty,
  'prototype keys': prototypeKeysProperty,
  'language service': serviceProperty,
  '.tenderrc': configFileProperty,
  'fix-all: no overlapping edits, no fixable finding left': fixAllProperty,
};
