import { RequestType } from 'vscode-languageserver';
import { conformityReport, type ConformityReport } from '../../core/index.js';
import type { Feature } from './context.js';

export interface ConformityParams {
  textDocument: { uri: string };
}

/** `tender/conformity`: every rule against the document's last analysis (null before the first one). */
export const ConformityRequest = new RequestType<ConformityParams, ConformityReport | null, void>('tender/conformity');

export const conformity: Feature = ({ connection, service }) => {
  connection.onRequest(ConformityRequest, (params) => {
    const analysis = service.lastAnalysis(params.textDocument.uri);
    return analysis ? conformityReport(analysis) : null;
  });
};
