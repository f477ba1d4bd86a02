import MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type { ParentType } from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import table from 'markdown-it/lib/rules_block/table.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import footnote from 'markdown-it-footnote';
import { findFrontMatter } from './model.js';
import { furnitureRanges } from './pageFurniture.js';
import { reviewDeletions } from './reviewMarks.js';
import { htmlBlocks } from './htmlBlocks.js';
import { pandocTableRule, textTableRule, type PandocTable } from './pandocTables.js';

/**
 * The block structure of a chunk as markdown-it reads it (CommonMark, GFM tables and strikethrough,
 * footnote definitions), with each block's start and end offsets and its plain text. markdown-it
 * gives tokens with line ranges only; the offsets are those mdast gives (a block starts at its first
 * character, a list item at its marker, and ends at the end of its last line, trailing blanks kept),
 * read from the parser's own line marks while it parses (see tokenize below).
 */
export interface MarkdownBlock {
  type: 'paragraph' | 'heading' | 'code' | 'html' | 'yaml' | 'thematicBreak' | 'blockquote' | 'list' | 'listItem' | 'table' | 'footnoteDefinition';
  start: number;
  end: number;
  /** Plain text of a paragraph or heading, source text of code, HTML and YAML. */
  value: string;
  /** A paragraph's Markdown, its lines without their container's markers (a task box is found there). */
  markdown?: string;
  /** A paragraph set apart as a title: wholly in bold (see emphasisTitle), in capitals (see capitalsTitle), or numbered (see numberedTitle). */
  title?: boolean;
  /** A paragraph's fields, in its text; their lines in the chunk (see Field). */
  fields?: Field[];
  /** A title that is an HTML disclosure's `<summary>`: its section ends at the disclosure's `</details>` (htmlBlocks). */
  disclosure?: boolean;
  /** A paragraph that is a pandoc definition read with its term (see defined): an entry of a definition list. */
  definition?: boolean;
  /** A list item typed without list markup (entriesOf): its mark's shape (entryShape). */
  mark?: string;
  /** Its mark's letter, roman numeral or number (« a », « ii », « 3 »), when it has one. */
  label?: string;
  depth?: number;
  children?: MarkdownBlock[];
  rows?: TableRow[];
  /** A table without a header row (a pandoc or HTML table's): its first row is data. */
  headless?: boolean;
}

/**
 * A « Libellé : valeur » field a line opens with, its label set apart in bold or in italics and closed by a colon or
 * a dash, within the emphasis or after it: « **Lieu d'ouverture :** 80, avenue Principale », « **Lieu d'ouverture** —
 * 80, avenue Principale », « *Garantie de soumission* : aucune ». The emphasis is what makes it a label: in plain
 * text, « Le contrat — d'une durée de trois ans — … » is a sentence with an incise. A label may be wrapped over a
 * line end; the value runs to the next field or the end of the text.
 */
export interface Field {
  /** Where the label starts and ends (its words, without its colon or dash) and where the value starts, in the text. */
  start: number;
  label: number;
  value: number;
  /** Where the label's first and last lines start in the Markdown (from the chunk's start, or a unit's: TextUnit). */
  lines: [number, number];
}

interface TableRow {
  start: number;
  end: number;
  cells: string[];
}

/** What the parse records beside the tokens: the offset where each token's block starts, the lines' ends. */
interface ParseEnv {
  starts: number[];
  lineEnds: number[];
}

const md = new MarkdownIt('commonmark').enable('strikethrough').use(footnote);
// markdown-it drops blocks nested deeper than maxNesting (20 in this preset, an option its types do
// not declare); limits.ts keeps blocks nested past LIMITS.nesting away from it.
Object.assign(md.options, { maxNesting: 1000 });
// A table's header row is a line that would otherwise be paragraph text: markdown-it tries tables
// first, GFM only once no other block (list item, block quote, heading, fence, HTML) starts there.
md.block.ruler.disable('table');
// A delimiter row of dashes alone (`---`) under a one-column header is a setext underline for GFM.
md.block.ruler.after(
  'heading',
  'gfm_table',
  (state, startLine, endLine, silent) => !underline(state, startLine + 1) && table(state, startLine, endLine, silent),
  {
    alt: ['paragraph', 'reference'],
  },
);
// Pandoc's tables (grid, simple, multiline), which a document converted from Word holds: pandocTables.ts.
md.block.ruler.before('hr', 'pandoc_table', pandocTableRule);
// Tables pasted as text (cells between tabs, columns aligned with spaces), before indented code (a row may open with an
// empty cell) and the paragraph they may follow without a blank line; a cell that is a list's mark alone opens no table.
md.block.ruler.before(
  'code',
  'text_table',
  textTableRule((cell) => entryMark(`${cell}\tx`)?.length === cell.length + 1),
  { alt: ['paragraph'] },
);
// What a list item of a wide marker holds, indented by four as Turndown writes it, before indented code: see itemContinued.
md.block.ruler.before('code', 'turndown_item_continued', itemContinued);
// A Docusaurus admonition's opener with its title, before a pandoc div's fence: see admonitionOpener.
md.block.ruler.before('hr', 'admonition_opener', admonitionOpener, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
// A title typed between decorations (« === SECTION 2 === », « ---- AVIS ---- », « >>> DEVIS <<< »), before a fence, a quote, a
// thematic break, a list and a setext underline, which its first characters might open: see decoratedTitleRule.
md.block.ruler.before('fence', 'decorated_title', decoratedTitleRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
// A pandoc div's fences, which end the paragraph or list before them: see divFence.
md.block.ruler.before('hr', 'pandoc_div_fence', divFence, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
// Python-Markdown's admonitions, collapsible blocks and content tabs (MkDocs Material), their bodies indented: see pythonMarkdownBlock.
md.block.ruler.before('code', 'python_markdown_block', pythonMarkdownBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
// Prose indented as a typist indents a paragraph's first line or a hanging list, before indented code: see indentedProse.
md.block.ruler.before('code', 'indented_prose', indentedProse);
// A pandoc definition under its term (`Renseignements` over `:   Mme A. Roy`): see definition.
md.block.ruler.before('paragraph', 'pandoc_definition', definition, { alt: ['paragraph'] });
// MDX's `import` statements (a Docusaurus page's `import Tabs from '@theme/Tabs';`): see mdxImports.
md.block.ruler.before('paragraph', 'mdx_import', mdxImports);
// A pandoc line block (`| M. É. Gagnon` over `| Direction des ressources matérielles`), after GFM's tables: see lineBlock.
md.block.ruler.before('paragraph', 'pandoc_line_block', lineBlock);
// Definitions stay where they are (the plugin moves them to the end); `^[inline notes]` are not GFM.
md.core.ruler.disable('footnote_tail');
md.inline.ruler.disable('footnote_inline');
// Pandoc's bracketed spans (`[souligné]{.underline}`, `[**Titre**]{custom-style="Strong"}`): see bracketedSpan.
md.inline.ruler.before('link', 'pandoc_span', bracketedSpan);
// Units keep the text as written: every link is one (markdown-it drops `javascript:` ones), and an
// autolink's text is not decoded.
md.validateLink = () => true;
md.normalizeLinkText = (url) => url;
// A link's destination is not read (only its text is): markdown-it need not parse and encode it.
md.normalizeLink = (url) => url;
// The text given to markdown-it has LF line endings already (see markdownBlocks): its own
// normalisation, which copies every chunk to replace line endings and NUL characters, is done
// (by `markdownItText`) only when the text has a CR or a NUL.
md.core.ruler.disable('normalize');

// Most inline content (a paragraph's, a heading's, a cell's) is words and punctuation only: its tokens
// are made here without markdown-it's inline parser, whose set-up and rule loop cost more than the text.
const parseInline = md.inline.parse.bind(md.inline);
/** The class of markdown-it's own tokens (its CommonJS and ES builds each have one). */
const InlineToken = md.inline.State.prototype.Token;
md.inline.parse = (src, md, env, tokens) => {
  if (!plainInlineTokens(src, tokens)) parseInline(src, md, env, tokens);
};

/** Characters that may open inline syntax: escape, code span, strikethrough, emphasis, link or footnote reference, image, autolink or HTML, entity. */
const INLINE_SYNTAX = /[\\`~*_[!<&]/;

/**
 * The tokens markdown-it's inline parser gives a text without inline syntax (false, and none, for
 * another text): text between line endings, each line ending a soft break, or a hard break after two
 * spaces or more (spaces before a line ending and at the start of the next line are not text). What
 * the parser does at a line ending (its `newline` rule), without its other rules, which such a text
 * never triggers.
 */
export function plainInlineTokens(src: string, tokens: Token[]): boolean {
  if (INLINE_SYNTAX.test(src)) return false;
  let from = 0;
  for (let lineEnd = src.indexOf('\n'); lineEnd !== -1; lineEnd = src.indexOf('\n', from)) {
    let end = lineEnd;
    while (end > from && src.charCodeAt(end - 1) === 0x20) end--;
    pushText(tokens, src, from, end);
    tokens.push(new InlineToken(lineEnd - end > 1 ? 'hardbreak' : 'softbreak', 'br', 0));
    // Spaces and tabs that start the next line are not text.
    for (from = lineEnd + 1; from < src.length && (src.charCodeAt(from) === 0x20 || src.charCodeAt(from) === 0x09); from++);
  }
  pushText(tokens, src, from, src.length);
  return true;
}

function pushText(tokens: Token[], src: string, from: number, to: number): void {
  if (to <= from) return;
  const token = new InlineToken('text', '', 0);
  token.content = src.slice(from, to);
  tokens.push(token);
}

// Containers (block quotes, list items, footnotes) tokenize their content with the line marks moved
// past their markers, and restore them after: at the end of each tokenize call, the marks are those
// the blocks it made were read with, so a block's first character is where its first line's content
// starts. Nested calls return first, so each token gets the start of its own level.
const tokenize = md.block.tokenize.bind(md.block);
md.block.tokenize = (state: StateBlock, startLine: number, endLine: number) => {
  const first = state.tokens.length;
  // A footnote definition's token comes without lines: its content is tokenized from its first line.
  const footnote = state.tokens[first - 1];
  if (footnote?.type === 'footnote_reference_open' && !footnote.map) footnote.map = [startLine, startLine + 1];
  tokenize(state, startLine, endLine);
  const env = state.env as ParseEnv;
  env.lineEnds = state.eMarks;
  for (let index = first; index < state.tokens.length; index++) {
    const token = state.tokens[index];
    if (!token.map || env.starts[index] !== undefined) continue;
    const line = token.map[0];
    let start = state.bMarks[line] + state.tShift[line];
    // Indented code and HTML start with their indentation (past the container's), except on a
    // footnote's first line, where the spaces after `[^1]:` separate it from the label.
    const footnoteLabel = line === startLine && (state.parentType as string) === 'footnote';
    if ((token.type === 'code_block' || token.type === 'html_block') && !footnoteLabel) {
      const lineStart = state.src.lastIndexOf('\n', start - 1) + 1;
      const columns = columnsOf(state.src, lineStart, start);
      for (let indent = state.sCount[line] - state.blkIndent; indent > 0 && start > state.bMarks[line]; start--) {
        indent -= columns[start - lineStart] - columns[start - 1 - lineStart];
      }
    }
    env.starts[index] = start;
  }
};

/** The column of each position from `from` to `to` on a line that starts at `from` (tab stops every 4 columns). */
function columnsOf(text: string, from: number, to: number): number[] {
  const columns = [0];
  for (let index = from; index < to; index++) {
    const column = columns[columns.length - 1];
    columns.push(text.charCodeAt(index) === 0x09 ? column + 4 - (column % 4) : column + 1);
  }
  return columns;
}

const CR_OR_NUL = /[\r\0]/;

/** The text as markdown-it's own normalisation (disabled above) would give it: a CR is a line ending, a NUL is U+FFFD. */
const markdownItText = (text: string) => (CR_OR_NUL.test(text) ? text.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD') : text);

const NO_BREAK_SPACE = /[\u00a0\u202f]/;
/** A line of a table's delimiter signs, pipes, spaces and no-break spaces (a candidate delimiter row). */
const DELIMITER_SIGNS_LINE = /^[ \t|:\u00a0\u202f-]+$/gm;

/**
 * The text with the no-break spaces of each delimiter row as spaces, one for one (offsets hold): a typographic pass that
 * sets a no-break space before each colon (« |\u00a0:---- | ») leaves a row GFM would not read as the delimiter, and the
 * whole table as a paragraph.
 */
function delimiterRowsSpaced(text: string): string {
  if (!NO_BREAK_SPACE.test(text)) return text;
  return text.replace(DELIMITER_SIGNS_LINE, (line) => (line.includes('|') && line.includes('-') ? line.replace(/[\u00a0\u202f]/g, ' ') : line));
}

/**
 * A pandoc bracketed span: text in brackets, then attributes in braces (`[souligné]{.underline}`,
 * `[**Renseignements :**]{custom-style="Strong"}`, `[]{#_Toc1 .anchor}`). Pandoc writes a Word document's
 * underlined words, character styles and bookmarks so. CommonMark reads the brackets and attributes as text,
 * which stood around a title's bold (« [**Conditions de conformité**]{custom-style="Strong"} » was no title) and
 * a cell's figure (« [**100 %**]{…} » was no weight). The span's content is read as the inline content it is,
 * between `pandoc_span_open` and `pandoc_span_close` tokens, which are no text.
 */
function bracketedSpan(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, state.pos, false);
  if (labelEnd < 0) return false;
  const end = attributesEnd(state.src, labelEnd + 1, state.posMax);
  if (end < 0) return false;
  if (!silent) {
    const max = state.posMax;
    state.pos++;
    state.posMax = labelEnd;
    state.push('pandoc_span_open', 'span', 1);
    state.md.inline.tokenize(state);
    state.push('pandoc_span_close', 'span', -1);
    state.posMax = max;
  }
  state.pos = end;
  return true;
}

/** Pandoc's attributes open on an identifier (`#`), a class (`.`) or a key (`custom-style=`); Python-Markdown's and kramdown's may open on a colon (`{: .class}`). */
const ATTRIBUTES_OPENING = /\{:?[ \t]*(?:[#.]|[\w-]+=)/y;

/** Where pandoc's attributes (`{#id .class key="value"}`) at `from` end, on the same line and before `max`; -1 when none start there. */
function attributesEnd(src: string, from: number, max: number): number {
  ATTRIBUTES_OPENING.lastIndex = from;
  if (from >= max || !ATTRIBUTES_OPENING.test(src)) return -1;
  for (let index = ATTRIBUTES_OPENING.lastIndex; index < max; index++) {
    const code = src.charCodeAt(index);
    if (code === 0x7d /* } */) return index + 1;
    if (code === 0x7b /* { */ || code === 0x0a) return -1;
  }
  return -1;
}

/**
 * A pandoc definition: a term on a line of its own, then, on the next line or after a blank line, `:` or `~`,
 * blanks and the definition, whose other lines and blocks are indented under it. Pandoc's Markdown writes a
 * web page's definition list so (`<dl>`: a notice's « Organisme public », « Renseignements », « Date limite »
 * over their values), and drafters who write pandoc's Markdown type one so. CommonMark has no definitions: it
 * read the term as a paragraph of its own, the definition as a paragraph opening with « : », and its further
 * paragraphs, indented, as code; the label was parted from its value. The definition is read as a container,
 * `pandoc_definition_open` to `pandoc_definition_close`, whose first paragraph is read with its term
 * (markdownBlocks).
 */
function definition(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const { src } = state;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  const marker = src.charCodeAt(start);
  if ((marker !== COLON && marker !== 0x7e) /* ~ */ || !isBlank(src.charCodeAt(start + 1))) return false;
  // The definition's column: past the marker and the blanks after it, a tab to the next multiple of 4.
  let column = state.sCount[startLine] + 1;
  let content = start + 1;
  for (; content < max && isBlank(src.charCodeAt(content)); content++) column += src.charCodeAt(content) === 0x09 ? 4 - (column % 4) : 1;
  if (content === max) return false;
  // Its term: the paragraph of one line it ends (the line above), or the one-line paragraph or definition just before it.
  if (state.parentType === 'paragraph' ? startLine !== state.line + 1 : !afterTerm(state)) return false;
  if (silent) return true;
  const [tShift, sCount, blkIndent, parentType] = [state.tShift[startLine], state.sCount[startLine], state.blkIndent, state.parentType];
  state.tShift[startLine] = content - state.bMarks[startLine];
  state.sCount[startLine] = column;
  state.blkIndent = column;
  state.parentType = 'definition' as ParentType;
  const open = state.push('pandoc_definition_open', 'dd', 1);
  open.map = [startLine, startLine];
  state.md.block.tokenize(state, startLine, endLine);
  state.push('pandoc_definition_close', 'dd', -1);
  open.map[1] = state.line;
  [state.tShift[startLine], state.sCount[startLine], state.blkIndent, state.parentType] = [tShift, sCount, blkIndent, parentType];
  return true;
}

/** Whether the block just read, in this container, is a term (a paragraph of one line) or a definition (of the same term). */
function afterTerm(state: StateBlock): boolean {
  const last = state.tokens[state.tokens.length - 1];
  if (last?.level !== state.level) return false;
  if (last.type === 'pandoc_definition_close') return true;
  const opening = state.tokens[state.tokens.length - 3];
  return last.type === 'paragraph_close' && opening.map !== null && opening.map[1] - opening.map[0] === 1;
}

/**
 * A pandoc line block: lines that open with `|` and a blank, each kept as a line (an address, a signature, a
 * notice's fields typed one per line), a line that opens with blanks continuing the one above, up to a blank
 * line. Pandoc's Markdown
 * writes them so and drafters who write it type them so. CommonMark reads a paragraph whose every line opens
 * with `|`, which stood before the words (« | Date limite : … » was no label). The block is a paragraph of its
 * lines without their bars.
 */
function lineBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const { src } = state;
  const lines: string[] = [];
  let line = startLine;
  for (; line < endLine; line++) {
    const start = state.bMarks[line] + state.tShift[line];
    const end = state.eMarks[line];
    if (start === end || state.sCount[line] < state.blkIndent) break;
    if (src.charCodeAt(start) === PIPE && (start + 1 === end || isBlank(src.charCodeAt(start + 1)))) lines.push(src.slice(Math.min(start + 2, end), end));
    else if (line > startLine && state.sCount[line] > state.blkIndent) lines.push(src.slice(start, end));
    // A line of another kind before a blank line: a paragraph whose lines open with bars, as CommonMark reads it.
    else return false;
  }
  // Bars without a word are no block of lines.
  const content = lines.join('\n').trim();
  if (content === '') return false;
  if (silent) return true;
  // A line over its underline (`====`, `----`): a block of lines keeps a plain text's lines, and plain text underlines
  // its titles so (setext), a `=` title of the first level.
  const underline = lines.length === 2 && lines[0].trim() !== '' ? /^(?:={3,}|-{3,})$/.exec(lines[1].trim()) : null;
  const [kind, tag] = underline ? (['heading', underline[0][0] === '=' ? 'h1' : 'h2'] as const) : (['paragraph', 'p'] as const);
  state.push(`${kind}_open`, tag, 1).map = [startLine, line];
  const inline = state.push('inline', '', 0);
  inline.content = underline ? lines[0].trim() : content;
  inline.map = [startLine, line];
  inline.children = [];
  state.push(`${kind}_close`, tag, -1);
  state.line = line;
  return true;
}

/**
 * What a list item holds after a blank line, indented by four columns under a marker wider than that (« 12.  »):
 * Turndown (MarkDownload, MarkText, Zotero) writes an item's marker `12.  ` and indents all it holds by four, so an
 * item numbered from 10 has its further paragraphs and its nested list one column short of its text. CommonMark
 * ends the list there and reads indented code, whose words (a rejection case's list) the analysis does not read.
 * Read at the document's level: the list's closing tokens are taken off, the lines indented by four or more (and
 * the blank lines between) tokenized as the item's, four columns in, and the closing tokens put back.
 */
function itemContinued(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const { tokens } = state;
  const closing = tokens.length - 2;
  if (state.level !== 0 || state.blkIndent !== 0 || state.sCount[startLine] < 4 || !tokens[closing + 1]?.type.endsWith('_list_close')) return false;
  let item = closing - 1;
  while (item >= 0 && !(tokens[item].type === 'list_item_open' && tokens[item].level === 1)) item--;
  let list = item - 1;
  while (list >= 0 && !(tokens[list].type.endsWith('_list_open') && tokens[list].level === 0)) list--;
  const itemLine = tokens[item]?.map?.[0];
  if (itemLine === undefined || list < 0) return false;
  // The item's text starts past its marker and the blanks after it (one when five or more: the rest is its code).
  const lineStart = state.bMarks[itemLine] + state.tShift[itemLine];
  const marker = /^(?:\d{1,9}[.)]|[-*+])( {1,5})/.exec(state.src.slice(lineStart, state.eMarks[itemLine]));
  if (!marker) return false;
  const textColumn = state.sCount[itemLine] + marker[0].length - (marker[1].length > 4 ? marker[1].length - 1 : 0);
  if (state.sCount[startLine] >= textColumn) return false;
  for (let line = tokens[list].map![1]; line < startLine; line++) if (!state.isEmpty(line)) return false;
  let end = startLine;
  for (let line = startLine; line < endLine && (state.isEmpty(line) || state.sCount[line] >= 4); line++) if (!state.isEmpty(line)) end = line + 1;
  if (silent) return true;
  const closed = tokens.splice(closing, 2);
  const [blkIndent, parentType, lineMax] = [state.blkIndent, state.parentType, state.lineMax];
  state.blkIndent = 4;
  state.parentType = 'list';
  state.level = 2;
  state.md.block.tokenize(state, startLine, end);
  [state.blkIndent, state.parentType, state.lineMax, state.level] = [blkIndent, parentType, lineMax, 0];
  tokens.push(...closed);
  tokens[item].map![1] = end;
  tokens[list].map![1] = end;
  state.line = end;
  return true;
}

const PIPE = 0x7c;

const COLON = 0x3a;

/**
 * A pandoc div's fence on a line of its own: `::: {custom-style="Body Text"}`, `::: encadre`, `:::` (three colons
 * or more, attributes in braces or one word, colons after them). Pandoc's Markdown writes each paragraph of a
 * Word document converted with its styles (`-f docx+styles`) in a div so, and drafters box a clause so.
 * CommonMark has no divs and read a fence as text of the paragraph it touches (« ::: {custom-style="Body
 * Text"} Conditions de conformité ::: »): a title in bold was no title, a label no longer opened its line. A
 * fence is no block and no text, and it ends the block before it; what the div holds is read as what it is,
 * where it stands (a title in it is a title of the document).
 */
function divFence(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const { src } = state;
  const end = state.eMarks[startLine];
  const start = state.bMarks[startLine] + state.tShift[startLine];
  let index = start;
  while (index < end && src.charCodeAt(index) === COLON) index++;
  if (index - start < 3) return false;
  while (index < end && isBlank(src.charCodeAt(index))) index++;
  if (src.charCodeAt(index) === 0x7b /* { */) {
    while (index < end && src.charCodeAt(index) !== 0x7d /* } */) index++;
    if (index++ === end) return false;
  } else while (index < end && !isBlank(src.charCodeAt(index)) && src.charCodeAt(index) !== COLON) index++;
  for (; index < end; index++) if (src.charCodeAt(index) !== COLON && !isBlank(src.charCodeAt(index))) return false;
  if (!silent) state.line = startLine + 1;
  return true;
}

/**
 * A block of MDX's `import` statements at the document's level (`import Tabs from '@theme/Tabs';`, `import {Chart} from
 * './chart';`, `import './style.css';`), as a Docusaurus page opens to use its components (`<Tabs>`): code of the page, no
 * text of it. CommonMark read a paragraph. A block of which one line is no such statement is text (« import de biens… »).
 */
function mdxImports(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.parentType !== 'root' || state.blkIndent !== 0 || state.sCount[startLine] !== 0) return false;
  // Asked of every block: one that opens with no `import` is sliced for nothing.
  if (!state.src.startsWith('import', state.bMarks[startLine])) return false;
  let end = startLine;
  while (end < endLine && !state.isEmpty(end) && MDX_IMPORT.test(state.src.slice(state.bMarks[end], state.eMarks[end]))) end++;
  if (end === startLine || (end < endLine && !state.isEmpty(end))) return false;
  if (silent) return true;
  const token = state.push('mdx_import', '', 0);
  token.map = [startLine, end];
  state.line = end;
  return true;
}

/** An MDX `import` statement on a line of its own: what it imports (a name, names in braces, `* as` a name) from a quoted module, or the module alone. */
const MDX_IMPORT =
  /^import[ \t]+(?:(?:[\w$]+|\{[^{}\n]*\}|\*[ \t]*as[ \t]+[\w$]+)(?:[ \t]*,[ \t]*(?:\{[^{}\n]*\}|\*[ \t]*as[ \t]+[\w$]+))?[ \t]+from[ \t]+)?(?:'[^'\n]*'|"[^"\n]*");?[ \t]*$/;

/**
 * The opener of a Docusaurus admonition that has a title (`:::warning Aucune obligation`, `:::note[Option de
 * renouvellement]`, `:::danger[Rejet automatique]{#rejet}`: remark-directive's container, its kind attached to the colons,
 * then its label in brackets or, as Docusaurus 2 wrote it, the rest of the line). CommonMark read the opener as text of the
 * paragraph under it (« :::danger Rejet automatique Est rejetée la soumission : »). Its title is a title typed, as a
 * Python-Markdown block's is (pythonMarkdownBlock): `admonition_title`, its title as content; the body is read where it
 * stands up to the closing `:::`, a fence as a pandoc div's (divFence). An opener without a title is a div's fence.
 */
function admonitionOpener(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  // Asked of every line a paragraph goes on to: a line that opens with no colon is sliced for nothing.
  if (state.src.charCodeAt(start) !== COLON) return false;
  const title = admonitionTitle(state.src.slice(start, state.eMarks[startLine]));
  if (!title) return false;
  if (silent) return true;
  const token = state.push('admonition_title', 'div', 0);
  token.map = [startLine, startLine + 1];
  token.content = title;
  state.line = startLine + 1;
  return true;
}

/** The title of a Docusaurus admonition's opener (admonitionOpener); undefined for another line or an opener without one. */
function admonitionTitle(line: string): string | undefined {
  let index = 0;
  while (line.charCodeAt(index) === COLON) index++;
  if (index < 3 || !/[a-z]/.test(line[index] ?? '')) return undefined;
  while (index < line.length && /[\w-]/.test(line[index])) index++;
  if (line[index] === '[') {
    const close = line.indexOf(']', index);
    if (close === -1 || !/^(?:\{[^{}]*\})?[ \t]*$/.test(line.slice(close + 1))) return undefined;
    return line.slice(index + 1, close).trim() || undefined;
  }
  return isBlank(line.charCodeAt(index)) ? line.slice(index).trim() || undefined : undefined;
}

/**
 * A title typed between decorations on a line of its own: `decorated_title`, its words as content (decoratedTitle). Its
 * first characters might open a fence (`~~~`), a quote (`>`) or nothing but text: CommonMark read a paragraph whose words
 * kept the decoration, or a code block or a quote.
 */
function decoratedTitleRule(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const line = state.src.slice(start, state.eMarks[startLine]);
  const words = decoratedTitle(line);
  if (!words) return false;
  if (silent) return true;
  const token = state.push('decorated_title', 'p', 0);
  token.map = [startLine, startLine + 1];
  token.content = line.slice(words[0], words[1]);
  state.line = startLine + 1;
  return true;
}

/** A decoration's closing character for its opening one: the same run repeated, or the bracket that closes it. */
const DECORATION_CLOSING: Readonly<Record<string, string>> = { '=': '=', '*': '*', '-': '-', '~': '~', '+': '+', '>': '<', '[': ']' };

/**
 * Where the words of a title typed between decorations start and end in its line: drafters set a title apart so in a
 * plain-text export, an e-mail or a wiki (« === SECTION 2 — BESOINS === », MediaWiki's « == Historique == »,
 * « ***** AVIS ***** », « ---- SECTION 2 ---- », « ~~~ Annexe A ~~~ », « +++ DEVIS +++ », « >>> DEVIS <<< »,
 * « [ SECTION 3 ] »). A run of two characters or more on both sides (one bracket), apart from the words by a blank
 * (but `=`, which no inline syntax uses: « ==Historique== »): bold, strikethrough (`**x**`, `~~x~~`), a link or a task box
 * (`[x]`) stay what they are. The words are short, with a word of two letters; a thematic break, a setext underline or a
 * table's delimiter row has none. A fill-in mark in brackets (« [ NOM DU SOUMISSIONNAIRE ] », « [ Date ] ») is no
 * title: its words are all in capitals or open on a capital then go on in lower case, as a title's do — so only a
 * bracket's words that hold a number (« [ SECTION 3 ] », « [ 4. CONFORMITÉ ] ») are read as a title. The decoration's
 * characters may be escaped. Undefined for another line.
 */
function decoratedTitle(line: string): [number, number] | undefined {
  // An exporter escapes the decoration's characters (Turndown, Google Docs: « \=== SECTION 2 === », « \[ SECTION 3 \] »).
  const opening = line[0] === '\\' ? line[1] : line[0];
  const closing = DECORATION_CLOSING[opening] as string | undefined;
  if (closing === undefined) return undefined;
  let end = line.length;
  while (end > 0 && isBlank(line.charCodeAt(end - 1))) end--;
  let [from, opened] = [0, 0];
  for (; from < end; from++, opened++) {
    if (line[from] === '\\' && line[from + 1] === opening) from++;
    else if (line[from] !== opening) break;
  }
  let [to, closed] = [end, 0];
  for (; to > from && line[to - 1] === closing; closed++) to -= line[to - 2] === '\\' ? 2 : 1;
  const bracket = opening === '[';
  if (bracket ? opened !== 1 || closed !== 1 : opened < 2 || closed < 2) return undefined;
  const apart = isBlank(line.charCodeAt(from)) && isBlank(line.charCodeAt(to - 1));
  if (!apart && opening !== '=') return undefined;
  while (from < to && isBlank(line.charCodeAt(from))) from++;
  while (to > from && isBlank(line.charCodeAt(to - 1))) to--;
  const words = line.slice(from, to);
  if (words.length > TITLE_LENGTH || !/\p{L}{2}/u.test(words) || (bracket && !/\d/.test(words))) return undefined;
  return [from, to];
}

/**
 * A block of Python-Markdown's extensions, as MkDocs Material writes them: an admonition (`!!! danger "Date limite"`,
 * `!!! note`), a collapsible block (`??? note "Refus"`, `???+ example`) or a content tab (`=== "Par la poste"`), its
 * body the lines under it indented by four columns (blank lines between). CommonMark read the opener as text and the
 * body as indented code, whose words (a notice's date limit, a rejection case's list) the analysis did not read. The
 * body is Markdown, as a quote's is, read where it stands (as a pandoc div's, divFence); the title in quotes is a
 * title typed, as an HTML disclosure's `<summary>` is (htmlBlocks.ts): `python_block_open`, its title as content, then
 * the body's blocks, then `python_block_close`, both of nesting 0. A block without a title (`!!! note`) has none.
 */
function pythonMarkdownBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const start = state.bMarks[startLine] + state.tShift[startLine];
  // Asked of every line a paragraph goes on to: a line that opens with no marker's character is sliced for nothing.
  if (!BLOCK_MARKER_CHARACTERS.has(state.src.charCodeAt(start))) return false;
  const title = blockOpener(state.src.slice(start, state.eMarks[startLine]));
  if (title === undefined) return false;
  if (silent) return true;
  // The body: the lines indented by four past the container's, and the blank lines between them.
  let end = startLine + 1;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    if (state.sCount[line] - state.blkIndent < 4) break;
    end = line + 1;
  }
  const open = state.push('python_block_open', 'div', 0);
  open.map = [startLine, end];
  open.content = title;
  const [blkIndent, parentType, lineMax] = [state.blkIndent, state.parentType, state.lineMax];
  state.blkIndent += 4;
  state.parentType = 'python_block' as ParentType;
  state.lineMax = end;
  state.md.block.tokenize(state, startLine + 1, end);
  [state.blkIndent, state.parentType, state.lineMax] = [blkIndent, parentType, lineMax];
  state.push('python_block_close', 'div', 0);
  state.line = end;
  return true;
}

/**
 * Prose indented as a typist indents it: a paragraph's first line by a tab or four spaces or more, a list hanging-indented
 * (« a)  » at five columns, its lines wrapped at nine), a clause's body, a centred title. CommonMark reads indented code,
 * whose words (a paragraph's first line, the sentence that introduces the rejection cases, a whole clause) the analysis
 * does not read, and the lines at the margin after it a paragraph of their own, so that a sentence is cut in two. A tender
 * holds no source code: at the document's level, where no construct gives the indentation a meaning (a list item's or a
 * Python-Markdown block's body is read before, itemContinued, pythonMarkdownBlock), the lines indented code would hold
 * are read, when they are prose (typedProse), as the blocks they are without their first line's indentation: a paragraph,
 * its next lines its continuation, at the margin or indented. Code, ASCII art and columns aligned with spaces stay code.
 */
function indentedProse(state: StateBlock, startLine: number, endLine: number): boolean {
  if (state.parentType !== 'root' || state.blkIndent !== 0 || state.sCount[startLine] < 4) return false;
  // The lines indented code would hold: those indented by four or more, and the blank lines between them.
  const lines: string[] = [];
  for (let line = startLine; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    if (state.sCount[line] < 4) break;
    lines.push(state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]));
  }
  if (!typedProse(lines)) return false;
  // The first line read as if it were at the margin, by the rules after this one (code then no longer applies).
  const indent = state.sCount[startLine];
  state.sCount[startLine] = 0;
  let read = false;
  for (const rule of state.md.block.ruler.getRules('')) if (rule !== indentedProse && (read = rule(state, startLine, endLine, false))) break;
  state.sCount[startLine] = indent;
  return read;
}

/** A word of prose: letters or digits, the punctuation that opens or closes it, apostrophes, hyphens, dots or slashes inside (« l'entremise », « S-3.5 », « www.seao.ca », « a) »). */
const PROSE_WORD = /^[«“‘"'([]*[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’./°%@&-]*[\p{L}\p{M}\p{N}°%])?[»”’"')\].,;:!?]*$/u;

/** A token of punctuation alone, which prose sets apart by spaces (« : », « », « – », « $ »). */
const PROSE_PUNCTUATION = /^[«»“”"'’:;!?.,–—$%&*-]+$/u;

/** What prose does not hold: code's syntax, a tab or three blanks inside a line (columns aligned), a run of one sign (leaders, rules, ASCII art, blanks to fill in). */
const NOT_PROSE = /[{}<>=|\\`]|\S(?:\t| {3})|([^\p{L}\p{N}\s])\1{3}/u;

const MARKDOWN_ESCAPE = /\\([!"#$%&'()*+,./:;<=>?@[\\\]^_`{|}~-])/g;

/** An HTML comment within a line: a note to the drafter or a directive (`<!-- tender-ignore … -->`), which no reader sees. */
const HTML_COMMENT = /<!--.*?-->/g;

/**
 * Whether lines (without their indentation) are prose: three words or more, letters most of what is written, nothing of
 * code's syntax nor of columns aligned or drawn (indentedProse). A word or two alone (a name, `code`) stay as written.
 */
export function typedProse(lines: readonly string[]): boolean {
  let [words, others, letters, written] = [0, 0, 0, 0];
  for (const typed of lines) {
    // A Markdown escape (`4\\)`, `\\*`) is the sign it escapes, as a converter writes prose; a comment is no text of it.
    const line = typed.replace(HTML_COMMENT, '').replace(MARKDOWN_ESCAPE, '$1');
    if (NOT_PROSE.test(line)) return false;
    for (const token of line.split(/[ \t]+/)) {
      if (token === '' || PROSE_PUNCTUATION.test(token)) continue;
      if (PROSE_WORD.test(token)) words++;
      else others++;
      written += token.length;
      for (const char of token) if (/\p{L}/u.test(char)) letters++;
    }
  }
  return words >= 3 && others * 5 <= words && letters * 5 >= written * 3;
}

/** The first characters of blockOpener's markers: `!!!`, `???`, `===`. */
const BLOCK_MARKER_CHARACTERS: ReadonlySet<number> = new Set([0x21, 0x3f, 0x3d]);

/**
 * The title of a Python-Markdown block's opener (pythonMarkdownBlock), '' when it has none; undefined for another line.
 * An admonition's `!!!` or a collapsible block's `???` (`???+` open) is followed by its kind's words (`note`, `danger`,
 * `note inline end`: CSS classes), a title in double quotes, or both; a tab's `===` (`===!`, `===+`) by its title.
 */
function blockOpener(line: string): string | undefined {
  const marker = line.slice(0, 3);
  if (marker !== '!!!' && marker !== '???' && marker !== '===') return undefined;
  let index = 3;
  while (index < 5 && (line[index] === '+' || (marker === '===' && line[index] === '!'))) index++;
  if (marker === '!!!' && index > 3) return undefined;
  const rest = line.slice(index).trim();
  const quote = rest.indexOf('"');
  const kind = (quote === -1 ? rest : rest.slice(0, quote)).trim();
  if (quote === -1 ? marker === '===' || kind === '' : !rest.endsWith('"') || quote === rest.length - 1) return undefined;
  // The kind's words: letters, digits, `_` and `-`, blanks between; a tab has none.
  if (marker === '===' ? kind !== '' : !kind.split(/[ \t]+/).every((word) => word === '' || /^[\w-]+$/.test(word))) return undefined;
  // Blanks part the kind from its title, and the marker from either (`!!!note` is Python-Markdown's too).
  if (quote > 0 && kind !== '' && !isBlank(rest.charCodeAt(quote - 1))) return undefined;
  return quote === -1 ? '' : rest.slice(quote + 1, -1).trim();
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Whether the line is dashes, then nothing but spaces and tabs (read in place: asked of every line a paragraph goes on to). */
function underline(state: StateBlock, line: number): boolean {
  if (line >= state.lineMax) return false;
  const { src } = state;
  const end = state.eMarks[line];
  let index = state.bMarks[line] + state.tShift[line];
  if (src.charCodeAt(index) !== 0x2d /* - */ || index >= end) return false;
  while (index < end && src.charCodeAt(index) === 0x2d) index++;
  while (index < end && (src.charCodeAt(index) === 0x20 || src.charCodeAt(index) === 0x09)) index++;
  return index === end;
}

/**
 * The chunk's blocks, in document order. Only the document's front-matter chunk (`frontMatter`) is read for
 * a front-matter: a body chunk that opens with a thematic break (`---`) is Markdown, whatever follows it.
 */
export function markdownBlocks(chunk: string, frontMatter = false, running: readonly number[] = []): MarkdownBlock[] {
  // A byte order mark is not text (micromark drops it too); offsets still count it.
  const base = chunk.charCodeAt(0) === 0xfeff ? 1 : 0;
  const original = base ? chunk.slice(1) : chunk;
  // The front-matter as the document parser finds it (model.ts), which is how micromark read it too:
  // one YAML block, its value as written. Its lines are then blanked for markdown-it, so that the rest
  // keeps its offsets and line numbers.
  const blocks: MarkdownBlock[] = [];
  const matter = frontMatter ? findFrontMatter(original) : undefined;
  let body = original;
  if (matter) {
    blocks.push({ type: 'yaml', start: base, end: base + matter.fenceEnd, value: original.slice(matter.contentStart, matter.contentEnd) });
    body = original.slice(0, matter.fenceEnd).replace(/[^\r\n]|\r(?!\n)/g, ' ') + original.slice(matter.fenceEnd);
  }
  // markdown-it reads every line ending as `\n`: the parse is of the text with CRLF as LF, and each
  // offset is moved back by the CRs of the lines before its own.
  const crlf = original.includes('\r\n');
  // A text copied from a PDF: its page furniture is read as no line of the chunk (pageFurniture.ts); a draft under
  // review: what its review marks delete is no text of it (reviewMarks.ts).
  const publication = frontMatter
    ? undefined
    : published(
        body,
        running.map((start) => start - base),
      );
  const source = publication?.source ?? (crlf ? body.replaceAll('\r\n', '\n') : body);
  const crBefore: number[] = [];
  if (crlf && !publication) {
    let count = 0;
    crBefore.push(0);
    for (let index = 0; index < original.length; index++) {
      if (original.charCodeAt(index) !== 10) continue;
      if (original.charCodeAt(index - 1) === 13) count++;
      crBefore.push(count);
    }
  }
  // Within a block whose lines all end in CRLF the text keeps CRLF, as remark's did.
  const lineEnding = crlf && !/(?:^|[^\r])\n/.test(original) ? '\r\n' : '\n';

  const env: ParseEnv = { starts: [], lineEnds: [] };
  // Same length as `source` (lone CRs, NULs and delimiter rows' no-break spaces are replaced one for one): offsets hold for both.
  const tokens = md.parse(delimiterRowsSpaced(markdownItText(source)), env);
  const at = (offset: number, line: number) => base + (publication ? publication.at(offset) : offset + (crlf ? crBefore[line] : 0));
  const lineEnd = (line: number) => at(env.lineEnds[line], line);
  const withEndings = (value: string) => (lineEnding === '\n' ? value : value.replaceAll('\n', lineEnding));

  let index = 0;
  const read = (): MarkdownBlock[] => {
    const out: MarkdownBlock[] = [];
    while (index < tokens.length && tokens[index].nesting !== -1) {
      if (tokens[index].type === 'pandoc_definition_open') {
        const term = tokens[index - 1].type === 'paragraph_close' ? out.pop() : undefined;
        index++;
        out.push(...defined(term, read()));
        continue;
      }
      if (tokens[index].type === 'html_block' && PASSAGES_HTML.test(tokens[index].content)) {
        out.push(...readHtml());
        continue;
      }
      const block = readBlock();
      if (block?.type !== 'paragraph' || block.markdown === undefined) {
        if (block) out.push(block);
        continue;
      }
      const open = tokens[index - 3];
      const titled = open.level === 0 ? titledParagraph(block, open.map![0]) : sectionItem(index - 3) ? titledParagraph(block, open.map![0], true) : undefined;
      if (titled) out.push(titled[0]);
      const [paragraph, firstLine, first] = titled ? [titled[1], open.map![0] + 1, titled[2]] : [block, open.map![0], env.starts[index - 3]];
      // A paragraph's Markdown may be a list typed without list markup (a title written in HTML has none).
      out.push(...(entriesOf(paragraph, firstLine, first) ?? [paragraph]));
    }
    index++; // the container's closing token
    return out;
  };
  /** An offset past a line block's bar and the blank after it (lineBlock), where a line of one starts. */
  const pastLineBlockBar = (offset: number): number =>
    source.charCodeAt(offset) === PIPE && (source.charCodeAt(offset + 1) === 0x20 || source.charCodeAt(offset + 1) === 0x09) ? offset + 2 : offset;
  /** Where line `line` of a paragraph whose first line is `firstLine` starts in the source: past its container's marks (a quote's `>`) and indentation. */
  const paragraphLine = (firstLine: number, line: number): number => {
    let offset = env.lineEnds[firstLine + line - 1] + 1;
    while (source.charCodeAt(offset) === 0x20 || source.charCodeAt(offset) === 0x09 || source.charCodeAt(offset) === 0x3e /* > */) offset++;
    return offset;
  };
  /**
   * The fields of a paragraph's text (`value`), from its inline tokens: the paragraph's first line is `firstLine`, and
   * its text starts at `first` in the source. A label with no value before the next field is none (a label over a list).
   */
  const fieldsOf = (value: string, children: Token[], firstLine: number, first: number): Field[] | undefined => {
    const labels = fieldLabels(children);
    if (labels.length === 0) return undefined;
    const lineStarts = [0];
    for (let from = value.indexOf('\n'); from !== -1; from = value.indexOf('\n', from + 1)) lineStarts.push(from + 1);
    const lineAt = (line: number) => (line === 0 ? first : paragraphLine(firstLine, line));
    const fields: Field[] = [];
    for (const label of labels) {
      const lineStart = lineStarts[label.line] as number | undefined;
      if (lineStart === undefined) continue;
      const start = lineStart + label.tagged;
      const words = withEndings(withoutPandocMarks(label.words));
      // Lines the source and the text count alike (a code span or an HTML `<br>` may not): the label is where both say.
      const markdown = lineAt(label.line);
      const mark = source.charCodeAt(markdown);
      // A label after a language tag: the line opens with the tag, the text says where the label is; a label in a
      // pandoc span opens with the span's bracket.
      const spanEnd = mark === 0x3c /* < */ && source.startsWith('<span', markdown) ? source.indexOf('>', markdown) : -1;
      const opening = mark === 0x5b /* [ */ ? source.charCodeAt(markdown + 1) : spanEnd >= 0 ? source.charCodeAt(spanEnd + 1) : mark;
      const emphasis = opening === 0x2a /* * */ || opening === 0x5f /* _ */ || label.tagged > 0;
      if (!value.startsWith(words, start) || !emphasis) continue;
      const end = start + words.length;
      const last = label.last === label.line ? markdown : lineAt(label.last);
      fields.push({
        start,
        label: end,
        value: valueStart(value, end),
        lines: [at(markdown, firstLine + label.line), at(last, firstLine + label.last)],
      });
    }
    const valued = fields.filter((field, rank) => value.slice(field.value, fields[rank + 1]?.start ?? value.length).trim() !== '');
    return valued.length ? valued : undefined;
  };
  /**
   * A definition's blocks, its term's before them: the term and the definition's first paragraph are one passage,
   * the term its label (« Renseignements : Mme A. Roy, … »), as a notice's field is written on one line.
   */
  const defined = (term: MarkdownBlock | undefined, blocks: MarkdownBlock[]): MarkdownBlock[] => {
    const [first, ...rest] = blocks;
    if (term?.type !== 'paragraph' || first?.type !== 'paragraph') return term ? [term, ...blocks] : blocks;
    const label = term.value.trimEnd();
    const value = `${label.endsWith(':') ? label.slice(0, -1).trimEnd() : label} : ${first.value}`;
    return [{ type: 'paragraph', start: term.start, end: first.end, value, markdown: first.markdown, definition: true }, ...rest];
  };
  const paragraphOf = (start: number, end: number, markdown: string, children: Token[], firstLine: number, first: number): MarkdownBlock => {
    const value = withEndings(withoutPandocMarks(inlineText(children, false)));
    const paragraph: MarkdownBlock = { type: 'paragraph', start, end, value, markdown };
    if (emphasisTitle(children, value) || capitalsTitle(value) || numberedTitle(value)) paragraph.title = true;
    const fields = fieldsOf(value, children, firstLine, first);
    if (fields) paragraph.fields = fields;
    return paragraph;
  };
  // A paragraph's content ends at its last character (markdown-it trims it): so does an entry's, a title's, or an introduction's.
  const inlineOf = (markdown: string) => md.parseInline(markdown.trimEnd(), env)[0].children ?? [];
  /**
   * Whether the paragraph that opens at token `open` opens an item of a numbered list of the document's level, where a
   * title in capitals over its text opens a section (« 1. DEVIS↵Le devis technique… », « 2. ADMISSIBILITÉ↵Seuls… »):
   * CommonMark reads numbered sections typed so, a blank line between them, as one list.
   */
  const sectionItem = (open: number): boolean => {
    const item = tokens[open - 1];
    return item?.type === 'list_item_open' && item.level === 1 && (item.markup === '.' || item.markup === ')');
  };
  /**
   * A paragraph of the document's level whose first line is a title (titleLine): that title, as a paragraph set apart,
   * and the paragraph under it, with where its text starts in the source. Text copied from a PDF or typed in plain text
   * has its titles so, once their bold and the blank line under them are lost (« 4.2 Contrat à signer↵Le contrat… »).
   * `inCapitals`: the first paragraph of a numbered section's item (sectionItem), whose title is in capitals.
   */
  const titledParagraph = (paragraph: MarkdownBlock, firstLine: number, inCapitals = false): [MarkdownBlock, MarkdownBlock, number] | undefined => {
    const { value, markdown } = paragraph;
    const lineBreak = value.indexOf('\n');
    const markdownBreak = markdown!.indexOf('\n');
    if (lineBreak === -1 || markdownBreak === -1) return undefined;
    const [line, next] = [value.slice(0, lineBreak), value.slice(lineBreak + 1)];
    // A title in capitals is told from its text by the text's lower case (a body typed all in capitals tells nothing).
    if (inCapitals ? !capitalsTitle(line) || !/^[\p{Lu}\d]/u.test(next) || !/\p{Ll}/u.test(next) : !titleLine(line, next)) return undefined;
    // A line that would open a block of its own, written alone (« 2. … », « - … »), stays in the paragraph CommonMark read.
    if (BLOCK_OPENING.test(markdown!.slice(markdownBreak + 1))) return undefined;
    // A title whose bold goes on past the line end is one title wrapped (« **CENTRE INTÉGRÉ … SOCIAUX↵DES MONTS-ET-RIVIÈRES** »,
    // hard-wrapped as a text copied from a PDF is): its first line is not a title over the rest.
    if (emphasisOverLineEnd(tokens[index - 2].children ?? [])) return undefined;
    // Lines the source and the text count alike (a code span or an HTML `<br>` may not): the title is where both say.
    if (value.split('\n').length !== markdown!.split('\n').length) return undefined;
    // A hard break's backslash ends the title's line, as the line ending does: it is no text of the title.
    const titleMarkdown = markdown!.slice(0, markdownBreak).replace(HARD_BREAK_AT_END, '$1');
    const title = paragraphOf(paragraph.start, lineEnd(firstLine), titleMarkdown, inlineOf(titleMarkdown), firstLine, env.starts[index - 3]);
    title.title = true;
    const first = pastLineBlockBar(paragraphLine(firstLine, 1));
    // Its first line's indentation (a tab, a typist's first-line indent) is not its text, as a paragraph's is not.
    const text = markdown!.slice(markdownBreak + 1).replace(/^[ \t]+/, '');
    return [title, paragraphOf(at(first, firstLine + 1), paragraph.end, text, inlineOf(text), firstLine + 1, first), first];
  };
  /**
   * A paragraph whose lines open with the marks of a list's entries (« a) … », « (b) … », « 1° … », « ii. … »,
   * « **a)** … »), each after the one before it, or with the same bullet (« • … », « – … », « ▪ … »), is that list:
   * the lines before its first entry are a paragraph of their own (its introduction), and each entry is a list
   * item with the lines under it, its mark read as a list item's marker. Drafters type lists so in plain text or
   * paste them so from Word, and pandoc writes a lettered list so; CommonMark has no such marker and reads one
   * paragraph, where each entry stated what the one before it did not. Undefined for another paragraph.
   */
  const entriesOf = (paragraph: MarkdownBlock, firstLine: number, first: number): MarkdownBlock[] | undefined => {
    // Most paragraphs open with no mark and have one line, or no line that could open a list: they are not split into lines.
    const markdown = paragraph.markdown!;
    const firstLineEnd = markdown.indexOf('\n');
    if (!ENTRY_MARK.test(markdown) && (firstLineEnd === -1 || !firstEntryBelow(markdown, firstLineEnd)) && !LIST_INTRODUCED_IN_LINE.test(markdown))
      return undefined;
    const pieces = linePieces(firstLineEnd === -1 ? [markdown] : markdown.split('\n'));
    const entries = entryLines(pieces) ?? (paragraph.title ? undefined : loneEntry(pieces[0].text));
    if (!entries) return undefined;
    const lineStart = (line: number) => pastLineBlockBar(line === 0 ? first : paragraphLine(firstLine, line));
    /** Where a piece starts in the source (its text past the line's indentation). */
    const pieceStart = (piece: LinePiece) => lineStart(piece.line) + piece.column;
    /** Where the pieces before `next` end: at the end of their line, or before the blanks that separate `next` on its line. */
    const endBefore = (next: number) => {
      const piece = pieces[next - 1];
      if (pieces[next]?.line !== piece.line) return lineEnd(firstLine + piece.line);
      return at(pieceStart(pieces[next]) - (piece.text.length - piece.text.trimEnd().length), firstLine + piece.line);
    };
    /** The Markdown of pieces `from` to `to`, those of one line joined as they were written. */
    const joined = (opening: string, from: number, to: number) => {
      let text = opening;
      for (let piece = from + 1; piece <= to; piece++) text += (pieces[piece].line === pieces[piece - 1].line ? '' : '\n') + pieces[piece].text;
      return pieces[to + 1]?.line === pieces[to].line ? text.trimEnd() : text;
    };
    const out: MarkdownBlock[] = [];
    if (entries[0].line > 0) {
      const markdown = joined(pieces[0].text, 0, entries[0].line - 1).trimEnd();
      out.push(paragraphOf(paragraph.start, endBefore(entries[0].line), markdown, inlineOf(markdown), firstLine, first));
    }
    const items = entries.map((entry, rank): MarkdownBlock => {
      const next = entries[rank + 1]?.line ?? pieces.length;
      const piece = pieces[entry.line];
      const markAt = pieceStart(piece);
      const markdown = joined(entry.emphasis + piece.text.trimStart().slice(entry.mark), entry.line, next - 1);
      const end = endBefore(next);
      const children = inlineOf(markdown);
      const value = withEndings(withoutPandocMarks(inlineText(children, false)));
      const text: MarkdownBlock = { type: 'paragraph', start: at(markAt + entry.mark, firstLine + piece.line), end, value };
      const fields = fieldsOf(value, children, firstLine + piece.line, markAt + entry.mark);
      if (fields) text.fields = fields;
      const item: MarkdownBlock = { type: 'listItem', start: at(markAt, firstLine + piece.line), end, value: '', children: [text], mark: entryShape(entry) };
      if (entry.label !== '') item.label = entry.label;
      return item;
    });
    out.push({ type: 'list', start: items[0].start, end: paragraph.end, value: '', children: items });
    return out;
  };
  const readBlock = (): MarkdownBlock | undefined => {
    const token = tokens[index];
    const map = token.map;
    const start = map ? at(env.starts[index], map[0]) : 0;
    switch (token.type) {
      case 'paragraph_open':
      case 'heading_open': {
        const inline = tokens[index + 1];
        index += 3;
        const end = lineEnd(map![1] - 1);
        if (token.type === 'paragraph_open') return paragraphOf(start, end, inline.content, inline.children ?? [], map![0], env.starts[index - 3]);
        const value = withEndings(withoutPandocMarks(inlineText(inline.children ?? [], false)));
        return { type: 'heading', start, end, value, depth: Number(token.tag.slice(1)) };
      }
      case 'html_block':
      case 'fence':
      case 'code_block':
        index++;
        return {
          type: token.type === 'html_block' ? 'html' : 'code',
          start,
          end: lineEnd(map![1] - 1),
          value: withEndings(token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content),
        };
      case 'hr':
        index++;
        return { type: 'thematicBreak', start, end: lineEnd(map![0]), value: '' };
      case 'python_block_open':
      case 'admonition_title':
      case 'decorated_title': {
        // Its title is a title typed (its opener's line); its body's blocks follow, where they stand.
        index++;
        if (token.content === '') return undefined;
        const value = withEndings(withoutPandocMarks(inlineText(inlineOf(token.content), false)));
        return { type: 'paragraph', start, end: lineEnd(map![0]), value, title: true };
      }
      case 'table_open':
        return readTable(start);
      case 'pandoc_table': {
        index++;
        const table = token.meta as PandocTable;
        const rows = table.rows.map((row) => ({
          start: at(row.start, row.line),
          end: lineEnd(row.last),
          cells: row.cells.map((cell) => withEndings(withoutPandocMarks(inlineText(md.parseInline(cell, env)[0].children ?? [], false)).trim())),
        }));
        return { type: 'table', start, end: rows[rows.length - 1].end, value: '', rows, headless: table.headless };
      }
      case 'blockquote_open':
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'list_item_open':
      case 'footnote_reference_open': {
        index++;
        const children = read();
        const type =
          token.type === 'blockquote_open'
            ? 'blockquote'
            : token.type === 'list_item_open'
              ? 'listItem'
              : token.type === 'footnote_reference_open'
                ? 'footnoteDefinition'
                : 'list';
        const end = children.length ? children[children.length - 1].end : map ? lineEnd(map[0]) : start;
        return { type, start, end, value: '', children };
      }
      default:
        index++;
        return undefined;
    }
  };
  const readTable = (start: number): MarkdownBlock => {
    const rows: TableRow[] = [];
    let row: TableRow | undefined;
    // A row has the cells written on its line, as in mdast: markdown-it pads or cuts rows to the header's count.
    let written: string[] = [];
    for (index++; tokens[index].type !== 'table_close'; index++) {
      const token = tokens[index];
      if (token.type === 'tr_open') {
        const line = token.map![0];
        row = { start: at(env.starts[index], line), end: lineEnd(line), cells: [] };
        rows.push(row);
        written = rowCells(source.slice(env.starts[index], env.lineEnds[line]).trim());
      } else if (token.type === 'inline' && row!.cells.length < written.length) row!.cells.push(inlineText(token.children ?? [], false).trim());
      else if (token.type === 'tr_close') {
        // Cells past the header's count, which markdown-it drops.
        for (const cell of written.slice(row!.cells.length))
          row!.cells.push(inlineText(md.parseInline(markdownItText(cell.trim()), env)[0].children ?? [], false).trim());
      }
    }
    index++;
    // A header row of empty cells over other rows is no row: markdownify (MarkItDown's conversion of a Word document)
    // writes one over a table whose first row Word does not mark as its header, GFM wanting one. That first row, the
    // table's column names mostly (« Critère | Pondération »), is its header, as in a table a drafter writes in GFM.
    if (rows.length > 1 && rows[0].cells.every((cell) => cell === '')) rows.shift();
    return { type: 'table', start, end: rows[rows.length - 1].end, value: '', rows };
  };
  /**
   * The passages of an HTML block (htmlBlocks), each at its place when the block's text is the source's (not inside a
   * block quote or a list item), else over the whole block; a passage alone in it spans it (a title's, a table's). Tags
   * alone are no block (see tagsOnly); HTML that holds no passage is kept as written.
   */
  const readHtml = (): MarkdownBlock[] => {
    const token = tokens[index++];
    const html = token.content;
    const from = env.starts[index - 1];
    const start = at(from, token.map![0]);
    const end = lineEnd(token.map![1] - 1);
    const blocks = htmlBlocks(html, md.utils.unescapeAll);
    if (blocks.length === 0) return tagsOnly(html) ? [] : [{ type: 'html', start, end, value: withEndings(html.endsWith('\n') ? html.slice(0, -1) : html) }];
    const inPlace = source.startsWith(html.trimEnd(), from);
    const offset = (relative: number, whole: number) => (inPlace ? at(from + relative, lineOf(from + relative)) : whole);
    const place = (block: MarkdownBlock): MarkdownBlock => {
      const placed: MarkdownBlock = { ...block, start: offset(block.start, start), end: offset(block.end, end), value: withEndings(block.value) };
      if (block.rows)
        placed.rows = block.rows.map((row) => ({ start: offset(row.start, start), end: offset(row.end, end), cells: row.cells.map(withEndings) }));
      if (block.children) placed.children = block.children.map(place);
      return placed;
    };
    const placed = blocks.map(place);
    // A passage alone in its block spans it (a title's, a table's), as CommonMark's block did.
    if (placed.length === 1) Object.assign(placed[0], { start, end });
    return placed;
  };
  /** The line of a source offset (for the CRs before it): the first whose end is not before it. */
  const lineOf = (offset: number) => {
    if (!crlf && !publication) return 0;
    let [low, high] = [0, env.lineEnds.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (env.lineEnds[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return [...blocks, ...read()];
}

/**
 * A chunk's text as published: without its page furniture's lines (furnitureRanges; `running` from the text's start)
 * and what its review marks delete (reviewDeletions), its line endings LF; and where an offset of it is in `text` (one
 * at a span left out is the text's after it, a line's end before its CR). Undefined when nothing is left out.
 */
function published(text: string, running: readonly number[]): { source: string; at: (offset: number) => number } | undefined {
  const left = [...furnitureRanges(text, running), ...reviewDeletions(text)];
  if (left.length === 0) return undefined;
  // A CR before a line feed is left out too, as the parse of a text without any reads every line ending as LF.
  for (let cr = text.indexOf('\r\n'); cr !== -1; cr = text.indexOf('\r\n', cr + 2)) left.push({ from: cr, length: 1 });
  left.sort((a, b) => a.from - b.from);
  // The kept parts: where each starts in the source and in the text.
  const kept: { source: number; text: number }[] = [];
  let source = '';
  let copied = 0;
  for (const { from, length } of left) {
    if (from > copied) {
      kept.push({ source: source.length, text: copied });
      source += text.slice(copied, from);
    }
    copied = Math.max(copied, from + length);
  }
  kept.push({ source: source.length, text: copied });
  source += text.slice(copied);
  return {
    source,
    at(offset) {
      let [low, high] = [0, kept.length - 1];
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (kept[middle].source <= offset) low = middle;
        else high = middle - 1;
      }
      const { text: from, source: at } = kept[low];
      // A line's end is before its CR, as the parse of a text without any span left out has it.
      if (offset === at && text.charCodeAt(from - 1) === 13 && text.charCodeAt(from) === 10) return from - 1;
      return from + offset - at;
    },
  };
}

/**
 * The mark that opens an entry of a list typed without list markup, then blanks and text: a letter, a roman
 * numeral, a number or pandoc's `#` (numbered when read), then `)`, `.` or (a number) `°`, or the same in
 * parentheses (a backslash may escape the mark's parentheses or period, as pandoc writes them where they would
 * start a list: `a\)`, `1\.`, `\(1\)`); or a bullet, as a list pasted from Word or
 * typed in plain text opens its entries: the geometric shapes, arrows and check marks word processors write
 * (• ◦ ▪ ■ □ ● ○ ◆ ◇ ♦ ❖ ► ▶ ➢ ➤ ‣ ⁃ ∙ · ✓ ✔ ☐ ☑), Word's bullets of the Symbol and Wingdings fonts, which a paste
 * keeps as characters of the private use area (U+F0B7 •, U+F0A7 ▪, U+F076 ❖, U+F0D8 ➢, U+F0E8 ➔, U+F0FC ✓),
 * the dashes « – » and « — », or `--` and `---` as pandoc's Markdown writes them (DASHES), Word's « o », which a tab
 * follows (a word does not), and a list marker of
 * Markdown escaped (`\-`, `\*`, `\+`), as a converter writes the one a drafter typed by hand at a paragraph's start
 * (pandoc, Turndown, Google Docs: `\- Expérience du chargé de projet`), where it would start a list. The mark may be
 * set in bold or italics (« **a)** », « *i.* »), or open the emphasis of the entry's first words (« **a)
 * Expérience** (20 points) »): group 1, kept with the text when it does not close right after the mark.
 */
const ENTRY_MARK =
  /^(\*{0,3}|_{1,3})(?:((?:\\?\()?)([#a-z]|[ivx]{1,6}|\d{1,2})(\\?)([).°º])|([•◦▪■□●○◆◇♦❖►▶➢➤‣⁃∙·✓✔☐☑\uF076\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC–—]|---?|o(?=\t)|\\[-+*]))(\1?)([ \t]+)(?=\S)/i;

/** The mark that opens an entry of a list typed without list markup, in its parts (a quick fix writes the next one so). */
export interface EntryMark {
  /** Its length, with the blanks after it. */
  length: number;
  /** The emphasis it is set in (« **a)** »), or opens (« **a) Expérience** »); empty when none. */
  emphasis: string;
  /** Whether the emphasis closes right after it; else the entry's text closes it. */
  closed: boolean;
  /** A letter's or a number's opening parenthesis, if any. */
  opening: string;
  /** A letter, roman numeral or number; empty for a bullet. */
  label: string;
  /** A letter's or a number's closing: `)`, `.` or `°`. */
  closing: string;
  /** Whether a backslash escapes the mark (`a\)`, `\(1\)`, as pandoc writes it). */
  escaped: boolean;
  /** Surely a list's mark: closed by a parenthesis or a degree sign, escaped, or pandoc's `#` (« A. » or « M. » may open a name). */
  sure: boolean;
  /** The bullet, when it is one. */
  bullet?: string;
  /** The blank after it (a tab after Word's « o »). */
  blank: string;
}

/** The mark that opens a line (ENTRY_MARK) of a list typed without list markup, undefined for another line. */
export function entryMark(line: string): EntryMark | undefined {
  const found = ENTRY_MARK.exec(line);
  if (!found) return undefined;
  const [written, emphasis, escapedOpening = '', label = '', escape = '', closing = '', bullet, closed, blanks] = found;
  // A parenthesis opens a mark only that one closes; a degree sign follows a number only.
  if ((escapedOpening !== '' && closing !== ')') || (/[°º]/.test(closing) && !/^\d/.test(label))) return undefined;
  const escaped = escape !== '' || escapedOpening.startsWith('\\');
  const sure = bullet === undefined && (closing !== '.' || escaped || label === '#');
  return {
    length: written.length,
    emphasis,
    closed: closed !== '',
    opening: escapedOpening.replace('\\', ''),
    label,
    closing,
    escaped,
    sure,
    bullet,
    blank: blanks[0],
  };
}

/**
 * The bullets that also open an incise in prose, where a wrapped sentence's line may begin with one (see opensList): the
 * dashes, and pandoc's Markdown for them (its `smart` extension writes « – » `--` and « — » `---`).
 */
const DASHES: ReadonlySet<string> = new Set(['–', '—', '--', '---']);

/**
 * A line where a list may open after the first, sticky: tried where a line's text starts (« a) », « (1) »,
 * « i. », one of ENTRY_MARK's bullets, in emphasis or not; whether it opens one is entryLines' to say).
 */
const FIRST_ENTRY = /(?:\*{1,3}|_{1,3})?(?:(?:\\?\()?[1ai#]\\?[).°º]|[•◦▪■□●○◆◇♦❖►▶➢➤‣⁃∙·✓✔☐☑\uF076\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC–—]|--|o\t|\\[-+*])/iy;

/**
 * Whether a line after the first opens with the first mark of a list (its introduction above it). Asked of
 * every paragraph of several lines: each line's first character is looked at, not the whole text.
 */
function firstEntryBelow(markdown: string, firstLineEnd: number): boolean {
  for (let at = firstLineEnd; at !== -1; at = markdown.indexOf('\n', at + 1)) {
    let start = at + 1;
    while (markdown.charCodeAt(start) === 0x20 || markdown.charCodeAt(start) === 0x09) start++;
    const char = markdown.charCodeAt(start);
    const lower = char | 0x20;
    // A mark's opening: `(`, `1`, `a`, `i`, `#`, `*`, `_`, a backslash escaping a parenthesis, Word's `o`, pandoc's dash
    // `--`, or another bullet (every other one is past ASCII).
    if (
      char < 0x80 &&
      char !== 0x28 /* ( */ &&
      char !== 0x23 /* # */ &&
      char !== 0x5c /* \ */ &&
      char !== 0x31 /* 1 */ &&
      char !== 0x2a /* * */ &&
      char !== 0x5f /* _ */ &&
      char !== 0x2d /* - */ &&
      lower !== 0x61 /* a */ &&
      lower !== 0x69 /* i */ &&
      lower !== 0x6f /* o */
    )
      continue;
    FIRST_ENTRY.lastIndex = start;
    if (FIRST_ENTRY.test(markdown)) return true;
  }
  return false;
}

/**
 * A piece of a paragraph's line: the whole line, or the part from an entry's mark a converter left on the line of the
 * text before it (joinedMarks) to the next such mark.
 */
interface LinePiece {
  /** The paragraph's line. */
  line: number;
  /** Where it starts past the line's indentation (0 for the line's first piece, which keeps its indentation). */
  column: number;
  text: string;
}

/** The pieces of a paragraph's lines, each line split where a converter left an entry's mark on it (joinedMarks). */
function linePieces(lines: string[]): LinePiece[] {
  const pieces: LinePiece[] = [];
  lines.forEach((text, line) => {
    const indent = text.length - text.trimStart().length;
    let start = 0;
    for (const column of joinedMarks(text)) {
      pieces.push({ line, column: start === 0 ? 0 : start - indent, text: text.slice(start, column) });
      start = column;
    }
    pieces.push({ line, column: start === 0 ? 0 : start - indent, text: text.slice(start) });
  });
  return pieces;
}

/** What closes an entry or a clause before the next one's mark: a period, a semicolon, a colon, an exclamation or question mark. */
const CLAUSE_END = /[.;:!?]/;

/**
 * Where the marks of entries typed at lines' starts (« • », « ▪ », « ✓ », « – », « 2) ») stand within a line, as the
 * converters that write a paragraph on one line leave them (Google Docs, MarkItDown, mammoth, Turndown: a word
 * processor's line break within a paragraph is a space to them): « … 24 mois. • Refus … ». A bullet after a blank
 * may be one; a dash, a number or a letter only after a clause's end (« …; – Validité … », « … 24 mois. 2) Refus … »),
 * since a dash also opens an incise and a sentence counts « 2 » without one, and a number or a letter closed by a
 * parenthesis or a degree sign, or escaped (`2\\.`, as a converter writes it). Whether it opens an entry (the same
 * shape as the entry before it, or after a colon) is entryLines' to say.
 */
function joinedMarks(line: string): number[] {
  const columns: number[] = [];
  // Past the mark that opens the line, if any: the text after it is its entry's.
  const text = line.trimStart();
  for (let column = line.length - text.length + (entryMark(text)?.length ?? 0) + 1; column < line.length; column++) {
    const blankBefore = line.charCodeAt(column - 1);
    const char = line.charCodeAt(column);
    if ((blankBefore !== 0x20 && blankBefore !== 0x09) || char === 0x20 || char === 0x09) continue;
    // The text before the blanks, past the emphasis that closes it (« **Lieu :** • … »).
    let before = column - 2;
    while (before > 0 && (line.charCodeAt(before) === 0x20 || line.charCodeAt(before) === 0x09)) before--;
    while (before > 0 && (line.charCodeAt(before) === 0x2a || line.charCodeAt(before) === 0x5f)) before--;
    const clauseEnd = CLAUSE_END.test(line[before]);
    // Every mark but the bullets past ASCII opens with an ASCII character (a letter, a digit, `(`, `-`, `*`, `\`).
    if (char < 0x80 && !clauseEnd) continue;
    // Past the blank before it, a mark is short: a bounded look keeps the search linear.
    const found = entryMark(line.slice(column, column + 24));
    // A letter closed by a period (« … ? R. Uniquement … », « … M. Tremblay ») may be no mark: only a surer one is read here.
    if (!found || (found.bullet === undefined ? !clauseEnd || !found.sure : !clauseEnd && DASHES.has(found.bullet))) continue;
    columns.push(column);
    column += found.length - 1;
  }
  return columns;
}

/** A bulleted list a colon introduces within a line (« Pièces à joindre : • le formulaire; • … »), as a converter joins it. */
const LIST_INTRODUCED_IN_LINE = /:[*_]*[ \t]+(?:[•◦▪■□●○◆◇♦❖►▶➢➤‣⁃∙·✓✔☐☑\uF076\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC–—]|--)[ \t]/;

interface Entry {
  /** The piece of the paragraph's lines (linePieces) the entry opens. */
  line: number;
  /** The mark's length, with the blanks after it. */
  mark: number;
  /** The emphasis the mark opens and the entry's text closes (« **a) Expérience** »): the text's. */
  emphasis: string;
  /** A letter's or a number's parenthesis and closing, or the bullet. */
  shape: string;
  /** A letter, roman numeral or number; empty for a bullet. */
  label: string;
}

/**
 * The entries of a paragraph's lines, when it is a list typed without list markup: two entries at least (or
 * one, a bullet opening the paragraph: each entry of a list so typed may be a paragraph of its own), each
 * mark of the first one's shape and following the mark before it (« b) » after « a) », « ii. » after « i. »,
 * « 3° » after « 2° », the same bullet), lines without such a mark under the entry above them. Lines before the
 * first entry introduce the list, which then opens at its first mark (« a) », « 1° », « i. », a bullet: see
 * opensList). Read by pieces of lines (linePieces), so that the marks a converter left within a line open entries
 * too. Undefined for other paragraphs.
 */
function entryLines(pieces: LinePiece[]): Entry[] | undefined {
  const entries: Entry[] = [];
  for (let line = 0; line < pieces.length; line++) {
    const found = entryMark(pieces[line].text.trimStart());
    if (!found) continue;
    const mark = entryOf(found, line);
    const { bullet, label } = found;
    const previous = entries[entries.length - 1];
    if (previous ? mark.shape === previous.shape && (bullet !== undefined || follows(previous.label, label)) : opensList(mark, pieces)) entries.push(mark);
  }
  // A paragraph that opens with a bullet is an entry, the others' separated from it by blank lines.
  return entries.length >= 2 || (entries[0]?.line === 0 && entries[0].label === '') ? entries : undefined;
}

/**
 * Whether a list may open at a mark: on the paragraph's first line, else at its first mark (« a) », « 1° », « i. »)
 * or a bullet, under lines that introduce it. A dash also opens an incise, and a wrapped sentence's line may
 * begin with one: a dash opens a list on the first line, or under a line closed by a colon, the way an
 * enumeration is introduced, or set wholly in bold, a title; not within a sentence. (A title in capitals is not
 * told from a sentence typed in capitals, as notices printed in newspapers are.)
 */
function opensList(mark: Entry, pieces: LinePiece[]): boolean {
  if (mark.line === 0) return true;
  const introduced = INTRODUCES_LIST.test(pieces[mark.line - 1].text.trim());
  // On the line of the text before it, a converter joined the lines: a bullet after a colon opens a list there. Not a
  // letter or a number: « …, soit : a) …; b) … » is how prose enumerates, and what reads it reads it as prose.
  if (pieces[mark.line].column > 0) return introduced && mark.label === '';
  if (!DASHES.has(mark.shape)) return mark.label === '' || follows('', mark.label);
  return introduced;
}

/** A line closed by a colon (emphasis may close after it: « **Documents à joindre :** »), or set wholly in bold. */
const INTRODUCES_LIST = /:[*_]*$|^(?:\*\*|__)\S.*(?:\*\*|__)$/;

/**
 * The shape of an entry's mark, whatever its rank in its list: the bullet (« • », « ◦ », « ☐ », « – »), or the kind of
 * its label (a number, a lower-case or a capital letter, pandoc's `#`) in its parentheses and closing (« 1. », « a) »,
 * « (A) »). Entries of one shape are of one rank; a paste from Word sets a nested list's entries at the margin too,
 * with another shape (« • Critère 1 … » over « ◦ Niveau acceptable : … »).
 */
function entryShape(entry: Entry): string {
  const { label, shape } = entry;
  if (label === '') return shape;
  const kind = /^\d/.test(label) ? '1' : label === '#' ? '#' : label === label.toLowerCase() ? 'a' : 'A';
  return shape.length === 2 ? `${shape[0]}${kind}${shape[1]}` : `${kind}${shape}`;
}

/** An entry at a paragraph's line, from the mark that opens it. */
function entryOf(found: EntryMark, line: number): Entry {
  return {
    line,
    mark: found.length,
    emphasis: found.closed ? '' : found.emphasis,
    shape: found.bullet?.toLowerCase() ?? found.opening + found.closing,
    label: found.label,
  };
}

/**
 * A paragraph of one entry: its first line opens with a list's mark closed by a parenthesis or a degree sign,
 * or escaped (« a) … », « (2) … », « 3° … », « iv\. … »). A list typed in Word, an entry per paragraph, is
 * converted so, each mark escaped (`b\) elle est conditionnelle;`, a blank line, `c\) …`), and drafters type
 * it so in Markdown: each paragraph is an entry of the list, as each line of a paragraph of entries is.
 */
function loneEntry(line: string): Entry[] | undefined {
  const found = entryMark(line.trimStart());
  return found?.sure ? [entryOf(found, 0)] : undefined;
}

/** Whether a list's mark follows another (`''`: opens the list) as a letter, a roman numeral or a number. */
function follows(previous: string, label: string): boolean {
  // Pandoc's `#.` numbers every entry of its list.
  if (label === '#') return previous === '' || previous === '#';
  if (/^\d+$/.test(label)) return Number(label) === (previous === '' ? 1 : Number(previous) + 1) && (previous === '' || /^\d+$/.test(previous));
  const sameCase = previous === '' || (previous === previous.toLowerCase()) === (label === label.toLowerCase());
  if (!sameCase) return false;
  const letter = label.length === 1 && (previous === '' ? /^a$/i.test(label) : previous.length === 1 && label.charCodeAt(0) === previous.charCodeAt(0) + 1);
  return letter || romanValue(label) === (previous === '' ? 1 : romanValue(previous) + 1);
}

/**
 * The label of the entry after a list's last (its labels in order): the next number, else the next roman
 * numeral when the labels are roman numerals (one has two letters or more), else the next letter, in the
 * labels' case.
 */
export function nextLabel(labels: readonly string[]): string {
  const last = labels[labels.length - 1];
  if (last === '#') return last;
  if (/^\d+$/.test(last)) return String(Number(last) + 1);
  const upper = last !== last.toLowerCase();
  if (!labels.some((label) => label.length > 1)) return String.fromCharCode(last.charCodeAt(0) + 1);
  let value = romanValue(last) + 1;
  let roman = '';
  for (const [letters, worth] of [
    ['x', 10],
    ['ix', 9],
    ['v', 5],
    ['iv', 4],
    ['i', 1],
  ] as const) {
    for (; value >= worth; value -= worth) roman += letters;
  }
  return upper ? roman.toUpperCase() : roman;
}

/** A roman numeral's value up to 39 (a list's marks), NaN for other labels. */
/**
 * Whether an entry typed after a list's entry of its own shape (both « a) ») is of a lower rank all the same: a roman
 * numeral (« i) », then « ii) », « iii) » under « a) »), not the label after the entry's own (« i) » after « h) » is the
 * ninth letter), and the first one or the one after `previous`, the roman numeral of the entry below before it ('' for
 * none). A typist labels letters and roman numerals in one shape: their sequence alone tells their ranks.
 */
export function romanBelow(entry: string, label: string, previous: string): boolean {
  return !follows(entry, label) && romanValue(label) === (previous === '' ? 1 : romanValue(previous) + 1);
}

function romanValue(label: string): number {
  const roman = /^(x{0,3})(ix|iv|v?i{0,3})$/i.exec(label);
  if (!roman || label === '') return Number.NaN;
  const units = roman[2].toLowerCase();
  const unitValue = units === 'ix' ? 9 : units === 'iv' ? 4 : (units.startsWith('v') ? 5 : 0) + units.replace('v', '').length;
  return roman[1].length * 10 + unitValue;
}

/** The longest paragraph read as a title when set in bold or in capitals (a heading's length; a sentence is longer). */
const TITLE_LENGTH = 120;

/**
 * Punctuation that ends a sentence, not a title. A question is a title: Q&A tenders head each answer with one
 * (« **Qui peut soumissionner?** »), and a title in bold is still read as the passage it may be. So is a line
 * closed by a colon (« **Critères d'évaluation :** », « **À remarquer :** » heads what it introduces) or by a
 * period, but a sentence's (closedSentence).
 */
const SENTENCE_END = /[,;!…]$|\.\.$/;

/**
 * A title closed by a period (« **Durée du contrat.** », « 4. GARANTIE DE SOUMISSION. ») names a thing; a
 * sentence stressed in bold or in capitals (« **Le Ministère ne s'engage à accepter aucune des soumissions.** »)
 * opens on its subject's determiner or pronoun, which a title hardly ever does (2 headings of 887 in the
 * corpora, both questions). Such a sentence stays a paragraph.
 */
export const SENTENCE_OPENING =
  /^(?:(?:le|la|les|un|une|des|du|aucun|aucune|nul|nulle|tout|toute|tous|toutes|chaque|ce|cet|cette|ces|il|ils|elle|elles|on|nous|vous|son|sa|ses|leur|leurs|notre|nos|votre|vos|the|a|an|no|any|all|each|every|this|these|those|it|we|you|they)\s|l['’]|(?:ce|c|s|qu)['’])/iu;

/**
 * Whether a paragraph is a title set in bold (markdownlint's MD036, « emphasis used in place of a heading »):
 * drafters who write in Word make a title of a short paragraph in bold (« **Conditions de conformité** »),
 * and its text is then the heading of what follows. All of it strong (or strong and emphasis), short (wrapped or
 * not), with a letter and without a sentence's closing punctuation (SENTENCE_END, closedSentence): « **Aucune
 * soumission ne sera acceptée après 11 h.** » stays a sentence. A title's closing period, colon or dash may be typed
 * after the bold span.
 */
function emphasisTitle(children: Token[], value: string): boolean {
  const text = value.trimEnd();
  if (text.length > TITLE_LENGTH || SENTENCE_END.test(text) || !/\p{L}/u.test(text) || closedSentence(text)) return false;
  // markdown-it leaves empty text where delimiters were; a comment after the title (a drafter's note, a marker) is
  // no text either, nor the blanks before it.
  const tokens = children.filter((token) =>
    token.type === 'text' ? token.content.trim() !== '' : token.type !== 'html_inline' || !token.content.startsWith('<!--'),
  );
  let from = 0;
  let to = tokens.length;
  // A title's closing period, colon or dash may be typed after its bold span (« **Durée du contrat**. », « **Annexe C** — »,
  // a label's dash with nothing after it).
  if (to > 1 && tokens[to - 1].type === 'text' && /^\s?(?:[.:\u2013\u2014]|-{1,3})$/.test(tokens[to - 1].content)) to--;
  // So may a gloss in brackets (« **Que comprend le mandat?** (devis technique) », « **Devis** (annexe B) »), wrapped
  // over a line end or not.
  else {
    let gloss = to;
    while (gloss > 1 && (tokens[gloss - 1].type === 'text' || tokens[gloss - 1].type === 'softbreak')) gloss--;
    const written = tokens
      .slice(gloss, to)
      .map((token) => (token.type === 'text' ? token.content : ' '))
      .join('');
    if (gloss < to && TITLE_GLOSS.test(written)) to = gloss;
  }
  let strong = false;
  // Peel the pairs that wrap the whole paragraph (`***x***` is emphasis around strong), and the spans around them
  // (a pandoc span, an HTML `<span>` or `<u>`: a Word title's style or underline, as pandoc writes it).
  while (from < to && wrapsAll(tokens, from, to)) {
    strong ||= tokens[from].type === 'strong_open';
    from++;
    to--;
  }
  if (!strong || from === 0) return false;
  // A line end an editor's wrap made (a soft break) is no more than a blank: a title is short, not on one line; a hard
  // break parts lines the drafter set apart.
  for (let index = from; index < to; index++) if (tokens[index].type === 'hardbreak') return false;
  return true;
}

/** A gloss in brackets after a title in bold (« (devis technique) »). */
const TITLE_GLOSS = /^\s?\([^()]{1,60}\)\s?[.:]?$/;

/** A label's longest length (a field's label is a few words; a sentence in bold, which a dash may follow, is longer). */
const LABEL_LENGTH = 80;

/** A label read from the tokens: the line it opens and the line it ends on (a label may be wrapped), its words. */
interface LabelledLine {
  line: number;
  last: number;
  words: string;
  /**
   * The length of the language tag (« **FR** — ») or the clause's number (« 8.2 **Grille d'évaluation.** ») before the
   * label on its line, in the text: 0 without one.
   */
  tagged: number;
}

/**
 * The language tag a bilingual document opens a passage with (« FR — », « FR : », « [FR] », « (EN) », « Français : »,
 * "English:"), its blanks after it included: a code in capitals or a language's name, in brackets or closed by a
 * colon or a dash. It is not the passage's label: what follows it is read as if it opened the line. Tested on the
 * text as written (« En : » or « en - » is no tag).
 */
export const LANGUAGE_TAG =
  /^[[(]\s?(?:FR|EN|FRA|ENG|ANG|Fran[cç]ais|FRAN[CÇ]AIS|French|FRENCH|Anglais|ANGLAIS|English|ENGLISH)\s?[\])](?:\s*(?:[:\u2013\u2014]|-{1,3}(?=\s|$)))?\s*|^(?:FR|EN|FRA|ENG|ANG|Fran[cç]ais|FRAN[CÇ]AIS|French|FRENCH|Anglais|ANGLAIS|English|ENGLISH)\s?(?:[:\u2013\u2014]|-{1,3}(?=\s|$))\s*/;

/** A language tag alone (tagged in bold: « **FR** », « **[EN]** », « **Français :** »), its closing colon or dash left out. */
const TAG_WORDS = /^[[(]?(?:FR|EN|FRA|ENG|ANG|Fran[cç]ais|FRAN[CÇ]AIS|French|FRENCH|Anglais|ANGLAIS|English|ENGLISH)[\])]?$/;

/**
 * The lines of a paragraph's inline tokens that open with a label (see Field): a span in bold or in italics that
 * opens the line, short, its first letter a capital (a line that opens a statement, not a sentence's words wrapped
 * to the line's start), closed by a colon or a dash within the span or right after it, or by a period, a run-in
 * title's (« **Garantie de soumission.** Aucune garantie n'est exigée. »).
 */
function fieldLabels(tokens: Token[]): LabelledLine[] {
  const labels: LabelledLine[] = [];
  let line = 0;
  let opening = true;
  // Where the line's text starts among the tokens, and the length of the language tag read there (LANGUAGE_TAG).
  let lineToken = 0;
  let tagged = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.type === 'softbreak' || token.type === 'hardbreak') {
      line++;
      opening = true;
      lineToken = index + 1;
      tagged = 0;
      continue;
    }
    // markdown-it leaves empty text where delimiters were; a pandoc span around a label (« [**Documents à remettre.**]{custom-style="Strong"} »,
    // Word's character style) is no text of the line.
    if (
      (token.type === 'text' && token.content === '') ||
      (opening && (token.type === 'pandoc_span_open' || (token.type === 'html_inline' && SPAN_OPEN.test(token.content))))
    )
      continue;
    // The clause's number before a run-in title or a label in bold or in italics (« 8.2 **Grille d'évaluation.** Chaque
    // critère… », « Art. 7 *Lieu :* … »), as a heading's number before its title: the line opens after it.
    if (opening && tagged === 0 && token.type === 'text' && CLAUSE_NUMBER.test(token.content) && EMPHASIS_OPEN.has(nextToken(tokens, index)?.type ?? '')) {
      tagged = inlineText(tokens.slice(lineToken, index + 1), false).length;
      continue;
    }
    // So is the number set in bold or in italics itself, then a blank (« **22.** *Grille d'évaluation.* », a clerk's
    // numbered clause): in emphasis, a number alone is no list's mark, so « **22.** » numbers a clause as « 8.2 » does.
    const numberEnd = opening && tagged === 0 && EMPHASIS_OPEN.has(token.type) ? emphasisedNumberEnd(tokens, index) : -1;
    if (numberEnd > 0) {
      tagged = inlineText(tokens.slice(lineToken, numberEnd + 1), false).length;
      index = numberEnd;
      continue;
    }
    // A language tag that opens the line, alone in its text (« FR — » before a label) or in bold: the line opens after it.
    if (opening && tagged === 0 && TAG_TOKENS.has(token.type)) {
      const end = languageTagEnd(tokens, index);
      if (end > index) {
        tagged = inlineText(tokens.slice(lineToken, end), false).length;
        index = end - 1;
        continue;
      }
    }
    const close = opening && (token.type === 'strong_open' || token.type === 'em_open') ? closing(tokens, index) : -1;
    opening = false;
    if (close < 0) continue;
    const inner = tokens.slice(index + 1, close);
    const breaks = inner.filter((one) => one.type === 'softbreak' || one.type === 'hardbreak').length;
    const written = inlineText(inner, false).trim();
    const within = closedBy(written);
    const after = pastSpanMarks(tokens, close + 1, 'pandoc_span_close', SPAN_CLOSE);
    const words = (within ? written.slice(0, -within).trimEnd() : written).trim();
    const closed = within > 0 || (tokens[after]?.type === 'text' && separatorAt(tokens[after].content, 0) > 0);
    if (
      closed &&
      words !== '' &&
      words.length <= LABEL_LENGTH &&
      !words.includes(':') &&
      isCapital(words) &&
      !TAG_WORDS.test(words) &&
      !(runIn(written, tokens[after]) && !runInTitle(words, written))
    )
      labels.push({ line, last: line + breaks, words, tagged });
    line += breaks;
    index = close;
  }
  return labels;
}

/**
 * A clause's number alone before a label, its blank after it: « 8.2 », « 4.1.3. », « Art. 3 », « Article 12 – », « IS-3 ».
 * A list's marks (« 1. », « a) », « (3) ») are the list's: its entry's text opens with the label.
 */
const CLAUSE_NUMBER =
  /^(?:\d{1,2}(?:\.\d{1,2}){1,5}\.?|(?:[Aa]rticle|ARTICLE|[Aa]rt\.|ART\.|§) ?\d{1,3}(?:\.\d{1,2}){0,5}\.?|[A-Z]{1,4}-\d{1,3}(?:\.\d{1,2}){0,5}\.?)(?: ?[-:\u2013\u2014])?[ \t]+$/;
const EMPHASIS_OPEN = new Set(['strong_open', 'em_open']);

/** A clause's number alone in emphasis: « 22. », « 8.2 », « Art. 7 » (the number alone, not a list's « (3) » or « a) »). */
const EMPHASISED_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,5}\.?|(?:[Aa]rticle|ARTICLE|[Aa]rt\.|ART\.|§) ?\d{1,3}(?:\.\d{1,2}){0,5}\.?)$/;

/**
 * Where a clause's number in emphasis that opens a line ends (the blank after its closing mark), when a label in
 * emphasis follows it (« **22.** *Grille d'évaluation.* »); -1 otherwise.
 */
function emphasisedNumberEnd(tokens: Token[], open: number): number {
  const close = closing(tokens, open);
  if (close < 0 || !EMPHASISED_NUMBER.test(inlineText(tokens.slice(open + 1, close), false).trim())) return -1;
  const blank = tokens[close + 1];
  if (blank?.type !== 'text' || !/^[ \t]+$/.test(blank.content) || !EMPHASIS_OPEN.has(nextToken(tokens, close + 1)?.type ?? '')) return -1;
  return close + 1;
}

/**
 * The token after `index` that holds something: markdown-it leaves empty text where delimiters were, and a pandoc span
 * around a label (Word's character style) is no text of the line.
 */
function nextToken(tokens: Token[], index: number): Token | undefined {
  return tokens[pastSpanMarks(tokens, index + 1, 'pandoc_span_open', SPAN_OPEN)];
}

/**
 * The first token from `from` that is no empty text (where markdown-it leaves delimiters) and no mark of a span of the
 * given side, a pandoc span's (`spanType`) or an HTML one's (`spanTag`).
 */
function pastSpanMarks(tokens: Token[], from: number, spanType: 'pandoc_span_open' | 'pandoc_span_close', spanTag: RegExp): number {
  let at = from;
  while (
    (tokens[at]?.type === 'text' && tokens[at].content === '') ||
    tokens[at]?.type === spanType ||
    (tokens[at]?.type === 'html_inline' && spanTag.test(tokens[at].content))
  )
    at++;
  return at;
}

/** A span's HTML tags around a label, as pandoc writes Word's character styles in GFM (`<span custom-style="Strong">`). */
const SPAN_OPEN = /^<span\b[^<>]*>$/i;
const SPAN_CLOSE = /^<\/span>$/i;

/** The tokens a language tag may be written with: its text, its bold, a pandoc span's or an HTML element's around it. */
const TAG_TOKENS = new Set(['text', 'strong_open', 'strong_close', 'em_open', 'em_close', 'pandoc_span_open', 'pandoc_span_close', 'html_inline']);

/** The most characters a language tag's text has, its separator and blanks included (« Français : »). */
const TAG_LENGTH = 16;

/**
 * Where the label after a language tag that opens a line starts among the tokens (LANGUAGE_TAG: « FR — », « [EN] »,
 * « **FR** — », « **Français :** », in a pandoc span or an HTML element as Word's styles are kept): the bold or italics
 * right after the tag's text. `from` when there is no tag there or no label after it (a plain sentence: its words are
 * read apart, legal/find.ts).
 */
function languageTagEnd(tokens: Token[], from: number): number {
  let written = '';
  for (let index = from; index < tokens.length && TAG_TOKENS.has(tokens[index].type) && written.length <= TAG_LENGTH; index++) {
    const token = tokens[index];
    if ((token.type === 'strong_open' || token.type === 'em_open') && written.trim() !== '') {
      const tag = LANGUAGE_TAG.exec(written.trimStart());
      return tag && tag[0].length === written.trimStart().length ? index : from;
    }
    written += inlineText([token], false);
  }
  return from;
}

/** Whether a label's first letter is a capital (or has no case). */
function isCapital(words: string): boolean {
  const letter = /\p{L}/u.exec(words)?.[0];
  return letter !== undefined && letter === letter.toUpperCase();
}

/**
 * Whether a span is closed by a period or a question mark, within it or right after it (« **Durée du contrat.** Le
 * contrat… »): a run-in title, as legal drafters head a paragraph, if runInTitle says so.
 */
function runIn(written: string, after: Token | undefined): boolean {
  return /[.?]$/.test(written) || (after?.type === 'text' && /^\s*[.?]/.test(after.content));
}

/**
 * A run-in title's words: a few letters at least (not « **M.** » or « **Art.** »), and no sentence (closedSentence);
 * a question is a title (« **Qui peut soumissionner?** Un prestataire… », as Q&A tenders head each answer).
 */
function runInTitle(words: string, written: string): boolean {
  return words.replace(/\P{L}/gu, '').length >= 4 && (written.endsWith('?') || !SENTENCE_OPENING.test(words));
}

/** The length of the colon, dash, period or question mark that closes a text, with the blank before a hyphen (« Lieu - »); 0 for another text. */
function closedBy(text: string): number {
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x3a /* : */ || last === 0x2013 /* – */ || last === 0x2014 /* — */ || last === 0x2e /* . */ || last === 0x3f /* ? */) return 1;
  return last === 0x2d /* - */ && /\s/.test(text.charAt(text.length - 2)) ? 2 : 0;
}

/**
 * The length of the blanks and the colon or dash at `from` (« : », « — », « - » before a blank or the end), the
 * separator after a label; 0 where there is none.
 */
function separatorAt(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  const code = text.charCodeAt(at);
  if (code === 0x3a /* : */ || code === 0x2013 /* – */ || code === 0x2014 /* — */ || code === 0x2e /* . */ || code === 0x3f /* ? */) return at + 1 - from;
  return code === 0x2d /* - */ && (at + 1 === text.length || /\s/.test(text.charAt(at + 1))) ? at + 1 - from : 0;
}

/** Where a field's value starts in a text, its label ending at `end`: past the label's colon or dash and the blanks around it. */
function valueStart(text: string, end: number): number {
  let at = end + separatorAt(text, end);
  while (at < text.length && /\s/.test(text.charAt(at))) at++;
  return at;
}

/**
 * A lower-case letter and a sentence's closing punctuation (a colon, a period or a question mark
 * may close a title; a sentence closed by a period is none: closedSentence), spaces after it included (a comment
 * or an HTML tag may follow the sentence).
 */
const NOT_CAPITALS_TITLE = /\p{Ll}|(?:[,;!…]|\.\.)\s*$/u;

/**
 * Whether a paragraph is a title typed in capitals (« DATE ET HEURE LIMITES DE RÉCEPTION », « IV – CONFORMITÉ
 * DES SOUMISSIONS », « RENSEIGNEMENTS : »): in Word documents converted without their styles and in notices
 * as newspapers print them, a part's title is a short line in capitals. One line, short, with no lower-case
 * letter and a word of two capitals at least (« A) » or « 2.1 » alone is a number, not a title). A numbered clause
 * typed in capitals is a sentence as it is in lower case (numberedTitle): « 5.2 LE SOUMISSIONNAIRE DOIT JOINDRE : »
 * opens on its subject's determiner, however it ends; so does an entry after its mark in parentheses (« (E) IT IS… »).
 */
function capitalsTitle(value: string): boolean {
  const lines = value.split('\n');
  if (lines.length > 2 || (lines.length === 2 && !wrappedNumberedTitle(lines[0]))) return false;
  const title = lines.join(' ');
  if (title.length > TITLE_LENGTH || NOT_CAPITALS_TITLE.test(title) || !/\p{Lu}{2}/u.test(title) || closedSentence(title)) return false;
  const number = SECTION_NUMBER.exec(title) ?? PARENTHESISED_MARK.exec(title);
  return number === null || !SENTENCE_OPENING.test(title.slice(number[0].length));
}

/**
 * An entry's mark typed in parentheses (« (E) », « (2) », « (IV) »): a clause after it typed in capitals that opens
 * on its subject (« (E) IT IS CONDITIONAL OR RESTRICTIVE; OR ») is a sentence, as after a section's number.
 */
const PARENTHESISED_MARK = /^\((?:\d{1,2}|[A-Z]|[IVX]{1,5})\)[ \t]+(?=\p{Lu})/u;

/**
 * Whether the first of two lines in capitals is a numbered title's, wrapped in the middle of a phrase (« ANNEXE 3 — GRILLE
 * D'ÉVALUATION DE LA↵QUALITÉ », a plain text wrapped at 40 columns): the two lines are one title. Two lines in capitals
 * otherwise may be a sentence of a body typed in capitals, or a title over its text.
 */
function wrappedNumberedTitle(line: string): boolean {
  return (SECTION_NUMBER.test(line) || CAPITALS_PART_NUMBER.test(line)) && WRAPPED_AFTER.test(line.trimEnd());
}

/**
 * A section's number that opens a title typed as a plain line (« 4.2 Contrat à signer », « 4.2. Durée », « 3 Garantie de
 * soumission », « 6 | Conformité », « B. Admissibilité », « IV – Conformité », « Article 12 – Résiliation »), as a text copied from a PDF or
 * typed in plain text has its titles once their bold or size is lost, and the blank after it. « 4. » alone opens a list
 * item: see the single-item list in markdown.ts. A number followed by a word in lower case is a quantity (« 3 soumissions »).
 */
const SECTION_NUMBER =
  /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,5}\.?|(?:article|section|partie|chapitre|annexe|part|schedule)\s+[\dA-Z][\d.]*[.)]?)(?:[ \t]+[-–—|:])?|[A-Z][.)]|[IVX]{1,5}(?:[.)]|[ \t]+[-–—|:]))[ \t]+(?=\p{Lu})/u;

/** SECTION_NUMBER's part or article named in capitals (« ANNEXE 3 — », « ARTICLE 12 – »). */
const CAPITALS_PART_NUMBER = /^(?:ARTICLE|SECTION|PARTIE|CHAPITRE|ANNEXE|PART|SCHEDULE)\s+[\dA-Z][\d.]*[.)]?(?:[ \t]+[-–—|:])?[ \t]+(?=\p{Lu})/u;

/**
 * Whether a paragraph is a title typed as a plain line after its section's number (SECTION_NUMBER), closed by no period: a
 * letter's may be a name's initial (« A. Dupont, ingénieur. », « M. Gagnon répond aux questions »), which a comma or a
 * period tells.
 */
function numberedTitle(value: string): boolean {
  const number = SECTION_NUMBER.exec(value);
  if (number === null || value.length > TITLE_LENGTH || value.trimEnd().endsWith('.')) return false;
  const words = value.slice(number[0].length);
  return titleWords(words) && !initialOrSentence(number[0], words);
}

/** Whether a letter before a line's words is a name's initial (« M. Gagnon ») or opens a sentence, which a comma tells (« R. En public, le… »). */
const initialOrSentence = (number: string, words: string): boolean => /^[A-Z]\./.test(number) && (number.startsWith('M') || words.includes(','));

/**
 * Whether the words after a section's number are a title's: one line, short, opening with a capital, and no sentence
 * (SENTENCE_END), as a title in bold or in capitals. Numbered clauses are sentences (« 4.1 Le soumissionnaire doit, à la
 * date limite : »): one that opens on its subject's determiner or pronoun is no title, however it ends.
 */
function titleWords(value: string): boolean {
  const words = value.trimEnd();
  return (
    words.length <= TITLE_LENGTH &&
    /^\p{Lu}/u.test(words) &&
    /\p{L}{2}/u.test(words) &&
    !words.includes('\n') &&
    !SENTENCE_END.test(words) &&
    !SENTENCE_OPENING.test(words)
  );
}

/** A word's closing period, then the next word: where a run-in title ends and its sentence may open. */
const PERIOD_AFTER_WORD = /\p{L}{2}\.\s+(?=\p{L})/gu;

/**
 * Whether a title's words go on past a period with a sentence on its subject's determiner or pronoun (SENTENCE_OPENING):
 * a run-in title and the first words of its text (« **4.3 VALIDITÉ.** LA SOUMISSION DEMEURE VALIDE… », wrapped), which
 * a body typed in capitals or a name opening the next line (« Mme Julie↵Roy ») would otherwise set over that line
 * (titleLine). A line alone stays the title it is read as (« **4.1 Documents à fournir.** La soumission comprend : »).
 */
function runInSentence(words: string): boolean {
  for (const period of words.matchAll(PERIOD_AFTER_WORD)) if (SENTENCE_OPENING.test(words.slice(period.index + period[0].length))) return true;
  return false;
}

/**
 * Whether a paragraph's first line is a title over the text of its next lines: a numbered title (SECTION_NUMBER,
 * titleWords) over a line that opens with a capital, or a title's words alone — short, no label's colon inside,
 * no sentence's end — over a line that opens a sentence on its subject's determiner or pronoun (« Garantie de
 * soumission↵Aucune garantie n'est exigée. »). A sentence wrapped over two lines goes on in lower case, but for a name.
 */
function titleLine(line: string, next: string): boolean {
  // A wrapped paragraph's next line mostly goes on in lower case: the cheapest test first, on every such paragraph.
  if (!/^[\p{Lu}\d]/u.test(next)) return false;
  const words = line.trimEnd();
  if (WRAPPED_AFTER.test(words)) return false;
  const number = SECTION_NUMBER.exec(words);
  // Under a numbered title, a numbered clause or a run-in title may follow (« 3 Contrat de services↵**1. Durée.** … »); a
  // quantity goes on a wrapped clause (« 10.2.1.5 Critère 5 — Plan de transition :↵10 %. Le niveau… »).
  // Closed by a period, it is a clause's sentence (« 10.2.1.5 Critère 5 — Plan : 10 %.↵Le niveau… »), as numberedTitle reads it.
  if (number !== null) {
    const after = words.slice(number[0].length);
    return (
      (/^\p{Lu}/u.test(next) || SECTION_NUMBER.test(next)) &&
      !words.endsWith('.') &&
      titleWords(after) &&
      !initialOrSentence(number[0], after) &&
      !runInSentence(after)
    );
  }
  return (
    words.length <= LABEL_LENGTH &&
    /:$|^[^:]*$/.test(words) &&
    !words.endsWith('.') &&
    titleWords(words) &&
    /^\p{Lu}/u.test(next) &&
    SENTENCE_OPENING.test(next) &&
    !runInSentence(words)
  );
}

/** Whether a paragraph's first line end falls within a bold or italic span (its inline tokens). */
function emphasisOverLineEnd(children: Token[]): boolean {
  let open = 0;
  for (const token of children) {
    if (token.type === 'strong_open' || token.type === 'em_open') open++;
    else if (token.type === 'strong_close' || token.type === 'em_close') open--;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') return open > 0;
  }
  return false;
}

/** A line's opening that would make it a block other than a paragraph, written alone: a list item, a quote, a heading, a fence, a table's row, code. */
const BLOCK_OPENING = /^(?:[ \t]*(?:[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|```|~~~|\|)|[ \t]{4})/;
/** A backslash ending a line, escaped by no backslash before it: a hard break (CommonMark), no text. */
const HARD_BREAK_AT_END = /(?<!\\)((?:\\\\)*)\\$/;

/**
 * A word a line wrapped in the middle of a phrase ends with, which no title ends with: an article, a preposition, a
 * conjunction, or a word broken at the line end by its hyphen (« … UN ACCORD INTERGOUVERNEMEN-↵TAL … », lineEndHyphens.ts).
 */
const WRAPPED_AFTER =
  /(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|et|ou|en|par|pour|sur|dans|avec|un|une|of|the|and|or|to|a|an|for|with|by|in|on)$|\p{L}[-\u2010]$/iu;

/**
 * A sentence closed by a period: its subject's determiner or pronoun opens it (SENTENCE_OPENING), or opens
 * what follows a label (« ÉGALITÉ : LE CONTRAT REVIENT AU SOUMISSIONNAIRE DU QUÉBEC. »). A noun after its article
 * alone, a gloss in brackets aside, has no verb: a title (« **Le contrat (à signer par l'adjudicataire).** », « Les besoins. »).
 * So is an enumeration's last entry, a relative clause after its mark (« V. QUI EST CONDITIONNELLE OU RESTRICTIVE. »).
 */
const closedSentence = (value: string) =>
  closedByPeriod(value) &&
  !ARTICLE_TITLE.test(value) &&
  (SENTENCE_OPENING.test(value) || SENTENCE_OPENING.test(value.replace(/^[^:]*:\s*/, '')) || RELATIVE_OPENING.test(value.replace(ENTRY_MARK, '')));

/** A relative pronoun, which opens an entry completing its enumeration's introduction (« toute soumission : … v. qui est… »), never a title. */
const RELATIVE_OPENING =
  /^(?:qui|que|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles|à laquelle|à qui|which|who|whom|whose|that)\s/iu;

/** A noun after its article, then a gloss in brackets or not and the closing period: « Le contrat (à signer). », "The contract." */
const ARTICLE_TITLE = /^(?:(?:le|la|les|un|une|the|a|an) |l['’])[\p{L}-]+(?: \([^()\n]*\))?\.[ \t»"”’)\]]*$/iu;

/** Whether a period closes the text, before spaces and closing quotes or brackets. */
function closedByPeriod(value: string): boolean {
  let end = value.length;
  while (end > 0 && ' \t»"”’)]'.includes(value[end - 1])) end--;
  return value[end - 1] === '.';
}

/** Whether the tokens at `from` and `to - 1` open and close one pair: emphasis, strong, a pandoc span, an HTML element's tags. */
function wrapsAll(tokens: Token[], from: number, to: number): boolean {
  const { type, content } = tokens[from];
  if (type === 'html_inline') {
    const name = HTML_OPENING_TAG.exec(content)?.[1]?.toLowerCase();
    return name !== undefined && tokens[to - 1].type === 'html_inline' && tokens[to - 1].content.toLowerCase().startsWith(`</${name}`);
  }
  return (type === 'strong_open' || type === 'em_open' || type === 'pandoc_span_open') && closing(tokens, from) === to - 1;
}

/** An HTML opening tag's name. */
const HTML_OPENING_TAG = /^<([a-z][a-z\d-]*)/i;

/** The index of the token that closes the one at `open` (same type, `_close` for `_open`). */
function closing(tokens: Token[], open: number): number {
  const type = tokens[open].type;
  const close = type.replace('_open', '_close');
  let level = 0;
  for (let index = open; index < tokens.length; index++) {
    if (tokens[index].type === type) level++;
    else if (tokens[index].type === close && --level === 0) return index;
  }
  return -1;
}

/**
 * An HTML block read for its passages (htmlBlocks): one that opens with an element's tag (CommonMark's kinds 6 and 7), not
 * a comment, a declaration or a preformatted text, script or style (kinds 1 to 5), whose content is no passage.
 */
const PASSAGES_HTML = /^\s*<\/?(?!(?:script|pre|style|textarea)[\s/>])[a-z]/i;

/**
 * Text without pandoc's inline marks, which CommonMark reads as text: attributes (`{#id .class}`,
 * `{custom-style="…"}`, and Python-Markdown's and kramdown's, blanks inside and a colon first: `{ #grille }`,
 * `{: .annotate }`) after a heading, a link or a paragraph's line, and superscripts (`1^er^`, `m^2^`). A bracketed span's
 * brackets and attributes are no text already (bracketedSpan).
 */
function withoutPandocMarks(text: string): string {
  if (!text.includes('{') && !text.includes('^')) return text;
  const out = text.replace(/\{:?[ \t]*(?:[#.]|[\w-]+=)[^{}\n]*\}/g, '').replace(/\^([^\s^]+)\^/g, '$1');
  // Attributes closing a heading leave the blanks before them.
  return out === text ? text : out.trimEnd();
}

/** The cells of a table row's line, split as markdown-it splits them (an escaped pipe is text). */
function rowCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let from = 0;
  for (let index = 0; index < line.length; index++) {
    if (line.charCodeAt(index) !== 0x7c /* | */) continue;
    if (line.charCodeAt(index - 1) === 0x5c /* \\ */) {
      cell += line.slice(from, index - 1);
      from = index;
    } else {
      cells.push(cell + line.slice(from, index));
      cell = '';
      from = index + 1;
    }
  }
  cells.push(cell + line.slice(from));
  if (cells.length && cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  // A row of one pipe still has its one (empty) cell.
  return cells.length ? cells : [''];
}

/**
 * Plain text of inline tokens, as mdast-util-to-string gives it without HTML: a hard line break, or an
 * HTML `<br>`, reads as a line ending (mdast dropped it, gluing the words); an image reads as its description, which
 * keeps its HTML and drops hard breaks, as mdast's `alt` does.
 */
function inlineText(tokens: Token[], alt: boolean): string {
  let text = '';
  tokens.forEach((token, index) => {
    switch (token.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
        text += token.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        // Text ends before the line's trailing tabs as well as its spaces (markdown-it strips spaces only);
        // before a backslash's hard break (the only break after a space), they are text.
        if (tokens[index - 1]?.type === 'text' && !(token.type === 'hardbreak' && text.endsWith(' '))) {
          text = text.slice(0, text.length - trailingBlanks(tokens[index - 1].content));
        }
        if (token.type === 'softbreak' || !alt) text += '\n';
        break;
      case 'html_inline':
        // A line break written in HTML (a table cell's lines) ends a line as a hard break does: dropped, it
        // glued the words on either side (« 24 moisOption »).
        if (alt || !isHtmlElement(token.content)) text += token.content;
        else if (HTML_BREAK.test(token.content)) text += '\n';
        break;
      case 'image':
        text += inlineText(token.children ?? [], true);
        break;
      default:
    }
  });
  return text;
}

/** An HTML line break: `<br>`, `<br/>`, `<br />`, in any case. */
const HTML_BREAK = /^<br\s*\/?>$/i;

/**
 * Whether inline HTML is markup: a comment, a declaration, or a tag of an HTML element. Words in angle brackets
 * that only look like a tag (« <nom du responsable> », « <Date limite> ») are the author's text, a template's
 * fill-in mark mostly: dropped, the mark left in a notice went unseen.
 */
function isHtmlElement(html: string): boolean {
  const name = /^<\/?([A-Z][A-Z0-9-]*)/i.exec(html)?.[1];
  return name === undefined || HTML_ELEMENTS.has(name.toLowerCase());
}

/**
 * Whether an HTML block is tags of elements alone, no words between them (`<div custom-style="Body Text">`,
 * `</div>`, `<p align="center">`): pandoc's GFM writes a Word document's paragraph styles so, a block of
 * each tag, and drafters center a notice so. Layout, not a passage: read as one, it stood between a passage
 * and the list it introduces (« selon les critères suivants : », `</div>`, the criteria), which then
 * introduced nothing.
 */
function tagsOnly(html: string): boolean {
  let tag = -1;
  for (let index = 0; index < html.length; index++) {
    const code = html.charCodeAt(index);
    if (tag !== -1) {
      if (code === 0x3e /* > */) {
        if (!isHtmlElement(html.slice(tag, index + 1))) return false;
        tag = -1;
      } else if (code === 0x3c /* < */) return false;
    } else if (code === 0x3c && /[a-z/]/i.test(html[index + 1] ?? '')) tag = index;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x0a) return false;
  }
  return tag === -1;
}

/** The HTML elements an author may write in Markdown's text (phrasing content, a few of old HTML, a disclosure's). */
const HTML_ELEMENTS = new Set(
  'a abbr b bdi bdo big br cite code data del details dfn div em font i img input ins kbd label mark nobr p q rp rt ruby s samp small span strike strong sub summary sup time tt u var wbr'.split(
    ' ',
  ),
);

function trailingBlanks(text: string): number {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.length - end;
}
