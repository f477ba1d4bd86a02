import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

/** Position of the first occurrence of `needle` in `text`, `shift` characters into it. */
function positionOf(text: string, needle: string, shift = 1): Position {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('editor features over stdio (hover, definition, completion, symbols)', function () {
  let server: LspServer;
  const uri = 'file:///virtual/ao.md';
  // The compliant example, with a sentence citing the regulation added to its body.
  const citing = "\nLe délai de réception respecte le paragraphe 6 du deuxième alinéa de l'article 4 et les articles 10 à 15.1.\n";
  const text = readExample('ao-services-professionnels-conforme.md') + citing;

  beforeEach(async () => {
    server = await LspServer.start({ locale: 'fr' });
    await server.open(uri, text);
    await server.nextDiagnostics(uri);
  });
  afterEach(async () => server?.stop());

  const request = <T>(method: string, position: Position, extra: object = {}) => server.request<T>(method, { textDocument: { uri }, position, ...extra });

  it('announces its capabilities', async () => {
    const other = await LspServer.start();
    try {
      const { capabilities } = other;
      assert.equal(capabilities.hoverProvider, true);
      assert.equal(capabilities.definitionProvider, true);
      assert.equal(capabilities.documentSymbolProvider, true);
      assert.equal(capabilities.foldingRangeProvider, true);
      assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, [' ', '.', ':']);
    } finally {
      await other.stop();
    }
  });

  it('hover on a citation shows the cited paragraph as Markdown', async () => {
    const result = await request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', positionOf(text, "l'article 4 et", 4));
    assert.equal(result.contents.kind, 'markdown');
    assert.match(result.contents.value, /\*\*6° l’endroit prévu ainsi que la date et l’heure limites fixées/);
    assert.match(result.contents.value, /#se:4\)/);
    assert.deepEqual(result.range.start, positionOf(text, 'paragraphe 6 du deuxième', 0));
  });

  it('hover on a front-matter key documents it', async () => {
    const result = await request<{ contents: { value: string } }>('textDocument/hover', positionOf(text, 'garantie-soumission:', 3));
    assert.match(result.contents.value, /\*\*`garantie-soumission`\*\*/);
    assert.match(result.contents.value, /art\. 4, al\. 2, par\. 3°/);
  });

  it("hover on a finding's range shows the finding and the cited text", async () => {
    const defectsUri = 'file:///virtual/defauts.md';
    const defects = readExample('ao-services-techniques-defauts.md');
    await server.open(defectsUri, defects);
    const published = await server.nextDiagnostics(defectsUri);
    const finding = published.diagnostics.find((diagnostic) => String(diagnostic.code).endsWith('°'))!;
    assert.ok(finding, 'the defects example has a paragraph finding');
    const result = await server.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: defectsUri },
      position: finding.range.start,
    });
    assert.ok(result.contents.value.includes(`\`${finding.data!.rule}\``));
    assert.match(result.contents.value, /Lire sur LégisQuébec/);
  });

  it('go to definition opens the regulation, served by tender/regulationText', async () => {
    const location = await request<{ uri: string; range: Range }>('textDocument/definition', positionOf(text, 'articles 10 à', 3));
    assert.equal(location.uri, 'tender-reglement:/C-65.1-r4/2016-03-01.md');
    const served = await server.request<{ text: string } | null>('tender/regulationText', { uri: location.uri });
    assert.ok(served);
    assert.match(served.text.split('\n')[location.range.start.line], /^\*\*10\.\*\* Un organisme public sollicite uniquement un prix/);
    assert.equal(await server.request('tender/regulationText', { uri: 'file:///autre.md' }), null);
  });

  it('completes front-matter values and article numbers', async () => {
    const values = await request<{ label: string; documentation: { kind: string } }[]>(
      'textDocument/completion',
      positionOf(text, 'adjudication: qualite-prix', 14),
    );
    assert.deepEqual(
      values.map((item) => item.label),
      ['prix', 'qualite-minimale', 'qualite-prix', 'qualite-seulement'],
    );
    assert.equal(values[0].documentation.kind, 'markdown');

    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: 0 };
    await server.change(uri, 2, [{ range: { start: end, end }, text: 'Voir art. ' }]);
    const articles = await request<{ label: string; kind: number; textEdit: { newText: string } }[]>('textDocument/completion', {
      line: end.line,
      character: 10,
    });
    const article = articles.find((item) => item.label === '7.1');
    assert.ok(article);
    assert.equal(article.kind, 18);
    assert.equal(article.textEdit.newText, '7.1');
  });

  it('lists the front-matter and sections as symbols, and folds them', async () => {
    const symbols = await server.request<{ name: string; kind: number; children: { name: string }[] }[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.equal(symbols[0].name, 'En-tête');
    assert.ok(symbols[0].children.some((child) => child.name === 'evaluation'));
    const firstHeading = /^#{1,6} (.+)$/m.exec(text)![1];
    assert.equal(symbols[1].name, firstHeading);
    const folds = await server.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.deepEqual(folds[0], { startLine: 0, endLine: text.split('\n').indexOf('---', 1), kind: 'region' });
  });
});
