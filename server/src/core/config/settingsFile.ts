import { closestMatch } from '../text/normalize.js';
import type { Locale, Severity } from '../types.js';
import type { AnalysisSettings, SeveritySetting } from './settings.js';

/**
 * Keys of `.tenderrc.json` / `.tenderrc.yaml` and of the VS Code settings under `tender.*` (SPEC §7).
 * Reading is lenient: an entry of the wrong type is skipped and reported, never fatal.
 */
export const SETTINGS_KEYS = {
  regles: {
    fr: "Sévérité par règle (nom) ou par citation (ex. « 4.3° ») : error, warning, information, hint ou off.",
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

export function mergeSettings(base: AnalysisSettings, raw: unknown, problems: string[] = []): AnalysisSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return base;
  const settings: AnalysisSettings = { ...base, rules: { ...base.rules }, extraHolidays: [...base.extraHolidays] };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    switch (key) {
      case 'regles':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [name, severity] of Object.entries(value as Record<string, unknown>)) {
            if (SEVERITIES.includes(severity as Severity)) settings.rules[name] = severity as SeveritySetting;
            else problems.push(`regles.${name}: ${String(severity)}`);
          }
        } else problems.push('regles');
        break;
      case 'seuil-appel-offres':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) settings.publicTenderThreshold = value;
        else problems.push(key);
        break;
      case 'jours-feries-supplementaires':
        if (Array.isArray(value)) settings.extraHolidays.push(...value.filter((day): day is string => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)));
        else problems.push(key);
        break;
      case 'feries-2-janvier-26-decembre':
        if (typeof value === 'boolean') settings.closedJan2Dec26 = value;
        else problems.push(key);
        break;
      case 'locale':
        if (value === 'fr' || value === 'en') settings.locale = value as Locale;
        else problems.push(key);
        break;
      default: {
        const suggestion = closestMatch(key, Object.keys(SETTINGS_KEYS));
        problems.push(suggestion ? `${key} (${suggestion}?)` : key);
      }
    }
  }
  return settings;
}
