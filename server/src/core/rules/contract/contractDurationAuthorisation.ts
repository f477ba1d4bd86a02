import { both } from '../applicability.js';
import { itemStated } from '../../legal/find.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { ON_DEMAND_MONTHS } from './duration.js';

const REPETITIVE_MONTHS = 36;
/** Art. 46 al. 1: for a contract under art. 42.2 al. 1 the authorisation threshold is 5 years. */
const ARTICLE_42_2_MONTHS = 60;

/**
 * Art. 46 al. 1: a repetitive contract whose planned duration, renewals included, exceeds 3 years
 * (5 years for an art. 42.2 contract; strictly more) needs the dirigeant's authorisation; the
 * documents should say it was given.
 */
export const contractDurationAuthorisation: Rule = {
  id: 'contract-duration-authorisation',
  citation: '46.al1',
  severity: 'warning',
  // The mention may be in any file of a dossier (the contract's term clause, the instructions), not only the notice.
  appliesTo: ['appel-offres', 'avis', 'document'],
  scope: 'dossier',
  description: {
    fr: "Un contrat à exécution répétitive de plus de 3 ans, renouvellements compris, mentionne l'autorisation du dirigeant.",
    en: "A repetitive contract over 3 years, renewals included, mentions the authorisation of the public body's chief executive.",
  },
  notApplicable(context) {
    const { repetitif, dureeMois, executionSurDemande, article422 } = context.data.contrat;
    const limit = article422 ? ARTICLE_42_2_MONTHS : REPETITIVE_MONTHS;
    if (!repetitif) {
      return {
        fr: 'Pas un contrat à exécution répétitive (clé contrat.repetitif absente ou false).',
        en: 'Not a repetitive contract (key contrat.repetitif absent or false).',
      };
    }
    if (dureeMois === undefined) {
      return {
        fr: 'Durée du contrat non indiquée (clé contrat.duree-mois) : rien n’établit qu’elle dépasse la limite.',
        en: 'Contract duration not given (key contrat.duree-mois): nothing shows it exceeds the limit.',
      };
    }
    if (dureeMois <= limit) {
      return both((l) =>
        l === 'fr'
          ? `Durée de ${dureeMois} mois, renouvellements compris, ≤ ${limit} mois : aucune autorisation du dirigeant n'est requise.`
          : `Duration of ${dureeMois} months, renewals included, ≤ ${limit} months: no authorisation of the chief executive is required.`,
      );
    }
    // Beyond 5 years an on-demand contract cannot be authorised at all (reported by the next rule).
    if (executionSurDemande && dureeMois > ON_DEMAND_MONTHS) {
      return both((l) =>
        l === 'fr'
          ? `Contrat à exécution sur demande de ${dureeMois} mois : au-delà de ${ON_DEMAND_MONTHS} mois, il ne peut être autorisé (règle contract-on-demand-duration).`
          : `On-demand contract of ${dureeMois} months: beyond ${ON_DEMAND_MONTHS} months it cannot be authorised (rule contract-on-demand-duration).`,
      );
    }
    return undefined;
  },
  check(context) {
    const { dureeMois, article422 } = context.data.contrat;
    const limit = article422 ? ARTICLE_42_2_MONTHS : REPETITIVE_MONTHS;
    if (itemStated(context.model, 'dirigeantAuthorisation')) return;
    context.report({
      messageId: 'authorisationMissing',
      range: context.model.frontMatter?.valueRange(['contrat', 'duree-mois']),
      message: {
        fr: `Contrat à exécution répétitive d'une durée de ${dureeMois} mois, renouvellements compris : au-delà de ${limit / 12} ans, l'autorisation du dirigeant de l'organisme est requise ; les documents ne la mentionnent pas.`,
        en: `Repetitive contract of ${dureeMois} months, renewals included: beyond ${limit / 12} years the chief executive's authorisation is required; the documents do not mention it.`,
      },
      fix: insertClauseFix(context.model, 'dirigeantAuthorisation', context.locale),
    });
  },
};
