/**
 * `npm run bench` part `dossier` (issue 16): a tender written as 20 files of one folder (2 MB together),
 * opened in the real server over stdio as an editor restoring a session opens them, then edited.
 *
 * - opening: from the first `didOpen` to the first diagnostics of every file, the first time (no parse
 *   kept from an earlier run), then in a new server as an editor reopens a session, with the parses
 *   the first server kept (node/parseCache.ts) (target ≤ 1 s);
 * - edit → diagnostics of the edited file, keystrokes typed mid-document in the instructions, each
 *   waited for (target p95 ≤ 50 ms); the analysis of each edit checks the whole dossier again.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateTender } from './generate.js';
import { ROOT, type Figure } from './figure.js';
import { cpuMs, peakRssMB, round } from './measure.js';
import { diagnosticsArrival, forgetKeptParses, startServer, typeSentence, type KeystrokeFigures } from './session.js';
import type { LspServer } from '../../test/lspServer.js';

const EXAMPLE = join(ROOT, 'examples/dossier-gestion-documentaire');

interface DossierFigures extends KeystrokeFigures {
  files: number;
  totalMB: number;
  /** The first opening: no parse kept from an earlier session. */
  openAllMs: number;
  /** Server CPU time from its start to the first diagnostics of all files (the parse and first analysis of 2 MB). */
  openServerCpuMs: number | undefined;
  /** The same files opened in a new server (an editor restoring its session), with the parses the first one kept. */
  reopenAllMs: number;
  serverPeakRssMB: number | undefined;
}

/**
 * The example dossier's files, each but the notice and the addendum grown to about `fileSize`
 * characters with generated sections, and annexes (`partie: annexe`) up to `count` files.
 */
function generateDossier(folder: string, count = 20, totalSize = 2_000_000): { name: string; text: string }[] {
  const example = (name: string) => readFileSync(join(EXAMPLE, name), 'utf8');
  const small = ['avis.md', 'addenda-1.md'].map((name) => ({ name, text: example(name) }));
  const grown = ['regie.md', 'devis.md', 'contrat.md', 'annexes/grille-evaluation.md'];
  const annexes = Array.from({ length: count - small.length - grown.length }, (_, index) => `annexes/annexe-${String(index + 1).padStart(2, '0')}.md`);
  const fileSize = Math.floor((totalSize - small.reduce((sum, file) => sum + file.text.length, 0)) / (grown.length + annexes.length));
  const header = (name: string) =>
    name.startsWith('annexes/annexe-')
      ? example('devis.md')
          .replace('partie: devis', 'partie: annexe')
          .replace('# Devis', `# Annexe ${name.slice(15, 17)}`)
      : example(name);
  const files = [...small, ...[...grown, ...annexes].map((name, index) => ({ name, text: generateTender(fileSize, 500 + index, header(name).trimEnd()) }))];
  rmSync(folder, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.name)), { recursive: true });
    writeFileSync(join(folder, file.name), file.text);
  }
  return files;
}

/** Opens every file in the server, as an editor restoring a session does: the time to the first diagnostics of all. */
async function openAll(server: LspServer, files: { name: string; text: string }[], uri: (name: string) => string): Promise<number> {
  // Each file's first diagnostics are waited for before any is opened: none can arrive unseen.
  const opened = Promise.all(files.map((file) => diagnosticsArrival(server, uri(file.name), 1)));
  const start = performance.now();
  for (const file of files) await server.open(uri(file.name), file.text);
  return Math.max(...(await opened)) - start;
}

async function dossierBench(out: string, edits: number): Promise<DossierFigures> {
  const folder = join(out, 'dossier');
  const files = generateDossier(folder);
  const uri = (name: string) => pathToFileURL(join(folder, name)).href;
  // The first opening parses every file: the parses an earlier run kept go first.
  forgetKeptParses();
  const server = await startServer();
  const openAllMs = await openAll(server, files, uri);
  const openServerCpuMs = cpuMs(server.pid);

  // Typed into a paragraph in the middle of the instructions.
  const regie = files.find((file) => file.name === 'regie.md')!;
  const typed = await typeSentence(server, uri('regie.md'), regie.text, regie.text.indexOf('\n\nLe ', Math.floor(regie.text.length / 2)) + 2, edits);
  const serverPeakRssMB = peakRssMB(server.pid);
  await server.stop();

  // A new session opens the same files: the first kept their parses after its diagnostics.
  const again = await startServer();
  const reopenAllMs = await openAll(again, files, uri);
  await again.stop();
  return {
    files: files.length,
    totalMB: round(files.reduce((sum, file) => sum + file.text.length, 0) / 1e6, 2),
    openAllMs: round(openAllMs),
    openServerCpuMs,
    reopenAllMs: round(reopenAllMs),
    ...typed,
    serverPeakRssMB,
  };
}

export const dossier: Figure = {
  name: 'dossier',
  async run({ out, edits }) {
    const dossier = await dossierBench(out, edits);
    console.log(
      `\nA dossier of ${dossier.files} files (${dossier.totalMB} MB) in the server over stdio: opening every file → first diagnostics of all ${dossier.openAllMs} ms the first time (server CPU ${dossier.openServerCpuMs ?? '?'} ms), ` +
        `${dossier.reopenAllMs} ms in a new session with the parses the first kept (target ≤ 1 s); ` +
        `edit of one file → its diagnostics p50 ${dossier.p50Ms} ms, p95 ${dossier.p95Ms} ms (target ≤ 50 ms), max ${dossier.maxMs} ms over ${dossier.edits} edits; ` +
        `server CPU ${dossier.serverCpuPerEditMs ?? '?'} ms per edit; server peak RSS ${dossier.serverPeakRssMB ?? '?'} MB`,
    );
    return { dossier };
  },
};
