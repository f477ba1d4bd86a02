import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dossierFindings, readDossierExample, writeFolder } from '../helpers.js';
import { toDiagnostic } from '../../server/src/lsp/server.js';
import { LspServer, type PublishedDiagnostics } from '../lspServer.js';
import { RULES } from '../../server/src/core/rules/index.js';

const DOSSIER = readDossierExample('dossier-gestion-documentaire');
const MULTIPLE_BIDS =
  "Le dépôt par un prestataire de services de plusieurs soumissions pour le présent appel d'offres entraîne\nle rejet automatique de toutes ses soumissions.\n\n";

const has = (rule: string) => (published: PublishedDiagnostics) => published.diagnostics.some((diagnostic) => diagnostic.data?.rule === rule);
const lacks = (rule: string) => (published: PublishedDiagnostics) => !has(rule)(published);

/** The example dossier in a folder of its own, the several-bids case moved from the instructions to the contract. */
function dossierFolder(): { folder: string; uri: (name: string) => string; texts: Record<string, string> } {
  const texts = { ...DOSSIER, 'regie.md': DOSSIER['regie.md'].replace(MULTIPLE_BIDS, ''), 'contrat.md': `${DOSSIER['contrat.md']}\n${MULTIPLE_BIDS}` };
  const folder = writeFolder('tender-dossier-lsp-', texts);
  return { folder, uri: (name) => pathToFileURL(join(folder, name)).href, texts };
}

describe('a dossier open in the editor (issue 16)', () => {
  let server: LspServer;
  afterEach(async () => server?.stop());

  it('an edit of one open file updates the findings of another, from the editor text, without saving', async () => {
    const { folder, uri, texts } = dossierFolder();
    server = await LspServer.start({ rootUri: pathToFileURL(folder).href });
    await server.open(uri('regie.md'), texts['regie.md']);
    assert.ok(lacks('rejection-multiple-bids')(await server.nextDiagnostics(uri('regie.md'))), 'the contract on disk states the case');
    await server.open(uri('contrat.md'), texts['contrat.md']);
    await server.nextDiagnostics(uri('contrat.md'));
    // The case is deleted from the contract in the editor: the instructions now lack it.
    const lines = texts['contrat.md'].split('\n');
    const line = lines.findIndex((each) => each.startsWith('Le dépôt par un prestataire'));
    await server.change(uri('contrat.md'), 2, [{ range: { start: { line, character: 0 }, end: { line: line + 2, character: 0 } }, text: '' }]);
    const regie = await server.nextDiagnostics(uri('regie.md'), { where: has('rejection-multiple-bids') });
    const finding = regie.diagnostics.find((diagnostic) => diagnostic.data?.rule === 'rejection-multiple-bids')!;
    assert.equal(finding.range.start.line, texts['regie.md'].split('\n').indexOf('## 3. Conditions de conformité'));
    assert.equal(regie.version, 1, 'published for the open instructions, as they are in the editor');
    // Put back: the finding goes.
    await server.change(uri('contrat.md'), 3, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: MULTIPLE_BIDS }]);
    await server.nextDiagnostics(uri('regie.md'), { where: lacks('rejection-multiple-bids') });
  });

  it('a burst of didOpen of every file of the dossier (an editor restoring a session) checks the dossier once', async () => {
    const { folder, uri, texts } = dossierFolder();
    server = await LspServer.inProcess({ rootUri: pathToFileURL(folder).href });
    // Each rule's checks run to their end (a check cut by its slice's end, run again, counts once), by the model checked.
    const completed = new Map<string, number>();
    const fileTexts = new Set(Object.values(texts));
    const originals = RULES.map((rule) => ({ ...rule }));
    RULES.forEach((rule, index) => {
      rule.check = (context) => {
        originals[index].check(context);
        const on = fileTexts.has(context.model.source) ? context.model.source.slice(0, 200) : 'dossier';
        const key = `${rule.id} on ${on}`;
        completed.set(key, (completed.get(key) ?? 0) + 1);
      };
    });
    try {
      const opened = Object.keys(texts).map((name) => server.nextDiagnostics(uri(name), { since: 0 }));
      for (const [name, text] of Object.entries(texts)) void server.open(uri(name), text);
      await Promise.all(opened);
      // Requests are answered after every file's analysis: nothing is left queued.
      await server.request('textDocument/documentSymbol', { textDocument: { uri: uri('regie.md') } });
    } finally {
      RULES.forEach((rule, index) => Object.assign(rule, originals[index]));
    }
    const overDossier = [...completed].filter(([key]) => key.endsWith(' on dossier'));
    assert.ok(overDossier.length > 20, `the rules over the dossier ran (${overDossier.length})`);
    assert.deepEqual(
      [...completed].filter(([, count]) => count > 1),
      [],
      'each rule checked each model once',
    );
  });

  it('cut into slices of 0 ms, opened then edited, every file gets the diagnostics of the analysis at once (what tender-lint reports)', async () => {
    const defects = readDossierExample('dossier-gestion-documentaire-defauts');
    const folder = writeFolder('tender-dossier-lsp-', defects);
    const uri = (name: string) => pathToFileURL(join(folder, name)).href;
    const uris = new Map(Object.keys(defects).map((name) => [name, uri(name)]));
    // Slices of 0 ms: each rule's run is cut as often as it can be.
    server = await LspServer.inProcess({ sliceMs: 0, rootUri: pathToFileURL(folder).href });
    /** The last diagnostics published for each file, against those of the dossier analysed at once. */
    const compare = async (texts: Record<string, string>) => {
      // A request answered after the publications: every file's are in.
      await server.request('textDocument/documentSymbol', { textDocument: { uri: uri('regie.md') } });
      const expected = dossierFindings(texts);
      for (const name of Object.keys(texts)) {
        const last = server.published.filter((published) => published.uri === uri(name)).at(-1);
        assert.deepEqual(
          last?.diagnostics,
          expected[name].map((finding) => JSON.parse(JSON.stringify(toDiagnostic(uri(name), finding, 'fr', uris))) as unknown),
          name,
        );
      }
    };
    const opened = Object.keys(defects).map((name) => server.nextDiagnostics(uri(name), { since: 0 }));
    for (const [name, text] of Object.entries(defects)) await server.open(uri(name), text);
    await Promise.all(opened);
    assert.ok(Object.values(dossierFindings(defects)).flat().length >= 3, 'the dossier has findings');
    await compare(defects);
    // A line added near the top of the instructions: their findings move down a line.
    const lines = defects['regie.md'].split('\n');
    const line = lines.findIndex((each) => each.startsWith('## '));
    const edited = { ...defects, 'regie.md': [...lines.slice(0, line + 1), 'Une phrase ajoutée.', ...lines.slice(line + 1)].join('\n') };
    const published = server.nextDiagnostics(uri('regie.md'), { where: (each) => each.version === 2 });
    await server.change(uri('regie.md'), 2, [
      { range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, text: 'Une phrase ajoutée.\n' },
    ]);
    await published;
    await compare(edited);
  });

  it('the Conformité view of an open file shows the dossier: each passage and finding with the URI of its file', async () => {
    const { folder, uri, texts } = dossierFolder();
    server = await LspServer.start({ rootUri: pathToFileURL(folder).href });
    await server.open(uri('regie.md'), texts['regie.md']);
    await server.nextDiagnostics(uri('regie.md'));
    type Report = {
      files?: { name: string; uri?: string }[];
      groups: { items: { rule: string; evidence?: { uri?: string; range: { start: { line: number } } }[] }[] }[];
    };
    const report = await server.request<Report>('tender/conformity', { textDocument: { uri: uri('regie.md') } });
    assert.deepEqual(report.files?.find((file) => file.name === 'annexes/grille-evaluation.md')?.uri, uri('annexes/grille-evaluation.md'));
    const items = report.groups.flatMap((group) => group.items);
    const needs = items.find((item) => item.rule === 'documents-needs-description')!;
    assert.equal(needs.evidence?.[0].uri, uri('devis.md'));
    const multipleBids = items.find((item) => item.rule === 'rejection-multiple-bids')!;
    assert.equal(multipleBids.evidence?.[0].uri, uri('contrat.md'), 'stated in the contract only');
  });

  it('a finding that belongs to a file that is not open is published for it; closing the dossier clears it', async () => {
    const { folder, uri, texts } = dossierFolder();
    server = await LspServer.start({ rootUri: pathToFileURL(folder).href });
    // Only the notice is open; the grid annex, on disk, has lost its grid.
    writeFileSync(
      join(folder, 'annexes/grille-evaluation.md'),
      texts['annexes/grille-evaluation.md'].replace(/\| Critère[\s\S]*/, 'La grille suivra par addenda.\n'),
    );
    await server.open(uri('avis.md'), texts['avis.md']);
    const annex = await server.nextDiagnostics(uri('annexes/grille-evaluation.md'), { since: 0, where: has('professional-services-quality-criteria') });
    const finding = annex.diagnostics.find((diagnostic) => diagnostic.data?.rule === 'professional-services-quality-criteria')!;
    // It leads to the award method in the notice, where the requirement comes from.
    assert.deepEqual(
      finding.relatedInformation?.map((related) => related.location.uri),
      [uri('avis.md')],
    );
    await server.close(uri('avis.md'));
    const cleared = await server.nextDiagnostics(uri('annexes/grille-evaluation.md'));
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('a file open in a subfolder of the dossier finds the dossier’s folder, within the workspace only', async () => {
    const { folder, uri, texts } = dossierFolder();
    server = await LspServer.start({ rootUri: pathToFileURL(folder).href });
    await server.open(uri('annexes/grille-evaluation.md'), texts['annexes/grille-evaluation.md']);
    assert.deepEqual((await server.nextDiagnostics(uri('annexes/grille-evaluation.md'))).diagnostics, [], 'checked with the rest of its dossier');
    await server.stop();
    // Without a workspace, the server looks no higher than the file's own folder: the annex is a dossier of one.
    server = await LspServer.start();
    await server.open(uri('annexes/grille-evaluation.md'), texts['annexes/grille-evaluation.md']);
    assert.ok(has('documents-conformity-conditions')(await server.nextDiagnostics(uri('annexes/grille-evaluation.md'))));
  });
});
