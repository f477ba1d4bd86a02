import { isMap, isScalar, isSeq, parseDocument as parseYamlDocument, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lineIndex.js';
import { closestMatch } from '../text/normalize.js';
import type { Locale, Localized, Range, Severity } from '../types.js';
import { DEFAULT_SETTINGS, type AnalysisSettings, type SeveritySetting } from './settings.js';

/**
 * Keys of `.tenderrc.json` / `.tenderrc.yaml` and of the VS Code settings under `tender.*` (SPEC §7).
 * Reading is lenient: an entry of the wrong type is skipped and reported, never fatal.
 */
export const SETTINGS_KEYS = {
  regles: {
    fr: 'Sévérité par règle (nom) ou par citation (ex. « 4.3° ») : error, warning, information, hint ou off.',
    en: 'Severity per rule (name) or per citation (e.g. "4.3°"): error, warning, information, hint or off.',
  },
  'seuil-appel-offres': {
    fr: "Seuil d'appel d'offres public, en dollars (100 000 $ pour le texte de 2016).",
    en: 'Public tender threshold, in dollars ($100,000 for the 2016 text).',
  },
  'jours-feries-supplementaires': {
    fr: 'Jours non ouvrables supplémentaires (dates AAAA-MM-JJ), par exemple un jour fixé par décret.',
    en: 'Extra non-working days (YYYY-MM-DD dates), for instance a day fixed by decree.',
  },
  'feries-2-janvier-26-decembre': {
    fr: "Traiter le 2 janvier et le 26 décembre comme jours fériés (procédure civile, règlements postérieurs à 2019) ; la Loi d'interprétation ne les nomme pas.",
    en: 'Treat January 2 and December 26 as holidays (civil procedure, post-2019 regulations); the Interpretation Act does not name them.',
  },
  locale: { fr: 'Langue des messages : fr ou en.', en: 'Language of the messages: fr or en.' },
} as const;

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** A setting that was not applied: where (`['regles', '4.3°']`, `['jours-feries-supplementaires', 1]`, empty for the whole), and why. */
export interface SettingsProblem {
  path: (string | number)[];
  message: Localized;
}

/**
 * The settings with each valid entry of `raw` applied over `base`; every entry that is not valid is
 * left out and reported in `problems`, and the others still apply. A null value is an unset one
 * (VS Code sends null for `tender.locale` unless chosen).
 */
export function mergeSettings(base: AnalysisSettings, raw: unknown, problems: SettingsProblem[] = []): AnalysisSettings {
  if (raw === null || raw === undefined) return base;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      path: [],
      message: {
        fr: 'le contenu doit être un objet de réglages (regles, seuil-appel-offres…)',
        en: 'the content must be an object of settings (regles, seuil-appel-offres…)',
      },
    });
    return base;
  }
  const settings: AnalysisSettings = { ...base, rules: { ...base.rules }, extraHolidays: [...base.extraHolidays] };
  const wrong = (path: (string | number)[], fr: string, en: string) =>
    problems.push({ path, message: { fr: `« ${path.join('.')} » : ${fr}`, en: `"${path.join('.')}": ${en}` } });
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === null) continue;
    switch (key) {
      case 'regles':
        if (typeof value === 'object' && !Array.isArray(value)) {
          for (const [name, severity] of Object.entries(value as Record<string, unknown>)) {
            if (SEVERITIES.includes(severity as Severity)) settings.rules[name] = severity as SeveritySetting;
            else
              wrong(
                ['regles', name],
                `${shown(severity, 'fr')} n'est pas une sévérité (${SEVERITIES.join(', ')})`,
                `${shown(severity, 'en')} is not a severity (${SEVERITIES.join(', ')})`,
              );
          }
        } else wrong([key], 'un objet { règle ou citation: sévérité } est attendu', 'an object { rule or citation: severity } is expected');
        break;
      case 'seuil-appel-offres':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) settings.publicTenderThreshold = value;
        else wrong([key], `${shown(value, 'fr')} n'est pas un montant positif en dollars`, `${shown(value, 'en')} is not a positive amount in dollars`);
        break;
      case 'jours-feries-supplementaires':
        if (Array.isArray(value)) {
          value.forEach((day, index) => {
            if (typeof day === 'string' && isRealDate(day)) settings.extraHolidays.push(day);
            else wrong([key, index], `${shown(day, 'fr')} n'est pas une date réelle AAAA-MM-JJ`, `${shown(day, 'en')} is not a real date YYYY-MM-DD`);
          });
        } else wrong([key], 'une liste de dates AAAA-MM-JJ est attendue', 'a list of YYYY-MM-DD dates is expected');
        break;
      case 'feries-2-janvier-26-decembre':
        if (typeof value === 'boolean') settings.closedJan2Dec26 = value;
        else wrong([key], 'true ou false est attendu', 'true or false is expected');
        break;
      case 'locale':
        if (value === 'fr' || value === 'en') settings.locale = value;
        else wrong([key], `${shown(value, 'fr')} : fr ou en est attendu`, `${shown(value, 'en')}: fr or en is expected`);
        break;
      default: {
        const suggestion = closestMatch(key, Object.keys(SETTINGS_KEYS));
        problems.push({
          path: [key],
          message: {
            fr: `clé inconnue « ${key} »${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`,
            en: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          },
        });
      }
    }
  }
  return settings;
}

/** A value as a problem quotes it, shortened. */
function shown(value: unknown, locale: Locale): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return locale === 'fr' ? `« ${short} »` : `"${short}"`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A problem of a settings file's text, placed in it. */
export interface SettingsFileProblem {
  range: Range;
  message: Localized;
}

/**
 * A `.tenderrc.json` / `.tenderrc.yaml` text: its raw content for `mergeSettings` (undefined when it
 * cannot be parsed: then no setting of it applies), and every problem placed at the key or the
 * syntax error concerned. Valid entries apply even when others are not.
 */
export function readSettingsText(text: string, format: 'json' | 'yaml'): { raw: unknown; problems: SettingsFileProblem[] } {
  const lines = new LineIndex(text);
  const at = (start: number, end = start) => lines.range(Math.min(start, text.length), Math.min(end, text.length));
  const unparsed = (range: Range, fr: string, en: string) => ({
    raw: undefined,
    problems: [{ range, message: { fr: `${fr} ; aucun réglage de ce fichier n'est appliqué`, en: `${en}; none of this file's settings apply` } }],
  });
  // JSON is YAML too: the YAML tree places keys in either format. The library's parser recurses on
  // some malformed input until the stack overflows: a file it cannot read is one problem.
  let document: YamlDocument;
  try {
    document = parseYamlDocument(text, { logLevel: 'silent', uniqueKeys: false });
  } catch (error) {
    if (format === 'yaml') return unparsed(at(0), `YAML illisible (${(error as Error).message})`, `unreadable YAML (${(error as Error).message})`);
    document = parseYamlDocument('');
  }
  let raw: unknown;
  if (format === 'json') {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      const offset = position ? Number(position[1]) : 0;
      return unparsed(at(offset, offset + 1), `JSON invalide (${message})`, `invalid JSON (${message})`);
    }
  } else {
    const error = document.errors[0];
    if (error) return unparsed(at(error.pos[0], error.pos[1]), `YAML invalide (${error.message})`, `invalid YAML (${error.message})`);
    try {
      raw = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return unparsed(at(0), `YAML refusé (${(error as Error).message})`, `YAML refused (${(error as Error).message})`);
    }
  }
  const found: SettingsProblem[] = [];
  mergeSettings(DEFAULT_SETTINGS, raw, found);
  return { raw, problems: found.map((problem) => ({ range: placeOf(document, problem.path, at), message: problem.message })) };
}

/** The range of the key (or item) at `path` in the YAML tree, else of its nearest placed parent, else the start. */
function placeOf(document: YamlDocument, path: (string | number)[], at: (start: number, end?: number) => Range): Range {
  let node: unknown = document.contents;
  let range: Range = at(0);
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step));
      if (!pair) break;
      const key = pair.key as YamlNode;
      if (key.range) range = at(key.range[0], key.range[1]);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item?.range) break;
      range = at(item.range[0], item.range[1]);
      node = item;
    } else break;
  }
  return range;
}
