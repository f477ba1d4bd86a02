import { both, dollars, domainAmong, procedureIs } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, documentEnd, stated } from '../evaluation/common.js';

/** Art. 24 al. 2 applies below this amount. */
const REGIONAL_LIMIT = 250_000;

/**
 * Art. 24 al. 2: architecture or engineering (except soils and materials) under 250 000 $ through a
 * regionalised call: the project manager is a permanent resource working from an establishment in
 * the region named in the documents for at least 2 months before the closing.
 */
export const regionalisedProjectManager: Rule = {
  id: 'regionalised-project-manager',
  citation: '24.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Architecture ou génie, appel d'offres régionalisé de moins de 250 000 $ : le chargé de projet est une ressource permanente travaillant dans la région depuis au moins 2 mois.",
    en: 'Architecture or engineering, regionalised call under $250,000: the project manager is a permanent resource working in the region for at least 2 months.',
  },
  notApplicable(context) {
    const other =
      domainAmong(context, ['architecture', 'genie'], {
        fr: "d'architecture ou de génie (hors sols et matériaux)",
        en: 'an architecture or engineering (other than soils and materials)',
      }) ?? procedureIs(context, 'regionalise');
    if (other) return other;
    const amount = context.data.montantEstime;
    if (amount !== undefined && amount < REGIONAL_LIMIT) return undefined;
    return both((l) =>
      amount === undefined
        ? l === 'fr'
          ? `Montant estimé non indiqué (clé montant-estime) : rien n'établit qu'il est sous ${dollars(REGIONAL_LIMIT, l)} (art. 24 al. 2).`
          : `Estimated amount not given (key montant-estime): nothing shows it is below ${dollars(REGIONAL_LIMIT, l)} (s. 24 para. 2).`
        : l === 'fr'
          ? `Montant estimé ${dollars(amount, l)} ≥ ${dollars(REGIONAL_LIMIT, l)} : l'art. 24 al. 2 vise les contrats de moins de ${dollars(REGIONAL_LIMIT, l)}.`
          : `Estimated amount ${dollars(amount, l)} ≥ ${dollars(REGIONAL_LIMIT, l)}: s. 24 para. 2 covers contracts below ${dollars(REGIONAL_LIMIT, l)}.`,
    );
  },
  check(context) {
    if (stated(context, 'permanentProjectManager')) return;
    context.report({
      messageId: 'projectManagerMissing',
      range: context.model.frontMatter?.valueRange(['procedure']),
      message: {
        fr: "Appel d'offres régionalisé en architecture ou en génie de moins de 250 000 $ : les documents doivent exiger que le chargé de projet soit une ressource permanente travaillant dans la région depuis au moins 2 mois avant la date limite de réception.",
        en: 'Regionalised architecture or engineering call under $250,000: the documents must require the project manager to be a permanent resource working in the region for at least 2 months before the closing date.',
      },
      fix: insertClauseFix(context.model, 'permanentProjectManager', context.locale, documentEnd(context)),
    });
  },
};
