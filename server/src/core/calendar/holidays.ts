import type { Localized } from '../types.js';
import { addDays, dayNumber, isoDate, nthWeekday, weekday, type CalendarDate } from './date.js';

/**
 * Jours fériés under the Loi d'interprétation (RLRQ c. I-16), art. 61 par. 23, and the jours ouvrables
 * derived from them. I-16 names Sundays, 1 January, Good Friday, Easter Monday, 24 June, 1 July (2 July
 * when the 1st is a Sunday), Labour Day and the second Monday of October and 25 December; the Monday
 * before 25 May is fixed by proclamation and decree (par. 23 i and j). It does NOT name 2 January,
 * 26 December or 11 November: civil procedure and later LCOP regulations close 2 January and
 * 26 December, so a setting adds them, and any other decreed day comes from the user's list.
 */
export interface CalendarOptions {
  /** Extra non-working days, ISO dates (`jours-feries-supplementaires`). */
  extraHolidays?: readonly string[];
  /** Also treat 2 January and 26 December as closed (civil procedure, post-2019 LCOP regulations). */
  closedJan2Dec26?: boolean;
}

export interface Holiday {
  date: CalendarDate;
  name: Localized;
}

/** Easter Sunday, Gregorian calendar (anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The named jours fériés of a year (Sundays aside), in date order. */
export function namedHolidays(year: number, options: CalendarOptions = {}): Holiday[] {
  const easter = easterSunday(year);
  const may25 = { year, month: 5, day: 25 };
  const july1 = { year, month: 7, day: 1 };
  const holidays: Holiday[] = [
    { date: { year, month: 1, day: 1 }, name: { fr: "jour de l'An", en: "New Year's Day" } },
    { date: addDays(easter, -2), name: { fr: 'Vendredi saint', en: 'Good Friday' } },
    { date: addDays(easter, 1), name: { fr: 'lundi de Pâques', en: 'Easter Monday' } },
    // The Monday immediately before 25 May (18–24 May).
    { date: addDays(may25, -((weekday(may25) + 6) % 7 || 7)), name: { fr: 'Journée nationale des patriotes', en: "National Patriots' Day" } },
    { date: { year, month: 6, day: 24 }, name: { fr: 'fête nationale du Québec', en: "Québec's National Holiday" } },
    {
      date: weekday(july1) === 0 ? { year, month: 7, day: 2 } : july1,
      name: { fr: 'fête du Canada', en: 'Canada Day' },
    },
    { date: nthWeekday(year, 9, 1, 1), name: { fr: 'fête du Travail', en: 'Labour Day' } },
    { date: nthWeekday(year, 10, 1, 2), name: { fr: "jour de l'Action de grâces", en: 'Thanksgiving Day' } },
    { date: { year, month: 12, day: 25 }, name: { fr: 'jour de Noël', en: 'Christmas Day' } },
  ];
  if (options.closedJan2Dec26) {
    holidays.push(
      { date: { year, month: 1, day: 2 }, name: { fr: '2 janvier', en: 'January 2' } },
      { date: { year, month: 12, day: 26 }, name: { fr: '26 décembre', en: 'December 26' } },
    );
  }
  for (const iso of options.extraHolidays ?? []) {
    if (iso.startsWith(`${String(year).padStart(4, '0')}-`)) {
      const [y, m, d] = iso.split('-').map(Number);
      holidays.push({ date: { year: y, month: m, day: d }, name: { fr: 'jour férié supplémentaire', en: 'extra holiday' } });
    }
  }
  return holidays.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
}

/** A calendar for one set of options; holidays are computed once per year. */
export class LegalCalendar {
  private readonly years = new Map<number, Map<string, Holiday>>();

  constructor(readonly options: CalendarOptions = {}) {}

  private holidaysOf(year: number): Map<string, Holiday> {
    let map = this.years.get(year);
    if (!map) {
      map = new Map();
      for (const holiday of namedHolidays(year, this.options)) if (!map.has(isoDate(holiday.date))) map.set(isoDate(holiday.date), holiday);
      this.years.set(year, map);
    }
    return map;
  }

  /** The jour férié a date is, if any (Sundays included, par. 23 a). */
  holiday(date: CalendarDate): Holiday | undefined {
    const named = this.holidaysOf(date.year).get(isoDate(date));
    if (named) return named;
    return weekday(date) === 0 ? { date, name: { fr: 'dimanche', en: 'Sunday' } } : undefined;
  }

  isJourFerie(date: CalendarDate): boolean {
    return this.holiday(date) !== undefined;
  }

  /** Monday to Friday, and not a jour férié. */
  isJourOuvrable(date: CalendarDate): boolean {
    const day = weekday(date);
    return day !== 0 && day !== 6 && !this.isJourFerie(date);
  }

  /** The first jour ouvrable on or after a date. */
  nextJourOuvrable(date: CalendarDate): CalendarDate {
    let current = date;
    while (!this.isJourOuvrable(current)) current = addDays(current, 1);
    return current;
  }

  /** The date that many jours ouvrables after a day (that day not counted): art. 11 al. 3, art. 25 al. 7. */
  addJoursOuvrables(date: CalendarDate, count: number): CalendarDate {
    let current = date;
    for (let left = count; left > 0;) {
      current = addDays(current, 1);
      if (this.isJourOuvrable(current)) left--;
    }
    return current;
  }
}

/**
 * The earliest lawful closing for a minimum period "à compter de" an event (LEGAL-REFERENCE §B.1):
 * the event's day is not counted, the last day is, and the closing falls on a jour ouvrable (a
 * deadline expiring on a jour férié would be pushed by I-16 art. 52, leaving the published date unreliable).
 */
export function earliestClosing(event: CalendarDate, minimumDays: number, calendar: LegalCalendar): CalendarDate {
  return calendar.nextJourOuvrable(addDays(event, minimumDays));
}
