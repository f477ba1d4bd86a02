import { analyzeDossier, ruleContext } from '../analyze.js';
import { dossierAddenda } from '../document/related.js';
import { dossierOf, inUnion, type DossierMember } from '../dossier/dossier.js';
import { addDays, dayNumber, daysBetween, earliestClosing, fromDayNumber, weekday, type CalendarDate } from '../calendar/index.js';
import { evaluationGrid, weightTotal } from '../evaluation/grid.js';
import { citationHref } from '../legal/citations.js';
import { regulation } from '../legal/regulation/index.js';
import { annexOf, awardMode, gridAnnex, isQualityMode } from '../rules/evaluation/common.js';
import { ADDENDUM_DAYS, finalClosing } from '../rules/deadlines/facts.js';
import { RULES } from '../rules/index.js';
import { calendarFor, closingMoment, diffusionMoment, openingMoment, type DeadlineFacts } from '../rules/deadlines/facts.js';
import type { DocumentModel } from '../document/model.js';
import type { Rule } from '../rules/rule.js';
import type { Finding, Locale, Localized, Severity, TenderType } from '../types.js';
import { conformityReport, FORM_GROUP, type ConformityFinding, type ConformityInput, type ConformityItem, type ConformityReport } from './conformity.js';
import { adjustmentCoefficient, COEFFICIENT_SCORES, kValue } from './gridHover.js';

/**
 * The compliance report of one tender (issue 17): what the legal office reads, prints and signs. A data
 * model, protocol-free, built on the conformity report (the Conformité view's data) and the findings of
 * the same analysis: nothing here checks the regulation again. The HTML is rendered from it by
 * complianceHtml.ts.
 */

/** A file the report is about, and the SHA-256 (hex) of what was checked, computed by the adapter. */
interface CheckedFile {
  name: string;
  sha256: string;
  /** In a dossier's report: the file's role, then its type and part ("Devis (type : document, partie : devis)"). */
  role?: string;
}

export interface ComplianceInput extends ConformityInput {
  /** The tender's file. */
  file: CheckedFile;
  /**
   * Fingerprints of the related documents the adapter read, by their names among the dossier's files:
   * those that gave an addendum are listed, every file in a dossier's report.
   */
  relatedFiles?: readonly CheckedFile[];
  /** How a dossier's report names one of its files (given by its name in the dossier): the CLI, by its path. */
  nameOf?: (name: string) => string;
}

/** ✓ met, ✗ finding, ⊘ set aside by `tender-ignore`, n/a, or turned off in the settings. */
export type ChecklistStatus = 'met' | 'finding' | 'ignored' | 'not-applicable' | 'off';

export interface ChecklistFinding {
  severity: Severity;
  message: string;
  /** In a dossier's report: the file the finding is in, where its fix goes. */
  document?: string;
  /** 1-based. */
  line: number;
  /** In a dossier's report: the other places the finding names (the notice's date a restatement contradicts…). */
  related?: { message: string; document: string; line: number }[];
  /** The quick fix's title, and the clause it inserts (absent for a fix that only rewrites a value). */
  fix?: { title: string; clause?: string };
}

export interface ChecklistEntry {
  rule: string;
  citation: string;
  citationLabel: string;
  /** The provision on LégisQuébec; absent for checks of the document's form. */
  href?: string;
  description: string;
  status: ChecklistStatus;
  /** What met the rule: the first passage or key (1-based line), and how many more the rule found. */
  evidence?: { line: number; quote: string; frontMatterKey?: string; more: number; document?: string };
  findings: ChecklistFinding[];
  /** Why the rule is not checked: the `tender-ignore` reason, n/a, off. */
  reason?: string;
}

export interface ChecklistArticle {
  /** `4`, `7.1`, `A2.9`, or `document` for the checks of the document's form. */
  article: string;
  label: string;
  href?: string;
  entries: ChecklistEntry[];
}

interface ChecklistCounts {
  rules: number;
  met: number;
  finding: number;
  ignored: number;
  notApplicable: number;
  off: number;
}

type TimelineEventKind = 'diffusion' | 'addendum' | 'receipt' | 'postponed-receipt' | 'opening';

export interface TimelineEvent {
  kind: TimelineEventKind;
  date: CalendarDate;
  time?: { hour: number; minute: number };
  label: string;
  /** 1-based line where the document states it (absent for an addendum of another file). */
  line?: number;
  /** The `type: addenda` file that gives it; in a dossier's report, the file that states it. */
  source?: string;
  /** A rule reported this date (closing on a Saturday, opening not at the limit…): its message. */
  breach?: { severity: Severity; message: string };
}

/** A legal period between two dates: drawn as a span, red when a rule reported it. */
export interface TimelinePeriod {
  rule: string;
  citation: string;
  citationLabel: string;
  from: CalendarDate;
  to: CalendarDate;
  days: number;
  minimum: number;
  label: string;
  /** The rule's finding about this period; absent when it met the rule. */
  breach?: { severity: Severity; message: string };
  /** Not checked: set aside by `tender-ignore` (the reason) or turned off in the settings. */
  notChecked?: string;
}

/** A legal minimum drawn as a marker: the earliest lawful receipt, the last day for an addendum affecting prices. */
interface TimelineMarker {
  kind: 'earliest-receipt' | 'latest-addendum';
  date: CalendarDate;
  minimum: number;
  citationLabel: string;
  label: string;
}

interface NonWorkingDay {
  date: CalendarDate;
  kind: 'saturday' | 'sunday' | 'holiday';
  /** "samedi", "dimanche", "fête nationale du Québec"… */
  name: string;
}

export interface Timeline {
  /** First and last day drawn (inclusive). */
  start: CalendarDate;
  end: CalendarDate;
  events: TimelineEvent[];
  periods: TimelinePeriod[];
  markers: TimelineMarker[];
  /** Saturdays, Sundays and jours fériés between start and end (none when the span is too long to draw). */
  nonWorkingDays: NonWorkingDay[];
  /** The dates span more than MAX_TIMELINE_DAYS: listed, not drawn day by day. */
  tooLong: boolean;
}

interface GridCriterionRow {
  name: string;
  weight?: number;
  minimum?: number;
  description?: string;
  line: number;
}

export interface GridReport {
  annex?: 1 | 2;
  /** Where the grid is: the front-matter, a table or a list of the body (1-based line). */
  source: 'front-matter' | 'table' | 'list';
  /** In a dossier's report: the file the grid is in (its lines are that file's). */
  document?: string;
  line: number;
  unit: 'percent' | 'points';
  criteria: GridCriterionRow[];
  total: number;
  /** Annexe 2, art. 3: every criterion weighted and the weights adding up to 100. */
  totalIs100: boolean;
  /** The K parameter (percentage), from the front-matter or the text. */
  k?: number;
  /** Annexe 2, art. 8: the adjusted-price coefficient at 70, 85 and 100 points, when K is set. */
  coefficients: { score: number; coefficient: number }[];
}

export interface EvaluationSummary {
  /** `prix`, `qualite-minimale`, `qualite-prix`, `qualite-seulement`; absent when not stated. */
  mode?: string;
  annex?: 1 | 2;
  /** Quality is evaluated (annexe 1 or 2): a grid is expected. */
  quality: boolean;
  grid?: GridReport;
}

interface ComplianceHeader {
  title?: string;
  numero?: string;
  publicBody?: string;
  type?: TenderType;
  typeLabel?: string;
  procedure?: string;
  nature?: string;
  awardMethod?: string;
  estimatedAmount?: string;
}

export interface ComplianceReport {
  locale: Locale;
  /** False for a document that is not a tender: no checklist then. */
  tender: boolean;
  /** The text checked against: "… (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016". */
  regulation: string;
  /** The tender's file first, then the addenda files that gave it an addendum; a dossier's files, each with its role. */
  files: CheckedFile[];
  /** The report is a dossier's: every file together (absent for a tender in one file). */
  dossier?: { numero?: string };
  header: ComplianceHeader;
  counts: ChecklistCounts;
  severities: Record<Severity, number>;
  /** In the regulation's order; the checks of the document's form last. */
  articles: ChecklistArticle[];
  timeline?: Timeline;
  evaluation?: EvaluationSummary;
}

/** Beyond this many days between the first and the last date, the timeline lists the dates instead of drawing each day. */
export const MAX_TIMELINE_DAYS = 400;

/** A rule of the registry (rule files are imported by the registry alone). */
const registered = (id: string): Rule => RULES.find((rule) => rule.id === id)!;

/** Rules whose findings the timeline draws. */
const ADDENDUM_RULE = registered('addendum-seven-days');
const PERIOD_RULES = [registered('deadline-receipt-period'), registered('deadline-qualification-period')];
const CLOSING_DAY_RULE = 'deadline-closing-on-working-day';
const OPENING_RULE = 'deadline-opening-at-receipt-limit';

export function complianceReport(input: ComplianceInput, rules?: readonly Rule[]): ComplianceReport {
  const locale = input.settings.locale;
  const analysis = input.dossier ?? analyzeDossier(dossierOf(input.name ?? '', input.model, input.related ?? []), input.settings, rules);
  const { dossier, combined } = analysis;
  const several = dossier.members.length > 1;
  // A dossier's report is the same whichever of its files was asked for: it is read from the first (the notice).
  const lead = several ? (dossier.members.find(inUnion) ?? dossier.members[0]) : dossier.self;
  const model = several ? lead.model : input.model;
  const result = several ? analysis.results.get(lead)! : input.result;
  const conformity = conformityReport(
    { model, result, settings: input.settings, dossier: several ? { ...analysis, dossier: { ...dossier, self: lead } } : analysis },
    rules,
  );
  const items = new Map(conformity.groups.flatMap((group) => group.items).map((item) => [item.rule, item]));
  // The file asked for is named as the adapter named it (`file`), the others by their names in the dossier.
  const nameOf = input.nameOf ?? ((name: string) => (name === dossier.self.name ? input.file.name : name));
  // What the dates and the grid are read from: a dossier's tender documents together (their merged front-matter, the addenda files), else the file
  // with the addenda its own analysis read (an addenda file's own are its data).
  const read = several && combined ? combined.model : model;
  const context = ruleContext(read, input.settings, dossierAddenda(dossier, !(several && combined) && lead.type === 'addenda' ? lead : null));
  const placeOf = (offset: number): Place => {
    if (several && combined) {
      const at = combined.memberAt({ start: offset, end: offset });
      return { line: at.range.start.line + 1, document: nameOf(at.member.name) };
    }
    const line = model.lines.positionAt(offset).line + 1;
    return several ? { line, document: nameOf(lead.name) } : { line };
  };
  const report: ComplianceReport = {
    locale,
    tender: conformity.tender && conformity.type !== undefined,
    regulation: conformity.regulation,
    files: several ? dossierFiles(input, dossier.members, dossier.self, nameOf, locale) : addendaFiles(input, context),
    header: header(several ? { files: dossier.members.length } : model.detection.kind === 'tender' ? model.detection.type : undefined, context, locale),
    counts: { rules: 0, met: 0, finding: 0, ignored: 0, notApplicable: 0, off: 0 },
    severities: conformity.counts,
    articles: checklist(conformity, locale, several ? (name) => nameOf(name ?? lead.name) : undefined),
    ...(several && { dossier: dossier.numero === undefined ? {} : { numero: dossier.numero } }),
  };
  for (const article of report.articles) {
    if (article.article === FORM_GROUP) continue;
    for (const entry of article.entries) {
      report.counts.rules++;
      if (entry.status === 'not-applicable') report.counts.notApplicable++;
      else report.counts[entry.status]++;
    }
  }
  if (report.tender && conformity.type !== 'addenda') {
    report.timeline = timeline(
      { model: read, type: context.type, data: context.data, settings: input.settings },
      items,
      locale,
      placeOf,
      several ? nameOf : (name) => name,
    );
    report.evaluation = evaluation(read, context, placeOf);
  }
  return report;
}

/** Where an offset of the model read is: its 1-based line, and in a dossier's report the file it is in. */
interface Place {
  line: number;
  document?: string;
}

/** A tender in one file: its file, then the addenda files that gave it an addendum. */
function addendaFiles(input: ComplianceInput, context: ReturnType<typeof ruleContext>): CheckedFile[] {
  const sources = new Set(context.data.addenda.map((addendum) => addendum.source).filter((source): source is string => source !== undefined));
  return [input.file, ...(input.relatedFiles ?? []).filter((file) => sources.has(file.name))];
}

/** Every file of a dossier, in the dossier's order, with its role and its fingerprint (the one asked for is `input.file`). */
function dossierFiles(
  input: ComplianceInput,
  members: readonly DossierMember[],
  asked: DossierMember,
  nameOf: (name: string) => string,
  locale: Locale,
): CheckedFile[] {
  const hashes = new Map((input.relatedFiles ?? []).map((file) => [file.name, file.sha256]));
  hashes.set(asked.name, input.file.sha256);
  return members.map((member) => ({ name: nameOf(member.name), sha256: hashes.get(member.name) ?? '', role: roleOf(member, locale) }));
}

const PART_LABELS: Record<string, Localized> = {
  regie: { fr: 'Instructions aux soumissionnaires', en: 'Instructions to bidders' },
  devis: { fr: 'Devis', en: 'Specification' },
  contrat: { fr: 'Contrat', en: 'Contract' },
  formulaire: { fr: 'Formulaire de soumission', en: 'Bid form' },
  bordereau: { fr: 'Bordereau de prix', en: 'Price schedule' },
  grille: { fr: "Grille d'évaluation", en: 'Evaluation grid' },
  annexe: { fr: 'Annexe', en: 'Annex' },
};

/** A file's role in its dossier: what it is, then its `type` (and `partie`) as written. */
function roleOf(member: DossierMember, locale: Locale): string {
  const what = member.type === 'document' && member.part ? (PART_LABELS[member.part]?.[locale] ?? member.part) : TYPE_LABELS[member.type][locale];
  const keys = member.part ? `type : ${member.type}, partie : ${member.part}` : `type : ${member.type}`;
  return `${what} (${locale === 'fr' ? keys : keys.replaceAll(' : ', ': ')})`;
}

// ——— Header ———

const TYPE_LABELS: Record<TenderType, Localized> = {
  'appel-offres': { fr: "Appel d'offres (avis et documents d'appel d'offres)", en: 'Call for tenders (notice and tender documents)' },
  avis: { fr: "Avis d'appel d'offres", en: 'Call for tenders notice' },
  addenda: { fr: 'Addenda', en: 'Addendum' },
  'avis-qualification': { fr: 'Avis de qualification', en: 'Qualification notice' },
  document: { fr: "Document d'appel d'offres (une partie d'un dossier)", en: 'Tender document (one part of a dossier)' },
};

const AWARD_LABELS: Record<string, Localized> = {
  prix: { fr: 'Prix seul : le prix le plus bas', en: 'Price only: the lowest price' },
  'qualite-minimale': { fr: 'Qualité minimale, puis le prix le plus bas (art. 20, annexe 1)', en: 'Minimum quality, then the lowest price (s. 20, Annex 1)' },
  'qualite-prix': { fr: 'Qualité-prix : le prix ajusté le plus bas (art. 21, annexe 2)', en: 'Quality-price: the lowest adjusted price (s. 21, Annex 2)' },
  'qualite-seulement': {
    fr: 'Qualité seulement : la note finale la plus élevée (art. 22, annexe 2)',
    en: 'Quality only: the highest final score (s. 22, Annex 2)',
  },
};

const PROCEDURE_LABELS: Record<string, Localized> = {
  public: { fr: "Appel d'offres public", en: 'Public call for tenders' },
  regionalise: { fr: "Appel d'offres public régionalisé", en: 'Regionalised public call for tenders' },
  invitation: { fr: "Appel d'offres sur invitation", en: 'Call for tenders by invitation' },
  'deux-etapes': { fr: "Appel d'offres en deux étapes", en: 'Two-step call for tenders' },
};

const NATURE_LABELS: Record<string, Localized> = {
  'services-techniques': { fr: 'Services techniques', en: 'Technical services' },
  'services-professionnels': { fr: 'Services professionnels', en: 'Professional services' },
};

/** The header of a file of type `kind`, or of a dossier of `files` files (its data merged from theirs). */
function header(kind: TenderType | undefined | { files: number }, context: ReturnType<typeof ruleContext>, locale: Locale): ComplianceHeader {
  const { data } = context;
  const type = typeof kind === 'object' ? context.type : kind;
  const label = (labels: Record<string, Localized>, value: string | undefined) => (value === undefined ? undefined : (labels[value]?.[locale] ?? value));
  let awardMethod = label(AWARD_LABELS, data.adjudication);
  if (awardMethod === undefined && (type === 'appel-offres' || typeof kind === 'object')) {
    // Not in the front-matter: the award rule the text states, as the evaluation rules read it.
    const stated = awardMode(context);
    if (stated) awardMethod = `${AWARD_LABELS[stated][locale]} ${locale === 'fr' ? '(selon le texte)' : '(as the text states)'}`;
  }
  return {
    title: data.titre,
    numero: data.numero,
    publicBody: data.organisme.nom,
    type,
    typeLabel:
      typeof kind === 'object'
        ? locale === 'fr'
          ? `Dossier d'appel d'offres (${kind.files} fichiers)`
          : `Tender dossier (${kind.files} files)`
        : type && TYPE_LABELS[type][locale],
    procedure: label(PROCEDURE_LABELS, data.procedure),
    nature: label(NATURE_LABELS, data.contrat.nature),
    awardMethod,
    estimatedAmount: data.montantEstime === undefined ? undefined : money(data.montantEstime, locale),
  };
}

export function money(value: number, locale: Locale): string {
  const amount = value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
  return locale === 'fr' ? `${amount} $` : `$${amount}`;
}

// ——— Checklist ———

/**
 * The groups of the conformity report, in the order of the regulation's articles; the form checks last.
 * In a dossier's report, `named` names the file of each passage and finding (given the conformity
 * report's name of another file, or undefined for its own).
 */
function checklist(conformity: ConformityReport, locale: Locale, named?: (document: string | undefined) => string): ChecklistArticle[] {
  const articles = regulation().articles.map((article) => article.key);
  // Rules are listed by topic (art. 14 and 15 after 7.1): the report follows the text's own order.
  const order = (key: string): number => (key === FORM_GROUP ? Infinity : articles.includes(key) ? articles.indexOf(key) : articles.length);
  return [...conformity.groups]
    .sort((a, b) => order(a.article) - order(b.article))
    .map((group) => ({
      article: group.article,
      label: group.label,
      ...(group.article !== FORM_GROUP && { href: citationHref(group.article, locale) }),
      entries: group.items.map((item) => entry(item, group.article === FORM_GROUP, locale, named)),
    }));
}

function entry(item: ConformityItem, form: boolean, locale: Locale, named: ((document: string | undefined) => string) | undefined): ChecklistEntry {
  const result: ChecklistEntry = {
    rule: item.rule,
    citation: item.citation,
    citationLabel: item.citationLabel,
    ...(!form && { href: citationHref(item.citation, locale) }),
    description: item.description,
    status: item.status === 'ok' ? 'met' : item.status,
    findings: item.findings.map((finding) => checklistFinding(finding, named)),
  };
  if (item.reason !== undefined) result.reason = item.reason;
  const [first, ...others] = item.evidence ?? [];
  if (first) {
    result.evidence = { line: first.range.start.line + 1, quote: first.quote, more: others.length };
    if (first.frontMatterKey !== undefined) result.evidence.frontMatterKey = first.frontMatterKey;
    if (named) result.evidence.document = named(first.document);
  }
  return result;
}

/** Fixes whose new text is at least this long rewrite a passage with a clause (shorter ones set a date or a value). */
const CLAUSE_LENGTH = 40;

function checklistFinding(finding: ConformityFinding, named: ((document: string | undefined) => string) | undefined): ChecklistFinding {
  const result: ChecklistFinding = { severity: finding.severity, message: finding.message, line: finding.range.start.line + 1 };
  if (named) {
    // A related place without a file is in the finding's own.
    result.document = named(finding.document);
    if (finding.related?.length) {
      result.related = finding.related.map((related) => ({
        message: related.message,
        document: named(related.document ?? finding.document),
        line: related.range.start.line + 1,
      }));
    }
  }
  if (finding.fix) {
    const inserted = finding.fix.edits
      .filter((edit) => isInsertion(edit.range) || edit.newText.trim().length >= CLAUSE_LENGTH)
      .map((edit) => edit.newText.trim())
      .filter((text) => text.length > 0);
    result.fix = { title: finding.fix.title, ...(inserted.length > 0 && { clause: inserted.join('\n\n') }) };
  }
  return result;
}

const isInsertion = (range: Finding['range']): boolean => range.start.line === range.end.line && range.start.character === range.end.character;

// ——— Timeline ———

/** `nameOf` names an addenda file as the report names the dossier's files. */
function timeline(
  facts: DeadlineFacts,
  items: ReadonlyMap<string, ConformityItem>,
  locale: Locale,
  placeOf: (offset: number) => Place,
  nameOf: (name: string) => string,
): Timeline | undefined {
  const fr = locale === 'fr';
  /** The line of a date, and in a dossier the file that states it. */
  const at = (offset: number): { line: number; source?: string } => {
    const { line, document } = placeOf(offset);
    return document === undefined ? { line } : { line, source: document };
  };
  const lineOf = (offset: number) => placeOf(offset).line;
  const calendar = calendarFor(facts.settings);
  const events: TimelineEvent[] = [];
  const periods: TimelinePeriod[] = [];
  const markers: TimelineMarker[] = [];
  const qualification = facts.type === 'avis-qualification';

  const diffusion = diffusionMoment(facts);
  const closing = closingMoment(facts);
  const opening = qualification ? undefined : openingMoment(facts);
  const final = qualification ? closing?.date : finalClosing(facts);

  if (diffusion)
    events.push({ kind: 'diffusion', date: diffusion.date, label: fr ? 'Diffusion dans le SEAO' : 'Diffusion in SEAO', ...at(diffusion.range.start) });

  const addendumItem = items.get(ADDENDUM_RULE.id);
  facts.data.addenda.forEach((addendum, index) => {
    if (!addendum.date) return;
    const name = `${fr ? 'Addenda' : 'Addendum'}${addendum.numero !== undefined ? ` no ${addendum.numero}` : ''}`;
    const entryRange = addendum.source ? undefined : facts.model.frontMatter?.keyRange(['addenda', index]);
    const line = entryRange && lineOf(entryRange.start);
    const place = entryRange && at(entryRange.start);
    events.push({
      kind: 'addendum',
      date: addendum.date,
      label:
        addendum.incidencePrix === false
          ? `${name} ${fr ? '(sans incidence sur les prix)' : '(no effect on prices)'}`
          : addendum.incidencePrix === true
            ? `${name} ${fr ? '(incidence sur les prix)' : '(affects prices)'}`
            : name,
      ...place,
      ...(addendum.source !== undefined && { source: nameOf(addendum.source) }),
    });
    if (addendum.reportReception) {
      events.push({
        kind: 'postponed-receipt',
        date: addendum.reportReception,
        label: fr ? `Réception reportée (${name.toLowerCase()})` : `Receipt postponed (${name})`,
        ...place,
        ...(addendum.source !== undefined && { source: nameOf(addendum.source) }),
      });
    }
    if (final && addendum.incidencePrix !== false && addendumItem && addendumItem.status !== 'not-applicable') {
      // The finding about this addendum: at its entry's lines, or naming its file.
      const endLine = entryRange && lineOf(entryRange.end);
      const finding = addendumItem.findings.find((candidate) =>
        addendum.source
          ? candidate.related?.some((related) => related.document === addendum.source)
          : line !== undefined && endLine !== undefined && candidate.range.start.line + 1 >= line && candidate.range.start.line + 1 <= endLine,
      );
      periods.push(period(addendumItem, addendum.date, final, ADDENDUM_DAYS, `${name} → ${fr ? 'date limite' : 'deadline'}`, finding));
    }
  });

  if (closing) {
    const closingItem = items.get(CLOSING_DAY_RULE);
    events.push({
      kind: 'receipt',
      date: closing.date,
      ...(closing.time && { time: closing.time }),
      label: qualification
        ? fr
          ? 'Réception des demandes de qualification'
          : 'Receipt of qualification requests'
        : fr
          ? 'Date limite de réception'
          : 'Receipt deadline',
      ...at(closing.range.start),
      ...breachOf(closingItem),
    });
  }
  if (opening) {
    events.push({
      kind: 'opening',
      date: opening.date,
      ...(opening.time && { time: opening.time }),
      label: fr ? 'Ouverture des soumissions' : 'Opening of bids',
      ...at(opening.range.start),
      ...breachOf(items.get(OPENING_RULE)),
    });
  }

  // The legal minimums are drawn for the types their rules concern, whatever the rule's status (n/a: no breach to draw).
  const periodRule = PERIOD_RULES.filter((rule) => rule.appliesTo.includes(facts.type)).map((rule) => items.get(rule.id))[0];
  const minimum = qualification ? 25 : 15;
  if (diffusion && periodRule && facts.data.procedure !== 'invitation') {
    const earliest = earliestClosing(diffusion.date, minimum, calendar);
    markers.push({
      kind: 'earliest-receipt',
      date: earliest,
      minimum,
      citationLabel: periodRule.citationLabel,
      label: fr ? `Réception au plus tôt (${minimum} jours)` : `Earliest receipt (${minimum} days)`,
    });
    if (closing) {
      periods.push(
        period(
          periodRule,
          diffusion.date,
          closing.date,
          minimum,
          fr ? 'Diffusion → date limite de réception' : 'Diffusion → receipt deadline',
          periodRule.findings[0],
        ),
      );
    }
  }
  if (final && addendumItem && ADDENDUM_RULE.appliesTo.includes(facts.type)) {
    markers.push({
      kind: 'latest-addendum',
      date: addDays(final, -ADDENDUM_DAYS),
      minimum: ADDENDUM_DAYS,
      citationLabel: addendumItem.citationLabel,
      label: fr
        ? `Dernier jour pour un addenda modifiant les prix (${ADDENDUM_DAYS} jours)`
        : `Last day for an addendum affecting prices (${ADDENDUM_DAYS} days)`,
    });
  }

  const dates = [...events.map((event) => event.date), ...markers.map((marker) => marker.date)];
  if (dates.length === 0) return undefined;
  events.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const numbers = dates.map(dayNumber);
  const start = fromDayNumber(Math.min(...numbers) - 1);
  const end = fromDayNumber(Math.max(...numbers) + 1);
  const tooLong = daysBetween(start, end) > MAX_TIMELINE_DAYS;
  const nonWorkingDays: NonWorkingDay[] = [];
  if (!tooLong) {
    for (let day = dayNumber(start); day <= dayNumber(end); day++) {
      const date = fromDayNumber(day);
      const holiday = calendar.holiday(date);
      const week = weekday(date);
      if (holiday && !(week === 0 && holiday.name.en === 'Sunday')) nonWorkingDays.push({ date, kind: 'holiday', name: holiday.name[locale] });
      else if (week === 0) nonWorkingDays.push({ date, kind: 'sunday', name: fr ? 'dimanche' : 'Sunday' });
      else if (week === 6) nonWorkingDays.push({ date, kind: 'saturday', name: fr ? 'samedi' : 'Saturday' });
    }
  }
  return { start, end, events, periods, markers, nonWorkingDays, tooLong };
}

function breachOf(item: ConformityItem | undefined): { breach?: { severity: Severity; message: string } } {
  const finding = item?.status === 'finding' ? item.findings[0] : undefined;
  return finding ? { breach: { severity: finding.severity, message: finding.message } } : {};
}

function period(item: ConformityItem, from: CalendarDate, to: CalendarDate, minimum: number, label: string, finding: Finding | undefined): TimelinePeriod {
  return {
    rule: item.rule,
    citation: item.citation,
    citationLabel: item.citationLabel,
    from,
    to,
    days: daysBetween(from, to),
    minimum,
    label,
    ...(finding && item.status === 'finding' && { breach: { severity: finding.severity, message: finding.message } }),
    ...((item.status === 'ignored' || item.status === 'off') && item.reason !== undefined && { notChecked: item.reason }),
  };
}

// ——— Evaluation grid ———

function evaluation(model: DocumentModel, context: ReturnType<typeof ruleContext>, placeOf: (offset: number) => Place): EvaluationSummary | undefined {
  if (context.type !== 'appel-offres') return undefined;
  const mode = awardMode(context);
  const annex = gridAnnex(context) ?? annexOf(mode);
  const primary = evaluationGrid(model).primary;
  const summary: EvaluationSummary = { quality: isQualityMode(mode) || annex !== undefined };
  const declared = context.data.adjudication ?? mode;
  if (declared !== undefined) summary.mode = declared;
  if (annex !== undefined) summary.annex = annex;
  if (!primary) return summary.quality || summary.mode !== undefined ? summary : undefined;
  const lineOf = (offset: number) => placeOf(offset).line;
  const total = weightTotal(primary);
  const k = kValue(model);
  const { document } = placeOf(primary.range.start);
  summary.grid = {
    ...(annex !== undefined && { annex }),
    source: primary.source,
    ...(document !== undefined && { document }),
    line: lineOf(primary.range.start),
    unit: primary.unit,
    criteria: primary.criteria.map((criterion) => ({
      name: criterion.name,
      ...(criterion.weight !== undefined && { weight: criterion.weight }),
      ...(criterion.minimum !== undefined && { minimum: criterion.minimum }),
      ...(criterion.description !== undefined && { description: criterion.description }),
      line: lineOf(criterion.range.start),
    })),
    total,
    totalIs100: Math.abs(total - 100) <= 0.01 && primary.criteria.every((criterion) => criterion.weight !== undefined),
    ...(k !== undefined && { k }),
    coefficients: k === undefined || annex !== 2 ? [] : COEFFICIENT_SCORES.map((score) => ({ score, coefficient: adjustmentCoefficient(k, score) })),
  };
  return summary;
}
