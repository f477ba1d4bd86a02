import { isoDate, sameDate } from '../../calendar/index.js';
import { findItem } from '../../legal/find.js';
import { RECOGNISERS, matchesPhrase } from '../../legal/recognisers.js';
import { OPENING_RIGHT_AFTER_LIMIT } from '../../legal/recognisers/deadlines.js';
import type { Rule } from '../rule.js';
import { closingMoment, closingStated, formatTime, longDate, openingMoment, rewriteDate, sameTime, statedDates, type Moment } from './facts.js';

const describe = (moment: Moment, locale: 'fr' | 'en') =>
  `${longDate(moment.date)[locale]}${moment.time ? (locale === 'fr' ? ' à ' : ' at ') + formatTime(moment.time, locale) : ''}`;

/** Art. 11 al. 1: bids are opened publicly "à la date et à l'heure limites fixées pour la réception". */
export const deadlineOpeningAtReceiptLimit: Rule = {
  id: 'deadline-opening-at-receipt-limit',
  citation: '11.al1',
  severity: 'warning',
  appliesTo: ['appel-offres', 'avis'],
  description: {
    fr: "L'ouverture des soumissions a lieu à la date et à l'heure limites de leur réception.",
    en: 'Bids are opened at the date and time limit set for their receipt.',
  },
  notApplicable: (context) =>
    closingStated(context) ??
    (openingMoment(context)
      ? undefined
      : {
          fr: "Date d'ouverture des soumissions non indiquée (clé ouverture.date ou mention dans l'avis) : rien à comparer.",
          en: 'Opening date of bids not given (key ouverture.date or a mention in the notice): nothing to compare.',
        }),
  check(context) {
    const closing = closingMoment(context)!;
    const opening = openingMoment(context)!;
    if (sameDate(closing.date, opening.date) && sameTime(closing.time, opening.time)) return;
    // "Immédiatement après l'heure limite" states the same moment in words, said of the opening (« Les soumissions sont
    // ouvertes … », « Ouverture : … »), not of the receipt (« reçues au plus tard à l'heure limite »).
    const inWords = findItem(context.model, 'openingSameAsReceipt').filter((unit) => matchesPhrase(RECOGNISERS.opening, unit.normalized));
    const atTheLimit = inWords.find((unit) => !OPENING_RIGHT_AFTER_LIMIT.test(unit.normalized));
    if (!opening.path && !atTheLimit && inWords.length > 0 && sameDate(closing.date, opening.date)) return;
    const edits = [];
    const frontMatter = context.model.frontMatter;
    if (opening.path) {
      edits.push({ range: opening.range, newText: isoDate(closing.date) });
      const time = frontMatter?.valueRange(['ouverture', 'heure']);
      const limit = context.data.reception?.time;
      if (time && limit && !sameTime(limit, context.data.ouverture?.time)) {
        edits.push({ range: time, newText: `"${String(limit.hour).padStart(2, '0')}:${String(limit.minute).padStart(2, '0')}"` });
      }
      // The text's opening statements follow (even one that contradicted the front-matter), so that the
      // text and the front-matter give the same opening.
      for (const { kind, mention } of statedDates(context.model)) {
        if (kind === 'opening' && !sameDate(mention.date, closing.date)) edits.push(...rewriteDate(context.model, mention, closing.date));
      }
    }
    // The documents also say the bids are opened at the receipt limit itself (« à la date et à l'heure limites »): the
    // moment they give is contradicted in their own words, a certain breach.
    if (atTheLimit) {
      context.report({
        messageId: 'contradictsOpeningAtLimit',
        range: opening.range,
        severity: 'error',
        message: {
          fr: `L'ouverture (${describe(opening, 'fr')}) n'a pas lieu à la date et à l'heure limites de réception (${describe(closing, 'fr')}), où les documents disent pourtant l'ouvrir : l'art. 11 prévoit l'ouverture à ce moment.`,
          en: `The opening (${describe(opening, 'en')}) is not at the receipt date and time limit (${describe(closing, 'en')}), where the documents yet say bids are opened: s. 11 sets the opening at that moment.`,
        },
        related: [
          { range: closing.range, message: { fr: 'Date limite de réception', en: 'Receipt deadline' } },
          { range: { start: atTheLimit.start, end: atTheLimit.end }, message: { fr: "Ouverture à l'heure limite", en: 'Opening at the time limit' } },
        ],
        fix: edits.length
          ? { title: { fr: "Fixer l'ouverture à la date et à l'heure limites de réception", en: 'Set the opening at the receipt date and time limit' }, edits }
          : undefined,
      });
      return;
    }
    context.report({
      messageId: 'notAtReceiptLimit',
      range: opening.range,
      message: {
        fr: `L'ouverture (${describe(opening, 'fr')}) n'a pas lieu à la date et à l'heure limites de réception (${describe(closing, 'fr')}) : l'art. 11 prévoit l'ouverture à ce moment.`,
        en: `The opening (${describe(opening, 'en')}) is not at the receipt date and time limit (${describe(closing, 'en')}): s. 11 sets the opening at that moment.`,
      },
      related: [{ range: closing.range, message: { fr: 'Date limite de réception', en: 'Receipt deadline' } }],
      fix: edits.length
        ? { title: { fr: "Fixer l'ouverture à la date et à l'heure limites de réception", en: 'Set the opening at the receipt date and time limit' }, edits }
        : undefined,
    });
  },
};
