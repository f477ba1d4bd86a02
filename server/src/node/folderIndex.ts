import { dirname, resolve } from 'node:path';
import type { RelatedDocument } from '../core/index.js';
import { folderDocuments, type FolderDocument } from './relatedDocuments.js';

/**
 * The Markdown documents of each folder a run of the CLI checks, listed and read once for the run.
 * Every file of a folder is handed the same document objects, so what the analysis reads of one (an
 * addenda file's `numero` and dates) is read once, not once per file of the folder.
 *
 * The main thread reads each folder; worker threads are given its documents (`add`) with their first
 * file of that folder, so that a folder is read once whatever the number of workers.
 */
export class FolderIndex {
  private readonly folders = new Map<string, readonly FolderDocument[]>();

  /** The documents of a folder (an absolute path), read on the first request. */
  documents(folder: string): readonly FolderDocument[] {
    let documents = this.folders.get(folder);
    if (!documents) this.folders.set(folder, (documents = folderDocuments(folder)));
    return documents;
  }

  /** A folder's documents as another thread read them. */
  add(folder: string, documents: readonly FolderDocument[]): void {
    this.folders.set(folder, documents);
  }

  /** The other documents of a file's folder, where addenda may be given as separate files. */
  related(path: string): RelatedDocument[] {
    const self = resolve(path);
    return this.documents(folderOf(path)).filter((document) => document.path !== self);
  }
}

export const folderOf = (path: string): string => dirname(resolve(path));
