/** `npm run bench -- latency`: edit → publishDiagnostics through the server over stdio, on the generated tenders of 1 MB and more. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { label, OUT, type Figure } from './figure.js';
import { generateTender, nearestParagraph, readExampleNotice, type TenderStyle } from './generate.js';
import { peakRssMB, round } from './measure.js';
import { diagnosticsArrival, forgetKeptParses, startServer, typeSentence, type KeystrokeFigures } from './session.js';

interface LatencyFigures extends KeystrokeFigures {
  size: number;
  telegraphic: boolean;
  openToDiagnosticsMs: number;
  serverPeakRssMB: number | undefined;
}

async function editLatency(size: number, edits: number, style: TenderStyle = {}): Promise<LatencyFigures> {
  const text = generateTender(size, 42, readExampleNotice(), style);
  const uri = pathToFileURL(join(OUT, `tender-${size}${style.telegraphic ? '-telegraphic' : ''}.md`)).href;
  // A first analysis: no parse kept by an earlier run.
  forgetKeptParses();
  const server = await startServer();
  const start = performance.now();
  const published = diagnosticsArrival(server, uri, 1);
  await server.open(uri, text);
  const openToDiagnosticsMs = (await published) - start;
  // Typed into a paragraph in the middle of the document.
  const typed = await typeSentence(server, uri, text, nearestParagraph(text, Math.floor(text.length / 2)), edits);
  const serverPeakRssMB = peakRssMB(server.pid);
  await server.stop();
  return { size, telegraphic: style.telegraphic === true, openToDiagnosticsMs: round(openToDiagnosticsMs), ...typed, serverPeakRssMB };
}

export const latency: Figure = {
  name: 'latency',
  async run({ sizes, edits }) {
    console.log(`\nEdit → publishDiagnostics through the server over stdio (keystrokes typed mid-document, each waited for):`);
    const latency: LatencyFigures[] = [];
    // The 1 MB tender again, telegraphic (TenderStyle): its paragraphs must not hold every chunk together.
    const runs = sizes.filter((size) => size >= 1e6).flatMap((size) => (size === 1e6 ? [{ size }, { size, style: { telegraphic: true } }] : [{ size }]));
    for (const { size, style } of runs) {
      const figures = await editLatency(size, size >= 5e6 ? Math.min(edits, 50) : edits, style);
      latency.push(figures);
      console.log(
        `  ${`${label(size)}${style ? ' telegraphic' : ''}`.padEnd(7)} open → diagnostics ${figures.openToDiagnosticsMs} ms; edit → diagnostics p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${figures.edits} edits` +
          `${size === 1e6 ? ' (target p95 ≤ 50 ms)' : ''}; server CPU ${figures.serverCpuPerEditMs ?? '?'} ms per edit; server peak RSS ${figures.serverPeakRssMB ?? '?'} MB`,
      );
    }
    return { latency };
  },
};
