import { notOnDemand } from '../applicability.js';
import type { Rule } from '../rule.js';
import { ON_DEMAND_MONTHS } from './duration.js';

/** Art. 46 al. 1: the dirigeant cannot authorise an on-demand contract of more than 5 years. */
export const contractOnDemandDuration: Rule = {
  id: 'contract-on-demand-duration',
  citation: '46.al1',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis'],
  description: {
    fr: 'Un contrat à exécution sur demande ne dure pas plus de 5 ans, renouvellements compris.',
    en: 'An on-demand contract lasts no more than 5 years, renewals included.',
  },
  notApplicable: notOnDemand,
  check(context) {
    const { dureeMois } = context.data.contrat;
    const range = context.model.frontMatter?.valueRange(['contrat', 'duree-mois']);
    if (dureeMois === undefined || dureeMois <= ON_DEMAND_MONTHS || !range) return;
    context.report({
      messageId: 'tooLong',
      range,
      message: {
        fr: `Contrat à exécution sur demande d'une durée de ${dureeMois} mois : le dirigeant ne peut autoriser une durée de plus de 5 ans, renouvellements compris.`,
        en: `On-demand contract of ${dureeMois} months: the chief executive cannot authorise a duration over 5 years, renewals included.`,
      },
      fix: { title: { fr: 'Ramener la durée à 60 mois', en: 'Set the duration to 60 months' }, edits: [{ range, newText: String(ON_DEMAND_MONTHS) }] },
    });
  },
};
