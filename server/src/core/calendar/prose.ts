import type { DocumentModel } from '../document/model.js';
import type { ParsedBlock } from '../document/markdown.js';
import { blockReading } from '../document/readings.js';
import { isValidDate, type CalendarDate } from './date.js';
import { WEEKDAYS } from './format.js';

/**
 * Dates written in a notice's prose: "le mercredi 11 juillet 2012 à 15 h", "11 juillet 2012, 15 h 00",
 * "1er mars 2026", "2012-07-11", and in English "Tuesday, November 3, 2026, at 2:00 p.m.", "3 November
 * 2026", "2 p.m. on November 3, 2026". Matched on the document's own text so that offsets are exact;
 * every gap is bounded, so the scan is linear.
 */
export interface DateMention {
  /** Document offsets of the whole mention (weekday and time included). */
  start: number;
  end: number;
  /** Offsets of the date itself (weekday and time excluded). */
  dateStart: number;
  dateEnd: number;
  date: CalendarDate;
  style: 'french' | 'english' | 'iso';
  /** The weekday written before the date, if any (0 = Sunday). */
  weekday?: { value: number; start: number; end: number; text: string };
  time?: { hour: number; minute: number };
  /** Index, within its block, of the text unit that holds the mention. */
  unit?: number;
}

const WEEKDAY = '(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH_NAMES = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
const MONTH = `(?<month>${MONTH_NAMES})`;
const SPACE = String.raw`[ \t\u00a0\u202f]`;
/**
 * A French clock time, its groups named with `p`: "15 h", "15 h 30", "15h00", "15 heures", "15 hres",
 * "15:00", "midi". Midnight ("minuit") is left out, as it is ambiguous about the day.
 */
const clockFr = (p: string) =>
  String.raw`(?:(?<${p}h>\d{1,2})${SPACE}?(?:h|heures?|hres?|hrs?)(?:${SPACE}?(?<${p}m>\d{2}))?(?![\p{L}\d])|(?<${p}ch>\d{1,2}):(?<${p}cm>\d{2})(?!\d)|(?:12${SPACE}?h${SPACE}?)?(?<${p}noon>midi)(?![\p{L}\d]))`;
// What may stand between a date and its time: "à", "avant", "au plus tard à", "jusqu'à", a comma, a dash, a parenthesis.
const LINK_FR = String.raw`(?:${SPACE}{0,3}(?:[,–—-]|\()?\s{0,3}(?:(?:au plus tard|avant|jusqu['’]a|jusqu['’]à|à|a|vers|dès|des)\s{1,3}){0,2})`;
// A zone or emphasis after a time: "précises", "(heure de Montréal)", ", heure de Québec,", "HNE".
const ZONE_FR = String.raw`(?:\s{1,3}pr[ée]cises?)?(?:${SPACE}{0,3},?${SPACE}{0,3}(?:\([^()\n]{0,40}\)|heure(?:${SPACE}[\p{L}'’.-]{1,15}){0,4}|HNE|HAE|HE)(?![\p{L}]))?`;
// The time may come first, after a word that introduces it: "avant 15 h, heure de Québec, le mardi 31 mars 2026".
const TIME_FIRST_FR = String.raw`(?:(?<=(?<![\p{L}])(?:à|a|avant|jusqu['’]à|jusqu['’]a|tard|vers|dès|des)\s{1,3})${clockFr('b')}${ZONE_FR}${SPACE}{0,3},?\s{0,3}(?:le\s{1,3})?)?`;
const TIME = String.raw`(?:${LINK_FR}${clockFr('a')})?`;
/** A French date, its weekday and time around it (built from clockFr: test/robustness/regexTiming.test.ts times it). */
export const DATE = new RegExp(
  String.raw`(?<![\p{L}\d-])${TIME_FIRST_FR}(?:${WEEKDAY},?\s{1,3}(?:le\s{1,3})?)?(?:(?<day>1er|\d{1,2})\s{1,3}${MONTH}\s{1,3}(?<year>\d{4})|(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2}))(?![\d-])${TIME}`,
  'dgiu',
);
export const CLOCK_FR = new RegExp(String.raw`(?<![\p{L}\d])${clockFr('a')}`, 'iu');

/** The time written first in a piece of text (a table's time column): "14 h 00", "14:00", "midi", "2 p.m.", "noon". */
export function findTime(text: string): { hour: number; minute: number } | undefined {
  const french = CLOCK_FR.exec(text);
  const english = CLOCK_EN_ALONE.exec(text);
  // The earlier one; at the same place the longer ("2:00 p.m." rather than "2:00").
  const useFrench = french && (!english || french.index < english.index || (french.index === english.index && french[0].length >= english[0].length));
  const first = useFrench ? frenchTime(french.groups!, 'a') : english ? clockTime([...english].slice(1)) : undefined;
  return first ?? undefined;
}

/** The time of a French clock match whose groups are named with `p`; null when it is no valid time. */
function frenchTime(groups: Record<string, string | undefined>, p: string): Time | null | undefined {
  if (groups[`${p}noon`]) return { hour: 12, minute: 0 };
  const hour = groups[`${p}h`] ?? groups[`${p}ch`];
  if (hour === undefined) return undefined;
  const minute = Number(groups[`${p}m`] ?? groups[`${p}cm`] ?? 0);
  return Number(hour) < 24 && minute < 60 ? { hour: Number(hour), minute } : null;
}
const MONTH_INDEX: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

const WEEKDAY_EN = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTH_NAMES_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTH_EN = `(${MONTH_NAMES_EN})`;
// "2:00 p.m.", "2 pm", "14:00", "noon" (also "12 noon"); midnight is left out, as it is ambiguous about the day.
const CLOCK_EN = String.raw`(?:(\d{1,2})(?::(\d{2}))?[ \u00a0\u202f]?([ap])\.?[ \u00a0\u202f]?m\b\.?|(\d{1,2}):(\d{2})(?!\d)|(?:12(?::00)?[ \u00a0\u202f])?(noon)\b)`;
// A zone or emphasis after a time: "sharp", "(local time)", "Eastern Time", ", Montréal time,", "EST".
const ZONE_EN = String.raw`(?:\s{1,3}sharp)?(?:${SPACE}{0,3},?${SPACE}{0,3}(?:\([^()\n]{0,30}\)|(?:[\p{L}.]{1,12}${SPACE}){0,2}time|e[sd]?t)(?!\p{L}))?`;
export const ENGLISH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d-])` +
    // The time may come first: "no later than 2:00 p.m. (local time) on Tuesday, November 3, 2026", "3 p.m. Eastern Time on …".
    String.raw`(?:${CLOCK_EN}${ZONE_EN}${SPACE}{0,3}(?:,\s{0,3})?(?:on\s{1,3})?)?` +
    String.raw`(?:${WEEKDAY_EN},?\s{1,3}(?:the\s{1,3})?)?` +
    // "March 3, 2026", "March 3rd, 2026", "3 March 2026", "3rd of March, 2026".
    String.raw`(?:${MONTH_EN}\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?${MONTH_EN},?\s{1,3}(\d{4}))(?![\d-])` +
    String.raw`(?:${SPACE}{0,3},?\s{0,3}(?:(?:at|by|before|no later than|not later than|until)\s{1,3})?${CLOCK_EN})?`,
  'dgiu',
);
const CLOCK_EN_ALONE = new RegExp(String.raw`(?<![\p{L}\d])${CLOCK_EN}`, 'iu');
const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Whether a text may write a date DATE reads, and one ENGLISH_DATE reads: each holds a month's name (French,
 * English) before a year (« 11 juillet 2012 », « July 12, 2012 », « 3rd of March, 2026 »), or a French date
 * may be written 2012-07-11. Most passages hold neither, and those two patterns, which may start with a time
 * or a weekday, try every place; a number of four digits alone (an amount, an article's year) is no reason to
 * run them, nor a French date to run (and compile) the English pattern. Test: test/core/prefilters.test.ts.
 */
export const mayHoldFrenchDate = (text: string): boolean => FOUR_DIGITS.test(text) && FRENCH_CORE.test(text);
export const mayHoldEnglishDate = (text: string): boolean => FOUR_DIGITS.test(text) && ENGLISH_CORE.test(text);
const FOUR_DIGITS = /\d{4}/;
/** What any match of DATE holds, its flags kept. */
const FRENCH_CORE = new RegExp(String.raw`(?:${MONTH_NAMES})\s{1,3}\d{4}|\d{4}-\d{2}-\d{2}`, 'iu');
/** What any match of ENGLISH_DATE holds, its flags kept. */
const ENGLISH_CORE = new RegExp(String.raw`(?:${MONTH_NAMES_EN}),?\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})?\d{4}`, 'iu');

/** The date mentions of a piece of text; `offset` is the text's position in the document. */
export function findDates(text: string, offset = 0): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of mayHoldFrenchDate(text) ? text.matchAll(DATE) : []) {
    const whole = match[0];
    const { weekday: weekdayWord, day: dayWord, month: monthWord, year: yearWord, isoYear, isoMonth, isoDay } = match.groups!;
    const iso = isoYear !== undefined;
    const year = Number(iso ? isoYear : yearWord);
    const month = iso ? Number(isoMonth) : MONTH_INDEX[fold(monthWord)];
    const day = iso ? Number(isoDay) : dayWord.toLowerCase() === '1er' ? 1 : Number(dayWord);
    if (!isValidDate(year, month, day)) continue;
    const indices = match.indices!.groups!;
    const dateStart = offset + (iso ? indices.isoYear : indices.day)[0];
    const dateEnd = offset + (iso ? indices.isoDay : indices.year)[1];
    const before = frenchTime(match.groups!, 'b');
    const after = before ? undefined : frenchTime(match.groups!, 'a');
    const weekdayAt = indices.weekday;
    // The mention starts at the time written first, else at the weekday, else at the date.
    const start = before ? offset + match.index : weekdayAt ? offset + weekdayAt[0] : dateStart;
    const mention: DateMention = {
      start,
      end: after ? offset + match.index + whole.length : dateEnd,
      dateStart,
      dateEnd,
      date: { year, month, day },
      style: iso ? 'iso' : 'french',
    };
    if (weekdayWord && weekdayAt) {
      const value = (WEEKDAYS.fr as readonly string[]).indexOf(weekdayWord.toLowerCase());
      mention.weekday = { value, start: offset + weekdayAt[0], end: offset + weekdayAt[1], text: weekdayWord };
    }
    const time = before ?? after;
    if (time) mention.time = time;
    mentions.push(mention);
  }
  for (const match of mayHoldEnglishDate(text) ? text.matchAll(ENGLISH_DATE) : []) {
    const mention = englishMention(match, offset);
    if (mention) mentions.push(mention);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

type Time = NonNullable<DateMention['time']>;

/** The time of a clock match (groups: hour, minute, a/p, 24-hour hour, minute, "noon"); null when it is no valid time. */
function clockTime([hour12, minute12, meridiem, hour24, minute24, noon]: (string | undefined)[]): Time | null | undefined {
  if (noon) return { hour: 12, minute: 0 };
  if (hour24 !== undefined) return Number(hour24) < 24 && Number(minute24) < 60 ? { hour: Number(hour24), minute: Number(minute24) } : null;
  if (hour12 === undefined) return undefined;
  const hour = Number(hour12);
  const minute = Number(minute12 ?? 0);
  if (hour < 1 || hour > 12 || minute >= 60) return null;
  // 12 a.m. is midnight, 12 p.m. is noon.
  return { hour: (hour % 12) + (meridiem!.toLowerCase() === 'p' ? 12 : 0), minute };
}

function englishMention(match: RegExpMatchArray, offset: number): DateMention | undefined {
  const groups = [...match];
  const indices = match.indices!;
  const dayFirst = groups[11] !== undefined;
  const [day, month, year] = dayFirst ? [11, 12, 13] : [9, 8, 10];
  const date = { year: Number(groups[year]), month: MONTH_INDEX[groups[month].toLowerCase()], day: Number(groups[day]) };
  if (!isValidDate(date.year, date.month, date.day)) return undefined;
  const dateStart = offset + indices[dayFirst ? day : month]![0];
  const dateEnd = offset + indices[year]![1];
  const before = clockTime(groups.slice(1, 7));
  const after = before ? undefined : clockTime(groups.slice(14, 20));
  const weekdayAt = indices[7];
  const start = before ? offset + match.index! : weekdayAt ? offset + weekdayAt[0] : dateStart;
  const mention: DateMention = { start, end: after ? offset + match.index! + match[0].length : dateEnd, dateStart, dateEnd, date, style: 'english' };
  if (weekdayAt) {
    const text = groups[7];
    const value = WEEKDAYS.en.findIndex((name) => name.toLowerCase() === text.toLowerCase());
    mention.weekday = { value, start: offset + weekdayAt[0], end: offset + weekdayAt[1], text };
  }
  const time = before ?? after;
  if (time) mention.time = time;
  return mention;
}

const PROSE = new Set(['paragraph', 'listItem', 'tableRow', 'heading']);
const byModel = new WeakMap<DocumentModel, DateMention[]>();

/**
 * The date mentions of one parsed block, offsets relative to the block. Cached on the block, which the
 * parser re-uses while its text is unchanged: after an edit only the edited blocks are scanned again.
 */
export const blockDates = blockReading((parsed: ParsedBlock): DateMention[] => {
  const seen = new Set<number>();
  const mentions: DateMention[] = [];
  parsed.units.forEach((unit, index) => {
    if (!PROSE.has(unit.kind)) return;
    for (const mention of findDates(parsed.text.slice(unit.start, unit.end), unit.start)) {
      // A list item's span includes its nested items, which are units of their own.
      if (seen.has(mention.start)) continue;
      seen.add(mention.start);
      mentions.push({ ...mention, unit: index });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}, 'dates');

/** Every date mention in the body's prose, in document order, with document offsets. */
export function bodyDates(model: DocumentModel): DateMention[] {
  let mentions = byModel.get(model);
  if (mentions) return mentions;
  mentions = [];
  for (const block of model.blocks) {
    for (const mention of blockDates(block.parsed)) mentions.push(shift(mention, block.offset));
  }
  byModel.set(model, mentions);
  return mentions;
}

export function shift(mention: DateMention, offset: number): DateMention {
  return {
    ...mention,
    start: mention.start + offset,
    end: mention.end + offset,
    dateStart: mention.dateStart + offset,
    dateEnd: mention.dateEnd + offset,
    weekday: mention.weekday && { ...mention.weekday, start: mention.weekday.start + offset, end: mention.weekday.end + offset },
  };
}
