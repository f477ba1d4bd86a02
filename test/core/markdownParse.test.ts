import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { chunkSpans } from '../../server/src/core/document/blocks.js';
import { GFM_TRIGGERS, parseMarkdown } from '../../server/src/core/document/markdown.js';
import { generateTender } from '../../scripts/bench/generate.js';

// Texts without GFM's triggers are parsed without the GFM extensions (half the parse time): the
// trees must be those the analysis's GFM parse gives, positions included.
const withGfm = (text: string) => parseMarkdown(text, true);

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(directory, entry.name)) : entry.name.endsWith('.md') ? [join(directory, entry.name)] : [],
  );
}

describe('Markdown parsing: CommonMark where GFM cannot apply', () => {
  it("gives GFM's tree for every chunk of the examples, fixtures and generated tenders", () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const texts = [...markdownFiles(join(root, 'examples')), ...markdownFiles(join(root, 'test/fixtures'))].map((file) => readFileSync(file, 'utf8'));
    texts.push(generateTender(200_000, 3));
    let withoutTriggers = 0;
    for (const text of texts) {
      for (const span of chunkSpans(text).spans) {
        const chunk = text.slice(span.start, span.end);
        if (GFM_TRIGGERS.test(chunk)) continue;
        withoutTriggers++;
        assert.deepEqual(parseMarkdown(chunk), withGfm(chunk), chunk.slice(0, 200));
      }
    }
    assert.ok(withoutTriggers > 100, `the corpus exercises the CommonMark path (${withoutTriggers} chunks)`);
  });

  it("gives GFM's tree for any text made of Markdown syntax other than GFM's (property)", () => {
    // Pieces may form a trigger (`www`, a `:---` delimiter row): those texts are skipped. Escapes,
    // character references and colons are there because they once made GFM differ (`a\n:---`).
    const pieces = [
      '\\',
      '&#64;',
      '&#124;',
      '\\.',
      ':-',
      '-:',
      ':--:',
      '\n:',
      'a\n',
      'a',
      'é',
      ' ',
      '  ',
      '\t',
      '\n',
      '\n\n',
      '#',
      '## ',
      '-',
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2) ',
      '>',
      '`',
      '```',
      '***',
      '_',
      '*',
      '[',
      ']',
      '(',
      ')',
      '!',
      '<',
      '>',
      '<div>',
      '</div>',
      '<!--',
      '-->',
      '\\',
      '&amp;',
      ':',
      '---',
      '===',
      'x',
      'w',
      '.',
      '/',
      '^',
      'http',
      'www',
      '    ',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (markdown) => {
        fc.pre(!GFM_TRIGGERS.test(markdown));
        assert.deepEqual(parseMarkdown(markdown), withGfm(markdown));
      }),
      { numRuns: 3000 },
    );
  });

  it('parses GFM where the text uses it: tables, strikethrough, autolinks, task items, footnotes', () => {
    const types = (markdown: string) =>
      JSON.stringify(parseMarkdown(markdown))
        .match(/"type":"\w+"/g)
        ?.join(' ') ?? '';
    assert.match(types('| Critère | Pondération |\n|---|---|\n| Expérience | 30 |\n'), /"table"/);
    assert.match(types('Critère\n:---\nExpérience\n'), /"table"/);
    assert.match(types('Le ~~prix~~ montant.'), /"delete"/);
    assert.match(types('Voir www.seao.gouv.qc.ca pour les documents.'), /"link"/);
    assert.match(types('Écrire à achats@organisme.gouv.qc.ca.'), /"link"/);
    assert.match(types('- [x] Formulaire signé\n'), /"listItem"/);
    assert.deepEqual(parseMarkdown('- [x] Formulaire signé\n'), withGfm('- [x] Formulaire signé\n'));
    assert.match(types('Texte[^1].\n\n[^1]: Note.\n'), /"footnoteReference"/);
  });
});
