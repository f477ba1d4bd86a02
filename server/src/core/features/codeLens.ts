import { daysBetween, earliestClosing, type CalendarDate } from '../calendar/index.js';
import type { AnalysisSettings } from '../config/settings.js';
import type { OffsetRange } from '../document/frontMatter.js';
import type { DocumentModel } from '../document/model.js';
import { tenderDataOf } from '../analyze.js';
import type { RelatedAddendum } from '../document/related.js';
import { formatCitation } from '../legal/citations.js';
import { ADDENDUM_DAYS, finalClosing } from '../rules/deadlines/facts.js';
import { calendarFor, closingMoment, diffusionMoment, longDate, type DeadlineFacts } from '../rules/deadlines/facts.js';
import type { Locale, Range } from '../types.js';

export interface CodeLensData {
  range: Range;
  /** What the lens shows: short enough for a narrow editor. */
  title: string;
  /** The whole of it: the dates, the legal minimum and the provision. */
  tooltip: string;
}

const plural = (count: number, locale: Locale) =>
  `${count} ${locale === 'fr' ? 'jour' : 'day'}${Math.abs(count) > 1 || (locale === 'en' && count === 0) ? 's' : ''}`;

/**
 * The periods of the notice at a glance: above `diffusion`, the receipt limit (or where the text states
 * it) and each addendum, one short lens (the period against its legal minimum, or the earliest lawful
 * date); its tooltip gives the dates and the provision.
 */
export function codeLenses(model: DocumentModel, settings: AnalysisSettings, addenda: readonly RelatedAddendum[] = []): CodeLensData[] {
  if (model.detection.kind !== 'tender') return [];
  const type = model.detection.type;
  if (type === 'addenda') return [];
  const facts: DeadlineFacts = { model, type, data: tenderDataOf(model, addenda), settings };
  const locale = settings.locale;
  const fr = locale === 'fr';
  const colon = fr ? ' : ' : ': ';
  const calendar = calendarFor(settings);
  const qualification = type === 'avis-qualification';
  const minimum = qualification ? 25 : 15;
  const citation = formatCitation(qualification ? '43.1°' : '4.6°', locale);
  const lenses: CodeLensData[] = [];
  const add = (range: OffsetRange | undefined, title: string, tooltip: string) => {
    if (range) lenses.push({ range: model.lines.range(range.start, range.end), title, tooltip });
  };

  const diffusion = diffusionMoment(facts);
  const closing = closingMoment(facts);
  const earliest = diffusion && earliestClosing(diffusion.date, minimum, calendar);
  const earliestText = (date: CalendarDate) => (fr ? `date la plus hâtive : ${longDate(date).fr}` : `earliest date: ${longDate(date).en}`);

  if (diffusion && earliest) {
    const path = diffusion.path ?? ['diffusion'];
    add(
      model.frontMatter?.keyRange(path.length > 1 ? path : ['diffusion']),
      fr ? `Réception au plus tôt : ${longDate(earliest).fr}` : `Earliest receipt: ${longDate(earliest).en}`,
      `Diffusion${colon}${longDate(diffusion.date)[locale]} · ${fr ? `réception au plus tôt le ${longDate(earliest).fr} (min. ${minimum} jours — ${citation})` : `receipt no earlier than ${longDate(earliest).en} (min. ${minimum} days — ${citation})`}`,
    );
  }
  if (closing) {
    const range = closing.path ? model.frontMatter?.keyRange(closing.path[0] === 'qualification' ? closing.path : [closing.path[0]]) : closing.range;
    const period = fr ? 'Délai de réception : ' : 'Receipt period: ';
    let title: string;
    const parts: string[] = [];
    if (diffusion && earliest) {
      const days = plural(daysBetween(diffusion.date, closing.date), locale);
      title = `${period}${days} (min. ${minimum})`;
      parts.push(`${period}${days} (min. ${minimum} — ${citation})`, earliestText(earliest));
    } else {
      title = `${period}${fr ? 'date de diffusion inconnue' : 'diffusion date unknown'}`;
      parts.push(
        `${fr ? 'Réception : ' : 'Receipt: '}${longDate(closing.date)[locale]}`,
        fr ? 'date de diffusion inconnue (clé diffusion)' : 'diffusion date unknown (key diffusion)',
      );
    }
    const holiday = calendar.holiday(closing.date);
    if (holiday) {
      title += fr ? ' · jour férié' : ' · holiday';
      parts.push(fr ? `jour férié : ${holiday.name.fr}` : `holiday: ${holiday.name.en}`);
    } else if (!calendar.isJourOuvrable(closing.date)) {
      title += fr ? ' · samedi' : ' · Saturday';
      parts.push(fr ? 'samedi' : 'Saturday');
    }
    add(range, title, parts.join(' · '));
  }

  const finalDate = finalClosing(facts);
  facts.data.addenda.forEach((addendum, index) => {
    if (!addendum.date) return;
    const name = `${fr ? 'Addenda' : 'Addendum'}${addendum.numero !== undefined ? ` no ${addendum.numero}` : ''}`;
    const source = addendum.source ? ` (${addendum.source})` : '';
    const first = earliestClosing(addendum.date, ADDENDUM_DAYS, calendar);
    const citation9 = formatCitation('9.al2', locale);
    let title: string;
    let tooltip: string;
    if (addendum.incidencePrix === false) {
      title = `${name}${colon}${fr ? 'sans incidence sur les prix' : 'no effect on prices'}`;
      tooltip = `${name}${source}${colon}${fr ? 'sans incidence sur les prix' : 'no effect on prices'} (${citation9})`;
    } else if (finalDate) {
      const before = `${plural(daysBetween(addendum.date, finalDate), locale)} ${fr ? 'avant la date limite' : 'before the deadline'}`;
      title = `${name}${colon}${before} (min. ${ADDENDUM_DAYS})`;
      tooltip = `${name}${source}${colon}${before} (min. ${ADDENDUM_DAYS} — ${citation9}) · ${earliestText(first)}`;
    } else {
      title = `${name}${colon}${fr ? `limite au plus tôt le ${longDate(first).fr}` : `earliest deadline ${longDate(first).en}`}`;
      tooltip = `${name}${source}${colon}${earliestText(first)} (min. ${ADDENDUM_DAYS} — ${citation9})`;
    }
    // An addendum from another file shows above the tender's `numero`, which that file names.
    add(model.frontMatter?.keyRange(addendum.source ? ['numero'] : ['addenda', index]), title, tooltip);
  });
  return lenses;
}
