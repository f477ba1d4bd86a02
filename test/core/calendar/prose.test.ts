import { strict as assert } from 'node:assert';
import { findDates, findTime } from '../../../server/src/core/calendar/prose.js';

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
      {
        mention: 'Tuesday, November 3, 2026, at 2:00 p.m.',
        date: 'November 3, 2026',
        iso: '2026-11-03',
        style: 'english',
        weekday: { value: 2, text: 'Tuesday' },
        time: '14:00',
      },
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
      {
        mention: '2:00 p.m. (local time) on Tuesday, November 3, 2026',
        date: 'November 3, 2026',
        iso: '2026-11-03',
        style: 'english',
        weekday: { value: 2, text: 'Tuesday' },
        time: '14:00',
      },
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
    assert.deepEqual(
      read('March 2, 2026 at 13 p.m.').map((m) => [m.mention, m.time]),
      [['March 2, 2026', undefined]],
    );
  });

  it('capitals and a weekday without a comma', () => {
    assert.deepEqual(
      read('MONDAY MARCH 2 2026').map((m) => [m.mention, m.weekday]),
      [['MONDAY MARCH 2 2026', { value: 1, text: 'MONDAY' }]],
    );
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

describe('prose dates: times however they are written (issue 13)', () => {
  const time = (text: string) => read(text).map((m) => m.time);

  it('French hours written out or abbreviated: "15 heures", "9 heures 45", "15 hres", "11 hrs 30"', () => {
    assert.deepEqual(time('le mardi 31 mars 2026 à 15 heures'), ['15:00']);
    assert.deepEqual(time('le 31 mars 2026 à 9 heures 45'), ['9:45']);
    assert.deepEqual(time('le 31 mars 2026 à 15 hres'), ['15:00']);
    assert.deepEqual(time('le 31 mars 2026 à 11 hrs 30'), ['11:30']);
  });

  it('"midi" (also "12 h midi") is noon; "minuit" is left unread', () => {
    assert.deepEqual(time('le 31 mars 2026 à midi'), ['12:00']);
    assert.deepEqual(time('le jeudi 2 avril 2026, avant 12 h midi'), ['12:00']);
    assert.deepEqual(time('le 31 mars 2026 à minuit'), [undefined]);
  });

  it('other words between the date and the time: "avant", "au plus tard à", "jusqu\'à", a dash, a parenthesis', () => {
    assert.deepEqual(time('le 31 mars 2026 avant 14 h 30'), ['14:30']);
    assert.deepEqual(time('le 31 mars 2026, au plus tard à 11 h'), ['11:00']);
    assert.deepEqual(time('le 31 mars 2026 jusqu’à 16 h'), ['16:00']);
    assert.deepEqual(time('Le 31 mars 2026 – 13 h 30'), ['13:30']);
    assert.deepEqual(time('le 31 mars 2026 (10 h)'), ['10:00']);
  });

  it('zone annotations and "précises" after the time do not stop the reading', () => {
    assert.deepEqual(time('le 31 mars 2026 à 14 h 00, heure de Québec'), ['14:00']);
    assert.deepEqual(time('le 31 mars 2026 à 15 h (heure de Montréal)'), ['15:00']);
    assert.deepEqual(time('le 31 mars 2026 à 10 heures précises'), ['10:00']);
    assert.deepEqual(time('March 31, 2026 at 3 p.m. Eastern Time'), ['15:00']);
    assert.deepEqual(time('March 31, 2026, 15:00 EST'), ['15:00']);
  });

  it('the time written first in French, after "à", "avant", "jusqu\'à", with a zone between', () => {
    assert.deepEqual(
      read('au plus tard à 11 h, heure de Québec, le mardi 31 mars 2026').map((m) => [m.mention, m.weekday?.text, m.time]),
      [['11 h, heure de Québec, le mardi 31 mars 2026', 'mardi', '11:00']],
    );
    assert.deepEqual(time('avant 15 h 30 (heure normale de l’Est) le 31 mars 2026'), ['15:30']);
    assert.deepEqual(time('jusqu’à midi le 31 mars 2026'), ['12:00']);
    // A number of hours that no such word introduces is no time of the date.
    assert.deepEqual(time('une formation de 3 h le 31 mars 2026'), [undefined]);
  });

  it('the time written first in English with a zone that is not in parentheses, and other connectors after the date', () => {
    assert.deepEqual(time('no later than 11 a.m. Eastern Standard Time on Tuesday, March 31, 2026'), ['11:00']);
    assert.deepEqual(time('15:00 EST on March 31, 2026'), ['15:00']);
    assert.deepEqual(time('by 2:00 p.m., Montréal time, on March 31, 2026'), ['14:00']);
    assert.deepEqual(time('on March 31, 2026 before 1:30 p.m.'), ['13:30']);
    assert.deepEqual(time('March 31, 2026 by noon'), ['12:00']);
  });

  it('English ordinals: "March 31st, 2026", "the 2nd of April 2026"', () => {
    assert.deepEqual(
      read('Tuesday, March 31st, 2026 at 2 p.m.; the 2nd of April 2026').map((m) => [m.iso, m.weekday?.text, m.time]),
      [
        ['2026-03-31', 'Tuesday', '14:00'],
        ['2026-04-02', undefined, undefined],
      ],
    );
  });

  it("findTime reads a time alone (a table's time column)", () => {
    assert.deepEqual(findTime('15 h 30'), { hour: 15, minute: 30 });
    assert.deepEqual(findTime('midi (heure de Québec)'), { hour: 12, minute: 0 });
    assert.deepEqual(findTime('2:00 p.m. ET'), { hour: 14, minute: 0 });
    assert.equal(findTime('selon l’horaire'), undefined);
  });
});
