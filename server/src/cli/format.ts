import { citationHref, formatCitation, FORMAT_CITATION, RULES, type Explanation, type Finding, type Locale, type Localized } from '../core/index.js';
import { complianceHtml } from '../core/features/complianceHtml.js';
import type { ComplianceReport } from '../core/features/complianceReport.js';
import { PRODUCT } from '../node/product.js';
import type { FileError } from './check.js';
import { counted } from './messages.js';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'html';

export interface FileReport {
  path: string;
  tender: boolean;
  findings: Finding[];
  /** The file could not be checked (it then has no finding). */
  error?: FileError;
  /** Why each rule is met or not (`--explain`). */
  explanation?: Explanation;
  /** The compliance report's model (`--format html`). */
  compliance?: ComplianceReport;
  /** The dossier of several files the file belongs to: its folder and `numero` (`examples/ao#AO-1`). */
  dossier?: string;
}

/** An input of the command line that gave no file to check (a glob matching nothing, an empty folder). */
export interface InputError {
  input: string;
  message: Localized;
}

/** `checkedAt`: when the check ran, which the HTML report states. */
export function formatReport(
  reports: FileReport[],
  format: OutputFormat,
  locale: Locale,
  inputErrors: readonly InputError[] = [],
  checkedAt: Date = new Date(),
): string {
  if (format === 'html') return toHtml(reports, locale, inputErrors, checkedAt);
  if (format === 'json') return `${JSON.stringify(toJson(reports, locale), null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(reports, locale, inputErrors), null, 2)}\n`;
  return toText(reports, locale);
}

/** " (art. 4, al. 2, par. 7°)" after a message; nothing for a format problem, which cites no article. */
const citationSuffix = (citation: string, locale: Locale): string => (citation === FORMAT_CITATION ? '' : ` (${formatCitation(citation, locale)})`);

/** How many dossiers the tender documents make: one outside a dossier of several files is a dossier of one. */
const dossierCount = (reports: FileReport[]): number =>
  new Set(reports.filter((report) => report.tender).map((report) => report.dossier ?? `file:${report.path}`)).size;

/** The summary of SPEC §6 (the text format also counts the dossiers). */
function summary(reports: FileReport[]) {
  const all = reports.flatMap((report) => report.findings);
  return {
    files: reports.length,
    tenderFiles: reports.filter((report) => report.tender).length,
    errors: all.filter((finding) => finding.severity === 'error').length,
    warnings: all.filter((finding) => finding.severity === 'warning').length,
    information: all.filter((finding) => finding.severity === 'information').length,
  };
}

/** The JSON of docs/cli-json.md: a file that could not be checked has its `error` (code and message) and no finding. */
function toJson(reports: FileReport[], locale: Locale) {
  return {
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      tender: report.tender,
      ...(report.error && { error: { code: report.error.code, message: report.error.message[locale] } }),
      findings: report.findings.map((finding) => ({
        rule: finding.rule,
        citation: finding.citation,
        severity: finding.severity,
        message: finding.message,
        range: finding.range,
        fix: finding.fix !== undefined,
      })),
    })),
    summary: summary(reports),
  };
}

/** Compiler-style lines: path:line:col severity citation message [rule]; with `--explain`, a line per rule. */
function toText(reports: FileReport[], locale: Locale): string {
  const lines: string[] = [];
  for (const report of reports) {
    if (report.explanation) {
      lines.push(...explanationLines(report.path, report.explanation, locale));
      continue;
    }
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      lines.push(
        `${report.path}:${line + 1}:${character + 1} ${finding.severity} ${finding.citation} ${finding.message}${citationSuffix(finding.citation, locale)} [${finding.rule}]`,
      );
    }
  }
  const total = summary(reports);
  const count = (n: number, fr: [string, string], en: [string, string]) => counted(n, locale, { fr, en });
  const files = count(total.files, ['fichier', 'fichiers'], ['file', 'files']);
  const tender = count(total.tenderFiles, ["document d'appel d'offres", "documents d'appel d'offres"], ['tender document', 'tender documents']);
  const dossiers = count(dossierCount(reports), ['dossier', 'dossiers'], ['dossier', 'dossiers']);
  const errors = count(total.errors, ['erreur', 'erreurs'], ['error', 'errors']);
  const warnings = count(total.warnings, ['avertissement', 'avertissements'], ['warning', 'warnings']);
  const information = count(total.information, ['information', 'informations'], ['information finding', 'information findings']);
  lines.push(
    locale === 'fr'
      ? `${files}, ${tender} en ${dossiers} : ${errors}, ${warnings}, ${information}.`
      : `${files}, ${tender} in ${dossiers}: ${errors}, ${warnings}, ${information}.`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * A file's explanation: a line saying how many rules are met, then, in the regulation's order, a line
 * per rule (per finding for a rule that has several): path:line rule (citation) what met it or why not.
 */
function explanationLines(path: string, explanation: Explanation, locale: Locale): string[] {
  const lines: string[] = [];
  const { counts } = explanation;
  if (explanation.type) {
    const count = (n: number, fr: [string, string], en: [string, string]) => counted(n, locale, { fr, en });
    const parts = [
      count(counts.rules, ['règle', 'règles'], ['rule', 'rules']),
      count(counts.met, ['satisfaite', 'satisfaites'], ['met', 'met']),
      count(counts.finding, ['avec constat', 'avec constats'], ['with a finding', 'with findings']),
      count(counts.notApplicable, ['sans objet', 'sans objet'], ['not applicable', 'not applicable']),
      count(counts.ignored, ['ignorée', 'ignorées'], ['ignored', 'ignored']),
      count(counts.off, ['désactivée', 'désactivées'], ['off', 'off']),
    ];
    lines.push(locale === 'fr' ? `${path} (${explanation.type}) : ${parts.join(', ')}.` : `${path} (${explanation.type}): ${parts.join(', ')}.`);
  } else {
    lines.push(locale === 'fr' ? `${path} : pas un document d'appel d'offres, aucune règle vérifiée.` : `${path}: not a tender document, no rule checked.`);
  }
  for (const line of explanation.lines) {
    // A passage or finding in another file of the dossier is at that file's path.
    const where = line.range ? `${line.document ?? path}:${line.range.start.line + 1}` : path;
    lines.push(`${where} ${line.rule} (${line.citationLabel}) ${line.text}`);
  }
  return lines;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it (1-based lines and columns). A file that could not be
 * checked, or an input that gave no file, is a tool execution notification of the run's invocation.
 */
function toSarif(reports: FileReport[], locale: Locale, inputErrors: readonly InputError[]) {
  const notifications = [
    ...inputErrors.map((error) => ({ level: 'error', message: { text: `${error.input}: ${error.message[locale]}` }, descriptor: { id: 'input' } })),
    ...reports.flatMap((report) =>
      report.error
        ? [
            {
              level: 'error',
              message: { text: `${report.path}: ${report.error.message[locale]}` },
              descriptor: { id: report.error.code },
              locations: [{ physicalLocation: { artifactLocation: { uri: report.path } } }],
            },
          ]
        : [],
    ),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tender-lint',
            informationUri: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-65.1,%20r.%204',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description[locale] },
              helpUri: citationHref(rule.citation, locale),
              properties: { citation: rule.citation, citationDisplay: formatCitation(rule.citation, locale) },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
            })),
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.rule,
            level: SARIF_LEVEL[finding.severity],
            message: { text: `${finding.message}${citationSuffix(finding.citation, locale)}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: report.path },
                  region: {
                    startLine: finding.range.start.line + 1,
                    startColumn: finding.range.start.character + 1,
                    endLine: finding.range.end.line + 1,
                    endColumn: finding.range.end.character + 1,
                  },
                },
              },
            ],
            // The places it relates to, in this file or another of its dossier.
            ...(finding.related?.length && {
              relatedLocations: finding.related.map((related, index) => ({
                id: index,
                message: { text: related.message },
                physicalLocation: {
                  artifactLocation: { uri: related.document ?? report.path },
                  region: {
                    startLine: related.range.start.line + 1,
                    startColumn: related.range.start.character + 1,
                    endLine: related.range.end.line + 1,
                    endColumn: related.range.end.character + 1,
                  },
                },
              })),
            }),
            properties: { citation: finding.citation },
          })),
        ),
      },
    ],
  };
}

/**
 * The compliance report (issue 17): one self-contained HTML page with a section per tender document;
 * the files that could not be checked, the inputs that gave no file and the Markdown files that are not
 * tender documents are listed with the reason.
 */
function toHtml(reports: FileReport[], locale: Locale, inputErrors: readonly InputError[], checkedAt: Date): string {
  const notTender = locale === 'fr' ? "pas un document d'appel d'offres" : 'not a tender document';
  const unchecked = [
    ...inputErrors.map((error) => ({ name: error.input, reason: error.message[locale] })),
    ...reports.flatMap((report) =>
      report.error
        ? [{ name: report.path, reason: report.error.message[locale] }]
        : report.compliance?.tender
          ? []
          : [{ name: report.path, reason: report.findings.length > 0 ? `${notTender} : ${report.findings[0].message}` : notTender }],
    ),
  ];
  // A dossier has one section, whichever of its files were given (each file's report carries the dossier's).
  const dossiers = new Set<string>();
  const tenders = reports.flatMap((report) => {
    if (!report.compliance?.tender) return [];
    if (report.dossier !== undefined) {
      if (dossiers.has(report.dossier)) return [];
      dossiers.add(report.dossier);
    }
    return [report.compliance];
  });
  return complianceHtml({ locale, checkedAt, product: PRODUCT, reports: tenders, unchecked });
}
