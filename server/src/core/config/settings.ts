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
  /** Treat 2 January and 26 December as closed, as civil procedure and post-2019 LCOP regulations do (not I-16). */
  closedJan2Dec26: boolean;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  locale: 'fr',
  rules: {},
  publicTenderThreshold: 100_000,
  extraHolidays: [],
  closedJan2Dec26: false,
};
