import type { Rule } from '../rule.js';
import { calendarFor, closingMoment, closingStated, longDate, moveClosingFix } from './facts.js';

/**
 * A receipt limit on a jour férié is pushed to the next jour ouvrable by the Loi d'interprétation
 * (art. 52), so the published date is unreliable; a Saturday is not a jour férié under I-16 but offices
 * are closed (LEGAL-REFERENCE 4.6°d).
 */
export const deadlineClosingOnWorkingDay: Rule = {
  id: 'deadline-closing-on-working-day',
  citation: '4.6°',
  severity: 'warning',
  appliesTo: ['appel-offres', 'avis', 'avis-qualification'],
  description: {
    fr: 'La date limite de réception tombe un jour ouvrable (ni samedi, ni dimanche, ni jour férié).',
    en: 'The receipt deadline falls on a working day (not a Saturday, Sunday or holiday).',
  },
  notApplicable: closingStated,
  check(context) {
    const closing = closingMoment(context)!;
    const calendar = calendarFor(context.settings);
    if (calendar.isJourOuvrable(closing.date)) return;
    const holiday = calendar.holiday(closing.date);
    const next = longDate(calendar.nextJourOuvrable(closing.date));
    const date = longDate(closing.date);
    context.report({
      messageId: holiday ? 'holiday' : 'saturday',
      range: closing.range,
      message: holiday
        ? {
            fr: `La date limite de réception, ${date.fr}, est un jour férié (${holiday.name.fr}) : l'art. 52 de la Loi d'interprétation prolongerait le délai jusqu'au jour ouvrable suivant, le ${next.fr}.`,
            en: `The receipt deadline, ${date.en}, is a holiday (${holiday.name.en}): s. 52 of the Interpretation Act would extend it to the next working day, ${next.en}.`,
          }
        : {
            fr: `La date limite de réception, ${date.fr}, est un samedi : fixez-la un jour ouvrable, par exemple le ${next.fr}.`,
            en: `The receipt deadline, ${date.en}, is a Saturday: set it on a working day, e.g. ${next.en}.`,
          },
      fix: moveClosingFix(context, closing, calendar.nextJourOuvrable(closing.date)),
    });
  },
};
