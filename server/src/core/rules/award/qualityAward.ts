import { awardAmong } from '../applicability.js';
import { findItem, itemStated } from '../../legal/find.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { Localized } from '../../types.js';
import type { Rule } from '../rule.js';
import { TENDER_DOCUMENTS } from '../evaluation/common.js';

const AWARD_RULES: Record<'qualite-minimale' | 'qualite-prix' | 'qualite-seulement', { item: ItemName; rule: Localized }> = {
  'qualite-minimale': { item: 'awardLowestPrice', rule: { fr: 'le prix le plus bas', en: 'the lowest price' } },
  'qualite-prix': { item: 'awardAdjustedPrice', rule: { fr: 'le prix ajusté le plus bas', en: 'the lowest adjusted price' } },
  'qualite-seulement': { item: 'awardHighestScore', rule: { fr: 'la note finale la plus élevée', en: 'the highest final score' } },
};

const MODE_NAMES: Record<keyof typeof AWARD_RULES, Localized> = {
  'qualite-minimale': { fr: 'qualité minimale (annexe 1)', en: 'minimum quality (Annex 1)' },
  'qualite-prix': { fr: 'qualité-prix (annexe 2)', en: 'quality-price (Annex 2)' },
  'qualite-seulement': { fr: 'qualité seulement (annexe 2, art. 1 à 7)', en: 'quality only (Annex 2, s. 1–7)' },
};

/**
 * Art. 20, 21 and 22: each quality evaluation has its award rule. A document that states another
 * method's rule and never its own contradicts its award method.
 */
export function awardRule(citation: string, id: string, mode: keyof typeof AWARD_RULES, description: Localized): Rule {
  return {
    id,
    citation,
    severity: 'error',
    appliesTo: TENDER_DOCUMENTS,
    scope: 'dossier',
    description,
    notApplicable: (context) =>
      awardAmong(context, context.data.adjudication, [mode], {
        fr: `la règle d'adjudication de la ${MODE_NAMES[mode].fr} ne s'applique pas.`,
        en: `the award rule of ${MODE_NAMES[mode].en} does not apply.`,
      }),
    check(context) {
      const own = AWARD_RULES[mode];
      if (itemStated(context.model, own.item)) return;
      for (const other of Object.keys(AWARD_RULES) as (keyof typeof AWARD_RULES)[]) {
        if (other === mode) continue;
        const units = findItem(context.model, AWARD_RULES[other].item);
        if (units.length === 0) continue;
        const adjudication = context.model.frontMatter?.valueRange(['adjudication']);
        context.report({
          messageId: 'otherAwardRule',
          range: { start: units[0].start, end: units[0].end },
          message: {
            fr: `Le mode d'adjudication est ${MODE_NAMES[mode].fr} : le contrat est adjugé selon ${own.rule.fr}, non selon ${AWARD_RULES[other].rule.fr}.`,
            en: `The award method is ${MODE_NAMES[mode].en}: the contract is awarded to ${own.rule.en}, not ${AWARD_RULES[other].rule.en}.`,
          },
          related: adjudication ? [{ range: adjudication, message: { fr: "Mode d'adjudication", en: 'Award method' } }] : undefined,
        });
        return;
      }
    },
  };
}
