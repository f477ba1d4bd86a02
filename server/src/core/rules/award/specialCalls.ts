import { awardAmong, both, dollars, domainAmong, procedureIs } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, documentEnd, evaluationInsertionOffset, modeRange, stated } from '../evaluation/common.js';

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
      domainAmong(context, ['architecture', 'genie'], { fr: "d'architecture ou de génie (hors sols et matériaux)", en: 'an architecture or engineering (other than soils and materials)' }) ??
      procedureIs(context, 'regionalise');
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
      range: context.model.frontMatter?.valueRange(['procedure']),
      message: {
        fr: "Appel d'offres régionalisé en architecture ou en génie de moins de 250 000 $ : les documents doivent exiger que le chargé de projet soit une ressource permanente travaillant dans la région depuis au moins 2 mois avant la date limite de réception.",
        en: 'Regionalised architecture or engineering call under $250,000: the documents must require the project manager to be a permanent resource working in the region for at least 2 months before the closing date.',
      },
      fix: insertClauseFix(context.model, 'permanentProjectManager', context.locale, documentEnd(context)),
    });
  },
};

/** Art. 25 al. 2: a two-step call states whether all selected providers, or a restricted number, go to step 2. */
export const secondStepInvitees: Rule = {
  id: 'two-step-second-step-invitees',
  citation: '25.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Appel d'offres en deux étapes : les documents indiquent si tous les prestataires sélectionnés ou seulement un nombre restreint d'entre eux sont invités à la deuxième étape.",
    en: 'Two-step call: the documents state whether all the selected providers or only a restricted number of them are invited to the second step.',
  },
  notApplicable: (context) => procedureIs(context, 'deux-etapes'),
  check(context) {
    if (stated(context, 'secondStepInvitees')) return;
    context.report({
      range: context.model.frontMatter?.valueRange(['procedure']),
      message: {
        fr: "Appel d'offres en deux étapes : les documents n'indiquent pas si tous les prestataires sélectionnés ou seulement un nombre restreint d'entre eux seront invités à la deuxième étape.",
        en: 'Two-step call: the documents do not state whether all the selected providers or only a restricted number of them will be invited to the second step.',
      },
      fix: insertClauseFix(context.model, 'secondStepInvitees', context.locale, evaluationInsertionOffset(context)),
    });
  },
};

/** Art. 39: an advertising campaign awarded on quality only states the predetermined amount the contract cannot exceed. */
export const advertisingAmount: Rule = {
  id: 'advertising-predetermined-amount',
  citation: '39',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Campagne de publicité adjugée sur la qualité seulement : le montant du contrat ne peut dépasser le montant prédéterminé dans les documents.',
    en: 'Advertising campaign awarded on quality only: the contract amount cannot exceed the amount predetermined in the documents.',
  },
  notApplicable: (context) =>
    domainAmong(context, ['publicite'], { fr: 'de campagne de publicité', en: 'an advertising campaign' }) ??
    awardAmong(context, awardMode(context), ['qualite-seulement'], { fr: "la campagne n'est pas adjugée sur la qualité seulement.", en: 'the campaign is not awarded on quality only.' }),
  check(context) {
    if (stated(context, 'predeterminedAmount')) return;
    context.report({
      range: modeRange(context),
      message: {
        fr: "Campagne de publicité adjugée sur la qualité seulement : les documents n'indiquent pas le montant prédéterminé que le contrat ne peut dépasser.",
        en: 'Advertising campaign awarded on quality only: the documents do not state the predetermined amount the contract cannot exceed.',
      },
      fix: insertClauseFix(context.model, 'predeterminedAmount', context.locale, documentEnd(context)),
    });
  },
};
