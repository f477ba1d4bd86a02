import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { analyzeText, DEFAULT_SETTINGS, type Locale } from '../core/index.js';
import { loadConfigFor } from '../node/configFiles.js';
import { folderDocuments, siblingDocuments, type FolderDocument } from '../node/relatedDocuments.js';
import type { FileReport } from './format.js';

/** One file's report, or the reason it could not be checked. Runs on the main thread or in a worker. */
export type FileOutcome = { report: FileReport } | { error: string };

/** Each folder's Markdown files (addenda given as separate files), read once per thread. */
const folders = new Map<string, FolderDocument[]>();

export function checkFile(path: string, locale: Locale | undefined): FileOutcome {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    return { error: `${path}: ${(error as Error).message}` };
  }
  const { settings } = loadConfigFor(path, DEFAULT_SETTINGS);
  const folder = dirname(resolve(path));
  let documents = folders.get(folder);
  if (!documents) folders.set(folder, (documents = folderDocuments(folder)));
  const result = analyzeText(text, locale ? { ...settings, locale } : settings, siblingDocuments(path, documents));
  return { report: { path: relative(process.cwd(), resolve(path)).split('\\').join('/') || path, ...result } };
}

function readText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes), not checked');
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
