import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIMITS } from '../../server/src/core/document/limits.js';
import { LspServer } from '../lspServer.js';
import { HEAP_MB } from './budget.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Just under the size limit (5.95 MB), one tiny heading per chunk: about 750 000 headings. */
function headingFlood(): string {
  const parts = ['---\ntype: appel-offres\nnumero: AO-1\n---\n\n'];
  let length = parts[0].length;
  for (let i = 0; length < LIMITS.analysedLength - 50_000; i++) {
    const heading = `# ${i}\n\n`;
    parts.push(heading);
    length += heading.length;
  }
  return parts.join('');
}

describe(`memory: a heading flood under the size limit stays within ${HEAP_MB} MB of heap`, function () {
  this.timeout(120_000);
  let folder: string;
  let file: string;
  let text: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'tender-memory-'));
    file = join(folder, 'titres.md');
    text = headingFlood();
    writeFileSync(file, text);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('the CLI checks it and says where the headings cap stopped the analysis', () => {
    const result = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, '--format', 'json', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(result.status, 1, result.stderr);
    const report = JSON.parse(result.stdout) as { files: { findings: { rule: string; message: string; range: { start: { line: number } } }[] }[] };
    const limits = report.files[0].findings.filter((finding) => finding.rule === 'analysis-limit');
    assert.equal(limits.length, 1);
    assert.match(limits[0].message, /Plus de 10\s000 titres/);
    assert.equal(limits[0].range.start.line, 5 + 2 * LIMITS.headings);
  });

  it('the server publishes its diagnostics, then answers an outline and folding request after a keystroke', async () => {
    const server = await LspServer.start({ execArgv: [`--max-old-space-size=${HEAP_MB}`] });
    try {
      const uri = pathToFileURL(file).href;
      await server.open(uri, text);
      const first = await server.nextDiagnostics(uri, { timeout: 90_000 });
      assert.ok(first.diagnostics.some((diagnostic) => diagnostic.data?.rule === 'analysis-limit'));
      await server.change(uri, 2, [{ range: { start: { line: 5, character: 3 }, end: { line: 5, character: 3 } }, text: 'x' }]);
      const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }, { timeout: 90_000 });
      assert.ok(symbols.length > 0 && symbols.length <= LIMITS.headings + 1);
      const folds = await server.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } }, { timeout: 90_000 });
      assert.ok(folds.length <= LIMITS.headings + 1);
      await server.nextDiagnostics(uri, { where: (published) => published.version === 2, since: 0, timeout: 90_000 });
      assert.ok(server.alive);
    } finally {
      await server.stop();
    }
  });
});
