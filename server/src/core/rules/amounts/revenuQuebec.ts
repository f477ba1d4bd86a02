import { amountAtLeast } from '../applicability.js';
import { findItem, unitStates } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { scopeOf } from '../scope.js';
import { TENDER_DOCUMENTS, documentEnd, sectionEnd, stated } from '../evaluation/common.js';

const THRESHOLD = 25_000;

/** Art. 50.1: for a contract of 25 000 $ or more, the provider holds a valid Revenu Québec attestation. */
export const revenuQuebecAttestation: Rule = {
  id: 'revenu-quebec-attestation',
  citation: '50.1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Pour un contrat de 25 000 $ ou plus, le prestataire de services doit détenir une attestation valide de Revenu Québec.',
    en: 'For a contract of $25,000 or more, the service provider must hold a valid Revenu Québec attestation.',
  },
  notApplicable: (context) => amountAtLeast(context, THRESHOLD, { fr: "seuil de l'attestation de Revenu Québec, art. 50.1", en: 'threshold of the Revenu Québec attestation, s. 50.1' }),
  check(context) {
    if (stated(context, 'revenuQuebecAttestation')) return;
    const offset = sectionEnd(context.model, 'eligibilitySection') ?? documentEnd(context);
    context.report({
      range: context.model.frontMatter?.valueRange(['montant-estime']),
      message: {
        fr: "La dépense estimée est d'au moins 25 000 $ : les documents doivent exiger une attestation valide de Revenu Québec (condition d'admissibilité, art. 50.3).",
        en: 'The estimated expenditure is at least $25,000: the documents must require a valid Revenu Québec attestation (an admissibility condition, s. 50.3).',
      },
      fix: insertClauseFix(context.model, 'revenuQuebecAttestation', context.locale, offset),
    });
  },
};

/**
 * Art. 50.3 al. 1: the attestation is valid until the end of the third month after the month it was
 * issued. Older models said it must be issued "no more than 90 days" before the closing.
 */
export const revenuQuebecValidity: Rule = {
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
    findItem(context.model, 'revenuQuebecAttestation').length > 0
      ? undefined
      : { fr: "Les documents ne mentionnent pas d'attestation de Revenu Québec : aucune formule de validité à vérifier.", en: 'The documents mention no Revenu Québec attestation: no validity wording to check.' },
  check(context) {
    for (const mention of findItem(context.model, 'revenuQuebecAttestation')) {
      const old = scopeOf(context, mention).find((unit) => unit.kind !== 'heading' && unitStates(unit, 'ninetyDays'));
      if (!old) continue;
      context.report({
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
