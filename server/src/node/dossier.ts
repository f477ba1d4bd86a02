import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { readDossierKey } from '../core/dossier/key.js';
import { MAX_FILE_BYTES, readRegularFile } from './regularFile.js';

const MARKDOWN = new Set(['.md', '.markdown']);

/**
 * How far a dossier reaches: its folder and two levels of subfolders (`annexes/`, `annexes/grilles/`);
 * a file in such a subfolder finds the dossier's folder at most two levels up.
 */
const DOSSIER_DEPTH = 3;

/** Folders looked into for one dossier, at most: a dossier's folder is not a disk's root. */
const MAX_FOLDERS = 200;

/** A file of a dossier: where it is, its name from the dossier's folder, its text. */
export interface DossierFile {
  path: string;
  /** Its path from the dossier's folder, with `/` (what messages and related locations call it). */
  name: string;
  text: string;
}

export interface FoundDossier {
  /** The dossier's folder. */
  root: string;
  /** The `numero` its files name; undefined for a file that names none (a dossier of one). */
  numero?: string;
  /** The dossier's files, the asked one included, in name order. */
  files: DossierFile[];
}

interface FolderEntry {
  checkedAt: number;
  mtimeMs: number;
  /** Markdown files that are regular files (a symbolic link is not followed). */
  files: string[];
  /** Subfolders that are real folders (not links, not hidden, not node_modules). */
  folders: string[];
  /** Its files on disk by the `numero` they name, and when that was read. */
  byNumero?: Map<string, string[]>;
  keysCheckedAt: number;
}

interface FileEntry {
  checkedAt: number;
  mtimeMs: number;
  size: number;
  text: string | undefined;
  numero?: string;
  head?: true;
}

export interface DossierFinderOptions {
  /** The editor's texts of the open files, by path: fresher than the disk, and read instead of it. */
  openTexts?: () => ReadonlyMap<string, string>;
  /**
   * How long what was read of a folder or a file is trusted before its time and size are checked again
   * (the server: files change while it runs); Infinity for a command-line run, which reads each folder
   * and file once.
   */
  maxAgeMs: number;
  /** Whether the dossier's folder may be this folder above the file's own (a workspace folder, the current directory). */
  mayAscendTo: (folder: string) => boolean;
  /** Reads a file's text (undefined when it cannot be read or is not text); by default UTF-8, size-capped. */
  read?: (path: string) => string | undefined;
}

const readUtf8 = (path: string): string | undefined => {
  try {
    return readRegularFile(path, MAX_FILE_BYTES).toString('utf8');
  } catch {
    return undefined;
  }
};

/** Whether `folder` is `top` or inside it. */
export const within = (top: string, folder: string): boolean => {
  const path = relative(resolve(top), resolve(folder));
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[a-z]:/i.test(path));
};

/**
 * Finds the dossier of a file: the Markdown files naming its `numero` in the dossier's folder and its
 * subfolders (DOSSIER_DEPTH). The dossier's folder is the file's own, or the highest folder above it
 * (at most two levels, where `mayAscendTo` allows) that holds a file of the dossier beside the file's
 * branch, in itself or in another subfolder: `AO-2026-0142/avis.md` and `AO-2026-0142/annexes/grille.md`
 * are one dossier, and so are `AO-2026-0142/01-avis/avis.md` and `AO-2026-0142/02-documents/regie.md`. Each folder is listed
 * once and its files grouped by `numero` in one pass, each file read once (again only when its time or
 * size changed, after `maxAgeMs`): finding the dossiers of a folder's files is linear in their number.
 * Symbolic links are not followed.
 */
export class DossierFinder {
  private readonly folders = new Map<string, FolderEntry>();
  private readonly fileEntries = new Map<string, FileEntry>();
  private readonly read: (path: string) => string | undefined;

  constructor(private readonly options: DossierFinderOptions) {
    this.read = options.read ?? readUtf8;
  }

  /** The dossier of `path`, whose text is `text` when the caller has it (else it is read). */
  dossierOf(path: string, text?: string): FoundDossier {
    const self = resolve(path);
    const open = this.options.openTexts?.() ?? new Map<string, string>();
    const own = text ?? open.get(self) ?? this.file(self).text;
    const numero = own === undefined ? undefined : readDossierKey(own).numero;
    if (!numero || own === undefined) return { root: dirname(self), numero, files: own === undefined ? [] : [{ path: self, name: basename(self), text: own }] };
    let root = dirname(self);
    // A folder on the way up may hold nothing of the dossier (`annexes/` above `annexes/prix/bordereau.md`).
    for (let up = 1, below = root; up < DOSSIER_DEPTH; up++) {
      const parent = dirname(below);
      // Not from a folder the dossier's own listing skips (hidden, `node_modules`, a link): its files would be left out.
      if (parent === below || !this.options.mayAscendTo(parent) || !this.folder(parent).folders.includes(below)) break;
      if (this.holdsBeside(parent, below, numero, open, self)) root = parent;
      below = parent;
    }
    const paths = new Set<string>([self, ...this.namingWithin(root, DOSSIER_DEPTH, numero, open)]);
    const files: DossierFile[] = [];
    for (const file of paths) {
      const content = file === self ? own : (open.get(file) ?? this.file(file).text);
      if (content !== undefined) files.push({ path: file, name: relative(root, file).split(sep).join('/'), text: content });
    }
    files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { root, numero, files };
  }

  /**
   * Whether `parent` holds a file of the dossier beside `child`, the folder reached so far: in itself, or in another of
   * its subfolders within the dossier's reach, the dossier then having one head at most (a dossier whose parts are all
   * in subfolders: `01-avis/avis.md`, `02-documents/regie.md`; not two copies of a tender side by side, `v1/` and
   * `v2/`, each with its notice or call).
   */
  private holdsBeside(parent: string, child: string, numero: string, open: ReadonlyMap<string, string>, self: string): boolean {
    if (this.namingIn(parent, numero, open).some((file) => file !== self)) return true;
    const budget = { folders: MAX_FOLDERS };
    const beside = this.namingWithin(parent, DOSSIER_DEPTH, numero, open, child, budget);
    if (beside.length === 0) return false;
    const isHead = (file: string) => (open.has(file) ? readDossierKey(open.get(file)!).head : this.file(file).head) === true;
    return [...beside, ...this.namingWithin(child, DOSSIER_DEPTH - 1, numero, open, undefined, budget)].filter(isHead).length <= 1;
  }

  /**
   * The files naming `numero` in a folder and its subfolders, `levels` deep (1: the folder alone), but those under
   * `skipped`; no more than `budget` folders looked into.
   */
  private namingWithin(
    folder: string,
    levels: number,
    numero: string,
    open: ReadonlyMap<string, string>,
    skipped?: string,
    budget = { folders: MAX_FOLDERS },
    found: string[] = [],
  ): string[] {
    if (budget.folders-- <= 0) return found;
    found.push(...this.namingIn(folder, numero, open));
    if (levels > 1)
      for (const sub of this.folder(folder).folders) if (sub !== skipped) this.namingWithin(sub, levels - 1, numero, open, skipped, budget, found);
    return found;
  }

  /** The Markdown files of a folder (not its subfolders) naming `numero`: on disk, or in the editor for an open one. */
  private namingIn(folder: string, numero: string, open: ReadonlyMap<string, string>): string[] {
    const entry = this.folder(folder);
    if (!entry.byNumero || !this.fresh(entry.keysCheckedAt)) {
      const byNumero = new Map<string, string[]>();
      for (const file of entry.files) {
        const key = this.file(file).numero;
        if (key) byNumero.set(key, [...(byNumero.get(key) ?? []), file]);
      }
      entry.byNumero = byNumero;
      entry.keysCheckedAt = Date.now();
    }
    const found = (entry.byNumero.get(numero) ?? []).filter((file) => !open.has(file));
    for (const [file, text] of open) if (dirname(file) === folder && entry.files.includes(file) && readDossierKey(text).numero === numero) found.push(file);
    return found;
  }

  private fresh(checkedAt: number | undefined): boolean {
    return checkedAt !== undefined && (this.options.maxAgeMs === Infinity || Date.now() - checkedAt < this.options.maxAgeMs);
  }

  private folder(folder: string): FolderEntry {
    const known = this.folders.get(folder);
    if (known && this.fresh(known.checkedAt)) return known;
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(folder).mtimeMs;
    } catch {
      // A folder that cannot be read holds nothing of the dossier.
    }
    if (known && known.mtimeMs === mtimeMs) {
      known.checkedAt = Date.now();
      return known;
    }
    const entry: FolderEntry = { checkedAt: Date.now(), mtimeMs, files: [], folders: [], keysCheckedAt: 0 };
    if (mtimeMs >= 0) {
      try {
        for (const item of readdirSync(folder, { withFileTypes: true })) {
          const path = join(folder, item.name);
          if (item.isFile() && MARKDOWN.has(extname(item.name).toLowerCase())) entry.files.push(path);
          else if (item.isDirectory() && !item.name.startsWith('.') && item.name !== 'node_modules') entry.folders.push(path);
        }
      } catch {
        // Unreadable: nothing in it.
      }
    }
    entry.files.sort();
    entry.folders.sort();
    this.folders.set(folder, entry);
    return entry;
  }

  private file(path: string): FileEntry {
    const known = this.fileEntries.get(path);
    if (known && this.fresh(known.checkedAt)) return known;
    let stats = { mtimeMs: -1, size: -1 };
    try {
      const { mtimeMs, size } = statSync(path);
      stats = { mtimeMs, size };
    } catch {
      // Gone: read as nothing.
    }
    if (known && known.mtimeMs === stats.mtimeMs && known.size === stats.size) {
      known.checkedAt = Date.now();
      return known;
    }
    const text = stats.size < 0 ? undefined : this.read(path);
    const entry: FileEntry = { checkedAt: Date.now(), ...stats, text, ...(text === undefined ? {} : readDossierKey(text)) };
    this.fileEntries.set(path, entry);
    // The folder's grouping is read again with this file's new key.
    const folder = this.folders.get(dirname(path));
    if (known && folder) folder.byNumero = undefined;
    return entry;
  }
}
