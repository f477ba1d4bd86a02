import { DEFAULT_SETTINGS, type AnalysisSettings } from './config/settings.js';
import { MAX_LIST_ITEMS, MAX_PROBLEMS, type OffsetRange } from './document/frontMatter.js';
import { notCheckedReason } from './document/notChecked.js';
import { firstReviewMark } from './document/reviewMarks.js';
import { firstUnitFrom, type DocumentModel, type Section } from './document/model.js';
import { readTenderData } from './document/tenderData.js';
import { dossierAddenda, type RelatedAddendum, type RelatedDocument } from './document/related.js';
import { LIMITS, type DegradedReason, type StopReason } from './document/limits.js';
import { combineDossier, type CombinedDossier } from './dossier/combined.js';
import { dossierDateOrders, type DateOrder } from './calendar/dateOrder.js';
import { dossierOf, inUnion, type Dossier, type DossierMember } from './dossier/dossier.js';
import { noticeSection } from './legal/notice.js';
import { forgetReadings } from './legal/find.js';
import { amendedBy, withinSuperseded } from './legal/supersession.js';
import { resumable, type SliceClock } from './document/readings.js';
import { FORMAT_CITATION, TENDER_TYPES, type Finding, type Localized, type Severity, type TenderType } from './types.js';
import { RULES } from './rules/index.js';
import type { FixSpec, RelatedSpec, Report, Rule, RuleContext } from './rules/rule.js';

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
  reviewMarks: { id: 'review-marks', citation: FORMAT_CITATION },
} as const;

/**
 * The findings of one document. `related` holds the other documents of its dossier, as the adapter
 * read them (node/dossier.ts): those naming the same `numero` make a dossier with it (see
 * dossier/dossier.ts), whose tender documents are checked as one; `name` is the document's own name
 * among them. A finding of the dossier is returned by the file it belongs to.
 */
export function analyzeModel(
  model: DocumentModel,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  related: readonly RelatedDocument[] = [],
  name = '',
): AnalysisResult {
  return runSteps(analysisSteps(model, settings, rules, related, name));
}

/** What a rule reported, before it is placed in a file. */
interface Reported {
  rule: string;
  citation: string;
  severity: Severity;
  range: OffsetRange;
  message: Localized;
  fix?: FixSpec;
  related?: RelatedSpec[];
}

/** How a model's offsets become a file's positions: one model, or a combined one (dossier/combined.ts). */
interface Placement {
  finding(reported: Reported, locale: AnalysisSettings['locale']): { member?: DossierMember; finding: Finding };
}

function singlePlacement(model: DocumentModel): Placement {
  const range = (offsets: OffsetRange) => model.lines.range(offsets.start, offsets.end);
  return {
    finding(reported, locale) {
      const finding: Finding = {
        rule: reported.rule,
        citation: reported.citation,
        severity: reported.severity,
        message: reported.message[locale],
        range: range(reported.range),
      };
      if (reported.fix)
        finding.fix = { title: reported.fix.title[locale], edits: reported.fix.edits.map((edit) => ({ range: range(edit.range), newText: edit.newText })) };
      if (reported.related) {
        finding.related = reported.related.map((rel) =>
          'document' in rel
            ? { document: rel.document, range: rel.position, message: rel.message[locale] }
            : { range: range(rel.range), message: rel.message[locale] },
        );
      }
      return { finding };
    },
  };
}

/** What the original place of a finding moved to the file it belongs to is called there. */
const MOVED_FROM: Localized = { fr: 'Ce qui rend l’élément exigé', en: 'What makes the item required' };

/**
 * Offsets of a dossier's combined model placed in its files. A finding about something missing belongs
 * where the drafter adds it: one reported elsewhere (at the key that requires the item, say the
 * notice's `adjudication`) moves to the file its quick fix edits, or, without a fix, to the rule's home
 * file (`home`), and its first place becomes a related location.
 */
function combinedPlacement(combined: CombinedDossier, anchorOfRule: (rule: string) => OffsetRange): Placement {
  return {
    finding(reported, locale) {
      const edits = reported.fix?.edits.map((edit) => ({ at: combined.memberAt(edit.range), newText: edit.newText }));
      let range = reported.range;
      let related = reported.related;
      const first = combined.memberAt(range);
      const fixFile = edits && edits.every((edit) => edit.at.member === edits[0].at.member) ? edits[0].at.member : undefined;
      const inFrontMatter = (() => {
        const placed = combined.members.find((candidate) => candidate.member === first.member)!;
        const frontMatter = first.member.model.frontMatter;
        return frontMatter !== undefined && range.start - placed.base < frontMatter.range.end;
      })();
      const target =
        fixFile && fixFile !== first.member ? combined.anchorOf(fixFile) : !edits && !related && inFrontMatter ? anchorOfRule(reported.rule) : undefined;
      if (target && combined.memberAt(target).member !== first.member) {
        related = [{ range, message: MOVED_FROM }, ...(related ?? [])];
        range = target;
      }
      const at = combined.memberAt(range);
      const finding: Finding = {
        rule: reported.rule,
        citation: reported.citation,
        severity: reported.severity,
        message: reported.message[locale],
        range: at.range,
      };
      // A quick fix edits the file of its finding: one that would edit another file is not offered.
      if (reported.fix && edits && edits.every((edit) => edit.at.member === at.member)) {
        finding.fix = { title: reported.fix.title[locale], edits: edits.map((edit) => ({ range: edit.at.range, newText: edit.newText })) };
      }
      if (related) {
        finding.related = related.map((rel) => {
          if ('document' in rel) return { document: rel.document, range: rel.position, message: rel.message[locale] };
          const place = combined.memberAt(rel.range);
          return { ...(place.member !== at.member && { document: place.member.name }), range: place.range, message: rel.message[locale] };
        });
      }
      return { member: at.member, finding };
    },
  };
}

/**
 * Runs rules on a context, one rule per step (with `clock`, a rule's run cut by its slice's end takes
 * more: see readings.ts); what they report is kept raw (placed later), at most LIMITS.findingsPerRule
 * per rule.
 */
function* runRules(
  rules: readonly Rule[],
  context: Omit<RuleContext, 'report'>,
  silenced: ReadonlySet<string>,
  settings: AnalysisSettings,
  clock: SliceClock | undefined,
  contextFor?: (rule: Rule) => Omit<RuleContext, 'report'>,
): Generator<void, Reported[], undefined> {
  const reported: Reported[] = [];
  for (const rule of rules) {
    if (silenced.has(rule.citation) || silenced.has(rule.id)) continue;
    const ruleContext = contextFor?.(rule) ?? context;
    const { kept, count } = yield* resumable(() => runRule(rule, ruleContext), clock);
    for (const report of kept) reported.push(report);
    yield;
    const omitted = count - LIMITS.findingsPerRule;
    if (omitted > 0 && (settings.rules[rule.id] ?? settings.rules[rule.citation]) !== 'off') {
      reported.push({
        rule: FORM_CHECKS.analysisLimit.id,
        citation: FORM_CHECKS.analysisLimit.citation,
        severity: 'information',
        range: kept[kept.length - 1]?.range ?? ruleContext.anchor,
        message: {
          fr: `${omitted.toLocaleString('fr-CA')} autres constats de la règle « ${rule.id} » ne sont pas affichés (au plus ${LIMITS.findingsPerRule} par règle).`,
          en: `${omitted.toLocaleString('en-CA')} more findings of the rule "${rule.id}" are not shown (at most ${LIMITS.findingsPerRule} per rule).`,
        },
      });
    }
  }
  return reported;
}

/** One rule's reports on a context (the first LIMITS.findingsPerRule) and how many it made. */
function runRule(rule: Rule, context: Omit<RuleContext, 'report'>): { kept: Reported[]; count: number } {
  const kept: Reported[] = [];
  let count = 0;
  const report = (r: Report): void => {
    // A clause another passage replaces or sets aside is no text of the call (legal/supersession.ts).
    if (r.range && withinSuperseded(context.model, r.range)) return;
    // Beyond the cap a finding is only counted: one finding says how many were left out.
    if (++count > LIMITS.findingsPerRule) return;
    kept.push({
      rule: rule.id,
      citation: rule.citation,
      severity: r.severity ?? rule.severity,
      range: r.range ?? context.anchor,
      message: r.message,
      fix: r.fix,
      related: r.related,
    });
  };
  const given = { ...context, report };
  // Not applicable (see Rule.notApplicable): nothing is asked of the document.
  if (!rule.notApplicable?.(given)) rule.check(given);
  return { kept, count };
}

export interface DossierAnalysis {
  dossier: Dossier;
  /** Each file's findings, those of the checks over the dossier in the file they belong to. */
  results: Map<DossierMember, AnalysisResult>;
  /** The model the checks over the dossier ran on, when its tender documents are several files. */
  combined?: CombinedDossier;
}

/** The checks over the tender documents as a whole (art. 5–9.1, evaluation, award, amounts) and the dossier's consistency. */
export const isDossierRule = (rule: Rule): boolean => rule.scope === 'dossier';

/**
 * Every file of a dossier checked: each file alone (its form, and the rules about that kind of file:
 * the notice's art. 4, dates…), and the tender documents together, on the combined model of the files
 * whose text they are (a dossier of one is checked on its own model, as a single file always was).
 */
export function analyzeDossier(dossier: Dossier, settings: AnalysisSettings = DEFAULT_SETTINGS, rules: readonly Rule[] = RULES): DossierAnalysis {
  return runSteps(dossierSteps(dossier, settings, rules));
}

/** Steps to their end, at once. */
export function runSteps<T>(steps: Generator<void, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyzeDossier` one rule per step (each file's rules, then those over the dossier), for a caller
 * that yields to other work between steps (the language server: the rules of a large document take
 * seconds). With `clock`, the caller's slices, a rule still reading blocks when its slice ends is cut
 * between two readings and goes on in the next step (see readings.ts). The findings are the same however
 * the steps are spread; a caller may stop iterating (a newer version arrived) and lose nothing else.
 */
export function* dossierSteps(
  dossier: Dossier,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  clock?: SliceClock,
): Generator<void, DossierAnalysis, undefined> {
  try {
    return yield* dossierAnalysis(dossier, settings, rules, clock);
  } finally {
    // What the rules found is memoised per block; the tokens it was found from need not outlive the run.
    forgetReadings();
  }
}

/** `analyzeModel` one rule per step (see dossierSteps). */
export function* analysisSteps(
  model: DocumentModel,
  settings: AnalysisSettings = DEFAULT_SETTINGS,
  rules: readonly Rule[] = RULES,
  related: readonly RelatedDocument[] = [],
  name = '',
  clock?: SliceClock,
): Generator<void, AnalysisResult, undefined> {
  const analysis = yield* dossierSteps(dossierOf(name, model, related), settings, rules, clock);
  return analysis.results.get(analysis.dossier.self)!;
}

function* dossierAnalysis(
  dossier: Dossier,
  settings: AnalysisSettings,
  rules: readonly Rule[],
  clock: SliceClock | undefined,
): Generator<void, DossierAnalysis, undefined> {
  const settingsKey = JSON.stringify(settings);
  const known = RECENT_ANALYSES.find(
    (entry) =>
      entry.rules === rules &&
      entry.settingsKey === settingsKey &&
      entry.analysis.dossier.members.length === dossier.members.length &&
      entry.analysis.dossier.members.every((member, index) => sameMember(member, dossier.members[index])),
  );
  // The same files, unchanged, analysed again (another file of the dossier opened): the same findings.
  if (known) {
    const byName = new Map([...known.analysis.results].map(([member, result]) => [member.name, result]));
    return { dossier, results: new Map(dossier.members.map((member) => [member, byName.get(member.name)!])), combined: known.analysis.combined };
  }
  const addenda = dossierAddenda(dossier, null);
  const dateOrders = dossierDateOrders(dossier.members.map((member) => member.model));
  const union = dossier.members.filter(inUnion);
  const combined = union.length > 1 && union.some((member) => DOCUMENT_TYPES.includes(member.type)) ? combineDossier(union) : undefined;
  const placed = new Map<DossierMember, AnalysisResult>();
  for (const member of dossier.members) {
    // Each file alone; a dossier of one also runs the checks of the tender documents here, in the rules' order, as a single file always did.
    const own = yield* ownFindings(
      member.model,
      settings,
      settingsKey,
      combined ? fileRulesOf(rules) : rules,
      member.type === 'addenda' ? dossierAddenda(dossier, member) : addenda,
      dateOrders,
      clock,
    );
    placed.set(member, { tender: own.tender, findings: [...own.findings] });
  }
  if (combined) {
    const dossierRules = rules.filter((rule) => isDossierRule(rule) && rule.appliesTo.some((type) => union.some((member) => member.type === type)));
    const silenced = new Set<string>();
    for (const member of union) for (const ignore of member.model.ignores) if (ignore.reason) silenced.add(ignore.citation);
    const context = ruleContext(combined.model, settings, addenda, dateOrders);
    const anchors = new Map(dossierRules.map((rule) => [rule.id, combined.homeFor(rule.citation).anchor]));
    const placement = combinedPlacement(combined, (rule) => anchors.get(rule)!);
    const byName = new Map(dossier.members.map((member) => [member.name, placed.get(member)!]));
    for (const reported of yield* runRules(dossierRules, context, silenced, settings, clock, (rule) => dossierRuleContext(combined, context, rule))) {
      const { member, finding } = placement.finding(reported, settings.locale);
      // The combined model may be one made for an earlier dossier of the same files: its files are known by name.
      byName.get(member!.name)!.findings.push(finding);
    }
  }
  const results = new Map<DossierMember, AnalysisResult>();
  for (const [member, { tender, findings }] of placed)
    results.set(member, { tender, findings: capDocument(applySettings(findings, settings), settings.locale) });
  const analysis = { dossier, results, combined };
  RECENT_ANALYSES.unshift({ rules, settingsKey, analysis });
  if (RECENT_ANALYSES.length > RECENT_KEPT) RECENT_ANALYSES.pop();
  return analysis;
}

/** Recent analyses of dossiers, each with what it was made with. */
const RECENT_ANALYSES: { rules: readonly Rule[]; settingsKey: string; analysis: DossierAnalysis }[] = [];
const RECENT_KEPT = 8;

const sameMember = (a: DossierMember, b: DossierMember) => a.model === b.model && a.name === b.name && a.type === b.type && a.part === b.part;

/** A rule list's file rules (those not over the dossier), one list per rule list: the cache below knows it by identity. */
const fileRuleLists = new WeakMap<readonly Rule[], readonly Rule[]>();
function fileRulesOf(rules: readonly Rule[]): readonly Rule[] {
  let list = fileRuleLists.get(rules);
  if (!list) fileRuleLists.set(rules, (list = rules.filter((rule) => !isDossierRule(rule))));
  return list;
}

/**
 * A file's own findings, kept with its model: a file of the dossier that did not change is not checked
 * again when another one did (the model of an unchanged text is the same object).
 */
const OWN = new WeakMap<DocumentModel, { rules: readonly Rule[]; key: string; result: AnalysisResult }>();

function* ownFindings(
  model: DocumentModel,
  settings: AnalysisSettings,
  settingsKey: string,
  rules: readonly Rule[],
  addenda: readonly RelatedAddendum[],
  dateOrders: readonly DateOrder[],
  clock: SliceClock | undefined,
): Generator<void, AnalysisResult, undefined> {
  const key = `${settingsKey}\0${JSON.stringify(addenda)}\0${dateOrders.join()}`;
  const known = OWN.get(model);
  if (known && known.rules === rules && known.key === key) return known.result;
  const result = yield* analyzeDocument(model, settings, rules, addenda, dateOrders, clock);
  OWN.set(model, { rules, key, result });
  return result;
}

/** One file's own findings (settings not applied): its form, its limits, its ignore directives, and the given rules that apply to its type. */
function* analyzeDocument(
  model: DocumentModel,
  settings: AnalysisSettings,
  rules: readonly Rule[],
  addenda: readonly RelatedAddendum[],
  dateOrders: readonly DateOrder[],
  clock: SliceClock | undefined,
): Generator<void, AnalysisResult, undefined> {
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
  const done = (tender: boolean) => ({ tender, findings });

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
    return done(false);
  }
  if (detection.kind === 'unclosed-front-matter') {
    const { id, citation } = FORM_CHECKS.yamlSyntax;
    findings.push(
      toFinding(id, citation, 'error', detection.range, {
        fr: "L'en-tête YAML n'est pas fermé : ajoutez une ligne « --- » après la dernière clé.",
        en: 'The YAML front-matter is not closed: add a "---" line after the last key.',
      }),
    );
    return done(true);
  }
  if (detection.kind === 'unknown-type') {
    const { id, citation } = FORM_CHECKS.unknownType;
    findings.push(
      toFinding(id, citation, 'error', detection.range, {
        fr: `Type de document inconnu « ${detection.value} » : valeurs permises : ${TENDER_TYPES.join(', ')}.`,
        en: `Unknown document type "${detection.value}": allowed values: ${TENDER_TYPES.join(', ')}.`,
      }),
    );
    return done(false);
  }
  for (const problem of model.frontMatter?.problems ?? []) {
    const check = problem.kind === 'yaml-syntax' ? FORM_CHECKS.yamlSyntax : problem.kind === 'unknown-key' ? FORM_CHECKS.unknownKey : FORM_CHECKS.invalidValue;
    const finding = toFinding(
      check.id,
      check.citation,
      problem.kind === 'unknown-key' || problem.unusual ? 'warning' : 'error',
      problem.range,
      problem.message,
    );
    if (problem.suggestion) {
      const { suggestion } = problem;
      finding.fix = {
        title: problem.unusual
          ? locale === 'fr'
            ? `Remplacer par « ${suggestion} »`
            : `Replace with "${suggestion}"`
          : locale === 'fr'
            ? `Renommer la clé en « ${suggestion} »`
            : `Rename the key to "${suggestion}"`,
        edits: [{ range: finding.range, newText: suggestion }],
      };
    }
    findings.push(finding);
  }

  findings.push(
    ...limitFindings(model).map((limit) =>
      toFinding(FORM_CHECKS.analysisLimit.id, FORM_CHECKS.analysisLimit.citation, 'information', limit.range, limit.message),
    ),
  );

  // A draft under review is checked as it would be published (reviewMarks.ts): the user is told so, once. Accepting the
  // changes is the author's decision: no fix.
  const mark = firstReviewMark(model);
  if (mark) {
    findings.push(
      toFinding(FORM_CHECKS.reviewMarks.id, FORM_CHECKS.reviewMarks.citation, 'information', mark, {
        fr: "Ce document contient encore des marques de révision (texte barré, suppressions, insertions ou commentaires) : il est vérifié tel qu'il serait publié, le texte supprimé et les commentaires retirés, les insertions conservées.",
        en: 'This document still holds review marks (struck text, deletions, insertions or comments): it is checked as it would be published, deleted text and comments left out, insertions kept.',
      }),
    );
  }

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

  const context = ruleContext(model, settings, addenda, dateOrders);
  const placement = singlePlacement(model);
  const applicable = rules.filter((rule) => rule.appliesTo.includes(detection.type));
  for (const reported of yield* runRules(applicable, context, silenced, settings, clock)) findings.push(placement.finding(reported, locale).finding);
  return { tender: true, findings };
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
  'list-items': {
    fr: `plus de ${LIMITS.listItems.toLocaleString('fr-CA')} éléments de liste`,
    en: `more than ${LIMITS.listItems.toLocaleString('en-CA')} list items`,
  },
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

/** The files of a dossier that are the tender documents proper (not the notice alone): with one of them, art. 5–9.1 apply. */
const DOCUMENT_TYPES: readonly TenderType[] = ['appel-offres', 'document'];

/** The tender's data, with the addenda given by the dossier's `type: addenda` files after its own. */
export function tenderDataOf(model: DocumentModel, addenda: readonly RelatedAddendum[] = []) {
  const data = readTenderData(model.frontMatter?.data);
  data.addenda.push(...addenda);
  return data;
}

/**
 * What a rule is given about a document (or a dossier's combined model). Its `report` drops what it is
 * told: the analysis gives each rule its own; features that ask a rule for its evidence need none.
 */
export function ruleContext(
  model: DocumentModel,
  settings: AnalysisSettings,
  addenda: readonly RelatedAddendum[] = [],
  dossierDateOrders: readonly DateOrder[] = [],
): RuleContext {
  const type = model.detection.kind === 'tender' ? model.detection.type : 'appel-offres';
  const notice = noticeSection(model);
  amendedBy(
    model,
    addenda.flatMap((addendum) => addendum.supersedes ?? []),
  );
  return {
    anchor: notice ? { start: notice.heading.start, end: notice.heading.end } : (model.frontMatter?.valueRange(['type']) ?? { start: 0, end: 0 }),
    home: { start: 0, end: model.text.length, bodyStart: model.bodyStart },
    report: () => {},
    model,
    type,
    data: tenderDataOf(model, addenda),
    dossierDateOrders,
    settings,
    locale: settings.locale,
    sectionsNamed: (patterns) => model.sections.filter((section) => patterns.some((pattern) => pattern.test(section.heading.normalized))),
    unitsOf: (section: Section) => model.units.slice(firstUnitFrom(model, section.heading.start + 1), firstUnitFrom(model, section.end)),
  };
}

/** The rule context of a dossier's combined model for one rule: where that rule's missing items go (see dossier/dossier.ts homeMember). */
export function dossierRuleContext(combined: CombinedDossier, context: RuleContext, rule: Rule): RuleContext {
  return { ...context, ...combined.homeFor(rule.citation) };
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
