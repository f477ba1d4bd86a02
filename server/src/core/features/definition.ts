import type { DocumentModel } from '../document/model.js';
import { parseCitationId } from '../legal/citations.js';
import { CURRENT_VERSION, REGULATIONS, regulation, resolveCitation } from '../legal/regulation/index.js';
import { regulationDocument } from '../legal/regulation/render.js';
import type { Range } from '../types.js';
import { fieldAt } from '../document/schema.js';
import { keyAt } from './frontMatterPath.js';
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

/** The citation id under an offset: a citation in the body, an ignore directive's, or a front-matter key's first provision. */
function citedAt(model: DocumentModel, offset: number): string | undefined {
  const frontMatter = model.frontMatter;
  if (frontMatter && offset >= frontMatter.range.start && offset < frontMatter.range.end) {
    const key = keyAt(frontMatter, offset);
    return key && fieldAt(key.path)?.citations[0];
  }
  const ignore = model.ignores.find((directive) => directive.range.start <= offset && offset <= directive.range.end);
  return ignore?.citation ?? bodyCitationAt(model, offset)?.id;
}

/** Go to definition on a citation: its article (or paragraph, or alinéa) in the rendering of the regulation. */
export function definition(model: DocumentModel, offset: number): LocationData | undefined {
  const parsed = parseCitationId(citedAt(model, offset) ?? '');
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
