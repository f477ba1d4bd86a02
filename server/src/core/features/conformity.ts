import { analyzeDossier, dossierRuleContext, isDossierRule, ruleContext, type AnalysisResult, type DossierAnalysis } from '../analyze.js';
import type { AnalysisSettings } from '../config/settings.js';
import type { OffsetRange } from '../document/frontMatter.js';
import type { DocumentModel } from '../document/model.js';
import { dossierAddenda, type RelatedDocument } from '../document/related.js';
import { dossierOf, inUnion, type DossierMember } from '../dossier/dossier.js';
import { formatCitation, parseCitationId } from '../legal/citations.js';
import { regulation } from '../legal/regulation/index.js';
import { RULES } from '../rules/index.js';
import type { Evidence, Rule, RuleContext } from '../rules/rule.js';
import { FORMAT_CITATION, type Finding, type Locale, type Localized, type Range, type Severity, type TenderType } from '../types.js';

/**
 * - `ok`: the rule applies and found nothing;
 * - `finding`: the rule reported (its findings, with their quick fixes, are attached);
 * - `not-applicable`: the rule does not apply to this document's type, or requires nothing of this
 *   document (its condition — options, a grouping, a bid security… — does not hold);
 * - `ignored`: silenced by a `tender-ignore` comment with a reason;
 * - `off`: turned off in the settings.
 */
export type ConformityStatus = 'ok' | 'finding' | 'not-applicable' | 'ignored' | 'off';

/** What met a rule: a passage of the body, or a front-matter key. */
export interface ConformityEvidence {
  range: Range;
  /** The dossier's file the passage is in, by its name (absent: the document asked about). */
  document?: string;
  /** That file's URI, when the language server knows it. */
  uri?: string;
  /** The wording of the item the passage matched: a template id (`seaoOnly/clause-fr`) or a pattern (`seaoOnly/pattern-2`). */
  template?: string;
  /** The front-matter key that met the rule, as a dotted path (`organisme.nom`). */
  frontMatterKey?: string;
  /** The passage's text (its Markdown removed), or the key's line, shortened to about 80 characters. */
  quote: string;
}

export interface ConformityItem {
  rule: string;
  citation: string;
  /** Human form of the citation ("art. 4, al. 2, par. 7°"). */
  citationLabel: string;
  description: string;
  status: ConformityStatus;
  /** Why a rule is not checked (`not-applicable`, `ignored`, `off`). */
  reason?: string;
  /** The rule's findings in every file of the dossier, those of another file with its name. */
  findings: ConformityFinding[];
  /**
   * For a rule that is `ok` and tells what met it: the passages or keys (see Rule.evidence). Absent
   * for a rule that does not tell.
   */
  evidence?: ConformityEvidence[];
}

export interface ConformityGroup {
  /** Article key: `4`, `7.1`, `A2.9`, or `document` for checks of the document's form. */
  article: string;
  label: string;
  items: ConformityItem[];
}

export interface ConformityReport {
  /** False for a document that is not a tender (no front-matter `type`, or an unknown one). */
  tender: boolean;
  /** The text checked against: "… (RLRQ c. C-65.1, r. 4), texte du 1er mars 2016". */
  regulation: string;
  type?: TenderType;
  groups: ConformityGroup[];
  /** The findings of every file of the dossier, by severity. */
  counts: Record<Severity, number>;
  /** The files of the document's dossier when it has several (its own included), by name; their URIs when the language server knows them. */
  files?: { name: string; uri?: string }[];
}

export interface ConformityInput {
  model: DocumentModel;
  result: AnalysisResult;
  settings: AnalysisSettings;
  /** The other documents of the dossier the analysis read. */
  related?: readonly RelatedDocument[];
  /** The document's name among them. */
  name?: string;
  /** The dossier's analysis the result comes from (made again from `related` when absent). */
  dossier?: DossierAnalysis;
}

/** A finding shown in the report: in the document asked about, or in another file of its dossier. */
export type ConformityFinding = Finding & {
  /** The dossier's file the finding is in, by its name (absent: the document asked about). */
  document?: string;
  /** That file's URI, when the language server knows it. */
  uri?: string;
};

/** The group of the checks of the document's form (findings of no rule). */
export const FORM_GROUP = 'document';

/**
 * Every rule of the product against one analysed document and its dossier, grouped by article in the
 * order of the regulation. Built from the analysis that produced the diagnostics, so the view and the
 * Problems panel always agree. A rule is shown as the dossier meets it: the checks over the tender
 * documents with their findings in every file, a file's own checks (the notice's art. 4) from the files
 * they apply to; each finding and passage of another file says which.
 */
export function conformityReport(input: ConformityInput, rules: readonly Rule[] = RULES): ConformityReport {
  const { model, result, settings } = input;
  const locale = settings.locale;
  const analysis = input.dossier ?? analyzeDossier(dossierOf(input.name ?? '', model, input.related ?? []), settings, rules);
  const { dossier, combined } = analysis;
  const self = dossier.self;
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  const type = model.detection.kind === 'tender' ? model.detection.type : undefined;
  const groups = new Map<string, ConformityGroup>();
  const groupFor = (key: string, label: string): ConformityGroup => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { article: key, label, items: [] }));
    return group;
  };

  // Each file's findings by rule, those of another file named; the document's own are its `result`.
  const byRule = new Map<DossierMember, Map<string, ConformityFinding[]>>();
  for (const member of dossier.members) {
    const findings = member === self ? result.findings : (analysis.results.get(member)?.findings ?? []);
    const rulesOf = new Map<string, ConformityFinding[]>();
    for (const finding of findings) {
      counts[finding.severity]++;
      const list = rulesOf.get(finding.rule) ?? [];
      list.push(member === self ? finding : { ...finding, document: member.name });
      rulesOf.set(finding.rule, list);
    }
    byRule.set(member, rulesOf);
  }
  const take = (members: readonly DossierMember[], rule: string): ConformityFinding[] =>
    members.flatMap((member) => {
      const found = byRule.get(member)?.get(rule) ?? [];
      byRule.get(member)?.delete(rule);
      return found;
    });
  const reasonsOf = (members: readonly DossierMember[]) => {
    const reasons = new Map<string, string>();
    for (const member of members)
      for (const ignore of member.model.ignores) if (ignore.reason && !reasons.has(ignore.citation)) reasons.set(ignore.citation, ignore.reason);
    return reasons;
  };
  const union = dossier.members.filter(inUnion);
  const combinedContext = combined && ruleContext(combined.model, settings, dossierAddenda(dossier, null));
  const ownContexts = new Map<DossierMember, RuleContext>();
  const ownContext = (member: DossierMember) => {
    let context = ownContexts.get(member);
    if (!context) ownContexts.set(member, (context = ruleContext(member.model, settings, dossierAddenda(dossier, member.type === 'addenda' ? member : null))));
    return context;
  };
  // The document itself first: a rule of its own type shows its own state.
  const inOrder = [self, ...dossier.members.filter((member) => member !== self)];

  if (type) {
    for (const rule of rules) {
      const overDossier = combined !== undefined && isDossierRule(rule);
      const applying = overDossier
        ? union.some((member) => rule.appliesTo.includes(member.type))
          ? union
          : []
        : inOrder.filter((member) => rule.appliesTo.includes(member.type));
      const findings = take(applying.length ? applying : [self], rule.id);
      const item: ConformityItem = {
        rule: rule.id,
        citation: rule.citation,
        citationLabel: formatCitation(rule.citation, locale),
        description: rule.description[locale],
        status: findings.length > 0 ? 'finding' : 'ok',
        findings,
      };
      // The context the rule ran in: the dossier's combined model, or the first file it applies to.
      const contextOf = () => (overDossier ? dossierRuleContext(combined, combinedContext!, rule) : ownContext(applying[0]));
      const ignoredFor = (() => {
        const reasons = reasonsOf(overDossier ? union : applying.slice(0, 1));
        return reasons.get(rule.id) ?? reasons.get(rule.citation);
      })();
      let condition: Localized | undefined;
      if (applying.length === 0) {
        item.status = 'not-applicable';
        item.reason = typeReason(rule, type, dossier.members.length > 1)[locale];
      } else if ((settings.rules[rule.id] ?? settings.rules[rule.citation]) === 'off') {
        item.status = 'off';
        item.reason = locale === 'fr' ? 'Désactivée dans les réglages (regles).' : 'Turned off in the settings (regles).';
      } else if (ignoredFor !== undefined && findings.length === 0) {
        item.status = 'ignored';
        item.reason = ignoredFor;
      } else if (findings.length === 0 && (condition = rule.notApplicable?.(contextOf()))) {
        // The rule's own condition, the one the analysis skipped it on (Rule.notApplicable).
        item.status = 'not-applicable';
        item.reason = condition[locale];
      } else if (item.status === 'ok' && rule.evidence) {
        const evidence = overDossier
          ? rule.evidence(contextOf()).map((each) => {
              const at = combined.memberAt(each.range);
              const start = combined.members.find((placed) => placed.member === at.member)!.base;
              return shown(each, at.member, at.member.name === self.name ? undefined : at.member.name, start);
            })
          : rule.evidence(contextOf()).map((each) => shown(each, applying[0], applying[0] === self ? undefined : applying[0].name, 0));
        if (evidence.length > 0) item.evidence = evidence;
      }
      const article = articleOf(rule.citation);
      groupFor(article.key, article.label[locale]).items.push(item);
    }
  }

  // Findings of no rule (front-matter form, unknown type, ignore without reason): one item per check, the
  // document's own first, then those of the dossier's other files (named), as the counts include them.
  const formLabel = locale === 'fr' ? 'Forme du document' : 'Document form';
  const form = new Map<string, ConformityItem>();
  for (const member of inOrder) {
    for (const [rule, findings] of byRule.get(member) ?? []) {
      const known = form.get(rule);
      if (known) known.findings.push(...findings);
      else {
        form.set(rule, {
          rule,
          citation: findings[0].citation,
          citationLabel: findings[0].citation === FORMAT_CITATION ? formLabel : formatCitation(findings[0].citation, locale),
          description: findings[0].message,
          status: 'finding',
          findings,
        });
      }
    }
  }
  for (const item of form.values()) groupFor(FORM_GROUP, formLabel).items.push(item);
  const files = dossier.members.length > 1 ? { files: dossier.members.map((member) => ({ name: member.name })) } : {};
  return { tender: result.tender, regulation: regulationChecked(locale), type, groups: [...groups.values()], counts, ...files };
}

const TYPE_NAMES: Record<TenderType, Localized> = {
  'appel-offres': { fr: "un appel d'offres", en: 'a call for tenders' },
  avis: { fr: "un avis d'appel d'offres", en: 'a call for tenders notice' },
  addenda: { fr: 'un addenda', en: 'an addendum' },
  'avis-qualification': { fr: 'un avis de qualification', en: 'a qualification notice' },
  document: { fr: "une partie des documents d'appel d'offres", en: 'a part of the tender documents' },
};

/** Why a rule does not apply to the document's type (or to any file of its dossier): the types it concerns, from `appliesTo`. */
function typeReason(rule: Rule, type: TenderType, dossier: boolean): Localized {
  const concerned = (locale: Locale) => rule.appliesTo.map((each) => TYPE_NAMES[each][locale]).join(locale === 'fr' ? ' ou ' : ' or ');
  return dossier
    ? { fr: `Ne vise qu'${concerned('fr')} : aucun fichier du dossier n'en est un.`, en: `Concerns only ${concerned('en')}: no file of the dossier is one.` }
    : {
        fr: `Ne vise qu'${concerned('fr')} : ce document est ${TYPE_NAMES[type].fr} (type : ${type}).`,
        en: `Concerns only ${concerned('en')}: this document is ${TYPE_NAMES[type].en} (type: ${type}).`,
      };
}

/** The regulation's title, reference and consolidation date, as a reader cites them. */
function regulationChecked(locale: Locale): string {
  const { title, regulation: id, version } = regulation();
  const date = new Date(`${version}T00:00:00Z`);
  const day = date.getUTCDate();
  const when =
    locale === 'fr'
      ? `texte du ${day === 1 ? '1er' : day} ${date.toLocaleDateString('fr-CA', { month: 'long', timeZone: 'UTC' })} ${date.getUTCFullYear()}`
      : `text of ${date.toLocaleDateString('en-CA', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  return `${title} (${locale === 'fr' ? 'RLRQ' : 'CQLR'} c. ${id}), ${when}`;
}

const QUOTE_LENGTH = 80;

/** Evidence at `range` of a combined model whose file starts at `base`, in that file's positions. */
function shown({ range: at, template, frontMatterKey }: Evidence, member: DossierMember, document: string | undefined, base: number): ConformityEvidence {
  const { model } = member;
  const range = { start: at.start - base, end: at.end - base };
  return {
    range: model.lines.range(range.start, range.end),
    ...(document !== undefined && { document }),
    ...(template !== undefined && { template }),
    ...(frontMatterKey !== undefined && { frontMatterKey }),
    quote: shorten(quoted(model, range)),
  };
}

/** A passage's text without its Markdown, or the line a front-matter key is on. */
function quoted(model: DocumentModel, range: OffsetRange): string {
  const unit = model.units.find((candidate) => candidate.start === range.start && candidate.end === range.end);
  if (unit) return unit.text;
  const line = model.lines.positionAt(range.start).line;
  return model.text.slice(model.lines.lineStart(line), model.lines.lineEnd(line));
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUOTE_LENGTH) return flat;
  const cut = flat.slice(0, QUOTE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:.])[\s,;:.]+$/, '')}…`;
}

function articleOf(citation: string): { key: string; label: Record<Locale, string> } {
  const parsed = parseCitationId(citation);
  if (!parsed) return { key: citation, label: { fr: citation, en: citation } };
  if (parsed.annex) {
    return {
      key: `A${parsed.annex}.${parsed.article}`,
      label: { fr: `Annexe ${parsed.annex}, article ${parsed.article}`, en: `Annex ${parsed.annex}, section ${parsed.article}` },
    };
  }
  return { key: parsed.article, label: { fr: `Article ${parsed.article}`, en: `Section ${parsed.article}` } };
}
