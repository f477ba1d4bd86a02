import { readAsPassage } from '../../document/markdown.js';
import { findItem, itemStatedWhere } from '../../legal/find.js';
import { requiredDocumentItem } from '../documents/requiredItem.js';
import type { Rule, RuleContext } from '../rule.js';
import { belowThreshold } from '../threshold.js';
import { statedBy } from '../evidence.js';
import { admissibilityAnchor, admissibilityConditionFix } from './conditions.js';

/** Art. 6 par. 2°: an establishment in Québec or in a territory covered by an applicable agreement. */
const required = requiredDocumentItem({
  id: 'admissibility-establishment',
  citation: '6.2°',
  description: {
    fr: "Condition d'admissibilité : avoir un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable, ce territoire compris lorsqu'un accord s'applique (peut différer sous le seuil, art. 3).",
    en: 'Admissibility condition: an establishment in Québec or in a territory covered by an applicable intergovernmental agreement, that territory included when an agreement applies (may differ below the threshold, s. 3).',
  },
  missing: {
    fr: "Les conditions d'admissibilité n'exigent pas d'établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable.",
    en: 'The admissibility conditions do not require an establishment in Québec or in a territory covered by an applicable intergovernmental agreement.',
  },
  // Conditions set out in another document cannot be checked here.
  ...statedBy('establishment', 'admissibilityElsewhere'),
  regulationClause: true,
  range: admissibilityAnchor,
  severityFor: (context) => (belowThreshold(context) ? 'information' : undefined),
  fix: (context) => admissibilityConditionFix(context, 'establishment'),
});

/** An establishment clause that also admits another territory ("ou dans un territoire visé par un accord", "au Canada"). */
const BEYOND_QUEBEC = /\b(?:territoires?|accords?|provinces?|canada|ontario|nouveau-brunswick|hors (?:du )?quebec|ailleurs|exterieur|agreements?|territory)\b/;
/** The notice says no agreement applies. */
const NO_AGREEMENT =
  /\baucun\b|\bnon (?:assujetti|vise|soumis|couvert)|\bn'est (?:pas )?(?:assujetti|vise|soumis|couvert)|\bne s'applique|\bnot subject\b|\bno (?:trade |intergovernmental )?agreement/;

/** Whether an intergovernmental agreement applies: the front-matter's `accords`, else the notice's statement. */
function agreementApplies(context: RuleContext): boolean {
  const declared = context.data.agreements;
  if (declared !== undefined) return declared !== 'none' && declared.length > 0;
  return itemStatedWhere(context.model, 'intergovernmentalAgreements', (unit) => readAsPassage(unit) && !NO_AGREEMENT.test(unit.normalized));
}

/**
 * Art. 6 par. 2° admits an establishment "au Québec ou dans un territoire visé par un accord
 * intergouvernemental applicable": when an agreement applies, requiring an establishment in Québec
 * alone shuts out the bidders it covers. A regionalised call (LCOP art. 10) and a call below the
 * threshold (art. 3) may restrict it.
 */
function quebecOnly(context: RuleContext): void {
  if (context.data.procedure === 'regionalise' || !agreementApplies(context)) return;
  // A clause that admits another territory (most do) is looked for first, stopping at the first block that states one.
  if (itemStatedWhere(context.model, 'establishment', (unit) => readAsPassage(unit) && BEYOND_QUEBEC.test(unit.normalized))) return;
  const clauses = findItem(context.model, 'establishment').filter(readAsPassage);
  if (clauses.length === 0) return;
  context.report({
    messageId: 'quebecOnly',
    range: { start: clauses[0].start, end: clauses[0].end },
    severity: belowThreshold(context) ? 'information' : 'warning',
    message: {
      fr: "L'établissement exigé se limite au Québec alors qu'un accord intergouvernemental s'applique : l'art. 6, par. 2° admet aussi un établissement dans un territoire visé par un accord applicable.",
      en: 'The establishment required is limited to Québec while an intergovernmental agreement applies: s. 6, subpara. 2 also admits an establishment in a territory covered by an applicable agreement.',
    },
  });
}

export const admissibilityEstablishment: Rule = {
  ...required,
  check(context) {
    required.check(context);
    quebecOnly(context);
  },
};
