import type { Locale, Severity } from '../types.js';

export type SeveritySetting = Severity | 'off';

/** What can change an analysis besides the document (SPEC §7). */
export interface AnalysisSettings {
  locale: Locale;
  /** Per rule name or per citation id: a severity, or `off`. */
  rules: Record<string, SeveritySetting>;
  /** Public tender threshold, in dollars, when the document does not state `seuil-appel-offres`. */
  publicTenderThreshold: number;
  /** Extra non-working days, ISO dates (proclaimed holidays, closures). */
  extraHolidays: string[];
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  locale: 'fr',
  rules: {},
  publicTenderThreshold: 100_000,
  extraHolidays: [],
};
