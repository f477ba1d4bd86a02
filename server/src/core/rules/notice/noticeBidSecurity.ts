import { findItem, itemStated, unitStates } from '../../legal/find.js';
import { frontMatterEvidence, passages } from '../evidence.js';
import type { Rule } from '../rule.js';
import { scopeOf } from '../scope.js';
import { NOTICE_TYPES } from './requiredItem.js';

/** Art. 4 par. 3°: a required bid security is stated with both its nature and its amount. */
export const noticeBidSecurity: Rule = {
  id: 'notice-bid-security',
  citation: '4.3°',
  severity: 'error',
  appliesTo: NOTICE_TYPES,
  description: {
    fr: "Lorsqu'une garantie de soumission est exigée, l'avis en indique la nature et le montant.",
    en: 'When a bid security is required, the notice states its nature and amount.',
  },
  // A security the front-matter declares (`none` included) or the notice mentions is stated; no key and no mention: none is required.
  notApplicable: (context) =>
    context.data.bidSecurity || itemStated(context.model, 'bidSecurity')
      ? undefined
      : {
          fr: "Aucune garantie de soumission exigée : ni clé garantie-soumission ni mention d'une garantie dans l'avis.",
          en: 'No bid security required: no key garantie-soumission and no mention of a security in the notice.',
        },
  check(context) {
    const declared = context.data.bidSecurity;
    if (declared === 'none') return;
    let nature: boolean;
    let amount: boolean;
    let range;
    if (declared) {
      nature = declared.nature !== undefined;
      amount = declared.montant !== undefined;
      range = context.model.frontMatter?.keyRange(['garantie-soumission']);
    } else {
      const mentions = findItem(context.model, 'bidSecurity');
      if (mentions.some((unit) => unitStates(unit, 'bidSecurityNotRequired'))) return;
      const scope = mentions.flatMap((unit) => scopeOf(context, unit));
      nature = scope.some((unit) => unitStates(unit, 'bidSecurityNature'));
      amount = scope.some((unit) => unitStates(unit, 'amount'));
      range = { start: mentions[0].start, end: mentions[0].end };
    }
    if (nature && amount) return;
    const missing =
      !nature && !amount
        ? { fr: 'la nature et le montant', en: 'nature and amount' }
        : !nature
          ? { fr: 'la nature', en: 'nature' }
          : { fr: 'le montant', en: 'amount' };
    context.report({
      messageId: 'detailMissing',
      range,
      message: {
        fr: `Une garantie de soumission est exigée, mais l'avis n'en indique pas ${missing.fr}.`,
        en: `A bid security is required, but the notice does not state its ${missing.en}.`,
      },
    });
  },
  evidence(context) {
    if (context.data.bidSecurity) return frontMatterEvidence(context, ['garantie-soumission']);
    const mentions = findItem(context.model, 'bidSecurity');
    const notRequired = mentions.filter((unit) => unitStates(unit, 'bidSecurityNotRequired'));
    return notRequired.length > 0 ? passages(notRequired, 'bidSecurityNotRequired') : passages(mentions, 'bidSecurity');
  },
};
