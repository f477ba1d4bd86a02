import { DEFAULT_SETTINGS, type AnalysisSettings } from './config/settings.js';
import { MAX_LIST_ITEMS, MAX_PROBLEMS, type OffsetRange } from './document/frontMatter.js';
import { notCheckedReason } from './document/notChecked.js';
import type { DocumentModel, Section } from './document/model.js';
import { readTenderData } from './document/tenderData.js';
import { relatedAddenda, type RelatedDocument } from './document/related.js';
import { LIMITS, type DegradedReason, type StopReason } from './document/limits.js';
import { RECOGNISERS, matchesHeading } from './legal/recognisers.js';
import { forgetReadings } from './legal/find.js';
import { FORMAT_CITATION, TENDER_TYPES, type Finding, type Localized, type Severity } from './types.js';
import { RULES } from './rules/index.js';
import type { Report, Rule, RuleContext } from './rules/rule.js';

export interface AnalysisResult {
  /** SPEC §2: only tender documents get findings (an unknown `type` gets exactly one). */
  tender: boolean;
  findings: Finding[];
}

/**
 * Names of the checks that are not rules of the regulation but of the document's form: they cite no
 * article (FORMAT_CITATION); an ignore directive without a reason cites what it would ignore.
 */
export const FORM_CHECKS = {
  unknownType: { id: 'document-type-unknown', citation: FORMAT_CITATION },
  notChecked: { id: 'document-not-checked', citation: FORMAT_CITATION },
  yamlSyntax: { id: 'front-matter-syntax', citation: FORMAT_CITATION },
  unknownKey: { id: 'front-matter-unknown-key', citation: FORMAT_CITATION },
  invalidValue: { id: 'front-matter-invalid-value', citation: FORMAT_CITATION },
  ignoreWithoutReason: { id: 'ignore-without-reason' },
  analysisLimit: { id: 'analysis-limit', citation: FORMAT_CITATION },
} as const;

/**
 * `related` holds the other documents of the tender's folder, as the adapter read them: addenda given
 * in separate `type: addenda` files count as the tender's own.
 */
export function analyzeModel(
  model: DocumentModel,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  related: readonly RelatedDocument[] = [],
): AnalysisResult {
  const { detection } = model;
  const locale = settings.locale;
  const findings: Finding[] = [];
  const toFinding = (rule: string, citation: string, severity: Severity, range: OffsetRange, message: Localized): Finding => ({
    rule,
    citation,
    severity,
    message: message[locale],
    range: model.lines.range(range.start, range.end),
  });

  if (detection.kind === 'not-tender') {
    const notChecked = notCheckedReason(model);
    if (notChecked) {
      const finding = toFinding(FORM_CHECKS.notChecked.id, FORM_CHECKS.notChecked.citation, 'warning', notChecked.range, notChecked.message);
      if (notChecked.fix) {
        finding.fix = {
          title: notChecked.fix.title[locale],
          edits: notChecked.fix.edits.map((edit) => ({ range: model.lines.range(edit.range.start, edit.range.end), newText: edit.newText })),
        };
      }
      findings.push(finding);
    }
    return { tender: false, findings: applySettings(findings, settings) };
  }
  if (detection.kind === 'unclosed-front-matter') {
    const { id, citation } = FORM_CHECKS.yamlSyntax;
    findings.push(
      toFinding(id, citation, 'error', detection.range, {
        fr: "L'en-tête YAML n'est pas fermé : ajoutez une ligne « --- » après la dernière clé.",
        en: 'The YAML front-matter is not closed: add a "---" line after the last key.',
      }),
    );
    return { tender: true, findings: applySettings(findings, settings) };
  }
  if (detection.kind === 'unknown-type') {
    const { id, citation } = FORM_CHECKS.unknownType;
    findings.push(
      toFinding(id, citation, 'error', detection.range, {
        fr: `Type de document inconnu « ${detection.value} » : valeurs permises : ${TENDER_TYPES.join(', ')}.`,
        en: `Unknown document type "${detection.value}": allowed values: ${TENDER_TYPES.join(', ')}.`,
      }),
    );
    return { tender: false, findings: applySettings(findings, settings) };
  }

  for (const problem of model.frontMatter?.problems ?? []) {
    const check = problem.kind === 'yaml-syntax' ? FORM_CHECKS.yamlSyntax : problem.kind === 'unknown-key' ? FORM_CHECKS.unknownKey : FORM_CHECKS.invalidValue;
    const finding = toFinding(check.id, check.citation, problem.kind === 'unknown-key' ? 'warning' : 'error', problem.range, problem.message);
    if (problem.suggestion) {
      finding.fix = {
        title: locale === 'fr' ? `Renommer la clé en « ${problem.suggestion} »` : `Rename the key to "${problem.suggestion}"`,
        edits: [{ range: finding.range, newText: problem.suggestion }],
      };
    }
    findings.push(finding);
  }

  findings.push(...limitFindings(model).map((limit) => toFinding(FORM_CHECKS.analysisLimit.id, FORM_CHECKS.analysisLimit.citation, 'information', limit.range, limit.message)));

  const silenced = new Set<string>();
  for (const ignore of model.ignores) {
    if (ignore.reason) {
      silenced.add(ignore.citation);
      continue;
    }
    findings.push(
      toFinding(FORM_CHECKS.ignoreWithoutReason.id, ignore.citation, 'warning', ignore.range, {
        fr: `« tender-ignore ${ignore.citation} » sans raison : indiquez pourquoi après « : » (la directive reste sans effet).`,
        en: `"tender-ignore ${ignore.citation}" without a reason: give one after ":" (the directive has no effect until then).`,
      }),
    );
  }

  const context = ruleContext(model, settings, related);
  const anchor = context.anchor;
  for (const rule of rules) {
    if (!rule.appliesTo.includes(detection.type) || silenced.has(rule.citation) || silenced.has(rule.id)) continue;
    let reported = 0;
    let lastKept: OffsetRange = anchor;
    const report = (r: Report): void => {
      // Beyond the cap a finding is only counted: one finding below says how many were left out.
      if (++reported > LIMITS.findingsPerRule) return;
      lastKept = r.range ?? anchor;
      const finding = toFinding(rule.id, rule.citation, r.severity ?? rule.severity, r.range ?? anchor, r.message);
      if (r.fix) {
        finding.fix = {
          title: r.fix.title[locale],
          edits: r.fix.edits.map((edit) => ({ range: model.lines.range(edit.range.start, edit.range.end), newText: edit.newText })),
        };
      }
      if (r.related) {
        finding.related = r.related.map((rel) =>
          'document' in rel
            ? { document: rel.document, range: rel.position, message: rel.message[locale] }
            : { range: model.lines.range(rel.range.start, rel.range.end), message: rel.message[locale] },
        );
      }
      findings.push(finding);
    };
    rule.check({ ...context, report });
    const omitted = reported - LIMITS.findingsPerRule;
    if (omitted > 0 && (settings.rules[rule.id] ?? settings.rules[rule.citation]) !== 'off') {
      findings.push(
        toFinding(FORM_CHECKS.analysisLimit.id, FORM_CHECKS.analysisLimit.citation, 'information', lastKept, {
          fr: `${omitted.toLocaleString('fr-CA')} autres constats de la règle « ${rule.id} » ne sont pas affichés (au plus ${LIMITS.findingsPerRule} par règle).`,
          en: `${omitted.toLocaleString('en-CA')} more findings of the rule "${rule.id}" are not shown (at most ${LIMITS.findingsPerRule} per rule).`,
        }),
      );
    }
  }
  // What the rules found is memoised per block; the tokens it was found from need not outlive the run.
  forgetReadings();
  return { tender: true, findings: capDocument(applySettings(findings, settings), locale) };
}

/** The first findings (in document order) up to the per-document cap, then one saying how many were left out. */
function capDocument(findings: Finding[], locale: AnalysisSettings['locale']): Finding[] {
  const omitted = findings.length - LIMITS.findingsPerDocument;
  if (omitted <= 0) return findings;
  const kept = findings.slice(0, LIMITS.findingsPerDocument);
  const { id, citation } = FORM_CHECKS.analysisLimit;
  kept.push({
    rule: id,
    citation,
    severity: 'information',
    range: kept[kept.length - 1].range,
    message:
      locale === 'fr'
        ? `${omitted.toLocaleString('fr-CA')} autres constats ne sont pas affichés (au plus ${LIMITS.findingsPerDocument.toLocaleString('fr-CA')} par document) : corrigez ceux-ci d'abord.`
        : `${omitted.toLocaleString('en-CA')} more findings are not shown (at most ${LIMITS.findingsPerDocument.toLocaleString('en-CA')} per document): fix these first.`,
  });
  return kept;
}

const DEGRADED: Record<DegradedReason, Localized> = {
  'line-length': { fr: `une ligne dépasse ${LIMITS.lineLength} caractères`, en: `a line exceeds ${LIMITS.lineLength} characters` },
  nesting: { fr: `plus de ${LIMITS.nesting} niveaux de listes ou de citations imbriquées`, en: `more than ${LIMITS.nesting} levels of nested lists or quotes` },
  brackets: { fr: `plus de ${LIMITS.brackets} crochets ouvrants`, en: `more than ${LIMITS.brackets} opening brackets` },
  'block-length': { fr: `le bloc dépasse ${LIMITS.blockLength} caractères`, en: `the block exceeds ${LIMITS.blockLength} characters` },
  'parser-failure': { fr: "l'analyseur Markdown a échoué sur ce bloc", en: 'the Markdown parser failed on this block' },
};

/** What the analysis left out (see document/limits.ts), so that a silent rule is never mistaken for a pass. */
function limitFindings(model: DocumentModel): { range: OffsetRange; message: Localized }[] {
  const limits = model.degraded.map(({ reason, range }) => ({
    range,
    message:
      reason === 'table-width'
        ? {
            fr: `Tableau de plus de ${LIMITS.tableCells} colonnes : seules les ${LIMITS.tableCells} premières cellules de chaque ligne sont lues, la suite de la ligne est lue comme le texte de la dernière.`,
            en: `Table of more than ${LIMITS.tableCells} columns: only the first ${LIMITS.tableCells} cells of each row are read, the rest of the row is read as the last one's text.`,
          }
        : {
            fr: `Bloc lu comme texte brut (${DEGRADED[reason].fr}) : sa mise en forme Markdown (titres de niveau inférieur, listes, tableaux) n'est pas analysée.`,
            en: `Block read as plain text (${DEGRADED[reason].en}): its Markdown structure (lists, tables, nested headings) is not analysed.`,
          },
  }));
  const frontMatter = model.frontMatter;
  if (frontMatter?.problemsTruncated) {
    const last = frontMatter.problems[frontMatter.problems.length - 1].range;
    limits.push({
      range: last,
      message: {
        fr: `Plus de ${MAX_PROBLEMS} problèmes dans l'en-tête : la vérification de l'en-tête s'arrête ici.`,
        en: `More than ${MAX_PROBLEMS} problems in the front-matter: its validation stops here.`,
      },
    });
  }
  for (const path of frontMatter?.truncatedLists ?? []) {
    // A list reached through an alias has no place of its own: the opening fence stands for it.
    const range = frontMatter!.keyRange([...path, MAX_LIST_ITEMS]) ?? frontMatter!.valueRange(path) ?? { start: 0, end: 3 };
    const name = path.join('.');
    limits.push({
      range,
      message: {
        fr: `Liste « ${name} » de plus de ${MAX_LIST_ITEMS.toLocaleString('fr-CA')} éléments : seuls les ${MAX_LIST_ITEMS.toLocaleString('fr-CA')} premiers sont lus ; la suite, à partir d'ici, n'est pas vérifiée.`,
        en: `List "${name}" of more than ${MAX_LIST_ITEMS.toLocaleString('en-CA')} items: only the first ${MAX_LIST_ITEMS.toLocaleString('en-CA')} are read; the rest, from here on, is not checked.`,
      },
    });
  }
  if (model.analysedEnd < model.text.length) {
    const line = model.lines.positionAt(model.analysedEnd).line;
    const { reason, cap } = model.stoppedBy ?? { reason: 'length', cap: LIMITS.analysedLength };
    limits.push({ range: { start: model.lines.lineStart(line), end: model.lines.lineEnd(line) }, message: stoppedMessage(reason, cap) });
  }
  return limits;
}

/** Why the analysis stops before the end of the document (see LIMITS). */
function stoppedMessage(reason: StopReason, cap: number): Localized {
  const fr = cap.toLocaleString('fr-CA');
  const en = cap.toLocaleString('en-CA');
  switch (reason) {
    case 'length':
      return {
        fr: `Document trop long : seuls les ${fr} premiers caractères (${(cap / 1_000_000).toLocaleString('fr-CA')} Mo environ) sont analysés ; la suite, à partir d'ici, n'est pas vérifiée.`,
        en: `Document too long: only the first ${en} characters (about ${(cap / 1_000_000).toLocaleString('en-CA')} MB) are analysed; the rest, from here on, is not checked.`,
      };
    case 'chunks':
      return {
        fr: `Document trop morcelé : seuls ses ${fr} premiers groupes de blocs Markdown sont analysés ; la suite, à partir d'ici, n'est pas vérifiée.`,
        en: `Document too fragmented: only its first ${en} groups of Markdown blocks are analysed; the rest, from here on, is not checked.`,
      };
    case 'units':
      return {
        fr: `Document trop morcelé : seuls ses ${fr} premiers paragraphes, titres, éléments de liste et lignes de tableau sont analysés ; la suite, à partir d'ici, n'est pas vérifiée.`,
        en: `Document too fragmented: only its first ${en} paragraphs, headings, list items and table rows are analysed; the rest, from here on, is not checked.`,
      };
    case 'headings':
      return {
        fr: `Plus de ${fr} titres : seuls les ${fr} premiers (et leurs sections) sont analysés ; la suite, à partir d'ici, n'est pas vérifiée.`,
        en: `More than ${en} headings: only the first ${en} (and their sections) are analysed; the rest, from here on, is not checked.`,
      };
  }
}

/** The tender's data, with the addenda of related `type: addenda` documents after its own. */
export function tenderDataOf(model: DocumentModel, related: readonly RelatedDocument[] = []) {
  const data = readTenderData(model.frontMatter?.data);
  data.addenda.push(...relatedAddenda(data.numero, related));
  return data;
}

/**
 * What a rule is given about a document. Its `report` drops what it is told: the analysis gives each
 * rule its own; features that ask a rule for its evidence need none.
 */
export function ruleContext(model: DocumentModel, settings: AnalysisSettings, related: readonly RelatedDocument[] = []): RuleContext {
  const type = model.detection.kind === 'tender' ? model.detection.type : 'appel-offres';
  const notice = model.sections.find((section) => matchesHeading(RECOGNISERS.notice, section.heading.normalized));
  return {
    anchor: notice ? { start: notice.heading.start, end: notice.heading.end } : (model.frontMatter?.valueRange(['type']) ?? { start: 0, end: 0 }),
    report: () => {},
    model,
    type,
    data: tenderDataOf(model, related),
    settings,
    locale: settings.locale,
    sectionsNamed: (patterns) => model.sections.filter((section) => patterns.some((pattern) => pattern.test(section.heading.normalized))),
    unitsOf: (section: Section) => model.units.slice(firstUnitAfter(model, section.heading.start + 1), firstUnitAfter(model, section.end)),
  };
}

/** Index of the first unit starting at or after offset (units are in document order). */
function firstUnitAfter(model: DocumentModel, offset: number): number {
  let low = 0;
  let high = model.units.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (model.units[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Per-rule or per-citation severity from the settings, `off` removing the finding (SPEC §7). */
function applySettings(findings: Finding[], settings: AnalysisSettings): Finding[] {
  const result: Finding[] = [];
  for (const finding of findings) {
    const setting = settings.rules[finding.rule] ?? settings.rules[finding.citation];
    if (setting === 'off') continue;
    result.push(setting ? { ...finding, severity: setting } : finding);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
