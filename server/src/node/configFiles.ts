import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { AnalysisSettings } from '../core/config/settings.js';
import { mergeSettings } from '../core/config/settingsFile.js';

const NAMES = ['.tenderrc.json', '.tenderrc.yaml', '.tenderrc.yml'];

/** The nearest `.tenderrc.*`, looked up from a folder upward, never above `stopAt` when given. */
export function findConfigFile(folder: string, stopAt?: string): string | undefined {
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
  problems: string[];
}

export function loadConfigFor(documentPath: string, base: AnalysisSettings, stopAt?: string): LoadedConfig {
  const file = findConfigFile(dirname(documentPath), stopAt);
  if (!file) return { settings: base, problems: [] };
  const problems: string[] = [];
  try {
    const text = readFileSync(file, 'utf8');
    const raw: unknown = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
    return { settings: mergeSettings(base, raw, problems), file, problems };
  } catch (error) {
    return { settings: base, file, problems: [(error as Error).message] };
  }
}
