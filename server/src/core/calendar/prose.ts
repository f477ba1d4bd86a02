import { blocksReading } from '../document/incremental.js';
import type { DocumentModel } from '../document/model.js';
import type { ParsedBlock } from '../document/markdown.js';
import { blockReading } from '../document/readings.js';
import { isValidDate, weekday, type CalendarDate } from './date.js';
import { WEEKDAYS } from './format.js';
import { unpublishedRanges } from '../document/reviewMarks.js';
import { markdownText, type MarkdownText } from '../text/escapes.js';
import { dayOfWords, dayWordsPattern, inFigures } from '../text/numberWords.js';

/**
 * Dates written in a notice's prose: "le mercredi 11 juillet 2012 à 15 h", "11 juillet 2012, 15 h 00",
 * "1er mars 2026", "2012-07-11", and in English "Tuesday, November 3, 2026, at 2:00 p.m.", "3 November
 * 2026", "2 p.m. on November 3, 2026"; in numbers, "14/10/2026", "14-10-2026", "14.10.2026", "2026/10/14".
 * Matched on the document's own text so that offsets are exact; every gap is bounded, so the scan is linear.
 *
 * A date in numbers belongs to no language, so it is read in both frames (French and English weekday,
 * link words and clock), and the fuller reading is kept. Written day first or month first
 * ("10/02/2026": 10 February, or October 2 in some English usage), it is ambiguous when both readings
 * are dates: a weekday written with it decides; otherwise the mention keeps both readings
 * (`alternative`), and no rule concludes on one of them alone (README, *Dates written in numbers*).
 */
export interface DateMention {
  /** Document offsets of the whole mention (weekday and time included). */
  start: number;
  end: number;
  /** Offsets of the date itself (weekday and time excluded). */
  dateStart: number;
  dateEnd: number;
  date: CalendarDate;
  style: 'french' | 'english' | 'iso' | 'numeric';
  /** How a date in numbers is written: its order and separator ("14/10/2026": `dmy`, `/`). */
  numeric?: { order: 'dmy' | 'mdy' | 'ymd'; separator: string };
  /** The other reading of a date in numbers whose day and month may be swapped, when nothing decided between them. */
  alternative?: CalendarDate;
  /** The weekday written before the date, if any (0 = Sunday), and its language. */
  weekday?: { value: number; start: number; end: number; text: string; language: 'fr' | 'en' };
  time?: { hour: number; minute: number };
  /** Index, within its block, of the text unit that holds the mention. */
  unit?: number;
}

const WEEKDAY = '(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH_NAMES = 'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
const MONTH = `(?<month>${MONTH_NAMES})`;
/**
 * The abbreviations drafters write of the weekday and the month (« jeu. 9 févr. 2017 », « 9 fév. 2017 », « lun. 6 mars
 * 2017 »): a weekday's with its period, a month's with or without it. Read by DATE_ABBREVIATED only, on a text that
 * holds one (ABBREVIATED_FR): DATE, which every text with a date runs, is left as it is.
 */
const WEEKDAY_ABBREVIATED = '(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:lun|mar|mer|jeu|ven|sam|dim)\\.)';
const MONTH_ABBREVIATIONS = 'janv|f[ée]vr?|avr|juil|sept?|oct|nov|d[ée]c';
const MONTH_ABBREVIATED = `(?<month>${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\\.?)`;
export const ABBREVIATED_FR = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${MONTH_ABBREVIATIONS})\.?\s{1,3}\d{4}|(?:lun|mar|mer|jeu|ven|sam|dim)\.,?\s{1,3}(?:le\s{1,3})?\d)`,
  'iu',
);
/**
 * What every match of ABBREVIATED_FR holds: an abbreviation, then its period or a blank. Found without Unicode's rules (the
 * long s written out, the one letter of these a Unicode case-insensitive « s » also matches), it spares most texts
 * ABBREVIATED_FR, which is then neither run nor compiled. Test: test/core/prefilters.test.ts.
 */
export const MAY_ABBREVIATE_FR = /(?:janv|f[ée]vr?|avr|juil|[sſ]ept?|oct|nov|d[ée]c)\.?\s|(?:lun|mar|mer|jeu|ven|[sſ]am|dim)\.,?\s/i;
const holdsAbbreviationFr = (text: string): boolean => MAY_ABBREVIATE_FR.test(text) && ABBREVIATED_FR.test(text);
const SPACE = String.raw`[ \t\u00a0\u202f]`;
/**
 * A space within a clock time, or the line end a drafter's editor wrapped it at (« 13 h↵30 »), with the indentation a
 * list item's next line keeps (« at 2:00↵  p.m. »): one only.
 */
const CLOCK_SPACE = String.raw`(?:[ \t\u00a0\u202f]|\r?\n[ \t]{0,4})`;
/**
 * A French clock time, its groups named with `p`: "15 h", "15 h 30", "15h00", "15 heures", "15 hres",
 * "15:00", "midi"; on the twelve-hour clock with the part of the day, as a clerk writes it (« 2 h de l'après-midi »,
 * « huit heures du soir », « 3 h de relevée »); « l'après-midi » alone is no noon. Midnight ("minuit") is left out, as
 * it is ambiguous about the day.
 */
const clockFr = (p: string) =>
  String.raw`(?:(?<${p}h>\d{1,2})${CLOCK_SPACE}?(?:h|heures?|hres?|hrs?)(?:${CLOCK_SPACE}?(?<${p}m>\d{2}))?(?![\p{L}\d])(?:\s{1,5}(?<${p}dp>de\s{1,5}l['’]apr[eè]s-midi|du\s{1,5}(?:soir|matin)|de\s{1,5}relev[ée]e)(?![\p{L}\d]))?|(?<${p}ch>\d{1,2}):(?<${p}cm>\d{2})(?!\d)(?:${CLOCK_SPACE}?(?<${p}mer>[ap])\.?${SPACE}?m(?![\p{L}\d])\.?)?|(?:12${CLOCK_SPACE}?h${CLOCK_SPACE}?)?(?<![\p{L}-])(?<${p}noon>midi)(?![\p{L}\d]))`;
/**
 * The words that may stand between a date and its time, in each language: « le 31 mars 2026 au plus tard
 * à 11 h », "2026-02-11 no later than 2:00 p.m.". A date in numbers takes either language's.
 */
const LINK_WORDS = {
  fr: String.raw`au plus tard|avant|jusqu['’]a|jusqu['’]à|à|a|vers|dès|des`,
  en: String.raw`at|by|before|no later than|not later than|prior to|until`,
};
// What may stand between a date and its time: a link word (at most two), a comma, a dash, a parenthesis.
const LINK_FR = String.raw`(?:${SPACE}{0,3}(?:[,–—-]|\()?\s{0,3}(?:(?:${LINK_WORDS.fr})\s{1,3}){0,2})`;
/**
 * A date in numbers: ISO (2026-10-14), year first with slashes or dots (2026/10/14), day or month first
 * (14/10/2026, 14-10-2026, 14.10.2026). A year of the 20th or 21st century, the same separator twice,
 * and nothing glued after it that would make it part of a reference ("AO 2026/10/14-B") or a number.
 */
const NUMERIC_CORE =
  String.raw`(?:(?<isoYear>\d{4})-(?<isoMonth>\d{2})-(?<isoDay>\d{2})` +
  String.raw`|(?<ymdYear>(?:19|20)\d{2})(?<ymdSep>[/.])(?<ymdMonth>\d{1,2})\k<ymdSep>(?<ymdDay>\d{1,2})(?![/.]?[\p{L}\d])` +
  String.raw`|(?<first>\d{1,2})(?<sep>[/.-])(?<second>\d{1,2})\k<sep>(?<numYear>(?:19|20)\d{2})(?![/.]?[\p{L}\d]))`;
// A zone or emphasis after a time: "précises", "(heure de Montréal)", ", heure de Québec,", "HNE".
// Two may follow each other: « midi (12 h), heure de Québec, le … ».
const ZONE_FR = String.raw`(?:\s{1,3}pr[ée]cises?)?(?:${SPACE}{0,3},?${SPACE}{0,3}(?:\([^()\n]{0,40}\)|heure(?:${SPACE}[\p{L}'’.-]{1,15}){0,4}|HNE|HAE|HE)(?![\p{L}])){0,2}`;
// The time may come first, after a word that introduces it: "avant 15 h, heure de Québec, le mardi 31 mars 2026".
const TIME_FIRST_FR = String.raw`(?:(?<=(?<!\p{L})(?:à|a|avant|jusqu['’]à|jusqu['’]a|tard|vers|dès|des)\s{1,3})${clockFr('b')}${ZONE_FR}${SPACE}{0,3},?\s{0,3}(?:le\s{1,3})?)?`;
const TIME = String.raw`(?:${LINK_FR}${clockFr('a')})?`;
/** What stands between a day and its month: « 4 mars », « le 4e jour de mars », « le quatrième jour du mois d’avril ». */
const DAY_TO_MONTH = String.raw`(?:\s{1,3}jour\s{1,3}(?:du\s{1,3}mois\s{1,3})?(?:de\s{1,3}|d['’]\s{0,2})|\s{1,3})`;
/** The day of a French date in numbers, cardinal or ordinal (« 4 », « 1er », « 4e »). */
const DAY_IN_NUMBERS = String.raw`(?<day>1er|1re|\d{1,2})|(?<dayOrdinal>\d{1,2})(?:e|[eè]me)`;
/** The day of a French date in words, cardinal or ordinal (« quatre », « premier », « quatrième »). */
const DAY_IN_WORDS = String.raw`(?<dayWord>${dayWordsPattern('fr')})(?![\p{L}-])`;
/** What may not follow a year of two digits: more digits or letters, or what makes the number an hour (« 16 h », « 16:00 », "4 p.m."). */
const NOT_AN_HOUR = String.raw`(?![\p{L}\d]|[.,:]\d|${SPACE}{0,3}(?:h|heures?|hres?|hrs?)(?!\p{L})|${SPACE}{0,3}[ap]\.?${SPACE}?m(?!\p{L}))`;
/**
 * A year of two digits after a named month, as Excel's short format writes it (« 28-sept-16 », "14-Sep-16") and a clerk
 * (« le 24 mai 16 », « 24 mai '16 »): after a hyphen, a slash or blanks, an apostrophe before it or not; after a comma
 * only with the apostrophe, since « 3 mai, 16 h » is an hour. A tender's dates are this century: « 16 » is 2016.
 * The separators before and after the month are the same kind (dayMonthYearRead).
 */
const SHORT_YEAR = (name: string) => String.raw`(?:[-/]|\s{1,3}|,\s{1,3}(?=['’]))['’]?(?<${name}>\d{2})${NOT_AN_HOUR}`;
const frenchDate = (day: string, weekday = WEEKDAY, month = MONTH, yearOfTwoDigits = false) =>
  new RegExp(
    String.raw`(?<![\p{L}\d/.-])${TIME_FIRST_FR}(?:${weekday},?\s{1,3}(?:le\s{1,3})?)?(?:(?:${day})${yearOfTwoDigits ? String.raw`(?:${DAY_TO_MONTH}|[-/])` : DAY_TO_MONTH}${month}(?:\s{1,3}(?<year>\d{4})${yearOfTwoDigits ? `|${SHORT_YEAR('shortYear')}` : ''})|${NUMERIC_CORE})(?![\d-])${TIME}`,
    'dgiu',
  );
/** A French date, its weekday and time around it (built from clockFr: test/robustness/regexTiming.test.ts times it). */
export const DATE = frenchDate(DAY_IN_NUMBERS);
/**
 * DATE with a day in words too: its words may open a match at any letter, so it runs only on a text whose
 * month is written after a day in words (dayInWordsBefore).
 */
export const DATE_DAY_IN_WORDS = frenchDate(`${DAY_IN_NUMBERS}|${DAY_IN_WORDS}`);
/** DATE with the weekday or the month abbreviated: it runs only on a text that holds an abbreviation (ABBREVIATED_FR). */
export const DATE_ABBREVIATED = frenchDate(DAY_IN_NUMBERS, WEEKDAY_ABBREVIATED, MONTH_ABBREVIATED);
/**
 * DATE_ABBREVIATED with a year of two digits too (« 28-sept-16 », « le 24 mai 16 »): it runs only on a text whose
 * month is followed by two digits (SHORT_YEAR_FR).
 */
export const DATE_SHORT_YEAR = frenchDate(DAY_IN_NUMBERS, WEEKDAY_ABBREVIATED, MONTH_ABBREVIATED, true);
/** Whether a month's name or abbreviation is followed by a number of two digits, as a year of two digits is: DATE_SHORT_YEAR reads it. */
const SHORT_YEAR_FR = new RegExp(String.raw`(?<!\p{L})(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\.?(?:[-/]|,?\s{1,3})['’]?\d{2}(?!\d)`, 'iu');
const MONTH_AND_YEAR = new RegExp(String.raw`(?:${MONTH_NAMES})\s{1,3}\d{4}`, 'giu');
export const DAY_WORD_BEFORE_MONTH = new RegExp(String.raw`(?<![\p{L}-])(?:${dayWordsPattern('fr')})${DAY_TO_MONTH}$`, 'iu');
/** Whether a month and year of the text follow a day in words (« le jeudi quatre mars 2027 »). */
function dayInWordsBefore(text: string): boolean {
  for (const month of text.matchAll(MONTH_AND_YEAR)) if (DAY_WORD_BEFORE_MONTH.test(text.slice(Math.max(0, month.index - 48), month.index))) return true;
  return false;
}
/**
 * What every match of CLOCK_FR and CLOCK_EN_ALONE holds: a digit, then a colon and a digit, or a clock space or none and
 * the hour's « h », "a.m."'s letters or "o'clock"'s; or « midi », "noon" (« annexe 2 : » holds none). Found without
 * Unicode's rules (none of these letters has a case-insensitive match outside ASCII), it spares the sentences whose
 * numbers are no time both Unicode patterns, which are then neither run nor compiled. Test: test/core/prefilters.test.ts.
 */
export const MAY_HOLD_CLOCK = /\d(?::\d|(?:[ \t\u00a0\u202f]|\r?\n[ \t]{0,4})?(?:h|[ap]\.?[ \u00a0\u202f]?m|o['’]c))|midi|noon/i;
export const CLOCK_FR = new RegExp(String.raw`(?<![\p{L}\d])${clockFr('a')}`, 'iu');

/** The time written first in a piece of text (a table's time column): "14 h 00", "14:00", "midi", "2 p.m.", "noon". */
export function findTime(written: string): { hour: number; minute: number } | undefined {
  // A time in words (« quatorze heures », "two o'clock") is read as its figures.
  const text = inFigures(written)?.text ?? written;
  return firstClock(text)?.time ?? undefined;
}

/**
 * The first clock time of a text, French or English: the earlier match; at the same place the longer ("2:00 p.m." rather
 * than "2:00"). Its time is null when the match is no valid time.
 */
function firstClock(text: string): { index: number; length: number; time: Time | null | undefined } | undefined {
  if (!MAY_HOLD_CLOCK.test(text)) return undefined;
  const french = CLOCK_FR.exec(text);
  const english = CLOCK_EN_ALONE.exec(text);
  const useFrench = french && (!english || french.index < english.index || (french.index === english.index && french[0].length >= english[0].length));
  const match = useFrench ? french : english;
  if (!match) return undefined;
  return { index: match.index, length: match[0].length, time: useFrench ? frenchTime(match.groups!, 'a') : englishTime(match.groups!, 'a') };
}

/**
 * Every clock time written in figures in a piece of text, with its offsets (« 11 h », « 13 h 30 », "2:00 p.m.", "noon"): in
 * each language, the earlier match first, and at the same place the longer.
 */
export function clockTimes(text: string): { start: number; end: number; time: { hour: number; minute: number } }[] {
  const found: { start: number; end: number; time: { hour: number; minute: number } }[] = [];
  for (let from = 0; from < text.length;) {
    const clock = firstClock(text.slice(from));
    if (!clock) break;
    if (clock.time) found.push({ start: from + clock.index, end: from + clock.index + clock.length, time: clock.time });
    from += clock.index + Math.max(1, clock.length);
  }
  return found;
}

/** The time of a French clock match whose groups are named with `p`; null when it is no valid time. */
function frenchTime(groups: Groups, p: string): Time | null | undefined {
  if (groups[`${p}noon`]) return { hour: 12, minute: 0 };
  const hour = groups[`${p}h`] ?? groups[`${p}ch`];
  if (hour === undefined) return undefined;
  const minute = Number(groups[`${p}m`] ?? groups[`${p}cm`] ?? 0);
  // The afternoon or the evening of a clerk's twelve-hour clock: « 2 h de l'après-midi » is 14 h; « 14 h de l'après-midi » says it twice.
  const part = groups[`${p}dp`]?.toLowerCase();
  if (part && !part.endsWith('matin') && Number(hour) >= 1 && Number(hour) < 12 && minute < 60) return { hour: Number(hour) + 12, minute };
  // « 1:30 p.m. » in a French sentence is 13 h 30, as in an English one.
  const meridiem = groups[`${p}mer`]?.toLowerCase();
  if (meridiem) return Number(hour) >= 1 && Number(hour) <= 12 && minute < 60 ? { hour: (Number(hour) % 12) + (meridiem === 'p' ? 12 : 0), minute } : null;
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

const WEEKDAY_EN = '(?<weekday>sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTH_NAMES_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
/** The English abbreviations ("Thu., Feb. 9, 2017", "Feb 9, 2017"), with or without their period: ENGLISH_DATE_ABBREVIATED's. */
const WEEKDAY_ABBREVIATED_EN = String.raw`(?<weekday>sunday|monday|tuesday|wednesday|thursday|friday|saturday|(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)\.?)`;
const MONTH_ABBREVIATIONS_EN = 'jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
const MONTH_NAMES_ABBREVIATED_EN = String.raw`${MONTH_NAMES_EN}|(?:${MONTH_ABBREVIATIONS_EN})\.?`;
/** Whether a text holds an English month abbreviated before a day or a year, or a weekday abbreviated: ENGLISH_DATE_ABBREVIATED reads it. */
export const ABBREVIATED_EN = new RegExp(
  String.raw`(?<!\p{L})(?:${MONTH_ABBREVIATIONS_EN})\.?,?\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})?\d{4}|\d(?:st|nd|rd|th)?\s{1,3}(?:${MONTH_ABBREVIATIONS_EN})\.?,?\s{1,3}\d{4}|(?<!\p{L})(?:sun|mon|tues?|wed|thu|thurs?|fri|sat)\.?,?\s{1,3}(?:the\s{1,3})?(?:\d|${MONTH_NAMES_EN})`,
  'iu',
);
/** What every match of ABBREVIATED_EN holds, found as MAY_ABBREVIATE_FR finds ABBREVIATED_FR's: an abbreviation, then a period, a comma or a blank. */
export const MAY_ABBREVIATE_EN = /(?:jan|feb|mar|apr|jun|jul|aug|[sſ]ept?|oct|nov|dec|[sſ]un|mon|tue[sſ]?|wed|thu|thur[sſ]?|fri|[sſ]at)\.?,?\s/i;
const holdsAbbreviationEn = (text: string): boolean => MAY_ABBREVIATE_EN.test(text) && ABBREVIATED_EN.test(text);
/**
 * An English clock time, its groups named with `p`: "2:00 p.m.", "2 pm", "14:00", "noon" (also "12 noon"), "2 o'clock in
 * the afternoon" (the figures of "two o'clock": text/numberWords.ts);
 * midnight is left out, as it is ambiguous about the day.
 */
const clockEn = (p: string) =>
  String.raw`(?:(?<${p}h12>\d{1,2})(?::(?<${p}m12>\d{2}))?${CLOCK_SPACE}?(?<${p}mer>[ap])\.?[ \u00a0\u202f]?m\b\.?|(?<${p}h24>\d{1,2}):(?<${p}m24>\d{2})(?!\d)|(?:12(?::00)?${CLOCK_SPACE})?(?<${p}noon>noon)\b|(?<${p}oc>\d{1,2})${CLOCK_SPACE}?o['’]clock(?:${SPACE}{1,3}in${SPACE}{1,3}the${SPACE}{1,3}(?<${p}part>morning|afternoon|evening))?(?!\p{L}))`;
// A zone or emphasis after a time: "sharp", "(local time)", "Eastern Time", ", Montréal time,", "EST".
const ZONE_EN = String.raw`(?:\s{1,3}sharp)?(?:${SPACE}{0,3},?${SPACE}{0,3}(?:\([^()\n]{0,30}\)|(?:[\p{L}.]{1,12}${SPACE}){0,2}time|e[sd]?t)(?!\p{L}))?`;
/** An English date, its weekday and time around it, or a date in numbers in the English frame (timed by test/robustness/regexTiming.test.ts). */
const englishDate = (weekday: string, months: string, yearOfTwoDigits = false) =>
  new RegExp(
    String.raw`(?<![\p{L}\d/.-])` +
      // The time may come first: "no later than 2:00 p.m. (local time) on Tuesday, November 3, 2026", "3 p.m. Eastern Time on …".
      String.raw`(?:${clockEn('b')}${ZONE_EN}${SPACE}{0,3}(?:,\s{0,3})?(?:on\s{1,3})?)?` +
      String.raw`(?:${weekday},?\s{1,3}(?:the\s{1,3})?)?` +
      // "March 3, 2026", "March 3rd, 2026", "3 March 2026", "3rd of March, 2026", "2026-03-03", "03/03/2026".
      String.raw`(?:(?<month>${months})\s{1,3}(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?:(?<year>\d{4})${yearOfTwoDigits ? String.raw`|['’](?<shortYear>\d{2})${NOT_AN_HOUR}` : ''})` +
      String.raw`|(?:(?<dayFirst>\d{1,2})(?:st|nd|rd|th)?|(?<dayFirstWord>${dayWordsPattern('en')})(?![\p{L}-]))(?:\s{1,3}(?:day\s{1,3})?(?:of\s{1,3})?${yearOfTwoDigits ? '|[-/]' : ''})` +
      String.raw`(?<monthAfter>${months})(?:,?\s{1,3}(?<yearAfter>\d{4})${yearOfTwoDigits ? `|${SHORT_YEAR('shortYearAfter')}` : ''})|${NUMERIC_CORE})(?![\d-])` +
      String.raw`(?:${SPACE}{0,3},?\s{0,3}(?:(?:${LINK_WORDS.en})\s{1,3})?${clockEn('a')})?`,
    'dgiu',
  );
export const ENGLISH_DATE = englishDate(WEEKDAY_EN, MONTH_NAMES_EN);
/** ENGLISH_DATE with the weekday or the month abbreviated: it runs only on a text that holds an abbreviated month (ABBREVIATED_EN). */
export const ENGLISH_DATE_ABBREVIATED = englishDate(WEEKDAY_ABBREVIATED_EN, MONTH_NAMES_ABBREVIATED_EN);
/**
 * ENGLISH_DATE_ABBREVIATED with a year of two digits too ("14-Sep-16", "24 May '16", "May 24, '16"; month first, only
 * with the apostrophe, since "May 24, 16" may go on with a count): it runs only on a text that holds one (SHORT_YEAR_EN).
 */
export const ENGLISH_DATE_SHORT_YEAR = englishDate(WEEKDAY_ABBREVIATED_EN, MONTH_NAMES_ABBREVIATED_EN, true);
/** Whether a month's name or abbreviation is followed by two digits, or by a day and two digits after an apostrophe: ENGLISH_DATE_SHORT_YEAR reads it. */
const SHORT_YEAR_EN = new RegExp(
  String.raw`(?<!\p{L})(?:${MONTH_NAMES_EN}|${MONTH_ABBREVIATIONS_EN})\.?(?:(?:[-/]|,?\s{1,3})['’]?|\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}['’])\d{2}(?!\d)`,
  'iu',
);
export const CLOCK_EN_ALONE = new RegExp(String.raw`(?<![\p{L}\d])${clockEn('a')}`, 'iu');
const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Whether a text may write a date DATE reads, and one ENGLISH_DATE reads: each holds a month's name (French,
 * English) before a year (« 11 juillet 2012 », « July 12, 2012 », « 3rd of March, 2026 »), or a date in
 * numbers (2012-07-11, 11/07/2012, 2012/07/11), which both read; or a month followed by a year of two digits
 * (« 28-sept-16 », "May 24, '16": SHORT_YEAR_FR, SHORT_YEAR_EN). Most passages hold none, and those two
 * patterns, which may start with a time or a weekday, try every place; a number of four digits alone (an
 * amount, an article's year) is no reason to run them, nor a French date to run (and compile) the English
 * pattern. Test: test/core/prefilters.test.ts.
 */
export const mayHoldFrenchDate = (text: string): boolean =>
  (FOUR_DIGITS.test(text) && (FRENCH_CORE.test(text) || holdsAbbreviationFr(text))) || holdsShortYearFr(text);
export const mayHoldEnglishDate = (text: string): boolean =>
  (FOUR_DIGITS.test(text) && (ENGLISH_CORE.test(text) || holdsAbbreviationEn(text))) || holdsShortYearEn(text);
/**
 * SHORT_YEAR_FR and SHORT_YEAR_EN, which try each month's name at every letter (and cost a one-file run more to compile
 * than to run), run only on a text where two digits follow a month's name or abbreviation as its year does, or an
 * apostrophe after a blank as "May 24, '16" writes it: most documents hold none.
 */
const holdsShortYearFr = (text: string): boolean => mayHoldShortYear(text) && SHORT_YEAR_FR.test(text);
const holdsShortYearEn = (text: string): boolean => (mayHoldShortYear(text) || TWO_DIGITS_AFTER_APOSTROPHE.test(text)) && SHORT_YEAR_EN.test(text);

/** Whether two digits follow a word that is a month's name or abbreviation (MONTH_WORDS), its period and separators between. */
function mayHoldShortYear(text: string): boolean {
  for (const found of text.matchAll(TWO_DIGITS_AFTER_WORD)) {
    // The word ends at the letter found, or before the period found.
    const end = text.charCodeAt(found.index) === 0x2e ? found.index : found.index + 1;
    let start = end;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    if (MONTH_WORDS.has(foldedWord(text.slice(start, end)))) return true;
  }
  return false;
}
/** A month's last letter (ASCII, or the long s a Unicode case-insensitive « s » matches) or its period, then SHORT_YEAR_FR's separators and two digits. */
const TWO_DIGITS_AFTER_WORD = /[a-z\u017f.](?:[-/]|,?\s{1,3})['’]?\d\d(?!\d)/gi;
const TWO_DIGITS_AFTER_APOSTROPHE = /\s['’]\d\d(?!\d)/;
const LETTER = /\p{L}/u;
/** A word as SHORT_YEAR_FR and SHORT_YEAR_EN match it, whatever its case (the long s is an « s » to them): lower case, accents left out. */
const foldedWord = (word: string) => fold(word).replaceAll('\u017f', 's');
/** The months' names and abbreviations in French and English, folded (foldedWord), each optional letter's two forms. */
const MONTH_WORDS: ReadonlySet<string> = new Set(
  [MONTH_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES_EN, MONTH_ABBREVIATIONS_EN]
    .flatMap((names) => names.replace(/\[(\p{L})\p{L}\]/gu, '$1').split('|'))
    .flatMap((name) => (name.endsWith('?') ? [name.slice(0, -2), name.slice(0, -1)] : [name]))
    .map(foldedWord),
);
const FOUR_DIGITS = /\d{4}/;
/** What any match of NUMERIC_CORE holds. */
const NUMBERS_CORE = String.raw`\d{4}-\d{2}-\d{2}|\d{4}[/.]\d{1,2}[/.]\d|\d[/.-]\d{1,2}[/.-]\d{4}`;
/** What any match of DATE holds, its flags kept. */
const FRENCH_CORE = new RegExp(String.raw`(?:${MONTH_NAMES})\s{1,3}\d{4}|${NUMBERS_CORE}`, 'iu');
/** What any match of ENGLISH_DATE holds, its flags kept. */
const ENGLISH_CORE = new RegExp(String.raw`(?:${MONTH_NAMES_EN}),?\s{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?\s{1,3})?\d{4}|${NUMBERS_CORE}`, 'iu');

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;
type Reading = Pick<DateMention, 'date' | 'style' | 'numeric' | 'alternative'> & { dateStart: number; dateEnd: number };

/**
 * The date of a match of NUMERIC_CORE (in either frame), or undefined when it is none. Day first or month
 * first, the numbers say which when one is above 12; when both could be the month, the mention keeps both
 * readings, day first (the French usage) as `date`, month first as `alternative`.
 */
function numericReading(groups: Groups, at: Indices): Reading | undefined {
  if (groups.isoYear !== undefined) {
    const date = { year: Number(groups.isoYear), month: Number(groups.isoMonth), day: Number(groups.isoDay) };
    return isValidDate(date.year, date.month, date.day) ? { date, style: 'iso', dateStart: at.isoYear![0], dateEnd: at.isoDay![1] } : undefined;
  }
  if (groups.ymdYear !== undefined) {
    const date = { year: Number(groups.ymdYear), month: Number(groups.ymdMonth), day: Number(groups.ymdDay) };
    if (!isValidDate(date.year, date.month, date.day) || (groups.ymdSep === '.' && (groups.ymdMonth!.length < 2 || groups.ymdDay!.length < 2)))
      return undefined;
    return { date, style: 'numeric', numeric: { order: 'ymd', separator: groups.ymdSep! }, dateStart: at.ymdYear![0], dateEnd: at.ymdDay![1] };
  }
  if (groups.numYear === undefined) return undefined;
  const [first, second, year, separator] = [Number(groups.first), Number(groups.second), Number(groups.numYear), groups.sep!];
  // Dots between numbers of one digit are a section's or a version's number ("1.2.2026"), not a date.
  if (separator === '.' && (groups.first!.length < 2 || groups.second!.length < 2)) return undefined;
  const dayFirst = isValidDate(year, second, first) ? { year, month: second, day: first } : undefined;
  const monthFirst = isValidDate(year, first, second) ? { year, month: first, day: second } : undefined;
  const span = { style: 'numeric' as const, dateStart: at.first![0], dateEnd: at.numYear![1] };
  if (dayFirst && monthFirst && first !== second) return { ...span, date: dayFirst, alternative: monthFirst, numeric: { order: 'dmy', separator } };
  if (dayFirst) return { ...span, date: dayFirst, numeric: { order: 'dmy', separator } };
  return monthFirst && { ...span, date: monthFirst, numeric: { order: 'mdy', separator } };
}

/** A weekday written with an ambiguous date decides between its readings, when it is the weekday of one only. */
function decided(mention: DateMention): DateMention {
  const { alternative, weekday: written } = mention;
  if (!alternative || !written) return mention;
  const first = weekday(mention.date) === written.value;
  const second = weekday(alternative) === written.value;
  if (first === second) return mention;
  const chosen: DateMention = second ? { ...mention, date: alternative, numeric: { ...mention.numeric!, order: 'mdy' } } : { ...mention };
  delete chosen.alternative;
  return chosen;
}

/** The French pattern a text needs: its day in words or its abbreviations are read only where it holds them. */
function frenchPattern(text: string): RegExp {
  if (dayInWordsBefore(text)) return DATE_DAY_IN_WORDS;
  if (holdsShortYearFr(text)) return DATE_SHORT_YEAR;
  return holdsAbbreviationFr(text) ? DATE_ABBREVIATED : DATE;
}

/** The English pattern a text needs: its years of two digits or its abbreviations are read only where it holds them. */
function englishPattern(text: string): RegExp {
  if (holdsShortYearEn(text)) return ENGLISH_DATE_SHORT_YEAR;
  return holdsAbbreviationEn(text) ? ENGLISH_DATE_ABBREVIATED : ENGLISH_DATE;
}

/** A month's number from its name, or from its abbreviation (« févr. », "Sept."): the month whose name it starts. */
function monthIndex(written: string): number {
  const name = fold(written).replace(/\.$/, '');
  return MONTH_INDEX[name] ?? MONTH_INDEX[Object.keys(MONTH_INDEX).find((month) => month.startsWith(name))!];
}

/**
 * The date mentions of a piece of text; `offset` is the text's position in the document. A year or a time written in
 * words (« deux mille vingt-sept, à quatorze heures ») is read as its figures (text/numberWords.ts, inFigures).
 */
export function findDates(text: string, offset = 0): DateMention[] {
  const figures = inFigures(text);
  return figures ? datesOf(figures.text).map((mention) => placed(mention, figures, offset)) : datesOf(text, offset);
}

function datesOf(text: string, offset = 0): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of mayHoldFrenchDate(text) ? text.matchAll(frenchPattern(text)) : []) {
    const groups = match.groups!;
    const indices = match.indices!.groups!;
    let reading: Reading | undefined;
    const dayAt = indices.day ?? indices.dayWord ?? indices.dayOrdinal;
    if (dayAt) {
      const written = groups.day ?? groups.dayOrdinal;
      const day = groups.dayWord ? dayOfWords(groups.dayWord, 'fr')! : /^1r?e/i.test(written) ? 1 : Number(written);
      const yearAt = indices.year ?? indices.shortYear;
      const date = { year: yearOf(groups.year ?? groups.shortYear), month: monthIndex(groups.month), day };
      if (isValidDate(date.year, date.month, date.day) && dayMonthYearRead(text, dayAt, indices.month, yearAt))
        reading = { date, style: 'french', dateStart: dayAt[0], dateEnd: yearAt[1] };
    } else reading = numericReading(groups, indices);
    if (reading) mentions.push(mentionOf(match, reading, offset, frenchTime(groups, 'b'), frenchTime(groups, 'a'), 'fr'));
  }
  for (const match of mayHoldEnglishDate(text) ? text.matchAll(englishPattern(text)) : []) {
    const groups = match.groups!;
    const indices = match.indices!.groups!;
    let reading: Reading | undefined;
    const [month, day, year] =
      groups.month !== undefined
        ? ['month', 'day', groups.shortYear === undefined ? 'year' : 'shortYear']
        : ['monthAfter', groups.dayFirstWord !== undefined ? 'dayFirstWord' : 'dayFirst', groups.shortYearAfter === undefined ? 'yearAfter' : 'shortYearAfter'];
    if (groups[month] !== undefined) {
      const date = {
        year: yearOf(groups[year]),
        month: monthIndex(groups[month]),
        day: day === 'dayFirstWord' ? dayOfWords(groups[day], 'en')! : Number(groups[day]),
      };
      const start = Math.min(indices[month][0], indices[day][0]);
      // The day first, its parts parted alike; a day in words before a month and two digits ("one May 16") is rather a count.
      const read =
        day === 'day' || (dayMonthYearRead(text, indices[day], indices[month], indices[year]) && !(day === 'dayFirstWord' && year === 'shortYearAfter'));
      if (isValidDate(date.year, date.month, date.day) && read) reading = { date, style: 'english', dateStart: start, dateEnd: indices[year][1] };
    } else reading = numericReading(groups, indices);
    if (reading) mentions.push(mentionOf(match, reading, offset, englishTime(groups, 'b'), englishTime(groups, 'a'), 'en'));
  }
  mentions.sort((a, b) => a.start - b.start || a.dateStart - b.dateStart);
  // A date in numbers both frames read is one mention: the fuller reading (with its time or weekday) is kept.
  const kept: DateMention[] = [];
  for (const mention of mentions) {
    const same = kept.findIndex((other) => other.dateStart === mention.dateStart);
    if (same < 0) kept.push(mention);
    else if (mention.end - mention.start > kept[same].end - kept[same].start) kept[same] = mention;
  }
  return inWritersOrder(
    restatementsJoined(
      text,
      offset,
      kept.sort((a, b) => a.start - b.start),
    ),
  );
}

/** A parenthesis that holds only a date in numbers, right after a date: its opening, then its closing. */
const RESTATEMENT_OPENS = /^[ \t\u00a0\u202f]{0,3}\([ \u00a0]{0,2}$/;
const RESTATEMENT_CLOSES = /^[ \u00a0]{0,2}\)/;

/**
 * A date restated in numbers in a parenthesis after it, as a legal office writes it (« le seizième jour de janvier deux
 * mille dix-sept (16-01-2017) », "the first day of June, 2017 (06/01/2017)"), is one mention, the parenthesis in it: the
 * words decide between the readings of the numbers, and what follows the date follows the parenthesis. A restatement that
 * says another date is kept apart.
 */
function restatementsJoined(text: string, offset: number, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    if (
      previous &&
      (mention.style === 'numeric' || mention.style === 'iso') &&
      !mention.time &&
      !mention.weekday &&
      RESTATEMENT_OPENS.test(text.slice(previous.end - offset, mention.start - offset)) &&
      readingsOf(mention).some((date) => sameDate(date, previous.date))
    ) {
      const closing = RESTATEMENT_CLOSES.exec(text.slice(mention.end - offset));
      if (closing) {
        previous.end = mention.end + closing[0].length;
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
}

const sameDate = (a: CalendarDate, b: CalendarDate) => a.year === b.year && a.month === b.month && a.day === b.day;

/**
 * The dates in numbers of one text are written in one order: a date whose day and month may be swapped (« 01-06-2017 »)
 * is read in the order of the text's others that a number above 12 decides (« du 01-06-2017 au 31-05-2019 »), when they
 * all agree.
 */
function inWritersOrder(mentions: DateMention[]): DateMention[] {
  const orders = new Set(mentions.filter((mention) => mention.numeric && !mention.alternative).map((mention) => mention.numeric!.order));
  orders.delete('ymd');
  if (orders.size !== 1 || !mentions.some((mention) => mention.alternative)) return mentions;
  const [order] = orders;
  return mentions.map((mention) => {
    if (!mention.alternative) return mention;
    const { alternative, ...decided } = mention;
    return order === 'dmy' ? decided : { ...decided, date: alternative, numeric: { ...mention.numeric!, order } };
  });
}

/** A year as written: of four digits, or of two, this century's (« 28-sept-16 » is 2016), as a tender's dates are. */
const yearOf = (written: string): number => (written.length === 2 ? 2000 + Number(written) : Number(written));

/**
 * Whether a day, a month and a year matched are one date: the day and the month, and the month and the year, parted the
 * same way (« 28-sept-16 », « 24 mai 16 », not « 24-mai 2016 »). A year of two digits after blanks and no apostrophe
 * is rather a count when a word follows it (« le 3 mai 16 soumissions ») and the hour a range starts at when a later
 * hour follows (« le 3 mai 16 à 17 h »).
 */
function dayMonthYearRead(text: string, dayAt: readonly [number, number], monthAt: readonly [number, number], yearAt: readonly [number, number]): boolean {
  const parting = (between: string) => (between.includes('-') ? '-' : between.includes('/') ? '/' : ' ');
  const beforeYear = text.slice(monthAt[1], yearAt[0]);
  if (parting(text.slice(dayAt[1], monthAt[0])) !== parting(beforeYear)) return false;
  if (yearAt[1] - yearAt[0] !== 2 || parting(beforeYear) !== ' ' || /['’]/.test(beforeYear)) return true;
  const after = text.slice(yearAt[1]);
  if (COUNTED_AFTER.test(after)) return false;
  const range = HOUR_RANGE_END.exec(after);
  return !range || Number(range[1]) <= Number(text.slice(yearAt[0], yearAt[1]));
}
/** A word after a number that makes it a count (« 16 soumissions »), rather than a link word or a conjunction after a date. */
const COUNTED_AFTER = new RegExp(String.raw`^${SPACE}{1,3}(?!(?:${LINK_WORDS.fr}|${LINK_WORDS.en}|au|aux|et|ou|and|or)(?!\p{L}))\p{L}`, 'iu');
/** The end of a range of hours after a number (« 16 à 17 h », « 16 - 17 h », "16 to 17:00"): its hour. */
const HOUR_RANGE_END = /^\s{0,3}(?:[-aà–—]|au|to)\s{0,3}(\d{1,2})\s{0,3}(?:h|heures?|hres?|hrs?|:\d{2}|[ap]\.?\s?m)(?!\p{L})/iu;

/** A mention from a match of either frame: its date, the time written before or after it, its weekday. */
function mentionOf(
  match: RegExpMatchArray,
  reading: Reading,
  offset: number,
  before: Time | null | undefined,
  after: Time | null | undefined,
  language: 'fr' | 'en',
): DateMention {
  const weekdayAt = match.indices!.groups!.weekday;
  const timeAfter = before ? undefined : after;
  const time = before ?? timeAfter;
  // The mention starts at the time written first, else at the weekday, else at the date.
  const start = before ? offset + match.index! : weekdayAt ? offset + weekdayAt[0] : offset + reading.dateStart;
  const { dateStart, dateEnd, ...date } = reading;
  const mention: DateMention = {
    start,
    end: timeAfter ? offset + match.index! + match[0].length : offset + dateEnd,
    dateStart: offset + dateStart,
    dateEnd: offset + dateEnd,
    ...date,
  };
  if (weekdayAt) {
    const text = match.groups!.weekday;
    // A weekday abbreviated (« jeu. », "Thu.") is the one whose name it starts.
    const written = text.toLowerCase().replace(/\.$/, '');
    const value = (WEEKDAYS[language] as readonly string[]).findIndex((name) => name.toLowerCase().startsWith(written));
    mention.weekday = { value, start: offset + weekdayAt[0], end: offset + weekdayAt[1], text, language };
  }
  if (time) mention.time = time;
  return decided(mention);
}

type Time = NonNullable<DateMention['time']>;

/** The time of an English clock match whose groups are named with `p`; null when it is no valid time. */
function englishTime(groups: Groups, p: string): Time | null | undefined {
  if (groups[`${p}noon`]) return { hour: 12, minute: 0 };
  const oClock = groups[`${p}oc`];
  if (oClock !== undefined) {
    const hour = Number(oClock);
    if (hour < 1 || hour > 12) return null;
    const part = groups[`${p}part`]?.toLowerCase();
    return { hour: part === 'afternoon' || part === 'evening' ? (hour % 12) + 12 : part === 'morning' ? hour % 12 : hour, minute: 0 };
  }
  const hour24 = groups[`${p}h24`];
  if (hour24 !== undefined) return Number(hour24) < 24 && Number(groups[`${p}m24`]) < 60 ? { hour: Number(hour24), minute: Number(groups[`${p}m24`]) } : null;
  const hour12 = groups[`${p}h12`];
  if (hour12 === undefined) return undefined;
  const hour = Number(hour12);
  const minute = Number(groups[`${p}m12`] ?? 0);
  if (hour < 1 || hour > 12 || minute >= 60) return null;
  // 12 a.m. is midnight, 12 p.m. is noon.
  return { hour: (hour % 12) + (groups[`${p}mer`]!.toLowerCase() === 'p' ? 12 : 0), minute };
}

/** The dates a mention may mean: its date, and the other reading of an ambiguous date in numbers. */
export const readingsOf = (mention: Pick<DateMention, 'date' | 'alternative'>): CalendarDate[] =>
  mention.alternative ? [mention.date, mention.alternative] : [mention.date];

const PROSE = new Set(['paragraph', 'listItem', 'tableRow', 'heading']);
const byModel = new WeakMap<DocumentModel, DateMention[]>();

/**
 * The date mentions of one parsed block, offsets relative to the block. Cached on the block, which the
 * parser re-uses while its text is unchanged: after an edit only the edited blocks are scanned again.
 */
export const blockDates = blockReading((parsed: ParsedBlock): DateMention[] => {
  const seen = new Set<number>();
  const mentions: DateMention[] = [];
  // The page furniture a unit's Markdown still holds (its text does not) is no text of its dates, nor what a review mark deletes.
  const furniture = unpublishedRanges(parsed);
  parsed.units.forEach((unit, index) => {
    if (!PROSE.has(unit.kind)) return;
    const removed = furniture
      .filter(({ from, length }) => from < unit.end && from + length > unit.start)
      .map(({ from, length }) => ({ from: Math.max(from, unit.start) - unit.start, length: Math.min(from + length, unit.end) - Math.max(from, unit.start) }));
    const markdown = parsed.text.slice(unit.start, unit.end);
    const found =
      (unit.kind === 'tableRow' && removed.length === 0
        ? (gridCellDates(markdown, unit.start) ?? dashCellDates(markdown, unit.start, unit.cells))
        : undefined) ?? markdownDates(markdown, unit.start, removed);
    for (const mention of found) {
      // A list item's span includes its nested items, which are units of their own.
      if (seen.has(mention.start)) continue;
      seen.add(mention.start);
      mentions.push({ ...mention, unit: index });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}, 'dates');

/** A line of a grid table's row (pandoc's `+---+` tables): its cells between pipes. */
const GRID_LINE = /^[ \t]*\|.*\|[ \t]*$/;

/**
 * The dates of a grid table's row, read in each cell's own lines joined: a cell's text runs over the row's lines beside the
 * other cells', and a date or its time wrapped to the cell's next line (« received after 4:00 p.m. | … |\n| on Wednesday,
 * November 9, 2016 ») is one mention, placed back at the row's offsets from `offset`. Undefined for a row of one line.
 */
function gridCellDates(markdown: string, offset: number): DateMention[] | undefined {
  const lines = markdown.split('\n');
  if (lines.length < 2 || !lines.every((line) => GRID_LINE.test(line))) return undefined;
  // Each column's text, its lines joined by a blank as a paragraph's, and the Markdown offset of each of its characters (the
  // blank at the end of its line's text).
  const columns: { text: string; at: number[] }[] = [];
  let lineStart = 0;
  for (const line of lines) {
    let column = 0;
    let start = line.indexOf('|') + 1;
    for (let i = start; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line[i] === '|') {
        const cell = (columns[column++] ??= { text: '', at: [] });
        const raw = line.slice(start, i);
        const body = raw.trim();
        if (body) {
          const from = lineStart + start + raw.indexOf(body);
          if (cell.text) {
            cell.text += ' ';
            cell.at.push(cell.at[cell.at.length - 1] + 1);
          }
          cell.text += body;
          for (let k = 0; k < body.length; k++) cell.at.push(from + k);
        }
        start = i + 1;
      }
    }
    lineStart += line.length + 1;
  }
  return columnDates(columns, offset);
}

/**
 * The dates of a pandoc multiline table's row (columns under runs of dashes, no pipes), read in each cell's own lines joined
 * as a grid table's are: a date at a cell's line end and its time on the cell's next line (« Au plus tard le jeudi 21 mai
 * 2026↵ à 11 h », beside the other column's lines) is one mention. The columns start where the cells' first lines stand on
 * the row's first line. Undefined for a row of one line, or when the columns so cut do not give the parse's `cells` (a cell
 * empty on the first line, its markup read away, a cell aligned to the right): the row is then read as written.
 */
function dashCellDates(markdown: string, offset: number, cells: readonly string[] | undefined): DateMention[] | undefined {
  const lines = markdown.split('\n');
  if (!cells || cells.length < 2 || lines.length < 2 || markdown.includes('|')) return undefined;
  const starts: number[] = [];
  for (const cell of cells) {
    const first = cell.split('\n')[0].trim();
    const at = first ? lines[0].indexOf(first, starts.length ? starts[starts.length - 1] + 1 : 0) : -1;
    if (at < 0) return undefined;
    starts.push(at);
  }
  const columns = starts.map(() => ({ text: '', at: [] as number[] }));
  let lineStart = 0;
  for (const line of lines) {
    starts.forEach((start, column) => {
      const raw = line.slice(start, starts[column + 1] ?? line.length);
      const body = raw.trim();
      if (!body) return;
      const cell = columns[column];
      if (cell.text) {
        cell.text += ' ';
        cell.at.push(cell.at[cell.at.length - 1] + 1);
      }
      const from = lineStart + start + raw.indexOf(body);
      cell.text += body;
      for (let k = 0; k < body.length; k++) cell.at.push(from + k);
    });
    lineStart += line.length + 1;
  }
  const words = (text: string) => text.split(/\s+/).join(' ').trim();
  if (columns.some((column, index) => column.text !== words(cells[index]))) return undefined;
  return columnDates(columns, offset);
}

/** The dates of a table row's columns, each its text and the Markdown offset of each of its characters, placed from `offset`. */
function columnDates(columns: readonly { text: string; at: number[] }[], offset: number): DateMention[] {
  return columns.flatMap(({ text, at }) =>
    markdownDates(text, 0, []).map((mention) => {
      const place = (position: number) => offset + at[position];
      const placeEnd = (position: number) => offset + at[position - 1] + 1;
      return {
        ...mention,
        start: place(mention.start),
        end: placeEnd(mention.end),
        dateStart: place(mention.dateStart),
        dateEnd: placeEnd(mention.dateEnd),
        weekday: mention.weekday && { ...mention.weekday, start: place(mention.weekday.start), end: placeEnd(mention.weekday.end) },
      };
    }),
  );
}

/**
 * The dates of a unit's Markdown, its escapes and character references read as the characters they are (« 3:00
 * p\.m\. », « 14&nbsp;h »: text/escapes.ts), offsets from `offset` in the Markdown.
 */
function markdownDates(markdown: string, offset: number, removed: readonly { from: number; length: number }[]): DateMention[] {
  const read = markdownText(markdown, removed);
  if (!read) return findDates(markdown, offset);
  return findDates(read.text).map((mention) => placed(mention, read, offset));
}

/** A mention found in a text read from another (`read`), placed back at that other text's offsets from `offset`. */
function placed(mention: DateMention, read: MarkdownText, offset: number): DateMention {
  const { start, end } = read;
  return {
    ...mention,
    start: offset + start(mention.start),
    end: offset + end(mention.end),
    dateStart: offset + start(mention.dateStart),
    dateEnd: offset + end(mention.dateEnd),
    weekday: mention.weekday && { ...mention.weekday, start: offset + start(mention.weekday.start), end: offset + end(mention.weekday.end) },
  };
}

/** Every date mention in the body's prose, in document order, with document offsets. */
export function bodyDates(model: DocumentModel): DateMention[] {
  let mentions = byModel.get(model);
  if (mentions) return mentions;
  mentions = [];
  for (const block of blocksReading(model, 'dates', blockDates)) {
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
