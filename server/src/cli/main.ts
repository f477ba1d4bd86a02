import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Locale, Localized } from '../core/index.js';
import { idleCoresSince, sampleCpu } from '../node/idleCores.js';
import { checkFile, startRun, type ConfigOutcome, type FileOutcome } from './check.js';
import { formatReport, type FileReport, type InputError, type OutputFormat } from './format.js';
import { fileSystemError, USAGE } from './messages.js';
import { checkFilesInParallel } from './pool.js';

const MARKDOWN = new Set(['.md', '.markdown']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface Options {
  format: OutputFormat;
  locale: Locale | undefined;
  jobs: number | undefined;
  explain: boolean;
  /** `-o FILE`: the report goes to this file instead of the standard output. */
  output: string | undefined;
  inputs: string[];
}

/**
 * Bytes of Markdown that make one more thread worth starting (docs/performance.md): a worker costs
 * a thread, the command line loaded and warmed up again, and the analysis it does again (each thread
 * its own parse of shared chunks, its own front-matters) — since the Markdown parse became cheap
 * (markdown-it), about what this much text costs to check: `--jobs 2` broke even with `--jobs 1` at
 * 8 MB and won at 16 MB (× 0.88) on 2 cores.
 */
const BYTES_PER_THREAD = 8_000_000;

/**
 * The default `--jobs`: one thread per BYTES_PER_THREAD of text, at most one per core and one per file,
 * so that a run never pays for a worker that would not pay for itself.
 */
export function defaultThreads(files: number, bytes: number, cores: number): number {
  return Math.max(1, Math.min(cores, files, Math.floor(bytes / BYTES_PER_THREAD)));
}

/**
 * The cores a run may use: those other processes left idle while it listed its files (this thread was
 * busy on one of them, which it keeps). On a machine whose cores other processes fill (a shared CI
 * runner), a second thread adds its start to the run and takes nothing from them.
 */
export function usableCores(cores: number, idleCores: number | undefined): number {
  return idleCores === undefined ? cores : Math.max(1, Math.min(cores, Math.round(idleCores) + 1));
}

/** Bytes of the files to check; a file that cannot be read counts for nothing (it is reported when checked). */
function totalBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // Reported with its reason when it is checked.
    }
  }
  return total;
}

/** The locale asked for, read before anything else so that even a usage error is in that language. */
function requestedLocale(args: string[]): Locale {
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s, 2);
    const value = name === '--locale' ? (inline ?? args[i + 1]) : undefined;
    if (value === 'fr' || value === 'en') return value;
  }
  return 'fr';
}

function parseArguments(args: string[]): Options | Localized | 'help' {
  const options: Options = { format: 'text', locale: undefined, jobs: undefined, explain: false, output: undefined, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'html') {
        return {
          fr: `--format : text, json, sarif ou html attendu, reçu « ${format ?? ''} »`,
          en: `--format: text, json, sarif or html expected, got "${format ?? ''}"`,
        };
      }
      options.format = format;
    } else if (name === '--locale') {
      const locale = value();
      if (locale !== 'fr' && locale !== 'en')
        return { fr: `--locale : fr ou en attendu, reçu « ${locale ?? ''} »`, en: `--locale: fr or en expected, got "${locale ?? ''}"` };
      options.locale = locale;
    } else if (name === '--jobs' || name === '-j') {
      const jobs = value();
      if (!/^[1-9]\d*$/.test(jobs ?? '')) {
        return { fr: `--jobs : un nombre entier positif attendu, reçu « ${jobs ?? ''} »`, en: `--jobs: a positive whole number expected, got "${jobs ?? ''}"` };
      }
      options.jobs = Number(jobs);
    } else if (name === '--output' || name === '-o') {
      const output = value();
      if (!output) return { fr: '--output : un chemin de fichier attendu', en: '--output: a file path expected' };
      options.output = output;
    } else if (name === '--explain' && inline === undefined) options.explain = true;
    else if (name === '--help' || name === '-h') return 'help';
    else if (arg.startsWith('-') && arg !== '-') return { fr: `option inconnue ${arg}`, en: `unknown option ${arg}` };
    else options.inputs.push(arg);
  }
  if (options.explain && options.format !== 'text') {
    return {
      fr: `--explain : seul le format text l'accepte, reçu --format ${options.format}`,
      en: `--explain: only the text format takes it, got --format ${options.format}`,
    };
  }
  return options.inputs.length ? options : { fr: 'aucun fichier, dossier ou glob donné', en: 'no file, folder or glob given' };
}

/**
 * Expands the command line into Markdown files, each reported once whatever the paths leading to it.
 * Folders and globs are walked alike: only Markdown files are taken, `node_modules` and `.git` are
 * skipped, symlinked folders are followed after the real tree (so a file keeps its real path) and
 * never twice (loops end), and a Markdown link that is broken or loops is kept, so that reading it
 * reports it instead of skipping it silently.
 */
function expandInputs(inputs: string[], errors: InputError[]): string[] {
  const files = new Map<string, string>();
  for (const input of inputs) {
    const found: string[] = [];
    if (isDynamicPattern(input)) {
      const { base, glob } = picomatch.scan(input);
      const matches = picomatch(input.replace(/^(?:\.\/)+/, ''));
      const depth = glob.includes('**') ? Infinity : glob.split('/').length;
      walk(base || '.', depth, (path) => matches(path.split(sep).join('/')), found, errors);
      if (found.length === 0)
        errors.push({ input, message: { fr: 'aucun fichier Markdown (.md, .markdown) ne correspond', en: 'no Markdown file (.md, .markdown) matches' } });
    } else {
      try {
        if (statSync(input).isDirectory()) {
          walk(input, Infinity, () => true, found, errors);
          if (found.length === 0)
            errors.push({
              input,
              message: { fr: 'aucun fichier Markdown (.md, .markdown) dans ce dossier', en: 'no Markdown file (.md, .markdown) in this folder' },
            });
        } else found.push(input);
      } catch {
        // Named on the command line but missing or unreadable: listed, with the reason, like any file that cannot be read.
        found.push(input);
      }
    }
    for (const path of found) {
      const key = fileIdentity(path) ?? `path:${resolve(path)}`;
      if (!files.has(key)) files.set(key, path);
    }
  }
  return [...files.values()];
}

const isDynamicPattern = (input: string): boolean => /[*?[\]{}]/.test(input);

/**
 * Appends to `found` the Markdown files under `root` (at most `depth` levels down) that `accept`
 * takes, in path order, real folders first; symlinked folders are walked afterwards, each folder once.
 */
function walk(root: string, depth: number, accept: (path: string) => boolean, found: string[], errors: InputError[]): void {
  const seenFolders = new Set<string>();
  const linked: { folder: string; depth: number }[] = [];
  const visit = (folder: string, depth: number): void => {
    let entries;
    try {
      const { dev, ino } = statSync(folder);
      if (seenFolders.has(`${dev}:${ino}`)) return;
      seenFolders.add(`${dev}:${ino}`);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push({ input: folder, message: fileSystemError(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth > 1 && !SKIPPED_FOLDERS.has(entry.name)) visit(path, depth - 1);
      } else if (entry.isSymbolicLink() && isDirectory(path)) {
        if (depth > 1 && !SKIPPED_FOLDERS.has(entry.name)) linked.push({ folder: path, depth: depth - 1 });
      } else if (MARKDOWN.has(extname(entry.name).toLowerCase()) && accept(path)) found.push(path);
    }
  };
  visit(root, depth);
  for (let next = linked.shift(); next; next = linked.shift()) visit(next.folder, next.depth);
}

/** Device and inode of what a path leads to; undefined for a broken or looping link. */
function fileIdentity(path: string): string | undefined {
  try {
    const { dev, ino } = statSync(path);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Sequential run (one thread). */
export function run(args: string[], write: (text: string) => void, writeError: (text: string) => void): number {
  const start = begin(args, write, writeError);
  if (typeof start === 'number') return start;
  return finish(
    start,
    start.files.map((path) => checkFile(path, start.options.locale, start.options.explain, start.options.format === 'html')),
    write,
    writeError,
  );
}

/**
 * The command line's run: files are checked on `--jobs` threads (by default, from the text's size and
 * the cores left idle), the workers running `workerScript`, the command line's entry.
 */
export async function runParallel(
  args: string[],
  write: (text: string) => void,
  writeError: (text: string) => void,
  workerScript: string | URL,
): Promise<number> {
  const machine = sampleCpu();
  const start = begin(args, write, writeError);
  if (typeof start === 'number') return start;
  let jobs = start.options.jobs;
  if (jobs === undefined) {
    const bytes = totalBytes(start.files);
    jobs = defaultThreads(start.files.length, bytes, availableParallelism());
    // Only a run that would start workers asks how busy the machine is (it waits up to 50 ms for the answer).
    if (jobs > 1) jobs = defaultThreads(start.files.length, bytes, usableCores(availableParallelism(), await idleCoresSince(machine)));
  }
  const { locale, explain } = start.options;
  const compliance = start.options.format === 'html';
  const outcomes =
    jobs > 1 && start.files.length > 1
      ? await checkFilesInParallel(workerScript, start.files, locale, jobs, explain, compliance)
      : start.files.map((path) => checkFile(path, locale, explain, compliance));
  return finish(start, outcomes, write, writeError);
}

interface Started {
  options: Options;
  files: string[];
  errors: InputError[];
}

function begin(args: string[], write: (text: string) => void, writeError: (text: string) => void): Started | number {
  const options = parseArguments(args);
  const locale = requestedLocale(args);
  if (options === 'help') {
    write(`${USAGE[locale]}\n`);
    return 0;
  }
  if (!('inputs' in options)) {
    writeError(`tender-lint: ${options[locale]}\n\n${USAGE[locale]}\n`);
    return 2;
  }
  const errors: InputError[] = [];
  startRun([process.cwd(), ...options.inputs]);
  return { options, files: expandInputs(options.inputs, errors), errors };
}

/**
 * Reports in input order, a file that could not be checked among them with its error; then, on
 * stderr, the inputs that gave no file and the files that could not be checked.
 */
function finish({ options, errors }: Started, outcomes: FileOutcome[], write: (text: string) => void, writeError: (text: string) => void): number {
  const locale = options.locale ?? 'fr';
  const reports: FileReport[] = outcomes.map((outcome) =>
    'error' in outcome ? { path: outcome.path, tender: false, findings: [], error: outcome.error } : outcome.report,
  );
  const report = formatReport(reports, options.format, locale, errors);
  if (options.output === undefined) write(report);
  else {
    try {
      writeFileSync(options.output, report);
    } catch (error) {
      writeError(`tender-lint: ${options.output}: ${fileSystemError(error)[locale]}\n`);
      return 2;
    }
  }
  // Each settings file's problems once, however many documents it applies to: the other settings apply.
  const configs = new Map<string, ConfigOutcome>();
  for (const outcome of outcomes) if ('config' in outcome && outcome.config) configs.set(outcome.config.file, outcome.config);
  for (const { file, problems } of configs.values()) {
    for (const problem of problems)
      writeError(`tender-lint: ${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${problem.message[locale]}\n`);
  }
  const failures = [
    ...errors.map(({ input, message }) => `${input}: ${message[locale]}`),
    ...reports.flatMap((report) => (report.error ? [`${report.path}: ${report.error.message[locale]}`] : [])),
  ];
  for (const failure of failures) writeError(`tender-lint: ${failure}\n`);
  if (failures.length) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}
