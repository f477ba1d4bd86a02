import { readAsPassage } from '../../document/markdown.js';
import { findItem, itemStated, unitStates } from '../../legal/find.js';
import { RECOGNISERS } from '../../legal/recognisers.js';
import type { Rule } from '../rule.js';
import { scopeOf } from '../scope.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';

// A sentence's end: a period, semicolon or question mark before a space, or a line's end (a list's entries, a table's cells).
const SENTENCE_END = /[.;?!](?=\s)|\n/;
// The attestation's issue, which the older wording dated (« délivrée au plus 90 jours avant », "issued within 90 days").
const ISSUED = /\b(?:delivree?s?|emise?s?|datee|issued|dated)\b/;
// Other documents issued for 90 days, which a sentence that does not name the attestation speaks of (« cautionnement de
// soumission … émis par une institution financière, valide quatre-vingt-dix (90) jours »).
const OTHER_ISSUED =
  /\b(?:cautionnements?|garanties?|cheques?|lettres? de (?:credit|garantie)|polices?|bonds?|security|letters? of credit|checks?|insurance)\b/;

/**
 * Whether a unit says 90 days of the attestation: in a sentence that names it, or says when it was issued. Other
 * 90 days a long unit holds (the bids' validity, a list item's nested paragraphs after the attestation's) are not.
 */
function ninetyDaysOfAttestation(text: string): boolean {
  const named = RECOGNISERS.revenuQuebecAttestation.phrases;
  const ninety = RECOGNISERS.ninetyDays.phrases;
  return text
    .split(SENTENCE_END)
    .some(
      (sentence) =>
        ninety.some((pattern) => pattern.test(sentence)) &&
        (named.some((pattern) => pattern.test(sentence)) || (ISSUED.test(sentence) && !OTHER_ISSUED.test(sentence))),
    );
}

/**
 * Art. 50.3 al. 1: the attestation is valid until the end of the third month after the month it was
 * issued. Older models said it must be issued "no more than 90 days" before the closing: 90 days said of the
 * attestation, not any 90 days near its mention.
 */
export const revenuQuebecAttestationValidity: Rule = {
  id: 'revenu-quebec-attestation-validity',
  citation: '50.3.al1',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "L'attestation de Revenu Québec est valide jusqu'à la fin de la période de trois mois qui suit le mois de sa délivrance.",
    en: 'The Revenu Québec attestation is valid until the end of the three-month period following the month it was issued.',
  },
  notApplicable: (context) =>
    itemStated(context.model, 'revenuQuebecAttestation')
      ? undefined
      : {
          fr: "Les documents ne mentionnent pas d'attestation de Revenu Québec : aucune formule de validité à vérifier.",
          en: 'The documents mention no Revenu Québec attestation: no validity wording to check.',
        },
  check(context) {
    for (const mention of findItem(context.model, 'revenuQuebecAttestation')) {
      const old = scopeOf(context, mention).find((unit) => readAsPassage(unit) && unitStates(unit, 'ninetyDays') && ninetyDaysOfAttestation(unit.normalized));
      if (!old) continue;
      context.report({
        messageId: 'ninetyDays',
        range: { start: old.start, end: old.end },
        message: {
          fr: "Formule de validité de l'attestation de Revenu Québec périmée (90 jours) : l'attestation est valide jusqu'à la fin de la période de trois mois qui suit le mois de sa délivrance et ne doit pas être délivrée après la date et l'heure limites de réception.",
          en: 'Outdated validity wording for the Revenu Québec attestation (90 days): the attestation is valid until the end of the three-month period following the month it was issued, and must not be issued after the closing date and time.',
        },
      });
      return;
    }
  },
};
