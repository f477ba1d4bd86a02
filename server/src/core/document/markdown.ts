import { normalizeForMatching } from '../text/normalize.js';
import type { DegradedReason } from './limits.js';
import { markdownBlocks, type Field, type MarkdownBlock } from './markdownTree.js';

type UnitKind = 'heading' | 'paragraph' | 'listItem' | 'tableRow' | 'html' | 'code' | 'yaml';

/**
 * A piece of text a recogniser looks at. Offsets are relative to the block that holds it, so a
 * cached block stays valid wherever the block moves in the document.
 */
export interface TextUnit {
  kind: UnitKind;
  start: number;
  end: number;
  /** Plain text (Markdown syntax removed). */
  text: string;
  /** `text` folded for matching (see normalizeForMatching). */
  normalized: string;
  /** Heading level, for headings. */
  depth?: number;
  /** Cell texts, for table rows. */
  cells?: string[];
  /** Index of the table (within the block) a row belongs to; row 0 is the header. */
  table?: number;
  row?: number;
  /** The fields its lines open with (« **Lieu d'ouverture** — … »), in its text; their lines from its start. */
  fields?: Field[];
  /** A paragraph that is an entry of a definition list (a pandoc definition with its term): a list's entry, as a list item is. */
  definition?: true;
  /** A heading that is an HTML disclosure's summary: its section ends at the disclosure's `</details>`. */
  disclosure?: true;
  /**
   * A list item typed without list markup (« • … », « ◦ … », « a) … », a paragraph of its own or a paragraph's line): its
   * mark's shape, the same for each entry of one rank (markdownTree's entryShape).
   */
  mark?: string;
  /** Its mark's letter, roman numeral or number (« a », « ii », « 3 »): the shape's rank told by its sequence (romanBelow). */
  label?: string;
}

/**
 * A chunk as the analysis keeps it: its units, not its Markdown tree. Every chunk of an open document
 * stays cached, and the trees (a node with positions per inline element) would be most of the memory.
 */
export interface ParsedBlock {
  text: string;
  units: TextUnit[];
  /** Facts computed from this block alone (e.g. which units a recogniser matches), kept with the cached block. */
  memo: Map<string, number[]>;
  /** Set when the block was read as plain text instead of Markdown (see limits.ts). */
  degraded?: DegradedReason;
  /** Offset of the first table row read only up to LIMITS.tableCells cells (see narrowTables). */
  narrowed?: number;
  /**
   * The starts of the lines read as the running headers and footers of a text copied from a PDF (pageFurniture.ts),
   * which the document's other chunks tell: the parse depends on them as well as on the text. Absent when none.
   */
  running?: readonly number[];
}

/**
 * The depth of a title set in bold or in capitals (markdownTree's `title`) that opens a part of the document:
 * one below `######`, the deepest heading. Other such titles are one deeper, within the part.
 */
export const TITLE_DEPTH = 7;

/**
 * A title that opens a part of the document, by its own words (its depth cannot depend on the chunk's other
 * blocks): « PREMIÈRE PARTIE — AVIS », « PARTIE 2 », « SECTION B », « CHAPITRE », « AVIS PUBLIC — APPEL
 * D'OFFRES », « ANNEXE 3 »), after a section's number or not (« 1 AVIS D'APPEL D'OFFRES », « II. DOCUMENTS », as a
 * text copied from a PDF has them). Drafters who type their titles type those of a part's topics the same way
 * (« OPTION DE RENOUVELLEMENT » in the notice), and the topics belong to the part.
 */
const PART_TITLE =
  /^(?:(?:\d{1,2}|[ivx]{1,5}|[a-z])[.)]\s+|\d{1,2}\s+(?:[-|:]\s+)?|[ivx]{1,5}\s+[-|:]\s+)?(?:(?:premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|\d+(?:re|e|er|eme)?) partie|partie|part|section|chapitre|chapter|titre|avis|notice|appel d'offres|call for tenders|invitation to tender|request for proposals?|annexe|annex|appendix|schedule)\b/;

/**
 * Whether a unit's words are read as a passage's: every unit but a heading, a heading that is a field, and a title set in bold or in
 * capitals, which may be a sentence its drafter stressed (« **Aucune garantie n'est exigée** », « AUCUNE
 * GARANTIE N'EST EXIGÉE »): read as a paragraph before it was read as a title, it keeps what a paragraph states.
 */
export function readAsPassage(unit: Pick<TextUnit, 'kind' | 'depth' | 'text'>): boolean {
  return unit.kind !== 'heading' || (unit.depth ?? 0) >= TITLE_DEPTH || FIELD_HEADING.test(unit.text);
}

/**
 * A heading that is a « Libellé : valeur » field, its value in the title with nothing under it (« ## Documents
 * d'appel d'offres : uniquement par le SEAO », « ## Date limite : le 12 mars 2027 à 11 h »): what it states
 * is a passage's. A label alone (« ## Renseignements : ») or a URL's colon is no field.
 */
const FIELD_HEADING = /^[^:\n]{2,60} ?:(?!\/\/)\s*\S/;

/** A colon that closes a title, with the space before it, or a period (not an ellipsis's, nor a title's only character). */
const TITLE_CLOSING = /\s?:$|(?<=[^\s.])\.$/;

/** A list item that is a section: a title in capitals, and what it holds under it. */
function sectionUnderTitle(item: MarkdownBlock): boolean {
  const [heading, ...under] = item.children ?? [];
  return heading?.type === 'paragraph' && heading.title === true && !/\p{Ll}/u.test(heading.value) && under.length > 0;
}

/**
 * A chunk's units; `frontMatter` for the document's front-matter chunk only, `running` the starts of its lines that
 * are running headers or footers (see markdownBlocks).
 */
export function parseBlock(text: string, frontMatter = false, running: readonly number[] = []): ParsedBlock {
  const units: TextUnit[] = [];
  let tableCount = 0;
  const unit = (kind: UnitKind, block: { start: number; end: number }, plain: string): TextUnit => {
    const normalized = normalizeForMatching(plain);
    // A title's closing colon or period (« ## Contrat : », « RENSEIGNEMENTS : », « **Durée.** ») is not one of its words.
    const made: TextUnit = {
      kind,
      start: block.start,
      end: block.end,
      text: plain,
      normalized: kind === 'heading' ? normalized.replace(TITLE_CLOSING, '') : normalized,
    };
    units.push(made);
    return made;
  };
  // A typed title's depth: a part's title holds the others (its depth cannot depend on the chunk's other blocks).
  const title = (heading: TextUnit): void => {
    heading.depth = PART_TITLE.test(heading.normalized) ? TITLE_DEPTH : TITLE_DEPTH + 1;
  };
  const visit = (block: MarkdownBlock, top = false): void => {
    switch (block.type) {
      case 'heading':
        unit('heading', block, block.value).depth = block.depth;
        return;
      case 'list': {
        // A numbered list of one item that is a title (« 4. DOCUMENTS À JOINDRE », « 2. **Durée** »): a numbered
        // title typed in plain Markdown, which CommonMark reads as a list. In plain words (« 1. Absence de signature »)
        // it may be the only entry of an enumeration, or one a paragraph interrupts: it stays a list.
        const [item, ...others] = block.children ?? [];
        const [paragraph, ...rest] = item?.children ?? [];
        if (top && others.length === 0 && rest.length === 0 && paragraph?.type === 'paragraph' && paragraph.title && /\d/.test(text[block.start])) {
          title(unit('heading', item, paragraph.value));
          return;
        }
        // Numbered sections typed in plain Markdown, each a title in capitals over its text (« 1. DEVIS↵Le devis… »,
        // split by markdownTree, or « 1. DEVIS », a blank line, its text indented), a blank line between them: one list
        // to CommonMark. A list of titles alone stays a list (« 1. FORMULAIRE DE SOUMISSION↵2. GARANTIE »).
        if (top && /\d/.test(text[block.start]) && (block.children ?? []).every(sectionUnderTitle)) {
          for (const section of block.children!) {
            const [heading, ...under] = section.children!;
            title(unit('heading', { start: section.start, end: heading.end }, heading.value));
            for (const child of under) visit(child, true);
          }
          return;
        }
        for (const child of block.children ?? []) visit(child);
        return;
      }
      case 'paragraph':
        // A title set in bold or in capitals at the document's level (not in a quote or a note) heads what follows, below
        // every heading written as one: its depth does not depend on the chunk's other blocks.
        if (top && block.title) {
          const heading = unit('heading', block, block.value);
          title(heading);
          if (block.disclosure) heading.disclosure = true;
        } else {
          const made = unit('paragraph', block, block.value);
          if (block.fields) made.fields = placed(block.fields, 0, -made.start);
          if (block.definition) made.definition = true;
        }
        return;
      case 'listItem': {
        // The item's own text; nested lists become units of their own.
        const children = block.children ?? [];
        const own = children.filter((child) => child.type !== 'list');
        const texts = own.map(plainText);
        const box = own[0] === children[0] && own[0]?.type === 'paragraph' ? TASK_BOX.exec(own[0].markdown ?? '') : null;
        if (box) texts[0] = texts[0].slice(box[1] ? 3 : 4);
        const made = unit('listItem', block, texts.join('\n'));
        if (block.mark) made.mark = block.mark;
        if (block.label) made.label = block.label;
        // Its paragraphs' fields, where each paragraph's text is in the item's.
        const fields: Field[] = [];
        let offset = 0;
        own.forEach((child, rank) => {
          const shift = rank === 0 && box ? -(box[1] ? 3 : 4) : offset;
          if (child.fields) fields.push(...placed(child.fields, shift, -made.start).filter((field) => field.start >= 0));
          offset += texts[rank].length + 1;
        });
        if (fields.length) made.fields = fields;
        for (const child of children) if (child.type === 'list') visit(child);
        return;
      }
      case 'table': {
        const table = tableCount++;
        block.rows?.forEach((row, rowIndex) => {
          const made = unit('tableRow', row, row.cells.join(' | '));
          made.cells = row.cells;
          made.table = table;
          made.row = block.headless ? rowIndex + 1 : rowIndex;
        });
        return;
      }
      case 'html':
      case 'code':
      case 'yaml':
        unit(block.type, block, block.value);
        return;
      default:
        for (const child of block.children ?? []) visit(child);
    }
  };
  for (const block of markdownBlocks(text, frontMatter, running)) visit(block, true);
  return running.length ? { text, units, memo: new Map(), running } : { text, units, memo: new Map() };
}

/** Fields moved by `text` in the text and `markdown` in the Markdown (a paragraph's in its unit's). */
function placed(fields: Field[], text: number, markdown: number): Field[] {
  return fields.map((field) => ({
    start: field.start + text,
    label: field.label + text,
    value: field.value + text,
    lines: [field.lines[0] + markdown, field.lines[1] + markdown],
  }));
}

/**
 * A GFM task box opening a list item's first paragraph: `[ ]`, `[x]` or `[X]`, then a line ending, or
 * spaces and more text. GFM drops the box and the character after it, unless that is a hard break
 * (group 1), which stays a line ending.
 */
const TASK_BOX = /^\[[\t\n x]\](?:([\t ]* {2}\n)|\n|[\t ]+[^\t ])/i;

/** A block's text as mdast-util-to-string gave it (without HTML): its parts' texts end to end. */
function plainText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'html':
    case 'thematicBreak':
      return '';
    case 'table':
      return (block.rows ?? []).map((row) => row.cells.join('')).join('');
    default:
      return block.children ? block.children.map(plainText).join('') : block.value;
  }
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** A heading's text without its optional closing `#` sequence; no regex, as lines here may be huge. */
function headingText(rest: string): string {
  const text = rest.trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t' ? text.slice(0, end) : text).trim();
}

/**
 * A block read without the Markdown parser: ATX headings stay headings (sections keep their
 * shape), every other run of lines is one paragraph of raw text. Linear in the block's length.
 */
export function parsePlainBlock(text: string, degraded: DegradedReason): ParsedBlock {
  const units: TextUnit[] = [];
  let paragraphStart = -1;
  let paragraphEnd = 0;
  const flush = (): void => {
    if (paragraphStart < 0) return;
    const plain = text.slice(paragraphStart, paragraphEnd);
    units.push({ kind: 'paragraph', start: paragraphStart, end: paragraphEnd, text: plain, normalized: normalizeForMatching(plain) });
    paragraphStart = -1;
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const plain = headingText(line.slice(heading[0].length));
      units.push({
        kind: 'heading',
        start: lineStart,
        end: lineStart + line.length,
        text: plain,
        normalized: normalizeForMatching(plain),
        depth: heading[1].length,
      });
    } else if (line.trim() === '') flush();
    else {
      if (paragraphStart < 0) paragraphStart = lineStart;
      paragraphEnd = lineStart + line.length;
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return { text, units, memo: new Map(), degraded };
}
