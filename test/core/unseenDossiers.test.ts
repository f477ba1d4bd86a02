import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { dossierFindings, expectedFindings, readDossier, withoutMarkers } from '../helpers.js';

/**
 * Dossiers written for an audit as other public bodies would write them (several files per tender): each file's
 * findings, when the folder is checked as one dossier, are those its inline markers expect (`<!-- expect: rule-id -->`
 * at the end of the line the finding points at); a compliant dossier has none.
 */
const root = new URL('../fixtures-dossiers/unseen/', import.meta.url);

describe('unseen dossiers (inline expectations per file)', () => {
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    it(folder.name, () => {
      const files = readDossier(new URL(`${folder.name}/`, root));
      const findings = dossierFindings(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, withoutMarkers(text)])));
      const actual = Object.fromEntries(
        Object.keys(files).map((file) => [file, (findings[file] ?? []).map((finding) => `${finding.range.start.line + 1}:${finding.rule}`).sort()]),
      );
      const expected = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, expectedFindings(text)]));
      assert.deepEqual(actual, expected);
    });
  }
});
