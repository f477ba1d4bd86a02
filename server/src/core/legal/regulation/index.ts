import consolidation20160301 from '../../../../data/regulations/C-65.1-r4/2016-03-01.json' with { type: 'json' };
import type { Locale } from '../../types.js';
import type { Article, Heading, Paragraph, RegulationDatabase } from './types.js';

export type * from './types.js';

/** Consolidations shipped with the product, by version; another one is one more generated file. */
export const REGULATIONS: Readonly<Record<string, RegulationDatabase>> = {
  '2016-03-01': consolidation20160301 as RegulationDatabase,
};

export const CURRENT_VERSION = '2016-03-01';

export function regulation(version: string = CURRENT_VERSION): RegulationDatabase {
  const database = REGULATIONS[version];
  if (!database) throw new Error(`Unknown consolidation of the regulation: ${version}`);
  return database;
}

const indexes = new WeakMap<RegulationDatabase, Map<string, Article>>();

export function findArticle(key: string, database: RegulationDatabase = regulation()): Article | undefined {
  let index = indexes.get(database);
  if (!index) indexes.set(database, (index = new Map(database.articles.map((article) => [article.key, article]))));
  return index.get(key);
}

/** 1-based number of the alinéa that holds an article's numbered paragraphs (the first one that has any). */
export function paragraphAlineaOf(article: Article): number {
  const index = article.alineas.findIndex((alinea) => alinea.paragraphs.length > 0);
  return index < 0 ? 1 : index + 1;
}

/** What a citation designates in the text: the article, and the alinéa and paragraph when cited. */
export interface ResolvedCitation {
  article: Article;
  /** 1-based alinéa number. */
  alinea?: number;
  paragraph?: Paragraph;
}

export function resolveCitation(
  citation: { article: string; annex?: number; alinea?: number; paragraph?: string },
  database: RegulationDatabase = regulation(),
): ResolvedCitation | undefined {
  const article = findArticle(citation.annex ? `A${citation.annex}.${citation.article}` : citation.article, database);
  if (!article) return undefined;
  if (citation.paragraph === undefined) {
    if (citation.alinea === undefined) return { article };
    return citation.alinea <= article.alineas.length ? { article, alinea: citation.alinea } : undefined;
  }
  const alinea = citation.alinea ?? paragraphAlineaOf(article);
  const paragraph = article.alineas[alinea - 1]?.paragraphs.find((candidate) => candidate.number === citation.paragraph);
  return paragraph ? { article, alinea, paragraph } : undefined;
}

/** The headings an article sits under, outermost first. */
export function headingsOf(article: Article, database: RegulationDatabase = regulation()): Heading[] {
  const chain: Heading[] = [];
  for (let index = article.heading; index !== undefined; index = database.headings[index].parent) chain.unshift(database.headings[index]);
  return chain;
}

const KIND_LABEL: Record<Heading['kind'], { fr: string; en: string }> = {
  chapter: { fr: 'Chapitre', en: 'Chapter' },
  section: { fr: 'Section', en: 'Division' },
  subdivision: { fr: '§', en: '§' },
  annex: { fr: 'Annexe', en: 'Annex' },
  transitional: { fr: '', en: '' },
  'transitional-group': { fr: '', en: '' },
};

/** "Chapitre II — APPEL D’OFFRES PUBLIC" (the titles exist in French only). */
export function headingLabel(heading: Heading, locale: Locale): string {
  if (heading.kind === 'transitional') return locale === 'fr' ? 'Dispositions transitoires' : 'Transitional provisions';
  if (heading.kind === 'transitional-group') return `${heading.number} (${heading.title})`;
  const label = KIND_LABEL[heading.kind][locale];
  return heading.kind === 'subdivision' ? `§ ${heading.number}. — ${heading.title}` : `${label} ${heading.number} — ${heading.title}`;
}

/** How an article is named in French or English: "art. 7.1", "annexe 2, art. 9", "D. 430-2013, art. 21". */
export function articleLabel(article: Article, locale: Locale): string {
  const fr = locale === 'fr';
  if (article.annex !== undefined) return fr ? `annexe ${article.annex}, art. ${article.number}` : `Annex ${article.annex}, s. ${article.number}`;
  if (article.transitional) return fr ? `${article.transitional}, art. ${article.number}` : `${article.transitional}, s. ${article.number}`;
  return fr ? `art. ${article.number}` : `s. ${article.number}`;
}

/** A short title for lists (the regulation's articles have none): the start of its first alinéa. */
export function articleSummary(article: Article, length = 90): string {
  return shorten(article.alineas[0]?.text ?? '', length);
}

/** The text cut at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > 40 ? cut : length)} …`;
}
