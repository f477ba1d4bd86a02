/**
 * Plain data types shared by the analysis core. They have the same shape as the LSP types
 * (0-based lines and UTF-16 characters) so that adapters pass them through unchanged, but the core
 * depends on no protocol package.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Locale = 'fr' | 'en';

/** A text in each language the product speaks. */
export interface Localized {
  fr: string;
  en: string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
  /** File name of the other document of the folder the location is in (an addenda file); absent: this document. */
  document?: string;
}

/**
 * The citation of findings about the document's form rather than the regulation (front-matter
 * syntax, keys and values, a file not checked, analysis limits): they cite no article and link nowhere.
 */
export const FORMAT_CITATION = 'format';

export interface Finding {
  /** Stable kebab-case rule name. */
  rule: string;
  /** Canonical citation id (SPEC §5), e.g. `4.7°`, or FORMAT_CITATION. */
  citation: string;
  severity: Severity;
  message: string;
  range: Range;
  fix?: Fix;
  related?: RelatedLocation[];
}

export const TENDER_TYPES = ['appel-offres', 'avis', 'addenda', 'avis-qualification', 'document'] as const;
export type TenderType = (typeof TENDER_TYPES)[number];

/**
 * The parts of a dossier's tender documents a `type: document` file may be (`partie`): instructions to
 * bidders, specification, contract, bid form, price schedule, evaluation grid, other annex. Other values
 * are accepted with a warning.
 */
export const DOCUMENT_PARTS = ['regie', 'devis', 'contrat', 'formulaire', 'bordereau', 'grille', 'annexe'] as const;
export type DocumentPart = (typeof DOCUMENT_PARTS)[number];
