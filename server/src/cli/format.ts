import { citationHref, formatCitation, RULES, type Finding, type Locale } from '../core/index.js';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface FileReport {
  path: string;
  tender: boolean;
  findings: Finding[];
}

export function formatReport(reports: FileReport[], format: OutputFormat, locale: Locale): string {
  if (format === 'json') return `${JSON.stringify(toJson(reports), null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(toSarif(reports, locale), null, 2)}\n`;
  return toText(reports, locale);
}

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

/** SPEC §6, exactly. */
function toJson(reports: FileReport[]) {
  return {
    version: 1,
    files: reports.map((report) => ({
      path: report.path,
      tender: report.tender,
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

/** Compiler-style lines: path:line:col severity citation message [rule]. */
function toText(reports: FileReport[], locale: Locale): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { line, character } = finding.range.start;
      lines.push(
        `${report.path}:${line + 1}:${character + 1} ${finding.severity} ${finding.citation} ${finding.message} (${formatCitation(finding.citation, locale)}) [${finding.rule}]`,
      );
    }
  }
  const total = summary(reports);
  lines.push(
    locale === 'fr'
      ? `${total.files} fichier(s), ${total.tenderFiles} document(s) d'appel d'offres : ${total.errors} erreur(s), ${total.warnings} avertissement(s), ${total.information} information(s).`
      : `${total.files} file(s), ${total.tenderFiles} tender document(s): ${total.errors} error(s), ${total.warnings} warning(s), ${total.information} information.`,
  );
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, as GitHub code scanning reads it (1-based lines and columns). */
function toSarif(reports: FileReport[], locale: Locale) {
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
        results: reports.flatMap((report) =>
          report.findings.map((finding) => ({
            ruleId: finding.rule,
            level: SARIF_LEVEL[finding.severity],
            message: { text: `${finding.message} (${formatCitation(finding.citation, locale)})` },
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
            properties: { citation: finding.citation },
          })),
        ),
      },
    ],
  };
}
