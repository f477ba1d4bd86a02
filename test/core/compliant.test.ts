import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { analyzeText, FORM_CHECKS, RULES, type Finding } from '../../server/src/core/index.js';
import { dossierFindings, readDossier, readDossierExample, readExample, withoutMarkers } from '../helpers.js';
import { analysedOncePerText, splitIntoDossier, titleOnly, VARIANTS } from '../layoutVariants.js';

/**
 * False positives on compliant documents are the worst bug: the compliant examples and the compliant
 * fixtures give no error, and neither do the same documents in capitals, with typographic
 * apostrophes, or with their paragraphs re-wrapped.
 */
const compliantFolder = new URL('../fixtures/compliant/', import.meta.url);
const unseenFolder = new URL('../fixtures/unseen/', import.meta.url);
const sharedCorpus = new URL('../../../shared/corpus/', import.meta.url);
/** Rules and form checks that only inform (a draft's review marks): a document whose expected findings are all theirs is compliant. */
const INFORMING = new Set([
  ...RULES.filter((rule) => rule.severity === 'information' || rule.severity === 'hint').map((rule) => rule.id),
  FORM_CHECKS.reviewMarks.id,
]);
const compliant = (text: string) => [...text.matchAll(/\bexpect: ([a-z0-9.-]+)/g)].every(([, rule]) => INFORMING.has(rule));
const read = (folder: URL, label: string, names: string[]) => names.map((name) => [`${label}/${name}`, readFileSync(new URL(name, folder), 'utf8')] as const);
const DOCUMENTS: Record<string, string> = {
  'examples/ao-services-professionnels-conforme.md': readExample('ao-services-professionnels-conforme.md'),
  'examples/avis-entretien-espaces-verts.md': readExample('avis-entretien-espaces-verts.md'),
  ...Object.fromEntries(read(compliantFolder, 'compliant', readdirSync(compliantFolder))),
  // Documents written for the audit on unseen wordings: those that expect no error or warning are compliant.
  // Their markers are the fixtures test's, not the document's: a layout would carry one along a title it rewrites.
  ...Object.fromEntries(
    read(unseenFolder, 'unseen', readdirSync(unseenFolder))
      .filter(([, text]) => compliant(text))
      .map(([name, text]) => [name, withoutMarkers(text)]),
  ),
  // The shared corpus beside the repository, where `npm run corpus` reads it: its documents expected compliant.
  ...Object.fromEntries(
    (existsSync(sharedCorpus) ? readdirSync(sharedCorpus) : [])
      .filter((name) => name.endsWith('.md') && !name.endsWith('.expect.md') && existsSync(new URL(name.replace(/\.md$/, '.expect.md'), sharedCorpus)))
      .filter((name) => /\*\*Conformité :\*\* conforme\./.test(readFileSync(new URL(name.replace(/\.md$/, '.expect.md'), sharedCorpus), 'utf8')))
      .map((name) => [`shared/corpus/${name}`, readFileSync(new URL(name, sharedCorpus), 'utf8')] as const),
  ),
};

/** Compliant dossiers: each file's variant, all files at once. */
const unseenDossiers = new URL('../fixtures-dossiers/unseen/', import.meta.url);
const DOSSIERS: Record<string, Record<string, string>> = {
  'examples/dossier-gestion-documentaire': readDossierExample('dossier-gestion-documentaire'),
  // Dossiers written for the audit on unseen dossiers: those whose files expect no error or warning are compliant
  // (their markers taken away, as the single documents' are).
  ...Object.fromEntries(
    readdirSync(unseenDossiers, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`unseen-dossiers/${entry.name}`, readDossier(new URL(`${entry.name}/`, unseenDossiers))] as const)
      .filter(([, files]) => Object.values(files).every(compliant))
      .map(([name, files]) => [name, Object.fromEntries(Object.entries(files).map(([file, text]) => [file, withoutMarkers(text)]))] as const),
  ),
};

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

const analysed = analysedOncePerText<Finding[]>();

describe('compliant documents: no error (false positives)', () => {
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
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name}, ${variant}`, () => {
        const transformed = transform(text);
        const errors = analysed(name, transformed, () => analyzeText(transformed).findings).filter(
          (finding) => (finding.severity === 'error' || finding.severity === 'warning') && !titleOnly(variant, name, finding.rule),
        );
        assert.deepEqual(
          errors.map((finding) => `${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`),
          [],
        );
      });
    }
  }
});
