import { isoDate, MONTHS, sameDate } from '../../calendar/index.js';
import { dateOrderOf } from '../../calendar/dateOrder.js';
import { bodyDates, readingsOf } from '../../calendar/prose.js';
import type { Rule } from '../rule.js';
import { statedDates, writtenDate } from '../deadlines/facts.js';

/**
 * A date written in numbers that reads two ways (« 10/02/2026 »: 10 February, or October 2 as some English
 * usage writes it). A weekday written with it decides; so does the front-matter's own date for a receipt or
 * opening date, and any front-matter date (the diffusion, an addendum's) for another. Otherwise no rule counts
 * from a receipt or opening date, and the bidders may act on another day than meant for any date (a
 * visit, the questions' deadline, the contract's start): this warning says how to write it. A convention the text
 * states (« les dates écrites en chiffres suivent le format JJ/MM/AAAA », "MM/DD/YYYY"), in this file or another of its
 * dossier, decides every such date; failing that, so does the one order the file's other dates in numbers show.
 */
export const dateAmbiguous: Rule = {
  id: 'date-ambiguous',
  citation: '4.6°',
  severity: 'warning',
  appliesTo: ['appel-offres', 'avis', 'addenda', 'avis-qualification', 'document'],
  description: {
    fr: "Une date écrite en chiffres (de réception, d'ouverture ou autre) ne peut pas se lire de deux façons (jour et mois inversés).",
    en: 'A date written in numbers (of receipt, of opening or other) cannot be read two ways (day and month swapped).',
  },
  check(context) {
    const { reception, ouverture, qualification, addenda, diffusion } = context.data;
    const ofMoments = [reception?.date, ouverture?.date, qualification.reception, ...addenda.map((addendum) => addendum.reportReception)];
    const anyFrontMatter = [...ofMoments, diffusion, qualification.diffusion, ...addenda.map((addendum) => addendum.date)];
    const ambiguous = bodyDates(context.model).filter((mention) => mention.alternative);
    // The order the document, or one file of its dossier, says its dates in numbers follow (« JJ/MM/AAAA ») decides them all.
    if (ambiguous.length === 0 || dateOrderOf(context.model, context.dossierDateOrders)) return;
    const moments = new Set(statedDates(context.model).map(({ mention }) => mention.dateStart));
    for (const mention of ambiguous) {
      // The front-matter's date for the moment, or for another date any of its dates, says which reading the drafter meant.
      const decides = moments.has(mention.dateStart) ? ofMoments : anyFrontMatter;
      if (readingsOf(mention).filter((date) => decides.some((front) => front && sameDate(front, date))).length === 1) continue;
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
