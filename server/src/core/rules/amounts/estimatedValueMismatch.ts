import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { amountsIn, type WrittenAmount } from '../../text/money.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';
import { NOT_THE_CALLS_OWN, referenceOf, type StatedFigure } from './statedFigures.js';
import { clauseAround } from '../../text/sentences.js';

/** The value of the contract named (the recogniser's approximateValue phrases). */
const VALUE_NAMED =
  /\bvaleur (?:monetaire )?(?:approximative|estimee|estimative)\b|\b(?:approximate|estimated) (?:monetary )?value\b|\b(?:montant|depense|budget) (?:approximati[fv]e?|estimee?|previsionnel(?:le)?)\b|\bestimated (?:contract )?(?:amount|expenditure)\b/g;
/**
 * A sentence whose amounts are not the call's value as the front-matter gives it: a lot's, a threshold compared with,
 * taxes included (the front-matter's is before taxes).
 */
const NOT_THE_CALL =
  /\blots?\b|\bseuils?\b|\bthresholds?\b|\btaxes (?:incluses|comprises)\b|\bincluding taxes\b|\btaxes included\b|\btoutes taxes\b|\bdepass\w*|\bexceed\w*|\bsuperieur\w*|\binferieur\w*|\b(?:moins|plus) de\b|\b(?:more|less) than\b|\bau (?:moins|plus)\b|\bat (?:least|most)\b/;
/**
 * What a value named « of » something may be the value of: the contract, its services, its needs. The value of another
 * thing (« la valeur estimée des travaux de construction », "the estimated value of the goods carried") is not the call's.
 */
const OF_SOMETHING = /^ (?:de la |de l'|du |des |de |d'|of (?:the |all |any )?)([a-z]+)/;
const THE_CONTRACT = /^(?:contrats?|marches?|services?|prestations?|mandats?|besoins?|contracts?|agreements?|engagements?|appel|call|tender|ensemble|whole)$/;

/** What makes a sentence's amounts parts of the value (a year's, the firm term's, an option's, an order's), not the value. */
const PART =
  /\bannuel\w*|\bannual\w*|\byearly\b|\bmensuel\w*|\bmonthly\b|\bpar (?:an|annee|mois|commande)\b|\bper (?:year|annum|month|order)\b|\boptions?\b|\brenouvel\w*|\brenewals?\b|\binitial\w*|\bferme\b|\bfirm\b|\bpremiere annee\b|\bfirst year\b|\bphases?\b|\bchaque\b|\beach\b/;
/** An indefinite article before the value named: an amount of something, not the value of the contract. */
const INDEFINITE_BEFORE = /(?:^|\s)(?:un|une|an?) $/;
/** Where a sentence names its total: the amount that follows is the value, what comes before it its parts. */
const TOTAL = /\b(?:total|au total|en tout|globale?|overall|in all)\b/g;

/** The total a sentence gives after its parts (« 280 000 $ pour la durée ferme et 140 000 $ pour l'option, soit 420 000 $ au total »). */
function totalOf(window: string, amounts: readonly WrittenAmount[]): WrittenAmount | undefined {
  let total: WrittenAmount | undefined;
  for (const named of window.matchAll(TOTAL)) {
    const at = named.index + named[0].length;
    total =
      amounts.find((amount) => amount.start >= at && amount.start - at <= 40) ??
      [...amounts].reverse().find((amount) => amount.end <= named.index && named.index - amount.end <= 3) ??
      total;
  }
  return total;
}

/** The value each passage gives the contract, when it is certain to be the whole value: its total, or its only amount. */
function statedValues(units: readonly DocumentUnit[], accepted: readonly number[]): StatedFigure[] {
  const stated: StatedFigure[] = [];
  for (const unit of units) {
    const { text, amounts } = amountsIn(unit.normalized);
    for (const named of text.matchAll(VALUE_NAMED)) {
      // « un montant prévisionnel de 40 000 $ » is some amount a price is applied to, not the contract's value.
      if (INDEFINITE_BEFORE.test(text.slice(Math.max(0, named.index - 4), named.index))) continue;
      const after = named.index + named[0].length;
      const { start, end } = clauseAround(text, after);
      const window = text.slice(after, end);
      const own = amounts
        .filter((amount) => amount.start >= after && amount.end <= end)
        .map((amount) => ({ ...amount, start: amount.start - after, end: amount.end - after }));
      const subject = OF_SOMETHING.exec(window)?.[1];
      const sentence = text.slice(start, end);
      if (own.length === 0 || (subject && !THE_CONTRACT.test(subject)) || NOT_THE_CALL.test(sentence) || NOT_THE_CALLS_OWN.test(sentence)) continue;
      const sum = own.reduce((total, amount) => total + amount.value, 0);
      if (own.some((amount) => accepted.includes(amount.value)) || accepted.includes(sum)) break;
      const total = totalOf(window, own);
      const value = total ?? (own.length === 1 && !PART.test(window) ? own[0] : undefined);
      if (value) stated.push({ unit, value: value.value });
      break;
    }
  }
  return stated;
}

const money = (value: number, locale: 'fr' | 'en') => `${value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA')} $`;

/**
 * The estimated value of the contract stated in the text is the front-matter's (`montant-estime`, options included, or,
 * for an on-demand contract, `contrat.valeur-approximative`): a passage that gives another leaves two values, on which
 * the thresholds (art. 3) and the approximate value an on-demand contract's documents must state (art. 31) depend.
 */
export const estimatedValueMismatch: Rule = {
  id: 'estimated-value-mismatch',
  citation: '31',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "La valeur estimée du contrat écrite dans le texte est celle de l'en-tête.",
    en: 'The estimated value of the contract written in the text is that of the front-matter.',
  },
  check(context) {
    const { montantEstime, contrat } = context.data;
    const accepted = [montantEstime, contrat.valeurApproximative].filter((value): value is number => value !== undefined);
    const key =
      montantEstime !== undefined
        ? { value: montantEstime, path: ['montant-estime'] }
        : { value: contrat.valeurApproximative, path: ['contrat', 'valeur-approximative'] };
    // The front-matter's value alone is the reference: two passages may give two parts of one value.
    const reference = referenceOf(context, key, []);
    if (!reference) return;
    for (const { unit, value } of statedValues(findItem(context.model, 'approximateValue'), accepted)) {
      context.report({
        messageId: 'valueDiffers',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: `Ce passage donne au contrat une valeur de ${money(value, 'fr')}, mais ${reference.where.fr} indique ${money(reference.value, 'fr')} : les documents doivent indiquer une seule valeur (art. 31; art. 3 pour les seuils).`,
          en: `This passage gives the contract a value of ${money(value, 'en')}, but ${reference.where.en} states ${money(reference.value, 'en')}: the documents must state one value (s. 31; s. 3 for the thresholds).`,
        },
        related: [{ range: reference.range, message: { fr: 'Valeur estimée dans l’en-tête', en: 'Estimated value in the front-matter' } }],
      });
    }
  },
};
