import { readAsPassage } from '../../document/markdown.js';
import { findItem, itemStated, unitStates } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { scopeOf } from '../scope.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';

/**
 * Art. 50.3 al. 1: the attestation is valid until the end of the third month after the month it was
 * issued. Older models said it must be issued "no more than 90 days" before the closing.
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
      const old = scopeOf(context, mention).find((unit) => readAsPassage(unit) && unitStates(unit, 'ninetyDays'));
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
