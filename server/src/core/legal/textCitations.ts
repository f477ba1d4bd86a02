import { parseCitationId, paragraphAlinea } from './citations.js';
import { findArticle, regulation, resolveCitation, type RegulationDatabase } from './regulation/index.js';

/** A citation of the regulation written in a text. Offsets are relative to the text scanned. */
export interface TextCitation {
  start: number;
  end: number;
  /** Canonical citation id (SPEC §5); a paragraph of another alinéa than the paragraphs' one is `28.al3.2°`. */
  id: string;
  /** For a range ("articles 10 à 15.1"): the id of its last article. */
  through?: string;
  /** The text names this regulation right after it (« … du Règlement », "… of the Regulation"), not only its number. */
  named?: true;
}

const APOS = "['’]";
const NUMBER = String.raw`\d+(?:\.\d+)*`;
const ORDINAL = String.raw`premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me`;
const ARTICLE_WORD = String.raw`(?:articles?|art\.|a\.)`;
/** Where a citation may start; each candidate is then parsed by the sticky patterns below. */
const ANCHOR = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:paragraphes?|par\.|(?:${ORDINAL})\s{1,3}alin[ée]a|al\.|annexe|articles?|art\.|a\.|annex|sections?|ss?\.)`,
  'giu',
);

// Bounded gaps and no nested quantifiers (linear matching), applied at an anchor with the sticky flag.
const PARAGRAPH = new RegExp(
  String.raw`(?:paragraphe|par\.)\s{0,3}(\d+(?:\.\d+)?)(?:\s{0,3}°)?` +
    String.raw`(?:\s{0,3},?\s{0,3}(?:du\s{1,3})?(${ORDINAL})\s{1,3}alin[ée]a|\s{0,3},\s{0,3}al\.\s{0,3}(\d+))?` +
    String.raw`\s{0,3},?\s{0,3}(?:de\s{1,3}l${APOS}\s{0,3}|du\s{1,3})?${ARTICLE_WORD}\s{0,3}(${NUMBER})(?![\d°])`,
  'iuy',
);
const ALINEA = new RegExp(
  String.raw`(?:(${ORDINAL})\s{1,3}alin[ée]a|al\.\s{0,3}(\d+))\s{0,3},?\s{0,3}(?:de\s{1,3}l${APOS}\s{0,3}|du\s{1,3})?${ARTICLE_WORD}\s{0,3}(${NUMBER})(?![\d°])`,
  'iuy',
);
const ANNEX_FIRST = new RegExp(String.raw`annexe\s{1,3}([12])\s{0,3},?\s{0,3}${ARTICLE_WORD}\s{0,3}(${NUMBER})(?![\d°])`, 'iuy');
// eslint-disable-next-line regexp/no-useless-non-capturing-group -- ARTICLE_WORD is one shared group, here captured whole
const ARTICLE = new RegExp(String.raw`(${ARTICLE_WORD})\s{0,3}(${NUMBER})(°?)(?![\d\p{L}])`, 'iuy');
/** SPEC §5 display form after the article: ", al. 2" and/or ", par. 6°". */
const DISPLAY_TAIL =
  /\s{0,3},\s{0,3}al\.\s{0,3}(\d+)(?:\s{0,3},\s{0,3}par\.\s{0,3}(\d+(?:\.\d+)?)\s{0,3}°)?|\s{0,3},\s{0,3}par\.\s{0,3}(\d+(?:\.\d+)?)\s{0,3}°/iuy;
const LIST_ITEM = new RegExp(
  String.raw`(?:\s{0,3},\s{0,3}|\s{1,3}(?:et|ou)\s{1,3}(?:les?\s{1,3})?(?:articles?\s{1,3}|art\.\s{0,3})?)(${NUMBER})(?![\d°\p{L}])`,
  'iuy',
);
const RANGE_END = new RegExp(String.raw`\s{1,3}(?:à|au)\s{1,3}(?:l${APOS}\s{0,3})?(?:article\s{1,3}|art\.\s{0,3})?(${NUMBER})(?![\d°\p{L}])`, 'iuy');
const ANNEX_SUFFIX = new RegExp(String.raw`\s{1,3}de\s{1,3}l${APOS}\s{0,3}annexe\s{1,3}([12])(?!\d)`, 'iuy');
/** "… de la Loi", "… du devis": the number belongs to another text. */
const OTHER_TEXT = new RegExp(String.raw`\s{1,3}(?:de\s{1,3}la|du|des|de\s{1,3}l${APOS}|de\s{1,3}ce(?:tte|s)?)\s{0,3}(\p{L}+)(?:\s{1,3}(\p{L}+))?`, 'iuy');
// English: the product's own display form ("s. 4, para. 2, subpara. 6°", "Annex 2, s. 9") and the
// English version's "section 16 of the Regulation". A bare "section 5" is a tender's own numbering.
const EN_SECTION = new RegExp(String.raw`(ss?\.|sections?)\s{0,3}(${NUMBER})(?![\d\p{L}])`, 'iuy');
const EN_TAIL =
  /\s{0,3},\s{0,3}para\.\s{0,3}(\d+)(?:\s{0,3},\s{0,3}subpara\.\s{0,3}(\d+(?:\.\d+)?)\s{0,3}°?)?|\s{0,3},\s{0,3}subpara\.\s{0,3}(\d+(?:\.\d+)?)\s{0,3}°?/iuy;
const EN_RANGE_END = new RegExp(String.raw`\s{1,3}to\s{1,3}(?:s\.\s{0,3}|section\s{1,3})?(${NUMBER})(?![\d°\p{L}])`, 'iuy');
const EN_ANNEX = new RegExp(String.raw`annex\s{1,3}([12])\s{0,3},?\s{0,3}(?:s\.|section)\s{0,3}(${NUMBER})(?![\d°\p{L}])`, 'iuy');
/** "… of the Regulation", "… of this Regulation": the regulation; "… of the Act", "… of the contract": another text. */
const EN_OF = /\s{1,3}of\s{1,3}(?:the|this)\s{1,3}(\p{L}+)/iuy;

/** A history line ("D. 430-2013, a. 4") cites the amending decree's article, not the regulation's. */
const AFTER_DECREE = /\d{4}\s{0,3},\s{0,3}$/;

const ORDINAL_VALUE: Record<string, number> = {
  premier: 1,
  premiere: 1,
  second: 2,
  seconde: 2,
  deuxieme: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
};
const ordinal = (word: string): number => ORDINAL_VALUE[word.toLowerCase().replace(/è/g, 'e')];

/**
 * Finds the citations of the regulation in a text: SPEC §5 display forms ("art. 4, al. 2, par. 6°")
 * and the regulation's own wordings ("paragraphe 6 du deuxième alinéa de l'article 4",
 * "articles 10 à 15.1", "l'article 4 de l'annexe 2", "annexe 2, art. 8", "a. 9.1"). Only provisions
 * that exist in the consolidation are returned; a number qualified by another text ("article 2 de
 * la Loi", "article 3 du devis") is not a citation of the regulation.
 */
export function findCitations(text: string, database: RegulationDatabase = regulation()): TextCitation[] {
  const found: TextCitation[] = [];
  ANCHOR.lastIndex = 0;
  for (let anchor = ANCHOR.exec(text); anchor; anchor = ANCHOR.exec(text)) {
    const at = anchor.index;
    const parsed = parseAt(text, at, database);
    if (!parsed) continue;
    if (!parsed.foreign) found.push(...parsed.citations);
    // Whatever the phrase cited (even another text), its words are not read again.
    ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, parsed.end);
  }
  return found;
}

interface Parsed {
  citations: TextCitation[];
  end: number;
  foreign: boolean;
}

/** A sticky pattern's match at `from` (its `lastIndex` is then the match's end). */
function sticky(pattern: RegExp, text: string, from: number): RegExpExecArray | null {
  pattern.lastIndex = from;
  return pattern.exec(text);
}

function parseAt(text: string, at: number, database: RegulationDatabase): Parsed | undefined {
  const paragraph = sticky(PARAGRAPH, text, at);
  if (paragraph) {
    const alinea = paragraph[2] ? ordinal(paragraph[2]) : paragraph[3] ? Number(paragraph[3]) : undefined;
    return finish(text, at, PARAGRAPH.lastIndex, (annex) => paragraphId(paragraph[4], paragraph[1], alinea, annex, database));
  }
  const alinea = sticky(ALINEA, text, at);
  if (alinea) {
    const number = alinea[1] ? ordinal(alinea[1]) : Number(alinea[2]);
    return finish(text, at, ALINEA.lastIndex, (annex) => (annex ? undefined : valid(`${alinea[3]}.al${number}`, database)));
  }
  const annexFirst = sticky(ANNEX_FIRST, text, at);
  if (annexFirst) {
    const id = valid(`A${annexFirst[1]}.${annexFirst[2]}`, database);
    return { citations: id ? [{ start: at, end: ANNEX_FIRST.lastIndex, id }] : [], end: ANNEX_FIRST.lastIndex, foreign: false };
  }
  const english = parseEnglishAt(text, at, database);
  if (english) return english;
  const article = sticky(ARTICLE, text, at);
  if (!article) return undefined;
  if (article[1].toLowerCase() === 'a.' && AFTER_DECREE.test(text.slice(Math.max(0, at - 12), at))) {
    return { citations: [], end: ARTICLE.lastIndex, foreign: true };
  }
  if (article[3] === '°') {
    // The id form itself: "art. 4.6°".
    const id = valid(`${article[2]}°`, database);
    return { citations: id ? [{ start: at, end: ARTICLE.lastIndex, id }] : [], end: ARTICLE.lastIndex, foreign: false };
  }
  let end = ARTICLE.lastIndex;
  const tail = sticky(DISPLAY_TAIL, text, end);
  if (tail) {
    end = DISPLAY_TAIL.lastIndex;
    const alineaNumber = tail[1] ? Number(tail[1]) : undefined;
    const paragraphNumber = tail[2] ?? tail[3];
    return finish(text, at, end, (annex) =>
      paragraphNumber
        ? paragraphId(article[2], paragraphNumber, alineaNumber, annex, database)
        : annex
          ? undefined
          : valid(`${article[2]}.al${alineaNumber}`, database),
    );
  }
  // Several articles only after a plural or abbreviated keyword: "art. 4, 2 fois" is one article.
  const plural = /^(?:articles|a\.)$/i.test(article[1]);
  const items: { start: number; end: number; number: string; through?: string }[] = [{ start: at, end, number: article[2] }];
  for (;;) {
    const range = plural ? sticky(RANGE_END, text, end) : null;
    if (range) {
      end = RANGE_END.lastIndex;
      items[items.length - 1].through = range[1];
      items[items.length - 1].end = end;
      continue;
    }
    const item = plural ? sticky(LIST_ITEM, text, end) : null;
    if (!item) break;
    end = LIST_ITEM.lastIndex;
    items.push({ start: end - item[1].length, end, number: item[1] });
  }
  const qualifier = qualify(text, end);
  if (qualifier.foreign) return { citations: [], end: qualifier.end, foreign: true };
  const citations: TextCitation[] = [];
  for (const item of items) {
    const id = valid(qualifier.annex ? `A${qualifier.annex}.${item.number}` : item.number, database);
    if (!id) continue;
    const citation: TextCitation = { start: item.start, end: item.end, id, ...(qualifier.named && { named: true }) };
    const through = item.through && valid(qualifier.annex ? `A${qualifier.annex}.${item.through}` : item.through, database);
    if (through) citation.through = through;
    citations.push(citation);
  }
  // "l'article 4 de l'annexe 2": the annex words belong to the citation.
  if (qualifier.annex && citations.length > 0) citations[citations.length - 1].end = qualifier.end;
  return { citations, end: qualifier.end, foreign: false };
}

/** "s. 4, para. 2, subpara. 6°", "ss. 10 to 15.1", "section 16 of the Regulation", "Annex 2, s. 9". */
function parseEnglishAt(text: string, at: number, database: RegulationDatabase): Parsed | undefined {
  const annex = sticky(EN_ANNEX, text, at);
  if (annex) {
    const id = valid(`A${annex[1]}.${annex[2]}`, database);
    return { citations: id ? [{ start: at, end: EN_ANNEX.lastIndex, id }] : [], end: EN_ANNEX.lastIndex, foreign: false };
  }
  const section = sticky(EN_SECTION, text, at);
  if (!section) return undefined;
  let end = EN_SECTION.lastIndex;
  let id: string | undefined = section[2];
  const tail = sticky(EN_TAIL, text, end);
  if (tail) {
    end = EN_TAIL.lastIndex;
    const paragraphNumber = tail[2] ?? tail[3];
    id = paragraphNumber ? paragraphId(section[2], paragraphNumber, tail[1] ? Number(tail[1]) : undefined, undefined, database) : `${section[2]}.al${tail[1]}`;
  }
  const range = !tail && /^(?:ss\.|sections)$/i.test(section[1]) ? sticky(EN_RANGE_END, text, end) : null;
  if (range) end = EN_RANGE_END.lastIndex;
  const of = sticky(EN_OF, text, end);
  // "the Regulation respecting supply contracts…" is another regulation.
  const regulationNamed =
    of !== null &&
    of[1].toLowerCase() === 'regulation' &&
    !/^\s{1,3}respecting\s{1,3}(?!service\s{1,3}contracts)/i.test(text.slice(EN_OF.lastIndex, EN_OF.lastIndex + 40));
  if ((of && !regulationNamed) || (!regulationNamed && !section[1].includes('.'))) return { citations: [], end: of ? EN_OF.lastIndex : end, foreign: true };
  const resolved = id && valid(id, database);
  const citation: TextCitation | undefined = resolved ? { start: at, end, id: resolved, ...(regulationNamed && { named: true }) } : undefined;
  const through = range && valid(range[1], database);
  if (citation && through) citation.through = through;
  return { citations: citation ? [citation] : [], end: regulationNamed ? EN_OF.lastIndex : end, foreign: false };
}

/** Reads what follows the article number: an annex, another text, or nothing. */
function finish(text: string, at: number, end: number, idFor: (annex: number | undefined) => string | undefined): Parsed {
  const qualifier = qualify(text, end);
  if (qualifier.foreign) return { citations: [], end: qualifier.end, foreign: true };
  const id = idFor(qualifier.annex);
  return { citations: id ? [{ start: at, end: qualifier.end, id, ...(qualifier.named && { named: true }) }] : [], end: qualifier.end, foreign: false };
}

function qualify(text: string, end: number): { annex?: number; foreign: boolean; named?: true; end: number } {
  const annex = sticky(ANNEX_SUFFIX, text, end);
  if (annex) return { annex: Number(annex[1]), foreign: false, end: ANNEX_SUFFIX.lastIndex };
  const other = sticky(OTHER_TEXT, text, end);
  if (!other) return { foreign: false, end };
  if (!isThisRegulation(other[1], other[2], text.slice(OTHER_TEXT.lastIndex, OTHER_TEXT.lastIndex + 60))) return { foreign: true, end: OTHER_TEXT.lastIndex };
  // The regulation's words are not part of the citation's range, as before; they only say which text it is.
  return { foreign: false, named: true, end };
}

/** "du présent règlement", "du règlement", "du Règlement sur les contrats de services des organismes publics". */
function isThisRegulation(word: string, next: string | undefined, after: string): boolean {
  const first = word.toLowerCase();
  if (first === 'present' || first === 'présent') return (next ?? '').toLowerCase() === 'règlement' || (next ?? '').toLowerCase() === 'reglement';
  if (first !== 'règlement' && first !== 'reglement') return false;
  if (!next) return true;
  return next.toLowerCase() !== 'sur' || /^\s{0,3}les\s{1,3}contrats\s{1,3}de\s{1,3}services/i.test(after);
}

function paragraphId(
  article: string,
  paragraph: string,
  alinea: number | undefined,
  annex: number | undefined,
  database: RegulationDatabase,
): string | undefined {
  if (annex) return undefined;
  const id = alinea === undefined || alinea === paragraphAlinea(article) ? `${article}.${paragraph}°` : `${article}.al${alinea}.${paragraph}°`;
  return valid(id, database);
}

/** The id when it designates a provision of this consolidation. */
function valid(id: string, database: RegulationDatabase): string | undefined {
  const citation = parseCitationId(id);
  if (!citation) return undefined;
  if (citation.paragraph === undefined && citation.alinea === undefined)
    return findArticle(citation.annex ? `A${citation.annex}.${citation.article}` : citation.article, database) ? id : undefined;
  return resolveCitation(citation, database) ? id : undefined;
}
