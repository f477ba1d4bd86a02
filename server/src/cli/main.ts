import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Locale } from '../core/index.js';
import { checkFile, type FileOutcome } from './check.js';
import { formatReport, type FileReport, type OutputFormat } from './format.js';
import { checkFilesInParallel } from './pool.js';

const USAGE = `Usage: tender-lint [--format text|json|sarif] [--locale fr|en] [--jobs N] <files, folders or globs…>

Checks Québec call-for-tenders documents (Markdown with a "type" front-matter key) against the
Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4).
Many files are checked on N threads (default: one per core); the output is the same for any N.
Exit status: 0 no error, 1 errors found, 2 usage or I/O failure (a file that cannot be read as
UTF-8 or UTF-16 text, a folder or glob without Markdown files); the other files are still checked.`;

const MARKDOWN = new Set(['.md', '.markdown']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface Options {
  format: OutputFormat;
  locale: Locale | undefined;
  jobs: number | undefined;
  inputs: string[];
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 8;

function parseArguments(args: string[]): Options | string {
  const options: Options = { format: 'text', locale: undefined, jobs: undefined, inputs: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (name === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return `--format: text, json or sarif expected, got "${format ?? ''}"`;
      options.format = format;
    } else if (name === '--locale') {
      const locale = value();
      if (locale !== 'fr' && locale !== 'en') return `--locale: fr or en expected, got "${locale ?? ''}"`;
      options.locale = locale;
    } else if (name === '--jobs' || name === '-j') {
      const jobs = value();
      if (!/^[1-9]\d*$/.test(jobs ?? '')) return `--jobs: a positive whole number expected, got "${jobs ?? ''}"`;
      options.jobs = Number(jobs);
    } else if (name === '--help' || name === '-h') return '';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  return options.inputs.length ? options : 'no file, folder or glob given';
}

/**
 * Expands the command line into Markdown files, each reported once whatever the paths leading to it.
 * Folders and globs are walked alike: only Markdown files are taken, `node_modules` and `.git` are
 * skipped, symlinked folders are followed after the real tree (so a file keeps its real path) and
 * never twice (loops end), and a Markdown link that is broken or loops is kept, so that reading it
 * reports it instead of skipping it silently.
 */
function expandInputs(inputs: string[], errors: string[]): string[] {
  const files = new Map<string, string>();
  for (const input of inputs) {
    const found: string[] = [];
    if (isDynamicPattern(input)) {
      const { base, glob } = picomatch.scan(input);
      const matches = picomatch(input.replace(/^(?:\.\/)+/, ''));
      const depth = glob.includes('**') ? Infinity : glob.split('/').length;
      walk(base || '.', depth, (path) => matches(path.split(sep).join('/')), found, errors);
      if (found.length === 0) errors.push(`${input}: no Markdown file (.md, .markdown) matches`);
    } else {
      try {
        if (statSync(input).isDirectory()) {
          walk(input, Infinity, () => true, found, errors);
          if (found.length === 0) errors.push(`${input}: no Markdown file (.md, .markdown) in this folder`);
        } else found.push(input);
      } catch (error) {
        errors.push(`${input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
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
function walk(root: string, depth: number, accept: (path: string) => boolean, found: string[], errors: string[]): void {
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
      errors.push(`${folder}: ${(error as Error).message}`);
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
  return finish(start, start.files.map((path) => checkFile(path, start.options.locale)), write, writeError);
}

/** The command line's run: many files are checked on worker threads (`--jobs`, default one per core). */
export async function runParallel(args: string[], write: (text: string) => void, writeError: (text: string) => void): Promise<number> {
  const start = begin(args, write, writeError);
  if (typeof start === 'number') return start;
  const jobs = start.options.jobs ?? (start.files.length >= PARALLEL_FROM ? availableParallelism() : 1);
  const outcomes = jobs > 1 && start.files.length > 1 ? await checkFilesInParallel(start.files, start.options.locale, jobs) : start.files.map((path) => checkFile(path, start.options.locale));
  return finish(start, outcomes, write, writeError);
}

interface Started {
  options: Options;
  files: string[];
  errors: string[];
}

function begin(args: string[], write: (text: string) => void, writeError: (text: string) => void): Started | number {
  const options = parseArguments(args);
  if (typeof options === 'string') {
    (options ? writeError : write)(options ? `tender-lint: ${options}\n\n${USAGE}\n` : `${USAGE}\n`);
    return options ? 2 : 0;
  }
  const errors: string[] = [];
  return { options, files: expandInputs(options.inputs, errors), errors };
}

/** Reports in input order, then the files that could not be read. */
function finish({ options, errors }: Started, outcomes: FileOutcome[], write: (text: string) => void, writeError: (text: string) => void): number {
  const reports: FileReport[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) errors.push(outcome.error);
    else reports.push(outcome.report);
  }
  write(formatReport(reports, options.format, options.locale ?? 'fr'));
  for (const error of errors) writeError(`tender-lint: ${error}\n`);
  if (errors.length) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}
