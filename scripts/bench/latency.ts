/** `npm run bench -- latency`: edit → publishDiagnostics through the server over stdio, on the generated tenders of 1 MB and more. */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { label, OUT, type Figure } from './figure.js';
import { generateTender, nearestParagraph } from './generate.js';
import { cpuMs, peakRssMB, percentile, round } from './measure.js';
import { initialize, startServer } from './server.js';

interface LatencyFigures {
  size: number;
  openToDiagnosticsMs: number;
  edits: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Server CPU time per edit, averaged (CPU time is not inflated by other processes). */
  serverCpuPerEditMs: number | undefined;
  serverPeakRssMB: number | undefined;
}

async function editLatency(size: number, edits: number): Promise<LatencyFigures> {
  const text = generateTender(size);
  const uri = pathToFileURL(join(OUT, `tender-${size}.md`)).href;
  const session = startServer();
  await initialize(session);
  const start = performance.now();
  let published = session.diagnostics(uri, 1);
  await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const openToDiagnosticsMs = (await published) - start;
  // Type a sentence into a paragraph in the middle of the document, one character per change.
  let offset = nearestParagraph(text, Math.floor(text.length / 2));
  const before = text.slice(0, offset);
  let line = before.split('\n').length - 1;
  let character = offset - (before.lastIndexOf('\n') + 1);
  const typed = 'Le prestataire transmet aussi une copie électronique du rapport.\n';
  const latencies: number[] = [];
  const cpuBefore = cpuMs(session.pid);
  for (let version = 2; version < edits + 2; version++) {
    const char = typed[(version - 2) % typed.length];
    published = session.diagnostics(uri, version);
    const sent = performance.now();
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }],
    });
    latencies.push((await published) - sent);
    if (char === '\n') {
      line++;
      character = 0;
    } else character++;
    offset++;
  }
  const cpuAfter = cpuMs(session.pid);
  const serverPeakRssMB = peakRssMB(session.pid);
  await session.close();
  return {
    size,
    openToDiagnosticsMs: round(openToDiagnosticsMs),
    edits,
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    maxMs: round(Math.max(...latencies), 2),
    serverCpuPerEditMs: cpuBefore !== undefined && cpuAfter !== undefined ? round((cpuAfter - cpuBefore) / edits, 2) : undefined,
    serverPeakRssMB,
  };
}

export const latency: Figure = {
  name: 'latency',
  async run({ sizes, edits }) {
    console.log(`\nEdit → publishDiagnostics through the server over stdio (keystrokes typed mid-document, each waited for):`);
    const latency: LatencyFigures[] = [];
    for (const size of sizes.filter((size) => size >= 1e6)) {
      const figures = await editLatency(size, size >= 5e6 ? Math.min(edits, 50) : edits);
      latency.push(figures);
      console.log(
        `  ${label(size).padEnd(7)} open → diagnostics ${figures.openToDiagnosticsMs} ms; edit → diagnostics p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${figures.edits} edits` +
          `${size === 1e6 ? ' (target p95 ≤ 50 ms)' : ''}; server CPU ${figures.serverCpuPerEditMs ?? '?'} ms per edit; server peak RSS ${figures.serverPeakRssMB ?? '?'} MB`,
      );
    }
    return { latency };
  },
};
