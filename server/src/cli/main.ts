import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { analyzeText, DEFAULT_SETTINGS, type AnalysisResult, type Locale } from '../core/index.js';
import { loadConfigFor } from '../node/configFiles.js';
import { folderDocuments, siblingDocuments, type FolderDocument } from '../node/relatedDocuments.js';
import { formatReport, type FileReport, type OutputFormat } from './format.js';

const USAGE = `Usage: tender-lint [--format text|json|sarif] [--locale fr|en] <files, folders or globs…>

Checks Québec call-for-tenders documents (Markdown with a "type" front-matter key) against the
Règlement sur les contrats de services des organismes publics (RLRQ c. C-65.1, r. 4).
Exit status: 0 no error, 1 errors found, 2 usage or I/O failure (a file that cannot be read as
UTF-8 or UTF-16 text, a folder or glob without Markdown files); the other files are still checked.`;

const MARKDOWN = new Set(['.md', '.markdown']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

interface Options {
  format: OutputFormat;
  locale: Locale | undefined;
  inputs: string[];
}

function parseArguments(args: string[]): Options | string {
  const options: Options = { format: 'text', locale: undefined, inputs: [] };
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
    } else if (name === '--help' || name === '-h') return '';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  return options.inputs.length ? options : 'no file, folder or glob given';
}

/** Expands the command line into Markdown files; folders are walked, symlink loops are not followed twice. */
function expandInputs(inputs: string[], errors: string[]): string[] {
  const files = new Set<string>();
  const seenFolders = new Set<string>();
  let found = 0;
  const walk = (folder: string): void => {
    let real: string;
    try {
      real = resolve(folder);
      const key = statSync(real).ino + ':' + statSync(real).dev;
      if (seenFolders.has(key)) return;
      seenFolders.add(key);
    } catch (error) {
      errors.push(`${folder}: ${(error as Error).message}`);
      return;
    }
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      errors.push(`${folder}: ${(error as Error).message}`);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path))) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(path);
      } else if (MARKDOWN.has(extname(entry.name).toLowerCase())) {
        files.add(path);
        found++;
      }
    }
  };
  for (const input of inputs) {
    if (/[*?[\]{}]/.test(input)) {
      const matches = globSync(input, { onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }).sort();
      if (matches.length === 0) errors.push(`${input}: no file matches`);
      for (const match of matches) files.add(match);
      continue;
    }
    try {
      if (statSync(input).isDirectory()) {
        const before = found;
        walk(input);
        if (found === before) errors.push(`${input}: no Markdown file (.md, .markdown) in this folder`);
      } else files.add(input);
    } catch (error) {
      errors.push(`${input}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
    }
  }
  return [...files];
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A file that is not text cannot be checked, which is an I/O failure (exit 2) like an unreadable
 * one: a CI job must not pass over it silently. UTF-16 with a byte order mark is text.
 */
function readText(path: string): string {
  const bytes = readFileSync(path);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new Error(`binary file (NUL byte at line ${lineAt(bytes, nul)}), not checked`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`not UTF-8 text (invalid byte at line ${lineAt(bytes, firstInvalidUtf8(bytes))}), not checked; save it as UTF-8`);
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

export function run(args: string[], write: (text: string) => void, writeError: (text: string) => void): number {
  const options = parseArguments(args);
  if (typeof options === 'string') {
    (options ? writeError : write)(options ? `tender-lint: ${options}\n\n${USAGE}\n` : `${USAGE}\n`);
    return options ? 2 : 0;
  }
  const errors: string[] = [];
  const reports: FileReport[] = [];
  const folders = new Map<string, FolderDocument[]>();
  for (const path of expandInputs(options.inputs, errors)) {
    let text: string;
    try {
      text = readText(path);
    } catch (error) {
      errors.push(`${path}: ${(error as Error).message}`);
      continue;
    }
    const { settings } = loadConfigFor(path, DEFAULT_SETTINGS);
    const folder = dirname(resolve(path));
    if (!folders.has(folder)) folders.set(folder, folderDocuments(folder));
    const related = siblingDocuments(path, folders.get(folder));
    const result: AnalysisResult = analyzeText(text, options.locale ? { ...settings, locale: options.locale } : settings, related);
    reports.push({ path: relative(process.cwd(), resolve(path)).split('\\').join('/') || path, ...result });
  }
  write(formatReport(reports, options.format, options.locale ?? 'fr'));
  for (const error of errors) writeError(`tender-lint: ${error}\n`);
  if (errors.length) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}
