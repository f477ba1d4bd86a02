import { both } from '../applicability.js';
import { dayNumber, daysBetween, earliestClosing, isoDate, type CalendarDate } from '../../calendar/index.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Addendum } from '../../document/tenderData.js';
import type { Rule, RuleContext, FixSpec, RelatedSpec } from '../rule.js';
import { belowThreshold } from '../threshold.js';
import { addendumClauses, breachesSevenDays, weakensSevenDays, type AddendumClause, type StatedPeriod } from './addendumClause.js';
import {
  ADDENDUM_DAYS,
  BELOW_THRESHOLD_NOTE,
  calendarFor,
  closingStated,
  finalClosing,
  longDate,
  statedAddendumDates,
  statedDates,
  writtenDate,
  type PricedAddendumDate,
} from './facts.js';

/** Sets `report-reception` of the addendum at `index`, adding the key when it is absent. */
function postponeFix(context: RuleContext, index: number, to: CalendarDate): FixSpec | undefined {
  const frontMatter = context.model.frontMatter;
  if (!frontMatter) return undefined;
  const title = { fr: `Reporter la date limite de réception au ${longDate(to).fr}`, en: `Postpone the receipt deadline to ${longDate(to).en}` };
  const existing = frontMatter.valueRange(['addenda', index, 'report-reception']);
  if (existing) return { title, edits: [{ range: existing, newText: isoDate(to) }] };
  const item = frontMatter.keyRange(['addenda', index]);
  if (!item) return undefined;
  const text = context.model.text;
  const source = text.slice(item.start, item.end);
  if (source.trimStart().startsWith('{')) {
    const brace = item.start + source.lastIndexOf('}');
    const before = text.slice(item.start, brace).trimEnd();
    return { title, edits: [{ range: { start: item.start + before.length, end: item.start + before.length }, newText: `, report-reception: ${isoDate(to)}` }] };
  }
  // Block mapping: a new line at the indentation of the item's first key.
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const indent = ' '.repeat(item.start - lineStart);
  const end = item.start + source.trimEnd().length;
  return { title, edits: [{ range: { start: end, end }, newText: `\n${indent}report-reception: ${isoDate(to)}` }] };
}

/** A stated period's unit in words, singular then plural. */
const UNIT_WORDS: Record<StatedPeriod['unit'], { fr: [string, string]; en: [string, string] }> = {
  days: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  'working-days': { fr: ['jour ouvrable', 'jours ouvrables'], en: ['working day', 'working days'] },
  hours: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
  weeks: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
};

function periodWords({ count, unit }: StatedPeriod): { fr: string; en: string } {
  const { fr, en } = UNIT_WORDS[unit];
  return { fr: `${count} ${fr[count > 1 ? 1 : 0]}`, en: `${count} ${en[count === 1 ? 0 : 1]}` };
}

/** The documents' own clause on addenda that set a shorter period, keep the limit or leave its postponement to judgement, breaches art. 9 al. 2 itself. */
function checkClause(context: RuleContext, clause: AddendumClause): void {
  const short = clause.periods.find((period) => period.short);
  const stated = short ? periodWords(short) : undefined;
  const kept = clause.limitKept ? { fr: ', sans la reporter', en: ', without postponing it' } : { fr: '', en: '' };
  const range = { start: clause.unit.start, end: clause.unit.end };
  const severity = belowThreshold(context) ? 'information' : undefined;
  if (!stated && !(clause.limitKept && !clause.periods.some((period) => !period.short))) {
    context.report({
      messageId: 'clausePostponementDiscretionary',
      range,
      severity,
      message: {
        fr: "Cette clause laisse au jugement de l'organisme le report de la date limite de réception quand un addenda susceptible d'avoir une incidence sur les prix ne peut être transmis au moins 7 jours avant : l'art. 9, al. 2 l'impose, d'autant de jours qu'il le faut.",
        en: "This clause leaves to the public body's judgement the postponement of the receipt deadline when an addendum that may affect prices cannot be sent at least 7 days before: s. 9, para. 2 requires it, by as many days as needed.",
      },
    });
    return;
  }
  context.report({
    messageId: short ? 'clausePeriodTooShort' : 'clauseKeepsDeadline',
    range,
    severity,
    message: stated
      ? {
          fr: `Cette clause permet de transmettre un addenda susceptible d'avoir une incidence sur les prix jusqu'à ${stated.fr} avant la date limite de réception${kept.fr} : il doit l'être au moins 7 jours avant, sinon la date limite est reportée d'autant de jours qu'il le faut.`,
          en: `This clause lets an addendum that may affect prices be sent as late as ${stated.en} before the receipt deadline${kept.en}: it must be sent at least 7 days before, or the deadline is postponed by as many days as needed.`,
        }
      : {
          fr: "Cette clause maintient la date limite de réception quand un addenda susceptible d'avoir une incidence sur les prix est transmis : s'il l'est moins de 7 jours avant, la date limite doit être reportée d'autant de jours qu'il le faut.",
          en: 'This clause keeps the receipt deadline when an addendum that may affect prices is sent: if it is sent less than 7 days before, the deadline must be postponed by as many days as needed.',
        },
  });
}

/** A clause that makes the 7 days a wish (« dans la mesure du possible ») without saying the limit is then postponed: a warning on it. */
function checkWeakenedClause(context: RuleContext, clause: AddendumClause): void {
  context.report({
    messageId: 'clausePeriodWeakened',
    range: { start: clause.unit.start, end: clause.unit.end },
    severity: belowThreshold(context) ? 'information' : 'warning',
    message: {
      fr: "Cette clause ne promet les 7 jours avant la date limite de réception que dans la mesure du possible et ne dit pas que celle-ci est alors reportée : un addenda susceptible d'avoir une incidence sur les prix est transmis au moins 7 jours avant, sinon la date limite est reportée d'autant de jours qu'il le faut (art. 9, al. 2).",
      en: 'This clause promises the 7 days before the receipt deadline only where possible and does not say the deadline is then postponed: an addendum that may affect prices is sent at least 7 days before, or the deadline is postponed by as many days as needed (s. 9, para. 2).',
    },
  });
}

/**
 * The dates the documents' own text gives an addendum that may affect prices (a calendar's last day for one, a log's
 * addendum sent) that leave less than 7 days before the receipt limit in force, with that limit: the documents'
 * schedule breaking the rule. A date after the limit is another's (a date of the contract).
 */
function lateAddendumDates(context: RuleContext): { late: PricedAddendumDate[]; closing: CalendarDate } | undefined {
  let closing = finalClosing(context);
  if (!closing) return undefined;
  // A log's addendum that moved the limit says so (« date limite reportée au … »).
  for (const { kind, mention, postponed } of statedDates(context.model))
    if (postponed && kind !== 'opening' && dayNumber(mention.date) > dayNumber(closing)) closing = mention.date;
  const last = closing;
  const late = statedAddendumDates(context.model).filter(({ mention }) => {
    const days = daysBetween(mention.date, last);
    return days >= 0 && days < ADDENDUM_DAYS;
  });
  return late.length > 0 ? { late, closing } : undefined;
}

/**
 * A date of the text too close to the limit. An addendum the log says was sent is the breach itself; a calendar's
 * last day for one is, unless the documents say the limit is then postponed, which makes it a doubt.
 */
function checkStatedDate(context: RuleContext, { mention, logged }: PricedAddendumDate, closing: CalendarDate, postponementStated: boolean): void {
  const days = daysBetween(mention.date, closing);
  const written = writtenDate(context.model, mention);
  const limit = longDate(closing);
  const first = longDate(earliestClosing(mention.date, ADDENDUM_DAYS, calendarFor(context.settings)));
  const plural = { fr: days > 1 ? 's' : '', en: days === 1 ? '' : 's' };
  context.report({
    messageId: logged ? 'loggedAddendumTooLate' : 'scheduledAddendumTooLate',
    range: { start: mention.start, end: mention.end },
    severity: belowThreshold(context) ? 'information' : !logged && postponementStated ? 'warning' : undefined,
    message: logged
      ? {
          fr: `Cet addenda, qui a une incidence sur les prix, est transmis le ${written.fr}, ${days} jour${plural.fr} avant la date limite de réception du ${limit.fr} : il doit l'être au moins 7 jours avant, sinon la date limite est reportée au moins au ${first.fr} (art. 9, al. 2).`,
          en: `This addendum, which affects prices, is sent on ${written.en}, ${days} day${plural.en} before the receipt deadline of ${limit.en}: it must be sent at least 7 days before, or the deadline is postponed to ${first.en} at the earliest (s. 9, para. 2).`,
        }
      : {
          fr: `Le calendrier permet de transmettre un addenda susceptible d'avoir une incidence sur les prix jusqu'au ${written.fr}, ${days} jour${plural.fr} avant la date limite de réception du ${limit.fr} : il doit l'être au moins 7 jours avant, sinon la date limite est reportée d'autant de jours qu'il le faut (art. 9, al. 2).`,
          en: `The schedule lets an addendum that may affect prices be sent until ${written.en}, ${days} day${plural.en} before the receipt deadline of ${limit.en}: it must be sent at least 7 days before, or the deadline is postponed by as many days as needed (s. 9, para. 2).`,
        },
  });
}

/**
 * Art. 9 al. 2: an addendum that may affect prices is sent at least 7 days before the receipt limit,
 * otherwise the limit is postponed so that 7 days remain. Unknown price impact is treated as an
 * impact, at warning level; below the threshold art. 3 al. 2 allows a different rule. The documents' own clause
 * on addenda is checked too: a shorter period, or the limit kept, is the breach written in advance.
 */
export const addendumSevenDays: Rule = {
  id: 'addendum-seven-days',
  citation: '9.al2',
  severity: 'error',
  // A dossier's instructions (« régie », type document) state the clause and the calendar too.
  // An addenda file checks the postponement it gives itself.
  appliesTo: ['appel-offres', 'avis', 'document', 'addenda'],
  description: {
    fr: "Un addenda susceptible de modifier les prix est transmis au moins 7 jours avant la date limite de réception, sinon celle-ci est reportée d'autant.",
    en: 'An addendum that may affect prices is sent at least 7 days before the receipt deadline, or the deadline is postponed accordingly.',
  },
  notApplicable(context) {
    if (context.type === 'addenda')
      return context.data.addenda.some((addendum) => !addendum.source && addendum.reportReception && addendum.date && addendum.incidencePrix !== false)
        ? undefined
        : {
            fr: "Cet addenda ne reporte pas la date limite de réception (report-reception) d'un addenda susceptible de modifier les prix.",
            en: 'This addendum does not postpone the receipt deadline (report-reception) for an addendum that may affect prices.',
          };
    if (addendumClauses(context.model).some((clause) => breachesSevenDays(clause) || weakensSevenDays(clause))) return undefined;
    if (lateAddendumDates(context)) return undefined;
    const { addenda } = context.data;
    // The front-matter's addenda are the tender's, checked on its notice, not on each file of its dossier.
    if (addenda.length === 0 || context.type === 'document') {
      return {
        fr: 'Aucun addenda émis (ni clé addenda ni fichier de type addenda dans le dossier).',
        en: 'No addendum issued (no key addenda and no file of type addenda in the dossier).',
      };
    }
    if (!addenda.some((addendum) => addendum.date && addendum.incidencePrix !== false)) {
      return both((l) =>
        l === 'fr'
          ? `Aucun addenda daté susceptible de modifier les prix (${addenda.length} addenda : sans incidence sur les prix, incidence-prix : false, ou sans date).`
          : `No dated addendum that may affect prices (${addenda.length} ${addenda.length > 1 ? 'addenda' : 'addendum'}: no effect on prices, incidence-prix: false, or no date).`,
      );
    }
    if (finalClosing(context)) return undefined;
    return closingStated(context);
  },
  check(context) {
    if (context.type === 'addenda') {
      checkOwnPostponements(context);
      return;
    }
    const clauses = addendumClauses(context.model);
    for (const clause of clauses) {
      if (breachesSevenDays(clause)) checkClause(context, clause);
      else if (weakensSevenDays(clause)) checkWeakenedClause(context, clause);
    }
    const stated = lateAddendumDates(context);
    const postponementStated = clauses.some((clause) => clause.postponementRequired);
    for (const date of stated?.late ?? []) checkStatedDate(context, date, stated!.closing, postponementStated);
    if (context.type === 'document') return;
    const closing = finalClosing(context);
    if (!closing) return;
    context.data.addenda.forEach((addendum, index) => {
      if (!addendum.date || addendum.incidencePrix === false || givenByItsFile(addendum, context.data.addenda)) return;
      const frontMatter = context.model.frontMatter;
      // An addendum from a separate file is reported at the tender's `numero`, which that file names.
      const range: OffsetRange | undefined = addendum.source
        ? frontMatter?.valueRange(['numero'])
        : (frontMatter?.valueRange(['addenda', index, 'report-reception']) ?? frontMatter?.keyRange(['addenda', index]));
      checkAddendum(context, addendum, index, closing, {
        range,
        fix: !addendum.source,
        related:
          addendum.source && addendum.sourceRange
            ? {
                document: addendum.source,
                position: addendum.sourceRange,
                message: { fr: `Addenda${addendumName(addendum)}`, en: `Addendum${addendumName(addendum)}` },
              }
            : undefined,
      });
    });
  },
};

const addendumName = (addendum: Addendum): string =>
  `${addendum.numero !== undefined ? ` no ${addendum.numero}` : ''}${addendum.source ? ` (${addendum.source})` : ''}`;

/**
 * A postponement an addenda file of the dossier gives is that file's to report, at its passage (checkOwnPostponements):
 * the notice leaves it, and its own front-matter entry that restates it (the same addendum, postponed to the same day).
 */
function givenByItsFile(addendum: Addendum, addenda: readonly Addendum[]): boolean {
  if (addendum.source) return addendum.reportReception !== undefined;
  const postponed = addendum.reportReception;
  return (
    postponed !== undefined &&
    addenda.some(
      (other) =>
        other.source &&
        other.reportReception &&
        dayNumber(other.reportReception) === dayNumber(postponed) &&
        (addendum.numero !== undefined ? other.numero === addendum.numero : other.date && addendum.date && dayNumber(other.date) === dayNumber(addendum.date)),
    )
  );
}

/**
 * An addenda file's own postponements (its front-matter's `report-reception`), each that leaves less than 7 days after the
 * addendum is sent reported where the drafter fixes it: the passage that states the new limit, else the front-matter entry.
 */
function checkOwnPostponements(context: RuleContext): void {
  const closing = finalClosing(context);
  if (!closing) return;
  const frontMatter = context.model.frontMatter;
  context.data.addenda.forEach((addendum, index) => {
    const postponed = addendum.reportReception;
    if (addendum.source || !postponed || !addendum.date || addendum.incidencePrix === false) return;
    const entry = frontMatter?.valueRange(['addenda', index, 'report-reception']) ?? frontMatter?.keyRange(['addenda', index]);
    const passage = statedDates(context.model).find(
      ({ kind, mention }) => kind !== 'opening' && mention.start >= context.model.bodyStart && dayNumber(mention.date) === dayNumber(postponed),
    )?.mention;
    checkAddendum(
      context,
      addendum,
      index,
      closing,
      passage
        ? {
            range: { start: passage.start, end: passage.end },
            fix: false,
            related: entry && {
              range: entry,
              message: { fr: "Report dans l'en-tête (report-reception)", en: 'Postponement in the front-matter (report-reception)' },
            },
          }
        : { range: entry, fix: true },
    );
  });
}

/** An addendum sent less than 7 days before the receipt limit in force, reported at `at.range`; `at.fix` offers to postpone its front-matter entry. */
function checkAddendum(
  context: RuleContext,
  addendum: Addendum,
  index: number,
  closing: CalendarDate,
  at: { range: OffsetRange | undefined; fix: boolean; related?: RelatedSpec },
): void {
  if (!addendum.date) return;
  const days = daysBetween(addendum.date, closing);
  if (days >= ADDENDUM_DAYS) return;
  const relaxed = belowThreshold(context);
  const earliest = earliestClosing(addendum.date, ADDENDUM_DAYS, calendarFor(context.settings));
  const name = addendumName(addendum);
  const unknown = addendum.incidencePrix === undefined;
  const sent = longDate(addendum.date);
  const first = longDate(earliest);
  const note = relaxed
    ? BELOW_THRESHOLD_NOTE
    : unknown
      ? { fr: " L'incidence sur les prix n'est pas indiquée (incidence-prix).", en: ' The price impact is not stated (incidence-prix).' }
      : { fr: '', en: '' };
  context.report({
    messageId: addendum.reportReception ? 'postponementTooShort' : 'postponementMissing',
    range: at.range,
    severity: relaxed ? 'information' : unknown ? 'warning' : undefined,
    message: addendum.reportReception
      ? {
          fr: `Le report de l'addenda${name} laisse ${days} jour${Math.abs(days) > 1 ? 's' : ''} après sa transmission le ${sent.fr} : il faut au moins 7 jours. Date la plus hâtive : ${first.fr}.${note.fr}`,
          en: `The postponement of addendum${name} leaves ${days} day${Math.abs(days) === 1 ? '' : 's'} after it is sent on ${sent.en}: at least 7 days are required. Earliest date: ${first.en}.${note.en}`,
        }
      : {
          fr: `L'addenda${name}, transmis le ${sent.fr}, précède de ${days} jour${Math.abs(days) > 1 ? 's' : ''} la date limite de réception : s'il peut modifier les prix, celle-ci doit être reportée d'au moins 7 jours après sa transmission, soit au ${first.fr}.${note.fr}`,
          en: `Addendum${name}, sent on ${sent.en}, comes ${days} day${Math.abs(days) === 1 ? '' : 's'} before the receipt deadline: if it may affect prices, the deadline must be postponed to at least 7 days after it is sent, i.e. ${first.en}.${note.en}`,
        },
    fix: at.fix ? postponeFix(context, index, earliest) : undefined,
    related: at.related && [at.related],
  });
}
