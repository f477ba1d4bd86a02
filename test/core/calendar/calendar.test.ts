import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  daysBetween,
  earliestClosing,
  easterSunday,
  formatLongDate,
  fromDayNumber,
  isoDate,
  LegalCalendar,
  namedHolidays,
  weekday,
  type CalendarDate,
} from '../../../server/src/core/calendar/index.js';
import { parseIsoDate } from '../../../server/src/core/document/frontMatter.js';
import { mergeSettings, type SettingsProblem } from '../../../server/src/core/config/settingsFile.js';
import { DEFAULT_SETTINGS } from '../../../server/src/core/config/settings.js';

const d = (iso: string): CalendarDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad date ${iso}`);
  return date;
};
const strict = new LegalCalendar();
const closed = new LegalCalendar({ closedJan2Dec26: true });

describe('calendar: day arithmetic on calendar dates', () => {
  const cases: [string, number, string][] = [
    ['2026-12-31', 1, '2027-01-01'], // year end
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'], // century, not leap
    ['2000-02-28', 1, '2000-02-29'], // 400-year leap
    ['2026-03-07', 2, '2026-03-09'], // over the DST change (8 March 2026 in Québec)
    ['2026-10-31', 2, '2026-11-02'], // over the return to standard time (1 November 2026)
    ['2026-03-02', 15, '2026-03-17'],
    ['2016-03-10', 15, '2016-03-25'],
    ['1999-12-31', 366, '2000-12-31'],
  ];
  for (const [from, days, to] of cases) {
    it(`${from} + ${days} = ${to}`, () => {
      assert.equal(isoDate(addDays(d(from), days)), to);
      assert.equal(daysBetween(d(from), d(to)), days);
    });
  }

  it('agrees with UTC dates, day by day, from 1900 to 2200', () => {
    for (let n = dayNumber(d('1900-01-01')); n <= dayNumber(d('2200-12-31')); n++) {
      const utc = new Date(n * 86_400_000);
      const date = fromDayNumber(n);
      assert.deepEqual(date, { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() });
      assert.equal(weekday(date), utc.getUTCDay());
      assert.equal(dayNumber(date), n);
    }
  });

  it('formats long dates in French and English', () => {
    assert.equal(formatLongDate(d('2026-03-19'), 'fr'), 'jeudi 19 mars 2026');
    assert.equal(formatLongDate(d('2026-09-01'), 'fr'), 'mardi 1er septembre 2026');
    assert.equal(formatLongDate(d('2026-03-19'), 'en'), 'Thursday, March 19, 2026');
  });
});

describe('calendar: Easter and the jours fériés of I-16 art. 61 par. 23', () => {
  const easters: [number, string][] = [
    [1818, '1818-03-22'], // earliest possible
    [1943, '1943-04-25'], // latest possible
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2016, '2016-03-27'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ];
  for (const [year, iso] of easters) it(`Easter ${year} is ${iso}`, () => assert.equal(isoDate(easterSunday(year)), iso));

  it('Good Friday 2026 is 3 April and 2027 is 26 March', () => {
    assert.equal(strict.holiday(d('2026-04-03'))?.name.en, 'Good Friday');
    assert.equal(strict.holiday(d('2027-03-26'))?.name.en, 'Good Friday');
  });

  // LEGAL-REFERENCE §B.3, the whole year 2016.
  it('lists exactly the 2016 jours fériés', () => {
    assert.deepEqual(
      namedHolidays(2016).map((h) => isoDate(h.date)),
      ['2016-01-01', '2016-03-25', '2016-03-28', '2016-05-23', '2016-06-24', '2016-07-01', '2016-09-05', '2016-10-10', '2016-12-25'],
    );
  });

  const years: [number, string[]][] = [
    [2018, ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-21', '2018-06-24', '2018-07-02', '2018-09-03', '2018-10-08', '2018-12-25']],
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-24', '2021-06-24', '2021-07-01', '2021-09-06', '2021-10-11', '2021-12-25']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-18', '2026-06-24', '2026-07-01', '2026-09-07', '2026-10-12', '2026-12-25']],
    [2029, ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-21', '2029-06-24', '2029-07-02', '2029-09-03', '2029-10-08', '2029-12-25']],
  ];
  for (const [year, expected] of years) {
    it(`lists the ${year} jours fériés (1 July moves to 2 July only when it is a Sunday)`, () => {
      assert.deepEqual(
        namedHolidays(year).map((h) => isoDate(h.date)),
        expected,
      );
    });
  }

  it('counts every day of 2000–2040: named holidays, Sundays, and nothing else', () => {
    for (let year = 2000; year <= 2040; year++) {
      const named = new Set(namedHolidays(year).map((h) => isoDate(h.date)));
      for (let day = d(`${year}-01-01`); day.year === year; day = addDays(day, 1)) {
        const expected = named.has(isoDate(day)) || weekday(day) === 0;
        assert.equal(strict.isJourFerie(day), expected, isoDate(day));
        assert.equal(strict.isJourOuvrable(day), !expected && weekday(day) !== 6, isoDate(day));
      }
    }
  });

  it('the Monday before 25 May falls between 18 and 24 May', () => {
    for (let year = 1990; year <= 2100; year++) {
      const patriots = namedHolidays(year)[3].date;
      assert.equal(weekday(patriots), 1);
      assert.ok(patriots.month === 5 && patriots.day >= 18 && patriots.day <= 24, isoDate(patriots));
    }
  });

  it('2 January, 26 December and 11 November are not jours fériés unless configured', () => {
    for (const iso of ['2026-01-02', '2026-12-28', '2025-12-26', '2026-11-11']) assert.equal(strict.isJourFerie(d(iso)), false, iso);
    assert.equal(closed.isJourFerie(d('2026-01-02')), true);
    assert.equal(closed.isJourFerie(d('2025-12-26')), true);
    assert.equal(closed.isJourFerie(d('2026-11-11')), false);
    assert.equal(new LegalCalendar({ extraHolidays: ['2026-11-11'] }).isJourFerie(d('2026-11-11')), true);
  });

  it('a Saturday is not a jour férié, and not a jour ouvrable either', () => {
    assert.equal(strict.isJourFerie(d('2026-03-21')), false);
    assert.equal(strict.isJourOuvrable(d('2026-03-21')), false);
  });
});

describe('calendar: periods (LEGAL-REFERENCE §B.2)', () => {
  it('notice diffused 2016-03-10: D+15 is Good Friday, the earliest jour ouvrable is 2016-03-29', () => {
    assert.equal(isoDate(earliestClosing(d('2016-03-10'), 15, strict)), '2016-03-29');
  });
  it('opening 2016-06-21 + 4 jours ouvrables = 2016-06-28 (24 June skipped)', () => {
    assert.equal(isoDate(strict.addJoursOuvrables(d('2016-06-21'), 4)), '2016-06-28');
  });
  it('opening 2016-12-22 + 4 jours ouvrables = 2016-12-28 under I-16, 2016-12-29 when 26 December is closed', () => {
    assert.equal(isoDate(strict.addJoursOuvrables(d('2016-12-22'), 4)), '2016-12-28');
    assert.equal(isoDate(closed.addJoursOuvrables(d('2016-12-22'), 4)), '2016-12-29');
  });
  it('over year ends: 1 January and the weekend are skipped; 26 December only when configured', () => {
    assert.equal(isoDate(earliestClosing(d('2026-12-17'), 15, strict)), '2027-01-04');
    assert.equal(isoDate(earliestClosing(d('2026-12-18'), 15, strict)), '2027-01-04');
    assert.equal(isoDate(earliestClosing(d('2027-12-18'), 15, strict)), '2028-01-03');
    assert.equal(isoDate(earliestClosing(d('2027-12-18'), 15, closed)), '2028-01-03');
    assert.equal(isoDate(earliestClosing(d('2025-12-11'), 15, strict)), '2025-12-26');
    assert.equal(isoDate(earliestClosing(d('2025-12-11'), 15, closed)), '2025-12-29');
  });

  const dates = fc.integer({ min: dayNumber(d('1990-01-01')), max: dayNumber(d('2100-12-31')) }).map(fromDayNumber);
  const options = fc.record({
    closedJan2Dec26: fc.boolean(),
    extraHolidays: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }),
  });

  it('property: the earliest closing satisfies the rule and the day before never does', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(7, 15, 25), options, (event, minimum, raw) => {
        // Extra holidays near the event, so that they actually matter.
        const calendar = new LegalCalendar({ closedJan2Dec26: raw.closedJan2Dec26, extraHolidays: raw.extraHolidays.map((n) => isoDate(addDays(event, n))) });
        const lawful = (closing: CalendarDate) => daysBetween(event, closing) >= minimum && calendar.isJourOuvrable(closing);
        const earliest = earliestClosing(event, minimum, calendar);
        return lawful(earliest) && !lawful(addDays(earliest, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: adding jours ouvrables lands on a jour ouvrable with exactly that many in between', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 30 }), fc.boolean(), (start, count, closedDays) => {
        const calendar = closedDays ? closed : strict;
        const end = calendar.addJoursOuvrables(start, count);
        let between = 0;
        for (let day = addDays(start, 1); daysBetween(day, end) >= 0; day = addDays(day, 1)) if (calendar.isJourOuvrable(day)) between++;
        return calendar.isJourOuvrable(end) && between === count;
      }),
    );
  });
});

describe('calendar: settings', () => {
  it('.tenderrc key feries-2-janvier-26-decembre turns the 2 January / 26 December switch on, and rejects non-booleans', () => {
    assert.equal(DEFAULT_SETTINGS.closedJan2Dec26, false);
    assert.equal(mergeSettings(DEFAULT_SETTINGS, { 'feries-2-janvier-26-decembre': true }).closedJan2Dec26, true);
    const problems: SettingsProblem[] = [];
    assert.equal(mergeSettings(DEFAULT_SETTINGS, { 'feries-2-janvier-26-decembre': 'oui' }, problems).closedJan2Dec26, false);
    assert.deepEqual(
      problems.map((problem) => problem.path),
      [['feries-2-janvier-26-decembre']],
    );
  });
});
