import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { RelatedDocument } from '../core/index.js';

const MARKDOWN = new Set(['.md', '.markdown']);
// Addenda files are small; a huge file in the folder is not one and is not read.
const MAX_BYTES = 512 * 1024;

export interface FolderDocument extends RelatedDocument {
  path: string;
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
    let text = openText(path);
    if (text === undefined) {
      try {
        const bytes = readFileSync(path);
        if (bytes.length > MAX_BYTES) continue;
        text = bytes.toString('utf8');
      } catch {
        continue;
      }
    }
    documents.push({ path, name: basename(path), text });
  }
  return documents;
}

/** The other Markdown files of a document's folder, where addenda may be given as separate files. */
export function siblingDocuments(path: string, folder: readonly FolderDocument[] = folderDocuments(dirname(resolve(path)))): RelatedDocument[] {
  const self = resolve(path);
  return folder.filter((document) => document.path !== self).map(({ name, text }) => ({ name, text }));
}
