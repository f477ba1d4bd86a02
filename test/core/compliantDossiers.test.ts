import { strict as assert } from 'node:assert';
import { type Finding } from '../../server/src/core/index.js';
import { DOCUMENTS, DOSSIERS } from '../compliantDocuments.js';
import { dossierFindings } from '../helpers.js';
import { analysedOncePerText, splitIntoDossier, titleOnly, VARIANTS } from '../layoutVariants.js';

/**
 * False positives on compliant dossiers: the compliant dossiers, and every compliant document split into a dossier at
 * its parts, give no error in any layout (the single documents are compliant.test.ts's; two files so that mocha's
 * parallel workers share them).
 */
const dossierAnalysed = analysedOncePerText<Record<string, Finding[]>>();
/**
 * The errors and warnings of a dossier whose every file is transformed, each with its file and line; but those of an
 * item the document states only in a title the layout takes away (TITLE_ONLY).
 */
function dossierErrors(name: string, files: Record<string, string>, transform: (text: string) => string, leftOut = (_rule: string) => false): string[] {
  const transformed = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, transform(text)]));
  const findings = dossierAnalysed(name, JSON.stringify(transformed), () => dossierFindings(transformed));
  return Object.entries(findings).flatMap(([file, list]) =>
    list
      .filter((finding) => (finding.severity === 'error' || finding.severity === 'warning') && !leftOut(finding.rule))
      .map((finding) => `${file}:${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`),
  );
}

describe('compliant dossiers: no error (false positives)', () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    const files = splitIntoDossier(text);
    if (!files) continue;
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name}, split into a dossier at its parts (${Object.keys(files).length} files), ${variant}`, () => {
        assert.deepEqual(
          dossierErrors(name, files, transform, (rule) => titleOnly(variant, name, rule)),
          [],
        );
      });
    }
  }
  for (const [name, files] of Object.entries(DOSSIERS)) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name} (dossier), ${variant}`, () => {
        assert.deepEqual(dossierErrors(name, files, transform), []);
      });
    }
  }
});
