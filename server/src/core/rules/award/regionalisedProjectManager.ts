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
  check(context) {
    const domain = context.data.contrat.domaine;
    const amount = context.data.montantEstime;
    if ((domain !== 'architecture' && domain !== 'genie') || context.data.procedure !== 'regionalise') return;
    if (amount === undefined || amount >= REGIONAL_LIMIT || stated(context, 'permanentProjectManager')) return;
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
