import { dirname, relative, resolve } from 'node:path';
import { analyzeText, DEFAULT_SETTINGS, type Locale } from '../core/index.js';
import { loadConfigFor } from '../node/configFiles.js';
import { folderDocuments, siblingDocuments, type FolderDocument } from '../node/relatedDocuments.js';
import { readRegularFile } from '../node/regularFile.js';
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

/**
 * A file that is not text cannot be checked, which is an I/O failure (exit 2) like an unreadable
 * one: a CI job must not pass over it silently. So is a device, a FIFO or a file too large to analyse
 * (readRegularFile). UTF-16 with a byte order mark is text.
 */
function readText(path: string): string {
  const bytes = readRegularFile(path);
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
