import { findItem } from '../../legal/find.js';
import { NEGOTIATION_WITHIN_ART_15 } from '../../legal/recognisers/award.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';
import { provisionWithEntries } from '../scope.js';

/**
 * Art. 15 (and 27): the contract is awarded on the bid as submitted; the price may be negotiated,
 * downwards only, when a single provider's bid is conforming (acceptable, for professional
 * services), the provider agrees, and the price is the only change. A general right to negotiate
 * goes beyond that.
 */
export const negotiationBeyondArticle15: Rule = {
  id: 'negotiation-beyond-article-15',
  citation: '15',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "Le prix ne peut être négocié qu'à la baisse, lorsqu'un seul prestataire a présenté une soumission conforme et que le prix est la seule modification.",
    en: 'The price may be negotiated only downwards, when a single provider submitted a conforming bid and the price is the only change.',
  },
  check(context) {
    for (const unit of findItem(context.model, 'negotiation')) {
      if (unit.kind === 'heading') continue;
      // The limit may be stated in the conditions listed under the right to negotiate, or in their introduction.
      const provision = provisionWithEntries(context.model, unit)
        .map((part) => part.normalized)
        .join(' ');
      if (NEGOTIATION_WITHIN_ART_15.test(provision)) continue;
      context.report({
        messageId: 'beyondArticle15',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Art. 15 : l'organisme ne peut négocier que le prix, à la baisse, lorsqu'un seul prestataire a présenté une soumission conforme, qu'il consent au nouveau prix et que c'est la seule modification; ce passage ne se limite pas à ce cas.",
          en: 'S. 15: the body may negotiate only the price, downwards, when a single provider submitted a conforming bid, agrees to the new price, and it is the only change; this passage is not limited to that case.',
        },
      });
    }
  },
};
