/**
 * The LSP-protocol fuzz property, shared by `npm test` (fuzz.test.ts) and `npm run fuzz`: random edit
 * sessions against the bundled server (`npm run build` first), with the hostile shapes that once broke
 * it as edit texts. Every request answers in time, every diagnostic lies inside the final text.
 */
import fc from 'fast-check';
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import { readExample } from '../helpers.js';
import type { LspServer } from '../lspServer.js';
import { rangeInside } from '../robustness/documentBounds.js';

const COMPLIANT = readExample('ao-services-professionnels-conforme.md');
const DEFECTS = readExample('ao-services-techniques-defauts.md');
const everywhere = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** Texts that broke the server or the CLI once (issue 15), at sizes a run can afford. */
const HOSTILE = [
  'constructor: 1\n',
  '__proto__:\n  toString: 2\n',
  'organisme:\n  hasOwnProperty: x\n',
  'ligne\rautre\rencore\r',
  `${'|a'.repeat(300)}|\n${'|-'.repeat(300)}|\n${'|b'.repeat(300)}|\n`,
  Array.from({ length: 300 }, (_, i) => `# ${i}\n\n`).join(''),
  `addenda:\n${'  - { numero: 1, date: 2026-03-02 }\n'.repeat(1_500)}`,
  'accep\u00ADter aucune',
  '<!-- tender-ignore 4.7° : raison -->',
];

const position = fc.record({ line: fc.integer({ min: 0, max: 60 }), character: fc.integer({ min: 0, max: 120 }) });
const edit = fc.record({
  start: position,
  end: position,
  text: fc.oneof(
    fc.constantFrom('---\n', '# Avis\n', '<!--', '\n\n', '- ', '|', '’', '\r\n', '\r', '\0'),
    fc.constantFrom(...HOSTILE),
    fc.string({ maxLength: 15 }),
  ),
});

/** Within `ms`, or the request fails the property. */
const within = <T>(server: LspServer, ms: number, method: string, params: object) => server.request<T>(method, params, { timeout: ms });

export function lspProtocolProperty(server: () => LspServer) {
  let run = 0;
  return fc.asyncProperty(fc.constantFrom(COMPLIANT, DEFECTS, ''), fc.array(edit, { minLength: 1, maxLength: 12 }), async (initial, edits) => {
    const client = server();
    const uri = `file:///fuzz-${run++}.md`;
    let mirror = TextDocument.create(uri, 'markdown', 1, initial);
    await client.open(uri, initial);
    for (const [index, { start, end, text }] of edits.entries()) {
      const [from, to] = [mirror.offsetAt(start), mirror.offsetAt(end)].sort((a, b) => a - b);
      const range = { start: mirror.positionAt(from), end: mirror.positionAt(to) };
      mirror = TextDocument.update(mirror, [{ range, text }], index + 2);
      await client.change(uri, index + 2, [{ range, text }]);
      // A code action waits for the analysis up to 750 ms; 2 s is a hang, not a slow answer.
      await within(client, 2_000, 'textDocument/codeAction', { textDocument: { uri }, range: everywhere, context: { diagnostics: [] } });
    }
    const at = mirror.positionAt(Math.floor(mirror.getText().length / 2));
    await within(client, 2_000, 'textDocument/hover', { textDocument: { uri }, position: at });
    // These wait for the analysis of the current text, however long: generous bounds.
    await within(client, 10_000, 'textDocument/documentSymbol', { textDocument: { uri } });
    await within(client, 10_000, 'textDocument/foldingRange', { textDocument: { uri } });
    await within(client, 10_000, 'textDocument/completion', { textDocument: { uri }, position: at });
    const final = await client.nextDiagnostics(uri, { since: 0, timeout: 10_000, where: (d) => d.version === mirror.version });
    const lines = new LineIndex(mirror.getText());
    for (const diagnostic of final.diagnostics) assert.ok(rangeInside(lines, diagnostic.range), JSON.stringify(diagnostic.range));
    await client.close(uri);
    assert.ok(client.alive);
  });
}
