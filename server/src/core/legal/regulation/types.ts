/**
 * The structured text of one consolidation of the regulation (plain JSON data, generated from the
 * official text by `parse.ts`).
 */
export interface RegulationDatabase {
  /** Regulation id, e.g. `C-65.1, r. 4`. */
  regulation: string;
  /** Consolidation date (YYYY-MM-DD): the version key. */
  version: string;
  title: string;
  /** Headings in document order; articles point to theirs by index. */
  headings: Heading[];
  /** Articles in document order (regulation, annexes, transitional provisions). */
  articles: Article[];
}

export type HeadingKind = 'chapter' | 'section' | 'subdivision' | 'annex' | 'transitional' | 'transitional-group';

export interface Heading {
  kind: HeadingKind;
  /** `II`, `IV.1`, `2` (for `§ 2`), annex number; the year for a transitional group. */
  number: string;
  title: string;
  /** Index of the enclosing heading, if any. */
  parent?: number;
  /** Amendment history ("D. 430-2013, a. 9"); for an annex, the articles it refers to. */
  history: string[];
  references?: string;
}

export interface Article {
  /** Unique key; equal to the citation id for the regulation (`7.1`) and its annexes (`A2.9`). */
  key: string;
  /** The number as printed (`42.0.1`). */
  number: string;
  annex?: number;
  /** Transitional provision: the amending decree it belongs to, e.g. `D. 430-2013`. */
  transitional?: string;
  /** Innermost heading (index into `headings`). */
  heading?: number;
  status: 'in-force' | 'abrogated' | 'omitted';
  alineas: Alinea[];
  history: string[];
}

export interface Alinea {
  /** The alinéa's own text (the introduction, when it has numbered paragraphs). */
  text: string;
  /** Lines printed as a formula after the text (annex 2, art. 8). */
  formula?: string[];
  paragraphs: Paragraph[];
}

export interface Paragraph {
  /** `1`, `2.1` (printed `2.1°`). */
  number: string;
  text: string;
  subparagraphs: Subparagraph[];
}

interface Subparagraph {
  /** `a`, `b` (printed `a)`). */
  letter: string;
  text: string;
}
