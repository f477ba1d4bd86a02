import type { DocumentModel } from '../document/model.js';
import { parseCitationId } from '../legal/citations.js';
import { CURRENT_VERSION, REGULATIONS, regulation, resolveCitation } from '../legal/regulation/index.js';
import { regulationDocument } from '../legal/regulation/render.js';
import type { Range } from '../types.js';
import { bodyCitationAt } from './hover.js';

/** URI scheme of the read-only rendering of the regulation (served by `tender/regulationText`). */
export const REGULATION_SCHEME = 'tender-reglement';

export const regulationUri = (version: string = CURRENT_VERSION): string => `${REGULATION_SCHEME}:/C-65.1-r4/${version}.md`;

/** The rendering of a consolidation for a `tender-reglement:` URI, or undefined for any other URI. */
export function regulationText(uri: string): string | undefined {
  const match = /^tender-reglement:\/C-65\.1-r4\/(\d{4}-\d{2}-\d{2})\.md$/.exec(uri);
  const database = match ? REGULATIONS[match[1]] : undefined;
  return database ? regulationDocument(database).text : undefined;
}

export interface LocationData {
  uri: string;
  range: Range;
}

/** Go to definition on a citation: its article (or paragraph, or alinéa) in the rendering of the regulation. */
export function definition(model: DocumentModel, offset: number): LocationData | undefined {
  const citation = bodyCitationAt(model, offset);
  const parsed = citation && parseCitationId(citation.id);
  const resolved = parsed && resolveCitation(parsed);
  if (!resolved) return undefined;
  const { lines, text } = regulationDocument(regulation());
  let key = resolved.article.key;
  if (resolved.alinea) key += `.al${resolved.alinea}`;
  if (resolved.paragraph) key += `.${resolved.paragraph.number}°`;
  const line = lines.get(key) ?? lines.get(resolved.article.key) ?? 0;
  const length = text.split('\n', line + 1)[line]?.length ?? 0;
  return { uri: regulationUri(), range: { start: { line, character: 0 }, end: { line, character: length } } };
}
