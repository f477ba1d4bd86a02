import type { Rule } from '../rules/rule.js';
import type { Locale, Range, Severity, TenderType } from '../types.js';
import { conformityReport, FORM_GROUP, type ConformityInput, type ConformityItem } from './conformity.js';

/**
 * - `passage`: a passage of the body met the rule;
 * - `front-matter`: a front-matter key met it;
 * - `ok`: the rule found nothing, and does not tell what met it;
 * - `finding`, `not-applicable`, `ignored`, `off`: as in the conformity report.
 */
export type ExplanationOutcome = 'passage' | 'front-matter' | 'ok' | 'finding' | 'not-applicable' | 'ignored' | 'off';

export interface ExplanationLine {
  rule: string;
  citation: string;
  /** Human form of the citation ("art. 4, al. 2, par. 7°"), or the document-form group's label. */
  citationLabel: string;
  outcome: ExplanationOutcome;
  /** The passage, key or finding the line is about; absent when there is nothing to point at. */
  range?: Range;
  /** The other file of the dossier that range is in, by its name (absent: the document explained). */
  document?: string;
  /** What the line says of the rule, in the analysis's locale. */
  text: string;
}

export interface Explanation {
  tender: boolean;
  type?: TenderType;
  /** Every rule in the regulation's order (a rule with several findings has a line for each), then the checks of the document's form. */
  lines: ExplanationLine[];
  /** How many rules are met, have findings, do not apply, are ignored, are off. */
  counts: { rules: number; met: number; finding: number; notApplicable: number; ignored: number; off: number };
}

const SEVERITY: Record<Severity, Record<Locale, string>> = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'avertissement', en: 'warning' },
  information: { fr: 'information', en: 'information' },
  hint: { fr: 'indice', en: 'hint' },
};

/**
 * Why each rule is met or not in one analysed document: the passage or front-matter key that met it
 * (with the wording the passage matched and a short quotation), else its findings, else why it is
 * not checked. Built on the conformity report, so it agrees with the view and the diagnostics.
 */
export function explain(input: ConformityInput, rules?: readonly Rule[]): Explanation {
  const locale = input.settings.locale;
  const report = conformityReport(input, rules);
  const counts = { rules: 0, met: 0, finding: 0, notApplicable: 0, ignored: 0, off: 0 };
  const lines: ExplanationLine[] = [];
  for (const group of report.groups) {
    for (const item of group.items) {
      if (group.article !== FORM_GROUP) {
        counts.rules++;
        if (item.status === 'ok') counts.met++;
        else if (item.status === 'not-applicable') counts.notApplicable++;
        else counts[item.status]++;
      }
      lines.push(...linesOf(item, locale));
    }
  }
  return { tender: report.tender, type: report.type, lines, counts };
}

function linesOf(item: ConformityItem, locale: Locale): ExplanationLine[] {
  const line = (outcome: ExplanationOutcome, text: string, range?: Range, document?: string): ExplanationLine => ({
    rule: item.rule,
    citation: item.citation,
    citationLabel: item.citationLabel,
    outcome,
    ...(range && { range }),
    ...(document !== undefined && { document }),
    text,
  });
  const reason = item.reason ?? '';
  switch (item.status) {
    case 'finding':
      return item.findings.map((finding) =>
        line('finding', `${SEVERITY[finding.severity][locale]}${locale === 'fr' ? ' :' : ':'} ${finding.message}`, finding.range, finding.document),
      );
    case 'not-applicable':
      return [line('not-applicable', locale === 'fr' ? `sans objet : ${reason}` : `not applicable: ${reason}`)];
    case 'ignored':
      return [line('ignored', locale === 'fr' ? `ignorée : ${reason}` : `ignored: ${reason}`)];
    case 'off':
      return [line('off', locale === 'fr' ? 'désactivée dans les réglages (regles)' : 'off in the settings (regles)')];
  }
  if (!item.evidence) return [line('ok', locale === 'fr' ? 'conforme (la règle ne cite pas de passage)' : 'ok (the rule cites no passage)')];
  const [first, ...others] = item.evidence;
  const more = others.length === 0 ? '' : locale === 'fr' ? ` (+ ${others.length} autre${others.length > 1 ? 's' : ''})` : ` (+ ${others.length} more)`;
  if (first.frontMatterKey !== undefined) {
    const text =
      locale === 'fr' ? `satisfaite par la clé d'en-tête « ${first.frontMatterKey} »${more}` : `met by the front-matter key "${first.frontMatterKey}"${more}`;
    return [line('front-matter', text, first.range, first.document)];
  }
  const wording = first.template ?? (locale === 'fr' ? 'ce passage' : 'this passage');
  const text = locale === 'fr' ? `satisfaite par ${wording} : « ${first.quote} »${more}` : `met by ${wording}: "${first.quote}"${more}`;
  return [line('passage', text, first.range, first.document)];
}
