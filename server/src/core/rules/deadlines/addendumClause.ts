import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import {
  ADDENDUM_NAMED,
  ADDENDUM_SENT,
  LIMIT_KEPT,
  LIMIT_NAMED,
  NO_POSTPONEMENT,
  NO_PRICE_EFFECT,
  PERIOD_BEFORE,
  PERIOD_WEAKENED,
  POSTPONEMENT_DISCRETIONARY,
  POSTPONEMENT_REQUIRED,
  PRICES_NAMED,
  QUESTIONS_NAMED,
  THIS_ADDENDUM,
} from '../../legal/recognisers/deadlines.js';
import { NUMBER_WORDS } from '../../text/numberWords.js';
import { clausesOf } from '../../text/sentences.js';

/** A period the clause states, as written and whether it falls short of art. 9 al. 2's 7 days. */
export interface StatedPeriod {
  count: number;
  unit: 'days' | 'working-days' | 'hours' | 'weeks';
  short: boolean;
}

/** A passage of the documents' own clause on addenda that may affect prices, with what it states. */
export interface AddendumClause {
  unit: DocumentUnit;
  periods: StatedPeriod[];
  /** The clause keeps the receipt limit as it is (« laquelle demeure inchangée »). */
  limitKept: boolean;
  /** The period made a wish (« dans la mesure du possible », "where possible"). */
  periodWeakened: boolean;
  /** The postponement left to the body's judgement (« peut reporter », « à sa discrétion », "may extend"). */
  postponementDiscretionary: boolean;
  /** The postponement stated as what happens (« cette date est reportée »). */
  postponementRequired: boolean;
}

/** Calendar days: 7. Working days: 5 span a week (4 leave 6 days but for a holiday). Hours: 168. */
function periodOf(match: RegExpExecArray): StatedPeriod {
  const count = Number(match[2] ?? NUMBER_WORDS[match[1]] ?? match[1]);
  const unitWord = match[4];
  if (/^(?:heure|hour)/.test(unitWord)) return { count, unit: 'hours', short: count < 7 * 24 };
  if (/^(?:semaine|week)/.test(unitWord)) return { count, unit: 'weeks', short: count < 1 };
  const working = /^(?:working|business)$/.test(match[3] ?? '') || /^(?:ouvr|working|business)/.test(match[5] ?? '');
  return working ? { count, unit: 'working-days', short: count < 5 } : { count, unit: 'days', short: count < 7 };
}

/** Whether the clause refuses a postponement, or says the receipt limit, named just before, is kept. */
function keepsLimit(clause: string): boolean {
  if (NO_POSTPONEMENT.test(clause)) return true;
  const kept = LIMIT_KEPT.exec(clause);
  if (!kept) return false;
  const before = clause.slice(Math.max(0, kept.index - 40), kept.index);
  return LIMIT_NAMED.test(before) && !PRICES_NAMED.test(before);
}

/** What one passage states of the addendum clause, or undefined when it holds none. */
function readClause(normalized: string): Omit<AddendumClause, 'unit'> | undefined {
  const periods: StatedPeriod[] = [];
  let limitKept = false;
  let periodWeakened = false;
  let postponementDiscretionary = false;
  let postponementRequired = false;
  // Each clause of each sentence on its own (« … ; un addenda sans incidence sur les prix … »): the questions' limit,
  // or another addendum's, is not this clause's. What the sentence says after it (« ; à défaut, le CISSS peut reporter
  // cette date ») is what follows when its period cannot be kept.
  for (const sentence of normalized.split(/[.!?](?=\s|$)/u)) {
    const parts = clausesOf(sentence);
    parts.forEach((part, index) => {
      if (!ADDENDUM_NAMED.test(part) || THIS_ADDENDUM.test(part) || !PRICES_NAMED.test(part)) return;
      if (NO_PRICE_EFFECT.test(part) || QUESTIONS_NAMED.test(part)) return;
      if (ADDENDUM_SENT.test(part)) for (const match of part.matchAll(PERIOD_BEFORE)) periods.push(periodOf(match));
      limitKept ||= keepsLimit(part);
      periodWeakened ||= PERIOD_WEAKENED.test(part);
      const rest = parts.slice(index).join('; ');
      postponementDiscretionary ||= POSTPONEMENT_DISCRETIONARY.test(rest);
      postponementRequired ||= POSTPONEMENT_REQUIRED.test(rest);
    });
  }
  const stated = periods.length > 0 || limitKept || periodWeakened || postponementDiscretionary || postponementRequired;
  return stated ? { periods, limitKept, periodWeakened, postponementDiscretionary, postponementRequired } : undefined;
}

const STATES_ADDENDUM_CLAUSE = unitQuestion('addendumClause', (normalized) => ADDENDUM_NAMED.test(normalized) && readClause(normalized) !== undefined);

/** Each passage of the documents' own clause on addenda that may affect prices stating a period or the limit kept. */
export function addendumClauses(model: DocumentModel): AddendumClause[] {
  return findUnits(model, STATES_ADDENDUM_CLAUSE).map((unit) => ({ unit, ...readClause(unit.normalized)! }));
}

/**
 * Whether the clause falls short of art. 9 al. 2: a period under 7 days, or the limit kept with no period that
 * guarantees 7 days (a clause stating 7 days may keep the limit, which it then need not move), or the postponement
 * left to the body's judgement.
 */
export const breachesSevenDays = (clause: AddendumClause): boolean =>
  clause.periods.some((period) => period.short) || (clause.limitKept && !clause.periods.some((period) => !period.short)) || clause.postponementDiscretionary;

/** Whether the clause makes the 7 days a wish and says not that the limit is then postponed: a doubt, not a breach. */
export const weakensSevenDays = (clause: AddendumClause): boolean => clause.periodWeakened && !clause.postponementRequired && !breachesSevenDays(clause);
