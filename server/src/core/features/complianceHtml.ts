import { dayNumber, daysBetween, daysInMonth, formatLongDate, fromDayNumber, MONTHS, WEEKDAYS, weekday, type CalendarDate } from '../calendar/index.js';
import { formatTime } from '../rules/deadlines/facts.js';
import { adjustmentCoefficient } from './gridHover.js';
import type { Locale, Severity } from '../types.js';
import type {
  ChecklistArticle,
  ChecklistEntry,
  ChecklistFinding,
  ChecklistStatus,
  ComplianceReport,
  EvaluationSummary,
  GridReport,
  Timeline,
  TimelineEvent,
  TimelinePeriod,
} from './complianceReport.js';
import { MAX_TIMELINE_DAYS, money } from './complianceReport.js';

/**
 * The compliance report as one self-contained HTML5 page (issue 17): inline CSS and SVG, no script, no
 * file or address outside the page but the LégisQuébec links, printable on A4 and Letter. A pure
 * function of the report model: the CLI writes it to a file, the language server sends it to editors.
 */
export interface ComplianceDocument {
  locale: Locale;
  /** When the check ran. */
  checkedAt: Date;
  product: { name: string; version: string };
  reports: readonly ComplianceReport[];
  /** Files given that could not be checked, and why. */
  unchecked?: readonly { name: string; reason: string }[];
  /**
   * A nonce for the page's one `<style>` element, which its Content Security Policy then requires
   * (an editor's webview); without it, the policy allows the page's inline style.
   */
  styleNonce?: string;
}

const TEXT = {
  fr: {
    colon: ' : ',
    report: 'Rapport de conformité',
    checkedOn: 'Vérifié le',
    at: 'à',
    documents: 'Documents vérifiés',
    file: 'Fichier',
    numero: 'Numéro',
    publicBody: 'Organisme public',
    type: 'Type de document',
    procedure: 'Procédure',
    nature: 'Nature des services',
    award: "Mode d'adjudication",
    amount: 'Montant estimé',
    regulation: 'Texte vérifié',
    date: 'Date de la vérification',
    files: 'Fichiers vérifiés (SHA-256, 12 premiers chiffres)',
    dossierFiles: 'Fichiers du dossier',
    andOthers: (n: number) => ` et ${n} autre${n > 1 ? 's' : ''} fichier${n > 1 ? 's' : ''} du dossier`,
    role: 'Rôle (type, partie)',
    fingerprint: 'SHA-256 (12 premiers chiffres)',
    version: 'Produit',
    notStated: 'non indiqué',
    summary: 'Sommaire',
    rules: 'règles',
    status: { met: 'Satisfaite', finding: 'Constat', ignored: 'Écartée', 'not-applicable': 'Sans objet', off: 'Désactivée' } as Record<ChecklistStatus, string>,
    counts: { met: 'Satisfaites', finding: 'Avec constat', ignored: 'Écartées (tender-ignore)', notApplicable: 'Sans objet', off: 'Désactivées' },
    severity: { error: 'Erreur', warning: 'Avertissement', information: 'Information', hint: 'Indice' } as Record<Severity, string>,
    severities: {
      error: ['erreur', 'erreurs'],
      warning: ['avertissement', 'avertissements'],
      information: ['information', 'informations'],
      hint: ['indice', 'indices'],
    } as Record<Severity, [string, string]>,
    setAside: 'Règles écartées par le rédacteur (tender-ignore)',
    setAsideIntro: 'Ces règles ne sont pas vérifiées dans ce document, pour la raison que le rédacteur a donnée :',
    reason: 'Raison',
    checklist: 'Liste de vérification par article',
    checklistCaption:
      "Chaque règle du produit, dans l'ordre des articles du règlement. Une règle satisfaite sans numéro de ligne n'a rien relevé et ne désigne pas de passage.",
    colStatus: 'Statut',
    colProvision: 'Disposition',
    colRequirement: 'Exigence et résultat',
    line: 'ligne',
    key: "clé d'en-tête",
    more: (n: number) => ` (+ ${n} autre${n > 1 ? 's' : ''} passage${n > 1 ? 's' : ''})`,
    fix: 'Correction proposée',
    clause: 'clause insérée',
    form: 'Forme du document',
    timeline: 'Échéancier',
    timelineNone: "Le document ne donne ni date de diffusion ni date limite de réception : pas d'échéancier.",
    timelineTooLong: (days: number) => `Les dates s'étendent sur plus de ${days} jours : elles sont listées ci-dessous sans être dessinées jour par jour.`,
    event: 'Événement',
    colDate: 'Date',
    colLine: 'Ligne',
    period: 'Délai',
    days: 'Jours',
    minimum: 'Minimum',
    result: 'Résultat',
    respected: 'respecté',
    breached: 'non respecté',
    notChecked: 'non vérifié',
    toCheck: 'à vérifier',
    dayUnit: (n: number) => `${n} jour${Math.abs(n) > 1 ? 's' : ''}`,
    legendWeekend: 'samedi, dimanche',
    legendHoliday: 'jour férié',
    legendMinimum: 'minimum légal',
    legendBreach: 'délai non respecté',
    timelineTitle: 'Échéancier des dates de l’appel d’offres',
    nonWorking: 'Jours non ouvrables',
    grid: "Grille d'évaluation",
    annex: (n: number) => `annexe ${n}`,
    gridNone: "Aucune grille d'évaluation n'a été trouvée dans le document.",
    priceOnly: "Adjudication au prix seul : pas d'évaluation de la qualité (annexes 1 et 2 sans objet).",
    criterion: 'Critère',
    weight: 'Poids',
    criterionMinimum: 'Note minimale',
    total: 'Total',
    gridSource: { 'front-matter': "l'en-tête (evaluation.criteres)", table: 'un tableau du texte', list: 'une liste du texte' } as Record<
      GridReport['source'],
      string
    >,
    gridFrom: 'Grille lue dans',
    totalOk: 'total de 100 % : conforme (annexe 2, art. 3)',
    totalNot: 'le total doit être de 100 % et chaque critère pondéré (annexe 2, art. 3)',
    kParameter: 'Paramètre K',
    kNotSet: 'non fixé dans les documents (annexe 2, art. 9 : de 15 % à 30 %)',
    formula: 'Coefficient d’ajustement = 1 + K × (note finale − 70) / 30 (annexe 2, art. 8) ; prix ajusté = prix soumis ÷ coefficient.',
    finalScore: 'Note finale',
    coefficient: 'Coefficient',
    adjusted: 'Prix ajusté d’un prix soumis de 100 000 $',
    chartTitle: 'Coefficient d’ajustement du prix selon la note de qualité',
    chartX: 'Note finale (qualité)',
    chartY: 'Coefficient',
    chartBand: 'K permis : 15 % à 30 %',
    chartBelow: '< 70 : non acceptable',
    signoff: 'Approbation',
    signoffIntro: 'Vérification faite avant la publication dans le SEAO.',
    signoffRows: ['Vérifié par (nom)', 'Fonction', 'Date', 'Signature'],
    notTender: "Pas un document d'appel d'offres : aucune règle vérifiée.",
    unchecked: 'Fichiers non vérifiés',
    page: 'Page',
    of: 'sur',
  },
  en: {
    colon: ': ',
    report: 'Compliance report',
    checkedOn: 'Checked on',
    at: 'at',
    documents: 'Documents checked',
    file: 'File',
    numero: 'Number',
    publicBody: 'Public body',
    type: 'Document type',
    procedure: 'Procedure',
    nature: 'Nature of the services',
    award: 'Award method',
    amount: 'Estimated amount',
    regulation: 'Text checked',
    date: 'Date of the check',
    files: 'Files checked (SHA-256, first 12 digits)',
    dossierFiles: 'Files of the dossier',
    andOthers: (n: number) => ` and ${n} other file${n > 1 ? 's' : ''} of the dossier`,
    role: 'Role (type, part)',
    fingerprint: 'SHA-256 (first 12 digits)',
    version: 'Product',
    notStated: 'not stated',
    summary: 'Summary',
    rules: 'rules',
    status: { met: 'Met', finding: 'Finding', ignored: 'Set aside', 'not-applicable': 'Not applicable', off: 'Off' } as Record<ChecklistStatus, string>,
    counts: { met: 'Met', finding: 'With findings', ignored: 'Set aside (tender-ignore)', notApplicable: 'Not applicable', off: 'Off' },
    severity: { error: 'Error', warning: 'Warning', information: 'Information', hint: 'Hint' } as Record<Severity, string>,
    severities: {
      error: ['error', 'errors'],
      warning: ['warning', 'warnings'],
      information: ['information finding', 'information findings'],
      hint: ['hint', 'hints'],
    } as Record<Severity, [string, string]>,
    setAside: 'Rules set aside by the drafter (tender-ignore)',
    setAsideIntro: 'These rules are not checked in this document, for the reason the drafter gave:',
    reason: 'Reason',
    checklist: 'Checklist by section',
    checklistCaption:
      "Every rule of the product, in the order of the Regulation's sections. A rule met without a line number found nothing and names no passage.",
    colStatus: 'Status',
    colProvision: 'Provision',
    colRequirement: 'Requirement and result',
    line: 'line',
    key: 'front-matter key',
    more: (n: number) => ` (+ ${n} more passage${n > 1 ? 's' : ''})`,
    fix: 'Proposed fix',
    clause: 'clause inserted',
    form: 'Document form',
    timeline: 'Deadlines',
    timelineNone: 'The document gives neither a diffusion date nor a receipt deadline: no timeline.',
    timelineTooLong: (days: number) => `The dates span more than ${days} days: they are listed below, not drawn day by day.`,
    event: 'Event',
    colDate: 'Date',
    colLine: 'Line',
    period: 'Period',
    days: 'Days',
    minimum: 'Minimum',
    result: 'Result',
    respected: 'met',
    breached: 'not met',
    notChecked: 'not checked',
    toCheck: 'to check',
    dayUnit: (n: number) => `${n} day${Math.abs(n) === 1 ? '' : 's'}`,
    legendWeekend: 'Saturday, Sunday',
    legendHoliday: 'holiday',
    legendMinimum: 'legal minimum',
    legendBreach: 'period not met',
    timelineTitle: 'Timeline of the call for tenders',
    nonWorking: 'Non-working days',
    grid: 'Evaluation grid',
    annex: (n: number) => `Annex ${n}`,
    gridNone: 'No evaluation grid was found in the document.',
    priceOnly: 'Awarded on price alone: no quality evaluation (Annexes 1 and 2 do not apply).',
    criterion: 'Criterion',
    weight: 'Weight',
    criterionMinimum: 'Minimum score',
    total: 'Total',
    gridSource: { 'front-matter': 'the front-matter (evaluation.criteres)', table: 'a table of the text', list: 'a list of the text' } as Record<
      GridReport['source'],
      string
    >,
    gridFrom: 'Grid read from',
    totalOk: 'total of 100%: compliant (Annex 2, s. 3)',
    totalNot: 'the total must be 100% and every criterion weighted (Annex 2, s. 3)',
    kParameter: 'K parameter',
    kNotSet: 'not set in the documents (Annex 2, s. 9: 15% to 30%)',
    formula: 'Adjustment coefficient = 1 + K × (final score − 70) / 30 (Annex 2, s. 8); adjusted price = submitted price ÷ coefficient.',
    finalScore: 'Final score',
    coefficient: 'Coefficient',
    adjusted: 'Adjusted price of a $100,000 bid',
    chartTitle: 'Price adjustment coefficient by quality score',
    chartX: 'Final score (quality)',
    chartY: 'Coefficient',
    chartBand: 'K allowed: 15% to 30%',
    chartBelow: '< 70: not acceptable',
    signoff: 'Approval',
    signoffIntro: 'Checked before publication in SEAO.',
    signoffRows: ['Checked by (name)', 'Title', 'Date', 'Signature'],
    notTender: 'Not a tender document: no rule checked.',
    unchecked: 'Files not checked',
    page: 'Page',
    of: 'of',
  },
};

type Text = (typeof TEXT)['fr'];

const SYMBOL: Record<ChecklistStatus, string> = { met: '✓', finding: '✗', ignored: '⊘', 'not-applicable': '–', off: '–' };

export function complianceHtml(document: ComplianceDocument): string {
  const { locale } = document;
  const t = TEXT[locale];
  const first = document.reports.find((report) => report.tender) ?? document.reports[0];
  const subject = first && document.reports.length === 1 ? (first.header.numero ?? first.header.title ?? first.files[0]?.name) : undefined;
  const title = subject ? `${t.report} — ${subject}` : t.report;
  const nonce = document.styleNonce;
  const policy = `default-src 'none'; style-src ${nonce ? `'nonce-${nonce}'` : "'unsafe-inline'"}; img-src data:; base-uri 'none'; form-action 'none'`;
  const checkedAt = dateTime(document.checkedAt, locale);
  const product = `${document.product.name} ${document.product.version}`;
  const sections = document.reports.map((report, index) => tenderSection(report, `t${index + 1}`, { t, checkedAt, product }));
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escape(policy)}">`,
    `<meta name="generator" content="${escape(product)}">`,
    `<title>${escape(title)}</title>`,
    `<style${nonce ? ` nonce="${escape(nonce)}"` : ''}>${css(t, subject)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<header class="page-head">',
    `<p class="product">${escape(product)}</p>`,
    `<h1>${escape(t.report)}</h1>`,
    first ? `<p class="regulation">${escape(first.regulation)}</p>` : '',
    `<p class="checked">${escape(t.checkedOn)} ${escape(checkedAt)}</p>`,
    '</header>',
    document.reports.length > 1 || (document.unchecked?.length ?? 0) > 0 ? runSummary(document, t) : '',
    ...sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

interface Context {
  t: Text;
  checkedAt: string;
  product: string;
}

function runSummary(document: ComplianceDocument, t: Text): string {
  const rows = document.reports.map(
    (report, index) =>
      `<tr><th scope="row"><a href="#t${index + 1}">${escape(report.files[0]?.name ?? '')}</a>${report.dossier && report.files.length > 1 ? escape(t.andOthers(report.files.length - 1)) : ''}</th><td>${escape(report.header.numero ?? '')}</td><td>${report.tender ? countsLine(report, t) : escape(t.notTender)}</td></tr>`,
  );
  const unchecked = (document.unchecked ?? []).map((file) => `<li><span class="file">${escape(file.name)}</span>${t.colon}${escape(file.reason)}</li>`);
  return [
    '<section class="run">',
    `<h2 id="run-title">${escape(t.documents)}</h2>`,
    rows.length > 0
      ? `<table class="run-table"><thead><tr><th scope="col">${escape(t.file)}</th><th scope="col">${escape(t.numero)}</th><th scope="col">${escape(t.summary)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '',
    unchecked.length > 0 ? `<h3>${escape(t.unchecked)}</h3><ul>${unchecked.join('')}</ul>` : '',
    '</section>',
  ].join('\n');
}

function countsLine(report: ComplianceReport, t: Text): string {
  const { counts } = report;
  return escape(
    `${counts.met} ${t.counts.met.toLowerCase()}, ${counts.finding} ${t.counts.finding.toLowerCase()}, ${counts.ignored} ${t.counts.ignored.toLowerCase()}, ${counts.notApplicable} ${t.counts.notApplicable.toLowerCase()}`,
  );
}

function tenderSection(report: ComplianceReport, id: string, context: Context): string {
  const { t } = context;
  const heading = report.header.title ?? report.header.numero ?? report.files[0]?.name ?? '';
  const parts = [`<section class="tender" id="${id}">`, `<h2 id="${id}-title">${escape(heading)}</h2>`, facts(report, context)];
  if (!report.tender) {
    parts.push(`<p class="not-tender">${escape(t.notTender)}</p>`);
    const form = report.articles.filter((article) => article.entries.length > 0);
    if (form.length > 0) parts.push(checklistTable(form, `${id}-checklist`, t));
    parts.push('</section>');
    return parts.join('\n');
  }
  parts.push(summary(report, id, t));
  parts.push(setAside(report, id, t));
  // The overview first (counts, what was set aside, dates, grid), then the checklist, then the sign-off.
  if (report.timeline !== undefined || report.header.type !== 'addenda') parts.push(timelineSection(report.timeline, id, report.locale, t));
  if (report.evaluation) parts.push(evaluationSection(report.evaluation, id, report.locale, t));
  parts.push(
    `<section class="checklist">`,
    `<h3 id="${id}-checklist-title">${escape(t.checklist)}</h3>`,
    checklistTable(report.articles, `${id}-checklist`, t),
    '</section>',
  );
  parts.push(signoff(id, t), '</section>');
  return parts.filter((part) => part !== '').join('\n');
}

function facts(report: ComplianceReport, { t, checkedAt, product }: Context): string {
  const { header } = report;
  const rows: [string, string][] = [
    [t.numero, escape(header.numero ?? t.notStated)],
    [t.publicBody, escape(header.publicBody ?? t.notStated)],
    [t.type, escape(header.typeLabel ?? t.notStated)],
  ];
  if (header.procedure) rows.push([t.procedure, escape(header.procedure)]);
  if (header.nature) rows.push([t.nature, escape(header.nature)]);
  if (header.type === 'appel-offres' || header.awardMethod) rows.push([t.award, escape(header.awardMethod ?? t.notStated)]);
  rows.push([t.amount, escape(header.estimatedAmount ?? t.notStated)]);
  rows.push([t.regulation, escape(report.regulation)]);
  rows.push([t.date, escape(checkedAt)]);
  // A dossier's files are a table of their own, after the facts.
  if (!report.dossier)
    rows.push([
      t.files,
      report.files.map((file) => `<span class="file">${escape(file.name)}</span> <code>${escape(file.sha256.slice(0, 12))}</code>`).join('<br>'),
    ]);
  rows.push([t.version, escape(product)]);
  const list = `<dl class="facts">${rows.map(([term, value]) => `<div><dt>${escape(term)}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
  if (!report.dossier) return list;
  const files = report.files.map(
    (file) =>
      `<tr><th scope="row"><span class="file">${escape(file.name)}</span></th><td class="role">${escape(file.role ?? '')}</td><td><code>${escape(file.sha256.slice(0, 12))}</code></td></tr>`,
  );
  return [
    list,
    `<table class="dossier-files"><caption>${escape(t.dossierFiles)}</caption>`,
    `<thead><tr><th scope="col">${escape(t.file)}</th><th scope="col">${escape(t.role)}</th><th scope="col">${escape(t.fingerprint)}</th></tr></thead>`,
    `<tbody>${files.join('')}</tbody></table>`,
  ].join('\n');
}

function summary(report: ComplianceReport, id: string, t: Text): string {
  const { counts } = report;
  const tiles: [string, ChecklistStatus | 'rules', number, string][] = [
    ['met', 'met', counts.met, t.counts.met],
    ['finding', 'finding', counts.finding, t.counts.finding],
    ['ignored', 'ignored', counts.ignored, t.counts.ignored],
    ['not-applicable', 'not-applicable', counts.notApplicable, t.counts.notApplicable],
  ];
  if (counts.off > 0) tiles.push(['off', 'off', counts.off, t.counts.off]);
  const severities = (['error', 'warning', 'information'] as const).map((severity) => {
    const n = report.severities[severity];
    const [one, many] = t.severities[severity];
    return `${n} ${(report.locale === 'fr' ? n <= 1 : n === 1) ? one : many}`;
  });
  return [
    `<section class="summary">`,
    `<h3 id="${id}-summary-title">${escape(t.summary)} — ${counts.rules} ${escape(t.rules)}</h3>`,
    '<dl class="counts">',
    ...tiles.map(
      ([key, status, n, label]) =>
        `<div class="count ${key}"><dt><span class="symbol" aria-hidden="true">${SYMBOL[status as ChecklistStatus]}</span> ${escape(label)}</dt><dd data-count="${key}">${n}</dd></div>`,
    ),
    '</dl>',
    `<p class="severities">${escape(severities.join(', '))}</p>`,
    '</section>',
  ].join('\n');
}

/** The rules the drafter set aside, with their reasons: shown before the checklist, where a reader cannot miss them. */
function setAside(report: ComplianceReport, id: string, t: Text): string {
  const ignored = report.articles.flatMap((article) => article.entries.filter((entry) => entry.status === 'ignored'));
  if (ignored.length === 0) return '';
  return [
    `<section class="set-aside">`,
    `<h3 id="${id}-set-aside-title"><span aria-hidden="true">⊘</span> ${escape(t.setAside)}</h3>`,
    `<p>${escape(t.setAsideIntro)}</p>`,
    '<ul>',
    ...ignored.map(
      (entry) =>
        `<li><strong>${escape(entry.citation)}</strong> (${citationLink(entry)}) — ${escape(entry.description)}<br><span class="reason-label">${escape(t.reason + t.colon.trimEnd())}</span> <q class="reason">${escape(entry.reason ?? '')}</q></li>`,
    ),
    '</ul>',
    '</section>',
  ].join('\n');
}

function citationLink(entry: ChecklistEntry): string {
  return entry.href ? `<a href="${escape(entry.href)}">${escape(entry.citationLabel)}</a>` : escape(entry.citationLabel);
}

function checklistTable(articles: readonly ChecklistArticle[], id: string, t: Text): string {
  const groups = articles.map((article) => {
    const label = article.article === 'document' ? t.form : article.label;
    const head = article.href ? `<a href="${escape(article.href)}">${escape(label)}</a>` : escape(label);
    return [
      `<tbody data-article="${escape(article.article)}">`,
      `<tr class="article"><th scope="rowgroup" colspan="3">${head}</th></tr>`,
      ...article.entries.map((entry) => checklistRow(entry, t)),
      '</tbody>',
    ].join('\n');
  });
  return [
    `<table class="checklist-table" id="${id}">`,
    `<caption>${escape(t.checklistCaption)}</caption>`,
    `<thead><tr><th scope="col" class="col-status">${escape(t.colStatus)}</th><th scope="col" class="col-provision">${escape(t.colProvision)}</th><th scope="col">${escape(t.colRequirement)}</th></tr></thead>`,
    ...groups,
    '</table>',
  ].join('\n');
}

function checklistRow(entry: ChecklistEntry, t: Text): string {
  const status = `<td class="status ${entry.status}"><span class="symbol" aria-hidden="true">${SYMBOL[entry.status]}</span> ${escape(t.status[entry.status])}</td>`;
  const provision = `<th scope="row" class="provision"><span class="citation">${escape(entry.citation === 'format' ? t.form : entry.citation)}</span><br><span class="citation-label">${citationLink(entry)}</span></th>`;
  const detail: string[] = [`<p class="requirement">${escape(entry.description)}</p>`];
  switch (entry.status) {
    case 'met':
      if (entry.evidence) {
        const { line, quote, frontMatterKey, more } = entry.evidence;
        const key = frontMatterKey !== undefined ? `${escape(t.key)} <code>${escape(frontMatterKey)}</code> — ` : '';
        const where =
          entry.evidence.document !== undefined ? `<span class="file">${escape(entry.evidence.document)}</span>, ${escape(t.line)}` : escape(capital(t.line));
        detail.push(`<p class="evidence">${where} ${line}${t.colon}${key}<q>${escape(quote)}</q>${more > 0 ? escape(t.more(more)) : ''}</p>`);
      }
      break;
    case 'finding':
      detail.push(...entry.findings.map((finding) => findingBlock(finding, t)));
      break;
    case 'ignored':
      detail.push(`<p class="reason-box"><strong>${escape(t.reason + t.colon.trimEnd())}</strong> <q class="reason">${escape(entry.reason ?? '')}</q></p>`);
      break;
    case 'not-applicable':
    case 'off':
      detail.push(`<p class="why">${escape(entry.reason ?? '')}</p>`);
      break;
  }
  return `<tr class="rule ${entry.status}" data-rule="${escape(entry.rule)}">${status}${provision}<td>${detail.join('')}</td></tr>`;
}

/** A file named before a line number, in a dossier's report. */
const fileOf = (document: string | undefined): string => (document === undefined ? '' : `<span class="file">${escape(document)}</span>, `);

function findingBlock(finding: ChecklistFinding, t: Text): string {
  const parts = [
    `<p class="finding"><span class="severity ${finding.severity}">${escape(t.severity[finding.severity])}</span>, ${fileOf(finding.document)}${escape(t.line)} ${finding.line}${t.colon}${escape(finding.message)}</p>`,
    // The other places the finding names: in a dossier, the file and line of each.
    ...(finding.related ?? []).map(
      (related) => `<p class="related">↳ ${fileOf(related.document)}${escape(t.line)} ${related.line}${t.colon}${escape(related.message)}</p>`,
    ),
  ];
  if (finding.fix) {
    parts.push(
      `<p class="fix">${escape(t.fix)}${t.colon}${escape(finding.fix.title)}${finding.fix.clause ? ` — ${escape(t.clause + t.colon.trimEnd())}` : ''}</p>`,
    );
    if (finding.fix.clause) parts.push(`<pre class="clause">${escape(finding.fix.clause)}</pre>`);
  }
  return parts.join('');
}

// ——— Timeline ———

const W = 720;
const MARGIN = 12;
const LANE = 15;
/** A generous width of a character of the labels (11 px, bold), so that a label is never cut at the edge. */
const CHAR = 6.7;

function timelineSection(timeline: Timeline | undefined, id: string, locale: Locale, t: Text): string {
  const parts = [`<section class="timeline-section">`, `<h3 id="${id}-timeline-title">${escape(t.timeline)}</h3>`];
  if (!timeline) {
    parts.push(`<p>${escape(t.timelineNone)}</p>`, '</section>');
    return parts.join('\n');
  }
  if (timeline.tooLong) parts.push(`<p>${escape(t.timelineTooLong(MAX_TIMELINE_DAYS))}</p>`);
  else parts.push(timelineSvg(timeline, `${id}-timeline-svg`, locale, t), timelineLegend(t));
  const events = timeline.events.map(
    (event) =>
      `<tr${event.breach ? ` class="${isBreach(event.breach.severity) ? 'breach' : 'note'}-row"` : ''}><th scope="row">${escape(event.label)}${event.source ? ` <span class="file">(${escape(event.source)})</span>` : ''}</th><td>${escape(moment(event, locale))}${event.breach ? `<br><span class="breach-text">${escape(event.breach.message)}</span>` : ''}</td><td>${event.line ?? ''}</td></tr>`,
  );
  parts.push(
    `<table class="events"><thead><tr><th scope="col">${escape(t.event)}</th><th scope="col">${escape(t.colDate)}</th><th scope="col">${escape(t.colLine)}</th></tr></thead><tbody>${events.join('')}</tbody></table>`,
  );
  if (timeline.periods.length > 0) {
    const rows = [...timeline.periods]
      .sort((a, b) => dayNumber(a.from) - dayNumber(b.from))
      .map((period) => {
        const state = periodState(period);
        const result =
          state === 'not-checked'
            ? `${t.notChecked}${t.colon}${period.notChecked}`
            : period.breach
              ? `${state === 'breach' ? t.breached : t.toCheck} — ${period.breach.message}`
              : t.respected;
        return `<tr class="${state}-row"><th scope="row">${escape(period.label)}</th><td>${escape(t.dayUnit(period.days))}</td><td>${escape(t.dayUnit(period.minimum))} (${escape(period.citationLabel)})</td><td>${escape(result)}</td></tr>`;
      });
    parts.push(
      `<table class="periods"><thead><tr><th scope="col">${escape(t.period)}</th><th scope="col">${escape(t.days)}</th><th scope="col">${escape(t.minimum)}</th><th scope="col">${escape(t.result)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  const holidays = timeline.nonWorkingDays.filter((day) => day.kind === 'holiday');
  if (holidays.length > 0) {
    parts.push(
      `<p class="holidays"><strong>${escape(t.nonWorking + t.colon.trimEnd())}</strong> ${holidays.map((day) => `${escape(formatLongDate(day.date, locale))} (${escape(day.name)})`).join(locale === 'fr' ? ' ; ' : '; ')}</p>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function moment(event: Pick<TimelineEvent, 'date' | 'time'>, locale: Locale): string {
  return `${formatLongDate(event.date, locale)}${event.time ? ` ${TEXT[locale].at} ${formatTime(event.time, locale)}` : ''}`;
}

interface Label {
  x: number;
  text: string;
  className: string;
  /** Anchored at its end (a label near the right edge). */
  end: boolean;
  lane: number;
}

/** Places labels in the first lane where they overlap no other, left to right. */
function placeLabels(labels: Omit<Label, 'lane' | 'end'>[]): Label[] {
  const lanes: number[] = [];
  return [...labels]
    .sort((a, b) => a.x - b.x)
    .map((label) => {
      const width = label.text.length * CHAR + 8;
      const end = label.x + width > W - MARGIN;
      const from = end ? label.x - width : label.x;
      const to = end ? label.x : label.x + width;
      let lane = lanes.findIndex((right) => right < from);
      if (lane < 0) lane = lanes.length;
      lanes[lane] = to;
      return { ...label, end, lane };
    });
}

/** An error or a warning is a breach, drawn in red; an information (below the threshold, art. 3) is to check. */
const isBreach = (severity: Severity): boolean => severity === 'error' || severity === 'warning';

function periodState(period: TimelinePeriod): 'not-checked' | 'breach' | 'note' | 'ok' {
  if (period.notChecked !== undefined) return 'not-checked';
  if (!period.breach) return 'ok';
  return isBreach(period.breach.severity) ? 'breach' : 'note';
}

function timelineSvg(timeline: Timeline, id: string, locale: Locale, t: Text): string {
  const startDay = dayNumber(timeline.start);
  const count = daysBetween(timeline.start, timeline.end) + 1;
  const dayWidth = (W - 2 * MARGIN) / count;
  const left = (date: CalendarDate) => MARGIN + (dayNumber(date) - startDay) * dayWidth;
  const center = (date: CalendarDate) => left(date) + dayWidth / 2;
  const n = (value: number) => Math.round(value * 10) / 10;

  const labels = placeLabels([
    ...timeline.events.map((event) => ({
      x: center(event.date) + 4,
      text: `${event.label} — ${shortDate(event.date, locale)}`,
      className: `event-label ${event.kind}${event.breach ? (isBreach(event.breach.severity) ? ' breach' : ' note') : ''}`,
    })),
    ...timeline.markers.map((marker) => ({
      x: center(marker.date) + 4,
      text: `${marker.label} — ${shortDate(marker.date, locale)}`,
      className: 'marker-label',
    })),
  ]);
  const lanes = Math.max(0, ...labels.map((label) => label.lane + 1));
  const headTop = 2;
  const daysRow = 30;
  const plotTop = 38;
  const labelsBottom = plotTop + lanes * LANE + 6;
  const axis = labelsBottom + 8;
  const periods = [...timeline.periods].sort((a, b) => dayNumber(a.from) - dayNumber(b.from));
  const periodTop = axis + 22;
  const holidayNames = timeline.nonWorkingDays.filter((day) => day.kind === 'holiday');
  // Holidays are named under the periods, each at its column, in lanes that keep the names apart.
  const holidayLabels = placeLabels(holidayNames.map((day) => ({ x: left(day.date) + 1, text: day.name, className: 'holiday-name' })));
  const holidayTop = periodTop + periods.length * 30;
  const bottom = holidayTop + Math.max(0, ...holidayLabels.map((label) => label.lane + 1)) * 12 + 4;

  const svg: string[] = [];
  // Months and days.
  for (let day = 0; day < count; day++) {
    const date = fromDayNumber(startDay + day);
    // The first day's month, unless another month starts within a few days (the labels would overlap).
    const monthStarts = (day === 0 && (date.day < daysInMonthOf(date) - 3 || count < 4)) || (day > 0 && date.day === 1);
    if (monthStarts)
      svg.push(
        `<text class="month" x="${n(MARGIN + day * dayWidth + 1)}" y="${headTop + 10}">${escape(`${MONTHS[locale][date.month - 1]} ${date.year}`)}</text>`,
      );
    if (dayWidth >= 13 || weekday(date) === 1) {
      const x = n(MARGIN + day * dayWidth + dayWidth / 2);
      if (dayWidth >= 13)
        svg.push(`<text class="weekday" x="${x}" y="${daysRow - 10}">${escape(WEEKDAYS[locale][weekday(date)].slice(0, 1).toUpperCase())}</text>`);
      svg.push(`<text class="day" x="${x}" y="${daysRow}">${date.day}</text>`);
    }
  }
  // Saturdays, Sundays and jours fériés, shaded over the whole height; holidays named.
  for (const day of timeline.nonWorkingDays) {
    const x = n(left(day.date));
    svg.push(
      `<rect class="${day.kind === 'holiday' ? 'holiday' : 'weekend'}" x="${x}" y="${daysRow + 3}" width="${n(dayWidth)}" height="${n(bottom - daysRow - 3)}"><title>${escape(`${formatLongDate(day.date, locale)} — ${day.name}`)}</title></rect>`,
    );
  }
  for (const label of holidayLabels) {
    const y = holidayTop + label.lane * 12 + 9;
    svg.push(
      `<text class="holiday-name" x="${n(label.end ? label.x + dayWidth - 2 : label.x)}" y="${y}"${label.end ? ' text-anchor="end"' : ''}>${escape(label.text)}</text>`,
    );
  }
  // Legal minima: dashed lines over the plot.
  for (const marker of timeline.markers) {
    const x = n(center(marker.date));
    svg.push(
      `<line class="marker ${marker.kind}" x1="${x}" y1="${plotTop}" x2="${x}" y2="${bottom}"><title>${escape(`${marker.label} — ${formatLongDate(marker.date, locale)} (${marker.citationLabel})`)}</title></line>`,
    );
  }
  // The axis, then each event: a line and a dot, red when a rule reported it.
  svg.push(`<line class="axis" x1="${MARGIN}" y1="${axis}" x2="${W - MARGIN}" y2="${axis}"/>`);
  for (const event of timeline.events) {
    const x = n(center(event.date));
    const breach = event.breach ? (isBreach(event.breach.severity) ? ' breach' : ' note') : '';
    svg.push(`<line class="event-line ${event.kind}${breach}" x1="${x}" y1="${plotTop}" x2="${x}" y2="${axis}"/>`);
    svg.push(
      `<circle class="event-dot ${event.kind}${breach}" cx="${x}" cy="${axis}" r="4.5"><title>${escape(`${event.label} — ${moment(event, locale)}${event.breach ? ` — ${event.breach.message}` : ''}`)}</title></circle>`,
    );
  }
  for (const label of labels) {
    const y = plotTop + label.lane * LANE + 10;
    svg.push(
      `<text class="${label.className}" x="${n(label.end ? label.x - 8 : label.x)}" y="${y}"${label.end ? ' text-anchor="end"' : ''}>${escape(label.text)}</text>`,
    );
  }
  // Periods: a bar from their first to their last day, with the days against the minimum.
  periods.forEach((period, index) => {
    const y = periodTop + index * 30;
    const x1 = n(center(period.from));
    const x2 = n(center(period.to));
    const state = periodState(period);
    const verdict = { 'not-checked': t.notChecked, breach: `✗ ${t.breached}`, note: t.toCheck, ok: `✓ ${t.respected}` }[state];
    const text = `${period.label}${t.colon}${t.dayUnit(period.days)} (min. ${period.minimum}) — ${verdict}`;
    const textX = Math.min(Math.max(x1, MARGIN), W - MARGIN - text.length * CHAR);
    svg.push(`<text class="period-label ${state}" x="${n(Math.max(MARGIN, textX))}" y="${y}">${escape(text)}</text>`);
    svg.push(
      `<line class="period ${state}" x1="${x1}" y1="${y + 8}" x2="${x2}" y2="${y + 8}"><title>${escape(`${period.label}${t.colon}${t.dayUnit(period.days)}, min. ${t.dayUnit(period.minimum)} (${period.citationLabel})${period.breach ? ` — ${period.breach.message}` : ''}`)}</title></line>`,
    );
  });

  const description = [
    ...timeline.events.map((event) => `${event.label}${t.colon}${moment(event, locale)}${event.breach ? ` (${event.breach.message})` : ''}`),
    ...periods.map(
      (period) =>
        `${period.label}${t.colon}${t.dayUnit(period.days)}, minimum ${t.dayUnit(period.minimum)}, ${{ 'not-checked': t.notChecked, breach: t.breached, note: t.toCheck, ok: t.respected }[periodState(period)]}`,
    ),
    ...holidayNames.map((day) => `${formatLongDate(day.date, locale)}${t.colon}${day.name}`),
  ].join('. ');
  return [
    `<figure class="timeline-figure">`,
    `<svg class="timeline" viewBox="0 0 ${W} ${n(bottom + 2)}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escape(t.timelineTitle)}</title>`,
    `<desc id="${id}-desc">${escape(description)}.</desc>`,
    ...svg,
    '</svg>',
    '</figure>',
  ].join('\n');
}

const daysInMonthOf = (date: CalendarDate): number => daysInMonth(date.year, date.month);

function timelineLegend(t: Text): string {
  const item = (className: string, label: string) => `<li><span class="swatch ${className}" aria-hidden="true"></span> ${escape(label)}</li>`;
  return `<ul class="legend">${item('weekend', t.legendWeekend)}${item('holiday', t.legendHoliday)}${item('minimum', t.legendMinimum)}${item('breach', t.legendBreach)}</ul>`;
}

function shortDate(date: CalendarDate, locale: Locale): string {
  const day = WEEKDAYS[locale][weekday(date)].slice(0, 3);
  const month = MONTHS[locale][date.month - 1];
  return locale === 'fr' ? `${day}. ${date.day === 1 ? '1er' : date.day} ${month}` : `${day}, ${month.slice(0, 3)} ${date.day}`;
}

// ——— Evaluation grid ———

function evaluationSection(evaluation: EvaluationSummary, id: string, locale: Locale, t: Text): string {
  const annex = evaluation.annex ?? evaluation.grid?.annex;
  const title = `${t.grid}${annex ? ` (${t.annex(annex)})` : ''}`;
  const parts = [`<section class="grid-section">`, `<h3 id="${id}-grid-title">${escape(title)}</h3>`];
  const grid = evaluation.grid;
  if (!grid) {
    parts.push(`<p>${escape(evaluation.quality ? t.gridNone : t.priceOnly)}</p>`, '</section>');
    return parts.join('\n');
  }
  const number = (value: number) => value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
  const unit = grid.unit === 'points' ? ' points' : locale === 'fr' ? ' %' : '%';
  const weighted = grid.criteria.some((criterion) => criterion.weight !== undefined);
  const minimums = grid.criteria.some((criterion) => criterion.minimum !== undefined);
  const head = [
    `<th scope="col">${escape(t.criterion)}</th>`,
    weighted ? `<th scope="col" class="number">${escape(t.weight)}</th>` : '',
    minimums ? `<th scope="col" class="number">${escape(t.criterionMinimum)}</th>` : '',
    `<th scope="col" class="number">${escape(t.colLine)}</th>`,
  ];
  const rows = grid.criteria.map(
    (criterion) =>
      `<tr><th scope="row">${escape(criterion.name)}${criterion.description ? `<br><span class="criterion-description">${escape(criterion.description)}</span>` : ''}</th>${weighted ? `<td class="number">${criterion.weight === undefined ? '—' : escape(`${number(criterion.weight)}${unit}`)}</td>` : ''}${minimums ? `<td class="number">${criterion.minimum === undefined ? '—' : escape(number(criterion.minimum))}</td>` : ''}<td class="number">${criterion.line}</td></tr>`,
  );
  const totalVerdict =
    annex === 2
      ? ` <span class="${grid.totalIs100 ? 'ok-text' : 'breach-text'}">${grid.totalIs100 ? '✓' : '✗'} ${escape(grid.totalIs100 ? t.totalOk : t.totalNot)}</span>`
      : '';
  const foot = weighted
    ? `<tfoot><tr><th scope="row">${escape(t.total)}</th><td class="number">${escape(`${number(grid.total)}${unit}`)}</td>${minimums ? '<td></td>' : ''}<td></td></tr></tfoot>`
    : '';
  parts.push(
    `<p>${escape(t.gridFrom)} ${escape(t.gridSource[grid.source])}, ${fileOf(grid.document)}${escape(t.line)} ${grid.line}.${totalVerdict}</p>`,
    `<table class="grid"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody>${foot}</table>`,
  );
  if (annex === 2) {
    parts.push(
      `<p class="k">${escape(t.kParameter)}${t.colon}${grid.k === undefined ? escape(t.kNotSet) : escape(`${number(grid.k)}${locale === 'fr' ? ' %' : '%'}`)}. ${escape(t.formula)}</p>`,
    );
    if (grid.coefficients.length > 0) {
      const coefficientRows = grid.coefficients.map(
        ({ score, coefficient }) =>
          `<tr><th scope="row">${score}</th><td class="number">${escape(coefficient.toFixed(3).replace('.', locale === 'fr' ? ',' : '.'))}</td><td class="number">${escape(money(Math.round(100_000 / coefficient), locale))}</td></tr>`,
      );
      parts.push(
        '<div class="coefficients">',
        `<table class="coefficient-table"><thead><tr><th scope="col">${escape(t.finalScore)}</th><th scope="col" class="number">${escape(t.coefficient)}</th><th scope="col" class="number">${escape(t.adjusted)}</th></tr></thead><tbody>${coefficientRows.join('')}</tbody></table>`,
        coefficientChart(grid.k!, `${id}-chart-svg`, locale, t),
        '</div>',
      );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Annexe 2, art. 8: the coefficient 1 + K × (score − 70) / 30 from 70 to 100 points, within the band K may take (art. 9). */
function coefficientChart(k: number, id: string, locale: Locale, t: Text): string {
  const width = 340;
  const height = 210;
  const plot = { left: 46, right: width - 12, top: 14, bottom: height - 38 };
  const coefficient = adjustmentCoefficient;
  // From 1 to a little above the band's top; wider when K is outside the band (a finding of annexe 2, art. 9).
  const low = Math.min(1, Math.floor(coefficient(k, 100) * 10) / 10);
  const high = Math.max(1.35, coefficient(k, 100) + 0.05);
  const x = (score: number) => plot.left + ((score - 60) / 40) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top);
  const n = (value: number) => Math.round(value * 10) / 10;
  const decimal = (value: number, digits: number) => value.toFixed(digits).replace('.', locale === 'fr' ? ',' : '.');
  const svg: string[] = [];
  svg.push(`<rect class="below" x="${n(x(60))}" y="${plot.top}" width="${n(x(70) - x(60))}" height="${n(plot.bottom - plot.top)}"/>`);
  svg.push(`<text class="below-label" transform="translate(${n(x(65) + 3)} ${n(plot.bottom - 6)}) rotate(-90)">${escape(t.chartBelow)}</text>`);
  svg.push(
    `<polygon class="band" points="${n(x(70))},${n(y(1))} ${n(x(100))},${n(y(coefficient(15, 100)))} ${n(x(100))},${n(y(coefficient(30, 100)))}"><title>${escape(t.chartBand)}</title></polygon>`,
  );
  // Ticks every 0.1, or wider steps so that there are never more than 7 (whatever K the document sets).
  const step = Math.max(0.1, Math.ceil((high - low) / 6 / 0.1) * 0.1);
  const ticks = Array.from({ length: Math.floor((high - low) / step + 1e-9) + 1 }, (_, index) => Math.round((low + index * step) * 10) / 10);
  for (const tick of ticks) {
    svg.push(`<line class="gridline" x1="${plot.left}" y1="${n(y(tick))}" x2="${plot.right}" y2="${n(y(tick))}"/>`);
    svg.push(`<text class="tick" x="${plot.left - 4}" y="${n(y(tick) + 3)}" text-anchor="end">${escape(decimal(tick, 1))}</text>`);
  }
  for (const tick of [60, 70, 80, 90, 100]) svg.push(`<text class="tick" x="${n(x(tick))}" y="${plot.bottom + 13}" text-anchor="middle">${tick}</text>`);
  svg.push(`<line class="axis" x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}"/>`);
  svg.push(`<line class="axis" x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.bottom}"/>`);
  svg.push(`<line class="k-line" x1="${n(x(70))}" y1="${n(y(1))}" x2="${n(x(100))}" y2="${n(y(coefficient(k, 100)))}"/>`);
  for (const score of [70, 85, 100]) {
    const value = coefficient(k, score);
    svg.push(`<circle class="k-dot" cx="${n(x(score))}" cy="${n(y(value))}" r="3.5"><title>${escape(`${score} → ${decimal(value, 3)}`)}</title></circle>`);
    svg.push(`<text class="k-value" x="${n(x(score) - 4)}" y="${n(y(value) - 7)}" text-anchor="end">${escape(decimal(value, 3))}</text>`);
  }
  svg.push(`<text class="axis-title" x="${n((plot.left + plot.right) / 2)}" y="${height - 8}" text-anchor="middle">${escape(t.chartX)}</text>`);
  svg.push(`<text class="axis-title" transform="translate(11 ${n((plot.top + plot.bottom) / 2)}) rotate(-90)" text-anchor="middle">${escape(t.chartY)}</text>`);
  const kText = `K = ${k.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 })}${locale === 'fr' ? ' %' : '%'}`;
  const description = `${kText}. ${[70, 85, 100].map((score) => `${score} → ${decimal(coefficient(k, score), 3)}`).join(', ')}. ${t.chartBand}. ${t.chartBelow}.`;
  return [
    `<svg class="coefficient-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escape(`${t.chartTitle} (${kText})`)}</title>`,
    `<desc id="${id}-desc">${escape(description)}</desc>`,
    ...svg,
    '</svg>',
  ].join('\n');
}

// ——— Sign-off ———

function signoff(id: string, t: Text): string {
  return [
    `<section class="signoff">`,
    `<h3 id="${id}-signoff-title">${escape(t.signoff)}</h3>`,
    `<p>${escape(t.signoffIntro)}</p>`,
    `<table class="signoff-table"><tbody>${t.signoffRows.map((row) => `<tr><th scope="row">${escape(row)}</th><td></td></tr>`).join('')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

// ——— Page ———

function css(t: Text, subject: string | undefined): string {
  const footer = `${t.report}${subject ? ` — ${subject}` : ''}`;
  return `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4d4d4d; --line: #c9c9c9; --met: #1d6b34; --finding: #b3261e; --ignored: #7a4a00; --na: #5a5a5a; --accent: #1f4e9c; }
* { box-sizing: border-box; }
html { background: #fff; color: var(--text); font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0; padding: 1.5rem; }
main { max-width: 62rem; margin: 0 auto; }
h1 { font-size: 1.7rem; margin: 0.1rem 0 0.3rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.5rem; }
a { color: var(--accent); }
.product, .checked, .regulation { margin: 0.1rem 0; color: var(--muted); }
.regulation { color: var(--text); font-weight: 600; }
.facts { display: grid; grid-template-columns: 1fr 1fr; gap: 0.2rem 1.5rem; margin: 0.5rem 0 1rem; }
.facts div { display: grid; grid-template-columns: 11rem 1fr; gap: 0.5rem; padding: 0.15rem 0; border-bottom: 1px solid #eee; }
.facts dt { font-weight: 600; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
.counts { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 0.4rem 0; }
.count { border: 2px solid var(--line); border-radius: 6px; padding: 0.35rem 0.8rem; min-width: 9rem; }
.count dt { font-weight: 600; }
.count dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
.count.met { border-color: var(--met); color: var(--met); }
.count.finding { border-color: var(--finding); color: var(--finding); }
.count.ignored { border-color: var(--ignored); color: var(--ignored); }
.count.not-applicable, .count.off { color: var(--na); }
.severities { color: var(--muted); margin: 0.2rem 0; }
.set-aside { border: 3px solid var(--ignored); background: #fff4de; padding: 0.5rem 1rem; border-radius: 6px; margin: 1rem 0; }
.set-aside h3 { margin-top: 0.3rem; color: var(--ignored); }
.set-aside li { margin: 0.35rem 0; }
.reason { font-weight: 600; }
.reason-box { background: #fff4de; border-left: 4px solid var(--ignored); padding: 0.25rem 0.5rem; margin: 0.3rem 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: var(--muted); padding: 0.2rem 0; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f6; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.number { text-align: right; }
.checklist-table .col-status { width: 8.5rem; }
.checklist-table .col-provision { width: 10.5rem; }
.checklist-table tr.article th { background: #e4e9f2; font-size: 1.02rem; }
.provision { font-weight: normal; }
.citation { font-weight: 700; }
.citation-label { font-size: 0.88em; }
.status { font-weight: 700; white-space: nowrap; }
.status.met { color: var(--met); }
.status.finding { color: var(--finding); }
.status.ignored { color: var(--ignored); }
.status.not-applicable, .status.off { color: var(--na); }
tr.rule.ignored td { background: #fff8ea; }
.requirement { margin: 0 0 0.25rem; }
.evidence, .why, .finding, .fix, .related { margin: 0.2rem 0; }
.evidence, .why, .related, .role { color: var(--muted); }
.related { padding-left: 1rem; }
.severity { font-weight: 700; }
.severity.error { color: var(--finding); }
.severity.warning { color: var(--ignored); }
.severity.information, .severity.hint { color: var(--accent); }
.clause { white-space: pre-wrap; font: inherit; font-size: 0.92em; background: #f4f6f9; border-left: 4px solid var(--accent); padding: 0.3rem 0.5rem; margin: 0.25rem 0 0.4rem; }
.timeline-figure { margin: 0.5rem 0; }
svg { display: block; width: 100%; height: auto; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.timeline text { font-size: 11px; fill: var(--text); paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.timeline .month { font-weight: 700; }
.timeline .day, .timeline .weekday { text-anchor: middle; fill: var(--muted); font-size: 9px; stroke: none; }
.timeline .weekend { fill: #e6e6e6; }
.timeline .holiday { fill: #fbd9a0; }
.timeline .holiday-name { font-size: 10px; fill: #5c3a00; font-weight: 600; stroke: none; }
.timeline .axis { stroke: #333; stroke-width: 1.5; }
.timeline .marker { stroke: #555; stroke-width: 1.2; stroke-dasharray: 4 3; }
.timeline .marker-label { fill: #333; font-style: italic; }
.timeline .event-line { stroke-width: 1.5; stroke: var(--accent); }
.timeline .event-dot { fill: var(--accent); stroke: #fff; stroke-width: 1; }
.timeline .event-label { font-weight: 600; fill: var(--accent); }
.timeline .event-line.addendum { stroke: #6a3d9a; }
.timeline .event-dot.addendum { fill: #6a3d9a; }
.timeline .event-label.addendum { fill: #6a3d9a; }
.timeline .event-line.receipt, .timeline .event-line.postponed-receipt { stroke: #1b1b1b; }
.timeline .event-dot.receipt, .timeline .event-dot.postponed-receipt, .timeline .event-label.receipt, .timeline .event-label.postponed-receipt { fill: #1b1b1b; }
.timeline .event-line.opening { stroke: #0f6b6b; }
.timeline .event-dot.opening, .timeline .event-label.opening { fill: #0f6b6b; }
.timeline .period { stroke-width: 6; stroke-linecap: round; }
.timeline .period.ok { stroke: var(--met); }
.timeline .period.not-checked, .timeline .period.note { stroke: #c98a1b; }
.timeline .event-line.note { stroke: #c98a1b; }
.timeline .event-dot.note { fill: #c98a1b; }
.timeline .event-label.note { fill: var(--ignored); }
.timeline .period-label { font-weight: 600; }
.timeline .period-label.ok { fill: var(--met); }
.timeline .period-label.not-checked, .timeline .period-label.note { fill: var(--ignored); }
.timeline .event-line.breach, .timeline .period.breach { stroke: #c62828; }
.timeline .event-dot.breach { fill: #c62828; }
.timeline .event-label.breach, .timeline .period-label.breach { fill: #b3261e; font-weight: 700; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 1.2rem; padding: 0; margin: 0.3rem 0 0.6rem; color: var(--muted); font-size: 0.9rem; }
.swatch { display: inline-block; width: 1.1rem; height: 0.8rem; vertical-align: middle; border: 1px solid #999; }
.swatch.weekend { background: #e6e6e6; }
.swatch.holiday { background: #fbd9a0; }
.swatch.minimum { border: 0; border-top: 2px dashed #555; height: 0; }
.swatch.breach { background: #c62828; border-color: #c62828; }
.breach-text { color: var(--finding); font-weight: 600; }
.ok-text { color: var(--met); font-weight: 600; }
tr.breach-row th, tr.breach-row td { background: #fdecea; }
tr.note-row th, tr.note-row td, tr.not-checked-row th, tr.not-checked-row td { background: #fff4de; }
.holidays { color: var(--muted); }
.file { overflow-wrap: anywhere; }
.coefficients { display: grid; grid-template-columns: minmax(14rem, 1fr) minmax(16rem, 1.1fr); gap: 1rem; align-items: start; }
.coefficient-chart text { font-size: 10px; fill: var(--text); }
.coefficient-chart .tick { fill: var(--muted); }
.coefficient-chart .axis { stroke: #333; }
.coefficient-chart .gridline { stroke: #ddd; }
.coefficient-chart .below { fill: #eee; }
.coefficient-chart .below-label { font-size: 9px; fill: var(--muted); }
.coefficient-chart .band { fill: #dbe6f6; }
.coefficient-chart .k-line { stroke: var(--accent); stroke-width: 2.5; }
.coefficient-chart .k-dot { fill: var(--accent); }
.coefficient-chart .k-value { font-weight: 600; }
.coefficient-chart .axis-title { font-weight: 600; }
.criterion-description { color: var(--muted); font-weight: normal; font-size: 0.92em; }
.signoff-table th { width: 12rem; }
.signoff-table td { height: 2.4rem; }
.not-tender { color: var(--muted); }
@page { margin: 14mm 12mm 16mm; @bottom-left { content: "${cssString(footer)}"; font: 8pt system-ui, sans-serif; color: #555; } @bottom-right { content: "${cssString(t.page)} " counter(page) " ${cssString(t.of)} " counter(pages); font: 8pt system-ui, sans-serif; color: #555; } }
@media print {
  html { font-size: 9.5pt; }
  .checklist-table { font-size: 8.5pt; }
  .checklist-table th, .checklist-table td { padding: 0.12rem 0.3rem; }
  .clause { font-size: 8pt; }
  body { padding: 0; }
  main { max-width: none; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  .tender + .tender { break-before: page; }
  h2, h3 { break-after: avoid; }
  .timeline-figure, .coefficients, .signoff, .set-aside, .summary, .facts { break-inside: avoid; }
  .facts { grid-template-columns: 1fr 1fr; }
}
@media (max-width: 40rem) { .facts, .coefficients { grid-template-columns: 1fr; } }
`;
}

/** A string literal of CSS: quotes and backslashes escaped, no line break. */
const cssString = (text: string): string =>
  text
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ');

function dateTime(date: Date, locale: Locale): string {
  const day: CalendarDate = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return `${formatLongDate(day, locale)} ${TEXT[locale].at} ${formatTime({ hour: date.getHours(), minute: date.getMinutes() }, locale)}`;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as HTML: every character that could open markup or end an attribute is an entity. */
export function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}
