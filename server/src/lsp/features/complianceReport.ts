import { RequestType } from '../protocol.js';
import type { Feature } from './context.js';

interface ComplianceReportHtmlParams {
  textDocument: { uri: string };
  /**
   * A nonce the page's `<style>` element then carries, and its Content Security Policy requires (an
   * editor's webview); without it, the page is the file `tender-lint --format html` writes.
   */
  styleNonce?: string;
}

export interface ComplianceReportHtml {
  /** One self-contained HTML5 page. */
  html: string;
  /** A title for the editor's tab: "Rapport de conformité — AO-2026-0142". */
  title: string;
}

/**
 * `tender/complianceReportHtml`: the compliance report of a document (issue 17), or of its dossier when
 * it has several files (one section for them all, whichever file is asked for), as one HTML page, built
 * from the analysis of its current text, or its last analysis when that one is not ready in time
 * (null before the first one). The file's fingerprint is the SHA-256 of the editor's text (UTF-8).
 */
const ComplianceReportHtmlRequest = new RequestType<ComplianceReportHtmlParams, ComplianceReportHtml | null, void>('tender/complianceReportHtml');

export const complianceReportHtml: Feature = ({ connection, service, analysedDocument }) => {
  connection.onRequest(ComplianceReportHtmlRequest, async (params, token) => {
    const uri = params.textDocument.uri;
    const analysis = (await analysedDocument(uri, token))?.analysis ?? service.lastAnalysis(uri);
    if (!analysis) return null;
    // Loaded on the first report: the report's modules and hashing are no part of the server's start.
    const [{ complianceReport }, { complianceHtml }, { PRODUCT }, { sha256 }] = await Promise.all([
      import('../../core/features/complianceReport.js'),
      import('../../core/features/complianceHtml.js'),
      import('../../node/product.js'),
      import('../../node/fingerprint.js'),
    ]);
    const name = fileName(uri);
    const report = complianceReport({
      ...analysis,
      file: { name, sha256: sha256(analysis.model.source) },
      relatedFiles: analysis.related.map((document) => ({ name: document.name, sha256: sha256(document.text) })),
      // A dossier's report names each file by its path from the dossier's folder, this one too.
      nameOf: (member) => member,
    });
    const locale = analysis.settings.locale;
    const html = complianceHtml({
      locale,
      checkedAt: new Date(),
      product: PRODUCT,
      reports: [report],
      ...(params.styleNonce && { styleNonce: params.styleNonce }),
    });
    const subject = report.header.numero ?? report.header.title ?? name;
    return { html, title: `${locale === 'fr' ? 'Rapport de conformité' : 'Compliance report'} — ${subject}` };
  });
};

/** The last segment of a URI's path, decoded ("ao-2026.md"); the URI itself when it has none. */
function fileName(uri: string): string {
  const end = uri.search(/[?#]/);
  const path = end === -1 ? uri : uri.slice(0, end);
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last) || uri;
  } catch {
    return last || uri;
  }
}
