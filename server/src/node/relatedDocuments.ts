import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { RelatedDocument } from '../core/index.js';

const MARKDOWN = new Set(['.md', '.markdown']);
// Addenda files are small; a huge file in the folder is not one and is not read.
const MAX_BYTES = 512 * 1024;

export interface FolderDocument extends RelatedDocument {
  path: string;
}

/**
 * Texts read from disk, kept while the file's modification time and size are unchanged: the server
 * looks at the folder on every analysis of a tender, and a stat costs far less than a read.
 */
const diskTexts = new Map<string, { mtimeMs: number; size: number; text: string }>();

function diskText(path: string): string | undefined {
  try {
    const { mtimeMs, size } = statSync(path);
    if (size > MAX_BYTES) return undefined;
    const known = diskTexts.get(path);
    if (known && known.mtimeMs === mtimeMs && known.size === size) return known.text;
    const text = readFileSync(path).toString('utf8');
    diskTexts.set(path, { mtimeMs, size, text });
    return text;
  } catch {
    diskTexts.delete(path);
    return undefined;
  }
}

/** The Markdown files of a folder; `openText` gives the editor's text of an open file (fresher than the disk). */
export function folderDocuments(folder: string, openText: (path: string) => string | undefined = () => undefined): FolderDocument[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const documents: FolderDocument[] = [];
  for (const entry of entries) {
    const path = join(resolve(folder), entry.name);
    if (!entry.isFile() || !MARKDOWN.has(extname(entry.name).toLowerCase())) continue;
    const text = openText(path) ?? diskText(path);
    if (text !== undefined) documents.push({ path, name: basename(path), text });
  }
  return documents;
}

/** The other Markdown files of a document's folder, where addenda may be given as separate files. */
export function siblingDocuments(path: string, folder: readonly FolderDocument[] = folderDocuments(dirname(resolve(path)))): RelatedDocument[] {
  const self = resolve(path);
  return folder.filter((document) => document.path !== self).map(({ name, text }) => ({ name, text }));
}
