import { evaluationGrid } from '../../evaluation/grid.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import { RECOGNISERS, matchesPhrase } from '../../legal/recognisers.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule, RuleContext } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, evaluationInsertionOffset, isArchitectureOrEngineering, isQualityMode, modeRange, stated } from '../evaluation/common.js';

/** Art. 16 al. 1: professional services are awarded on quality against predetermined criteria. */
export const professionalQualityCriteria: Rule = {
  id: 'professional-services-quality-criteria',
  citation: '16.al1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Pour un contrat de services professionnels, la qualité est évaluée en fonction de critères d'évaluation prédéterminés.",
    en: 'For a professional-services contract, quality is evaluated against predetermined evaluation criteria.',
  },
  check(context) {
    if (context.data.contrat.nature !== 'services-professionnels' || !isQualityMode(awardMode(context))) return;
    if (evaluationGrid(context.model).primary) return;
    context.report({
      range: modeRange(context),
      message: {
        fr: "Services professionnels évalués sur la qualité, mais aucun critère d'évaluation prédéterminé n'est trouvé (clé evaluation.criteres ou tableau sous un titre « Grille d'évaluation »).",
        en: 'Professional services evaluated on quality, but no predetermined evaluation criteria are found (key evaluation.criteres or a table under an "evaluation grid" heading).',
      },
    });
  },
};

/**
 * Art. 16 al. 2: when a price is requested with the quality demonstration, both are presented
 * separately so that the committee evaluates quality without knowing the price (art. 26). Art. 7 6°
 * (the matching automatic-rejection case) is a separate rule.
 */
export const separatePriceAndQuality: Rule = {
  id: 'professional-services-separate-price',
  citation: '16.al2',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: 'Le prix et la démonstration de la qualité sont présentés séparément.',
    en: 'The price and the quality demonstration are presented separately.',
  },
  check(context) {
    const mode = awardMode(context);
    if (mode !== 'qualite-minimale' && mode !== 'qualite-prix') return;
    // Technical services evaluated on quality: art. 33 reports the missing section IV mechanics.
    if (context.data.contrat.nature === 'services-techniques') return;
    if (stated(context, 'separatePriceAndQuality')) return;
    context.report({
      range: modeRange(context),
      message: {
        fr: 'Un prix est demandé avec la démonstration de la qualité, mais les documents ne prévoient pas que le prix et la qualité sont présentés séparément.',
        en: 'A price is requested with the quality demonstration, but the documents do not require the price and the quality to be presented separately.',
      },
      fix: insertClauseFix(context.model, 'separatePriceAndQuality', context.locale, evaluationInsertionOffset(context)),
    });
  },
};

/** A sentence that refuses a price ("aucun prix n'est demandé", "ne doit pas contenir de prix") or rejects a bid for one. */
const NO_PRICE = /\b(?:aucune?|sans|ni)\b|\b(?:ne|n') ?(?:\S+ ){0,3}(?:pas|aucune?|jamais)\b/;

const asksPrice = (sentence: string) => matchesPhrase(RECOGNISERS.priceSolicited, sentence) && !NO_PRICE.test(sentence) && !matchesPhrase(RECOGNISERS.rejection, sentence);
const PRICE_REQUEST = unitQuestion('priceRequest', (normalized) => normalized.split(/[.;!?](?:\s|$)/).some(asksPrice));

/** Sentences of the documents that ask bidders for a price (a price envelope, a fee form, "indique ses honoraires"). */
function priceRequests(context: RuleContext) {
  return findUnits(context.model, PRICE_REQUEST);
}

/**
 * Art. 24 al. 1: architecture and engineering other than forestry solicit only a quality demonstration:
 * the award is on quality alone, and no price is asked of bidders.
 */
export const architectureEngineeringQualityOnly: Rule = {
  id: 'architecture-engineering-quality-only',
  citation: '24.al1',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Un contrat d'architecture ou de génie autre que forestier est adjugé sur la seule démonstration de la qualité : aucun prix n'est demandé aux soumissionnaires.",
    en: 'An architecture or engineering (other than forestry) contract is awarded on the quality demonstration alone: bidders are asked for no price.',
  },
  check(context) {
    const mode = awardMode(context);
    if (!isArchitectureOrEngineering(context)) return;
    if (mode === 'qualite-seulement') {
      const asking = priceRequests(context)[0];
      if (!asking) return;
      context.report({
        range: { start: asking.start, end: asking.end },
        message: {
          fr: "Contrat d'architecture ou de génie autre que forestier : l'organisme sollicite uniquement une démonstration de la qualité; ce passage demande un prix aux soumissionnaires (les honoraires suivent le tarif applicable).",
          en: 'Architecture or engineering (other than forestry) contract: the body solicits only a quality demonstration; this passage asks bidders for a price (fees follow the applicable tariff).',
        },
      });
      return;
    }
    if (mode !== 'qualite-minimale' && mode !== 'qualite-prix') return;
    const range = context.model.frontMatter?.valueRange(['adjudication']);
    context.report({
      range: range ?? modeRange(context),
      message: {
        fr: "Contrat d'architecture ou de génie autre que forestier : l'organisme doit solliciter uniquement une démonstration de la qualité (adjudication: qualite-seulement), sans prix.",
        en: 'Architecture or engineering (other than forestry) contract: the body must solicit only a quality demonstration (adjudication: qualite-seulement), without a price.',
      },
      fix: range
        ? {
            title: { fr: 'Adjuger sur la qualité seulement (qualite-seulement)', en: 'Award on quality only (qualite-seulement)' },
            edits: [{ range, newText: 'qualite-seulement' }],
          }
        : undefined,
    });
  },
};

/** Art. 34: professional services may be awarded on price alone, except architecture and engineering (art. 24). */
export const professionalPriceOnly: Rule = {
  id: 'professional-services-price-only',
  citation: '34',
  severity: 'error',
  appliesTo: TENDER_DOCUMENTS,
  scope: 'dossier',
  description: {
    fr: "Un contrat de services professionnels peut être adjugé sur le prix seul, sauf en architecture et en génie autre que forestier.",
    en: 'A professional-services contract may be awarded on price alone, except architecture and engineering other than forestry.',
  },
  check(context) {
    if (awardMode(context) !== 'prix' || !isArchitectureOrEngineering(context)) return;
    context.report({
      range: modeRange(context),
      message: {
        fr: "Un contrat d'architecture ou de génie autre que forestier ne peut être adjugé sur le prix seul (art. 34 et 24) : il est adjugé sur la qualité seulement.",
        en: 'An architecture or engineering (other than forestry) contract cannot be awarded on price alone (s. 34 and 24): it is awarded on quality only.',
      },
    });
  },
};
