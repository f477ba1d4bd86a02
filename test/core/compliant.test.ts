import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeText } from '../../server/src/core/index.js';
import { dossierFindings, readDossier, readDossierExample, readExample } from '../helpers.js';

/**
 * False positives on compliant documents are the worst bug: the compliant examples and the compliant
 * fixtures give no error, and neither do the same documents in capitals, with typographic
 * apostrophes, or with their paragraphs re-wrapped.
 */
const compliantFolder = new URL('../fixtures/compliant/', import.meta.url);
const unseenFolder = new URL('../fixtures/unseen/', import.meta.url);
const read = (folder: URL, label: string, names: string[]) => names.map((name) => [`${label}/${name}`, readFileSync(new URL(name, folder), 'utf8')] as const);
const DOCUMENTS: Record<string, string> = {
  'examples/ao-services-professionnels-conforme.md': readExample('ao-services-professionnels-conforme.md'),
  'examples/avis-entretien-espaces-verts.md': readExample('avis-entretien-espaces-verts.md'),
  ...Object.fromEntries(read(compliantFolder, 'compliant', readdirSync(compliantFolder))),
  // Documents written for the audit on unseen wordings: those that expect no finding are compliant.
  ...Object.fromEntries(read(unseenFolder, 'unseen', readdirSync(unseenFolder)).filter(([, text]) => !/\bexpect:/.test(text))),
};

const splitBody = (text: string) => {
  const end = text.indexOf('\n---\n', 4) + 5;
  return [text.slice(0, end), text.slice(end)] as const;
};
const VARIANTS: Record<string, (text: string) => string> = {
  'as written': (text) => text,
  'body in capitals': (text) => {
    const [front, body] = splitBody(text);
    return front + body.toUpperCase();
  },
  'typographic apostrophes': (text) => {
    const [front, body] = splitBody(text);
    return front + body.replace(/'/g, '’');
  },
  'paragraphs on one line': (text) => {
    const [front, body] = splitBody(text);
    // A block quote's next line keeps its `>` (joined, the marker became text: « où K > est fixé à 20 % »).
    return front + body.replace(/([^\n|])\n(?=[^#|\-\d\s>])/g, '$1 ');
  },
};

/** Compliant dossiers: each file's variant, all files at once. */
const unseenDossiers = new URL('../fixtures-dossiers/unseen/', import.meta.url);
const DOSSIERS: Record<string, Record<string, string>> = {
  'examples/dossier-gestion-documentaire': readDossierExample('dossier-gestion-documentaire'),
  // Dossiers written for the audit on unseen dossiers: those whose files expect no finding are compliant.
  ...Object.fromEntries(
    readdirSync(unseenDossiers, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`unseen-dossiers/${entry.name}`, readDossier(new URL(`${entry.name}/`, unseenDossiers))] as const)
      .filter(([, files]) => !Object.values(files).some((text) => /\bexpect:/.test(text))),
  ),
};

describe('compliant documents: no error (false positives)', () => {
  for (const [name, files] of Object.entries(DOSSIERS)) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name} (dossier), ${variant}`, () => {
        const findings = dossierFindings(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, transform(text)])));
        const errors = Object.entries(findings).flatMap(([file, list]) =>
          list
            .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
            .map((finding) => `${file}:${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`),
        );
        assert.deepEqual(errors, []);
      });
    }
  }
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name}, ${variant}`, () => {
        const errors = analyzeText(transform(text)).findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
        assert.deepEqual(
          errors.map((finding) => `${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`),
          [],
        );
      });
    }
  }
});
