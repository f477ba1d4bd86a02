import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { amountsIn } from '../../text/money.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';
import { NOT_THE_CALLS_OWN, referenceOf, type StatedFigure } from './statedFigures.js';
import { clauseAround } from '../../text/sentences.js';

/** The bid security named (the recogniser's bidSecurity phrase). */
const SECURITY = /\bgarantie (?:de|d'execution de|financiere de) soumission\b|\bcautionnement de soumission\b|\b(?:bid|tender) (?:security|bond)\b/g;
/**
 * What makes an amount after the security not its amount: a percentage it is computed from, a ceiling or a floor, another
 * security or insurance named first; a sentence about a lot gives that lot's.
 */
const NOT_ITS_AMOUNT =
  /%|\bpour ?cent\b|\bper ?cent\b|\bpourcentage\b|\bpercentage\b|\bmaxim\w*|\bminim\w*|\bconcurrence\b|\bexcedant\b|\bexceed\w*|\bplafon\w*|\bau (?:plus|moins)\b|\bat (?:most|least)\b|\bup to\b|\bjusqu'a\b|\bmoins de\b|\bless than\b|\binferieur\w*|\bbelow\b|\bplus de\b|\bmore than\b|\bsuperieur\w*|\bexecution\b|\bperformance\b|\bassurances?\b|\binsurance\b|\bpaiement\b|\bpayment\b/;
const NOT_THE_CALL = /\blots?\b/;

/** The amount each passage gives the bid security: the first amount of the sentence after the security named. */
function statedSecurities(units: readonly DocumentUnit[]): StatedFigure[] {
  const stated: StatedFigure[] = [];
  for (const unit of units) {
    const { text, amounts } = amountsIn(unit.normalized);
    for (const named of text.matchAll(SECURITY)) {
      const after = named.index + named[0].length;
      const { start, end } = clauseAround(text, after);
      const amount = amounts.find((each) => each.start >= after && each.end <= end);
      if (!amount) continue;
      const between = text.slice(after, amount.start);
      const sentence = text.slice(start, end);
      if (NOT_ITS_AMOUNT.test(between) || /^ ?%/.test(text.slice(amount.end)) || NOT_THE_CALL.test(sentence) || NOT_THE_CALLS_OWN.test(sentence)) continue;
      stated.push({ unit, value: amount.value });
      break;
    }
  }
  return stated;
}

const money = (value: number, locale: 'fr' | 'en') =>
  `${value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2 })} $`;

/**
 * Art. 4 par. 3°: the notice states the amount of the bid security required. A passage of the documents that asks for
 * another amount than the notice's (front-matter `garantie-soumission.montant`, else the first passage that gives one)
 * leaves the bidder two amounts, and a security short of the one required is a missing document (art. 7 par. 2°).
 */
export const bidSecurityAmountMismatch: Rule = {
  id: 'bid-security-amount-mismatch',
  citation: '4.3°',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Le montant de la garantie de soumission est le même partout dans les documents.',
    en: 'The bid security amount is the same throughout the documents.',
  },
  check(context) {
    const stated = statedSecurities(findItem(context.model, 'bidSecurity'));
    const declared = context.data.bidSecurity;
    const reference = referenceOf(context, { value: declared === 'none' ? undefined : declared?.montant, path: ['garantie-soumission', 'montant'] }, stated);
    if (!reference) return;
    for (const { unit, value } of stated) {
      if (value === reference.value || unit.start === reference.range.start) continue;
      context.report({
        messageId: 'amountDiffers',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: `Ce passage exige une garantie de soumission de ${money(value, 'fr')}, mais ${reference.where.fr} en indique ${money(reference.value, 'fr')} : l'avis et les documents doivent en fixer un seul montant (art. 4, al. 2, 3°).`,
          en: `This passage requires a bid security of ${money(value, 'en')}, but ${reference.where.en} states ${money(reference.value, 'en')}: the notice and the documents must set one amount (s. 4, para. 2, subpara. 3).`,
        },
        related: [{ range: reference.range, message: { fr: 'Montant de la garantie de soumission', en: 'Bid security amount' } }],
      });
    }
  },
};
