import { awardAmong, both } from '../applicability.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, documentEnd, isArchitectureOrEngineering, modeRange, stated } from '../evaluation/common.js';

/**
 * Art. 23: soliciting only a quality demonstration requires a tariff that applies to the contract
 * (taken under an Act, or approved by the government or the Conseil du trésor). Architecture and
 * engineering (art. 24), advertising campaigns (art. 39) and travel services (art. 41) have their own
 * basis for it.
 */
export const qualityOnlyTariff: Rule = {
  id: 'quality-only-tariff',
  citation: '23',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "L'organisme ne sollicite qu'une démonstration de la qualité que s'il existe un tarif applicable au contrat.",
    en: 'The body solicits only a quality demonstration only when a tariff applies to the contract.',
  },
  notApplicable(context) {
    const mode = awardMode(context);
    const notQualityOnly = awardAmong(context, mode, ['qualite-seulement'], {
      fr: "l'organisme ne sollicite pas qu'une démonstration de la qualité.",
      en: 'the body does not solicit a quality demonstration alone.',
    });
    if (notQualityOnly) return notQualityOnly;
    const domain = context.data.contrat.domaine;
    if (!isArchitectureOrEngineering(context) && domain !== 'publicite' && domain !== 'voyage') return undefined;
    return both((l) =>
      l === 'fr'
        ? `Domaine du contrat (contrat.domaine : ${domain}) : la qualité seule y est prévue par le règlement (art. 24, 39 ou 41), sans tarif à indiquer.`
        : `Domain of the contract (contrat.domaine: ${domain}): the regulation provides for quality alone there (s. 24, 39 or 41), no tariff to state.`,
    );
  },
  check(context) {
    if (stated(context, 'tariff')) return;
    context.report({
      messageId: 'tariffMissing',
      range: modeRange(context),
      message: {
        fr: "Adjudication sur la qualité seulement : les documents n'indiquent pas le tarif applicable au contrat (pris en vertu d'une loi ou approuvé par le gouvernement ou le Conseil du trésor).",
        en: 'Award on quality only: the documents do not state the tariff that applies to the contract (made under an Act or approved by the government or the Conseil du trésor).',
      },
      fix: insertClauseFix(context.model, 'tariff', context.locale, documentEnd(context)),
    });
  },
};
