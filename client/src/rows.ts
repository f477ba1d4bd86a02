import type { ConformityFinding, ConformityGroup, ConformityItem, ConformityReport } from '../../server/src/core/features/conformity.js';
import { passageRow } from './passage.js';

type Locale = 'fr' | 'en';

/** What a row of the Conformité view shows; its status is its icon alone. */
export interface Row {
  label: string;
  description?: string;
  /** Markdown. */
  tooltip: string;
}

/** The quotation is the drafter's text: shown as text, not read as Markdown. */
const escape = (text: string): string => text.replace(/[\\`*_[\]<>#|{}()!~+-]/g, '\\$&');

const STATUS: Record<ConformityItem['status'], Record<Locale, string>> = {
  ok: { fr: 'Conforme', en: 'Compliant' },
  finding: { fr: 'À corriger', en: 'To fix' },
  'not-applicable': { fr: 'Sans objet (n/a)', en: 'Not applicable (n/a)' },
  ignored: { fr: 'Ignorée', en: 'Ignored' },
  off: { fr: 'Désactivée', en: 'Off' },
};

/** An article: its label, and how many of its rules have findings. */
export function groupRow(group: ConformityGroup, locale: Locale): Row & { failing: number } {
  const failing = group.items.filter((item) => item.status === 'finding').length;
  const description = failing === 0 ? undefined : locale === 'fr' ? `${failing} à corriger` : `${failing} to fix`;
  return { label: group.label, ...(description && { description }), tooltip: escape(group.label), failing };
}

/**
 * A rule: the citation as its label (short: never cut), the rule's text as its description, or the
 * line that met it, or « n/a » and why; the whole in the tooltip.
 */
export function itemRow(item: ConformityItem, locale: Locale): Row {
  const passage = passageRow(item, locale);
  const description = passage?.description ?? (item.status === 'not-applicable' ? `n/a — ${item.reason ?? item.description}` : item.description);
  const status = `${STATUS[item.status][locale]}${item.reason ? `${locale === 'fr' ? ' : ' : ': '}${escape(item.reason)}` : ''}`;
  const tooltip = [`**${escape(item.citation)}** — ${escape(item.citationLabel)} · \`${item.rule}\``, escape(item.description), `*${status}*`];
  if (passage) tooltip.push(escape(passage.tooltip));
  return { label: item.citation, description, tooltip: tooltip.join('\n\n') };
}

/** A finding of a rule: its line (with its file, in another file of the dossier) as the label, the message as the description and tooltip. */
export function findingRow(finding: ConformityFinding, locale: Locale): Row {
  const file = finding.document ? `${finding.document}, ` : '';
  return {
    label: `${file}${locale === 'fr' ? 'ligne' : 'line'} ${finding.range.start.line + 1}`,
    description: finding.message,
    tooltip: escape(finding.message),
  };
}

/** The status bar: this tender's state, calmly; the counts and the text checked in its tooltip. */
export function statusBarRow(report: Pick<ConformityReport, 'counts' | 'regulation'>, locale: Locale): { text: string; tooltip: string } {
  const { error, warning } = report.counts;
  const fr = locale === 'fr';
  const count = (n: number, one: string, many: string) => `${n} ${n > 1 || (!fr && n === 0) ? many : one}`;
  const errors = fr ? count(error, 'erreur', 'erreurs') : count(error, 'error', 'errors');
  const warnings = fr ? count(warning, 'avertissement', 'avertissements') : count(warning, 'warning', 'warnings');
  const text = error === 0 ? (fr ? 'AO conforme' : 'Tender compliant') : fr ? `AO : ${errors}` : `Tender: ${errors}`;
  const tooltip = fr
    ? `Cet appel d'offres : ${errors}, ${warnings}.\n\nVérifié selon le ${report.regulation}.\n\nCliquer pour la vue Conformité.`
    : `This tender: ${errors}, ${warnings}.\n\nChecked against the ${report.regulation}.\n\nClick for the Conformity view.`;
  return { text, tooltip };
}
