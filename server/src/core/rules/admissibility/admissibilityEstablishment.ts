import { readAsPassage } from '../../document/markdown.js';
import { findItem, itemStatedWhere } from '../../legal/find.js';
import {
  BUSINESS_HOURS,
  CANADA,
  ESTABLISHMENT_ALTERNATIVE,
  ESTABLISHMENT_ELEMENTS,
  ESTABLISHMENT_REACHABLE,
  ESTABLISHMENT_REQUIRED,
  TERRITORY_QUALIFIED,
  WIDER_TERRITORY,
} from '../../legal/recognisers/admissibility.js';
import { normalizeForMatching } from '../../text/normalize.js';
import type { DocumentUnit } from '../../document/model.js';
import type { Localized } from '../../types.js';
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
  if (
    itemStatedWhere(
      context.model,
      'establishment',
      (unit) => readAsPassage(unit) && (BEYOND_QUEBEC.test(unit.normalized) || WIDER_TERRITORY.test(unit.normalized)),
    )
  )
    return;
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

/** Where one condition of a list or a table ends and the next begins, in a passage's folded text. */
const CONDITION_END = /[;|]|\.(?=\s|$)|:\s/;

/** What each element of art. 6 par. 2° left out of a clause that recites them says, in the message. */
const ELEMENT_LEFT_OUT: Record<keyof typeof ESTABLISHMENT_ELEMENTS, Localized> = {
  permanent: { fr: 'où il exerce ses activités de façon permanente', en: 'where it carries on its activities permanently' },
  named: { fr: 'clairement identifié à son nom', en: 'clearly identified under its name' },
  accessible: { fr: 'accessible durant les heures normales de bureau', en: 'accessible during normal business hours' },
};

/**
 * What a condition requiring the establishment changes in art. 6 par. 2°: certain when it admits something that is
 * not an establishment (an address, the provider's mail) or asks it to be reachable instead of accessible; uncertain
 * when it recites the elements, the business hours among them, and leaves one out (a drafter may shorten the formula).
 * The elements are looked for in the whole passage: drafters often add them in a sentence of their own (« Cet
 * établissement doit être clairement identifié… »).
 */
function departures(condition: string, passage: string): { certain: boolean; problems: Localized[] } {
  const problems: Localized[] = [];
  if (ESTABLISHMENT_ALTERNATIVE.test(condition)) {
    problems.push({
      fr: "il admet à sa place ce qui n'est pas un établissement (une adresse, un lieu où le prestataire reçoit sa correspondance)",
      en: 'it admits instead something that is not an establishment (an address, a place where the provider receives its mail)',
    });
  }
  const reachable = ESTABLISHMENT_REACHABLE.test(condition);
  if (reachable) {
    problems.push({
      fr: 'il le veut joignable, non accessible durant les heures normales de bureau',
      en: 'it requires it to be reachable, not accessible during normal business hours',
    });
  }
  const certain = problems.length > 0;
  const recited = BUSINESS_HOURS.test(passage) && (ESTABLISHMENT_ELEMENTS.permanent.test(passage) || ESTABLISHMENT_ELEMENTS.named.test(passage));
  if (certain || recited) {
    const leftOut = (Object.keys(ESTABLISHMENT_ELEMENTS) as (keyof typeof ESTABLISHMENT_ELEMENTS)[]).filter(
      (element) => !(element === 'accessible' && reachable) && !ESTABLISHMENT_ELEMENTS[element].test(passage),
    );
    if (leftOut.length > 0) {
      problems.push({
        fr: `il n'exige pas l'établissement ${leftOut.map((element) => ELEMENT_LEFT_OUT[element].fr).join(', ')}`,
        en: `it does not require the establishment ${leftOut.map((element) => ELEMENT_LEFT_OUT[element].en).join(', ')}`,
      });
    }
  }
  return { certain, problems };
}

/**
 * The lines of a passage's source that hold one of its conditions, by the condition's first and last words: a list
 * written as one passage (an outline's nested entries) reports the entry, not the list. The passage when not found.
 */
function conditionRange(context: RuleContext, unit: DocumentUnit, condition: string): { start: number; end: number } {
  const words = condition.trim().split(' ');
  const [head, tail] = [words.slice(0, 4).join(' '), words.slice(-4).join(' ')];
  let offset = unit.start;
  let start: number | undefined;
  for (const line of context.model.text.slice(unit.start, unit.end).split('\n')) {
    const folded = normalizeForMatching(line);
    if (start === undefined && folded.includes(head)) start = offset + line.length - line.trimStart().length;
    if (start !== undefined && folded.includes(tail)) return { start, end: offset + line.trimEnd().length };
    offset += line.length + 1;
  }
  return { start: unit.start, end: unit.end };
}

/**
 * Art. 6 par. 2° requires « un établissement où il exerce ses activités de façon permanente, clairement identifié à son
 * nom et accessible durant les heures normales de bureau »: a condition that weakens it, the first in each passage.
 */
function weakened(context: RuleContext): void {
  for (const unit of findItem(context.model, 'establishment').filter(readAsPassage)) {
    const found = unit.normalized
      .split(CONDITION_END)
      .filter((condition) => ESTABLISHMENT_REQUIRED.test(condition))
      .map((condition) => ({ condition, ...departures(condition, unit.normalized) }))
      .find(({ problems }) => problems.length > 0);
    if (!found) continue;
    const certain = found.certain ? 'error' : 'warning';
    context.report({
      messageId: 'weakened',
      range: conditionRange(context, unit, found.condition),
      severity: belowThreshold(context) ? 'information' : certain,
      message: {
        fr: `Cette condition d'établissement s'écarte de l'art. 6, par. 2° (« un établissement où il exerce ses activités de façon permanente, clairement identifié à son nom et accessible durant les heures normales de bureau ») : ${found.problems.map((problem) => problem.fr).join('; ')}.`,
        en: `This establishment condition departs from s. 6, subpara. 2 ("an establishment where it carries on its activities permanently, clearly identified under its name and accessible during normal business hours"): ${found.problems.map((problem) => problem.en).join('; ')}.`,
      },
    });
  }
}

/** An agreement that covers every province and territory of Canada: the Agreement on Internal Trade, the Canadian Free Trade Agreement. */
const CANADA_WIDE_AGREEMENT = /\b(?:aci|alec|ait|cfta|commerce interieur|libre-echange canadien|internal trade|canadian free trade)\b/;

/** Whether an agreement covering all of Canada applies: the front-matter's `accords`, else the notice's statement. */
function canadaWideAgreementApplies(context: RuleContext): boolean {
  const declared = context.data.agreements;
  if (declared !== undefined) return declared !== 'none' && declared.some((agreement) => CANADA_WIDE_AGREEMENT.test(normalizeForMatching(agreement)));
  return itemStatedWhere(
    context.model,
    'intergovernmentalAgreements',
    (unit) => readAsPassage(unit) && !NO_AGREEMENT.test(unit.normalized) && CANADA_WIDE_AGREEMENT.test(unit.normalized),
  );
}

/**
 * Art. 6 par. 2° admits an establishment in Québec or in a territory covered by an applicable agreement; a territory
 * beyond, only when competition is insufficient and the documents say so (art. 6 al. 2). A condition that admits a wider
 * territory (« au Canada », « en Amérique du Nord », "anywhere") without tying it to the agreements makes admissible whom
 * the regulation does not: certain, unless the territory is Canada and an agreement covering all of it applies (the
 * territory is then the agreement's, the clause only failing to say so), a warning. A regionalised call (LCOP art. 10)
 * and a call below the threshold (art. 3) may set their own.
 */
function widened(context: RuleContext): void {
  if (context.data.procedure === 'regionalise' || findItem(context.model, 'outsideAgreements').length > 0) return;
  for (const unit of findItem(context.model, 'establishment').filter(readAsPassage)) {
    const condition = unit.normalized
      .split(CONDITION_END)
      .find((part) => ESTABLISHMENT_REQUIRED.test(part) && WIDER_TERRITORY.test(part) && !TERRITORY_QUALIFIED.test(part));
    if (condition === undefined) continue;
    const beyondCanada = WIDER_TERRITORY.test(condition.replace(CANADA, ' '));
    const uncertain = !beyondCanada && canadaWideAgreementApplies(context);
    context.report({
      messageId: 'widened',
      range: conditionRange(context, unit, condition),
      severity: belowThreshold(context) ? 'information' : uncertain ? 'warning' : 'error',
      message: uncertain
        ? {
            fr: "Cette condition admet un établissement partout au Canada : l'art. 6, par. 2° n'admet qu'un établissement au Québec ou dans un territoire visé par un accord intergouvernemental applicable. Vérifier que les accords applicables visent tout le Canada, ou le dire.",
            en: 'This condition admits an establishment anywhere in Canada: s. 6, subpara. 2 only admits an establishment in Québec or in a territory covered by an applicable intergovernmental agreement. Check that the applicable agreements cover all of Canada, or say so.',
          }
        : {
            fr: "Cette condition admet un établissement hors du Québec et des territoires visés par un accord intergouvernemental applicable : l'art. 6, par. 2° ne l'admet qu'au Québec ou dans un tel territoire, et ailleurs seulement si la concurrence est insuffisante et que les documents le mentionnent (art. 6, al. 2).",
            en: 'This condition admits an establishment outside Québec and the territories covered by an applicable intergovernmental agreement: s. 6, subpara. 2 only admits one in Québec or in such a territory, and elsewhere only when competition is insufficient and the documents say so (s. 6, para. 2).',
          },
    });
  }
}

export const admissibilityEstablishment: Rule = {
  ...required,
  check(context) {
    required.check(context);
    quebecOnly(context);
    weakened(context);
    widened(context);
  },
};
