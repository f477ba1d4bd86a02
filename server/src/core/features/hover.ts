import type { DocumentModel } from '../document/model.js';
import { fieldAt, type FieldSchema, type ValueSchema } from '../document/schema.js';
import { citationHref, formatCitation, parseCitationId } from '../legal/citations.js';
import { articleLabel, articleSummary, findArticle, regulation, resolveCitation, shorten } from '../legal/regulation/index.js';
import { articleMarkdown, escapeMarkdown } from '../legal/regulation/render.js';
import { findCitations, type TextCitation } from '../legal/textCitations.js';
import { FORMAT_CITATION, type Finding, type Locale, type Range } from '../types.js';
import { keyAt } from './frontMatterPath.js';

export interface HoverData {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** Units whose text may cite the regulation (not code, comments or the front-matter). */
const PROSE = new Set(['heading', 'paragraph', 'listItem', 'tableRow']);

/** Citations written in the document body, with document offsets. */
export function bodyCitationAt(model: DocumentModel, offset: number): TextCitation | undefined {
  for (const unit of model.units) {
    if (!PROSE.has(unit.kind) || offset < unit.start || offset > unit.end) continue;
    const text = model.text.slice(unit.start, unit.end);
    const hit = findCitations(text).find(
      (citation) => citation.start + unit.start <= offset && offset <= citation.end + unit.start && !ownNumbering(text, citation),
    );
    if (hit) return { ...hit, start: hit.start + unit.start, end: hit.end + unit.start };
  }
  return undefined;
}

/**
 * "ARTICLE 4 – GARANTIE" opening a heading or a line numbers the tender's own articles: it does not
 * cite the regulation.
 */
function ownNumbering(text: string, citation: TextCitation): boolean {
  return /^[\s#>*_+-]*$/.test(text.slice(0, citation.start)) && /^[\s*_]{0,3}[-–—:.)]/.test(text.slice(citation.end));
}

/**
 * Hover: on a citation, the cited text; on a front-matter key, its documentation; on a finding's
 * range, the finding and the text it cites.
 */
export function hover(model: DocumentModel, offset: number, findings: readonly Finding[], locale: Locale): HoverData | undefined {
  const toRange = (start: number, end: number): Range => ({ start: model.lines.positionAt(start), end: model.lines.positionAt(end) });
  if (model.frontMatter && offset >= model.frontMatter.range.start && offset < model.frontMatter.range.end) {
    const key = keyAt(model.frontMatter, offset);
    const schema = key && fieldAt(key.path);
    if (key && schema)
      return {
        contents: fieldMarkdown(key.path.filter((part) => typeof part === 'string').join('.'), schema, locale),
        range: toRange(key.range.start, key.range.end),
      };
  } else {
    // `<!-- tender-ignore 4.3° : raison -->` names a provision by its id.
    const ignore = model.ignores.find((directive) => directive.range.start <= offset && offset <= directive.range.end);
    const ignored = ignore && citationMarkdown(ignore.citation, locale);
    if (ignore && ignored) return { contents: ignored, range: toRange(ignore.range.start, ignore.range.end) };
    const citation = bodyCitationAt(model, offset);
    if (citation) {
      const contents = citationMarkdown(citation.id, locale, citation.through);
      if (contents) return { contents, range: toRange(citation.start, citation.end) };
    }
  }
  const position = model.lines.positionAt(offset);
  const under = findings.filter((finding) => contains(finding.range, position));
  if (under.length === 0) return undefined;
  return { contents: under.length === 1 ? findingMarkdown(under[0], locale) : findingsMarkdown(under, locale), range: under[0].range };
}

/** The cited provision as Markdown; for a range of articles, the first one's text and the others' openings. */
function citationMarkdown(id: string, locale: Locale, through?: string): string | undefined {
  const citation = parseCitationId(id);
  const resolved = citation && resolveCitation(citation);
  if (!resolved) return undefined;
  const text = articleMarkdown(resolved, locale, citationHref(id, locale));
  const last = through ? findArticle(through) : undefined;
  if (!last) return text;
  const { articles } = regulation();
  const others = articles.slice(articles.indexOf(resolved.article) + 1, articles.indexOf(last) + 1);
  const list = others.map((article) => `- **${escapeMarkdown(articleLabel(article, locale))}** — ${escapeMarkdown(articleSummary(article))}`);
  return `${text}\n\n---\n\n${list.join('\n')}`;
}

const SEVERITY: Record<Finding['severity'], { fr: string; en: string }> = {
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Avertissement', en: 'Warning' },
  information: { fr: 'Information', en: 'Information' },
  hint: { fr: 'Suggestion', en: 'Hint' },
};

function findingMarkdown(finding: Finding, locale: Locale): string {
  const cites = finding.citation === FORMAT_CITATION ? '' : ` · ${escapeMarkdown(formatCitation(finding.citation, locale))}`;
  const head = `**${SEVERITY[finding.severity][locale]}** · \`${finding.rule}\`${cites}\n\n${linkCitations(finding.message, locale)}`;
  const cited = citationMarkdown(finding.citation, locale);
  return cited ? `${head}\n\n---\n\n${cited}` : head;
}

/**
 * Several findings on one line: a paragraph each (severity, linked citation, message, rule), then the
 * text of each article they cite, once: the cited paragraph when it is the article's only one cited,
 * else the alinéa (or the article) that holds them all.
 */
function findingsMarkdown(findings: readonly Finding[], locale: Locale): string {
  const paragraphs = findings.map((finding) => {
    const cites =
      finding.citation === FORMAT_CITATION ? '' : ` · [${escapeMarkdown(formatCitation(finding.citation, locale))}](${citationHref(finding.citation, locale)})`;
    return `**${SEVERITY[finding.severity][locale]}**${cites} — ${linkCitations(finding.message, locale)} \`${finding.rule}\``;
  });
  const byArticle = new Map<string, Set<string>>();
  for (const { citation } of findings) {
    const parsed = parseCitationId(citation);
    if (!parsed || !resolveCitation(parsed)) continue;
    const article = parsed.annex ? `A${parsed.annex}.${parsed.article}` : parsed.article;
    byArticle.set(article, (byArticle.get(article) ?? new Set()).add(citation));
  }
  const texts = [...byArticle].map(([article, citations]) => {
    if (citations.size === 1) return citationMarkdown([...citations][0], locale);
    const alineas = new Set([...citations].map((citation) => resolveCitation(parseCitationId(citation)!)?.alinea));
    const [alinea] = alineas;
    return citationMarkdown(alineas.size === 1 && alinea !== undefined ? `${article}.al${alinea}` : article, locale);
  });
  return [paragraphs.join('\n\n'), ...texts.filter((text) => text !== undefined)].join('\n\n---\n\n');
}

/** Escaped Markdown of a text whose citations of the regulation ("art. 4, al. 2, par. 6°") link to LégisQuébec. */
export function linkCitations(text: string, locale: Locale): string {
  let markdown = '';
  let from = 0;
  for (const citation of findCitations(text)) {
    markdown += `${escapeMarkdown(text.slice(from, citation.start))}[${escapeMarkdown(text.slice(citation.start, citation.end))}](${citationHref(citation.id, locale)})`;
    from = citation.end;
  }
  return markdown + escapeMarkdown(text.slice(from));
}

/** Documentation of a front-matter key: meaning, allowed values, the provisions that use it. */
export function fieldMarkdown(name: string, schema: FieldSchema, locale: Locale): string {
  const fr = locale === 'fr';
  const parts = [`**\`${name}\`** — ${escapeMarkdown(schema.description[locale])}`];
  parts.push(`${fr ? 'Valeur :' : 'Value:'} ${describeValue(schema.value, locale)}`);
  const cited = schema.citations.map((id) => {
    const citation = parseCitationId(id);
    const resolved = citation && resolveCitation(citation);
    const opening = resolved && (resolved.paragraph ? shorten(resolved.paragraph.text, 80) : articleSummary(resolved.article, 80));
    const summary = opening ? ` — ${escapeMarkdown(opening)}` : '';
    return `- [${escapeMarkdown(formatCitation(id, locale))}](${citationHref(id, locale)})${summary}`;
  });
  if (cited.length > 0) parts.push(`${fr ? 'Dispositions :' : 'Provisions:'}\n\n${cited.join('\n')}`);
  return parts.join('\n\n');
}

export function describeValue(value: ValueSchema, locale: Locale): string {
  const fr = locale === 'fr';
  switch (value.kind) {
    case 'string':
      return fr ? 'texte' : 'text';
    case 'enum':
      return value.values.map((each) => `\`${each}\``).join(', ');
    case 'date':
      return fr ? 'date `AAAA-MM-JJ`' : 'date `YYYY-MM-DD`';
    case 'time':
      return fr ? 'heure `HH:MM`' : 'time `HH:MM`';
    case 'amount':
      return fr ? 'montant en dollars (`480 000 $` ou `480000`)' : 'amount in dollars (`480 000 $` or `480000`)';
    case 'integer':
    case 'number': {
      const noun = value.kind === 'integer' ? (fr ? 'entier' : 'integer') : fr ? 'nombre' : 'number';
      const bounds = [value.minimum !== undefined ? `≥ ${value.minimum}` : '', value.maximum !== undefined ? `≤ ${value.maximum}` : '']
        .filter(Boolean)
        .join(', ');
      return bounds ? `${noun} (${bounds})` : noun;
    }
    case 'boolean':
      return '`true` / `false`';
    case 'object':
      return `${fr ? 'objet :' : 'object:'} ${Object.keys(value.fields)
        .map((key) => `\`${key}\``)
        .join(', ')}`;
    case 'list':
      return `${fr ? 'liste de' : 'list of'} ${describeValue(value.items, locale)}`;
    case 'choice':
      return value.options.map((option) => describeValue(option, locale)).join(fr ? ', ou ' : ', or ');
  }
}

function contains(range: Range, position: Range['start']): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
