import { sameDate, type CalendarDate } from '../../calendar/index.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Localized } from '../../types.js';
import type { DateMention } from '../../calendar/prose.js';
import { formatTime, longDate, rewriteDate, statedDates, statedTimes, writtenDate, type StatementKind } from '../deadlines/facts.js';
import type { Rule, RuleContext } from '../rule.js';
import { markdownText } from '../../text/escapes.js';
import { unitMarkdown } from '../../document/reviewMarks.js';
import { addressOf, dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of, placed, unitAt, type DossierFile } from './files.js';

type Kind = 'receipt' | 'opening';

/** A moment (receipt limit, opening) as one file states it, each part with where it is written. */
interface Statement {
  /** `alternative`: the other reading of an ambiguous date in numbers; `said`: how a message names it. */
  date?: { value: CalendarDate; alternative?: CalendarDate; said?: Localized; range: OffsetRange };
  time?: { value: { hour: number; minute: number }; range: OffsetRange };
  place?: { value: string; range: OffsetRange };
}

const KEY: Record<Kind, 'reception' | 'ouverture'> = { receipt: 'reception', opening: 'ouverture' };

const WHAT: Record<Kind, Localized> = { receipt: { fr: 'limite de réception', en: 'receipt deadline' }, opening: { fr: "d'ouverture", en: 'opening' } };

const PLACE: Record<Kind, Localized> = {
  receipt: { fr: 'de réception des soumissions', en: 'where bids are received' },
  opening: { fr: "d'ouverture des soumissions", en: 'where bids are opened' },
};

const states = (kind: Kind, stated: StatementKind) => stated === kind || stated === 'both';

/**
 * The address written in the unit of a date mention: after the mention, else anywhere in the unit; its Markdown's
 * escapes and references read (« Jacques\-Parizeau », « l&rsquo;Amérique »: text/escapes.ts), what a review mark
 * deletes left out (a struck address beside the date kept: reviewMarks.ts).
 */
function placeNear(file: DossierFile, mention: { start: number; end: number }): Statement['place'] {
  const unit = unitAt(file.model, mention.start);
  if (!unit) return undefined;
  const markdown = unitMarkdown(file.model, unit);
  const textOf = (written: string) => markdownText(written)?.text ?? written;
  const after = addressOf(textOf(markdown.slice(mention.end - unit.start)));
  const value = after ?? addressOf(textOf(markdown));
  return value ? { value, range: placed(file, { start: unit.start, end: unit.end }) } : undefined;
}

/** A date of a file's text, with both readings of an ambiguous date in numbers. */
function dateOf(file: DossierFile, mention: DateMention, range: OffsetRange): NonNullable<Statement['date']> {
  return { value: mention.date, range, ...(mention.alternative && { alternative: mention.alternative, said: writtenDate(file.model, mention) }) };
}

const readings = (date: NonNullable<Statement['date']>) => (date.alternative ? [date.value, date.alternative] : [date.value]);

/** What the notice states of the moment: its front-matter, else the first statement of its text. */
function reference(file: DossierFile, kind: Kind): Statement | undefined {
  const own = file.data[KEY[kind]];
  const key = KEY[kind];
  if (own?.date) {
    const date = { value: own.date, range: keyValue(file, [key, 'date'])! };
    const time = own.time && { value: own.time, range: keyValue(file, [key, 'heure'])! };
    const address = own.place ? addressOf(own.place) : undefined;
    const place = address ? { value: address, range: keyValue(file, [key, 'lieu'])! } : undefined;
    return { date, time, place };
  }
  const stated = statedDates(file.model).find((statement) => states(kind, statement.kind) && !statement.postponed);
  if (!stated) return undefined;
  const range = placed(file, stated.mention);
  return {
    date: dateOf(file, stated.mention, range),
    time: stated.mention.time && { value: stated.mention.time, range },
    place: placeNear(file, stated.mention),
  };
}

/**
 * The receipt limit or the opening as the notice states it, and as the other files of the dossier
 * restate it (the instructions' « Réception des soumissions », a front-matter's `reception`): each
 * date, time or place that differs is an error at the restatement, leading to the notice's. A date an
 * addendum postponed the limit to is not a disagreement.
 */
export function momentRule(kind: Kind, id: string): Rule {
  const what = WHAT[kind];
  return {
    id,
    citation: '4.6°',
    severity: 'error',
    appliesTo: ['appel-offres', 'document'],
    scope: 'dossier',
    description:
      kind === 'receipt'
        ? {
            fr: "Les autres documents du dossier donnent le lieu, la date et l'heure limites de réception des soumissions de l'avis.",
            en: "The dossier's other documents give the notice's place, date and time limit for the receipt of bids.",
          }
        : {
            fr: "Les autres documents du dossier donnent le lieu, la date et l'heure d'ouverture des soumissions de l'avis.",
            en: "The dossier's other documents give the notice's place, date and time of the opening of bids.",
          },
    // What the others are checked against: the notice's statement, when there are others.
    notApplicable: severalFiles,
    evidence(context) {
      const files = dossierFiles(context);
      const notice = noticeFile(files);
      const date = notice && files.length > 1 ? reference(notice, kind)?.date : undefined;
      return date ? [{ range: date.range, ...(keyValue(notice!, [KEY[kind], 'date']) && { frontMatterKey: `${KEY[kind]}.date` }) }] : [];
    },
    check(context) {
      const files = dossierFiles(context);
      const notice = noticeFile(files);
      const expected = notice && reference(notice, kind);
      if (!notice || !expected) return;
      const postponed = context.data.addenda.map((addendum) => addendum.reportReception).filter((date): date is CalendarDate => date !== undefined);
      const openingDate = reference(notice, 'opening')?.date;
      const opening = openingDate ? readings(openingDate) : [];
      // An ambiguous date (here or in the notice) agrees when either of its readings does.
      const wanted = expected.date ? readings(expected.date) : [];
      const accepted = (stated: NonNullable<Statement['date']>, kindStated: StatementKind) =>
        readings(stated).some(
          (date) =>
            wanted.some((other) => sameDate(other, date)) ||
            postponed.some((other) => sameDate(other, date)) ||
            (kindStated === 'both' && opening.some((other) => sameDate(other, date))),
        );
      const noticeName = fileLabel(notice);
      // Whether a file besides the notice gives the moment's time: it sets aside a default that names another document.
      const timedElsewhere = files.some(
        (file) =>
          file !== notice &&
          (file.data[KEY[kind]]?.time !== undefined ||
            statedDates(file.model).some((statement) => states(kind, statement.kind) && statement.mention.time) ||
            statedTimes(file.model).some((statement) => states(kind, statement.kind) && !statement.byDefault)),
      );
      for (const file of files) {
        if (file === notice || (file.member.type !== 'document' && file.member.type !== 'appel-offres')) continue;
        const label = fileLabel(file);
        const report = (messageId: string, range: OffsetRange, message: Localized, related: OffsetRange, fix?: Parameters<RuleContext['report']>[0]['fix']) =>
          context.report({
            messageId,
            range,
            message,
            related: [{ range: related, message: { fr: `Dans ${noticeName.fr}`, en: `In ${noticeName.en}` } }],
            fix,
          });
        const compare = (stated: Statement, kindStated: StatementKind, rewrite?: () => Parameters<RuleContext['report']>[0]['fix']) => {
          if (stated.date && expected.date && !accepted(stated.date, kindStated)) {
            const given = stated.date.said ?? longDate(stated.date.value);
            const noticeDate = expected.date.said ?? longDate(expected.date.value);
            report(
              'dateMismatch',
              stated.date.range,
              {
                fr: `Dans ${label.fr}, la date ${what.fr} est le ${given.fr}, mais ${noticeName.fr} indique le ${noticeDate.fr}.`,
                en: `In ${label.en}, the ${what.en} date is ${given.en}, but ${noticeName.en} says ${noticeDate.en}.`,
              },
              expected.date.range,
              rewrite?.(),
            );
            return;
          }
          if (
            stated.time &&
            expected.time &&
            (stated.time.value.hour !== expected.time.value.hour || stated.time.value.minute !== expected.time.value.minute)
          ) {
            report(
              'timeMismatch',
              stated.time.range,
              {
                fr: `Dans ${label.fr}, l'heure ${what.fr} est ${formatTime(stated.time.value, 'fr')}, mais ${noticeName.fr} indique ${formatTime(expected.time.value, 'fr')}.`,
                en: `In ${label.en}, the ${what.en} time is ${formatTime(stated.time.value, 'en')}, but ${noticeName.en} says ${formatTime(expected.time.value, 'en')}.`,
              },
              expected.time.range,
            );
          }
          if (stated.place && expected.place && stated.place.value !== expected.place.value) {
            report(
              'placeMismatch',
              stated.place.range,
              {
                fr: `Dans ${label.fr}, le lieu ${PLACE[kind].fr} n'est pas celui ${of(noticeName).fr}.`,
                en: `In ${label.en}, the place ${PLACE[kind].en} is not that ${of(noticeName).en}.`,
              },
              expected.place.range,
            );
          }
        };
        const own = file.data[KEY[kind]];
        if (own) {
          const key = KEY[kind];
          const address = own.place ? addressOf(own.place) : undefined;
          compare(
            {
              date: own.date && { value: own.date, range: keyValue(file, [key, 'date'])! },
              time: own.time && { value: own.time, range: keyValue(file, [key, 'heure'])! },
              place: address ? { value: address, range: keyValue(file, [key, 'lieu'])! } : undefined,
            },
            kind,
          );
        }
        // A time without its date, the day the notice's: a default gives way to the time stated elsewhere.
        for (const statement of statedTimes(file.model)) {
          if (!states(kind, statement.kind) || statement.byDefault === 'any' || (statement.byDefault === 'others' && timedElsewhere)) continue;
          compare({ time: { value: statement.time, range: placed(file, statement) } }, statement.kind);
        }
        for (const statement of statedDates(file.model)) {
          if (!states(kind, statement.kind) || statement.postponed) continue;
          const { mention } = statement;
          const range = placed(file, mention);
          compare(
            { date: dateOf(file, mention, range), time: mention.time && { value: mention.time, range }, place: placeNear(file, mention) },
            statement.kind,
            // No fix writes one reading of a notice's ambiguous date.
            () =>
              expected.date && !expected.date.alternative
                ? {
                    title: {
                      fr: `Écrire la date de ${noticeName.fr} (${longDate(expected.date.value).fr})`,
                      en: `Write the date of ${noticeName.en} (${longDate(expected.date.value).en})`,
                    },
                    edits: rewriteDate(file.model, mention, expected.date.value).map((edit) => ({ range: placed(file, edit.range), newText: edit.newText })),
                  }
                : undefined,
          );
        }
      }
    },
  };
}
