import { RequestType } from '../protocol.js';
import { definition as definitionAt, regulationText } from '../../core/index.js';
import type { Feature } from './context.js';

export const definitionCapabilities = { definitionProvider: true };

interface RegulationTextParams {
  /** A `tender-reglement:` URI returned by go-to-definition. */
  uri: string;
}

/**
 * `tender/regulationText`: the read-only rendering (Markdown) of the regulation that
 * go-to-definition points into, for any editor; `null` for an unknown URI.
 */
const REGULATION_TEXT_REQUEST = new RequestType<RegulationTextParams, { text: string } | null, void>('tender/regulationText');

/** Go to definition on a citation: the article in the rendering of the regulation. */
export const definition: Feature = ({ connection, currentModel }) => {
  connection.onDefinition(async (params, token) => {
    const current = await currentModel(params.textDocument.uri, token);
    return (current && definitionAt(current.model, current.document.offsetAt(params.position))) ?? null;
  });
  connection.onRequest(REGULATION_TEXT_REQUEST, (params) => {
    const text = regulationText(params.uri);
    return text === undefined ? null : { text };
  });
};
