import type { Locale } from '../../types.js';
import { articleLabel, headingLabel, headingsOf, regulation, type ResolvedCitation } from './index.js';
import type { Alinea, Article, Heading, Paragraph, RegulationDatabase } from './types.js';

/** Markdown-escapes regulation text (it holds "_" rules in formulas and "*"-free prose). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

const paragraphLine = (paragraph: Paragraph, emphasis: boolean): string[] => {
  const line = `${paragraph.number}° ${escapeMarkdown(paragraph.text)}`;
  return [emphasis ? `**${line}**` : line, ...paragraph.subparagraphs.map((sub) => `- ${sub.letter}) ${escapeMarkdown(sub.text)}`)];
};

function alineaMarkdown(alinea: Alinea, emphasised?: Paragraph): string[] {
  const blocks = [escapeMarkdown(alinea.text)];
  if (alinea.formula) blocks.push(['```text', ...alinea.formula, '```'].join('\n'));
  for (const paragraph of alinea.paragraphs) blocks.push(paragraphLine(paragraph, paragraph === emphasised).join('\n\n'));
  return blocks;
}

/** "Chapitre II — … › Section II — …": where the article sits. */
function placeOf(article: Article, locale: Locale, database: RegulationDatabase = regulation()): string {
  return headingsOf(article, database)
    .map((heading) => headingLabel(heading, locale))
    .join(' › ');
}

const STATUS: Record<Exclude<Article['status'], 'in-force'>, { fr: string; en: string }> = {
  abrogated: { fr: 'Article abrogé.', en: 'Repealed section.' },
  omitted: { fr: 'Article omis de la codification.', en: 'Section omitted from the consolidation.' },
};

/**
 * An article as hover Markdown: title line, place, the text (only the cited alinéa, or the cited
 * paragraph under its alinéa's opening words, in bold), history, LégisQuébec link.
 */
export function articleMarkdown(resolved: ResolvedCitation, locale: Locale, href: string, database: RegulationDatabase = regulation()): string {
  const { article, alinea, paragraph } = resolved;
  const fr = locale === 'fr';
  const title = [articleLabel(article, locale)];
  if (alinea) title.push(fr ? `al. ${alinea}` : `para. ${alinea}`);
  if (paragraph) title.push(fr ? `par. ${paragraph.number}°` : `subpara. ${paragraph.number}°`);
  const parts = [`**${escapeMarkdown(capitalise(title.join(', ')))}** — ${escapeMarkdown(database.title)}`];
  const place = placeOf(article, locale, database);
  if (place) parts.push(`*${escapeMarkdown(place)}*`);
  if (article.status !== 'in-force') parts.push(`*${STATUS[article.status][locale]}*`);
  if (paragraph && alinea) {
    const holder = article.alineas[alinea - 1];
    parts.push(escapeMarkdown(holder.text), ...paragraphLine(paragraph, true));
  } else if (alinea) {
    parts.push(...alineaMarkdown(article.alineas[alinea - 1]));
  } else {
    for (const each of article.alineas) parts.push(...alineaMarkdown(each));
  }
  if (article.history.length > 0) parts.push(`*${escapeMarkdown(article.history.join('; '))}*`);
  parts.push(`[${fr ? 'Lire sur LégisQuébec' : 'Read on LégisQuébec'}](${href}) · ${fr ? 'à jour au' : 'up to date as of'} ${database.version}`);
  return parts.join('\n\n');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The whole consolidation as a read-only Markdown document, with the line of each article and paragraph. */
export interface RegulationDocument {
  text: string;
  /** Line of each article (by key) and of each paragraph (`<key>.al<n>.<p>°` and `<key>.al<n>`). */
  lines: Map<string, number>;
}

const documents = new WeakMap<RegulationDatabase, RegulationDocument>();

export function regulationDocument(database: RegulationDatabase = regulation()): RegulationDocument {
  const cached = documents.get(database);
  if (cached) return cached;
  const out: string[] = [];
  const lines = new Map<string, number>();
  const push = (...texts: string[]) => {
    for (const text of texts) out.push(...text.split('\n'), '');
  };
  push(`# ${database.title}`, `RLRQ, chapitre ${database.regulation} — à jour au ${database.version} (texte officiel : LégisQuébec). Lecture seule.`);
  const shown = new Set<number>();
  const headingDepth = (heading: Heading): number => (heading.parent === undefined ? 2 : heading.kind === 'subdivision' ? 4 : 3);
  for (const article of database.articles) {
    const chain: number[] = [];
    for (let index = article.heading; index !== undefined; index = database.headings[index].parent) chain.unshift(index);
    for (const index of chain) {
      if (shown.has(index)) continue;
      shown.add(index);
      const heading = database.headings[index];
      push(`${'#'.repeat(headingDepth(heading))} ${headingLabel(heading, 'fr')}`);
      if (heading.references) push(`(${heading.references})`);
      if (heading.history.length > 0 && heading.kind !== 'annex') push(heading.history.join('; '));
    }
    lines.set(article.key, out.length);
    article.alineas.forEach((alinea, index) => {
      const key = `${article.key}.al${index + 1}`;
      lines.set(key, out.length);
      push(index === 0 ? `**${article.number}.** ${alinea.text}` : alinea.text);
      if (alinea.formula) push(['```text', ...alinea.formula, '```'].join('\n'));
      for (const paragraph of alinea.paragraphs) {
        lines.set(`${key}.${paragraph.number}°`, out.length);
        push(`${paragraph.number}° ${paragraph.text}`);
        for (const sub of paragraph.subparagraphs) push(`   ${sub.letter}) ${sub.text}`);
      }
    });
    if (article.history.length > 0) push(`*${article.history.join('; ')}*`);
    const annex = article.heading !== undefined ? database.headings[article.heading] : undefined;
    const lastOfAnnex = annex?.kind === 'annex' && database.articles[database.articles.indexOf(article) + 1]?.heading !== article.heading;
    if (lastOfAnnex && annex.history.length > 0) push(`*${annex.history.join('; ')}*`);
  }
  const document = { text: out.join('\n'), lines };
  documents.set(database, document);
  return document;
}
