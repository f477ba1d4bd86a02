import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeDossier,
  createLanguageService,
  DEFAULT_SETTINGS,
  DocumentParser,
  dossierOf,
  type AnalysisSettings,
  type Finding,
  type LastAnalysis,
} from '../server/src/core/index.js';
import { LineIndex } from '../server/src/core/text/lineIndex.js';
import type { ChecklistEntry, ComplianceReport } from '../server/src/core/features/complianceReport.js';
import type { DossierInput } from '../server/src/core/service.js';
import type { TextEdit } from '../server/src/core/types.js';

const EXAMPLES = new URL('../examples/', import.meta.url);

/** The repository's folder. */
export const REPOSITORY = fileURLToPath(new URL('../', import.meta.url));

/** The paths of the Markdown files of a folder and its subfolders, in the order the folders list them. */
export function markdownFilesIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFilesIn(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
  );
}
export const readExample = (name: string): string => readFileSync(new URL(name, EXAMPLES), 'utf8');

/** A notice whose `numero` (AO-2026-0142) addenda files name; receipt limit 2026-03-19 at 14:00. */
export const NOTICE_NAMED_BY_ADDENDA = `---
type: avis
numero: AO-2026-0142
organisme: { nom: Ville de Québec }
titre: Services de déneigement
accords: aucun
renseignements: 418 641-6411
diffusion: 2026-03-02
reception: { date: 2026-03-19, heure: "14:00", lieu: "2, rue des Jardins, Québec" }
ouverture: { date: 2026-03-19, heure: "14:00", lieu: "2, rue des Jardins, Québec" }
---

# Avis

Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.

La Ville ne s'engage à accepter aucune des soumissions reçues.
`;

/** Applies LSP-style edits (same-position inserts in array order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const placed = edits.map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText, order }));
  placed.sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const edit of placed) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * Expected findings written in a fixture, markdownlint-style: `<!-- expect: rule-a, rule-b -->` in
 * Markdown or `# expect: rule-a` in the front-matter, at the end of the line the findings point at.
 */
/**
 * A fixture's text without its inline markers (`<!-- expect: … -->`, `# expect: …` at a line's end), as its author wrote
 * it: a marker is the test's, not the document's, and must not change what is read (a comment after a table's header row
 * would add a cell to it, and no GFM table has more header cells than its delimiter row; after a grid table's row it
 * would break the grid). Each line keeps its place.
 */
export const withoutMarkers = (text: string): string =>
  text.replace(/[ \t]*(?:<!--|#)[ \t]*expect:[ \t]*[\w,.°-](?:[\w \t,.°-]*?[\w,.°-])?[ \t]*(?:-->|$)/gm, '');

export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /(?:<!--|#)\s*expect:\s*([\w,.°-](?:[\w\s,.°-]*?[\w,.°-])?)\s*(?:-->|$)/.exec(line);
    if (marker) for (const rule of marker[1].split(',')) expected.push(`${index + 1}:${rule.trim()}`);
  });
  return expected.sort();
}

/** The files of an example dossier (`examples/<folder>/`), by their name in it (`annexes/grille-evaluation.md`). */
export function readDossierExample(folder: string): Record<string, string> {
  return readDossier(new URL(`${folder}/`, EXAMPLES));
}

/** The Markdown files of a dossier's folder and its subfolders, by their name in it, in name order. */
export function readDossier(root: URL): Record<string, string> {
  const files: Record<string, string> = {};
  const visit = (url: URL, prefix: string) => {
    for (const entry of readdirSync(url, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory()) visit(new URL(`${entry.name}/`, url), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.md')) files[`${prefix}${entry.name}`] = readFileSync(new URL(entry.name, url), 'utf8');
    }
  };
  visit(root, '');
  return files;
}

/** Each file's findings when the files are checked as one dossier (each named as given). */
export function dossierFindings(files: Record<string, string>, settings: AnalysisSettings = DEFAULT_SETTINGS): Record<string, Finding[]> {
  const [first, ...others] = Object.entries(files);
  const related = others.map(([name, text]) => ({ name, text }));
  const analysis = analyzeDossier(dossierOf(first[0], new DocumentParser().parse(first[1]), related), settings);
  return Object.fromEntries([...analysis.results].map(([member, result]) => [member.name, result.findings]));
}

/** A compliance report's checklist entries, every article's but the document's own section. */
export const checklistEntries = (report: ComplianceReport): ChecklistEntry[] =>
  report.articles.filter((article) => article.article !== 'document').flatMap((article) => article.entries);

/** The one checklist entry of `rule` (a rule is listed once). */
export function checklistEntry(report: ComplianceReport, rule: string): ChecklistEntry {
  const found = checklistEntries(report).filter((candidate) => candidate.rule === rule);
  assert.equal(found.length, 1, `${rule} once`);
  return found[0];
}

/** A new folder in the system's temporary folder (its name starting with `prefix`) holding `files` (path in it → text). */
export function writeFolder(prefix: string, files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** A YAML "billion laughs": `levels` anchors `<name>0`, `<name>1`…, each a list of ten aliases of the one before (10^levels items expanded). */
export function aliasBomb(name: string, levels: number): string {
  const lines = [`${name}0: &${name}0 [x, x, x, x, x, x, x, x, x, x]`];
  for (let level = 1; level < levels; level++)
    lines.push(
      `${name}${level}: &${name}${level} [${Array(10)
        .fill(`*${name}${level - 1}`)
        .join(', ')}]`,
    );
  return lines.join('\n');
}

/** The language service's analysis of `text` as `file:///doc.md`, `settings` over the defaults, with the other files of its dossier if given. */
export function lastAnalysisOf(text: string, settings: Partial<AnalysisSettings> = {}, dossier?: DossierInput): LastAnalysis {
  const service = createLanguageService();
  service.analyze('file:///doc.md', text, { ...DEFAULT_SETTINGS, ...settings }, dossier);
  const analysis = service.lastAnalysis('file:///doc.md');
  assert.ok(analysis);
  return analysis;
}
