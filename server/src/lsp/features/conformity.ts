import { RequestType } from '../protocol.js';
import { conformityReport, type ConformityReport, type LastAnalysis } from '../../core/index.js';
import type { Feature } from './context.js';

interface ConformityParams {
  textDocument: { uri: string };
}

/**
 * `tender/conformity`: every rule against the analysis of the document's current text, or its last
 * analysis when that one is not ready in time (null before the first one). The rules are shown as the
 * document's dossier meets them: a passage or finding in another file of the dossier carries that
 * file's `uri`.
 */
const ConformityRequest = new RequestType<ConformityParams, ConformityReport | null, void>('tender/conformity');

export const conformity: Feature = ({ connection, service, analysedDocument }) => {
  connection.onRequest(ConformityRequest, async (params) => {
    const analysis = (await analysedDocument(params.textDocument.uri))?.analysis ?? service.lastAnalysis(params.textDocument.uri);
    return analysis ? withUris(conformityReport(analysis), analysis) : null;
  });
};

/** The report with the URI of each other file it names. */
function withUris(report: ConformityReport, analysis: LastAnalysis): ConformityReport {
  const uri = (document: string | undefined) => (document === undefined ? undefined : analysis.uris.get(document));
  report.files = report.files?.map((file) => ({ ...file, uri: uri(file.name) }));
  for (const group of report.groups) {
    for (const item of group.items) {
      item.findings = item.findings.map((finding) => (finding.document ? { ...finding, uri: uri(finding.document) } : finding));
      item.evidence = item.evidence?.map((evidence) => (evidence.document ? { ...evidence, uri: uri(evidence.document) } : evidence));
    }
  }
  return report;
}
