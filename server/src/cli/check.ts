import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  analyzeDossier,
  DEFAULT_SETTINGS,
  DocumentParser,
  dossierOf,
  explain,
  FORMAT_CITATION,
  RULES,
  type DocumentModel,
  type DossierAnalysis,
  type Explanation,
  type Finding,
  type Locale,
  type Localized,
} from '../core/index.js';
import type { SettingsFileProblem } from '../core/config/settingsFile.js';
import { complianceReport, type ComplianceReport } from '../core/features/complianceReport.js';
import { ChunkLibrary } from '../core/document/incremental.js';
import { loadConfigFor, type LoadedConfig } from '../node/configFiles.js';
import { DossierFinder, within, type DossierFile, type FoundDossier } from '../node/dossier.js';
import { sha256 } from '../node/fingerprint.js';
import { readRegularFile } from '../node/regularFile.js';
import type { FileReport } from './format.js';
import { fileSystemError } from './messages.js';

/** Why a file could not be checked: it is then reported with this error and no finding. */
export interface FileError {
  code: 'binary' | 'encoding' | 'unreadable';
  message: Localized;
}

/** One file's report, or the reason it could not be checked. Runs on the main thread or in a worker. */
export type FileOutcome = { report: FileReport; config?: ConfigOutcome } | { path: string; error: FileError };

/** The settings file a document was checked with, and what of it was not applied. */
export interface ConfigOutcome {
  file: string;
  problems: SettingsFileProblem[];
}

/** Thrown by readText: a file that is not text it can read. */
class NotText extends Error {
  constructor(readonly fileError: FileError) {
    super(fileError.message.en);
  }
}

/**
 * The dossiers of the files checked, found once per run and thread: each folder is listed and each
 * file read once (node/dossier.ts), and each dossier is analysed once for all its files.
 */
let finder: DossierFinder;
let models: Map<string, DocumentModel>;
let dossiers: Map<string, DossierAnalysis>;
/** Each dossier's compliance report, once per run and thread. */
let compliances: Map<string, ComplianceReport>;
/** Each file read once per run, whether for its own check or as another file of its dossier. */
let reads: Map<string, ReadOutcome>;
/** Each folder's settings, looked up once per run: its files (and the dossiers in it) share them. */
let settingsByFolder: Map<string, LoadedConfig>;
let library: ChunkLibrary;

type ReadOutcome = { text?: string; windows1252Line?: number; bytes?: Uint8Array; error?: FileError };

/**
 * Starts a run: what earlier runs of this thread read is forgotten (files may have changed since). A
 * dossier's folder may be a folder above a file's own that holds a file of the dossier (node/dossier.ts),
 * inside one of `bounds` only — the current folder and the command line's inputs — as the editor stays
 * in its workspace: a stray copy of a tender in a parent folder (a download folder, the system's temporary
 * folder) never joins the dossier of the files the user named.
 */
export function startRun(bounds: readonly string[] = [process.cwd()]): void {
  finder = new DossierFinder({ maxAgeMs: Infinity, mayAscendTo: (folder) => bounds.some((top) => within(top, folder)), read: (path) => readOnce(path).text });
  models = new Map();
  dossiers = new Map();
  compliances = new Map();
  reads = new Map();
  settingsByFolder = new Map();
  library = new ChunkLibrary();
}
startRun();

/** Where a file's dossier is: its folder, its `numero`, its files' paths (in name order), as the thread that found it gives it to another. */
export interface DossierPlace {
  root: string;
  numero?: string;
  files: string[];
}

/**
 * The files to check in groups a thread checks whole, in input order of each group's first file: a file
 * with the other files of its dossier (a thread analyses a dossier once for all its files, so a dossier
 * shared by two threads would be analysed twice), each with where its dossier is. Finding them reads each
 * folder and file once, which this thread's own checks then re-use.
 */
export function dossierGroups(paths: readonly string[]): { index: number; dossier?: DossierPlace }[][] {
  const groups = new Map<string, { index: number; dossier?: DossierPlace }[]>();
  paths.forEach((path, index) => {
    const read = readOnce(path);
    const found = read.error ? undefined : finder.dossierOf(path, read.text);
    const key = found?.numero ? `${found.root}\0${found.numero}` : `file\0${resolve(path)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push({ index, ...(found?.numero && { dossier: { root: found.root, numero: found.numero, files: found.files.map((file) => file.path) } }) });
  });
  return [...groups.values()];
}

/** The dossier at a place another thread found: its files read here (each once per run), no folder listed. */
function dossierAt(place: DossierPlace): FoundDossier {
  const files: DossierFile[] = [];
  for (const path of place.files) {
    const text = readOnce(path).text;
    if (text !== undefined) files.push({ path, name: relative(place.root, path).split(sep).join('/'), text });
  }
  return { root: place.root, numero: place.numero, files };
}

/**
 * With `explanation`, the report also says why each rule is met or not (`--explain`); with
 * `compliance`, it carries the compliance report's model (`--format html`). `place`: where the file's
 * dossier is, when the thread that grouped the files found it (dossierGroups).
 */
export function checkFile(path: string, locale: Locale | undefined, explanation = false, compliance = false, place?: DossierPlace): FileOutcome {
  const shown = displayPath(path);
  const read = readOnce(path);
  if (read.error) return { path: shown, error: read.error };
  const { settings, file: configFile, problems } = settingsFor(path);
  const found = place ? dossierAt(place) : finder.dossierOf(path, read.text);
  const self = found.files.find((file) => file.path === resolve(path))!;
  // A dossier is checked with the settings of its folder (those of a file directly in it).
  const dossierSettings =
    found.files.length > 1 ? settingsFor(join(found.root, found.files.find((file) => !file.name.includes('/'))?.name ?? self.name)).settings : settings;
  const used = locale ? { ...dossierSettings, locale } : dossierSettings;
  const key = `${found.root}\0${found.numero ?? resolve(path)}\0${JSON.stringify(used)}`;
  let analysis = dossiers.get(key);
  // A file the dossier analysed for its numero does not hold (a qualification notice is a procedure of its own,
  // whatever number it shares) is analysed itself: it would be given another file's findings.
  if (!analysis?.dossier.members.some((member) => member.name === self.name)) {
    const related = found.files.filter((file) => file !== self).map((file) => ({ name: file.name, text: file.text, model: modelOf(file.path, file.text) }));
    analysis = analyzeDossier(dossierOf(self.name, modelOf(self.path, self.text), related), used, RULES);
    if (found.numero && !dossiers.has(key)) dossiers.set(key, analysis);
  }
  const member = analysis.dossier.members.find((candidate) => candidate.name === self.name) ?? analysis.dossier.self;
  const model = member.model;
  const result = analysis.results.get(member)!;
  // Another file of the dossier is named by its path, as the report names files.
  const findings = result.findings.map((finding) =>
    finding.related?.some((related) => related.document)
      ? {
          ...finding,
          related: finding.related.map((related) => (related.document ? { ...related, document: displayPath(join(found.root, related.document)) } : related)),
        }
      : finding,
  );
  const line = read.windows1252Line;
  if (line !== undefined) {
    // In line order with the other findings, before those of its own line.
    const at = findings.findIndex((finding) => finding.range.start.line >= line);
    findings.splice(at === -1 ? findings.length : at, 0, windows1252Finding(line, used.locale));
  }
  const dossier = found.numero && analysis.dossier.members.length > 1 ? { dossier: `${displayPath(found.root)}#${found.numero}` } : {};
  const asMember = { ...analysis, dossier: { ...analysis.dossier, self: member } };
  // A dossier's report is the same for each of its files: made once per run and thread (the HTML gives it one section).
  const complianceOf = () => {
    const known = 'dossier' in dossier ? compliances.get(key) : undefined;
    if (known) return known;
    const report = complianceReport({
      model,
      result,
      settings: used,
      dossier: asMember,
      file: { name: shown, sha256: sha256(read.bytes ?? read.text!) },
      relatedFiles: found.files.filter((file) => file !== self).map((file) => ({ name: file.name, sha256: sha256(readOnce(file.path).bytes ?? file.text) })),
      // A dossier's report names its files by their paths, as the other formats do.
      nameOf: (name) => displayPath(join(found.root, name)),
    });
    if ('dossier' in dossier) compliances.set(key, report);
    return report;
  };
  return {
    report: {
      path: shown,
      tender: result.tender,
      findings,
      ...dossier,
      ...(explanation && { explanation: explained(explain({ model, result, settings: used, dossier: asMember }), found.root) }),
      ...(compliance && { compliance: complianceOf() }),
    },
    ...(configFile && problems.length > 0 && { config: { file: displayPath(configFile), problems } }),
  };
}

/** An explanation whose lines in other files of the dossier name them by their paths. */
function explained(explanation: Explanation, root: string): Explanation {
  return { ...explanation, lines: explanation.lines.map((line) => (line.document ? { ...line, document: displayPath(join(root, line.document)) } : line)) };
}

/** The settings of the nearest `.tenderrc` above a file, which depend on its folder only. */
function settingsFor(path: string): LoadedConfig {
  const folder = dirname(resolve(path));
  let loaded = settingsByFolder.get(folder);
  if (!loaded) settingsByFolder.set(folder, (loaded = loadConfigFor(path, DEFAULT_SETTINGS)));
  return loaded;
}

/** The model of a file's text, parsed once per thread. */
function modelOf(path: string, text: string): DocumentModel {
  let model = models.get(path);
  if (model?.source !== text) models.set(path, (model = new DocumentParser(undefined, library).parse(text)));
  return model;
}

function readOnce(path: string): ReadOutcome {
  const key = resolve(path);
  let read = reads.get(key);
  if (!read) {
    try {
      read = readText(path);
    } catch (error) {
      read = { error: error instanceof NotText ? error.fileError : { code: 'unreadable', message: fileSystemError(error) } };
    }
    reads.set(key, read);
  }
  return read;
}

export const displayPath = (path: string): string => relative(process.cwd(), resolve(path)).split('\\').join('/') || path;

/** Windows-1252 text is read, but said: other tools will show its accents wrong. */
function windows1252Finding(line: number, locale: Locale): Finding {
  return {
    rule: 'file-encoding',
    citation: FORMAT_CITATION,
    severity: 'information',
    message: {
      fr: 'Fichier enregistré en Windows-1252 et non en UTF-8 : il a été lu comme tel. Enregistrez-le en UTF-8 pour que les autres outils en lisent correctement les accents.',
      en: 'File saved as Windows-1252, not UTF-8: it was read as such. Save it as UTF-8 so that other tools read its accents correctly.',
    }[locale],
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
  };
}

/** Bytes Windows-1252 leaves undefined: a file holding one is in some other encoding. */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * A file that is not text cannot be checked, which is an I/O failure (exit 2) like an unreadable
 * one: a CI job must not pass over it silently. So is a device, a FIFO or a file too large to analyse
 * (readRegularFile). UTF-16 with a byte order mark is text, and so is
 * Windows-1252 (files saved by older Windows tools): not UTF-8, no byte it leaves undefined, and no
 * UTF-8 accent either (a UTF-8 file with one stray byte is damaged, not Windows-1252).
 */
function readText(path: string): { text: string; windows1252Line?: number; bytes: Uint8Array } {
  const bytes = readRegularFile(path);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), bytes };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = lineAt(bytes, nul);
    throw new NotText({
      code: 'binary',
      message: { fr: `fichier binaire (octet nul à la ligne ${line}), non vérifié`, en: `binary file (NUL byte at line ${line}), not checked` },
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bytes };
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    const hasUtf8Accent = /[^\p{ASCII}\ufffd]/u.test(new TextDecoder('utf-8').decode(bytes));
    if (!hasUtf8Accent && !bytes.some((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte))) {
      return { text: new TextDecoder('windows-1252').decode(bytes), windows1252Line: lineAt(bytes, invalid) - 1, bytes };
    }
    const line = lineAt(bytes, invalid);
    throw new NotText({
      code: 'encoding',
      message: {
        fr: `ni UTF-8 ni Windows-1252 (octet invalide à la ligne ${line}), non vérifié ; enregistrez-le en UTF-8`,
        en: `neither UTF-8 nor Windows-1252 text (invalid byte at line ${line}), not checked; save it as UTF-8`,
      },
    });
  }
}

/** Offset of the first byte that breaks UTF-8: the longest prefix a streaming decoder accepts. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const valid = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

const lineAt = (bytes: Uint8Array, offset: number): number => bytes.subarray(0, offset).reduce((lines, byte) => lines + (byte === 10 ? 1 : 0), 1);
