import { itemStated } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';

export const REPETITIVE_MONTHS = 36;
/** Art. 46 al. 1: for a contract under art. 42.2 al. 1 the authorisation threshold is 5 years. */
export const ARTICLE_42_2_MONTHS = 60;
export const ON_DEMAND_MONTHS = 60;

/**
 * Art. 46 al. 1: a repetitive contract whose planned duration, renewals included, exceeds 3 years
 * (5 years for an art. 42.2 contract; strictly more) needs the dirigeant's authorisation; the
 * documents should say it was given.
 */
export const repetitiveAuthorisation: Rule = {
  id: 'contract-duration-authorisation',
  citation: '46.al1',
  severity: 'warning',
  appliesTo: ['appel-offres', 'avis'],
  description: {
    fr: "Un contrat à exécution répétitive de plus de 3 ans, renouvellements compris, mentionne l'autorisation du dirigeant.",
    en: "A repetitive contract over 3 years, renewals included, mentions the authorisation of the public body's chief executive.",
  },
  check(context) {
    const { repetitif, dureeMois, executionSurDemande, article422 } = context.data.contrat;
    const limit = article422 ? ARTICLE_42_2_MONTHS : REPETITIVE_MONTHS;
    if (!repetitif || dureeMois === undefined || dureeMois <= limit) return;
    // Beyond 5 years an on-demand contract cannot be authorised at all (reported by the next rule).
    if (executionSurDemande && dureeMois > ON_DEMAND_MONTHS) return;
    if (itemStated(context.model, 'dirigeantAuthorisation')) return;
    context.report({
      range: context.model.frontMatter?.valueRange(['contrat', 'duree-mois']),
      message: {
        fr: `Contrat à exécution répétitive d'une durée de ${dureeMois} mois, renouvellements compris : au-delà de ${limit / 12} ans, l'autorisation du dirigeant de l'organisme est requise ; les documents ne la mentionnent pas.`,
        en: `Repetitive contract of ${dureeMois} months, renewals included: beyond ${limit / 12} years the chief executive's authorisation is required; the documents do not mention it.`,
      },
      fix: insertClauseFix(context.model, 'dirigeantAuthorisation', context.locale),
    });
  },
};

/** Art. 46 al. 1: the dirigeant cannot authorise an on-demand contract of more than 5 years. */
export const onDemandDuration: Rule = {
  id: 'contract-on-demand-duration',
  citation: '46.al1',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis'],
  description: {
    fr: "Un contrat à exécution sur demande ne dure pas plus de 5 ans, renouvellements compris.",
    en: 'An on-demand contract lasts no more than 5 years, renewals included.',
  },
  check(context) {
    const { executionSurDemande, dureeMois } = context.data.contrat;
    const range = context.model.frontMatter?.valueRange(['contrat', 'duree-mois']);
    if (!executionSurDemande || dureeMois === undefined || dureeMois <= ON_DEMAND_MONTHS || !range) return;
    context.report({
      range,
      message: {
        fr: `Contrat à exécution sur demande d'une durée de ${dureeMois} mois : le dirigeant ne peut autoriser une durée de plus de 5 ans, renouvellements compris.`,
        en: `On-demand contract of ${dureeMois} months: the chief executive cannot authorise a duration over 5 years, renewals included.`,
      },
      fix: { title: { fr: 'Ramener la durée à 60 mois', en: 'Set the duration to 60 months' }, edits: [{ range, newText: String(ON_DEMAND_MONTHS) }] },
    });
  },
};
