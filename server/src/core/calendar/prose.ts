import type { DocumentModel } from '../document/model.js';
import type { ParsedBlock } from '../document/markdown.js';
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

const WEEKDAY = '(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
const MONTH = '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const TIME = String.raw`(?:[ \t\u00a0\u202f]{0,3},?\s{0,3}(?:(?:à|a)\s{1,3})?(\d{1,2})(?:[ \u00a0\u202f]?h(?:eures?)?(?:[ \u00a0\u202f]?(\d{2}))?(?![\p{L}\d])|:(\d{2})(?!\d)))?`;
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${WEEKDAY},?\s{1,3}(?:le\s{1,3})?)?(?:(1er|\d{1,2})\s{1,3}${MONTH}\s{1,3}(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d-])${TIME}`,
  'giu',
);
const MONTH_INDEX: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const WEEKDAY_EN = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const MONTH_EN = '(january|february|march|april|may|june|july|august|september|october|november|december)';
// "2:00 p.m.", "2 pm", "14:00", "noon" (also "12 noon"); midnight is left out, as it is ambiguous about the day.
const CLOCK_EN = String.raw`(?:(\d{1,2})(?::(\d{2}))?[ \u00a0\u202f]?([ap])\.?[ \u00a0\u202f]?m\b\.?|(\d{1,2}):(\d{2})(?!\d)|(?:12(?::00)?[ \u00a0\u202f])?(noon)\b)`;
const ENGLISH_DATE = new RegExp(
  String.raw`(?<![\p{L}\d-])` +
    // The time may come first: "no later than 2:00 p.m. (local time) on Tuesday, November 3, 2026".
    String.raw`(?:${CLOCK_EN}[ \t\u00a0\u202f]{0,3}(?:\([^()\n]{0,30}\)\s{0,3})?on\s{1,3})?` +
    String.raw`(?:${WEEKDAY_EN},?\s{1,3}(?:the\s{1,3})?)?` +
    String.raw`(?:${MONTH_EN}\s{1,3}(\d{1,2}),?\s{1,3}(\d{4})|(\d{1,2})\s{1,3}${MONTH_EN},?\s{1,3}(\d{4}))(?![\d-])` +
    String.raw`(?:[ \t\u00a0\u202f]{0,3},?\s{0,3}(?:at\s{1,3})?${CLOCK_EN})?`,
  'dgiu',
);
const fold = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** The date mentions of a piece of text; `offset` is the text's position in the document. */
export function findDates(text: string, offset = 0): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [whole, weekdayWord, dayWord, monthWord, yearWord, isoYear, isoMonth, isoDay, hour, minuteH, minuteColon] = match;
    const iso = isoYear !== undefined;
    const year = Number(iso ? isoYear : yearWord);
    const month = iso ? Number(isoMonth) : MONTH_INDEX[fold(monthWord)];
    const day = iso ? Number(isoDay) : dayWord.toLowerCase() === '1er' ? 1 : Number(dayWord);
    if (!isValidDate(year, month, day)) continue;
    const start = offset + match.index;
    const dateText = iso ? `${isoYear}-${isoMonth}-${isoDay}` : undefined;
    const dateStart = iso ? start + whole.indexOf(dateText!) : start + whole.indexOf(dayWord, weekdayWord ? weekdayWord.length : 0);
    const dateEnd = iso ? dateStart + 10 : dateStart + whole.slice(dateStart - start).indexOf(yearWord) + 4;
    const mention: DateMention = { start, end: start + whole.length, dateStart, dateEnd, date: { year, month, day }, style: iso ? 'iso' : 'french' };
    if (weekdayWord) {
      const value = (WEEKDAYS.fr as readonly string[]).indexOf(weekdayWord.toLowerCase());
      mention.weekday = { value, start, end: start + weekdayWord.length, text: weekdayWord };
    }
    if (hour !== undefined) {
      const minute = Number(minuteH ?? minuteColon ?? 0);
      if (Number(hour) < 24 && minute < 60) mention.time = { hour: Number(hour), minute };
      else mention.end = dateEnd;
    } else mention.end = dateEnd;
    mentions.push(mention);
  }
  for (const match of text.matchAll(ENGLISH_DATE)) {
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
  const date = { year: Number(groups[year]), month: MONTH_INDEX[groups[month]!.toLowerCase()], day: Number(groups[day]) };
  if (!isValidDate(date.year, date.month, date.day)) return undefined;
  const dateStart = offset + indices[dayFirst ? day : month]![0];
  const dateEnd = offset + indices[year]![1];
  const before = clockTime(groups.slice(1, 7));
  const after = before ? undefined : clockTime(groups.slice(14, 20));
  const weekdayAt = indices[7];
  const start = before ? offset + match.index! : weekdayAt ? offset + weekdayAt[0] : dateStart;
  const mention: DateMention = { start, end: after ? offset + match.index! + match[0].length : dateEnd, dateStart, dateEnd, date, style: 'english' };
  if (weekdayAt) {
    const text = groups[7]!;
    const value = WEEKDAYS.en.findIndex((name) => name.toLowerCase() === text.toLowerCase());
    mention.weekday = { value, start: offset + weekdayAt[0], end: offset + weekdayAt[1], text };
  }
  const time = before ?? after;
  if (time) mention.time = time;
  return mention;
}

const PROSE = new Set(['paragraph', 'listItem', 'tableRow', 'heading']);
const byBlock = new WeakMap<ParsedBlock, DateMention[]>();
const byModel = new WeakMap<DocumentModel, DateMention[]>();

/**
 * The date mentions of one parsed block, offsets relative to the block. Cached on the block, which the
 * parser re-uses while its text is unchanged: after an edit only the edited blocks are scanned again.
 */
export function blockDates(parsed: ParsedBlock): DateMention[] {
  let mentions = byBlock.get(parsed);
  if (mentions) return mentions;
  const seen = new Set<number>();
  mentions = [];
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
  byBlock.set(parsed, mentions);
  return mentions;
}

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
