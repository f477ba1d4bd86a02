import type { Locale } from '../types.js';
import { findArticle, paragraphAlineaOf } from './regulation/index.js';

/**
 * Canonical citation ids (SPEC §5): `4.6°` paragraph 6° of art. 4, `4.2.1°` paragraph 2.1°,
 * `7.al2` an alinéa, `7.1` article 7.1, `A2.9` annex 2 art. 9.
 */
export interface Citation {
  id: string;
  article: string;
  annex?: number;
  alinea?: number;
  paragraph?: string;
}

const CITATION_ID = /^(?:A([12])\.)?(\d+(?:\.\d+)*?)(?:\.al(\d+))?(?:\.(\d+(?:\.\d+)?)°)?$/;

export function parseCitationId(id: string): Citation | undefined {
  const match = CITATION_ID.exec(id);
  if (!match) return undefined;
  const citation: Citation = { id, article: match[2] };
  if (match[1]) citation.annex = Number(match[1]);
  if (match[3]) citation.alinea = Number(match[3]);
  if (match[4]) citation.paragraph = match[4];
  return citation;
}

/**
 * The alinéa that holds an article's numbered paragraphs, read from the article database
 * (art. 4: "Cet avis … indique: 1° …" is its second alinéa).
 */
export function paragraphAlinea(article: string, annex?: number): number {
  const found = findArticle(annex ? `A${annex}.${article}` : article);
  return found ? paragraphAlineaOf(found) : 1;
}

export function formatCitation(id: string, locale: Locale): string {
  const citation = parseCitationId(id);
  if (!citation) return id;
  const fr = locale === 'fr';
  if (citation.annex) return fr ? `annexe ${citation.annex}, art. ${citation.article}` : `Annex ${citation.annex}, s. ${citation.article}`;
  const parts = [fr ? `art. ${citation.article}` : `s. ${citation.article}`];
  const alinea = citation.alinea ?? (citation.paragraph ? paragraphAlinea(citation.article) : undefined);
  if (alinea) parts.push(fr ? `al. ${alinea}` : `para. ${alinea}`);
  if (citation.paragraph) parts.push(fr ? `par. ${citation.paragraph}°` : `subpara. ${citation.paragraph}°`);
  return parts.join(', ');
}

const LEGISQUEBEC = {
  fr: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-65.1,%20r.%204',
  en: 'https://www.legisquebec.gouv.qc.ca/en/document/cr/C-65.1,%20r.%204',
};

/** LégisQuébec marks each article with an anchor `se:<number>` (`se:7_1` for article 7.1). */
export function citationHref(id: string, locale: Locale = 'fr'): string {
  const citation = parseCitationId(id);
  if (!citation || citation.annex) return LEGISQUEBEC[locale];
  return `${LEGISQUEBEC[locale]}#se:${citation.article.replace(/\./g, '_')}`;
}
