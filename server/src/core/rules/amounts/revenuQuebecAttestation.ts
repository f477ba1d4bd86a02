import { amountAtLeast } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, documentEnd, sectionEnd, stated } from '../evaluation/common.js';
import { reportWeakenedAttestation } from './revenuQuebecAttestationWeakened.js';

const THRESHOLD = 25_000;

/**
 * Art. 50.1: for a contract of 25 000 $ or more, the provider holds a valid Revenu Québec attestation; a clause that names
 * it but lets it come after the closing, makes it optional or exempts more than art. 50.6 does is no requirement of it.
 */
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
  // An attestation the documents name is read for its weakening whatever the amount, unless the amount is known to be
  // under the threshold: a call that asks for it is one that needs it.
  notApplicable: (context) =>
    context.data.montantEstime === undefined && stated(context, 'revenuQuebecAttestation')
      ? undefined
      : amountAtLeast(context, THRESHOLD, {
          fr: "seuil de l'attestation de Revenu Québec, art. 50.1",
          en: 'threshold of the Revenu Québec attestation, s. 50.1',
        }),
  check(context) {
    if (stated(context, 'revenuQuebecAttestation')) {
      reportWeakenedAttestation(context);
      return;
    }
    const offset = sectionEnd(context.model, 'eligibilitySection') ?? documentEnd(context);
    context.report({
      messageId: 'attestationMissing',
      range: context.model.frontMatter?.valueRange(['montant-estime']),
      message: {
        fr: "La dépense estimée est d'au moins 25 000 $ : les documents doivent exiger une attestation valide de Revenu Québec (condition d'admissibilité, art. 50.3).",
        en: 'The estimated expenditure is at least $25,000: the documents must require a valid Revenu Québec attestation (an admissibility condition, s. 50.3).',
      },
      fix: insertClauseFix(context.model, 'revenuQuebecAttestation', context.locale, offset),
    });
  },
};
