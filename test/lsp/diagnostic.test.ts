import { strict as assert } from 'node:assert';
import { toDiagnostic } from '../../server/src/lsp/server.js';
import type { Finding } from '../../server/src/core/index.js';

describe('findings as LSP diagnostics', () => {
  const range = { start: { line: 2, character: 8 }, end: { line: 2, character: 20 } };
  const finding: Finding = {
    rule: 'addendum-seven-days',
    citation: '9.al2',
    severity: 'error',
    message: "L'addenda no 2 (addenda 2.md), transmis le lundi 16 mars 2026, précède de 3 jours la date limite…",
    range,
    related: [
      { document: 'addenda 2.md', range: { start: { line: 4, character: 22 }, end: { line: 4, character: 32 } }, message: 'Addenda no 2 (addenda 2.md)' },
      { range, message: 'Date limite de réception' },
    ],
  };

  it('a related location in another file of the folder points at that file', () => {
    const diagnostic = toDiagnostic('file:///dossiers/AO%202026/avis.md', finding, 'fr');
    assert.deepEqual(
      diagnostic.relatedInformation?.map((related) => related.location.uri),
      ['file:///dossiers/AO%202026/addenda%202.md', 'file:///dossiers/AO%202026/avis.md'],
    );
    assert.deepEqual(diagnostic.relatedInformation?.[0].location.range, finding.related![0].range);
  });
});
