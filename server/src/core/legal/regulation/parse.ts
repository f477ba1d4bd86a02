import type { Alinea, Article, Heading, HeadingKind, RegulationDatabase } from './types.js';

/**
 * Structures the official text as LégisQuébec renders it in a web-page dump: one token per line in
 * places ("4" / "." for an article number, "2.1" / "°" for a paragraph, "a" / ")" for a
 * sub-paragraph, "CHAPITRE" / "II" / title for a heading), amendment history lines ("D. 430-2013,
 * a. 4") separated by ";" / "." lines, and the page's navigation around the text.
 */
export function parseRegulation(source: string, version: string): RegulationDatabase {
  const lines = joinSplitOrdinals(source.split(/\r?\n/).map((line) => line.trim()));
  const citationLine = lines.indexOf('chapitre');
  const start = lines.indexOf('CHAPITRE');
  const end = lines.indexOf('RÉFÉRENCES');
  if (citationLine < 0 || start < 0 || end < start) throw new Error('Not a LégisQuébec text of C-65.1, r. 4: no chapter or references found.');

  const database: RegulationDatabase = {
    regulation: lines[citationLine + 1],
    version,
    title: lines[citationLine + 2],
    headings: [],
    articles: [],
  };
  // Innermost open heading of each level; a heading closes the levels below it.
  const open: Partial<Record<HeadingKind, number>> = {};
  const levels: HeadingKind[][] = [['chapter', 'annex', 'transitional'], ['section', 'transitional-group'], ['subdivision']];
  let last: { history: string[] } | undefined;
  let article: Article | undefined;
  let mode: 'regulation' | 'annex' | 'transitional' = 'regulation';
  let annex: number | undefined;
  let decree: string | undefined;

  const addHeading = (kind: HeadingKind, number: string, title: string, references?: string) => {
    const level = levels.findIndex((kinds) => kinds.includes(kind));
    for (const kinds of levels.slice(level)) for (const closed of kinds) delete open[closed];
    const parent = level > 0 ? innermost(open, levels.slice(0, level)) : undefined;
    const heading: Heading = { kind, number, title, history: [] };
    if (parent !== undefined) heading.parent = parent;
    if (references) heading.references = references;
    database.headings.push(heading);
    open[kind] = database.headings.length - 1;
    article = undefined;
    last = heading;
  };

  const addArticle = (number: string) => {
    const key = mode === 'annex' ? `A${annex}.${number}` : mode === 'transitional' ? `${decree}.${number}` : number;
    article = { key, number, status: 'in-force', alineas: [], history: [] };
    if (annex !== undefined) article.annex = annex;
    if (decree !== undefined) article.transitional = decree;
    const heading = innermost(open, levels);
    if (heading !== undefined) article.heading = heading;
    database.articles.push(article);
    last = article;
  };

  for (let i = start; i < end; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line === '' || line === ';' || line === '.') continue;
    if (line === 'CHAPITRE' || line === 'SECTION') {
      addHeading(line === 'CHAPITRE' ? 'chapter' : 'section', next, lines[i + 2]);
      i += 2;
    } else if (line === '§') {
      // "§", "1", ". —", title
      addHeading('subdivision', next, lines[i + 3]);
      i += 3;
    } else if (/^ANNEXE \d+$/.test(line)) {
      // "ANNEXE 1", "(", "a. 19, 20, 25, 28, 44", ")", title
      mode = 'annex';
      annex = Number(line.slice(7));
      addHeading('annex', String(annex), lines[i + 4], lines[i + 2]);
      i += 4;
    } else if (line === 'DISPOSITIONS TRANSITOIRES') {
      mode = 'transitional';
      annex = undefined;
      addHeading('transitional', '', line);
    } else if (mode === 'transitional' && /^\d{4}$/.test(line) && /^\(.+\)$/.test(next)) {
      decree = next.slice(1, -1);
      addHeading('transitional-group', line, decree);
      i += 1;
    } else if (/^(?:D\.|L\.Q\.) /.test(line) && last) {
      // An annex's history closes the annex, after its last article.
      (mode === 'annex' ? database.headings[open.annex!] : last).history.push(line);
    } else if (mode !== 'transitional' && /^\d+(?:\.\d+)*$/.test(line) && next === '.') {
      addArticle(line);
      i += 1;
    } else if (mode === 'transitional' && /^ARTICLE \d+\.?$/.test(line)) {
      addArticle(line.replace(/^ARTICLE (\d+)\.?$/, '$1'));
      if (next === '.') i += 1;
    } else if (!article) {
      throw new Error(`Line ${i + 1} outside any article: ${line}`);
    } else {
      i = readContent(article, lines, i);
    }
  }
  return database;
}

/** Reads one paragraph, sub-paragraph or text line of an article; returns the last line used. */
function readContent(article: Article, lines: string[], i: number): number {
  const line = lines[i];
  const next = lines[i + 1];
  const alinea = article.alineas.at(-1);
  const paragraph = /^(\d+(?:\.\d+)?)(°?)$/.exec(line);
  if (paragraph && (paragraph[2] === '°' || next === '°')) {
    const textLine = paragraph[2] === '°' ? i + 1 : i + 2;
    if (!alinea) throw new Error(`Paragraph ${line} before any alinéa in article ${article.key}`);
    alinea.paragraphs.push({ number: paragraph[1], text: lines[textLine], subparagraphs: [] });
    return textLine;
  }
  if (/^[a-z]$/.test(line) && next === ')') {
    const holder = alinea?.paragraphs.at(-1);
    if (!holder) throw new Error(`Sub-paragraph ${line}) outside a paragraph in article ${article.key}`);
    holder.subparagraphs.push({ letter: line, text: lines[i + 2] });
    return i + 2;
  }
  // A line that does not end a sentence belongs to a formula printed inside the alinéa.
  if (alinea && alinea.paragraphs.length === 0 && !/[.;:»]$/.test(line)) {
    (alinea.formula ??= []).push(line);
    return i;
  }
  const added: Alinea = { text: line, paragraphs: [] };
  article.alineas.push(added);
  if (article.alineas.length === 1 && line === '(Abrogé).') article.status = 'abrogated';
  if (article.alineas.length === 1 && line === '(Omis).') article.status = 'omitted';
  return i;
}

/** "1" / "er" / "octobre 2010" is one run of text: "1er octobre 2010". */
function joinSplitOrdinals(lines: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === 'er' && /\d$/.test(joined.at(-1) ?? '') && i + 1 < lines.length && /^\p{Ll}/u.test(lines[i + 1])) {
      joined[joined.length - 1] += `er ${lines[++i]}`;
    } else {
      joined.push(lines[i]);
    }
  }
  return joined;
}

function innermost(open: Partial<Record<HeadingKind, number>>, levels: HeadingKind[][]): number | undefined {
  for (const kinds of [...levels].reverse()) {
    for (const kind of kinds) if (open[kind] !== undefined) return open[kind];
  }
  return undefined;
}
