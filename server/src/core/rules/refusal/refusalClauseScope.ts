import { NUMBER_WORDS } from '../../text/numberWords.js';
import type { DocumentUnit } from '../../document/model.js';
import { findItem } from '../../legal/find.js';
import { RECOGNISERS, matchesPhrase } from '../../legal/recognisers.js';
import {
  REFUSAL_ANY_TIME,
  REFUSAL_EVALUATION,
  REFUSAL_EXTRA_GROUNDS,
  REFUSAL_OTHER_BODY,
  REFUSAL_PERIOD,
  REFUSAL_THIS_BODY,
} from '../../legal/recognisers/refusal.js';
import type { Localized } from '../../types.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule, RuleContext } from '../rule.js';
import { provisionWithEntries } from '../scope.js';
import { attributedToThisBody, definitions } from '../../legal/bodyNames.js';

/** The longest look-back period the clause states, in months. */
function periodMonths(text: string): number | undefined {
  let longest: number | undefined;
  for (const match of text.matchAll(REFUSAL_PERIOD)) {
    const count = NUMBER_WORDS[match[1]] ?? Number(match[1]);
    const months = /^(?:mois|months)$/.test(match[2]) ? count : count * 12;
    longest = Math.max(longest ?? 0, months);
  }
  return longest;
}

/** A look-back: the period before a moment (« les trois années précédant l'ouverture », "the three years prior to the opening"). */
const LOOK_BACK = /\b(?:precedant|precedent|avant|anterieures?|preceding|prior to|before)\b/;

/**
 * The look-back a clause states through a defined term (« au cours de la Période de référence », the definitions giving
 * « « Période de référence » : les trois (3) années précédant la date d'ouverture »), in months.
 */
function definedPeriod(context: RuleContext, text: string): { months: number } | undefined {
  for (const { term, target } of definitions(context.model)) {
    if (!LOOK_BACK.test(target) || !usesTerm(text, term)) continue;
    const months = periodMonths(target);
    if (months !== undefined) return { months };
  }
  return undefined;
}

/** Whether a text uses a term as words of its own, not as the start or end of longer ones. */
function usesTerm(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (!/[\p{L}\d]/u.test(text.charAt(at - 1)) && !/[\p{L}\d]/u.test(text.charAt(at + term.length))) return true;
  }
  return false;
}

/** The passages that state a refusal clause, each with the text that completes it. */
function refusalClauses(context: RuleContext): { unit: DocumentUnit; text: string }[] {
  const candidates = new Set([...findItem(context.model, 'refusalClause'), ...findItem(context.model, 'refusalIntro')]);
  return [...candidates]
    .filter((unit) => unit.kind !== 'heading')
    .map((unit) => ({
      unit,
      // The grounds may be listed under the clause (« … qui : », "… that"), each in an entry.
      text: provisionWithEntries(context.model, unit)
        .map((part) => part.normalized)
        .join(' '),
    }))
    .filter(({ text }) => matchesPhrase(RECOGNISERS.refusalClause, text));
}

/**
 * Art. 8: the optional clause reserving the right to refuse a provider. When present, it must stay
 * within the article: a look-back of at most 2 years before the opening, an evaluation made by this
 * body, and no grounds beyond the three listed.
 */
export const refusalClauseScope: Rule = {
  id: 'refusal-clause-scope',
  citation: '8',
  severity: 'error',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "La clause facultative de refus d'un prestataire (art. 8) se limite aux 2 années précédant l'ouverture, à une évaluation de rendement de la part de cet organisme et aux trois motifs de l'article.",
    en: 'The optional refusal clause (s. 8) is limited to the 2 years before the opening, to a performance evaluation by this body, and to the three grounds of the section.',
  },
  // The clause is optional (« peut prévoir »): without one, nothing to check.
  notApplicable: (context) =>
    refusalClauses(context).length > 0
      ? undefined
      : {
          fr: "Pas de clause de refus d'un prestataire (facultative, art. 8) dans les documents.",
          en: 'No clause refusing a provider (optional, s. 8) in the documents.',
        },
  check(context) {
    for (const { unit, text } of refusalClauses(context)) {
      const problems: Localized[] = [];
      const defined = periodMonths(text) === undefined ? definedPeriod(context, text) : undefined;
      const months = defined?.months ?? periodMonths(text);
      if (months !== undefined && months > 24) {
        problems.push(
          defined
            ? {
                fr: 'la période, que donne la définition d’un terme qu’elle emploie, dépasse les 2 années précédant la date d’ouverture des soumissions',
                en: 'the period, given by the definition of a term it uses, exceeds the 2 years before the bid opening date',
              }
            : {
                fr: 'la période dépasse les 2 années précédant la date d’ouverture des soumissions',
                en: 'the period exceeds the 2 years before the bid opening date',
              },
        );
      } else if (months === undefined && REFUSAL_ANY_TIME.test(text)) {
        problems.push({
          fr: 'la période n’a pas de limite, alors qu’elle se limite aux 2 années précédant la date d’ouverture des soumissions',
          en: 'the period has no limit, where it is limited to the 2 years before the bid opening date',
        });
      }
      const otherBody = REFUSAL_OTHER_BODY.test(text);
      if (otherBody) {
        problems.push({
          fr: 'l’évaluation de rendement doit provenir de cet organisme, non d’un autre',
          en: 'the performance evaluation must come from this body, not another',
        });
      }
      if (REFUSAL_EXTRA_GROUNDS.test(text)) {
        problems.push({
          fr: 'seuls trois motifs sont permis (rendement insatisfaisant, omission de donner suite, résiliation pour défaut)',
          en: 'only three grounds are allowed (unsatisfactory performance, failure to follow up, termination for default)',
        });
      }
      if (problems.length === 0) {
        // Silent on who evaluated: art. 8 only allows an evaluation "de la part de cet organisme", which the body may
        // say by its own names (« de la part du CAG »).
        if (REFUSAL_EVALUATION.test(text) && !REFUSAL_THIS_BODY.test(text) && !attributedToThisBody(context.data, context.model, text)) {
          context.report({
            messageId: 'evaluatingBodyNotStated',
            range: { start: unit.start, end: unit.end },
            severity: 'warning',
            message: {
              fr: "La clause de refus ne précise pas que l'évaluation de rendement insatisfaisant provient de cet organisme (art. 8 : « de la part de cet organisme »).",
              en: 'The refusal clause does not state that the unsatisfactory performance evaluation comes from this body (s. 8: "from this body").',
            },
          });
        }
        continue;
      }
      context.report({
        messageId: 'beyondArticle8',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: `La clause de refus excède ce que permet l'article 8 : ${problems.map((p) => p.fr).join('; ')}.`,
          en: `The refusal clause goes beyond what section 8 allows: ${problems.map((p) => p.en).join('; ')}.`,
        },
      });
    }
  },
};
