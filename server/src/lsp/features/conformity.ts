import { RequestType } from '../protocol.js';
import { conformityReport, type ConformityReport } from '../../core/index.js';
import type { Feature } from './context.js';

export interface ConformityParams {
  textDocument: { uri: string };
}

/**
 * `tender/conformity`: every rule against the analysis of the document's current text, or its last
 * analysis when that one is not ready in time (null before the first one).
 */
export const ConformityRequest = new RequestType<ConformityParams, ConformityReport | null, void>('tender/conformity');

export const conformity: Feature = ({ connection, service, analysedDocument }) => {
  connection.onRequest(ConformityRequest, async (params) => {
    const analysis = (await analysedDocument(params.textDocument.uri))?.analysis ?? service.lastAnalysis(params.textDocument.uri);
    return analysis ? conformityReport(analysis) : null;
  });
};
