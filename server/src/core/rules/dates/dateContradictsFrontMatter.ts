import { dayNumber, sameDate, type CalendarDate } from '../../calendar/index.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Rule, RuleContext } from '../rule.js';
import {
  formatTime,
  longDate,
  mayMean,
  qualificationReceiptPath,
  rewriteDate,
  statedDates,
  sameTime,
  statedTimes,
  writtenDate,
  type StatedDate,
} from '../deadlines/facts.js';

/**
 * SPEC §3: when the front-matter and the notice's text both give the receipt or opening date (or
 * time) and disagree, that is an error, shown at the text with the front-matter value as related
 * information. A date that an addendum postponed the limit to is not a contradiction (nor, for an
 * opening set at the receipt limit, the opening's); a date the text says the limit is postponed to is
 * checked against the front-matter's postponement, not the original limit. Without the front-matter's date, the text's first
 * statement of the moment is the one its others must repeat (two places of the text that disagree set no one limit).
 */
export const dateContradictsFrontMatter: Rule = {
  id: 'date-contradicts-front-matter',
  citation: '4.6°',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis', 'avis-qualification'],
  description: {
    fr: "Les dates et heures de réception et d'ouverture écrites dans le texte sont celles de l'en-tête (sans en-tête, la première que le texte donne).",
    en: 'The receipt and opening dates and times written in the text are those of the front-matter (without them, the first the text gives).',
  },
  check(context) {
    const frontMatter = context.model.frontMatter;
    if (!frontMatter) return;
    const { reception, ouverture, addenda, qualification } = context.data;
    const receiptDate = context.type === 'avis-qualification' ? (qualification.reception ?? reception?.date) : reception?.date;
    const receiptPath = context.type === 'avis-qualification' && qualification.reception ? qualificationReceiptPath(context.model) : ['reception', 'date'];
    const postponed = addenda.map((addendum) => addendum.reportReception).filter((date): date is CalendarDate => date !== undefined);
    // Bids are opened at the receipt limit (art. 11): an opening set at that limit follows its postponement.
    const openingFollows = !!ouverture?.date && !!reception?.date && sameDate(ouverture.date, reception.date);
    const stated = statedDates(context.model);
    // Without the front-matter's date, the text's first statement of the moment is the date the others must repeat: the
    // notice sets one date limit (art. 4 6°), however a part restates it (a definition's "Closing Time" means …).
    const firstStated = (kind: 'receipt' | 'opening') =>
      stated.find((one) => (kind === 'opening' ? one.kind === 'opening' : one.kind !== 'opening') && !one.postponed && !one.mention.alternative);
    const textReference = { receipt: receiptDate ? undefined : firstStated('receipt'), opening: ouverture?.date ? undefined : firstStated('opening') };
    for (const statement of stated) {
      const { kind, mention, postponed: isPostponement } = statement;
      const reference = textReference[kind === 'opening' ? 'opening' : 'receipt'];
      if (reference && reference !== statement && !isPostponement) {
        textDiffers(context, statement, reference, [...postponed, ...(kind === 'both' ? [ouverture?.date ?? textReference.opening?.mention.date] : [])]);
        continue;
      }
      const expected = kind === 'opening' ? ouverture : { date: receiptDate, time: reception?.time };
      const path = kind === 'opening' ? ['ouverture', 'date'] : receiptPath;
      const range: OffsetRange | undefined = frontMatter.valueRange(path);
      const what = momentName(kind);
      const followsPostponement = kind !== 'opening' || openingFollows || isPostponement;
      if (isPostponement) {
        // A postponement is checked against the postponed deadline the front-matter records (addenda),
        // not the original one; with no postponement recorded there, nothing contradicts it.
        const latest = postponed.reduce<CalendarDate | undefined>((last, date) => (!last || dayNumber(date) > dayNumber(last) ? date : last), undefined);
        if (!latest || !followsPostponement || postponed.some((date) => mayMean(mention, date))) continue;
        const index = addenda.findIndex((addendum) => addendum.reportReception && sameDate(addendum.reportReception, latest));
        const postponedRange = frontMatter.valueRange(['addenda', index, 'report-reception']);
        const front = longDate(latest);
        const written = writtenDate(context.model, mention);
        context.report({
          messageId: 'postponementDiffers',
          range: { start: mention.start, end: mention.end },
          message: {
            fr: `Le texte reporte la date ${what.fr} au ${written.fr}, mais l'en-tête (addenda) la reporte au ${front.fr}.`,
            en: `The text postpones the ${what.en} date to ${written.en}, but the front-matter (addenda) postpones it to ${front.en}.`,
          },
          related: postponedRange ? [{ range: postponedRange, message: { fr: 'Report dans l’en-tête', en: 'Postponement in the front-matter' } }] : undefined,
          fix: {
            title: { fr: `Écrire la date reportée de l'en-tête (${front.fr})`, en: `Write the front-matter's postponed date (${front.en})` },
            edits: rewriteDate(context.model, mention, latest),
          },
        });
        continue;
      }
      const accepted = [expected?.date, ...(followsPostponement ? postponed : []), ...(kind === 'both' ? [ouverture?.date] : [])];
      // An ambiguous date in numbers contradicts the front-matter only when neither reading is its date.
      if (expected?.date && range && !accepted.some((date) => mayMean(mention, date))) {
        const front = longDate(expected.date);
        const written = writtenDate(context.model, mention);
        context.report({
          messageId: 'dateDiffers',
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
      // A postponed date may come with another time, which the front-matter does not record.
      if (expected?.date && !mayMean(mention, expected.date)) continue;
      if (kind !== 'both' && mention.time) timeDiffers(context, kind, mention.time, { start: mention.start, end: mention.end });
    }
    // A moment's time the text states without a date (« toute soumission reçue après 16 h est rejetée », "tenders must be
    // received by 11:00 a.m."), not a default that the notice's own time sets aside.
    for (const stated of statedTimes(context.model)) {
      if (!stated.byDefault && stated.kind !== 'both') timeDiffers(context, stated.kind, stated.time, { start: stated.start, end: stated.end });
    }
  },
};

/** The moment a date or time of the text is said of, as the messages name it. */
const momentName = (kind: StatedDate['kind']) =>
  kind === 'opening' ? { fr: "d'ouverture", en: 'opening' } : { fr: 'limite de réception', en: 'receipt deadline' };

/**
 * Reports a statement of the receipt or opening date (or time) that is not the text's first statement of the moment, the
 * front-matter giving none: two places of the text disagree. A date an addendum postponed the limit to, or the opening's
 * for a statement of both moments (`accepted`), agrees.
 */
function textDiffers(context: RuleContext, { kind, mention }: StatedDate, reference: StatedDate, accepted: readonly (CalendarDate | undefined)[]): void {
  const what = momentName(kind);
  const related = [{ range: { start: reference.mention.start, end: reference.mention.end }, message: { fr: 'Première mention', en: 'First statement' } }];
  const range = { start: mention.start, end: mention.end };
  if (![reference.mention.date, ...accepted].some((date) => mayMean(mention, date))) {
    const [written, first] = [writtenDate(context.model, mention), longDate(reference.mention.date)];
    context.report({
      messageId: 'dateDiffersInText',
      range,
      message: {
        fr: `Le texte donne le ${written.fr} comme date ${what.fr}, mais il indique ailleurs le ${first.fr} : l'avis doit fixer une seule date ${what.fr}.`,
        en: `The text gives ${written.en} as the ${what.en} date, but elsewhere says ${first.en}: the notice must set one ${what.en} date.`,
      },
      related,
    });
    return;
  }
  const [time, firstTime] = [mention.time, reference.mention.time];
  if (kind === 'both' || !time || !firstTime || sameTime(time, firstTime) || !mayMean(mention, reference.mention.date)) return;
  context.report({
    messageId: 'timeDiffersInText',
    range,
    message: {
      fr: `Le texte donne ${formatTime(time, 'fr')} comme heure ${what.fr}, mais il indique ailleurs ${formatTime(firstTime, 'fr')} : l'avis doit fixer une seule heure ${what.fr}.`,
      en: `The text gives ${formatTime(time, 'en')} as the ${what.en} time, but elsewhere says ${formatTime(firstTime, 'en')}: the notice must set one ${what.en} time.`,
    },
    related,
  });
}

/** Reports a receipt or opening time written at `range` that is not the front-matter's. */
function timeDiffers(context: RuleContext, kind: 'receipt' | 'opening', written: { hour: number; minute: number }, range: OffsetRange): void {
  const key = kind === 'opening' ? 'ouverture' : 'reception';
  const time = context.data[key]?.time;
  const timeRange = context.model.frontMatter?.valueRange([key, 'heure']);
  if (!time || !timeRange || (written.hour === time.hour && written.minute === time.minute)) return;
  const what = momentName(kind);
  context.report({
    messageId: 'timeDiffers',
    range,
    message: {
      fr: `Le texte donne ${formatTime(written, 'fr')} comme heure ${what.fr}, mais l'en-tête indique ${formatTime(time, 'fr')}.`,
      en: `The text gives ${formatTime(written, 'en')} as the ${what.en} time, but the front-matter says ${formatTime(time, 'en')}.`,
    },
    related: [{ range: timeRange, message: { fr: `Heure ${what.fr} dans l'en-tête`, en: `${what.en} time in the front-matter` } }],
  });
}
