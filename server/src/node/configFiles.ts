import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AnalysisSettings } from '../core/config/settings.js';
import { mergeSettings, readSettingsText, type SettingsFileProblem } from '../core/config/settingsFile.js';
import { FileRefused, readRegularFile } from './regularFile.js';

const NAMES = ['.tenderrc.json', '.tenderrc.yaml', '.tenderrc.yml'];

/** Largest `.tenderrc` read (a real one is a few hundred bytes); a larger one is a problem, not read. */
export const MAX_CONFIG_BYTES = 1_000_000;

/** Whether a path names a settings file (`.tenderrc.json`, `.tenderrc.yaml`, `.tenderrc.yml`). */
export const isConfigFile = (path: string): boolean => NAMES.some((name) => path.endsWith(`/${name}`) || path.endsWith(`\\${name}`) || path === name);

export const configFormat = (path: string): 'json' | 'yaml' => (path.endsWith('.json') ? 'json' : 'yaml');

/** The nearest `.tenderrc.*`, looked up from a folder upward, never above `stopAt` when given. */
function findConfigFile(folder: string, stopAt?: string): string | undefined {
  let current = resolve(folder);
  const limit = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    for (const name of NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(current);
    if (parent === current || current === limit) return undefined;
    current = parent;
  }
}

export interface LoadedConfig {
  settings: AnalysisSettings;
  file?: string;
  /** What of the file was not applied, placed in it (the whole file when it could not be read). */
  problems: SettingsFileProblem[];
}

interface Cached {
  /** The file as read: it is read again only when one of these changes. */
  stamp: string;
  raw: unknown;
  problems: SettingsFileProblem[];
}

/** Settings files read, by path: a document's every analysis (each keystroke) looks its file up. */
const cache = new Map<string, Cached>();

/** The settings of the nearest `.tenderrc` over `base`: its valid entries, and its problems. */
export function loadConfigFor(documentPath: string, base: AnalysisSettings, stopAt?: string): LoadedConfig {
  const file = findConfigFile(dirname(documentPath), stopAt);
  if (!file) return { settings: base, problems: [] };
  const { raw, problems } = readConfigFile(file);
  return { settings: mergeSettings(base, raw), file, problems };
}

function readConfigFile(file: string): Cached {
  let stamp: string;
  try {
    const stats = statSync(file);
    stamp = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  } catch (error) {
    return unreadable(error);
  }
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached;
  let read: Cached;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readRegularFile(file, MAX_CONFIG_BYTES));
    read = { stamp, ...readSettingsText(text, configFormat(file)) };
  } catch (error) {
    read = { ...unreadable(error), stamp };
  }
  if (cache.size >= 256) cache.clear();
  cache.set(file, read);
  return read;
}

function unreadable(error: unknown): Cached {
  const reason =
    error instanceof FileRefused
      ? error.reason
      : error instanceof TypeError
        ? { fr: "ce n'est pas du texte UTF-8", en: 'it is not UTF-8 text' }
        : { fr: (error as Error).message, en: (error as Error).message };
  const start = { line: 0, character: 0 };
  return {
    stamp: '',
    raw: undefined,
    problems: [
      {
        range: { start, end: start },
        message: { fr: `aucun réglage de ce fichier n'est appliqué : ${reason.fr}`, en: `none of this file's settings apply: ${reason.en}` },
      },
    ],
  };
}
