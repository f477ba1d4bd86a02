import type { Locale } from '../types.js';
import { weekday, type CalendarDate } from './date.js';

export const WEEKDAYS = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

export const MONTHS = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "jeudi 19 mars 2026", "mardi 1er septembre 2026" / "Thursday, March 19, 2026". */
export function formatLongDate(date: CalendarDate, locale: Locale): string {
  const day = WEEKDAYS[locale][weekday(date)];
  const month = MONTHS[locale][date.month - 1];
  if (locale === 'en') return `${day}, ${month} ${date.day}, ${date.year}`;
  return `${day} ${date.day === 1 ? '1er' : date.day} ${month} ${date.year}`;
}
