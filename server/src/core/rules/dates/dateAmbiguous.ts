import { isoDate, MONTHS, sameDate } from '../../calendar/index.js';
import { readingsOf } from '../../calendar/prose.js';
import type { Rule } from '../rule.js';
import { statedDates, writtenDate } from '../deadlines/facts.js';

/**
 * A receipt or opening date written in numbers that reads two ways (« 10/02/2026 »: 10 February, or
 * October 2 as some English usage writes it). A weekday written with it, or the front-matter's own date
 * for that moment, decides; otherwise no rule counts from it, and this warning says how to write it.
 */
export const dateAmbiguous: Rule = {
  id: 'date-ambiguous',
  citation: '4.6°',
  severity: 'warning',
  appliesTo: ['appel-offres', 'avis', 'addenda', 'avis-qualification', 'document'],
  description: {
    fr: "Une date de réception ou d'ouverture écrite en chiffres ne peut pas se lire de deux façons (jour et mois inversés).",
    en: 'A receipt or opening date written in numbers cannot be read two ways (day and month swapped).',
  },
  check(context) {
    const { reception, ouverture, qualification, addenda } = context.data;
    const fromFrontMatter = [reception?.date, ouverture?.date, qualification.reception, ...addenda.map((addendum) => addendum.reportReception)];
    for (const { mention } of statedDates(context.model)) {
      if (!mention.alternative) continue;
      // The front-matter's date for the moment says which reading the drafter meant.
      if (readingsOf(mention).filter((date) => fromFrontMatter.some((front) => front && sameDate(front, date))).length === 1) continue;
      const said = writtenDate(context.model, mention);
      const [first, second] = readingsOf(mention);
      const words = (date: typeof first, locale: 'fr' | 'en') =>
        locale === 'fr'
          ? `${date.day === 1 ? '1er' : date.day} ${MONTHS.fr[date.month - 1]} ${date.year}`
          : `${MONTHS.en[date.month - 1]} ${date.day}, ${date.year}`;
      context.report({
        messageId: 'ambiguousDate',
        range: { start: mention.dateStart, end: mention.dateEnd },
        message: {
          fr: `La date ${said.fr} peut se lire de deux façons : écrire « ${words(first, 'fr')} » ou « ${isoDate(first)} » (ou « ${words(second, 'fr')} », « ${isoDate(second)} »).`,
          en: `The date ${said.en} can be read two ways: write "${words(first, 'en')}" or "${isoDate(first)}" (or "${words(second, 'en')}", "${isoDate(second)}").`,
        },
      });
    }
  },
};
