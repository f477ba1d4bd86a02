import { bodyDates, readingsOf } from '../../calendar/prose.js';
import { WEEKDAYS, formatLongDate, weekday } from '../../calendar/index.js';
import type { Rule } from '../rule.js';
import { weekdayLike } from '../deadlines/facts.js';

/** "le mercredi 12 juillet 2012", "Wednesday, July 12, 2012": a weekday that is not the date's makes the date ambiguous. */
export const dateWeekdayMismatch: Rule = {
  id: 'date-weekday-mismatch',
  citation: '4.6°',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis', 'addenda', 'avis-qualification', 'document'],
  description: { fr: 'Le jour de la semaine écrit avec une date est bien celui de cette date.', en: "A weekday written with a date is that date's weekday." },
  check(context) {
    for (const mention of bodyDates(context.model)) {
      if (!mention.weekday || readingsOf(mention).some((date) => weekday(date) === mention.weekday!.value)) continue;
      const { alternative } = mention;
      if (alternative) {
        // Day first or month first, the weekday is neither reading's: both are said, and no fix chooses.
        const written = context.model.text.slice(mention.weekday.start, mention.dateEnd);
        const [first, second] = [mention.date, alternative];
        context.report({
          messageId: 'wrongWeekdayEitherReading',
          range: { start: mention.weekday.start, end: mention.dateEnd },
          message: {
            fr: `« ${written} » : ni le ${formatLongDate(first, 'fr')} ni le ${formatLongDate(second, 'fr')} (les deux lectures de cette date) n'est un ${WEEKDAYS.fr[mention.weekday.value]}.`,
            en: `"${written}": neither ${formatLongDate(first, 'en')} nor ${formatLongDate(second, 'en')} (the two readings of that date) is a ${WEEKDAYS.en[mention.weekday.value]}.`,
          },
        });
        continue;
      }
      const actual = weekday(mention.date);
      const written = context.model.text.slice(mention.dateStart, mention.dateEnd);
      const name = weekdayLike(mention, actual);
      context.report({
        messageId: 'wrongWeekday',
        range: { start: mention.weekday.start, end: mention.dateEnd },
        message: {
          fr: `« ${mention.weekday.text} ${written} » : cette date est un ${WEEKDAYS.fr[actual]} (${formatLongDate(mention.date, 'fr')}), pas un ${WEEKDAYS.fr[mention.weekday.value]}.`,
          en: `"${mention.weekday.text} ${written}": that date is a ${WEEKDAYS.en[actual]} (${formatLongDate(mention.date, 'en')}), not a ${WEEKDAYS.en[mention.weekday.value]}.`,
        },
        fix: {
          title: { fr: `Écrire « ${name} »`, en: `Write "${name}"` },
          edits: [{ range: { start: mention.weekday.start, end: mention.weekday.end }, newText: name }],
        },
      });
    }
  },
};
