import { strict as assert } from 'node:assert';
import { findDates } from '../../../server/src/core/calendar/prose.js';

/** The mention's text, date text, date, weekday and time, for comparing at a glance. */
function read(text: string) {
  return findDates(text).map((m) => ({
    mention: text.slice(m.start, m.end),
    date: text.slice(m.dateStart, m.dateEnd),
    iso: `${m.date.year}-${String(m.date.month).padStart(2, '0')}-${String(m.date.day).padStart(2, '0')}`,
    style: m.style,
    weekday: m.weekday && { value: m.weekday.value, text: text.slice(m.weekday.start, m.weekday.end) },
    time: m.time && `${m.time.hour}:${String(m.time.minute).padStart(2, '0')}`,
  }));
}

describe('prose dates: English', () => {
  it('"Tuesday, November 3, 2026, at 2:00 p.m.": weekday, date and time, exact offsets', () => {
    assert.deepEqual(read('Tenders are due Tuesday, November 3, 2026, at 2:00 p.m. sharp.'), [
      { mention: 'Tuesday, November 3, 2026, at 2:00 p.m.', date: 'November 3, 2026', iso: '2026-11-03', style: 'english', weekday: { value: 2, text: 'Tuesday' }, time: '14:00' },
    ]);
  });

  it('"D Month YYYY" with a 24-hour time, offsets relative to the text\'s position', () => {
    const [mention] = findDates('by 3 November 2026 at 14:00.', 100);
    assert.equal(mention.start, 103);
    assert.equal(mention.dateStart, 103);
    assert.equal(mention.dateEnd, 118);
    assert.equal(mention.end, 127);
    assert.deepEqual(mention.time, { hour: 14, minute: 0 });
    assert.equal(mention.weekday, undefined);
  });

  it('the time written before the date: "2:00 p.m. (local time) on Tuesday, November 3, 2026"', () => {
    assert.deepEqual(read('no later than 2:00 p.m. (local time) on Tuesday, November 3, 2026.'), [
      { mention: '2:00 p.m. (local time) on Tuesday, November 3, 2026', date: 'November 3, 2026', iso: '2026-11-03', style: 'english', weekday: { value: 2, text: 'Tuesday' }, time: '14:00' },
    ]);
  });

  it('"2 p.m.", "2:00 pm", "noon", "12 a.m." and "12 p.m."', () => {
    const time = (text: string) => read(text)[0]?.time;
    assert.equal(time('March 2, 2026 at 2 p.m.'), '14:00');
    assert.equal(time('March 2, 2026, 2:30 pm'), '14:30');
    assert.equal(time('March 2, 2026 at 11 a.m.'), '11:00');
    assert.equal(time('March 2, 2026 at noon'), '12:00');
    assert.equal(time('March 2, 2026 at 12 noon'), '12:00');
    assert.equal(time('March 2, 2026 at 12 a.m.'), '0:00');
    assert.equal(time('March 2, 2026 at 12 p.m.'), '12:00');
  });

  it('an impossible time is left out of the mention', () => {
    assert.deepEqual(read('March 2, 2026 at 13 p.m.').map((m) => [m.mention, m.time]), [['March 2, 2026', undefined]]);
  });

  it('capitals and a weekday without a comma', () => {
    assert.deepEqual(read('MONDAY MARCH 2 2026').map((m) => [m.mention, m.weekday]), [['MONDAY MARCH 2 2026', { value: 1, text: 'MONDAY' }]]);
  });

  it('invalid dates, a month without a day and words that merely contain a month are ignored', () => {
    assert.deepEqual(read('February 30, 2026; 31 April 2026; in May 2026; the 2027–2032 plan; Mayday 3, 2026'), []);
  });

  it('French and ISO dates are read as before, in document order with English ones', () => {
    assert.deepEqual(
      read('le mercredi 11 juillet 2012 à 15 h, then July 12, 2012, then 2012-07-13').map((m) => [m.mention, m.style, m.time]),
      [
        ['mercredi 11 juillet 2012 à 15 h', 'french', '15:00'],
        ['July 12, 2012', 'english', undefined],
        ['2012-07-13', 'iso', undefined],
      ],
    );
  });
});
