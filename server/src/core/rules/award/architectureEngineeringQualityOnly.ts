import { architectureOrEngineering } from '../applicability.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import { RECOGNISERS, matchesPhrase } from '../../legal/recognisers.js';
import type { Rule, RuleContext } from '../rule.js';
import { TENDER_DOCUMENTS, awardMode, modeRange } from '../evaluation/common.js';
import { clausesOf } from '../../text/sentences.js';

/** A sentence that refuses a price ("aucun prix n'est demandé", "ne doit pas contenir de prix") or rejects a bid for one. */
const NO_PRICE = /\b(?:aucune?|sans|ni)\b|\b(?:ne|n') ?(?:\S+ ){0,3}(?:pas|aucune?|jamais)\b/;

const asksPrice = (sentence: string) =>
  matchesPhrase(RECOGNISERS.priceSolicited, sentence) && !NO_PRICE.test(sentence) && !matchesPhrase(RECOGNISERS.rejection, sentence);
const PRICE_REQUEST = unitQuestion('priceRequest', (normalized) => clausesOf(normalized).some(asksPrice));

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
  notApplicable: architectureOrEngineering,
  check(context) {
    const mode = awardMode(context);
    if (mode === 'qualite-seulement') {
      const asking = priceRequests(context)[0];
      if (!asking) return;
      context.report({
        messageId: 'priceRequested',
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
      messageId: 'notQualityOnly',
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
