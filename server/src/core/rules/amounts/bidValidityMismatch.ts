import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { numberOfWords } from '../../text/numberWords.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';
import { NOT_THE_CALLS_OWN, referenceOf, type StatedFigure } from './statedFigures.js';
import { clauseAround } from '../../text/sentences.js';

/** The bids said valid, or their validity named. */
const VALID = /\bvalid(?:es?|ity)?\b|\bvalables?\b|\birrevocables?\b|\bopen for acceptance\b|\bvalidite\b/g;
const BID = /\b(?:soumissions?|offres?|propositions?|bids?|tenders?|proposals?|submissions?)\b/;
/**
 * A sentence whose period is not the bids' validity as the call sets it: another thing's validity (the security's, an
 * attestation's, an insurance's, the list's), an extension asked for.
 */
const NOT_THE_BIDS =
  /\bgaranties?\b|\bcautionnements?\b|\bbonds?\b|\bsecurity\b|\bcheques?\b|\battestations?\b|\bassurances?\b|\binsurance\b|\blistes?\b|\blists?\b|\bcertifica\w*|\blicen[cs]es?\b|\bprolong\w*|\bextend\w*|\bextension\b/;
/** A period's unit, and how many days it is; days counted otherwise (« jours ouvrables », "business days") are not compared. */
const PERIOD_UNIT = /\b(jours?|days?|semaines?|weeks?|mois|months?)\b(?! (?:ouvrable|ouvre|business|working))/g;
const DAYS: Record<string, number> = { jour: 1, day: 1, semaine: 7, week: 7, moi: 30, month: 30 };

/** The number written right before a period's unit: in figures (« (90) »), else in words (« soixante »). */
function countBefore(text: string): number | undefined {
  const figures = /(\d{1,3})\)? ?$/.exec(text);
  if (figures) return Number(figures[1]);
  const words = text.trimEnd().split(' ');
  for (let count = Math.min(5, words.length); count > 0; count--) {
    const value = numberOfWords(words.slice(-count).join(' '));
    if (value !== undefined) return value;
  }
  return undefined;
}

interface StatedValidity extends StatedFigure {
  /** In months: a month is 28 to 31 days. */
  months: boolean;
}

/** The period each passage gives the bids' validity: the first period after the bids said valid, in days. */
function statedValidities(units: readonly DocumentUnit[]): StatedValidity[] {
  const stated: StatedValidity[] = [];
  for (const unit of units) {
    const text = unit.normalized;
    for (const valid of text.matchAll(VALID)) {
      const after = valid.index + valid[0].length;
      const { start, end } = clauseAround(text, after);
      const sentence = text.slice(start, end);
      if (!BID.test(sentence) || NOT_THE_BIDS.test(sentence) || NOT_THE_CALLS_OWN.test(sentence)) continue;
      const period = [...text.slice(after, Math.min(end, after + 80)).matchAll(PERIOD_UNIT)][0];
      const count = period && countBefore(text.slice(after, after + period.index));
      if (!period || count === undefined) continue;
      const days = DAYS[period[1].replace(/s$/, '')];
      stated.push({ unit, value: count * days, months: days === 30 });
      break;
    }
  }
  return stated;
}

/** Whether two periods are one: a month of the one may be 28 to 31 days of the other. */
const agree = (a: number, b: number, months: boolean) => (months ? Math.abs(a - b) <= Math.ceil(Math.max(a, b) / 30) * 2 : a === b);

/**
 * Art. 29.7: the rejection of an abnormally low bid is authorised before the bids' validity period expires, which
 * presupposes one period. A passage that gives the bids another validity than the front-matter's
 * (`validite-soumissions-jours`), else than the first passage's, leaves two (a bid form signed for 60 days against
 * instructions asking 90): the bidder's commitment and the call's conditions of conformity (art. 5 par. 3°) disagree.
 */
export const bidValidityMismatch: Rule = {
  id: 'bid-validity-mismatch',
  citation: '29.7',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'La période de validité des soumissions est la même partout dans les documents.',
    en: 'The bid validity period is the same throughout the documents.',
  },
  check(context) {
    const stated = statedValidities(findItem(context.model, 'bidValidity'));
    const reference = referenceOf(context, { value: context.data.validiteSoumissionsJours, path: ['validite-soumissions-jours'] }, stated);
    if (!reference) return;
    const referenceMonths = stated.find((each) => each.unit.start === reference.range.start)?.months ?? false;
    for (const { unit, value, months } of stated) {
      if (unit.start === reference.range.start || agree(value, reference.value, months || referenceMonths)) continue;
      const said = (days: number, inMonths: boolean, locale: 'fr' | 'en') =>
        inMonths ? `${days / 30} ${locale === 'fr' ? 'mois' : 'months'}` : `${days} ${locale === 'fr' ? 'jours' : 'days'}`;
      context.report({
        messageId: 'periodDiffers',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: `Ce passage donne aux soumissions une validité de ${said(value, months, 'fr')}, mais ${reference.where.fr} en indique ${said(reference.value, referenceMonths, 'fr')} : les documents doivent fixer une seule période de validité des soumissions (art. 29.7).`,
          en: `This passage gives the bids a validity of ${said(value, months, 'en')}, but ${reference.where.en} states ${said(reference.value, referenceMonths, 'en')}: the documents must set one bid validity period (s. 29.7).`,
        },
        related: [{ range: reference.range, message: { fr: 'Validité des soumissions', en: 'Bid validity period' } }],
      });
    }
  },
};
