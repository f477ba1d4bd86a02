import type { DocumentModel } from '../document/model.js';
import { FRONT_MATTER_SCHEMA, fieldAt, objectFields, type FieldSchema, type ValueSchema } from '../document/schema.js';
import { citationHref, formatCitation } from '../legal/citations.js';
import { CLAUSES, clauseSnippet, renderClause, type Clause } from '../legal/clauses.js';
import { articleSummary, headingLabel, regulation, shorten } from '../legal/regulation/index.js';
import { articleMarkdown, escapeMarkdown } from '../legal/regulation/render.js';
import type { Locale, Range } from '../types.js';
import { describeValue, fieldMarkdown } from './hover.js';

export interface CompletionData {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'snippet';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Replaces `range`; a snippet when `snippet` is set. */
  insertText: string;
  snippet?: boolean;
  filterText?: string;
  sortText?: string;
  range: Range;
}

/** Characters after which the client should ask for completions ("art. |", "clé: |"). */
export const COMPLETION_TRIGGERS = [' ', '.', ':'];

/**
 * Completion: front-matter keys and values from the schema; article numbers after "art. ";
 * catalogue clauses at the start of a line of the body.
 */
export function completion(model: DocumentModel, offset: number, locale: Locale): CompletionData[] {
  const lineStart = model.text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = model.text.slice(lineStart, offset);
  const replace = (length: number): Range => ({ start: model.lines.positionAt(offset - length), end: model.lines.positionAt(offset) });
  const frontMatter = model.frontMatter;
  if (frontMatter) {
    const contentEnd = frontMatter.contentOffset + frontMatter.source.length;
    if (offset >= frontMatter.contentOffset && offset <= contentEnd)
      return frontMatterCompletion(model.text.slice(frontMatter.contentOffset, lineStart), prefix, replace, locale);
    if (offset < frontMatter.range.end) return [];
  }
  const article = /(?<![\p{L}\d])(?:annexe\s{1,3}([12])\s{0,3},?\s{0,3})?(?:art\.|articles?|a\.)\s{0,3}(\d+(?:\.\d*)*)?$/iu.exec(prefix);
  if (article) return articleCompletion(replace((article[2] ?? '').length), article[1] ? Number(article[1]) : undefined, locale);
  const word = /^\s*(?:[-*+]\s+|>\s*)?([\p{L}-]*)$/u.exec(prefix);
  if (word) return clauseCompletion(replace(word[1].length), locale);
  return [];
}

const KEY_LINE = /^(\s*)(-\s+)?([\w-]+):[ \t]*(?![ \t])(.*)$/;

/** Key path of the maps enclosing a line at a column, read from the lines above (works on unfinished YAML). */
function parentPath(linesAbove: string[], column: number): string[] {
  const path: string[] = [];
  let limit = column;
  for (let i = linesAbove.length - 1; i >= 0 && limit > 0; i--) {
    const match = KEY_LINE.exec(linesAbove[i]);
    if (!match) continue;
    const keyColumn = match[1].length + (match[2]?.length ?? 0);
    if (keyColumn >= limit) continue;
    // A key with a value on its line holds no nested map.
    if (match[4].trim() !== '') break;
    path.unshift(match[3]);
    limit = keyColumn;
  }
  return path;
}

function frontMatterCompletion(above: string, prefix: string, replace: (length: number) => Range, locale: Locale): CompletionData[] {
  const linesAbove = above === '' ? [] : above.replace(/\n$/, '').split('\n');
  const keyTyped = /^(\s*)(-\s+)?([\w-]*)$/.exec(prefix);
  if (keyTyped) {
    const column = keyTyped[1].length + (keyTyped[2]?.length ?? 0);
    const path = parentPath(linesAbove, column);
    const fields = path.length === 0 ? FRONT_MATTER_SCHEMA : objectFields(fieldAt(path)?.value ?? { kind: 'string' });
    if (!fields) return [];
    // Top-level keys already written are not offered again.
    const present = new Set<string>();
    if (column === 0) for (const line of linesAbove) if (/^[\w-]+:/.test(line)) present.add(line.slice(0, line.indexOf(':')));
    return Object.entries(fields)
      .filter(([key]) => !present.has(key))
      .map(([key, schema], index) => ({
        label: key,
        kind: 'property',
        detail: describeValue(schema.value, locale).replace(/`/g, ''),
        documentation: fieldMarkdown([...path, key].join('.'), schema, locale),
        insertText: keyInsertText(key, schema, column),
        sortText: String(index).padStart(3, '0'),
        range: replace(keyTyped[3].length),
      }));
  }
  const valueTyped = KEY_LINE.exec(prefix);
  if (!valueTyped || /["'{[]/.test(valueTyped[4])) return [];
  const column = valueTyped[1].length + (valueTyped[2]?.length ?? 0);
  const path = [...parentPath(linesAbove, column), valueTyped[3]];
  const schema = fieldAt(path);
  if (!schema) return [];
  return valuesOf(schema.value).map((value) => ({
    label: value,
    kind: 'value',
    detail: path.join('.'),
    documentation: fieldMarkdown(path.join('.'), schema, locale),
    insertText: value,
    range: replace(valueTyped[4].length),
  }));
}

function keyInsertText(key: string, schema: FieldSchema, column: number): string {
  const indent = ' '.repeat(column + 2);
  if (schema.value.kind === 'object') return `${key}:\n${indent}`;
  if (schema.value.kind === 'list' && schema.value.items.kind === 'object') return `${key}:\n${indent}- `;
  return `${key}: `;
}

function valuesOf(value: ValueSchema): string[] {
  if (value.kind === 'enum') return [...value.values];
  if (value.kind === 'boolean') return ['true', 'false'];
  if (value.kind === 'choice') return value.options.flatMap(valuesOf);
  return [];
}

/** The articles of the regulation in force, or those of an annex ("annexe 2, art. "). */
function articleCompletion(range: Range, annex: number | undefined, locale: Locale): CompletionData[] {
  const database = regulation();
  return database.articles
    .filter((article) => article.annex === annex && !article.transitional && article.status === 'in-force')
    .map((article, index) => {
      const heading = article.heading !== undefined ? database.headings[article.heading] : undefined;
      return {
        label: article.number,
        kind: 'reference',
        detail: heading ? `${articleSummary(article, 60)} (${shorten(headingLabel(heading, locale), 60)})` : articleSummary(article, 60),
        documentation: articleMarkdown({ article }, locale, citationHref(article.key, locale), database),
        insertText: article.number,
        filterText: article.number,
        sortText: String(index).padStart(3, '0'),
        range,
      };
    });
}

function clauseCompletion(range: Range, locale: Locale): CompletionData[] {
  return Object.values(CLAUSES).map((clause: Clause) => ({
    label: clause.title[locale],
    kind: 'snippet',
    detail: `Clause — ${formatCitation(clause.citation, locale)}`,
    documentation: escapeMarkdown(renderClause(clause, locale)),
    insertText: clauseSnippet(clause, locale),
    snippet: true,
    filterText: `${clause.id} ${clause.title[locale]}`,
    range,
  }));
}
