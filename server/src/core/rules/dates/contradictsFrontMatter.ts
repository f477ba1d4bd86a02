import { sameDate, type CalendarDate } from '../../calendar/index.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Rule } from '../rule.js';
import { formatTime, longDate, rewriteDate, statedDates } from '../deadlines/facts.js';

/**
 * SPEC §3: when the front-matter and the notice's text both give the receipt or opening date (or
 * time) and disagree, that is an error, shown at the text with the front-matter value as related
 * information. A date that an addendum postponed the limit to is not a contradiction.
 */
export const contradictsFrontMatter: Rule = {
  id: 'date-contradicts-front-matter',
  citation: '4.6°',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis', 'avis-qualification'],
  description: {
    fr: "Les dates et heures de réception et d'ouverture écrites dans le texte sont celles de l'en-tête.",
    en: 'The receipt and opening dates and times written in the text are those of the front-matter.',
  },
  check(context) {
    const frontMatter = context.model.frontMatter;
    if (!frontMatter) return;
    const { reception, ouverture, addenda, qualification } = context.data;
    const receiptDate = context.type === 'avis-qualification' ? (qualification.reception ?? reception?.date) : reception?.date;
    const receiptPath = context.type === 'avis-qualification' && qualification.reception ? ['qualification', 'reception'] : ['reception', 'date'];
    const postponed = addenda.map((addendum) => addendum.reportReception).filter((date): date is CalendarDate => date !== undefined);
    for (const { kind, mention } of statedDates(context.model)) {
      const expected = kind === 'opening' ? ouverture : { date: receiptDate, time: reception?.time };
      const path = kind === 'opening' ? ['ouverture', 'date'] : receiptPath;
      const accepted = [expected?.date, ...(kind === 'opening' ? [] : postponed), ...(kind === 'both' ? [ouverture?.date] : [])];
      const range: OffsetRange | undefined = frontMatter.valueRange(path);
      const what = kind === 'opening' ? { fr: "d'ouverture", en: 'opening' } : { fr: 'limite de réception', en: 'receipt deadline' };
      if (expected?.date && range && !accepted.some((date) => date && sameDate(date, mention.date))) {
        const front = longDate(expected.date);
        const written = longDate(mention.date);
        context.report({
          range: { start: mention.start, end: mention.end },
          message: {
            fr: `Le texte donne le ${written.fr} comme date ${what.fr}, mais l'en-tête indique le ${front.fr}.`,
            en: `The text gives ${written.en} as the ${what.en} date, but the front-matter says ${front.en}.`,
          },
          related: [{ range, message: { fr: `Date ${what.fr} dans l'en-tête`, en: `${what.en} date in the front-matter` } }],
          fix: {
            title: { fr: `Écrire la date de l'en-tête (${front.fr})`, en: `Write the front-matter date (${front.en})` },
            edits: rewriteDate(context.model, mention, expected.date),
          },
        });
        continue;
      }
      const time = kind === 'opening' ? ouverture?.time : reception?.time;
      const timeRange = frontMatter.valueRange([kind === 'opening' ? 'ouverture' : 'reception', 'heure']);
      if (kind === 'both' || !mention.time || !time || !timeRange || (mention.time.hour === time.hour && mention.time.minute === time.minute)) continue;
      context.report({
        range: { start: mention.start, end: mention.end },
        message: {
          fr: `Le texte donne ${formatTime(mention.time, 'fr')} comme heure ${what.fr}, mais l'en-tête indique ${formatTime(time, 'fr')}.`,
          en: `The text gives ${formatTime(mention.time, 'en')} as the ${what.en} time, but the front-matter says ${formatTime(time, 'en')}.`,
        },
        related: [{ range: timeRange, message: { fr: `Heure ${what.fr} dans l'en-tête`, en: `${what.en} time in the front-matter` } }],
      });
    }
  },
};
