import { daysBetween, earliestClosing, type CalendarDate } from '../calendar/index.js';
import type { AnalysisSettings } from '../config/settings.js';
import type { OffsetRange } from '../document/frontMatter.js';
import type { DocumentModel } from '../document/model.js';
import { tenderDataOf } from '../analyze.js';
import type { RelatedDocument } from '../document/related.js';
import { formatCitation } from '../legal/citations.js';
import { ADDENDUM_DAYS, finalClosing } from '../rules/deadlines/addendumNotice.js';
import { calendarFor, closingMoment, diffusionMoment, longDate, type DeadlineFacts } from '../rules/deadlines/facts.js';
import type { Locale, Range } from '../types.js';

export interface CodeLensData {
  range: Range;
  title: string;
}

const plural = (count: number, locale: Locale) => `${count} ${locale === 'fr' ? 'jour' : 'day'}${Math.abs(count) > 1 || (locale === 'en' && count === 0) ? 's' : ''}`;

/**
 * The periods of the notice at a glance: above `diffusion`, the receipt limit (or where the text states
 * it) and each addendum, the period in days against its legal minimum and the earliest lawful date.
 */
export function codeLenses(model: DocumentModel, settings: AnalysisSettings, related: readonly RelatedDocument[] = []): CodeLensData[] {
  if (model.detection.kind !== 'tender') return [];
  const type = model.detection.type;
  if (type === 'addenda') return [];
  const facts: DeadlineFacts = { model, type, data: tenderDataOf(model, related), settings };
  const locale = settings.locale;
  const fr = locale === 'fr';
  const calendar = calendarFor(settings);
  const qualification = type === 'avis-qualification';
  const minimum = qualification ? 25 : 15;
  const citation = formatCitation(qualification ? '43.1°' : '4.6°', locale);
  const lenses: CodeLensData[] = [];
  const add = (range: OffsetRange | undefined, title: string) => {
    if (range) lenses.push({ range: model.lines.range(range.start, range.end), title });
  };

  const diffusion = diffusionMoment(facts);
  const closing = closingMoment(facts);
  const earliest = diffusion && earliestClosing(diffusion.date, minimum, calendar);
  const earliestText = (date: CalendarDate) => (fr ? `date la plus hâtive : ${longDate(date).fr}` : `earliest date: ${longDate(date).en}`);

  if (diffusion && earliest) {
    const path = diffusion.path ?? ['diffusion'];
    add(model.frontMatter?.keyRange(path.length > 1 ? path : ['diffusion']), `Diffusion${fr ? ' : ' : ': '}${longDate(diffusion.date)[locale]} · ${fr ? `réception au plus tôt le ${longDate(earliest).fr} (min. ${minimum} jours — ${citation})` : `receipt no earlier than ${longDate(earliest).en} (min. ${minimum} days — ${citation})`}`);
  }
  if (closing) {
    const range = closing.path ? model.frontMatter?.keyRange(closing.path[0] === 'qualification' ? closing.path : [closing.path[0]]) : closing.range;
    const parts: string[] = [];
    if (diffusion && earliest) {
      const days = daysBetween(diffusion.date, closing.date);
      parts.push(`${fr ? 'Délai de réception : ' : 'Receipt period: '}${plural(days, locale)} (min. ${minimum} — ${citation})`, earliestText(earliest));
    } else {
      parts.push(`${fr ? 'Réception : ' : 'Receipt: '}${longDate(closing.date)[locale]}`, fr ? 'date de diffusion inconnue (clé diffusion)' : 'diffusion date unknown (key diffusion)');
    }
    const holiday = calendar.holiday(closing.date);
    if (holiday) parts.push(fr ? `jour férié : ${holiday.name.fr}` : `holiday: ${holiday.name.en}`);
    else if (!calendar.isJourOuvrable(closing.date)) parts.push(fr ? 'samedi' : 'Saturday');
    add(range, parts.join(' · '));
  }

  const finalDate = finalClosing(facts);
  facts.data.addenda.forEach((addendum, index) => {
    if (!addendum.date) return;
    const name = `${fr ? 'Addenda' : 'Addendum'}${addendum.numero !== undefined ? ` no ${addendum.numero}` : ''}${addendum.source ? ` (${addendum.source})` : ''}`;
    const first = earliestClosing(addendum.date, ADDENDUM_DAYS, calendar);
    const citation9 = formatCitation('9.al2', locale);
    const title =
      addendum.incidencePrix === false
        ? `${name}${fr ? ' : sans incidence sur les prix' : ': no effect on prices'}`
        : finalDate
          ? `${name}${fr ? ' : ' : ': '}${fr ? `${plural(daysBetween(addendum.date, finalDate), 'fr')} avant la date limite` : `${plural(daysBetween(addendum.date, finalDate), 'en')} before the deadline`} (min. ${ADDENDUM_DAYS} — ${citation9}) · ${earliestText(first)}`
          : `${name}${fr ? ' : ' : ': '}${earliestText(first)} (min. ${ADDENDUM_DAYS} — ${citation9})`;
    // An addendum from another file shows above the tender's `numero`, which that file names.
    add(model.frontMatter?.keyRange(addendum.source ? ['numero'] : ['addenda', index]), title);
  });
  return lenses;
}
