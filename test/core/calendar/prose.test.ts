import { strict as assert } from 'node:assert';
import { isoDate } from '../../../server/src/core/calendar/index.js';
import { blockDates, findDates, findTime } from '../../../server/src/core/calendar/prose.js';
import { parseBlock } from '../../../server/src/core/document/markdown.js';
import { inFigures, numberOfWords } from '../../../server/src/core/text/numberWords.js';

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

  it('a time wrapped at a line end, as an editor wraps a paragraph: « 13 h↵30 », « 9↵heures 45 », "2:00↵p.m."; not over a blank line', () => {
    assert.deepEqual(time('le jeudi 23 février 2017 à 13 h\n30, pavillon Jean-Talon'), ['13:30']);
    assert.deepEqual(time('le 31 mars 2026 à 9\nheures 45'), ['9:45']);
    assert.deepEqual(time('le 31 mars 2026 à 12 h\nmidi'), ['12:00']);
    assert.deepEqual(time('on March 31, 2026 at 2:00\np.m. sharp'), ['14:00']);
    assert.deepEqual(time('on March 31, 2026 by 12\r\nnoon'), ['12:00']);
    assert.deepEqual(time('le 31 mars 2026 à 14 h\n\n30 places'), ['14:00']);
  });

  it('the twelve-hour clock with the part of the day, as a clerk writes it: « 2 h de l’après-midi », « huit heures du soir »', () => {
    assert.deepEqual(time('le mercredi 29 juin 2016, à 2 h de l’après-midi'), ['14:00']);
    assert.deepEqual(time('le 29 juin 2016 à deux heures de l’après-midi'), ['14:00']);
    assert.deepEqual(time('le 29 juin 2016 à 3 h 30 de relevée'), ['15:30']);
    assert.deepEqual(time('le 29 juin 2016 à huit heures du soir'), ['20:00']);
    assert.deepEqual(time('le 29 juin 2016 à 9 h du matin'), ['9:00']);
    // Wrapped by an editor between the time and its part of the day.
    assert.deepEqual(time('le 29 juin 2016, à 2 h de\nl’après-midi'), ['14:00']);
    // « l’après-midi » alone is no noon.
    assert.equal(findTime('dans l’après-midi'), undefined);
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

  it('the weekday and the month abbreviated, French and English: « lun. 6 mars 2017 », « 14 déc 2017 », "Tues. Mar. 14, 2017", "Sept. 5, 2017"', () => {
    assert.deepEqual(
      read('Visite : lun. 6 mars 2017, 9 h 30; dépôt le ven. 14 avr. 2017 à 11 h; fin le 14 déc 2017.').map((m) => [m.iso, m.weekday?.value, m.time]),
      [
        ['2017-03-06', 1, '9:30'],
        ['2017-04-14', 5, '11:00'],
        ['2017-12-14', undefined, undefined],
      ],
    );
    assert.deepEqual(
      read('Site visit: Tues. Mar. 14, 2017, 10:00 a.m.; closing Sept. 5, 2017 at noon; award 3 Aug 2017.').map((m) => [m.iso, m.weekday?.value, m.time]),
      [
        ['2017-03-14', 2, '10:00'],
        ['2017-09-05', undefined, '12:00'],
        ['2017-08-03', undefined, undefined],
      ],
    );
    // Not a date: an abbreviation without its year, a month's letters within a word, « art. » before a number.
    assert.deepEqual(read('le sam. 9 mars; min. 7 jours; art. 9 oct; Octave 2017; marc 3 2017'), []);
  });

  it('the day in words, cardinal or ordinal, French and English: « le mardi trente et un mars », « le vingt-deuxième jour d’avril », "the first day of April"', () => {
    assert.deepEqual(
      read('le mardi trente et un mars 2026 à 15 h; le premier avril 2026; le vingt-deuxième jour d’avril 2026; le 2e jour du mois de juin 2026').map((m) => [
        m.iso,
        m.weekday?.text,
        m.time,
      ]),
      [
        ['2026-03-31', 'mardi', '15:00'],
        ['2026-04-01', undefined, undefined],
        ['2026-04-22', undefined, undefined],
        ['2026-06-02', undefined, undefined],
      ],
    );
    assert.deepEqual(
      read('Wednesday, the first day of April, 2026 at 10 a.m.; the twenty-third of April 2026').map((m) => [m.iso, m.weekday?.text, m.time]),
      [
        ['2026-04-01', 'Wednesday', '10:00'],
        ['2026-04-23', undefined, undefined],
      ],
    );
    // Days counted are no date: « les trois jours de mars 2026 », « vingt-quatre » is not « quatre ».
    assert.deepEqual(read('pendant les trois jours de mars 2026'), []);
    assert.deepEqual(
      read('le vingt-quatre mars 2026').map((m) => m.iso),
      ['2026-03-24'],
    );
  });

  it('a clock with a.m. or p.m. in a French sentence, and two qualifiers after a time written first', () => {
    assert.deepEqual(time('le 31 mars 2026 à 2:15 pm'), ['14:15']);
    assert.deepEqual(time('avant 3:45 p.m., le 31 mars 2026'), ['15:45']);
    assert.deepEqual(time('avant midi (12 h 00), heure normale de l’Est, le 31 mars 2026'), ['12:00']);
    assert.deepEqual(time('jusqu’à 14 h précises (heure de Montréal), HNE, le 31 mars 2026'), ['14:00']);
  });

  it("findTime reads a time alone (a table's time column)", () => {
    assert.deepEqual(findTime('15 h 30'), { hour: 15, minute: 30 });
    assert.deepEqual(findTime('midi (heure de Québec)'), { hour: 12, minute: 0 });
    assert.deepEqual(findTime('2:00 p.m. ET'), { hour: 14, minute: 0 });
    assert.equal(findTime('selon l’horaire'), undefined);
  });
});

describe('prose dates: the year and the time in words, as notarial drafters write them', () => {
  const short = (text: string) => read(text).map(({ mention, iso, weekday, time }) => ({ mention, iso, weekday: weekday?.value, time }));

  it('French: « deux mille vingt-six », « de l’an deux mille seize », « quinze heures trente », the day cardinal or ordinal', () => {
    assert.deepEqual(short('au plus tard le lundi vingt-huit septembre deux mille vingt-six, à quinze heures trente, au bureau'), [
      { mention: 'lundi vingt-huit septembre deux mille vingt-six, à quinze heures trente', iso: '2026-09-28', weekday: 1, time: '15:30' },
    ]);
    assert.deepEqual(short('fait le premier juin de l’an deux mille seize'), [
      { mention: 'premier juin de l’an deux mille seize', iso: '2016-06-01', weekday: undefined, time: undefined },
    ]);
    assert.deepEqual(short('le vingt et unième jour de mai deux mille trente, avant onze heures'), [
      { mention: 'vingt et unième jour de mai deux mille trente, avant onze heures', iso: '2030-05-21', weekday: undefined, time: '11:00' },
    ]);
    // The year in figures, the time in words; a time in words alone, read by findTime.
    assert.deepEqual(short('le 3 mars 2027 à dix heures'), [{ mention: '3 mars 2027 à dix heures', iso: '2027-03-03', weekday: undefined, time: '10:00' }]);
    assert.deepEqual(findTime('seize heures quinze'), { hour: 16, minute: 15 });
  });

  it('English: "two thousand and twenty-six", "in the year", "two o\'clock in the afternoon", "three p.m."', () => {
    assert.deepEqual(short('no later than two o’clock in the afternoon on Monday, the twenty-eighth day of September, two thousand and twenty-six.'), [
      {
        mention: 'two o’clock in the afternoon on Monday, the twenty-eighth day of September, two thousand and twenty-six',
        iso: '2026-09-28',
        weekday: 1,
        time: '14:00',
      },
    ]);
    assert.deepEqual(short('on the 3rd of March, in the year two thousand and seventeen, at eleven a.m.'), [
      { mention: '3rd of March, in the year two thousand and seventeen, at eleven a.m.', iso: '2017-03-03', weekday: undefined, time: '11:00' },
    ]);
    assert.deepEqual(findTime('ten o’clock in the morning'), { hour: 10, minute: 0 });
  });

  it('numbers in words that are no year, time or percentage stay as written; words that are no number are left', () => {
    assert.equal(inFigures('les deux enveloppes et les trois exemplaires'), undefined);
    assert.equal(inFigures('une heure après'), undefined);
    assert.equal(inFigures('deux trois heures'), undefined);
    assert.equal(
      inFigures('une pondération de vingt pour cent, et deux mille exemplaires')?.text,
      'une pondération de 20 pour cent, et deux mille exemplaires',
    );
  });

  it('an amount in dollars and a score in points written in words are read in figures, as a clerk writes them', () => {
    assert.equal(inFigures('une garantie de cinq mille dollars, soit un chèque visé')?.text, 'une garantie de 5000 dollars, soit un chèque visé');
    assert.equal(inFigures('estimée à trois cent quatre-vingt-cinq mille dollars')?.text, 'estimée à 385000 dollars');
    assert.equal(inFigures('a bid bond of five thousand dollars')?.text, 'a bid bond of 5000 dollars');
    assert.equal(inFigures('une garantie de cinq cents $')?.text, 'une garantie de 500 $');
    assert.equal(inFigures('un minimum de soixante-cinq points sur cent')?.text, 'un minimum de 65 points sur cent');
    assert.deepEqual(
      ['quatre-vingt-dix-sept', 'soixante et onze', 'trois cent soixante-quinze mille', 'one hundred and twenty', 'nineteen', 'deux trois', 'un'].map(
        numberOfWords,
      ),
      [97, 71, 375000, 120, 19, undefined, undefined],
    );
  });
});

describe("prose dates: a named month with a year of two digits, as Excel's short format and a clerk write it", () => {
  const short = (text: string) => read(text).map((m) => [m.date, m.iso, m.weekday?.value, m.time]);

  it('French, with hyphens, blanks or slashes, the month abbreviated or not, an apostrophe before the year: 20YY', () => {
    assert.deepEqual(short('| 4. Ouverture publique des soumissions | 28-sept-16 | 14 h 00 |'), [['28-sept-16', '2016-09-28', undefined, undefined]]);
    assert.deepEqual(short("Début 1-nov-16; validité jusqu’au 27-déc-16, puis 4-janv-17 et 6-oct.-16; fait le 24 mai 16, le 2 juin '17, le 3/févr./17."), [
      ['1-nov-16', '2016-11-01', undefined, undefined],
      ['27-déc-16', '2016-12-27', undefined, undefined],
      ['4-janv-17', '2017-01-04', undefined, undefined],
      ['6-oct.-16', '2016-10-06', undefined, undefined],
      ['24 mai 16', '2016-05-24', undefined, undefined],
      ["2 juin '17", '2017-06-02', undefined, undefined],
      ['3/févr./17', '2017-02-03', undefined, undefined],
    ]);
    // With the weekday and the time, as other dates are.
    assert.deepEqual(short('au plus tard le mercredi 28-sept-16 à 14 h; le jeu. 6 oct. 16, 11 h 30'), [
      ['28-sept-16', '2016-09-28', 3, '14:00'],
      ['6 oct. 16', '2016-10-06', 4, '11:30'],
    ]);
  });

  it('English: "14-Sep-16", "24 May \'16", "May 24, \'16", with the weekday and the time', () => {
    assert.deepEqual(short("Closing Wed, 14-Sep-16 at 2 p.m.; award 24 May '16; start Wednesday, September 28, '16, at 2:00 p.m."), [
      ['14-Sep-16', '2016-09-14', 3, '14:00'],
      ["24 May '16", '2016-05-24', undefined, undefined],
      ["September 28, '16", '2016-09-28', 3, '14:00'],
    ]);
  });

  it('two digits that are no year: an article, an hour, a count, a day, a range of hours, parts parted unlike', () => {
    const none = [
      'article 16',
      '14 h 16',
      'le 3 mai, 16 h',
      'le 3 mai 16 h 30',
      'sept 16 soumissions',
      'le 3 sept 16 soumissions ont été reçues',
      'due May 16',
      'due May 16, 17:00',
      'May 24, 16 tenders',
      '24 May 16 tenders',
      'le 3 mai 16 à 17 h',
      'le 3 mai 16-17 h',
      'le 3 mai 16 - 17 h',
      'le 24 mai-16',
      'le 24-mai 16',
      'the one May 16',
      'le 31-févr.-16',
    ];
    for (const text of none) assert.deepEqual(read(text), [], text);
  });

  it('a date in numbers with a year of two digits is not read: its order is ambiguous three ways (« 14/09/16 », « 16/09/14 »)', () => {
    assert.deepEqual(read('le 14/09/16 à 14 h, le 16-09-14'), []);
  });
});

describe('prose dates: written in numbers', () => {
  const readings = (text: string) =>
    findDates(text).map((m) => ({
      mention: text.slice(m.start, m.end),
      iso: isoDate(m.date),
      ...(m.alternative && { alternative: isoDate(m.alternative) }),
      time: m.time && `${m.time.hour}:${String(m.time.minute).padStart(2, '0')}`,
    }));

  it('day first with slashes, dashes or dots, and year first: each with its time, as other styles are', () => {
    assert.deepEqual(readings('au plus tard le 15/10/2026, 11:00 (heure de Québec)'), [{ mention: '15/10/2026, 11:00', iso: '2026-10-15', time: '11:00' }]);
    assert.deepEqual(readings('le 14-10-2026 à 11 h'), [{ mention: '14-10-2026 à 11 h', iso: '2026-10-14', time: '11:00' }]);
    assert.deepEqual(readings('Dépôt : 14.10.2026 avant 14 h 30.'), [{ mention: '14.10.2026 avant 14 h 30', iso: '2026-10-14', time: '14:30' }]);
    assert.deepEqual(readings('le 2026/10/14 à midi'), [{ mention: '2026/10/14 à midi', iso: '2026-10-14', time: '12:00' }]);
    assert.deepEqual(readings('le mercredi 2026.10.14'), [{ mention: 'mercredi 2026.10.14', iso: '2026-10-14', time: undefined }]);
    // Month first when only that reading is a date (some English usage).
    assert.deepEqual(readings('by 10/15/2026 at 2 p.m.'), [{ mention: '10/15/2026 at 2 p.m.', iso: '2026-10-15', time: '14:00' }]);
  });

  it('day and month that may be swapped: both readings kept, day first as the date', () => {
    assert.deepEqual(readings('le 10/02/2026 à 11 h'), [{ mention: '10/02/2026 à 11 h', iso: '2026-02-10', alternative: '2026-10-02', time: '11:00' }]);
    // The same number twice is one date.
    assert.deepEqual(readings('le 12/12/2026'), [{ mention: '12/12/2026', iso: '2026-12-12', time: undefined }]);
  });

  it('a weekday written with an ambiguous date decides, in either language; one that fits both readings does not', () => {
    assert.deepEqual(readings('le mardi 10/02/2026'), [{ mention: 'mardi 10/02/2026', iso: '2026-02-10', time: undefined }]);
    assert.deepEqual(readings('le vendredi 10/02/2026'), [{ mention: 'vendredi 10/02/2026', iso: '2026-10-02', time: undefined }]);
    assert.deepEqual(readings('on Friday, 10/02/2026 at noon'), [{ mention: 'Friday, 10/02/2026 at noon', iso: '2026-10-02', time: '12:00' }]);
    // 11 July and 7 November 2012 are both Wednesdays.
    assert.deepEqual(readings('mercredi 11/07/2012'), [{ mention: 'mercredi 11/07/2012', iso: '2012-07-11', alternative: '2012-11-07', time: undefined }]);
  });

  it('a date restated in numbers in a parenthesis is one mention, its words deciding the numbers; another date stays apart', () => {
    assert.deepEqual(readings('entre en vigueur le premier jour de juin deux mille dix-sept (01-06-2017) et prend fin'), [
      { mention: 'premier jour de juin deux mille dix-sept (01-06-2017)', iso: '2017-06-01', time: undefined },
    ]);
    assert.deepEqual(readings('commences on the third day of April, 2017 (04/03/2017), and'), [
      { mention: 'third day of April, 2017 (04/03/2017)', iso: '2017-04-03', time: undefined },
    ]);
    assert.deepEqual(readings('le 3 avril 2017 ( 2017-04-03 )'), [{ mention: '3 avril 2017 ( 2017-04-03 )', iso: '2017-04-03', time: undefined }]);
    assert.deepEqual(readings('le 3 avril 2017 (05/04/2017)'), [
      { mention: '3 avril 2017', iso: '2017-04-03', time: undefined },
      { mention: '05/04/2017', iso: '2017-04-05', alternative: '2017-05-04', time: undefined },
    ]);
  });

  it('the dates in numbers of one text are read in the order a number above 12 decides for one of them, when they agree', () => {
    assert.deepEqual(readings('du 01-06-2017 au 31-05-2019'), [
      { mention: '01-06-2017', iso: '2017-06-01', time: undefined },
      { mention: '31-05-2019', iso: '2019-05-31', time: undefined },
    ]);
    assert.deepEqual(readings('from 06/01/2017 to 05/31/2019'), [
      { mention: '06/01/2017', iso: '2017-06-01', time: undefined },
      { mention: '05/31/2019', iso: '2019-05-31', time: undefined },
    ]);
    // Nothing decides, or the text's dates disagree on their order: both readings kept.
    assert.deepEqual(readings('du 03-04-2017 au 02-04-2018'), [
      { mention: '03-04-2017', iso: '2017-04-03', alternative: '2017-03-04', time: undefined },
      { mention: '02-04-2018', iso: '2018-04-02', alternative: '2018-02-04', time: undefined },
    ]);
    assert.deepEqual(
      readings('le 31/05/2019, le 05/31/2019, le 03/04/2017').map((m) => m.alternative),
      [undefined, undefined, '2017-03-04'],
    );
  });

  it('numbers that are no date: references, versions, fractions, amounts, impossible dates, no year', () => {
    const none = [
      'Appel d’offres AO 2026/10/14-B',
      'dossier no 14-10-2026-3',
      'version 1.2.2026 du gabarit',
      'les 3/4 du montant, 1/2 journée',
      'un montant de 12.500.00 $',
      'le 31/02/2026, le 12/34/2026',
      'le 14/10 à 11 h',
      'section 2026.1.3',
      'réf. 12/10/2026/A',
    ];
    for (const text of none) assert.deepEqual(readings(text), [], text);
  });
});

describe('prose dates: the link words between a date and its time, in both languages, for every date style', () => {
  const time = (text: string) => read(text).map((m) => m.time);

  it('an ISO date or a date in numbers followed by an English link word: "at", "by", "before", "no later than", "until", "prior to"', () => {
    assert.deepEqual(time('no later than 2026-02-11 at 14:00'), ['14:00']);
    assert.deepEqual(time('on 2026-02-11 before 2 p.m.'), ['14:00']);
    assert.deepEqual(time('on 2026-02-11, no later than 11:30 a.m.'), ['11:30']);
    assert.deepEqual(time('11/02/2026 until noon'), ['12:00']);
    assert.deepEqual(time('2026/02/11 prior to 3:00 p.m. (local time)'), ['15:00']);
    assert.deepEqual(time('March 31, 2026 prior to 3 p.m.'), ['15:00']);
  });

  it('the time first, then an ISO date or a date in numbers, in English and in French', () => {
    assert.deepEqual(time('by 2:00 p.m. on 2026-02-11'), ['14:00']);
    assert.deepEqual(time('at 2 p.m. on Wednesday, 11.02.2026'), ['14:00']);
    assert.deepEqual(time('au plus tard à 11 h, le 14/10/2026'), ['11:00']);
  });

  it('French link words after a date in numbers: « au plus tard à », « avant », « jusqu’à »', () => {
    assert.deepEqual(time('le 14/10/2026 au plus tard à 11 h'), ['11:00']);
    assert.deepEqual(time('le 14-10-2026 avant 14 h 30'), ['14:30']);
    assert.deepEqual(time('le 2026/10/14 jusqu’à 16 h'), ['16:00']);
  });
});

describe("prose dates: a block's Markdown, its escapes and character references read as the characters they are", () => {
  /** Each date of a block's units: its text in the Markdown, its date, weekday and time. */
  const dates = (markdown: string) =>
    blockDates(parseBlock(markdown)).map((m) => ({
      mention: markdown.slice(m.start, m.end),
      date: markdown.slice(m.dateStart, m.dateEnd),
      iso: `${m.date.year}-${String(m.date.month).padStart(2, '0')}-${String(m.date.day).padStart(2, '0')}`,
      weekday: m.weekday && markdown.slice(m.weekday.start, m.weekday.end),
      time: m.time && `${m.time.hour}:${String(m.time.minute).padStart(2, '0')}`,
    }));

  it('as mammoth writes every period and hyphen (« 11:30 a\\.m\\. », « 2027\\-01\\-14 »), offsets in the Markdown', () => {
    assert.deepEqual(dates('Bids are opened on Thursday, January 14, 2027, at 11:30 a\\.m\\. \\(local time\\)\\.'), [
      { mention: 'Thursday, January 14, 2027, at 11:30 a\\.m\\.', date: 'January 14, 2027', iso: '2027-01-14', weekday: 'Thursday', time: '11:30' },
    ]);
    assert.deepEqual(dates('Date limite : 2027\\-01\\-14, 10 h 30\\.'), [
      { mention: '2027\\-01\\-14, 10 h 30', date: '2027\\-01\\-14', iso: '2027-01-14', weekday: undefined, time: '10:30' },
    ]);
    // In a table's row, and in a list item.
    assert.deepEqual(
      dates('| Opening | Closing |\n|---|---|\n| 2027\\-01\\-14 | 4:00 p\\.m\\. on January 14, 2027 |\n').map((m) => [m.mention, m.time]),
      [
        ['2027\\-01\\-14', undefined],
        ['4:00 p\\.m\\. on January 14, 2027', '16:00'],
      ],
    );
    assert.deepEqual(
      dates('- le 14/01/2027 avant 9 h\\.\n').map((m) => [m.mention, m.iso, m.time]),
      [['14/01/2027 avant 9 h', '2027-01-14', '9:00']],
    );
  });

  it('as a web page saved as Markdown keeps its references (« jeudi&nbsp;14 », « 10&nbsp;h&nbsp;30 »), offsets in the Markdown', () => {
    assert.deepEqual(dates('Ouverture publique le jeudi&nbsp;14 janvier 2027 à 10&nbsp;h&nbsp;30.'), [
      { mention: 'jeudi&nbsp;14 janvier 2027 à 10&nbsp;h&nbsp;30', date: '14 janvier 2027', iso: '2027-01-14', weekday: 'jeudi', time: '10:30' },
    ]);
    assert.deepEqual(
      dates('| Date | Heure |\n|---|---|\n| le 14&nbsp;janvier&nbsp;2027 à 9&#160;h | midi |\n').map((m) => [m.mention, m.iso, m.time]),
      [['14&nbsp;janvier&nbsp;2027 à 9&#160;h', '2027-01-14', '9:00']],
    );
  });

  it('as copied from a PDF, a word broken at a line end by a hyphen (« Ja-↵nuary », « fé-↵vrier »), offsets in the Markdown', () => {
    assert.deepEqual(dates('The start-up meeting is held on Friday, Ja-\nnuary 15, 2027, at 9 a.m.'), [
      { mention: 'Friday, Ja-\nnuary 15, 2027, at 9 a.m.', date: 'Ja-\nnuary 15, 2027', iso: '2027-01-15', weekday: 'Friday', time: '9:00' },
    ]);
    assert.deepEqual(
      dates('- Ouverture publique le jeu-\n  di 18 fé-  \n  vrier 2027 à 10 h.\n').map((m) => [m.mention, m.iso, m.weekday, m.time]),
      [['jeu-\n  di 18 fé-  \n  vrier 2027 à 10 h', '2027-02-18', 'jeu-\n  di', '10:00']],
    );
  });

  it('an escaped backslash stays one, a backslash before a letter or a line ending stays text', () => {
    assert.deepEqual(
      dates('Le 14 janvier 2027\\\\ à 9 h; C:\\dossiers\\2027-01-15 à 10 h').map((m) => [m.mention, m.iso]),
      [
        ['14 janvier 2027', '2027-01-14'],
        ['2027-01-15 à 10 h', '2027-01-15'],
      ],
    );
  });
});
