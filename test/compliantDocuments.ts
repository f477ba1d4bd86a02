import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { FORM_CHECKS, RULES } from '../server/src/core/index.js';
import { readDossier, readDossierExample, readExample, withoutMarkers } from './helpers.js';

/**
 * The compliant documents and dossiers the false-positive tests read (test/core/compliant.test.ts for single documents,
 * compliantDossiers.test.ts for dossiers and documents split into one), in every layout of test/layoutVariants.ts.
 */
const compliantFolder = new URL('./fixtures/compliant/', import.meta.url);
const unseenFolder = new URL('./fixtures/unseen/', import.meta.url);
const sharedCorpus = new URL('../../shared/corpus/', import.meta.url);
/** Rules and form checks that only inform (a draft's review marks): a document whose expected findings are all theirs is compliant. */
const INFORMING = new Set([
  ...RULES.filter((rule) => rule.severity === 'information' || rule.severity === 'hint').map((rule) => rule.id),
  FORM_CHECKS.reviewMarks.id,
]);
const compliant = (text: string) => [...text.matchAll(/\bexpect: ([a-z0-9.-]+)/g)].every(([, rule]) => INFORMING.has(rule));
const read = (folder: URL, label: string, names: string[]) => names.map((name) => [`${label}/${name}`, readFileSync(new URL(name, folder), 'utf8')] as const);
export const DOCUMENTS: Record<string, string> = {
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
const unseenDossiers = new URL('./fixtures-dossiers/unseen/', import.meta.url);
export const DOSSIERS: Record<string, Record<string, string>> = {
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
