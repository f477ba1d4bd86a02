import { strict as assert } from 'node:assert';
import { readExample } from '../helpers.js';
import { LspServer } from '../lspServer.js';

interface Lens {
  range: { start: { line: number; character: number } };
  command?: { title: string; tooltip?: string; command: string };
}

describe('code lenses over stdio (periods and earliest lawful dates)', function () {
  let server: LspServer;
  const uri = 'file:///virtual/ao.md';
  const text = readExample('ao-services-professionnels-conforme.md');

  /** A client without `workspace/configuration`, with the example open and its first diagnostics published. */
  async function start(locale: string): Promise<void> {
    server = await LspServer.start({ locale, configuration: false });
    await server.open(uri, text);
    await server.nextDiagnostics(uri, { since: 0 });
  }

  afterEach(async () => server?.stop());

  const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

  it('shows the receipt period and the earliest lawful date above `reception`', async () => {
    await start('fr');
    assert.deepEqual(server.capabilities.codeLensProvider, { resolveProvider: false });
    const lenses = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const receipt = lenses.find((lens) => lens.range.start.line === lineOf('reception:'));
    assert.equal(receipt?.command?.title, 'Délai de réception : 17 jours (min. 15)');
    assert.equal(receipt?.command?.tooltip, 'Délai de réception : 17 jours (min. 15 — art. 4, al. 2, par. 6°) · date la plus hâtive : mardi 17 mars 2026');
    const diffusion = lenses.find((lens) => lens.range.start.line === lineOf('diffusion:'));
    assert.equal(diffusion?.command?.title, 'Réception au plus tôt : mardi 17 mars 2026');
    assert.match(diffusion?.command?.tooltip ?? '', /^Diffusion : lundi 2 mars 2026/);
  });

  it('speaks English when the client locale is English', async () => {
    await start('en-CA');
    const lenses = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    const receipt = lenses.find((lens) => lens.range.start.line === lineOf('reception:'));
    assert.equal(receipt?.command?.title, 'Receipt period: 17 days (min. 15)');
    assert.equal(receipt?.command?.tooltip, 'Receipt period: 17 days (min. 15 — s. 4, para. 2, subpara. 6°) · earliest date: Tuesday, March 17, 2026');
  });

  it('lenses follow an edit at once, and a quick fix moves a short closing to the earliest lawful jour ouvrable', async () => {
    await start('fr');
    // 14 days after the diffusion of 2 March, in the front-matter and in the text.
    const short = text.replaceAll('2026-03-19', '2026-03-16').replaceAll('jeudi 19 mars 2026', 'lundi 16 mars 2026');
    await server.change(uri, 2, [{ text: short }]);
    const lenses = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.match(lenses.find((lens) => lens.range.start.line === lineOf('reception:'))?.command?.title ?? '', /^Délai de réception : 14 jours/);
    // Quick fixes come from the findings of the analysis, published with the version (within 5 s;
    // the code action request waits for that analysis anyway).
    await server.nextDiagnostics(uri, { since: 0, where: (p) => p.version === 2, timeout: 5000 }).catch(() => undefined);

    const line = lineOf('reception:');
    const actions = await server.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character: 0 }, end: { line, character: 200 } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
    const move = actions.find((action) => action.title === 'Reporter la date limite de réception au mardi 17 mars 2026');
    assert.ok(move, JSON.stringify(actions.map((action) => action.title)));
    const texts = move.edit.changes[uri].map((edit) => edit.newText).sort();
    // reception.date, ouverture.date, and the receipt and opening sentences (date and weekday each).
    assert.deepEqual(texts, ['17 mars 2026', '17 mars 2026', '2026-03-17', '2026-03-17', 'mardi', 'mardi']);
  });
});
