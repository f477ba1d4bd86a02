import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import footnote from 'markdown-it-footnote';
import type { Html, ListItem, Nodes, Paragraph, Root, RootContent, Table, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { chunkSpans } from '../../server/src/core/document/blocks.js';
import { blockHazard, LIMITS } from '../../server/src/core/document/limits.js';
import { parseBlock, type TextUnit } from '../../server/src/core/document/markdown.js';
import { parseDocument } from '../../server/src/core/document/incremental.js';
import { plainInlineTokens, typedProse } from '../../server/src/core/document/markdownTree.js';
import { furnitureLines } from '../../server/src/core/document/pageFurniture.js';
import { reviewDeletions } from '../../server/src/core/document/reviewMarks.js';
import { normalizeForMatching } from '../../server/src/core/text/normalize.js';
import { generateTender } from '../../scripts/bench/generate.js';
import { markdownFilesIn, REPOSITORY } from '../helpers.js';

// The units markdown-it gives (markdown.ts) against those remark gave before it (remark-parse + GFM +
// front-matter, read as the analysis read them): same kinds, offsets and plain text, chunk by chunk.
// The differences that remain are listed here, each with why, and built into the reference below:
//
// 1. A hard line break (two spaces or a backslash before a line ending) reads as the line ending:
//    mdast-util-to-string drops a `break` node, which glued the words on either side ("doitfournir").
// 2. `~text~` (one tilde) is not strikethrough: markdown-it strikes `~~text~~` only, where GFM (and
//    remark-gfm) also take single tildes: the text keeps its tildes.
// 3. A byte order mark opening a chunk is counted in offsets: micromark drops it and counted from the
//    character after it, so every offset of that chunk was one short.
// 4. Inside an image's description a hard line break reads as nothing, as remark's `alt` has it (1. is
//    about text; the description stays as remark gave it).
// 5. An HTML line break (`<br>`, `<br/>`, `<br />`) outside an image's description reads as a line ending,
//    as 1.: drafters break a table cell's lines with it, and mdast dropped it with the other HTML.
// 6. Inline « HTML » whose tag names no HTML element (« <nom du responsable> ») is text: it is a template's
//    fill-in mark written in angle brackets, which mdast dropped with the HTML and the check never saw.
// 7. Pandoc's tables (grid, simple, multiline) and an HTML block that is a `<table>` are tables: their
//    rows are units (see the cases below); remark read borders and dashes as paragraphs, thematic breaks or
//    setext headings, and dropped the HTML. Over a table's lines, the reference takes the parse's rows. An HTML table
//    in a list item is the item's text, its cells' run together, as a GFM table's there.
// 8. Pandoc's inline marks are not text: attributes (`{#id .class}`, `{custom-style="…"}`, Python-Markdown's `{ #id }` and
//    `{: .class }`) after a heading, a link
//    or a bracketed span, the span's brackets, and a superscript's carets (`1^er^`).
// 9. A paragraph at the document's level set wholly in bold (or bold and italics, in a pandoc span or an HTML
//    element's tags or not), short (wrapped or not, but not parted by a hard break) and
//    without a sentence's closing punctuation (a question mark, a colon, a period or a dash may close a title, typed
//    inside the bold or after it, and a gloss in brackets may follow the bold (wrapped or not); a period does not close a title whose first word, or the first word after its
//    label, is a determiner or a subject pronoun, or after an entry's mark a relative pronoun: that is a stressed sentence), is a heading of depth 7 (below
//    `######`): drafters who write in Word make titles so (markdownlint's MD036), and remark's paragraph gave no
//    heading to what followed. So is such a paragraph in capitals, with no lower-case letter (one line, or a numbered title
//    wrapped over two in the middle of a phrase: « ANNEXE 3 — GRILLE D'ÉVALUATION DE LA↵QUALITÉ »): a Word
//    document without its styles and a notice printed in a newspaper title their parts so, but a numbered clause
//    whose words open on a determiner or a subject pronoun (« 5.2 LE SOUMISSIONNAIRE DOIT JOINDRE : », or after an entry's mark in
//    parentheses: « (E) IT IS CONDITIONAL OR RESTRICTIVE; OR »), a sentence as in 17. So is a numbered
//    list of one item that is such a title (« 4. DOCUMENTS À JOINDRE »): a numbered title typed in plain
//    Markdown. A title that names a part (« PREMIÈRE PARTIE — », « SECTION B », « AVIS … ») is of depth 7, any
//    other of depth 8, within the part.
// 10. A paragraph whose lines open with a list's marks (« a) », « (b) », « 1° », « ii. », in emphasis or not:
//    « **a)** »), each mark of the first one's shape and next after the one before, or with the same bullet
//    (« • », « ▪ », « – » or pandoc's `--`, Word's « o » and a tab, a list marker escaped: `\-`…), two at least, is a list: its lines before the first entry a
//    paragraph (introducing the list, which then opens at « a », « 1 », « i » or a bullet; a dash only under a
//    line closed by a colon or set in bold, as a wrapped sentence's line may open with an incise's dash), each
//    entry a list item from its mark to the line before the next, its text without the mark (emphasis the mark
//    opens, « **a) Expérience** », stays with the text). So is a paragraph that opens with a bullet, one entry.
//    Drafters type lists so in plain text or paste them so from Word, and pandoc writes lettered lists so;
//    CommonMark reads one paragraph. So is a paragraph that is not a title and whose first line opens with a mark
//    closed by a parenthesis or a degree sign, or escaped (`b\)`, `2\.`, `\(3\)`), or pandoc's `#.`, a list of one
//    entry: a list typed in Word, an entry per paragraph, as pandoc converts it.
//    A mark a converter that writes a paragraph on one line left within a line (« … 24 mois. • Refus … ») opens an
//    entry as one at a line's start does: a bullet after a blank, a dash, a letter or a number after a clause's end
//    (« . », « ; », « : »…), and, to open the list, a bullet only, after a colon; the entry before it ends before its blanks.
// 11. A pandoc div's fence (`::: {custom-style="Body Text"}`, `:::`) on a line of its own is no text and ends the
//    block before it, as a blank line does: pandoc writes a Word document's paragraph styles so, and remark read
//    the fences as text of the paragraph they touch.
// 12. An HTML block of tags alone (`<div custom-style="Body Text">`, `</div>`), each of an element an author writes
//    in text (6.), is no unit: pandoc's GFM writes a Word document's paragraph styles so, and the tag stood
//    between a passage and the list it introduces.
// 13. A pandoc definition list's term (a paragraph of one line) and its definition's first paragraph (the next line,
//    or the line after a blank one, opening with `:` or `~` and a blank) are one paragraph, « Term : definition »;
//    the definition's further blocks, indented under it, are blocks of their own: pandoc writes a web page's
//    definition list so (a notice's fields), and remark read the term apart, the rest as text or code. Built in
//    for a term and its definitions on the next lines, each further one a line and a paragraph of its own, and for a
//    term and its definition of one paragraph after a blank line (pandoc's loose list, a LaTeX description); the other
//    forms are allowed differences (pandocDefinition).
// 14. A pandoc line block (lines opening with `|` and a blank, an address, fields one per line) is a paragraph of
//    its lines without their bars: remark read a paragraph whose every line opened with `|`. A line block of a line over
//    its underline (`===`, `---`) is that title, a setext heading's: the block keeps a plain text's lines, titles underlined.
// 15. A GFM table's header row of empty cells over other rows is no row, the row under it the header: markdownify
//    (MarkItDown) writes one over a Word table whose first row is not marked as its header.
// 16. An HTML block that is a title alone (`<h2>…</h2>`, or `<details>` and `<summary>…</summary>`, with a letter; comments aside) is a
//    heading: an element's at its depth, a summary as a title typed (9.), a disclosure's; remark read HTML, which the analysis drops.
//    A disclosure's closing tag (`</details>`) is kept as HTML: it ends the section its summary heads.
// 17. A title typed as a plain line after its section's number of up to six levels (« 4.2 Contrat à signer », « 3 | Garantie », « B. Admissibilité »,
//    « Article 12 – Résiliation »), short, opening with a capital, no sentence's closing punctuation and no determiner
//    or subject pronoun opening its words, and closed by no period, a letter's number no name's initial
//    nor a sentence's opening (« A. Dupont, », « M. Gagnon », « R. En public, le… »), alone or over the lines under it,
//    is a title as in 9. (a numbered list's only item in plain words stays a list). The first line of a paragraph of the
//    document's level is such a title over the lines under it, a paragraph of their own, when the next line opens
//    with a capital or a section's number (not a quantity: « …plan :↵10 %. Le niveau… » is a wrapped clause) and the
//    numbered line is closed by no period; or a title's words alone (no number, no label's colon inside, no closing period)
//    over a line that opens a sentence on its subject's determiner or pronoun (« Garantie de soumission↵Aucune
//    garantie n'est exigée. »). Not when the first line ends with an article, a preposition or a conjunction (a
//    wrapped phrase), nor when the next line would open a block of its own. Text copied from a PDF or typed in
//    plain text has its titles so; remark read a paragraph or a list.
// 18. A numbered list of the document's level whose every item opens with a title in capitals (9.) and holds more under
//    it (its paragraph's next lines, when the next opens with a capital or a number and is not all in capitals, or blocks
//    of its own) is numbered sections: each title a heading as in 9., what it holds under it read at the document's level. Sections typed so
//    in plain text (« 1. DEVIS↵Le devis… », a blank line, « 2. ADMISSIBILITÉ↵… ») are one list to CommonMark.
// 19. A table pasted as text is a table, its first line the header (pandocTables.ts, textTableRule): two lines or more
//    with as many cells (two or more) between tabs, or three lines or more whose columns of text, separated by runs of
//    two blanks or more, start at the same columns; not a header that opens a list (« 1.\tObjet », « a)\tObjet »), a
//    field's label (« **Durée :**\t36 mois ») or a section's number, nor lines that all open with a tab. Word, Excel
//    and PDF viewers copy a table so; remark read a paragraph, or indented code. Built in at the document's level: the
//    parse's rows between the parts before and after them, each parsed alone (a table ends the block before it). A
//    table in a list item, a quote or a footnote (whose item has its cells in its text) is an allowed difference
//    (textTableInContainer, textTableInItem).
// 20. A page number on a line of its own (« Page 3 de 12 », « 3 / 12 », « - 3 - »), not in code, is no line of the chunk:
//    the page furniture of a text copied from a PDF (pageFurniture.ts), which parted a sentence broken by a page, or
//    read as a list (« - 3 - »). The running headers and footers the document's other chunks tell are the parse's
//    `running` lines, tested with the document parser.
// 21. An HTML block that opens with an element's tag (CommonMark's kinds 6 and 7: `<p>`, `<h3>`, `<ul>`, `<div>`…) is read as the
//    passages its elements hold (htmlBlocks.ts: headings, paragraphs, list items, tables, character references decoded, tested
//    below): a web page saved with its HTML has its text so; remark read one HTML node, which the analysis read as one raw
//    unit, tags and references in its words. Over such a block the reference takes the parse's units, as 7. takes a table's rows.
// 22. Indented code right after a list at the document's level, indented by less than the text of the list's last item, is
//    that item's (its lines four columns in): Turndown writes an item `12.  ` and indents what it holds by four, one column
//    short of its text; remark read code after the list (markdownTree.ts, itemContinued).
// 23. A Python-Markdown block (MkDocs Material: an admonition `!!! danger "Titre"`, a collapsible block `??? note`, a content
//    tab `=== "Onglet"`) is a container: its title a title typed, as a summary's (16.), its body (the lines under it
//    indented by four) read where it stands; remark read the opener as a paragraph and the body as code. Built in at the
//    document's level, a blank line under the opener; other forms are an allowed difference (pythonBlock).
// 24. Indented code at the document's level (not fenced, nor an item's or a Python-Markdown block's body, 22. and 23.) whose
//    lines are prose (words, letters most of what is written, no code's syntax, no columns aligned or drawn: typedProse) is
//    read as the blocks its first line opens at the margin: a paragraph, its next lines its continuation, at the margin or
//    indented. A typist indents a paragraph's first line by a tab or four spaces, a lettered list hanging at five, a clause's
//    body at eight; remark read code, and the lines at the margin after a one-line code block a paragraph of their own, a
//    sentence cut in two (markdownTree.ts, indentedProse).
// 25. What a review mark deletes (GFM strikethrough `~~…~~`, CriticMarkup's deletion `{-- --}`, a substitution's old side
//    `{~~ ancien ~>`, a comment `{>> <<}`) and the marks' own characters (`{++`, `++}`, `~~}`, `{==`, `==}`) are no text of
//    the chunk: a draft under legal review, read as it will be published (reviewMarks.ts); remark read the struck text
//    as a delete node's and CriticMarkup as text. Built in: the reference parses the chunk without them.
// 26. A Docusaurus admonition's opener with a title (`:::warning Aucune obligation`, `:::note[Option]`: remark-directive's
//    container, its kind attached to the colons) is its title, a title typed as a summary's (16.); its body, up to the
//    closing `:::` (11.), is read where it stands. remark read the opener as text of the paragraph under it. Built in at
//    the document's level; an opener in a container is an allowed difference.
// 27. A block of MDX `import` statements at the document's level (`import Tabs from '@theme/Tabs';`), each line one, is no
//    text: a Docusaurus page's code. remark read a paragraph.
// 28. A line that is a title typed between decorations (« === SECTION 2 — BESOINS === », « == Historique == », « ***** AVIS ***** »,
//    « ---- SECTION 2 ---- », « ~~~ Annexe A ~~~ », « +++ DEVIS +++ », « >>> DEVIS <<< », « [ SECTION 3 ] »: a run of two or more
//    on both sides, one bracket, escaped or not, a blank between it and the words but for `=`, a word of two letters, a number
//    in brackets) is that title, its words without the decoration, a title typed as a summary's (16.), in lower case too: a
//    plain-text export's, an e-mail's or a wiki's titles. remark read a paragraph whose words kept the decoration, or a fence
//    or a quote it opened.
//    Built in at the document's level, as 26.
//
// Other differences are allowed, not built in: in the property's texts, where remark's tree shows the
// construct (EXCEPTIONS), a chunk whose units differ passes and is counted; the real documents (corpora,
// examples, fixtures, generated tenders) must match exactly. Blocks left open are compared without
// their ends (openBlock).

// A processor per chunk: one processor's parse of a text was seen to depend on the texts it parsed
// before (micromark's front-matter construct keeps its state in a closure of the processor's).
const reference = (frontMatter = false) =>
  frontMatter
    ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm, { singleTilde: false /* 2. */ })
    : unified().use(remarkParse).use(remarkGfm, { singleTilde: false /* 2. */ });

/** mdast-util-to-string with includeHtml false, but for 1. */
function plain(node: Nodes, source: string): string {
  if (node.type === 'break') return /\r?\n/.exec(source.slice(node.position!.start.offset, node.position!.end.offset))?.[0] ?? '\n';
  if (node.type === 'html') {
    if (/^<table[\s>]/i.test(node.value)) return htmlTableText(node.value); // 7.
    return /^<br\s*\/?>$/i.test(node.value) ? '\n' : notAnElement(node.value) ? node.value : ''; // 5., 6.
  }
  if ('value' in node) return node.value;
  if ('alt' in node && node.alt) return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map((child) => plain(child, source)).join('');
  return '';
}

/** 7.: an HTML table's text in a container (a list item's): its cells' texts run together, as a GFM table's do there. */
function htmlTableText(html: string): string {
  return [...html.matchAll(/<t[dh](?:\s[^>]*)?>([^<]*(?:<(?!\/t[dh]>)[^<]*)*)<\/t[dh]>/gi)]
    .map(([, cell]) => plain(reference().parse(cell.trim()), cell.trim()))
    .join('');
}

/**
 * 13.: the units of a paragraph whose second line opens a pandoc definition (`:` or `~`, a blank, text): the term read
 * with its definition as one passage (« Term : definition »). Definitions of the same term on the lines under it, one
 * line each, are each read as blocks of their own (a bullet's entry, 10.), the first joined to the term when it is one
 * paragraph. Undefined for another paragraph.
 */
function definitionUnits(chunk: string, node: Paragraph, bom: number, text: string): Omit<TextUnit, 'normalized'>[] | undefined {
  const source = chunk.slice(bom);
  const [start, end] = [node.position!.start.offset!, node.position!.end.offset!];
  const firstEnd = source.indexOf('\n', start);
  if (firstEnd === -1 || firstEnd >= end) return undefined;
  const [second, ...others] = source.slice(firstEnd + 1, end).split(/\r?\n/);
  const DEFINITION = /^ {0,3}[:~][ \t]+(?=\S)/;
  const further = others.some((line) => /^[ \t>]*[:~][ \t]/.test(line));
  // Further definitions are built in when every line under the term opens one; another form is an allowed difference.
  if (!DEFINITION.test(second) || (further && !others.every((line) => DEFINITION.test(line)))) return undefined;
  const [term, definition, ...rest] = text.split('\n');
  const label = term.trimEnd();
  const joined = (value: string) => `${label.endsWith(':') ? label.slice(0, -1).trimEnd() : label} : ${value}`;
  if (!further) return [{ kind: 'paragraph', start: start + bom, end: end + bom, text: [joined(definition.replace(/^[:~][ \t]+/, '')), ...rest].join('\n') }];
  const units: Omit<TextUnit, 'normalized'>[] = [];
  let lineStart = firstEnd + 1;
  for (const [index, line] of [second, ...others].entries()) {
    // The definition's text alone, where it stands in the chunk.
    const from = lineStart + DEFINITION.exec(line)![0].length + bom;
    const part = chunk.slice(0, from).replace(/[^\r\n]/g, ' ') + chunk.slice(from, lineStart + line.length + bom);
    const own = remarkUnits(part, reference().parse(part));
    if (index === 0 && own.length === 1 && own[0].kind === 'paragraph') units.push({ ...own[0], start: start + bom, text: joined(own[0].text) });
    else
      units.push(
        ...(index === 0
          ? [{ kind: 'paragraph' as const, start: start + bom, end: firstEnd - (source[firstEnd - 1] === '\r' ? 1 : 0) + bom, text: label }]
          : []),
        ...own,
      );
    lineStart += line.length + (source[lineStart + line.length] === '\r' ? 2 : 1);
  }
  return units;
}

/**
 * 14.: the text of a paragraph that is a pandoc line block (its first line and every other opening with `|` and a
 * blank, or with blanks, continuing the line above), each line without its bar; undefined for another paragraph.
 */
function lineBlockText(chunk: string, node: Paragraph, bom: number, text: string): string | undefined {
  const source = chunk.slice(bom);
  const start = node.position!.start.offset!;
  const lines = source.slice(source.lastIndexOf('\n', start - 1) + 1, node.position!.end.offset).split(/\r?\n/);
  const bar = /^ {0,3}\|(?:[ \t]|$)/;
  if (!bar.test(lines[0]) || !lines.every((line) => bar.test(line) || /^[ \t]+\S/.test(line))) return undefined;
  // A blank line (or the end) after it: a line of another kind makes the lines a paragraph.
  if (!/^[^\n]*(?:\n[ \t\r]*(?:\n|$)|$)/.test(source.slice(node.position!.end.offset))) return undefined;
  const content = text
    .split('\n')
    .map((line) => line.replace(/^\|[ \t]*/, ''))
    .join('\n')
    .trim();
  return content === '' ? undefined : content;
}

/** 16.: a title written in HTML alone in its block, its depth (none for a summary) and its text. */
function htmlTitle(html: string): { depth?: number; text: string } | undefined {
  const found = /^\s*(?:<details(?:\s[^<>]*)?>\s*)?<(h[1-6]|summary)(?:\s[^<>]*)?>([\s\S]*?)<\/\1\s*>\s*$/i.exec(html.replace(/<!--[\s\S]*?-->/g, ''));
  if (!found || html.length > 400 || !/\p{L}/u.test(found[2])) return undefined;
  const text = new MarkdownIt().utils
    .unescapeAll(found[2].replace(/<[^<>]*>/g, ''))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  return { depth: /^h/i.test(found[1]) ? Number(found[1][1]) : undefined, text };
}

/** 26., 28.: the attribute of a summary made for a title typed, no disclosure's (16.). */
const TYPED = 'data-typed';

/** 16.: a disclosure's closing tag alone in its block. */
const DISCLOSURE_CLOSED = /^\s*<\/details\s*>\s*$/i;

/** 12.: HTML of tags alone, each of an element an author writes in text (see 6.). */
function tagsOnly(html: string): boolean {
  const tags = html.match(/<[^<>]*>/g) ?? [];
  return html.replace(/<[^<>]*>/g, '').trim() === '' && tags.every((tag) => /^<\/?[a-z]/i.test(tag) && !notAnElement(tag));
}

/** 11.: a pandoc div's fence: three colons or more, attributes in braces or a word, colons (indented in a container). */
const DIV_FENCE = /^[ \t]*:{3}(?::*[ \t]*(?:\{[^}\n]*\}|[^\s{}:]+))?[ \t:]*\r?$/;

/** 11.: the chunk with its div fences' lines blank (a blank line ends the block before it, as the fence does); not an admonition's titled opener (26.). */
function withoutDivFences(chunk: string): string {
  return chunk.replace(/^.*$/gm, (line) => (DIV_FENCE.test(line) && !ADMONITION_OPENER.test(line) ? line.replace(/[^\r]/g, ' ') : line));
}

/** 26.: a Docusaurus admonition's opener at the margin with its title (in brackets, group 1, or after a blank, group 2). */
const ADMONITION_OPENER = /^:{3,}[a-z][\w-]*(?:\[([^\]\n]*)\](?:\{[^{}\n]*\})?[ \t]*|[ \t]+(\S[^\r\n]*))\r?$/;

/** 27.: an MDX `import` statement on a line of its own. */
const MDX_IMPORT =
  /^import[ \t]+(?:(?:[\w$]+|\{[^{}\n]*\}|\*[ \t]*as[ \t]+[\w$]+)(?:[ \t]*,[ \t]*(?:\{[^{}\n]*\}|\*[ \t]*as[ \t]+[\w$]+))?[ \t]+from[ \t]+)?(?:'[^'\n]*'|"[^"\n]*");?[ \t]*\r?$/;

/** 28.: a decoration's closing character for its opening one. */
const DECORATION_PAIRS: Record<string, string> = { '=': '=', '*': '*', '-': '-', '~': '~', '+': '+', '>': '<', '[': ']' };

/**
 * 28.: the words of a line at the margin that is a title between decorations (their text, as a summary's HTML), undefined for
 * another line: the same run of two or more on both sides (one bracket), a blank between it and the words but for `=`.
 */
function decoratedTitleWords(line: string): string | undefined {
  // The decoration's characters escaped, as Turndown and Google Docs write them (« \\=== SECTION 2 === »).
  const text = line
    .replace(/\r$/, '')
    .trimEnd()
    .replace(/^(?:\\?[=*\-~+>[])+/, (run) => run.replaceAll('\\', ''))
    .replace(/(?:\\?[=*\-~+<\]])+$/, (run) => run.replaceAll('\\', ''));
  const closing = DECORATION_PAIRS[text[0]] as string | undefined;
  if (closing === undefined) return undefined;
  const opening = text.length - text.replace(new RegExp(`^\\${text[0]}+`), '').length;
  const closed = text.length - text.replace(new RegExp(`\\${closing}+$`), '').length;
  const inner = text.slice(opening, text.length - closed);
  const bracket = text[0] === '[';
  if (bracket ? opening !== 1 || closed !== 1 : opening < 2 || closed < 2) return undefined;
  if (text[0] !== '=' && !/^[ \t].*[ \t]$/.test(inner)) return undefined;
  const words = inner.trim();
  if (words.length > 120 || !/\p{L}{2}/u.test(words) || (bracket && !/\d/.test(words))) return undefined;
  return withoutMarks(plain(reference().parse(words), words))
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;');
}

/**
 * 26., 27., 28.: the text with its admonitions' titled openers, its decorated titles and its blocks of MDX imports (between
 * blank lines) blank, and the openers' and decorated titles' words, each with its line's offsets.
 */
function withoutAdmonitionsAndImports(text: string): { source: string; titles: { start: number; end: number; title: string }[] } {
  const lines = text.split('\n');
  const titles: { start: number; end: number; title: string }[] = [];
  const blank = (line: number) => (lines[line] = lines[line].replace(/[^\r]/g, ' '));
  const offsets = lines.map((_, line) => lines.slice(0, line).reduce((sum, before) => sum + before.length + 1, 0));
  // 28.: a fenced code block's lines are its code (its fence, group 1, closed by a run as long or longer).
  let fence: string | undefined;
  for (let line = 0; line < lines.length; line++) {
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`).test(lines[line])) fence = undefined;
      continue;
    }
    const opener = ADMONITION_OPENER.exec(lines[line]);
    const title = (opener?.[1] ?? opener?.[2])?.trim() ?? decoratedTitleWords(lines[line]);
    fence = title ? undefined : /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/.exec(lines[line])?.[1];
    if (title) {
      titles.push({ start: offsets[line], end: offsets[line] + lines[line].replace(/\r$/, '').trimEnd().length, title });
      blank(line);
      continue;
    }
    if (!MDX_IMPORT.test(lines[line]) || (line > 0 && lines[line - 1].trim() !== '')) continue;
    let end = line;
    while (end < lines.length && MDX_IMPORT.test(lines[end])) end++;
    if (end < lines.length && lines[end].trim() !== '') continue;
    for (; line < end; line++) blank(line);
  }
  return { source: lines.join('\n'), titles };
}

/** 26., 28.: each admonition's or decorated title, a summary (16.) at the document's level where its line stands. */
function admonitionTitles(tree: Root, titles: readonly { start: number; end: number; title: string }[]): void {
  for (const { start, end, title } of titles) {
    const at = tree.children.findIndex((node) => node.position!.start.offset! > start);
    if (at > 0 && tree.children[at - 1].position!.end.offset! > start) continue;
    const position = { start: { line: 1, column: 1, offset: start }, end: { line: 1, column: 1, offset: end } };
    tree.children.splice(at === -1 ? tree.children.length : at, 0, { type: 'html', value: `<summary ${TYPED}>${title}</summary>`, position });
  }
}

/** 20.: the chunk without its lines that are page numbers alone, and where an offset of what is left is in the chunk. */
function withoutPageNumbers(chunk: string, frontMatter: boolean): { source: string; at: (offset: number) => number } {
  const furniture = frontMatter ? [] : furnitureLines(chunk, []);
  if (furniture.length === 0) return { source: chunk, at: (offset) => offset };
  const kept: { from: number; to: number }[] = [];
  const lines = chunk.split('\n');
  let from = 0;
  let to = 0;
  const text = lines
    .filter((line, index) => {
      const keep = !furniture.includes(index);
      if (keep) kept.push({ from, to });
      from += line.length + 1;
      if (keep) to += line.length + 1;
      return keep;
    })
    .join('\n');
  return {
    source: text,
    at: (offset) => {
      const line = kept.filter((line) => line.to <= offset).pop()!;
      return line.from + offset - line.to;
    },
  };
}

/** 25.: the chunk without what its review marks delete, and where an offset of what is left is in the chunk (past a span left out). */
function withoutReviewDeletions(chunk: string, frontMatter: boolean): { source: string; at: (offset: number) => number } {
  const deletions = frontMatter ? [] : reviewDeletions(chunk);
  if (deletions.length === 0) return { source: chunk, at: (offset) => offset };
  const kept: { from: number; to: number }[] = [];
  let source = '';
  let copied = 0;
  for (const { from, length } of deletions) {
    kept.push({ from: copied, to: source.length });
    source += chunk.slice(copied, from);
    copied = from + length;
  }
  kept.push({ from: copied, to: source.length });
  source += chunk.slice(copied);
  return {
    source,
    at: (offset) => {
      const part = kept.filter((part) => part.to <= offset).pop()!;
      return part.from + offset - part.to;
    },
  };
}

/** 6.: a tag whose name is no HTML element an author writes in text (markdownTree.ts lists them). */
function notAnElement(html: string): boolean {
  const name = /^<\/?([A-Z][A-Z0-9-]*)/i.exec(html)?.[1]?.toLowerCase();
  const elements =
    'a abbr b bdi bdo big br cite code data del details dfn div em font i img input ins kbd label mark nobr p q rp rt ruby s samp small span strike strong sub summary sup time tt u var wbr';
  return name !== undefined && !elements.split(' ').includes(name);
}

/** 8.: pandoc's attributes, a bracketed span's brackets and a superscript's carets dropped. */
function withoutMarks(text: string): string {
  const out = text
    .replace(/\[([^[\]{}]*)\]\{:?[ \t]*(?:[#.]|[\w-]+=)[^{}\n]*\}/g, '$1')
    .replace(/\{:?[ \t]*(?:[#.]|[\w-]+=)[^{}\n]*\}/g, '')
    .replace(/\^([^\s^]+)\^/g, '$1');
  // Attributes closing a heading leave the blanks before them.
  return out === text ? text : out.trimEnd();
}

/**
 * 7.: the units, with the rows of the chunk's pandoc and HTML tables (those of the parse, whose line after
 * its first row is not a GFM delimiter row) in place of remark's units over their lines.
 */
function withTables(chunk: string, expected: Omit<TextUnit, 'normalized'>[], actual: Omit<TextUnit, 'normalized'>[]): Omit<TextUnit, 'normalized'>[] {
  const tables = new Map<number, Omit<TextUnit, 'normalized'>[]>();
  for (const unit of actual) if (unit.kind === 'tableRow') tables.set(unit.table!, [...(tables.get(unit.table!) ?? []), unit]);
  let out = expected;
  for (const rows of tables.values()) {
    // An HTML block's table is among its passages already (21.).
    if (out.some((unit) => isDeepStrictEqual(unit, rows[0]))) continue;
    // A pandoc table's first row is under a border or dashes, or over runs of dashes; an HTML table's is a tag.
    const lineStart = chunk.lastIndexOf('\n', rows[0].start - 1) + 1;
    const previousLine = lineStart ? chunk.slice(chunk.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
    // A line indented as code is no pandoc table's border or dashes.
    const previous = /^(?: {4}| {0,3}\t)/.test(previousLine) ? '' : previousLine.trim();
    const lineEnd = chunk.indexOf('\n', rows[0].start);
    const next =
      lineEnd === -1
        ? ''
        : chunk
            .slice(lineEnd + 1)
            .split('\n')[0]
            .trim();
    const pandoc = chunk.startsWith('<', rows[0].start) || previous.startsWith('+') || /^-+(?:[ \t]+-+)*$/.test(previous) || /^-+(?:[ \t]+-+)+$/.test(next);
    if (!pandoc) continue;
    // The table's lines: from the line before its first row (a border, dashes, HTML) to the line after its last.
    const from = chunk.lastIndexOf('\n', chunk.lastIndexOf('\n', rows[0].start - 1) - 1) + 1;
    const after = chunk.indexOf('\n', rows[rows.length - 1].end + 1);
    const to = after === -1 ? chunk.length : after;
    const over = (unit: Omit<TextUnit, 'normalized'>) => unit.end > from && unit.start < to;
    const at = out.findIndex(over);
    const kept = out.filter((unit) => !over(unit));
    out = at === -1 ? [...kept, ...rows] : [...kept.slice(0, at), ...rows, ...kept.slice(at)];
  }
  return out;
}

/** 22., 23.: the lines from `from` to `to`, four columns of each taken off, parsed as Markdown, their nodes placed back in the chunk's offsets. */
function dedented(text: string, from: number, to: number): RootContent[] {
  const column = (line: string, chars: number) => [...line.slice(0, chars)].reduce((at, char) => (char === '\t' ? at + 4 - (at % 4) : at + 1), 0);
  // Each line without its first four columns, and where each line's rest starts in the chunk.
  const lines = text.slice(from, to).split('\n');
  const starts: number[] = [];
  let offset = from;
  const dedented = lines.map((line) => {
    let taken = 0;
    while (taken < line.length && column(line, taken) < 4 && /[ \t]/.test(line[taken])) taken++;
    starts.push(offset + taken);
    offset += line.length + 1;
    return line.slice(taken);
  });
  const inner = dedented.join('\n');
  const innerLineStarts = dedented.map((_, at) => dedented.slice(0, at).reduce((sum, line) => sum + line.length + 1, 0));
  const place = (at: number) => {
    let line = innerLineStarts.length - 1;
    while (innerLineStarts[line] > at) line--;
    return starts[line] + at - innerLineStarts[line];
  };
  const placed = (node: Nodes): void => {
    if (node.position) {
      node.position.start.offset = place(node.position.start.offset!);
      node.position.end.offset = place(node.position.end.offset!);
    }
    if ('children' in node) for (const child of node.children as Nodes[]) placed(child);
  };
  const blocks = reference().parse(inner).children;
  for (const block of blocks) placed(block);
  return blocks;
}

/**
 * 22.: indented code right after a list at the document's level, indented by less than the text of the list's last item
 * (Turndown's `12.  ` over lines indented by four), made that item's: its lines, four columns of each taken off, parsed
 * as Markdown, their nodes placed back in the chunk's offsets and appended to the item.
 */
function itemsContinued(text: string, tree: Root): void {
  const column = (line: string, chars: number) => [...line.slice(0, chars)].reduce((at, char) => (char === '\t' ? at + 4 - (at % 4) : at + 1), 0);
  const lineStartOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  for (let index = 1; index < tree.children.length; index++) {
    const [list, code] = [tree.children[index - 1], tree.children[index]];
    if (list.type !== 'list' || code.type !== 'code') continue;
    const item = list.children[list.children.length - 1];
    const itemLine = text.slice(lineStartOf(item.position!.start.offset!)).split('\n')[0];
    const marker = /^ {0,3}(?:\d{1,9}[.)]|[-*+])( {1,5})/.exec(itemLine);
    const codeStart = lineStartOf(code.position!.start.offset!);
    const indent = /^[ \t]*/.exec(text.slice(codeStart))![0];
    // Indented code (not fenced), short of the item's text.
    const depth = column(indent, indent.length);
    if (!marker || depth < 4 || depth >= marker[0].length - (marker[1].length > 4 ? marker[1].length - 1 : 0)) continue;
    const blocks = dedented(text, codeStart, code.position!.end.offset!);
    item.children.push(...(blocks as typeof item.children));
    item.position!.end = { ...code.position!.end };
    list.position!.end = { ...code.position!.end };
    tree.children.splice(index, 1);
    index--;
  }
}

/** 23.: a Python-Markdown block's opener alone on its line (`!!! note "Titre"`, `??? note`, `=== "Onglet"`), its title in group 1. */
const PYTHON_BLOCK_OPENER = /^(?:!!!|\?\?\?\+?|===[!+]?)(?:[ \t]+[\w-]+)*(?:[ \t]+"([^"\n]*)")?[ \t]*\r?$/;

/**
 * 23.: a Python-Markdown block at the document's level, a blank line under its opener: the opener (a paragraph for
 * remark) made its title as a summary's (16.), none without one; the indented code under it (its body) parsed four
 * columns in, its nodes in place.
 */
function pythonBlocks(text: string, tree: Root): void {
  for (let index = 0; index < tree.children.length; index++) {
    const opener = tree.children[index];
    const line = opener.type === 'paragraph' ? text.slice(opener.position!.start.offset, opener.position!.end.offset) : '';
    const found = line.includes('\n') ? null : PYTHON_BLOCK_OPENER.exec(line);
    if (!found || !/^[!?=]/.test(line)) continue;
    const title = found[1]?.trim();
    const made: RootContent[] = title ? [{ type: 'html', value: `<summary ${TYPED}>${title}</summary>`, position: opener.position }] : [];
    const body = tree.children[index + 1];
    if (body?.type === 'code' && !/^[ \t]*(?:`{3}|~{3})/.test(text.slice(body.position!.start.offset))) {
      made.push(...dedented(text, text.lastIndexOf('\n', body.position!.start.offset! - 1) + 1, body.position!.end.offset!));
      tree.children.splice(index, 2, ...made);
    } else tree.children.splice(index, 1, ...made);
    index += made.length - 1;
  }
}

/**
 * 24.: indented code at the document's level whose lines are prose, read from its first line at the margin: the text from
 * there to the chunk's end parsed again without that line's indentation, its nodes placed back in the chunk's offsets, the
 * items continued and Python-Markdown blocks read in it (22., 23.).
 */
function proseUnindented(text: string, tree: Root): void {
  for (let index = 0; index < tree.children.length; index++) {
    const code = tree.children[index];
    if (code.type !== 'code') continue;
    const lineStart = text.lastIndexOf('\n', code.position!.start.offset! - 1) + 1;
    const lines = text
      .slice(lineStart, code.position!.end.offset)
      .split(/\r?\n/)
      .map((line) => line.trimStart())
      .filter((line) => line !== '');
    if (/^(?:`{3}|~{3})/.test(lines[0]) || !typedProse(lines)) continue;
    const from = lineStart + /^[ \t]*/.exec(text.slice(lineStart))![0].length;
    const shifted = (node: Nodes): void => {
      node.position!.start.offset! += from;
      node.position!.end.offset! += from;
      if ('children' in node) for (const child of node.children as Nodes[]) shifted(child);
    };
    const rest: Root = reference().parse(text.slice(from));
    for (const node of rest.children) shifted(node);
    itemsContinued(text, rest);
    pythonBlocks(text, rest);
    tree.children.splice(index, tree.children.length - index, ...rest.children);
  }
}

/** 21.: an HTML block that opens with an element's tag (not a script's, a style's, a preformatted text's). */
const PASSAGES_HTML = /^\s*<\/?(?!(?:script|pre|style|textarea)[\s/>])[a-z]/i;

/** 21.: remark's HTML units of blocks read for their passages, each replaced by the parse's units over it. */
function withHtmlPassages(expected: Omit<TextUnit, 'normalized'>[], actual: Omit<TextUnit, 'normalized'>[]): Omit<TextUnit, 'normalized'>[] {
  return expected.flatMap((unit) =>
    unit.kind === 'html' && PASSAGES_HTML.test(unit.text) ? actual.filter((passage) => passage.start >= unit.start && passage.start < unit.end) : [unit],
  );
}

/**
 * 19.: the tables pasted as text among the parse's units (no GFM delimiter row, pandoc table's border or dashes, or HTML on or
 * around their first row's line), each as its rows and the offsets of its lines.
 */
function textTables(chunk: string, actual: Omit<TextUnit, 'normalized'>[]): { rows: Omit<TextUnit, 'normalized'>[]; from: number; to: number }[] {
  const tables = new Map<number, Omit<TextUnit, 'normalized'>[]>();
  for (const unit of actual) if (unit.kind === 'tableRow') tables.set(unit.table!, [...(tables.get(unit.table!) ?? []), unit]);
  return [...tables.values()].flatMap((rows) => {
    const from = chunk.lastIndexOf('\n', rows[0].start - 1) + 1;
    const lineEnd = chunk.indexOf('\n', rows[0].start);
    const line = chunk.slice(from, lineEnd === -1 ? chunk.length : lineEnd);
    // A table in a quote (« > | … | ») is read without its quote's marks, as the table is.
    const unquoted = (text: string) => text.replace(/^(?: {0,3}>)+ ?/, '');
    const previousLine = from ? unquoted(chunk.slice(chunk.lastIndexOf('\n', from - 2) + 1, from - 1)) : '';
    const previous = /^(?: {4}| {0,3}\t)/.test(previousLine) ? '' : previousLine.trim();
    const next = lineEnd === -1 ? '' : unquoted(chunk.slice(lineEnd + 1).split('\n')[0]).trim();
    // A GFM table's first row is over its delimiter row, or under it when its header of empty cells is no row (15.).
    const delimiter = (line: string) => /^[\s|:-]+$/.test(line) && line.includes('-') && line.includes('|');
    const gfm = (/^[\s|:-]+$/.test(next) && next.includes('-')) || delimiter(previous);
    if (gfm || /^[ \t>]*</.test(line) || previous.startsWith('+') || /^[-\s]+$/.test(previous) || /^-+(?:[ \t]+-+)+$/.test(next)) return [];
    const after = chunk.indexOf('\n', rows[rows.length - 1].end);
    return [{ rows, from, to: after === -1 ? chunk.length : after }];
  });
}

/**
 * 19.: remark's units of a chunk whose text tables are at its document's level: each part between them parsed alone (the
 * text before it blank), as markdown-it starts a block after a table and a table ends the block before it; the tables'
 * rows between. Undefined when a table is in a list item, a quote or a footnote (textTableInContainer).
 */
function withTextTables(chunk: string, tree: Root, tables: { rows: Omit<TextUnit, 'normalized'>[]; from: number; to: number }[]) {
  const inContainer = tables.some(({ from }) =>
    tree.children.some(
      (node) =>
        (node.type === 'list' || node.type === 'blockquote' || node.type === 'footnoteDefinition') &&
        node.position!.start.offset! <= from &&
        from < node.position!.end.offset!,
    ),
  );
  if (inContainer || /^[ \t]/.test(chunk.slice(tables[0]?.from ?? 0))) return undefined;
  const units: Omit<TextUnit, 'normalized'>[] = [];
  let from = 0;
  for (const table of [...tables, { rows: [], from: chunk.length, to: chunk.length }]) {
    const part = chunk.slice(0, from).replace(/[^\r\n]/g, ' ') + chunk.slice(from, table.from);
    const tree = reference().parse(part);
    proseUnindented(part, tree); // 24.
    units.push(...remarkUnits(part, tree), ...table.rows);
    from = table.to;
  }
  return units;
}

/** The units remark gave a chunk (the analysis's reading of its tree before markdown-it), with 1–3. */
function remarkUnits(chunk: string, tree: Root): Omit<TextUnit, 'normalized'>[] {
  const bom = chunk.startsWith('\uFEFF') ? 1 : 0; // 3.
  const units: Omit<TextUnit, 'normalized'>[] = [];
  let tableCount = 0;
  const unit = (kind: TextUnit['kind'], node: Nodes, text: string, extra: Partial<TextUnit> = {}): void => {
    units.push({ kind, start: node.position!.start.offset! + bom, end: node.position!.end.offset! + bom, text, ...extra });
  };
  /** A paragraph's units: itself, or its introduction and entries (10.); a title at the document's level (9., 17.). */
  const visitParagraph = (node: Paragraph, top: boolean): void => {
    const entries = entriesOf(chunk, node, bom, isTitle(node, chunk.slice(bom))); // 10.
    const own: Passage | undefined = entries
      ? entries.intro
      : {
          node,
          kind: 'paragraph',
          start: node.position!.start.offset! + bom,
          end: node.position!.end.offset! + bom,
          text: withoutMarks(plain(node, chunk.slice(bom))),
        };
    if (own) {
      const { node: paragraph, ...made } = own;
      if (top && (boldTitle(paragraph, made.text) || capitalsTitle(made.text) || numberedTitle(made.text)))
        units.push({ ...made, kind: 'heading', depth: PART_TITLE.test(normalizeForMatching(made.text)) ? 7 : 8 }); // 9., 17.
      else units.push(made);
    }
    if (entries) units.push(...entries.items);
  };
  const visit = (node: RootContent, top = false): void => {
    switch (node.type) {
      case 'heading':
        unit('heading', node, withoutMarks(plain(node, chunk.slice(bom))), { depth: node.depth });
        return;
      case 'paragraph': {
        const lines = lineBlockText(chunk, node, bom, withoutMarks(plain(node, chunk.slice(bom)))); // 14.
        const underlined = lines === undefined ? null : /^([^\n]+)\n(?:(={3,})|-{3,})$/.exec(lines);
        if (underlined?.[1].trim()) unit('heading', node, underlined[1].trim(), { depth: underlined[2] ? 1 : 2 });
        else if (lines !== undefined) unit('paragraph', node, lines);
        if (lines !== undefined) return;
        const defined = definitionUnits(chunk, node, bom, withoutMarks(plain(node, chunk.slice(bom)))); // 13.
        if (defined !== undefined) {
          units.push(...defined);
          return;
        }
        const titled = top && !isTitle(node, chunk.slice(bom)) ? titledParagraph(chunk, node, bom) : undefined; // 17.
        if (titled) {
          const { title, paragraph } = titled;
          units.push({ ...title, depth: PART_TITLE.test(normalizeForMatching(title.text)) ? 7 : 8 });
          visitParagraph(paragraph, true);
          return;
        }
        visitParagraph(node, top);
        return;
      }
      case 'list': {
        const sections = top && node.ordered ? node.children.map((item) => capitalsSection(chunk, item, bom)) : [];
        if (sections.length > 0 && sections.every((section) => section !== undefined)) {
          for (const section of sections) {
            units.push({ ...section.title, depth: PART_TITLE.test(normalizeForMatching(section.title.text)) ? 7 : 8 }); // 18.
            for (const child of section.under)
              if (child.type === 'paragraph') visitParagraph(child, true);
              else visit(child, true);
          }
          return;
        }
        const [item, ...others] = node.children;
        const [paragraph, ...rest] = item.children;
        if (top && node.ordered && others.length === 0 && rest.length === 0 && paragraph?.type === 'paragraph') {
          const text = withoutMarks(plain(paragraph, chunk.slice(bom)));
          if (boldTitle(paragraph, text) || capitalsTitle(text) || numberedTitle(text)) {
            unit('heading', item, text, { depth: PART_TITLE.test(normalizeForMatching(text)) ? 7 : 8 }); // 9., 17.
            return;
          }
        }
        for (const child of node.children) visit(child);
        return;
      }
      case 'listItem': {
        const own = node.children.filter((child) => child.type !== 'list');
        const entries = own.map((child) => (child.type === 'paragraph' ? entriesOf(chunk, child, bom, isTitle(child, chunk.slice(bom))) : undefined));
        // A paragraph of entries without an introduction leaves the item no text of its own.
        const texts = own.flatMap(
          (child, index) => (entries[index] ? (entries[index].intro ? [entries[index].intro.text] : []) : [withoutMarks(plainOfEntries(chunk, child, bom))]), // 8.
        );
        unit('listItem', node, texts.join('\n'));
        // Entries and nested lists in the order of the item's blocks.
        for (const child of node.children) {
          if (child.type === 'list') visit(child);
          else units.push(...(entries[own.indexOf(child)]?.items ?? []));
        }
        return;
      }
      case 'table':
        visitTable(node, tableCount++);
        return;
      case 'html': {
        const title = htmlTitle(node.value); // 16.
        if (title && title.depth === undefined && !top) unit('paragraph', node, title.text);
        else if (title)
          unit('heading', node, title.text, {
            depth: title.depth ?? (PART_TITLE.test(normalizeForMatching(title.text)) ? 7 : 8),
            ...(title.depth === undefined && !node.value.includes(TYPED) ? { disclosure: true as const } : {}),
          });
        else if (!tagsOnly(node.value))
          unit('html', node, node.value); // 12.
        else if (DISCLOSURE_CLOSED.test(node.value)) unit('html', node, node.value.trim()); // 16.
        return;
      }
      case 'code':
      case 'yaml':
        unit(node.type, node, node.value);
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  const visitTable = (table: Table, index: number): void => {
    const emptyHeader = table.children.length > 1 && table.children[0].children.every((cell) => plain(cell, chunk.slice(bom)).trim() === ''); // 15.
    (emptyHeader ? table.children.slice(1) : table.children).forEach((row, rowIndex) => {
      const cells = row.children.map((cell) => plain(cell, chunk.slice(bom)).trim());
      unit('tableRow', row, cells.join(' | '), { cells, table: index, row: rowIndex });
    });
  };
  for (let index = 0; index < tree.children.length; index++) {
    const defined = looseDefinition(chunk, tree.children[index], tree.children[index + 1], bom); // 13.
    if (defined) {
      units.push(defined);
      index++;
    } else visit(tree.children[index], true);
  }
  return units;
}

/**
 * 13.: a term (a paragraph of one line) and its definition after a blank line, as pandoc writes a loose definition list
 * (a LaTeX `description`): remark read two paragraphs, the definition's indented lines continuing its first. One
 * passage, « Term : definition »; undefined for other blocks.
 */
function looseDefinition(chunk: string, term: RootContent, next: RootContent | undefined, bom: number): Omit<TextUnit, 'normalized'> | undefined {
  if (term.type !== 'paragraph' || next?.type !== 'paragraph') return undefined;
  if (term.position!.start.line !== term.position!.end.line || next.position!.start.line !== term.position!.end.line + 2) return undefined;
  const source = chunk.slice(bom);
  const lineStart = source.lastIndexOf('\n', next.position!.start.offset! - 1) + 1;
  if (!/^ {0,3}[:~][ \t]+(?=\S)/.test(source.slice(lineStart))) return undefined;
  const label = withoutMarks(plain(term, source)).trimEnd();
  const value = withoutMarks(plain(next, source)).replace(/^[:~][ \t]+/, '');
  return {
    kind: 'paragraph',
    start: term.position!.start.offset! + bom,
    end: next.position!.end.offset! + bom,
    text: `${label.endsWith(':') ? label.slice(0, -1).trimEnd() : label} : ${value}`,
  };
}

/** 10.: the labels that may follow a list's mark: the next number, letter and roman numeral, in the same case. */
function nextLabels(label: string): string[] {
  if (label === '#') return ['#'];
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'];
  if (/^\d+$/.test(label)) return [String(Number(label) + 1)];
  const upper = label !== label.toLowerCase();
  const lower = label.toLowerCase();
  const next = [romans[romans.indexOf(lower) + 1], lower.length === 1 ? String.fromCharCode(lower.charCodeAt(0) + 1) : undefined];
  return next.filter((found): found is string => found !== undefined).map((found) => (upper ? found.toUpperCase() : found));
}

/**
 * 10.: the bullets that open an entry, as markdownTree.ts lists them (a list marker escaped too, the dashes as pandoc writes
 * them); a dash opens a list only on the first line, or under a colon or a title in bold.
 */
const BULLETS = [...'•◦▪■□●○◆◇♦❖►▶➢➤‣⁃∙·✓✔☐☑\uF076\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC–—', '---', '--', '\\-', '\\+', '\\*'];

/** 10.: a block's plain text, the paragraphs nested in it (a quote's) read as entries where they are lists (their texts run together, as nested items' do). */
function plainOfEntries(chunk: string, node: Nodes, bom: number): string {
  if (node.type === 'paragraph') {
    const entries = entriesOf(chunk, node, bom, isTitle(node, chunk.slice(bom)));
    return entries ? (entries.intro?.text ?? '') + entries.items.map((item) => item.text).join('') : plain(node, chunk.slice(bom));
  }
  return node.type === 'blockquote' || node.type === 'list' || node.type === 'listItem'
    ? node.children.map((child) => plainOfEntries(chunk, child, bom)).join('')
    : plain(node, chunk.slice(bom));
}

/** 9., 10.: a paragraph's unit, with its node (a title in bold is read from the node). */
type Passage = Omit<TextUnit, 'normalized'> & { node: Paragraph };

/**
 * 10.: a paragraph read as an introduction and entries: the introduction's lines and each entry's (from its
 * mark to the line before the next, without the mark) parsed on their own, their line endings kept.
 */
function entriesOf(chunk: string, node: Paragraph, bom: number, title: boolean): { intro?: Passage; items: Omit<TextUnit, 'normalized'>[] } | undefined {
  const source = chunk.slice(bom);
  const from = node.position!.start.offset!;
  const to = node.position!.end.offset!;
  // Each line, or (10.) each piece of it from a mark a converter left within it to the next one, the blanks before that one its ending.
  const lines: { start: number; end: number; content: string; ending: string; within: boolean }[] = [];
  for (let start = from; start <= to;) {
    let end = source.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const lineEnd = source[end - 1] === '\r' && end < to ? end - 1 : end;
    const skip = start === from ? 0 : /^[ \t>]*/.exec(source.slice(start, lineEnd))![0].length;
    let piece = start + skip;
    // Past the mark that opens the line, if any, and its blanks: the text after it is its entry's.
    const opening = openingMark(source.slice(piece, lineEnd));
    for (const found of source.slice(piece, lineEnd).matchAll(/(?<=\S)[ \t]+(?=\S)/g)) {
      const at = start + skip + found.index + found[0].length;
      const before = source.slice(start + skip, at - found[0].length).replace(/[*_]+$/, '');
      const rest = source.slice(at, lineEnd);
      const bullet = BULLETS.find((glyph) => rest.startsWith(glyph));
      // A letter or a number as at a line's start (a parenthesis opens a mark that one closes, a degree sign follows a
      // number), closed by a period only escaped (pandoc's `#.` aside), as a name's initial is not.
      const parts = /^(?:\*{1,3}|_{1,3})?((?:\\?\()?)([#a-z]|[ivx]{1,6}|\d{1,2})(\\?)([).°º])/i.exec(rest);
      const lettered =
        parts &&
        !(parts[1] && parts[4] !== ')') &&
        !(/[°º]/.test(parts[4]) && !/^\d+$/.test(parts[2])) &&
        (parts[4] !== '.' || parts[3] !== '' || parts[1].startsWith('\\') || parts[2] === '#')
          ? parts
          : null;
      const mark = bullet ?? (/^o\t/i.test(rest) ? 'o' : lettered?.[0]);
      if (mark === undefined || at <= piece + opening || !/^[ \t]+\S/.test(rest.slice(mark.length).replace(/^[*_]+/, ''))) continue;
      if ((bullet === undefined || /^(?:[\\–—]|--)/.test(bullet)) && !/[.;:!?]$/.test(before)) continue;
      const pieceEnd = at - found[0].length;
      lines.push({ start: piece, end: pieceEnd, content: source.slice(piece, pieceEnd), ending: found[0], within: piece > start + skip });
      piece = at;
    }
    lines.push({ start: piece, end: lineEnd, content: source.slice(piece, lineEnd), ending: source.slice(lineEnd, end + 1), within: piece > start + skip });
    start = end + 1;
  }
  const marks: { line: number; mark: string; kept: string; shape: string; label: string; sure: boolean }[] = [];
  lines.forEach((line, index) => {
    // A mark in emphasis, or opening the emphasis of the entry's first words, which then keeps it.
    const emphasis = /^(?:\*{1,3}|_{1,3})?/.exec(line.content)![0];
    const rest = line.content.slice(emphasis.length);
    const lettered = /^((?:\\?\()?)([a-z]+|\d+|#)(\\?)([).°º])/i.exec(rest);
    const bullet = BULLETS.find((glyph) => rest.startsWith(glyph)) ?? (/^o\t/i.test(rest) ? rest[0] : undefined);
    const written = lettered?.[0] ?? bullet;
    if (written === undefined) return;
    const closed = emphasis !== '' && rest.startsWith(emphasis, written.length);
    const blanks = /^[ \t]+(?=\S)/.exec(rest.slice(written.length + (closed ? emphasis.length : 0)));
    if (!blanks) return;
    if (lettered && ((lettered[1] && lettered[4] !== ')') || (/[°º]/.test(lettered[4]) && !/^\d+$/.test(lettered[2])))) return;
    const mark = {
      line: index,
      mark: emphasis + written + (closed ? emphasis : '') + blanks[0],
      kept: closed ? '' : emphasis,
      shape: lettered ? lettered[1].replace('\\', '') + lettered[4] : bullet!.toLowerCase(),
      label: lettered?.[2] ?? '',
      sure: lettered !== null && (lettered[4] !== '.' || lettered[3] !== '' || lettered[1].startsWith('\\') || lettered[2] === '#'),
    };
    const previous = marks[marks.length - 1];
    const opens =
      index === 0 ||
      (line.within
        ? bullet !== undefined && /:[*_]*$/.test(lines[index - 1].content.trim())
        : bullet === undefined
          ? /^[1ai#]$/i.test(mark.label)
          : !/[–—]|^--/.test(bullet) || /:[*_]*$|^(?:\*\*|__)\S.*(?:\*\*|__)$/.test(lines[index - 1].content.trim()));
    if (previous ? previous.shape === mark.shape && (bullet !== undefined || nextLabels(previous.label).includes(mark.label)) : opens) marks.push(mark);
  });
  // One entry is a list when a bullet opens the paragraph, or (10.) a mark closed by a parenthesis or a degree sign,
  // or escaped, opens a paragraph that is no title.
  const lone = marks[0]?.line === 0 && (marks[0].label === '' || (marks[0].sure && !title && /^(?:[#a-z]|[ivx]{1,6}|\d{1,2})$/i.test(marks[0].label)));
  if (marks.length < 2 && !lone) return undefined;
  // The lines after an entry's first were its paragraph's lines, text there: parsed on their own, where their
  // indentation is gone, none opens a block (an outline's items nested under a lettered entry, « 1. » indented past it).
  const joined = (first: number, last: number, skip: number) =>
    lines
      .slice(first, last + 1)
      .map(
        (line, index) =>
          (index === 0 ? line.content.slice(skip) : line.within ? line.content : asText(line.content)) + (first + index < last ? line.ending : ''),
      )
      .join('');
  let intro: Passage | undefined;
  if (marks[0].line > 0) {
    const text = joined(0, marks[0].line - 1, 0);
    const parsed = reference().parse(text).children[0] as Paragraph;
    intro = { kind: 'paragraph', start: from + bom, end: lines[marks[0].line - 1].end + bom, text: withoutMarks(plain(parsed, text)), node: parsed };
  }
  const items = marks.map((mark, index) => {
    const last = (marks[index + 1]?.line ?? lines.length) - 1;
    // The text after the mark is a paragraph's (`> ` there is no quote): parsed behind a word and a blank, as it was written behind the mark.
    const text = `x ${mark.kept}${joined(mark.line, last, mark.mark.length)}`;
    return {
      kind: 'listItem' as const,
      start: lines[mark.line].start + bom,
      end: lines[last].end + bom,
      text: withoutMarks(plain(reference().parse(text), text)).slice(2),
    };
  });
  return { intro, items };
}

/** 10.: the length of the mark that opens a line (a letter, a number or a bullet, in emphasis or not) and its blanks; 0 for none. */
function openingMark(line: string): number {
  const emphasis = /^(?:\*{1,3}|_{1,3})?/.exec(line)![0];
  const rest = line.slice(emphasis.length);
  const mark =
    /^(?:\\?\()?(?:[#a-z]|[ivx]{1,6}|\d{1,2})\\?[).°º]/i.exec(rest)?.[0] ??
    BULLETS.find((glyph) => rest.startsWith(glyph)) ??
    (/^o\t/i.test(rest) ? 'o' : undefined);
  if (mark === undefined) return 0;
  const after = rest.slice(mark.length).startsWith(emphasis) ? emphasis.length : 0;
  return emphasis.length + mark.length + after + /^[ \t]*/.exec(rest.slice(mark.length + after))![0].length;
}

/** 10.: a paragraph's line, its mark of a block (a list item's, a heading's, a fence's, a rule's) escaped: text, as it was in the paragraph. */
const asText = (line: string): string =>
  line.replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2').replace(/^(?=[-+*](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|`{3}|~{3}|[-=][ \t]*[-=]|(?:[*_][ \t]*){3,}$)/, '\\');

/** 9.: a paragraph that is emphasis and strong nodes around all of its content, one of them strong, short, its lines not parted by a hard break. */
function boldTitle(paragraph: Paragraph, text: string): boolean {
  const hardBreak = (node: Nodes): boolean => node.type === 'break' || ('children' in node && (node.children as Nodes[]).some(hardBreak));
  if (text.length > 120 || /(?:[,;!…]|\.\.)\s*$/.test(text) || stressedSentence(text.trimEnd()) || !/\p{L}/u.test(text) || hardBreak(paragraph)) return false;
  // Blanks and comments around the title are none of it, nor a closing period, colon or dash typed after the bold on its line.
  let children: Nodes[] = paragraph.children.filter(
    (node) => !(node.type === 'text' ? node.value.trim() === '' : node.type === 'html' && node.value.startsWith('<!--')),
  );
  const last = children[children.length - 1];
  if (children.length > 1 && last.type === 'text' && /^[ \t]?(?:[.:\u2013\u2014]|-{1,3})\s*$/.test(last.value)) children = children.slice(0, -1);
  // So is a gloss in brackets after the bold (« **Que comprend le mandat?** (devis technique) »).
  else if (children.length > 1 && last.type === 'text' && /^\s?\([^()]{1,60}\)\s?[.:]?\s*$/.test(last.value)) children = children.slice(0, -1);
  let strong = false;
  for (;;) {
    const [first] = children;
    if (children.length === 1 && (first.type === 'strong' || first.type === 'emphasis')) {
      strong ||= first.type === 'strong';
      children = first.children;
    } else if (wrapper(children)) children = children.slice(1, -1);
    else return strong;
  }
}

/** 9.: a pandoc span's brackets and attributes, or an HTML element's tags, around the other nodes. */
function wrapper(children: Nodes[]): boolean {
  const [first, last] = [children[0], children[children.length - 1]];
  if (children.length < 3 || first.type !== last.type) return false;
  if (first.type === 'text') return first.value === '[' && /^\]\{(?:[#.]|[\w-]+=)[^{}\n]*\}$/.test((last as Text).value);
  const name = first.type === 'html' ? /^<([a-z][a-z\d-]*)/i.exec(first.value)?.[1] : undefined;
  return name !== undefined && (last as Html).value.toLowerCase().startsWith(`</${name.toLowerCase()}`);
}

/** 9.: whether a paragraph is a title (set in bold or in capitals), wherever it stands. */
function isTitle(paragraph: Paragraph, source: string): boolean {
  const text = withoutMarks(plain(paragraph, source));
  return boldTitle(paragraph, text) || capitalsTitle(text) || numberedTitle(text);
}

/** 17.: a section's number, opening a line, and the blanks before the title's words. */
const SECTION_NUMBER_OPENING =
  /^(?:(?:\d{1,2}(?:\.\d{1,2}){0,5}\.?|(?:article|section|partie|chapitre|annexe|part|schedule)\s+[\dA-Z][\d.]*[.)]?)(?:[ \t]+[-–—|:])?|[A-Z][.)]|[IVX]{1,5}(?:[.)]|[ \t]+[-–—|:]))[ \t]+(?=\p{Lu})/u;

/** 17.: a determiner or subject pronoun opening a sentence. */
const SUBJECT_OPENING =
  /^(?:l['’]|(?:c|s|qu)['’]|(?:le|la|les|un|une|des|du|aucun|aucune|nul|nulle|tout|toute|tous|toutes|chaque|ce|cet|cette|ces|il|ils|elle|elles|on|nous|vous|son|sa|ses|leur|leurs|notre|nos|votre|vos|the|a|an|no|any|all|each|every|this|these|those|it|we|you|they)\s)/i;

/** 17.: a title's words after its number: one short line, a capital first, a word, no sentence's end or subject. */
function titleWords(text: string): boolean {
  const words = text.trimEnd();
  return (
    words.length <= 120 &&
    /^\p{Lu}/u.test(words) &&
    /\p{L}{2}/u.test(words) &&
    !words.includes('\n') &&
    !/(?:[,;!…]|\.\.)$/.test(words) &&
    !SUBJECT_OPENING.test(words)
  );
}

/** 17.: a paragraph that is a numbered title typed as a plain line, closed by no period, a letter's number no name's initial (« M. », a comma after the name). */
function numberedTitle(text: string): boolean {
  const number = SECTION_NUMBER_OPENING.exec(text);
  if (number === null || text.length > 120 || /\.\s*$/.test(text)) return false;
  const words = text.slice(number[0].length);
  return titleWords(words) && !initialOrSentence(number[0], words);
}

/** 17.: a letter's number before a name's initial (« M. ») or a sentence (a comma after its first words). */
const initialOrSentence = (number: string, words: string): boolean => /^[A-Z]\./.test(number) && (number.startsWith('M') || words.includes(','));

/** 17.: whether a paragraph's first line is a title over the lines under it (their text `next`, their Markdown `below`). */
function titleOver(line: string, next: string, below: string): boolean {
  const words = line.trimEnd();
  if (/(?:^|\s)(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux|et|ou|en|par|pour|sur|dans|avec|un|une|of|the|and|or|to|a|an|for|with|by|in|on)$/iu.test(words))
    return false;
  if (/^(?:[ \t]*(?:[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|```|~~~|\|)|[ \t]{4})/.test(below)) return false;
  const number = SECTION_NUMBER_OPENING.exec(words);
  if (number !== null) {
    const after = words.slice(number[0].length);
    return (/^\p{Lu}/u.test(next) || SECTION_NUMBER_OPENING.test(next)) && !words.endsWith('.') && titleWords(after) && !initialOrSentence(number[0], after);
  }
  return words.length <= 80 && !/:./.test(words) && !words.endsWith('.') && titleWords(words) && /^\p{Lu}/u.test(next) && SUBJECT_OPENING.test(next);
}

/**
 * 17.: a paragraph of the document's level split at a title over its next lines: the title's unit (its first line), and
 * the paragraph under it, parsed alone and placed where its lines are; undefined when its first line is no such title.
 */
function titledParagraph(chunk: string, node: Paragraph, bom: number): { title: Omit<TextUnit, 'normalized'>; paragraph: Paragraph } | undefined {
  const source = chunk.slice(bom);
  const text = withoutMarks(plain(node, source));
  const from = node.position!.start.offset!;
  const lineEnd = source.indexOf('\n', from);
  if (text.indexOf('\n') === -1 || lineEnd === -1 || lineEnd >= node.position!.end.offset!) return undefined;
  const firstLine = source.slice(from, source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
  const belowStart = lineEnd + 1 + /^[ \t]*/.exec(source.slice(lineEnd + 1))![0].length;
  const below = source.slice(belowStart, node.position!.end.offset);
  const lineText = (markdown: string) => withoutMarks(plain(reference().parse(markdown), markdown));
  if (text.split('\n').length !== source.slice(from, node.position!.end.offset).split('\n').length) return undefined;
  // A hard break's backslash ends the line, as a line ending does: it is no text of the title (« …2017.\↵Le Service »).
  const titleText = lineText(firstLine.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1'));
  if (!titleOver(titleText, text.slice(text.indexOf('\n') + 1), below)) return undefined;
  const parsed = reference().parse(below).children[0];
  if (parsed?.type !== 'paragraph') return undefined;
  shiftPositions(parsed, belowStart);
  return { title: { kind: 'heading', start: from + bom, end: from + firstLine.length + bom, text: titleText, depth: 8 }, paragraph: parsed };
}

/** 18.: a list item that is a section: its title in capitals (its first line, or its first paragraph), and what it holds under it. */
function capitalsSection(chunk: string, item: ListItem, bom: number): { title: Omit<TextUnit, 'normalized'>; under: RootContent[] } | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const text = withoutMarks(plain(first, chunk.slice(bom)));
  const start = item.position!.start.offset! + bom;
  if (!text.includes('\n')) {
    return capitalsTitle(text) && rest.length > 0
      ? { title: { kind: 'heading', start, end: first.position!.end.offset! + bom, text }, under: rest }
      : undefined;
  }
  const lineEnd = chunk.slice(bom).indexOf('\n', first.position!.start.offset);
  const firstLine = chunk.slice(bom).slice(first.position!.start.offset, chunk[bom + lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
  const titleText = withoutMarks(plain(reference().parse(firstLine), firstLine));
  const belowStart = lineEnd + 1 + /^[ \t]*/.exec(chunk.slice(bom).slice(lineEnd + 1))![0].length;
  const below = chunk.slice(bom).slice(belowStart, first.position!.end.offset);
  const next = text.slice(text.indexOf('\n') + 1);
  if (
    !capitalsTitle(titleText) ||
    !/^[\p{Lu}\d]/u.test(next) ||
    !/\p{Ll}/u.test(next) ||
    /^(?:[-+*][ \t]|\d{1,9}[.)](?:[ \t]|$)|>|#{1,6}(?:[ \t]|$)|```|~~~|\|)/.test(below)
  )
    return undefined;
  const parsed = reference().parse(below).children[0];
  if (parsed?.type !== 'paragraph') return undefined;
  shiftPositions(parsed, belowStart);
  return { title: { kind: 'heading', start, end: first.position!.start.offset! + firstLine.length + bom, text: titleText }, under: [parsed, ...rest] };
}

/** 17.: a node parsed alone placed at `offset` of the chunk, with its descendants. */
function shiftPositions(node: Nodes, offset: number): void {
  if (node.position) {
    node.position.start.offset! += offset;
    node.position.end.offset! += offset;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) shiftPositions(child, offset);
}

/** 9.: a paragraph in capitals, on one short line, closed by no punctuation but a colon or a question mark, with a word of two capitals. */
function capitalsTitle(typed: string): boolean {
  const [first, second, ...more] = typed.split('\n');
  // A numbered title wrapped over two lines in the middle of a phrase (« ANNEXE 3 — GRILLE D'ÉVALUATION DE LA↵QUALITÉ »): one title.
  const wrapped =
    second !== undefined &&
    more.length === 0 &&
    (SECTION_NUMBER_OPENING.test(first) || /^(?:ARTICLE|SECTION|PARTIE|CHAPITRE|ANNEXE|PART|SCHEDULE) [\dA-Z]/.test(first)) &&
    /\s(?:DE|DU|DES|D['’]|LA|LE|LES|L['’]|À|AU|AUX|ET|OU|EN|PAR|POUR|SUR|DANS|AVEC|UN|UNE|OF|THE|AND|OR|TO|A|AN|FOR|WITH|BY|IN|ON)$/.test(first.trimEnd());
  const text = wrapped ? `${first} ${second}` : typed;
  // An entry's mark in parentheses (« (E) ») opens a clause as a section's number does.
  const number = SECTION_NUMBER_OPENING.exec(text) ?? /^\((?:\d{1,2}|[A-Z]|[IVX]{1,5})\)[ \t]+(?=\p{Lu})/u.exec(text);
  // A numbered clause in capitals that opens on its subject's determiner is a sentence, as in lower case (17.).
  if (number !== null && SUBJECT_OPENING.test(text.slice(number[0].length))) return false;
  return text.length <= 120 && !/[\p{Ll}\n]|(?:[,;!…]|\.\.)\s*$/u.test(text) && !stressedSentence(text) && /\p{Lu}{2}/u.test(text);
}

/** 9.: a line closed by a period whose first word, or first word after a label's colon, is a determiner or a subject pronoun. */
function stressedSentence(text: string): boolean {
  const opening =
    /^(?:l['’]|(?:c|s|qu)['’]|(?:le|la|les|un|une|des|du|aucun|aucune|nul|nulle|tout|toute|tous|toutes|chaque|ce|cet|cette|ces|il|ils|elle|elles|on|nous|vous|son|sa|ses|leur|leurs|notre|nos|votre|vos|the|a|an|no|any|all|each|every|this|these|those|it|we|you|they)\s)/i;
  const afterLabel = text.includes(':') ? text.slice(text.indexOf(':') + 1).trimStart() : text;
  // A noun after its article alone (a gloss in brackets aside) has no verb: a title (« Le contrat (à signer). »).
  if (/^(?:(?:le|la|les|un|une|the|a|an) |l['’])[\p{L}-]+(?: \([^()\n]*\))?\.\W*$/iu.test(text)) return false;
  // An enumeration's entry opening on a relative pronoun after its mark (« V. QUI EST CONDITIONNELLE. ») is a clause.
  const relative =
    /^(?:qui|que|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles|à laquelle|à qui|which|who|whom|whose|that)\s/i;
  return (
    /\.\W*$/.test(text) && (opening.test(text) || opening.test(afterLabel) || relative.test(text.replace(/^\(?(?:\d{1,2}|[a-z]|[ivx]{2,5})[.)°][ \t]+/i, '')))
  );
}

/** 9.: the words that open a part's title (its depth is 7, other titles' 8). */
const PART_TITLE =
  /^(?:(?:\d{1,2}|[ivx]{1,5}|[a-z])[.)]\s+|\d{1,2}\s+(?:[-|:]\s+)?|[ivx]{1,5}\s+[-|:]\s+)?(?:(?:premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|\d+(?:re|e|er|eme)?) partie|partie|part|section|chapitre|chapter|titre|avis|notice|appel d'offres|call for tenders|invitation to tender|request for proposals?|annexe|annex|appendix|schedule)\b/;

/** Whether a node has a child of `type` on the line right after the end of its previous sibling, one of `previous`. */
function childOnLineAfter(node: Nodes, type: Nodes['type'], previous: readonly Nodes['type'][]): boolean {
  return (
    'children' in node &&
    (node.children as Nodes[]).some(
      (child, index, siblings) =>
        child.type === type &&
        index > 0 &&
        previous.includes(siblings[index - 1].type) &&
        child.position!.start.line === siblings[index - 1].position!.end.line + 1,
    )
  );
}

/** Constructs remark and markdown-it read differently, found in remark's tree of a chunk. */
const EXCEPTIONS = {
  /**
   * A one-column table whose header has no pipe (`Critère` over `:---`): markdown-it wants a pipe in the
   * header row and reads a paragraph.
   */
  pipelessTable: (node: Nodes, chunk: string) =>
    node.type === 'table' && !chunk.slice(node.children[0].position!.start.offset, node.children[0].position!.end.offset).includes('|'),
  /** A run of three tildes or more in text: markdown-it strikes with two of them, GFM only pairs runs of one or two. */
  tildeRun: (node: Nodes, chunk: string) =>
    (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') &&
    chunk.slice(node.position!.start.offset, node.position!.end.offset).includes('~~~'),
  /**
   * A block right after a link reference definition: micromark reads definitions as paragraph text,
   * which an empty list item or one not numbered 1 cannot interrupt (nor, then, a list opening on its
   * first line), and a setext heading's position took in the definition; markdown-it's definitions
   * end at any list item, and the heading starts on its own line.
   */
  afterDefinition: (node: Nodes) =>
    'children' in node &&
    (node.children as Nodes[]).some(
      (child, index, siblings) => child.type === 'definition' && siblings[index + 1]?.position?.start.line === child.position!.end.line + 1,
    ),
  /**
   * Markdown syntax in or right after a bare URL (`www.a.ca\\`, `www.a.ca[](u)`, `www.a.ca**`): GFM's autolink literal keeps it as
   * written, markdown-it (without linkify, as URLs are text to the analysis) reads the escape, reference,
   * link or emphasis.
   */
  literalUrl: (node: Nodes, chunk: string) =>
    node.type === 'link' &&
    !/^[<[]/.test(chunk.slice(node.position!.start.offset)) &&
    /[\\&[\]()<>*_`~!]/.test(chunk.slice(node.position!.start.offset, node.position!.end.offset! + 1)),
  /**
   * A list item that no paragraph precedes but micromark took for one interrupting a paragraph: an
   * empty item or one not numbered 1 after indented code (`    x` over `2) y`), on another item's line
   * (`- 1.`) or opening a block quote. micromark reads a paragraph starting with the marker; CommonMark
   * and markdown-it a list item.
   */
  listItemAsParagraph: (node: Nodes, chunk: string) =>
    node.type === 'paragraph' && /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?\n|$)/.test(chunk.slice(node.position!.start.offset, node.position!.end.offset)),
  /**
   * A chunk that opens with `---` but holds no front-matter (no closing fence): the front-matter
   * extension's failed attempt left micromark reading the next line's list item as paragraph text.
   */
  unclosedFrontMatter: (node: Nodes, chunk: string) =>
    node.type === 'root' && /^---[ \t]*\r?\n/.test(chunk) && !node.children.some((child) => child.type === 'yaml'),
  /** A code span over a line ending: markdown-it reads the line ending as a space, as CommonMark says; mdast kept it. */
  codeSpanLineEnding: (node: Nodes) => node.type === 'inlineCode' && /[\r\n]/.test(node.value),
  /**
   * A line of one HTML tag and trailing spaces (`<b> `), at the end of a chunk or before a line GFM's
   * table looks at (`:`): with GFM, micromark read a paragraph starting with the tag; CommonMark (and
   * remark without GFM) an HTML block.
   */
  tagLine: (node: Nodes, chunk: string) =>
    node.type === 'paragraph' && node.children[0]?.type === 'html' && /^[ \t]*(?:\r?\n|$)/.test(chunk.slice(node.children[0].position!.end.offset)),
  /**
   * A footnote definition on the line after a block quote, a list or a table: for GFM it ends them, for
   * markdown-it-footnote it is a lazy continuation or a row.
   */
  footnoteAfterContainer: (node: Nodes) => childOnLineAfter(node, 'footnoteDefinition', ['blockquote', 'list', 'table']),
  /**
   * A line of HTML right after a paragraph (in a list item, a quote, a footnote or not): micromark started an HTML block,
   * markdown-it continues the paragraph lazily where the tag (`<b>`) cannot interrupt one, as CommonMark says.
   */
  htmlAfterContainer: (node: Nodes) => childOnLineAfter(node, 'html', ['blockquote', 'list', 'paragraph', 'footnoteDefinition']),
  /** Indented code after an empty list item and a blank line: micromark read one code block per line. */
  splitIndentedCode: (node: Nodes) =>
    'children' in node &&
    (node.children as Nodes[]).some(
      (child, index, siblings) =>
        child.type === 'code' && siblings[index + 1]?.type === 'code' && siblings[index + 1].position!.start.line === child.position!.end.line + 1,
    ),
  /**
   * A tab right before a backslash's hard break (`a\t\\` over `b`): markdown-it's tokens do not tell it
   * from a break of spaces, whose line's trailing tabs are not text, so the tab is dropped.
   */
  tabBeforeBackslashBreak: (node: Nodes, chunk: string) => node.type === 'root' && /\t\\\r?\n/.test(chunk),
  /**
   * A tab opening a list item's continuation line, partly its indentation: micromark kept the columns
   * past the item's indentation as text, markdown-it drops the line's leading whitespace.
   */
  tabInListIndent: (node: Nodes, chunk: string) =>
    node.type === 'listItem' && /\n {0,3}\t/.test(chunk.slice(node.position!.start.offset, node.position!.end.offset)),
  /**
   * A pandoc definition (`:` or `~` and a blank opening a line) other than on its term's next line (13.): after a
   * blank line, its further paragraphs indented (code for remark), or several definitions of one term.
   */
  pandocDefinition: (node: Nodes, chunk: string) => node.type === 'root' && /(?:^|\n)[ \t>]*[:~][ \t]/.test(chunk),
  /** A pandoc line block other than at the document's level (14.), or whose bars hold no word. */
  pandocLineBlock: (node: Nodes, chunk: string) =>
    node.type === 'paragraph' && /(?:^|\n)[ \t>]*\|(?:[ \t]|\r?\n|$)/.test(chunk.slice(node.position!.start.offset)),
  /**
   * A list item that holds a quote whose paragraph opens with an entry's mark (10.): the item's text is that of the
   * entries markdown-it reads in the quote, remark's the paragraph's.
   */
  entryInQuotedItem: (node: Nodes, chunk: string) =>
    node.type === 'listItem' &&
    node.children.some(
      (child) =>
        child.type === 'blockquote' && /^[ \t>]*(?:\\?\()?(?:[#a-z]|[ivx]{1,6}|\d{1,2})\\?[).°º][ \t]/i.test(chunk.slice(child.position!.start.offset)),
    ),
  /**
   * 19.: a list item or a footnote holding a text table: its cells are in the item's text (as a GFM table's are), where
   * remark read a paragraph or code.
   */
  textTableInItem: (node: Nodes, chunk: string) =>
    (node.type === 'listItem' || node.type === 'footnoteDefinition') &&
    /\S(?:\t| {2})/.test(chunk.slice(node.position!.start.offset, node.position!.end.offset)),
  /** 21.: a list item holding an HTML block read for its passages: their text is the item's, remark's HTML none of it. */
  htmlInItem: (node: Nodes) => node.type === 'listItem' && node.children.some((child) => child.type === 'html' && PASSAGES_HTML.test(child.value)),
  /** 23.: a Python-Markdown block's opener other than at the document's level over a blank line. */
  pythonBlock: (node: Nodes, chunk: string) => node.type === 'root' && /(?:^|\n)[ \t>]*(?:!!!|\?\?\?|===)/.test(chunk),
  /** `[^1]: url`: micromark read a link reference definition labelled `^1`, markdown-it-footnote a footnote. */
  caretDefinition: (node: Nodes) => node.type === 'definition' && node.label?.startsWith('^') === true,
  /**
   * A code span ending in a backslash after an opening bracket (`` [`\` ``): markdown-it's look for the
   * link's closing bracket reads the backslash as escaping the backtick; in a code span it is text.
   */
  backslashInCodeSpan: (node: Nodes) => node.type === 'inlineCode' && node.value.includes('\\'),
  /**
   * A run of three or more `*` or `_` with more of the same after it (`***a****`, `***<b>* )*`):
   * markdown-it and micromark pair such delimiter runs differently.
   */
  emphasisRuns: (node: Nodes, chunk: string) => node.type === 'root' && /([*_])\1\1[\s\S]*\1/.test(chunk),
  /**
   * A tab after a block quote's `>`: one of its columns is the marker's space, the others indent the
   * content; micromark wrote those as spaces and started after the tab, markdown-it keeps the tab.
   */
  tabAfterQuoteMarker: (node: Nodes, chunk: string) =>
    node.type === 'blockquote' && chunk.slice(node.position!.start.offset, node.position!.end.offset).includes('>\t'),
  /** A setext heading's position took in the link reference definitions before its text (see afterDefinition). */
  definitionInHeading: (node: Nodes, chunk: string) =>
    node.type === 'heading' && /^ {0,3}\[[^\]]+\]:/.test(chunk.slice(node.position!.start.offset, node.position!.end.offset)),
  /**
   * A pipe after two backslashes on a table's line (`\\|`): GFM reads an escaped backslash and a cell's
   * end, markdown-it an escaped pipe (so the rows' cells, or whether there is a table, differ).
   */
  pipeAfterBackslashes: (node: Nodes, chunk: string) => node.type === 'root' && chunk.includes('\\\\|'),
  /**
   * A line of non-breaking spaces after a table's rows: markdown-it trims a row with JavaScript's trim,
   * which takes them for blanks and ends the table; for GFM the line is a row of one empty cell.
   */
  nbspLine: (node: Nodes, chunk: string) => node.type === 'table' && /^[ \t]*\u00a0[ \t\u00a0]*$/m.test(chunk.slice(node.position!.start.offset)),
  /**
   * A header row starting with a list marker that cannot interrupt the paragraph before it (`2)  |`
   * after a line of text): GFM reads the table, markdown-it's table rule (after the list rule here, see
   * markdownTree.ts) finds the list item first.
   */
  listMarkerHeader: (node: Nodes, chunk: string) =>
    node.type === 'table' && /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(chunk.slice(node.position!.start.offset)),
} satisfies Record<string, (node: Nodes, chunk: string) => boolean>;

/**
 * A fenced code block or an HTML block left open (no closing fence, `-->`, `?>`, `]]>`, `>` or end
 * tag) runs to the end of its container: remark ended it past the container (at the next list item's
 * marker, after the final line ending, which HTML's text kept), markdown-it at the end of its last
 * line. Indented code followed by indented blank lines: remark ended it after those. When a chunk has
 * one, the ends of code, HTML and list item units are not compared, nor their texts' trailing blank lines.
 */
function openBlock(node: Nodes, chunk: string): boolean {
  if (node.type !== 'code' && node.type !== 'html') return false;
  const source = chunk.slice(node.position!.start.offset, node.position!.end.offset);
  if (node.type === 'html') {
    const html = source.trimStart();
    const end = HTML_ENDS.find(([opener]) => opener.test(html))?.[1];
    return end !== undefined && !end.test(html.replace(/^<!--|^<!\[CDATA\[|^<[!?]/, ''));
  }
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(source);
  // Indented code: micromark's end takes in blank lines of indentation that follow it.
  if (!fence) return /\n[ \t]*$/.test(source);
  const lines = source.trimEnd().split(/\r?\n/);
  const last = lines.length > 1 ? lines[lines.length - 1].trim() : '';
  return !(last.length >= fence[1].length && [...last].every((char) => char === fence[1][0]));
}

/** HTML blocks that end with a given sequence rather than at a blank line (CommonMark's kinds 1 to 5). */
const HTML_ENDS: readonly [RegExp, RegExp][] = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [/^<![A-Z]/i, />/],
];

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

/** How many texts differed where an exception allows it, by exception. */
const allowed = new Map<string, number>();

/** With `strict`, no exception is allowed (the corpora: real documents). */
function assertSameUnits(chunk: string, strict = false, frontMatter = false): void {
  const units = parseBlock(chunk, frontMatter).units;
  // A title's closing colon or period is not one of its words (markdown.ts).
  for (const unit of units) {
    const normalized = normalizeForMatching(unit.text);
    assert.equal(unit.normalized, unit.kind === 'heading' ? normalized.replace(/\s?:$|([^\s.])\.$/, '$1') : normalized);
  }
  // Fields are what the parse reads of a unit's lines (tested below), a definition list's entries what it reads of
  // pandoc's definitions (13.), and a typed entry's mark and label what it reads of a list typed without list markup, not a unit of remark's.
  const parsed = units.map(({ normalized: _normalized, fields: _fields, definition: _definition, mark: _mark, label: _label, ...unit }) => unit);
  const review = withoutReviewDeletions(withoutDivFences(chunk), frontMatter); // 11., 25.
  const { source: paged, at: pageAt } = withoutPageNumbers(review.source, frontMatter); // 20.
  const at = (offset: number) => review.at(pageAt(offset));
  const { source, titles } = frontMatter ? { source: paged, titles: [] } : withoutAdmonitionsAndImports(paged); // 26., 27., 28.
  const tree = reference(frontMatter).parse(source);
  itemsContinued(source.startsWith('\uFEFF') ? source.slice(1) : source, tree); // 22.
  pythonBlocks(source.startsWith('\uFEFF') ? source.slice(1) : source, tree); // 23.
  proseUnindented(source.startsWith('\uFEFF') ? source.slice(1) : source, tree); // 24.
  admonitionTitles(tree, titles); // 26., 28.
  const tables = textTables(source, parsed); // 19.
  const textTableUnits = tables.length ? withTextTables(source, tree, tables) : remarkUnits(source, tree);
  const nodes = nodesOf(tree).filter((node) => node.position);
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const withoutEnds = nodes.some((node) => openBlock(node, text));
  const comparable = (unit: Omit<TextUnit, 'normalized'>) =>
    withoutEnds && (unit.kind === 'code' || unit.kind === 'html' || unit.kind === 'listItem') ? { ...unit, end: 0, text: unit.text.trimEnd() } : unit;
  const actual = parsed.map(comparable);
  const expected =
    textTableUnits &&
    withTables(source, withHtmlPassages(textTableUnits, actual), actual)
      .map((unit) => ({ ...unit, start: at(unit.start), end: at(unit.end) }))
      .map(comparable);
  if (isDeepStrictEqual(actual, expected)) return;
  const exception = strict
    ? undefined
    : expected === undefined
      ? 'textTableInContainer'
      : Object.entries(EXCEPTIONS).find(([, applies]) => nodes.some((node) => applies(node, text)))?.[0];
  if (exception) allowed.set(exception, (allowed.get(exception) ?? 0) + 1);
  else assert.deepEqual(actual, expected, `chunk ${JSON.stringify(chunk.length > 400 ? `${chunk.slice(0, 400)}…` : chunk)}`);
}

const ROOT = REPOSITORY;
/** The shared corpus beside the repository, where `npm run corpus` reads it. */
const SHARED_CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** Every chunk of a text as the document parser cuts it, the front-matter on its own (checked as the front-matter). */
function chunksOf(text: string): { chunk: string; frontMatter: boolean }[] {
  const frontMatter = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\n---[ \t]*(?=\r?\n|$)/.exec(text);
  const bodyStart = frontMatter ? frontMatter[0].length : 0;
  return [
    ...(frontMatter ? [{ chunk: frontMatter[0], frontMatter: true }] : []),
    ...chunkSpans(text, bodyStart).spans.map((span) => ({ chunk: text.slice(span.start, span.end), frontMatter: false })),
  ];
}

describe('Markdown parsing: markdown-it gives the units remark gave', () => {
  const folders = ['examples', 'test/fixtures', 'test/fixtures-dossiers'].map((folder) => join(ROOT, folder));
  if (existsSync(SHARED_CORPUS)) folders.push(SHARED_CORPUS);

  // One case per file: the folders grow with every audit, and a difference names its file.
  for (const folder of folders) {
    const name = folder.startsWith(ROOT) ? folder.slice(ROOT.length) : folder;
    const files = markdownFilesIn(folder);
    it(`finds the Markdown files of ${name}`, () => assert.ok(files.length > 5, `${files.length} files`));
    for (const file of files) {
      it(`for every chunk of ${name}${file.slice(folder.length)}`, () => {
        for (const { chunk, frontMatter } of chunksOf(readFileSync(file, 'utf8'))) assertSameUnits(chunk, true, frontMatter);
      });
    }
  }

  it('for every chunk of generated tenders, in LF and CRLF', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateTender(150_000, seed);
      for (const { chunk, frontMatter } of chunksOf(text)) assertSameUnits(chunk, true, frontMatter);
      for (const { chunk, frontMatter } of chunksOf(text.replaceAll('\n', '\r\n'))) assertSameUnits(chunk, true, frontMatter);
    }
  });

  it('for the front-matter with mixed line endings (a CRLF among LF lines: fuzz, seed 11), its value as written', () => {
    for (const file of markdownFilesIn(join(ROOT, 'examples'))) {
      for (const every of [2, 3, 5]) {
        let line = 0;
        const text = readFileSync(file, 'utf8').replace(/\n/g, () => (line++ % every === 1 ? '\r\n' : '\n'));
        const frontMatter = chunksOf(text)[0];
        assert.ok(frontMatter.frontMatter && /\r\n/.test(frontMatter.chunk) && /[^\r]\n/.test(frontMatter.chunk), file);
        assertSameUnits(frontMatter.chunk, true, true);
      }
    }
  });

  it('for any text made of Markdown syntax (property)', () => {
    const pieces = [
      '\\',
      '&#64;',
      '&amp;',
      '&#124;',
      '&nbsp;',
      '\\.',
      '\\|',
      ':-',
      '-:',
      ':--:',
      '|',
      ' | ',
      '\n|---|---|\n',
      '\n| - |\n',
      '~~',
      '~',
      '[^1]',
      '[^1]: ',
      '[ ] ',
      '[x] ',
      '[a]: /u\n',
      '[a]',
      '](u)',
      '![',
      '<http://a.b/%C3%A9>',
      '<a@b.c>',
      'www.a.ca',
      '\n:',
      'a\n',
      'a',
      'é',
      '\u00a0',
      ' ',
      '  ',
      '  \n',
      '\\\n',
      '\t',
      '\n',
      '\n\n',
      '#',
      '## ',
      '-',
      '- ',
      '* ',
      '+ ',
      '1. ',
      '2) ',
      '>',
      '> ',
      '`',
      '```',
      '~~~',
      '***',
      '_',
      '*',
      '[',
      ']',
      '(',
      ')',
      '!',
      '<',
      '<div>',
      '</div>',
      '<!--',
      '-->',
      '<b>',
      ':',
      '---',
      '---\n',
      '===',
      'x',
      '.',
      '    ',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    // From a fixed seed, as test/fuzz does: the same texts on every run (another seed explores further).
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (markdown, crlf, frontMatter) =>
        assertSameUnits(crlf ? markdown.replaceAll('\n', '\r\n') : markdown, false, frontMatter),
      ),
      { numRuns: 5000, seed: 16 },
    );
    // The allowed differences stay rare in these texts, which are denser in Markdown syntax than any tender.
    const differing = [...allowed.values()].reduce((sum, count) => sum + count, 0);
    assert.ok(differing < 250, `${differing} of 5000 texts differ: ${JSON.stringify(Object.fromEntries(allowed))}`);
  });
  it('for any text of lines opening with the marks of a list typed without list markup (10., property)', () => {
    const pieces = [
      'a) ',
      'b) ',
      'c) ',
      'A. ',
      'B. ',
      '(i) ',
      '(ii) ',
      '1° ',
      '2° ',
      '2) ',
      '**a)** ',
      '*b)* ',
      '**c) ',
      '\n**c) ',
      '• ',
      '▪ ',
      '\uF0B7 ',
      '– ',
      '\n– ',
      '— ',
      '-- ',
      '\n-- ',
      '--- ',
      '**',
      'o\t',
      ' :',
      'a\\) ',
      '1\\. ',
      '\\(2\\) ',
      'ii\\. ',
      'M. ',
      '#. ',
      '\\- ',
      '\n\\- ',
      '\\* ',
      'texte',
      ' mot',
      '**gras**',
      '`code`',
      '\n',
      '\n  ',
      '\n\n',
      '> ',
      '- ',
      '# ',
      // An outline's items nested under an entry, indented past it: its paragraph's lines, no block's.
      '\n      1. ',
      '\n      - ',
      '\n      # ',
      '\n      ---',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (markdown, crlf) => assertSameUnits(crlf ? markdown.replaceAll('\n', '\r\n') : markdown)),
      { numRuns: 2000, seed: 10 },
    );
  });
  it('for any text of lines of cells between tabs or runs of blanks (19., property)', () => {
    // Lines of cells (words, figures, emphasis, a label, punctuation), apart by a tab, tabs or blanks, after a line's opening.
    const cell = fc.constantFrom('Critère', 'Points', 'Expérience de la firme', '20 %', '**Total**', 'mot', 'Durée :', '|', '---', '');
    const separator = fc.constantFrom('\t', '\t\t', '  ', '   ', ' ');
    const opening = fc.constantFrom('', '', '', '\t', '    ', '1. ', '- ', '# ', '#\t', '```');
    const line = fc
      .tuple(opening, fc.array(fc.tuple(cell, separator), { minLength: 1, maxLength: 4 }))
      .map(([open, cells]) => open + cells.flat().join('').trimEnd());
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n', '\n\n')), { maxLength: 8 }).map((lines) => lines.flat().join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (markdown, crlf) => assertSameUnits(crlf ? markdown.replaceAll('\n', '\r\n') : markdown)),
      { numRuns: 2000, seed: 18 },
    );
  });
});

describe('Markdown parsing: where markdown-it reads otherwise than remark did', () => {
  const units = (markdown: string) => parseBlock(markdown).units.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
  /** Each unit's kind, a heading's as its depth and text. */
  const headings = (markdown: string) => parseBlock(markdown).units.map(({ kind, depth, text }) => (kind === 'heading' ? `${depth} ${text}` : kind));

  it('reads a hard line break as a line ending (remark glued the words)', () => {
    assert.deepEqual(units('Le soumissionnaire doit  \nfournir le formulaire.'), [
      { kind: 'paragraph', start: 0, end: 48, text: 'Le soumissionnaire doit\nfournir le formulaire.' },
    ]);
    assert.equal(parseBlock('Le soumissionnaire doit\\\nfournir.').units[0].normalized, 'le soumissionnaire doit fournir.');
  });

  it('reads an HTML line break as a line ending, in a table cell and in a paragraph (remark glued the words)', () => {
    assert.deepEqual(
      parseBlock('| Durée | Option |\n|---|---|\n| 24 mois<br>Option : un an | <BR/>aucune |').units.map((unit) => unit.cells),
      [
        ['Durée', 'Option'],
        ['24 mois\nOption : un an', 'aucune'],
      ],
    );
    assert.equal(parseBlock('Au plus tard le 2 février<br />à 13 h 30.').units[0].normalized, 'au plus tard le 2 fevrier a 13 h 30.');
    assert.equal(parseBlock('Une <span>balise</span> autre.').units[0].text, 'Une balise autre.');
  });

  it("keeps words in angle brackets that name no HTML element, a template's fill-in mark (remark dropped them as HTML)", () => {
    assert.equal(parseBlock('Renseignements : <nom du responsable>, <Date limite>.').units[0].text, 'Renseignements : <nom du responsable>, <Date limite>.');
    assert.equal(parseBlock('| Lieu | <adresse du lieu> |\n|---|---|\n| Heure | <em>13 h 30</em> |').units[1].cells?.join(' | '), 'Heure | 13 h 30');
    assert.equal(parseBlock('| Lieu | <adresse du lieu> |\n|---|---|').units[0].cells?.[1], '<adresse du lieu>');
  });

  it('reads a short line set wholly in bold as a heading below every other (remark read a paragraph)', () => {
    assert.deepEqual(units('# Avis\n\n**DEUXIÈME PARTIE — CONTRAT**\n\nTexte.'), [
      { kind: 'heading', start: 0, end: 6, text: 'Avis' },
      { kind: 'heading', start: 8, end: 37, text: 'DEUXIÈME PARTIE — CONTRAT' },
      { kind: 'paragraph', start: 39, end: 45, text: 'Texte.' },
    ]);
    // A part's title is of depth 7, a topic's of depth 8, within the part.
    assert.deepEqual(headings('__Conditions de conformité__\n\n***Motifs de rejet***\n\n_**Grounds for rejection**_\n\n**Partie 2 – Contrat**'), [
      '8 Conditions de conformité',
      '8 Motifs de rejet',
      '8 Grounds for rejection',
      '7 Partie 2 – Contrat',
    ]);
    // A question heads its answer (Q&A tenders), in either language.
    assert.deepEqual(headings('**Qui peut soumissionner?**\n\n**Y a-t-il une option ?**\n\n**Who may bid?**'), [
      '8 Qui peut soumissionner?',
      '8 Y a-t-il une option ?',
      '8 Who may bid?',
    ]);
    // A title closed as Word's drafters close one: a period or a colon, in the bold or after it.
    assert.deepEqual(
      headings('**Durée du contrat.**\n\n**Garantie de soumission**.\n\n**Critères d’évaluation :**\n\n**À remarquer** :\n\n**ARTICLE 4. OBJET.**'),
      ['8 Durée du contrat.', '8 Garantie de soumission.', '8 Critères d’évaluation :', '8 À remarquer :', '8 ARTICLE 4. OBJET.'],
    );
    // A label's dash with nothing after it closes a title too; an editor's wrap (a soft break) leaves it a title.
    assert.deepEqual(headings('**Annexe 2 — Bordereau de prix** —\n\n**Garantie d’exécution** -\n\n**Conditions de\nconformité**'), [
      '7 Annexe 2 — Bordereau de prix —',
      '8 Garantie d’exécution -',
      '8 Conditions de\nconformité',
    ]);
    // A comment after the title (a drafter's note) is none of it.
    assert.deepEqual(headings('**6. Conditions de conformité** <!-- à revoir -->'), ['8 6. Conditions de conformité ']);
    // A sentence (closed by its period, its subject's determiner or pronoun first, after a label too), an ellipsis, bold
    // beside plain text, HTML around part of it, italics alone, lines parted by a hard break, a long line, a quote or a list: no title.
    for (const markdown of [
      '**Conditions** <b>de conformité</b>',
      '**Aucune soumission ne sera acceptée après 11 h.**',
      '**Le Ministère ne s’engage à accepter aucune des soumissions reçues.**',
      '**Les soumissions sont ouvertes publiquement**.',
      '**L’adjudicataire fournit une garantie d’exécution.**',
      '**Important : il faut signer le formulaire.**',
      '**The College is not bound to accept any tender.**',
      '**Conditions de conformité…**',
      '**Note** : voir l’annexe',
      '**a** et **b**',
      '*Conditions de conformité*',
      '**Conditions  \nde conformité**',
      '**Conditions\\\nde conformité**',
      `**${'Conditions de conformité '.repeat(5)}**`,
      '> **Conditions de conformité**',
      '- **Conditions de conformité**',
    ])
      assert.ok(!parseBlock(markdown).units.some((unit) => unit.kind === 'heading'), markdown);
  });

  it('reads a numbered list of one item that is a title as the numbered title it is (remark read a list)', () => {
    assert.deepEqual(headings('4. DOCUMENTS À JOINDRE\n\nLe formulaire signé.'), ['8 DOCUMENTS À JOINDRE', 'paragraph']);
    assert.deepEqual(headings('2) **Durée du contrat**\n\nTrois ans.\n\n3. PARTIE 3 – CONTRAT'), ['8 Durée du contrat', 'paragraph', '7 PARTIE 3 – CONTRAT']);
    // Two items, a bullet, an item of prose, a list in a quote: a list.
    for (const markdown of ['1. OBJET\n2. DURÉE', '- DOCUMENTS À JOINDRE', '1. Le formulaire signé.', '> 1. OBJET'])
      assert.ok(!parseBlock(markdown).units.some((unit) => unit.kind === 'heading'), markdown);
  });

  it('reads a numbered list whose every item is a title in capitals over its text as numbered sections (18., plain text)', () => {
    assert.deepEqual(headings('1. DEVIS\nLe devis décrit les besoins.\n\n2. ADMISSIBILITÉ\nSeuls sont admissibles :\n\n- les firmes;\n- les autres.'), [
      '8 DEVIS',
      'paragraph',
      '8 ADMISSIBILITÉ',
      'paragraph',
      'listItem',
      'listItem',
    ]);
    assert.deepEqual(headings('1. OBJET\n\n   Le contrat.\n\n2. DURÉE\n\n   Trois ans.'), ['8 OBJET', 'paragraph', '8 DURÉE', 'paragraph']);
    // Titles alone, an item in plain words or in bold, a title over a wrapped phrase, a bullet list: a list.
    for (const markdown of [
      '1. FORMULAIRE DE SOUMISSION\n2. GARANTIE DE SOUMISSION',
      '1. DEVIS\nLe devis.\n\n2. Admissibilité\nSeuls.',
      '1. **Devis**\nLe devis.\n\n2. **Admissibilité**\nSeuls.',
      '1. DEVIS\nle devis.',
      '1. DEVIS\nLE DEVIS DÉCRIT LES BESOINS.\n\n2. ADMISSIBILITÉ\nSEULS SONT ADMISSIBLES.',
      '- DEVIS\nLe devis.',
    ])
      assert.ok(!parseBlock(markdown).units.some((unit) => unit.kind === 'heading'), markdown);
  });

  it('reads a plain line after its section’s number as a title, over the text of its next lines too (17., text copied from a PDF)', () => {
    assert.deepEqual(headings('4.2 Contrat à signer\n\nLe contrat est joint.'), ['8 4.2 Contrat à signer', 'paragraph']);
    assert.deepEqual(headings('3 | Garantie de soumission\n\nB. Admissibilité\n\nIV – Conformité :'), [
      '8 3 | Garantie de soumission',
      '8 B. Admissibilité',
      '8 IV – Conformité :',
    ]);
    // Numbers of five and six levels, as a terse tender numbers every title under its headings (« ##### 1.2 » under « #### 1. »).
    assert.deepEqual(headings('1.1.1.1.6 Renseignements\n\n2.3.1.4.2.1 Réception des soumissions\nMardi 8 décembre 2026, 14 h.'), [
      '8 1.1.1.1.6 Renseignements',
      '8 2.3.1.4.2.1 Réception des soumissions',
      'paragraph',
    ]);
    // A part's title after its number is a part's (depth 7).
    assert.deepEqual(headings("1 AVIS D'APPEL D'OFFRES\n\nII. ANNEXE A – FORMULAIRE"), ["7 1 AVIS D'APPEL D'OFFRES", '7 II. ANNEXE A – FORMULAIRE']);
    // The text under a title that lost its blank line: a numbered title, or a title's words over a sentence's subject.
    assert.deepEqual(headings("4.2 Contrat à signer\nLe contrat est joint à l'annexe C."), ['8 4.2 Contrat à signer', 'paragraph']);
    assert.deepEqual(headings("Garantie de soumission\nAucune garantie n'est exigée."), ['8 Garantie de soumission', 'paragraph']);
    // A title in bold wrapped over its line end, as a text copied from a PDF is hard-wrapped, is one title: its bold
    // goes on past the first line, which is no title over the next.
    assert.deepEqual(headings('**SERVICE DE DÉNEIGEMENT DU CENTRE DE SERVICES SCOLAIRE\nDES PATRIOTES**'), [
      '8 SERVICE DE DÉNEIGEMENT DU CENTRE DE SERVICES SCOLAIRE\nDES PATRIOTES',
    ]);
    assert.deepEqual(headings('**Conditions de conformité\nLes cas de rejet**'), ['8 Conditions de conformité\nLes cas de rejet']);
    // A hard break's backslash ends the title's line, as the line ending does (a Google Docs table of contents).
    assert.deepEqual(headings('4.2 Contrat à signer\\\nLe contrat est joint.'), ['8 4.2 Contrat à signer', 'paragraph']);
    // Numbered clauses, quantities, initials, a wrapped phrase, a sentence over a name: no title.
    for (const markdown of [
      '4.1 Le soumissionnaire doit, à la date limite :',
      '2.4 Les prix sont fermes.',
      '3 soumissions ont été reçues.',
      'A. Dupont, ingénieur',
      'M. Gagnon répond aux questions',
      // A lettered answer wrapped before a name, a comma telling its sentence (« R. » as a FAQ answers).
      'R. En public, le jeudi 11 mai à 11 h, dans la salle\nGoélette, 80, rue du Quai.',
      'A. Dupont, ingénieur\nLe Ministère répond.',
      '4.2 Contrat à signer.',
      '4.2 Garantie de soumission de\nCinq mille dollars.',
      'Les soumissions sont reçues par\nLe Ministère.',
      'Renseignements : Mme Roy\nLe Ministère répond.',
      '4.2 Contrat à signer\nle contrat est joint.',
      // A sentence closed by its period before a hard break.
      'Avis diffusé dans le SEAO le mercredi 8 février 2017.\\\nLe Service des approvisionnements',
      // A numbered clause wrapped before a quantity.
      '10.2.1.5 Critère 5 — Plan de transition :\n10 %. Le niveau acceptable est atteint.',
      '6.3 Validity of tenders:\n90 days from the closing date.',
      // A numbered clause's first sentence, closed by its period, over the next.
      '10.2.1.5 Criterion 5 — Transition plan: 10%.\nThe acceptable level is reached where the plan is complete.',
      // A run-in title's line, its sentence after it, wrapped before a capital: in a body typed in capitals, or a name.
      '**4.3 VALIDITÉ.** LA SOUMISSION DEMEURE VALIDE PENDANT QUATRE-VINGT-DIX (90) JOURS\nSUIVANT LA DATE LIMITE.',
      '2.10 VALIDITY. EACH TENDER REMAINS VALID FOR NINETY (90) DAYS\nAFTER THE DEADLINE.',
      '**5.1 Renseignements.** Toute question est adressée par écrit à la responsable, Mme Julie\nRoy, au Service des achats.',
      // A line ending with a word broken by its hyphen (a PDF's hard wrap), lettered or numbered, in capitals or not.
      'B) AVOIR, AU QUÉBEC OU DANS UN TERRITOIRE VISÉ PAR UN ACCORD INTERGOUVERNEMEN-\nTAL APPLICABLE, UN ÉTABLISSEMENT OÙ IL EXERCE SES ACTI-\nVITÉS DE FAÇON PERMANENTE.',
      'C) DÉTENIR UNE ATTESTATION DE REVENU QUÉBEC VALIDE, DÉLIVRÉE AU PLUS TARD À LA DATE LI-\nMITE DE RÉCEPTION DES SOUMISSIONS, ET LA JOINDRE\nÀ SA SOUMISSION.',
      '4.2 Contrat à signer et docu-\nMents\nLe contrat est joint.',
      // A numbered list's only entry in plain words, which a paragraph may have interrupted (9.).
      '1. Absence de signature\n\nTexte.',
      '1. Scope of work\nThe service provider shall audit the buildings.',
    ])
      assert.ok(!parseBlock(markdown).units.some((unit) => unit.kind === 'heading'), markdown);
  });

  it("reads a title's closing colon as no word of it (« ## Contrat : » names the contract as « ## Contrat » does)", () => {
    assert.deepEqual(
      parseBlock('## 8. Contrat :\n\nRENSEIGNEMENTS :\n\nÀ noter :').units.map((unit) => unit.normalized),
      ['8. contrat', 'renseignements', 'a noter :'],
    );
  });

  it('reads a short line in capitals as a heading below every other, a part title above the others (remark read a paragraph)', () => {
    assert.deepEqual(
      headings(
        "AVIS PUBLIC — APPEL D'OFFRES\n\nDATE ET HEURE LIMITES DE RÉCEPTION\n\nIV – CONFORMITÉ DES SOUMISSIONS\n\nRENSEIGNEMENTS :\n\nSECTION B — CONTRAT\n\n2.3.1 GARANTIE DE SOUMISSION\n\nQUI PEUT SOUMISSIONNER?",
      ),
      [
        "7 AVIS PUBLIC — APPEL D'OFFRES",
        '8 DATE ET HEURE LIMITES DE RÉCEPTION',
        '8 IV – CONFORMITÉ DES SOUMISSIONS',
        '8 RENSEIGNEMENTS :',
        '7 SECTION B — CONTRAT',
        '8 2.3.1 GARANTIE DE SOUMISSION',
        '8 QUI PEUT SOUMISSIONNER?',
      ],
    );
    // A sentence in capitals, a comment after its period: a paragraph. A title closed by a period: a title.
    assert.deepEqual(headings('ÉGALITÉ : LE CONTRAT REVIENT AU SOUMISSIONNAIRE DU QUÉBEC. <!-- NOTE -->'), ['paragraph']);
    // A noun after its article alone, a gloss in brackets aside, is no sentence: a title.
    assert.deepEqual(headings("**Le contrat (à signer par l'adjudicataire).**\n\n**Les besoins.**\n\nTHE CONTRACT."), [
      "8 Le contrat (à signer par l'adjudicataire).",
      '8 Les besoins.',
      '8 THE CONTRACT.',
    ]);
    assert.deepEqual(headings('4. GARANTIE DE SOUMISSION.\n\nLIEU, DATE ET HEURE D’OUVERTURE.'), [
      '8 GARANTIE DE SOUMISSION.',
      '8 LIEU, DATE ET HEURE D’OUVERTURE.',
    ]);
    // A numbered title in capitals wrapped over two lines in the middle of a phrase (a plain text wrapped at 40 columns): one title.
    assert.deepEqual(headings("ANNEXE 3 — GRILLE D'ÉVALUATION DE LA\nQUALITÉ\n\n4.2 CONDITIONS D'ADMISSIBILITÉ ET\nDE CONFORMITÉ"), [
      "7 ANNEXE 3 — GRILLE D'ÉVALUATION DE LA\nQUALITÉ",
      "8 4.2 CONDITIONS D'ADMISSIBILITÉ ET\nDE CONFORMITÉ",
    ]);
    // A lower-case letter, a sentence's closing punctuation, two lines, a number or a letter alone, a long line, a quote or a list: no title.
    for (const markdown of [
      'Date et heure limites de réception',
      'AUCUNE SOUMISSION NE SERA ACCEPTÉE APRÈS 11 H.',
      'LES SOUMISSIONS SONT OUVERTES PUBLIQUEMENT.',
      'CONDITIONS DE CONFORMITÉ…',
      'AVIS\nPUBLIC',
      // Two lines in capitals but a numbered title's wrapped mid-phrase: sentences of a body in capitals.
      'LES SOUMISSIONS SONT REÇUES AU BUREAU DE LA\nDIRECTION',
      '3 LE PRESTATAIRE FOURNIT LES SERVICES DE LA\nFAÇON PRÉVUE',
      'A)',
      '2.1',
      `${'CONDITIONS DE CONFORMITÉ '.repeat(5)}`,
      '> CONDITIONS DE CONFORMITÉ',
      '- CONDITIONS DE CONFORMITÉ',
      // A numbered clause typed in capitals: its words open on the subject's determiner, however the line ends.
      '5.2 LE SOUMISSIONNAIRE DOIT JOINDRE À SA SOUMISSION LES DOCUMENTS SUIVANTS :',
      'B) THE TENDERER MUST ENCLOSE THE FOLLOWING:',
      // An entry after its mark in parentheses, its words on its subject: a clause, however it ends.
      '(C) ELLE EST CONDITIONNELLE OU RESTRICTIVE; OU',
      '(4) THE SUPPLIER SIGNS THE CONTRACT WITHIN TEN DAYS',
      '(IV) LE PRIX EST LA SEULE MODIFICATION.',
      // An enumeration's last entry, a relative clause closed by a period, after its mark or not.
      'C)  DONT LE PRIX COMPORTE UNE RATURE NON PARAPHÉE.',
      '(E) WHICH IS CONDITIONAL OR RESTRICTIVE.',
      '**iii. à laquelle il manque une signature.**',
      'QUI EST CONDITIONNELLE OU RESTRICTIVE.',
    ])
      assert.ok(!parseBlock(markdown).units.some((unit) => unit.kind === 'heading'), markdown);
  });

  it('reads a line that opens with a label in bold or italics, closed by a colon, a dash or (a run-in title) a period, as a field: its label, its value, its lines', () => {
    /** Each field of each unit: its label, its value up to its line's end, and its label's first and last lines in the Markdown. */
    const fields = (markdown: string) =>
      parseBlock(markdown).units.flatMap((unit) =>
        (unit.fields ?? []).map((field) => {
          const line = (at: number) => markdown.slice(unit.start + at).split(/\r?\n/)[0];
          return [unit.text.slice(field.start, field.label), unit.text.slice(field.value).split(/\r?\n/)[0], line(field.lines[0]), line(field.lines[1])];
        }),
      );
    // An em dash, an en dash, a hyphen, a colon within the bold or after it, italics, `__`.
    assert.deepEqual(
      fields(
        "**Lieu d'ouverture** — 80, avenue Principale\n**Garantie de soumission** – aucune\n**Date limite** - 2 avril 2026\n*Option :* aucune\n__Objet__ : déneigement",
      ),
      [
        ["Lieu d'ouverture", '80, avenue Principale', "**Lieu d'ouverture** — 80, avenue Principale", "**Lieu d'ouverture** — 80, avenue Principale"],
        ['Garantie de soumission', 'aucune', '**Garantie de soumission** – aucune', '**Garantie de soumission** – aucune'],
        ['Date limite', '2 avril 2026', '**Date limite** - 2 avril 2026', '**Date limite** - 2 avril 2026'],
        ['Option', 'aucune', '*Option :* aucune', '*Option :* aucune'],
        ['Objet', 'déneigement', '__Objet__ : déneigement', '__Objet__ : déneigement'],
      ],
    );
    // A label wrapped over a line end, a value on the next line; in a list item, a quote, a lettered list, with CRLF line endings.
    assert.deepEqual(fields('**Date et heure limites de réception des\nsoumissions :** 2 avril 2026\n**Date d’ouverture** —\n2 avril 2026'), [
      ['Date et heure limites de réception des\nsoumissions', '2 avril 2026', '**Date et heure limites de réception des', 'soumissions :** 2 avril 2026'],
      ['Date d’ouverture', '2 avril 2026', '**Date d’ouverture** —', '**Date d’ouverture** —'],
    ]);
    assert.deepEqual(fields('- Avis :\r\n  **Lieu** — salle 2\r\n\r\n  **Heure** — 11 h\r\n\r\n> **Dépôt** – bureau 10'), [
      ['Lieu', 'salle 2', '**Lieu** — salle 2', '**Lieu** — salle 2'],
      ['Heure', '11 h', '**Heure** — 11 h', '**Heure** — 11 h'],
      ['Dépôt', 'bureau 10', '**Dépôt** – bureau 10', '**Dépôt** – bureau 10'],
    ]);
    assert.deepEqual(fields('Voir :\na) **Lieu** — salle 2;\nb) **Heure** — 11 h.'), [
      ['Lieu', 'salle 2;', '**Lieu** — salle 2;', '**Lieu** — salle 2;'],
      ['Heure', '11 h.', '**Heure** — 11 h.', '**Heure** — 11 h.'],
    ]);
    // A run-in title: its label closed by a period or a question mark, in the bold or after it.
    assert.deepEqual(
      fields('**Garantie de soumission.** Aucune garantie n’est exigée.\n\n**1.1 Renouvellement**. Deux fois.\n\n**Qui peut soumissionner?** Un prestataire.'),
      [
        [
          'Garantie de soumission',
          'Aucune garantie n’est exigée.',
          '**Garantie de soumission.** Aucune garantie n’est exigée.',
          '**Garantie de soumission.** Aucune garantie n’est exigée.',
        ],
        ['1.1 Renouvellement', 'Deux fois.', '**1.1 Renouvellement**. Deux fois.', '**1.1 Renouvellement**. Deux fois.'],
        ['Qui peut soumissionner', 'Un prestataire.', '**Qui peut soumissionner?** Un prestataire.', '**Qui peut soumissionner?** Un prestataire.'],
      ],
    );
    // A run-in title or a label after the clause's number, as a heading's title after its number; a number before plain
    // words, or words between the number and the bold, opens no label.
    assert.deepEqual(fields('4.1.3 **Critères de sélection.** Le comité note chaque offre.\n\nArt. 7 *Lieu :* salle 2\n\nIS-3 __Garantie__ — aucune'), [
      [
        'Critères de sélection',
        'Le comité note chaque offre.',
        '4.1.3 **Critères de sélection.** Le comité note chaque offre.',
        '4.1.3 **Critères de sélection.** Le comité note chaque offre.',
      ],
      ['Lieu', 'salle 2', 'Art. 7 *Lieu :* salle 2', 'Art. 7 *Lieu :* salle 2'],
      ['Garantie', 'aucune', 'IS-3 __Garantie__ — aucune', 'IS-3 __Garantie__ — aucune'],
    ]);
    for (const span of ['[**Grille d’évaluation.**]{custom-style="Strong"}', '<span custom-style="Strong">**Grille d’évaluation.**</span>']) {
      const line = `8.2 ${span} Chaque critère est noté sur 100.`;
      assert.deepEqual(fields(line), [['Grille d’évaluation', 'Chaque critère est noté sur 100.', line, line]]);
    }
    assert.deepEqual(fields('8.2 Le **prix** — ferme.\n\n2026 **Année** — deux.'), []);
    // A label in a pandoc span, Word's character style kept, bracketed or (in GFM) as HTML; italics in a span too.
    for (const span of ['[**Documents à remettre.**]{custom-style="Strong"}', '<span custom-style="Strong">**Documents à remettre.**</span>']) {
      const line = `${span} La soumission comprend :`;
      assert.deepEqual(fields(line), [['Documents à remettre', 'La soumission comprend :', line, line]]);
    }
    assert.deepEqual(fields('[*Lieu :*]{.underline} salle 2'), [['Lieu', 'salle 2', '[*Lieu :*]{.underline} salle 2', '[*Lieu :*]{.underline} salle 2']]);
    // A bilingual document's language tag before the label (« **FR** — », « [EN] », « Français : », in a list item): the
    // label is the one after the tag, not the tag; a tag before a plain sentence is no label.
    assert.deepEqual(
      fields(
        '**FR** — *Option.* Le Cégep pourra requérir 150 heures.\n**[EN]** **Option:** The College may require 150 hours.\n\nFrançais : **Garantie de soumission** — aucune\n\n- (EN) __Bid security__ – none\n\n**FR :** Le Cégep ne s’engage à rien.',
      ),
      [
        [
          'Option',
          'Le Cégep pourra requérir 150 heures.',
          '**FR** — *Option.* Le Cégep pourra requérir 150 heures.',
          '**FR** — *Option.* Le Cégep pourra requérir 150 heures.',
        ],
        [
          'Option',
          'The College may require 150 hours.',
          '**[EN]** **Option:** The College may require 150 hours.',
          '**[EN]** **Option:** The College may require 150 hours.',
        ],
        ['Garantie de soumission', 'aucune', 'Français : **Garantie de soumission** — aucune', 'Français : **Garantie de soumission** — aucune'],
        ['Bid security', 'none', '(EN) __Bid security__ – none', '(EN) __Bid security__ – none'],
      ],
    );
    // No field: prose with a dash incise, words in bold within a line or wrapped to a line's start, bold with no
    // colon or dash after it, a hyphen within words, a label with no value (over a list), a title, a long sentence in bold.
    for (const markdown of [
      "Le contrat — d'une durée de trois ans — est à prix unitaires.",
      'Garantie de soumission - exigée (5 %)',
      "Le **contrat** — d'une durée de trois ans — est à prix unitaires.",
      'Le soumissionnaire joint une\n**garantie de soumission** — chèque visé ou cautionnement.',
      '**Important** les soumissions tardives sont rejetées.',
      '**Québec**-Ontario',
      '**Renseignements :**\n**Lieu :**',
      '**Conditions de conformité**',
      `**${'Les soumissions reçues après l’heure limite sont rejetées sans être ouvertes '.repeat(2)}** — voir l’article 12.`,
      // A sentence stressed in bold before another (its subject's determiner first), an abbreviation in bold.
      '**Le contrat est signé dans les 15 jours.** Il entre en vigueur à sa signature.',
      '**M.** Tremblay répond aux questions.',
    ])
      assert.deepEqual(fields(markdown), [], markdown);
  });

  it('reads lines that open with the marks of a list, each after the one before, as that list (remark read one paragraph)', () => {
    const kinds = (markdown: string) => parseBlock(markdown).units.map(({ kind, text }) => `${kind}: ${text}`);
    // An introduction, entries from their mark to the line before the next, a mark read as a list item's marker.
    assert.deepEqual(units('Entraîne le rejet :\na) une soumission\n   tardive;\nb) une **soumission** non signée.'), [
      { kind: 'paragraph', start: 0, end: 19, text: 'Entraîne le rejet :' },
      { kind: 'listItem', start: 20, end: 49, text: 'une soumission\ntardive;' },
      { kind: 'listItem', start: 50, end: 83, text: 'une soumission non signée.' },
    ]);
    // In a quote and in a list item, with CRLF line endings.
    assert.deepEqual(units('> (i) un;\r\n> (ii) deux.'), [
      { kind: 'listItem', start: 2, end: 9, text: 'un;' },
      { kind: 'listItem', start: 13, end: 23, text: 'deux.' },
    ]);
    assert.deepEqual(kinds('- Sont exigés :\n  1° le formulaire;\n  2° le bordereau.'), [
      'listItem: Sont exigés :',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
    ]);
    assert.deepEqual(kinds('h) huit;\ni) neuf.\n\nIV. quatre;\nV. cinq.'), ['listItem: huit;', 'listItem: neuf.', 'listItem: quatre;', 'listItem: cinq.']);
    // Pandoc's `#.`, which numbers each entry when read.
    assert.deepEqual(kinds('Sont exigés :\n#. le formulaire;\n#. le bordereau.\n\n#. la résolution.'), [
      'paragraph: Sont exigés :',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
      'listItem: la résolution.',
    ]);
    // One entry, or marks out of order or of another shape after the first: one entry, the lines under its mark.
    for (const markdown of ['a) une soumission tardive;\nnon signée.', 'a) une;\nc) deux.', 'a) une;\n(b) deux.', 'a) une;\nb. deux.'])
      assert.deepEqual(kinds(markdown), [`listItem: ${markdown.slice(3)}`], markdown);
    // A list that opens past its first mark under an introduction, a degree sign after a letter: one paragraph.
    for (const markdown of [
      'Voir aussi :\nb) une;\nc) deux.',
      'a° une;\nb° deux.',
      'Le délai prévu au paragraphe\n2) de l’article 4 et au paragraphe\n3) de l’article 5.',
    ])
      assert.deepEqual(kinds(markdown), [`paragraph: ${markdown.replace(/\*\*/g, '')}`], markdown);
  });

  it('reads lines that open with the same bullet as a list, and a paragraph that opens with one as an entry (remark read paragraphs)', () => {
    const kinds = (markdown: string) => parseBlock(markdown).units.map(({ kind, text }) => `${kind}: ${text}`);
    assert.deepEqual(units('Sont joints :\n• le formulaire;\n  signé;\n• le bordereau.'), [
      { kind: 'paragraph', start: 0, end: 13, text: 'Sont joints :' },
      { kind: 'listItem', start: 14, end: 39, text: 'le formulaire;\nsigné;' },
      { kind: 'listItem', start: 40, end: 55, text: 'le bordereau.' },
    ]);
    // Each bullet Word or a plain text writes, under an introduction and opening the paragraph; Word's « o » with its tab.
    // The dashes as pandoc's Markdown writes them (`--`, `---`).
    for (const bullet of [...'•◦▪■□●○◆◇♦❖►▶➢➤‣⁃∙·✓✔☐☑\uF076\uF0A7\uF0B7\uF0D8\uF0E8\uF0FC–—'].map((glyph) => `${glyph} `).concat('o\t', '-- ', '--- ')) {
      const list = `${bullet}le formulaire;\n${bullet}le bordereau.`;
      assert.deepEqual(kinds(`Sont joints :\n${list}`), ['paragraph: Sont joints :', 'listItem: le formulaire;', 'listItem: le bordereau.'], bullet);
      assert.deepEqual(kinds(list), ['listItem: le formulaire;', 'listItem: le bordereau.'], bullet);
    }
    // Each entry a paragraph of its own; another bullet under an entry is its text.
    assert.deepEqual(kinds('• Expérience (20 points)\n\n– Prix (80 points)\n\n▪ le formulaire;\n◦ signé.'), [
      'listItem: Expérience (20 points)',
      'listItem: Prix (80 points)',
      'listItem: le formulaire;\n◦ signé.',
    ]);
    assert.deepEqual(kinds('Sont rejetées :\n\n-- la soumission non signée;\n\n-- la soumission conditionnelle.'), [
      'paragraph: Sont rejetées :',
      'listItem: la soumission non signée;',
      'listItem: la soumission conditionnelle.',
    ]);
    // A dash under a title set in bold, or an introduction in bold closed by its colon (a title too, as a colon may close one).
    assert.deepEqual(kinds('**Documents à joindre**\n– le formulaire;\n– le bordereau.'), [
      'heading: Documents à joindre',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
    ]);
    assert.deepEqual(kinds('**Sont joints :**\n— le formulaire;\n— le bordereau.'), [
      'heading: Sont joints :',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
    ]);
    // A dash opening an incise on a wrapped sentence's lines, one line opening with a bullet under a sentence,
    // bullets that differ, Word's « o » without its tab: one paragraph.
    for (const markdown of [
      'La soumission est reçue au plus tard le 12 mars\n– sauf report par addenda – à 11 h, heure\n– de Montréal – au bureau du ministère.',
      'The tender must be received by March 12\n— unless an addendum postpones it — at 11 a.m.\n— Montréal time — at the Department.',
      'La soumission est reçue au plus tard le 12 mars\n-- sauf report par addenda -- à 11 h, heure\n-- de Montréal -- au bureau du ministère.',
      'Le soumissionnaire joint à sa soumission\n• le formulaire signé.',
      'Sont joints :\n• le formulaire;\n▪ le bordereau.',
      'o le formulaire;\no le bordereau.',
    ])
      assert.deepEqual(kinds(markdown), [`paragraph: ${markdown}`], markdown);
  });

  it('reads the entries of a list typed without list markup that a converter wrote on one line as entries (remark read one entry)', () => {
    const kinds = (markdown: string) => parseBlock(markdown).units.map(({ kind, text }) => `${kind}: ${text}`);
    // Google Docs, MarkItDown, mammoth and Turndown write a paragraph's lines on one line: each mark still opens an entry,
    // which ends before the blank in front of the next one.
    assert.deepEqual(units('▪ Durée : 36 mois. ▪ Refus : 2 ans.'), [
      { kind: 'listItem', start: 0, end: 18, text: 'Durée : 36 mois.' },
      { kind: 'listItem', start: 19, end: 35, text: 'Refus : 2 ans.' },
    ]);
    for (const bullet of ['• ', '◦ ', '➢ ', '✓ ', '\uF0B7 ', '☐ '])
      assert.deepEqual(
        kinds(`${bullet}the contract lasts 36 months ${bullet}the refusal looks back 2 years`),
        ['listItem: the contract lasts 36 months', 'listItem: the refusal looks back 2 years'],
        bullet,
      );
    // A dash, a number or a letter after a clause's end (escaped by mammoth), under a line or a colon that introduces them.
    assert.deepEqual(kinds('Sont joints :\n– le formulaire; – le bordereau\\. – la résolution.'), [
      'paragraph: Sont joints :',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
      'listItem: la résolution.',
    ]);
    // Numbers and letters as a converter escapes them where they would open a Markdown list, or past its own list's mark.
    assert.deepEqual(kinds('1\\) Term: 36 months. 2\\) Refusal: 2 years. 3\\) Price.'), [
      'listItem: Term: 36 months.',
      'listItem: Refusal: 2 years.',
      'listItem: Price.',
    ]);
    assert.deepEqual(kinds('(a) la durée : 36 mois; (b) le refus : 2 ans.'), ['listItem: la durée : 36 mois;', 'listItem: le refus : 2 ans.']);
    assert.deepEqual(kinds('Sont joints : • le formulaire; • le bordereau.'), [
      'paragraph: Sont joints :',
      'listItem: le formulaire;',
      'listItem: le bordereau.',
    ]);
    // A dash within a sentence (an incise), a number a sentence counts, another bullet, an enumeration in prose after a
    // colon, a separator in a line that opens no list: the text of the entry or paragraph they are in.
    for (const markdown of [
      '• La soumission est reçue le 12 mars – sauf report – à 11 h.',
      'a) Le contrat dure 2 ans b) ou moins.',
      '• Le formulaire ✔ signé.',
      'Les critères sont, soit : a) le prix; b) la qualité.',
      'CISSS · Direction de la logistique · Service des approvisionnements',
    ])
      assert.equal(kinds(markdown).length, 1, markdown);
  });

  it('reads the marks of a list set in bold or in italics as the marks (remark read one paragraph)', () => {
    const kinds = (markdown: string) => parseBlock(markdown).units.map(({ kind, text }) => `${kind}: ${text}`);
    assert.deepEqual(units('**a)** Le soumissionnaire;\n**b)** le prix.'), [
      { kind: 'listItem', start: 0, end: 26, text: 'Le soumissionnaire;' },
      { kind: 'listItem', start: 27, end: 42, text: 'le prix.' },
    ]);
    assert.deepEqual(kinds('Entraîne le rejet :\n*i.* une soumission tardive;\n*ii.* une soumission non signée.'), [
      'paragraph: Entraîne le rejet :',
      'listItem: une soumission tardive;',
      'listItem: une soumission non signée.',
    ]);
    assert.deepEqual(kinds('__(1)__ un;\n__(2)__ deux.'), ['listItem: un;', 'listItem: deux.']);
    // Emphasis that the mark opens and the entry's first words close stays the text's.
    assert.deepEqual(kinds('**a) Expérience** (20 points)\n**b) Prix** (80 points)'), ['listItem: Expérience (20 points)', 'listItem: Prix (80 points)']);
    // Marks in bold out of order: one entry, the first (a paragraph that opens with a mark closed by a parenthesis),
    // the other line its text; « **A.** » alone, which may open a name: a paragraph.
    assert.deepEqual(kinds('**a)** un;\n**c)** deux.'), ['listItem: un;\nc) deux.']);
    assert.deepEqual(kinds('**A.** Dupont, ingénieur.'), ['paragraph: A. Dupont, ingénieur.']);
  });

  it('reads a paragraph that opens with a mark closed by a parenthesis or a degree sign, or escaped, as an entry (a list typed in Word, an entry per paragraph)', () => {
    const kinds = (markdown: string) => parseBlock(markdown).units.map(({ kind, text }) => `${kind}: ${text}`);
    // As pandoc converts a Word list typed by hand: a paragraph per entry, each mark escaped.
    assert.deepEqual(
      kinds(
        'Est admissible le prestataire qui :\n\na\\) détient les permis;\n\nb\\) a un établissement au Québec;\n\n\\(3\\) détient\nune attestation;\n\n2\\. le\nformulaire;\n\niv\\. un;\n\n4° deux.',
      ),
      [
        'paragraph: Est admissible le prestataire qui :',
        'listItem: détient les permis;',
        'listItem: a un établissement au Québec;',
        'listItem: détient\nune attestation;',
        'listItem: le\nformulaire;',
        'listItem: un;',
        'listItem: deux.',
      ],
    );
    const [, entry] = parseBlock('Intro :\n\nb\\) deux;\n').units;
    assert.deepEqual([entry.start, entry.end], [9, 18]);
    // A name's initial, a period not escaped, a title, a number alone: no entry.
    assert.deepEqual(
      kinds('M. Gagnon répond aux questions.\n\nA. Roy signe.\n\ni. e. la soumission.\n\n**a) Objet du contrat**\n\nA) OBJET DU CONTRAT\n\nb)'),
      [
        'paragraph: M. Gagnon répond aux questions.',
        'paragraph: A. Roy signe.',
        'paragraph: i. e. la soumission.',
        'heading: a) Objet du contrat',
        'heading: A) OBJET DU CONTRAT',
        'paragraph: b)',
      ],
    );
  });

  it('reads the line endings of a paragraph whose chunk mixes CRLF and LF as LF (remark kept each as written)', () => {
    assert.deepEqual(units('Première ligne\r\nseconde ligne\ntroisième.\n'), [
      { kind: 'paragraph', start: 0, end: 40, text: 'Première ligne\nseconde ligne\ntroisième.' },
    ]);
  });

  it('counts a byte order mark in offsets, and strikes through double tildes only (struck text is no text: 25.)', () => {
    assert.deepEqual(units('\uFEFF# Avis\n\nLe ~~prix~~ ~montant~.'), [
      { kind: 'heading', start: 1, end: 7, text: 'Avis' },
      { kind: 'paragraph', start: 9, end: 31, text: 'Le ~montant~.' },
    ]);
  });

  it('keeps the cells a row has, as GFM does (markdown-it pads or cuts rows to the header)', () => {
    const rows = parseBlock('| Critère | Points |\n|---|---|\n| Expérience |\n| Prix | 30 | note |\n').units.map((unit) => unit.cells);
    assert.deepEqual(rows, [['Critère', 'Points'], ['Expérience'], ['Prix', '30', 'note']]);
  });

  it('reads a header row only where no other block starts (a list item over a delimiter row stays a list item)', () => {
    assert.deepEqual(units('- Critère | Points\n|---|---|\n'), [{ kind: 'listItem', start: 0, end: 28, text: 'Critère | Points\n|---|---|' }]);
    assert.deepEqual(units('| Critère |\n---\n'), [{ kind: 'heading', start: 0, end: 15, text: '| Critère |' }]);
  });

  it("reads a NUL as U+FFFD and a lone CR as a line ending, in a row's cells past the header's count too (markdown-it's normalisation)", () => {
    assert.deepEqual(units('Le prix\0 est\rferme.\n\n| A | B |\n|---|---|\n| x\0 | y | z\0 |\n'), [
      { kind: 'paragraph', start: 0, end: 19, text: 'Le prix\uFFFD est\nferme.' },
      { kind: 'tableRow', start: 21, end: 30, text: 'A | B' },
      { kind: 'tableRow', start: 41, end: 56, text: 'x\uFFFD | y | z\uFFFD' },
    ]);
    assert.deepEqual(
      parseBlock('| A |\r|---|\r| a\0 | b\0 |\r').units.map((unit) => unit.cells),
      [['A'], ['a\uFFFD', 'b\uFFFD']],
    );
  });

  it('reads blocks nested as deep as limits.ts lets through (markdown-it drops what is nested past maxNesting)', () => {
    const quote = `${'> '.repeat(LIMITS.nesting)}Le soumissionnaire doit transmettre.\n`;
    assert.equal(blockHazard(quote), undefined);
    assert.deepEqual(
      parseBlock(quote).units.map((unit) => unit.text),
      ['Le soumissionnaire doit transmettre.'],
    );
    const list = Array.from({ length: LIMITS.nesting }, (_, depth) => `${'  '.repeat(depth)}- Niveau ${depth}\n`).join('');
    assert.equal(blockHazard(list), undefined);
    assert.deepEqual(
      parseBlock(list).units.map((unit) => unit.text),
      Array.from({ length: LIMITS.nesting }, (_, depth) => `Niveau ${depth}`),
    );
  });
});

describe("Markdown parsing: what a conversion by pandoc writes (remark read it as CommonMark's other blocks)", () => {
  const rows = (markdown: string) =>
    parseBlock(markdown)
      .units.filter((unit) => unit.kind === 'tableRow')
      .map(({ row, cells }) => ({ row, cells }));

  it('reads a grid table as a table: a row per border, each cell its lines, the header above `+===+`', () => {
    const grid = [
      '+----------------+---------------------------+',
      '| Rubrique       | Renseignement             |',
      '+================+===========================+',
      "| Garantie       | Aucune garantie n'est     |",
      '|                | exigée \\[voir IS-4\\].      |',
      '+----------------+---------------------------+',
      '| Ouverture      | Le jeudi 7 mai 2026       |',
      '| publique       |                           |',
      '|                | à 11 h, salle 4.22.       |',
      '+----------------+---------------------------+',
      '',
    ].join('\n');
    assert.deepEqual(rows(grid), [
      { row: 0, cells: ['Rubrique', 'Renseignement'] },
      { row: 1, cells: ['Garantie', "Aucune garantie n'est\nexigée [voir IS-4]."] },
      { row: 2, cells: ['Ouverture\npublique', 'Le jeudi 7 mai 2026\nà 11 h, salle 4.22.'] },
    ]);
    const [, garantie] = parseBlock(grid).units;
    assert.deepEqual([garantie.start, garantie.end], [grid.indexOf('| Garantie'), grid.indexOf('\n+----', grid.indexOf('| Garantie'))]);
    // Without `+===+` every row is data: numbered from 1, row 0 (the header) being absent.
    assert.deepEqual(rows('+---+---+\n| Lieu | Québec |\n+---+---+\n'), [{ row: 1, cells: ['Lieu', 'Québec'] }]);
  });

  it("reads pandoc's simple and multiline tables as tables, their columns under the runs of dashes", () => {
    assert.deepEqual(rows('  Critère       Pondération\n  ------------- -----------\n  Expérience    25 %\n  Méthodologie  30 %\n'), [
      { row: 0, cells: ['Critère', 'Pondération'] },
      { row: 1, cells: ['Expérience', '25 %'] },
      { row: 2, cells: ['Méthodologie', '30 %'] },
    ]);
    const multiline = [
      '  ---------------------------------------',
      '  No   Critère          Pondération',
      '  ---- ---------------- ---------------',
      '  1    Expérience du    25 %',
      '       soumissionnaire',
      '',
      '  2    Chargé de projet 30 %',
      '  ---------------------------------------',
      '',
    ].join('\n');
    assert.deepEqual(rows(multiline), [
      { row: 0, cells: ['No', 'Critère', 'Pondération'] },
      { row: 1, cells: ['1', 'Expérience du\nsoumissionnaire', '25 %'] },
      { row: 2, cells: ['2', 'Chargé de projet', '30 %'] },
    ]);
    // A continuation line indented with tabs (an editor's), a tab every 4 columns as pandoc reads it.
    assert.deepEqual(rows(multiline.replace('       soumissionnaire', '\t   soumissionnaire')), [
      { row: 0, cells: ['No', 'Critère', 'Pondération'] },
      { row: 1, cells: ['1', 'Expérience du\nsoumissionnaire', '25 %'] },
      { row: 2, cells: ['2', 'Chargé de projet', '30 %'] },
    ]);
    // Headerless: the runs of dashes first and last.
    assert.deepEqual(rows('  ---------- ----------\n  Garantie   Aucune\n  Accords    ALEC\n  ---------- ----------\n'), [
      { row: 1, cells: ['Garantie', 'Aucune'] },
      { row: 2, cells: ['Accords', 'ALEC'] },
    ]);
  });

  it('reads an HTML block that is a `<table>` (GFM written by pandoc) as a table, its cells as text', () => {
    const html = [
      '<table>',
      '<thead>',
      '<tr class="header">',
      '<th>Élément</th>',
      '<th>Précision</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr class="odd">',
      '<td>Renseignements</td>',
      '<td><p>M<sup>me</sup> C. Lévesque</p>',
      '<p>Courriel&nbsp;: appro@ssss.gouv.qc.ca<br />Tél. : 418 555-0101</p></td>',
      '</tr>',
      '</tbody>',
      '</table>',
      '',
    ].join('\n');
    assert.deepEqual(rows(html), [
      { row: 0, cells: ['Élément', 'Précision'] },
      { row: 1, cells: ['Renseignements', 'Mme C. Lévesque\nCourriel\u00a0: appro@ssss.gouv.qc.ca\nTél. : 418 555-0101'] },
    ]);
    const [, renseignements] = parseBlock(html).units;
    assert.equal(html.slice(renseignements.start, renseignements.end), html.slice(html.indexOf('<tr class="odd">'), html.indexOf('</tbody>') - 1));
    assert.deepEqual(rows('<table><tr><td>Lieu</td><td>Québec</td></tr></table>\n'), [{ row: 1, cells: ['Lieu', 'Québec'] }]);
  });

  it('places the cells of an HTML row under their headers past cells merged over rows or columns (`rowspan`, `colspan`)', () => {
    const html = [
      '<table>',
      '<thead><tr><th>No</th><th>Critère</th><th>Élément évalué</th><th>Pondération</th></tr></thead>',
      '<tbody>',
      '<tr><td rowspan="2">1</td><td rowspan="2">Expérience</td><td>Mandats depuis 2021</td><td rowspan="2">20&nbsp;%</td></tr>',
      '<tr><td>Mandats en santé</td></tr>',
      '<tr><td>2</td><td>Méthodologie</td><td>Plan de travail</td><td>80&nbsp;%</td></tr>',
      "<tr><td colspan='3'><strong>Total</strong></td><td><strong>100&nbsp;%</strong></td></tr>",
      '<tr><td ROWSPAN=3 colspan="2">Note</td><td>a</td></tr>',
      '<tr></tr>',
      '<tr><td>b</td><td>c</td></tr>',
      '</tbody>',
      '</table>',
      '',
    ].join('\n');
    assert.deepEqual(rows(html), [
      { row: 0, cells: ['No', 'Critère', 'Élément évalué', 'Pondération'] },
      { row: 1, cells: ['1', 'Expérience', 'Mandats depuis 2021', '20\u00a0%'] },
      { row: 2, cells: ['', '', 'Mandats en santé', ''] },
      { row: 3, cells: ['2', 'Méthodologie', 'Plan de travail', '80\u00a0%'] },
      { row: 4, cells: ['Total', '', '', '100\u00a0%'] },
      { row: 5, cells: ['Note', '', 'a'] },
      // An empty row is a row the merged cell covers too: the next one is its last.
      { row: 6, cells: ['', '', 'b', 'c'] },
    ]);
    // A cell merged over more columns than a row is read with covers them up to there; the cells after it follow.
    const [{ cells: wide = [] }] = rows(`<table><tr><td colspan="1000">x</td><td>y</td></tr></table>\n`);
    assert.deepEqual([wide.length, wide[0], wide[63], wide[64]], [65, 'x', '', 'y']);
  });

  it("reads a pandoc div's fences as no text, ending the block before them (a Word document converted with its styles)", () => {
    const styled = [
      '::: {custom-style="Body Text"}',
      '**Conditions de conformité**',
      ':::',
      '',
      '::::: encadre',
      '**Renseignements :** Mme A. Roy,',
      'conseillère',
      '::: {#note .avis} :::',
      '1.  première condition;',
      '2.  seconde condition.',
      ':::::',
      '',
      'Le texte ::: reste du texte.',
      ':::: pas une clôture',
      '',
    ].join('\n');
    assert.deepEqual(
      parseBlock(styled).units.map(({ kind, text, depth }) => ({ kind, text, ...(depth ? { depth } : {}) })),
      [
        { kind: 'heading', text: 'Conditions de conformité', depth: 8 },
        { kind: 'paragraph', text: 'Renseignements : Mme A. Roy,\nconseillère' },
        { kind: 'listItem', text: 'première condition;' },
        { kind: 'listItem', text: 'seconde condition.' },
        { kind: 'paragraph', text: 'Le texte ::: reste du texte.\n:::: pas une clôture' },
      ],
    );
    const [, paragraph] = parseBlock(styled).units;
    assert.equal(styled.slice(paragraph.start, paragraph.end), '**Renseignements :** Mme A. Roy,\nconseillère');
  });

  it('reads a title typed between decorations as that title, its words without them (28.: a plain-text export, an e-mail, a wiki)', () => {
    const text = [
      '=== SECTION 2 — DESCRIPTION DES BESOINS ===',
      '',
      '== Conditions de conformité ==',
      'Les exigences suivantes…',
      '***** AVIS PUBLIC *****',
      '',
      '---- Section 4 — Adjudication ----',
      '',
      '~~~ Annexe A — Bordereau de prix ~~~',
      '',
      '>>> Formulaire de soumission <<<',
      '',
      '+++ DEVIS +++',
      '',
      '[ SECTION 3 ]',
      '',
      '==Historique==',
      '',
      // Escaped by an exporter (Turndown, Google Docs).
      '\\=== SECTION 5 — DOCUMENTS ===',
      '',
      '\\*\\*\\*\\* Annexe B \\*\\*\\*\\*',
      '',
      '\\[ SECTION 6 \\]',
      '',
      // Not titles: a setext underline, a thematic break, bold, strikethrough, a fill-in mark in brackets, a table's delimiter
      // row, a content tab (23.), a fence with its info, runs apart from no word.
      'Titre souligné',
      '===',
      '',
      '* * *',
      '',
      '**Gras**',
      '',
      '~~Texte barré~~ ici',
      '',
      '[ NOM DU SOUMISSIONNAIRE ]',
      '',
      '| A | B |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '=== "Par la poste"',
      '',
      '    Au 80, rue Principale.',
      '',
      '~~~ python',
      'code',
      '~~~',
      '',
      '--Mot--',
      '',
      '== 2.1 ==',
      '',
    ].join('\n');
    assert.deepEqual(
      parseBlock(text).units.map(({ kind, depth, text }) => `${kind}${depth ? ` ${depth}` : ''}: ${text}`),
      [
        'heading 7: SECTION 2 — DESCRIPTION DES BESOINS',
        'heading 8: Conditions de conformité',
        'paragraph: Les exigences suivantes…',
        'heading 7: AVIS PUBLIC',
        'heading 7: Section 4 — Adjudication',
        'heading 7: Annexe A — Bordereau de prix',
        'heading 8: Formulaire de soumission',
        'heading 8: DEVIS',
        'heading 7: SECTION 3',
        'heading 8: Historique',
        'heading 7: SECTION 5 — DOCUMENTS',
        'heading 7: Annexe B',
        'heading 7: SECTION 6',
        'heading 1: Titre souligné',
        'heading 8: Gras',
        'paragraph: Texte barré ici',
        'heading 8: [ NOM DU SOUMISSIONNAIRE ]',
        'tableRow: A | B',
        'tableRow: 1 | 2',
        'heading 8: Par la poste',
        'paragraph: Au 80, rue Principale.',
        'code: code',
        'paragraph: --Mot--',
        'paragraph: == 2.1 ==',
      ],
    );
    // The title's unit spans its line, decorations included, as a heading's does its marks.
    const [first] = parseBlock(text).units;
    assert.equal(text.slice(first.start, first.end), '=== SECTION 2 — DESCRIPTION DES BESOINS ===');
    assertSameUnits(text, true);
  });

  it("reads a Docusaurus admonition's title as a title typed, its body where it stands, and MDX imports as no text (a Docusaurus page)", () => {
    const page = [
      "import Tabs from '@theme/Tabs';",
      'import {Chart, Legend} from "./chart";',
      "import './style.css';",
      '',
      ':::caution[Garantie de soumission]{#garantie}',
      'Une garantie de 5 % du prix est exigée.',
      ':::',
      '',
      ':::info Visite des lieux',
      '- Le lundi 6 mars à 10 h;',
      '- au pavillon A.',
      ':::',
      '',
      ':::tip',
      'Texte sans titre.',
      ':::',
      '',
      ':::note[]',
      'Titre vide.',
      ':::',
      '',
      "import de biens : l'entreprise s'en charge.",
      '',
      ':::: pas une admonition',
      '',
    ].join('\n');
    assert.deepEqual(
      parseBlock(page).units.map(({ kind, text }) => `${kind}: ${text}`),
      [
        'heading: Garantie de soumission',
        'paragraph: Une garantie de 5 % du prix est exigée.',
        'heading: Visite des lieux',
        'listItem: Le lundi 6 mars à 10 h;',
        'listItem: au pavillon A.',
        'paragraph: Texte sans titre.',
        'paragraph: Titre vide.',
        "paragraph: import de biens : l'entreprise s'en charge.",
        'paragraph: :::: pas une admonition',
      ],
    );
  });

  it("reads a pandoc definition with its term as one passage, its further paragraphs as paragraphs (a web page's definition list)", () => {
    const units = (markdown: string) => parseBlock(markdown).units.map(({ kind, start, end, text }) => ({ kind, start, end, text }));
    const fields = [
      'Renseignements',
      ':   Mme A. Roy, conseillère,',
      '    appro@mcc.gouv.qc.ca',
      '',
      'Dépôt des soumissions :',
      '',
      ':   au plus tard le 5 mai 2026 à 11 h;',
      '',
      '    au 225, Grande Allée Est, Québec.',
      '',
      '~   second definition of the same term.',
      '',
    ].join('\n');
    // Each passage from its term (or its first character) to its last character.
    const span = (from: string, to: string) => ({ start: fields.indexOf(from), end: fields.indexOf(to) + to.length });
    assert.deepEqual(units(fields), [
      { kind: 'paragraph', ...span('Renseignements', 'qc.ca'), text: 'Renseignements : Mme A. Roy, conseillère,\nappro@mcc.gouv.qc.ca' },
      { kind: 'paragraph', ...span('Dépôt', '11 h;'), text: 'Dépôt des soumissions : au plus tard le 5 mai 2026 à 11 h;' },
      { kind: 'paragraph', ...span('au 225', 'Québec.'), text: 'au 225, Grande Allée Est, Québec.' },
      { kind: 'paragraph', ...span('second', 'term.'), text: 'second definition of the same term.' },
    ]);
    // A list in a definition; a paragraph of several lines or a heading is no term; a colon with nothing after it, or
    // indented as code, is no definition.
    assert.deepEqual(
      parseBlock(
        'Rejet\n: Est rejetée la soumission :\n  - tardive;\n  - non signée.\n\nDeux\nlignes\n: suite\n\n# Titre\n\n: texte\n\nTerme\n:\n\nTerme\n\n    : code\n',
      ).units.map(({ kind, text }) => `${kind}: ${text}`),
      [
        'paragraph: Rejet : Est rejetée la soumission :',
        'listItem: tardive;',
        'listItem: non signée.',
        'paragraph: Deux\nlignes\n: suite',
        'heading: Titre',
        'paragraph: : texte',
        'paragraph: Terme\n:',
        'paragraph: Terme',
        'code: : code',
      ],
    );
    // The term and its definition after a blank line stay in one chunk, whatever the chunking does.
    const text = `---\ntype: avis\n---\n\n${Array.from({ length: 30 }, (_, index) => `Terme ${index}\n\n:   Valeur ${index}.\n`).join('\n')}`;
    const passages = parseDocument(text).units.filter((unit) => unit.kind === 'paragraph');
    assert.deepEqual(
      passages.map((unit) => unit.text),
      Array.from({ length: 30 }, (_, index) => `Terme ${index} : Valeur ${index}.`),
    );
    // remark's reading, term and definition after a blank line joined (13.), is markdown-it's: pandoc writes a LaTeX description so.
    assertSameUnits(
      'Au sens du présent document :\n\nJour ouvrable\n\n:   un jour du lundi au vendredi,\n    sauf un jour férié;\n\nSEAO\n\n:   le système électronique d’appel d’offres.\n',
      true,
    );
  });

  it('reads a pandoc line block as a paragraph of its lines without their bars (an address, fields one per line)', () => {
    const block = '| **Renseignements :** M. É. Gagnon,\n|   conseiller\n  en gestion contractuelle\n|\n| Courriel : e.gagnon@mapaq.gouv.qc.ca\n\n';
    const [unit] = parseBlock(block).units;
    assert.deepEqual(
      { kind: unit.kind, start: unit.start, end: unit.end, text: unit.text },
      {
        kind: 'paragraph',
        start: 0,
        end: block.indexOf('\n\n'),
        text: 'Renseignements : M. É. Gagnon,\nconseiller\nen gestion contractuelle\n\nCourriel : e.gagnon@mapaq.gouv.qc.ca',
      },
    );
    // Entries in a line block start at their mark, past the bar.
    const entries = '| Sont exigés :\n| a) le formulaire;\n| b) le bordereau.\n';
    assert.deepEqual(
      parseBlock(entries).units.map(({ kind, start, text }) => [kind, entries.slice(start, start + 2), text]),
      [
        ['paragraph', '| ', 'Sont exigés :'],
        ['listItem', 'a)', 'le formulaire;'],
        ['listItem', 'b)', 'le bordereau.'],
      ],
    );
    // A line over its underline kept as lines: a title, of the first level under `=`, as a plain text underlines it (under
    // dashes, a GFM table's header row first, as every GFM reader has it).
    const underlined = '| PART B - DESCRIPTION OF SERVICES\n| ================================\n\n| Annexe\n| ------\n\n| Nom\n| Prénom\n| ======\n';
    assert.deepEqual(
      parseBlock(underlined).units.map(({ kind, depth, text }) => `${kind} ${depth ?? ''}: ${text}`),
      ['heading 1: PART B - DESCRIPTION OF SERVICES', 'tableRow : Annexe', 'paragraph : Nom\nPrénom\n======'],
    );
    // A table, bars without a word, a bar without a blank, a line of another kind before the blank line: as CommonMark reads them.
    assert.deepEqual(
      parseBlock('| a | b |\n| - | - |\n| 1 | 2 |\n\n|\n|\n\n|x\n\n| un\ndeux\n').units.map(({ kind, text }) => `${kind}: ${text}`),
      ['tableRow: a | b', 'tableRow: 1 | 2', 'paragraph: |\n|', 'paragraph: |x', 'paragraph: | un\ndeux'],
    );
  });

  it("reads an HTML block of tags alone as no unit, the passage before it next to the list after it (pandoc's GFM with the styles)", () => {
    const styled = [
      '<div custom-style="Body Text">',
      '',
      'Le comité évalue les critères suivants :',
      '',
      '</div>',
      '',
      '- expérience;',
      '- méthodologie.',
      '',
      '<P ALIGN="center"><span>',
      '',
      '<div>',
      '<p>Texte</p>',
      '</div>',
      '',
      '<!-- -->',
      '',
      '<nom du responsable>',
      '',
    ].join('\n');
    assert.deepEqual(
      parseBlock(styled).units.map(({ kind, text }) => [kind, text]),
      [
        ['paragraph', 'Le comité évalue les critères suivants :'],
        ['listItem', 'expérience;'],
        ['listItem', 'méthodologie.'],
        ['paragraph', 'Texte'],
        ['html', '<!-- -->'],
        ['html', '<nom du responsable>'],
      ],
    );
  });

  it("reads a pandoc span's content as what it is, its brackets and attributes as no text (a Word document's character styles, underlines, bookmarks)", () => {
    const units = (markdown: string) => parseBlock(markdown).units.map(({ kind, text, depth }) => ({ kind, text, ...(depth ? { depth } : {}) }));
    assert.deepEqual(
      units(
        [
          '[**Conditions de conformité**]{custom-style="Strong"}',
          '',
          '<span custom-style="Strong">**Renseignements**</span>',
          '',
          '<u>**Durée du contrat**</u>',
          '',
          '[]{#_Toc512 .anchor}Les documents s\'obtiennent [seulement]{custom-style="Accentuation"} par le SEAO [voir [l\'avis]{.underline}] et [ici](https://seao.ca){target="_blank"}.',
          '',
          '[Conditions]{.underline} [de conformité]',
          '',
        ].join('\n'),
      ),
      [
        { kind: 'heading', text: 'Conditions de conformité', depth: 8 },
        { kind: 'heading', text: 'Renseignements', depth: 8 },
        { kind: 'heading', text: 'Durée du contrat', depth: 8 },
        { kind: 'paragraph', text: "Les documents s'obtiennent seulement par le SEAO [voir l'avis] et ici." },
        // Not bold: no title; brackets without attributes are text.
        { kind: 'paragraph', text: 'Conditions [de conformité]' },
      ],
    );
    // A table's cell: its figure alone.
    assert.deepEqual(
      rows('  Critère        Pondération\n  -------------- ---------------------------------\n  **Total**      [**100 %**]{custom-style="Strong"}\n').map(
        ({ cells }) => cells,
      ),
      [
        ['Critère', 'Pondération'],
        ['Total', '100 %'],
      ],
    );
  });

  it("drops pandoc's attributes, a bracketed span's brackets and a superscript's carets", () => {
    assert.deepEqual(
      parseBlock(
        '## Partie A -- Avis {#partie-a .unnumbered}\n\nLes documents [ne peuvent être obtenus que]{.underline} par le SEAO, dès le 1^er^ juin; voir la note[^1^](#fn1){#fnref1 .footnote-ref}.\n',
      ).units.map((unit) => unit.text),
      ['Partie A -- Avis', 'Les documents ne peuvent être obtenus que par le SEAO, dès le 1er juin; voir la note1.'],
    );
  });

  it("reads a body chunk that opens with a thematic break as Markdown, not as a front-matter (remark's front-matter plugin read every chunk's)", () => {
    assert.deepEqual(
      parseBlock("---\n\n**§ 2 — Besoins**\n\nLe prestataire réalise l'évaluation.\n\n---\n").units.map((unit) => unit.kind),
      ['heading', 'paragraph'],
    );
    assert.deepEqual(
      parseBlock('---\ntype: avis\n---\n', true).units.map((unit) => unit.kind),
      ['yaml'],
    );
    // Sections parted by rules, as drafters separate them: every chunk the parser cuts, some opening with `---`.
    const sections = Array.from({ length: 40 }, (_, index) => `**Section ${index}**\n\nLe texte de la section ${index}.\n`);
    const units = parseDocument(`---\ntype: avis\n---\n\n${sections.join('\n---\n\n')}`).units;
    assert.deepEqual(
      units.map((unit) => unit.kind).filter((kind) => kind !== 'heading' && kind !== 'paragraph'),
      ['yaml'],
    );
    assert.equal(units.filter((unit) => unit.kind === 'heading').length, 40);
  });

  it('leaves to CommonMark what is not a table: a thematic break and a paragraph, `- - -`, a setext heading', () => {
    assert.deepEqual(
      parseBlock('---\nTexte.\n\n- - -\n\nTitre\n-----\n\nTexte\n\n--- ---\n').units.map((unit) => unit.kind),
      ['paragraph', 'heading', 'paragraph'],
    );
  });
});

describe('Markdown parsing: tables pasted as text, without a converter (19.; remark read paragraphs or indented code)', () => {
  const rows = (markdown: string) =>
    parseBlock(markdown)
      .units.filter((unit) => unit.kind === 'tableRow')
      .map(({ row, cells }) => ({ row, cells }));
  const kinds = (markdown: string) => parseBlock(markdown).units.map((unit) => unit.kind);

  it('reads lines of cells separated by tabs as a table, its first line the header (Word, Excel, a PDF viewer)', () => {
    const grid = 'Critère\tPondération\nExpérience du soumissionnaire\t20 %\nPrix\t**80 %**\n';
    assert.deepEqual(rows(grid), [
      { row: 0, cells: ['Critère', 'Pondération'] },
      { row: 1, cells: ['Expérience du soumissionnaire', '20 %'] },
      { row: 2, cells: ['Prix', '80 %'] },
    ]);
    const [, first, second] = parseBlock(grid).units;
    assert.deepEqual([first.start, first.end, second.start], [grid.indexOf('Expérience'), grid.indexOf('\nPrix'), grid.indexOf('Prix')]);
    // After a paragraph's line, with a number's column named « # », a row opening with an empty cell (a tab), its first cell numbered.
    assert.deepEqual(
      parseBlock('Les critères sont les suivants :\n#\tCritère\tPondération\n1. Expérience\tde la firme\t25 %\n\t**Total**\t**100 %**').units.map(
        ({ kind, cells, text }) => cells ?? `${kind}: ${text}`,
      ),
      ['paragraph: Les critères sont les suivants :', ['#', 'Critère', 'Pondération'], ['1. Expérience', 'de la firme', '25 %'], ['', 'Total', '100 %']],
    );
    // A header opening with an empty cell (indented code for CommonMark), runs of tabs typed to align the columns, in a quote, with CRLF.
    assert.deepEqual(rows('\tPondération\tNote\nExpérience\t20 %\t70'), [
      { row: 0, cells: ['', 'Pondération', 'Note'] },
      { row: 1, cells: ['Expérience', '20 %', '70'] },
    ]);
    assert.deepEqual(rows('Critère\t\t\tPoints\nExpérience\t\t20\nPrix\t\t\t80'), [
      { row: 0, cells: ['Critère', 'Points'] },
      { row: 1, cells: ['Expérience', '20'] },
      { row: 2, cells: ['Prix', '80'] },
    ]);
    assert.deepEqual(rows('> Motif\tArticle\r\n> Soumission tardive\t7 (1°)'), [
      { row: 0, cells: ['Motif', 'Article'] },
      { row: 1, cells: ['Soumission tardive', '7 (1°)'] },
    ]);
  });

  it('reads three lines or more whose columns of text start at the same columns, two blanks apart or more, as a table (a PDF’s text layer)', () => {
    const grid = [
      'Critère                         Points   Note minimale',
      'Expérience de la firme          30       ',
      'Compréhension du mandat         40       60',
      'Prix                            30',
      '',
    ].join('\n');
    assert.deepEqual(rows(grid), [
      { row: 0, cells: ['Critère', 'Points', 'Note minimale'] },
      { row: 1, cells: ['Expérience de la firme', '30', ''] },
      { row: 2, cells: ['Compréhension du mandat', '40', '60'] },
      { row: 3, cells: ['Prix', '30', ''] },
    ]);
    // A number's column named « # », a row opening with an empty cell.
    assert.deepEqual(rows('#   Critère      Pondération\n1   Expérience   40 %\n2   Prix         60 %\n    Total        100 %'), [
      { row: 0, cells: ['#', 'Critère', 'Pondération'] },
      { row: 1, cells: ['1', 'Expérience', '40 %'] },
      { row: 2, cells: ['2', 'Prix', '60 %'] },
      { row: 3, cells: ['', 'Total', '100 %'] },
    ]);
    // A row whose one text stands under a later column (a merged label's value going on, a field left empty before it).
    assert.deepEqual(
      rows(
        [
          'Rubrique           Renseignement                    Référence',
          'Option             Un renouvellement de 12 mois     art. 4, 2.1°',
          '                   Durée maximale : 36 mois.',
          'Lieu d’ouverture                                    art. 4, 6°',
          'Réserve            Aucun engagement                 art. 4, 7°',
        ].join('\n'),
      ),
      [
        { row: 0, cells: ['Rubrique', 'Renseignement', 'Référence'] },
        { row: 1, cells: ['Option', 'Un renouvellement de 12 mois', 'art. 4, 2.1°'] },
        { row: 2, cells: ['', 'Durée maximale : 36 mois.', ''] },
        { row: 3, cells: ['Lieu d’ouverture', '', 'art. 4, 6°'] },
        { row: 4, cells: ['Réserve', 'Aucun engagement', 'art. 4, 7°'] },
      ],
    );
    // Columns aligned as the text reads (a web page saved with its HTML, a converter's escapes): a character reference or
    // an escape stands for one character, though its source is longer.
    const shown = (cells: string[]) =>
      cells.map((cell, n) => (n + 1 < cells.length ? cell.padEnd(36 + cell.length - cell.replace(/&[a-z]+;|\\./g, '_').length) : cell)).join('');
    assert.deepEqual(
      rows(
        [
          shown(['Critère', 'Poids']),
          shown(['Expérience de l&rsquo;équipe', '20&nbsp;%']),
          shown(['Méthodologie \\(plan de travail\\)', '40&nbsp;%']),
          shown(['Compréhension du mandat', '40&nbsp;%']),
        ].join('\n'),
      ),
      [
        { row: 0, cells: ['Critère', 'Poids'] },
        { row: 1, cells: ['Expérience de l’équipe', '20\u00a0%'] },
        { row: 2, cells: ['Méthodologie (plan de travail)', '40\u00a0%'] },
        { row: 3, cells: ['Compréhension du mandat', '40\u00a0%'] },
      ],
    );
    // Pandoc's simple table, its dashes under the header, stays pandoc's.
    assert.deepEqual(rows('Critère       Pondération\n------------- -----------\nExpérience    25 %\nMéthodologie  30 %\n'), [
      { row: 0, cells: ['Critère', 'Pondération'] },
      { row: 1, cells: ['Expérience', '25 %'] },
      { row: 2, cells: ['Méthodologie', '30 %'] },
    ]);
  });

  it('takes no prose for a table: fields, lists, an address, a sentence with a tab or double spaces, numbered titles, code', () => {
    for (const markdown of [
      // Fields: a label in bold or not, closed by a colon or a dash.
      '**Durée :**\t36 mois\n**Lieu :**\tsalle 2.10',
      'Durée :\t36 mois\nLieu :\tsalle 2.10',
      '**Garantie** —\taucune\n**Option** —\tun an',
      // Lists as Word copies them: a mark, a tab, the entry.
      '1.\tObjet du contrat\n2.\tDurée du contrat',
      'a)\tExpérience du soumissionnaire\nb)\tPrix',
      '•\tle formulaire de soumission\n•\tle bordereau de prix',
      'o\tle formulaire de soumission\no\tle bordereau de prix',
      '- Critère\tPoints\n- Expérience\t20',
      // Numbered titles, a table of contents.
      '4.1\tObjet\n4.2\tDurée',
      'Article 1\tObjet\nArticle 2\tDurée',
      // A sentence cut by tabs, a paragraph with an incidental tab, two blanks after sentences, an address.
      'Le soumissionnaire doit\tjoindre le formulaire\nsigné par une personne\tautorisée.',
      'Les soumissions sont reçues\tau plus tard le 12 mars.',
      'Les soumissions sont reçues.  Elles sont ouvertes\npubliquement à 11 h.  Le prix le plus bas\nl’emporte.  Aucune garantie n’est exigée.',
      'Ministère des Transports\n700, boul. René-Lévesque Est\nQuébec (Québec)  G1R 5H1',
      // Two aligned lines (a header and one row) are not told from prose.
      'Critère          Points\nExpérience       30',
      // Code the drafter fenced, lines that all open with a tab (indentation).
      '```\nCritère\tPoints\nExpérience\t30\n```',
      '\tCritère\tPoints\n\tExpérience\t30',
    ])
      assert.ok(!kinds(markdown).includes('tableRow'), markdown);
  });
});

describe('Markdown parsing: what other tools write (MarkItDown, a web page saved as Markdown)', () => {
  const rows = (markdown: string) =>
    parseBlock(markdown)
      .units.filter((unit) => unit.kind === 'tableRow')
      .map(({ row, cells }) => ({ row, cells }));
  /** Each unit's kind, a heading's with its depth, and its text. */
  const read = (markdown: string) =>
    parseBlock(markdown).units.map(({ kind, depth, text }) => (kind === 'heading' ? `${kind} ${depth}: ${text}` : `${kind}: ${text}`));

  it("reads a header row of empty cells as no row, the row under it as the table's header (MarkItDown's table from Word)", () => {
    const table = '|  |  |  |\n| --- | --- | --- |\n| N° | Transmis le | Objet |\n| 1 | 12 janvier 2027 | Réponses aux questions |\n';
    assert.deepEqual(rows(table), [
      { row: 0, cells: ['N°', 'Transmis le', 'Objet'] },
      { row: 1, cells: ['1', '12 janvier 2027', 'Réponses aux questions'] },
    ]);
    const [header] = parseBlock(table).units;
    assert.equal(table.slice(header.start, header.end), '| N° | Transmis le | Objet |');
    // A header of empty cells alone, or with a word, is the header written.
    assert.deepEqual(rows('| | |\n|---|---|\n'), [{ row: 0, cells: ['', ''] }]);
    assert.deepEqual(rows('| | Prix |\n|---|---|\n| Lot 1 | 10 $ |\n'), [
      { row: 0, cells: ['', 'Prix'] },
      { row: 1, cells: ['Lot 1', '10 $'] },
    ]);
  });

  it("reads what an item numbered from 10 holds, indented by four under its `10.  ` as Turndown writes it, as the item's (22.; remark read code)", () => {
    const turndown = [
      '9.   Les soumissions sont ouvertes en public.',
      '',
      '10.  Une soumission est rejetée dans les cas suivants :',
      '',
      '    1.  elle est reçue en retard;',
      '    2.  elle n’est pas signée.',
      '',
      '    Aucune correction n’est permise.',
      '',
      'Texte.',
      '',
      '    code',
      '',
    ].join('\n');
    assert.deepEqual(read(turndown), [
      'listItem: Les soumissions sont ouvertes en public.',
      'listItem: Une soumission est rejetée dans les cas suivants :\nAucune correction n’est permise.',
      'listItem: elle est reçue en retard;',
      'listItem: elle n’est pas signée.',
      'paragraph: Texte.',
      'code: code',
    ]);
    assertSameUnits(turndown, true);
    // Under a marker of four columns (`1.  `, `*   `), lines indented by four are the item's already; under none, code.
    assert.deepEqual(read('1.  Un.\n\n    Suite.\n'), ['listItem: Un.\nSuite.']);
    assert.deepEqual(read('Texte.\n\n    code\n'), ['paragraph: Texte.', 'code: code']);
  });

  it('reads prose indented as a typist indents it as paragraphs, code as code (24.; remark read code)', () => {
    // A paragraph's first line indented by a tab, its next lines at the margin: one paragraph, not code then a paragraph.
    const tab = 'Texte.\n\n\tLe Ministère peut, à sa seule discrétion, rejeter\ntoute soumission conditionnelle.\n';
    assert.deepEqual(read(tab), ['paragraph: Texte.', 'paragraph: Le Ministère peut, à sa seule discrétion, rejeter\ntoute soumission conditionnelle.']);
    // Paragraphs indented by four spaces, every line, a blank line between them.
    const english = '    The Owner will receive tenders until 2 p.m.\n    on March 3, 2027, at its head office.\n\n    Tenders are opened in public.\n';
    assert.deepEqual(read(english), [
      'paragraph: The Owner will receive tenders until 2 p.m.\non March 3, 2027, at its head office.',
      'paragraph: Tenders are opened in public.',
    ]);
    // A lettered list hanging-indented (« a)  » at five columns, its lines at nine) under its introduction.
    const hanging = "Une soumission est rejetée :\n\n     a)  si elle est reçue après l'heure\n         limite;\n     b)  si elle n'est pas signée.\n";
    assert.deepEqual(read(hanging), [
      'paragraph: Une soumission est rejetée :',
      "listItem: si elle est reçue après l'heure\nlimite;",
      "listItem: si elle n'est pas signée.",
    ]);
    // A comment in it (a note to the drafter, a directive) is no code's syntax: the paragraph stays one.
    const noted = 'Texte.\n\n\tLes soumissions sont reçues <!-- à valider --> au plus tard\nle 3 mai à 11 h.\n    Elles sont ouvertes en public.\n';
    assert.deepEqual(
      read(noted).map((unit) => unit.split(':')[0]),
      ['paragraph', 'paragraph'],
    );
    for (const text of [tab, english, hanging, noted]) assertSameUnits(text, true);
    // Code, ASCII art, columns aligned with spaces, leaders and a word or two stay code.
    for (const code of [
      '    const total = prix * 2;\n    if (total > 0) { rejeter(); }\n',
      '    +------+------+\n    | a    | b    |\n',
      '    Article       Prix horaire\n    Agent         25 $\n',
      '    Avis d’appel d’offres .......... page 2\n',
      '    Gilles Trottier\n',
    ]) {
      assert.deepEqual(
        read(code).map((unit) => unit.split(':')[0]),
        ['code'],
        code,
      );
      assertSameUnits(code, true);
    }
  });

  it("reads Python-Markdown's admonitions, collapsible blocks and content tabs (MkDocs Material) as containers, their titles as titles (23.; remark read code)", () => {
    const page = [
      '!!! warning "Prix anormalement bas"',
      '',
      '    Une soumission dont le prix est anormalement bas est rejetée.',
      '',
      '??? info',
      '',
      '    Les enveloppes de prix sont ouvertes après l’évaluation.',
      '',
      '???+ tip "Dépôt"',
      '',
      '    Le dépôt se fait :',
      '',
      '    - en personne;',
      '        - au comptoir;',
      '    - par la poste.',
      '',
      '=== "Courriel"',
      '',
      '    Aucune soumission n’est reçue par courriel.',
      '',
      '=== "Poste"',
      '',
      '    Au 80, rue du Quai.',
      '',
      '=== "En personne"',
      '',
      '    Au comptoir.',
      '',
      '    Un accusé de réception est remis.',
      '',
      'Texte.',
      '',
      '    code',
      '',
    ].join('\n');
    assert.deepEqual(read(page), [
      'heading 8: Prix anormalement bas',
      'paragraph: Une soumission dont le prix est anormalement bas est rejetée.',
      'paragraph: Les enveloppes de prix sont ouvertes après l’évaluation.',
      'heading 8: Dépôt',
      'paragraph: Le dépôt se fait :',
      'listItem: en personne;',
      'listItem: au comptoir;',
      'listItem: par la poste.',
      'heading 8: Courriel',
      'paragraph: Aucune soumission n’est reçue par courriel.',
      'heading 8: Poste',
      'paragraph: Au 80, rue du Quai.',
      'heading 8: En personne',
      'paragraph: Au comptoir.',
      'paragraph: Un accusé de réception est remis.',
      'paragraph: Texte.',
      'code: code',
    ]);
    assertSameUnits(page, true);
    // A numbered list in the body, its body on the opener's next line; an empty title; code in the body stays code.
    assert.deepEqual(read('!!! danger ""\n    Est rejetée la soumission :\n\n    1. reçue en retard;\n    2. non signée.\n\n    Exemple :\n\n        code\n'), [
      'paragraph: Est rejetée la soumission :',
      'listItem: reçue en retard;',
      'listItem: non signée.',
      'paragraph: Exemple :',
      'code: code',
    ]);
    // In a list item: its text, the title a line of it; the item's next lines, indented by its own width, its own.
    assert.deepEqual(read('- Dépôt :\n\n  !!! note "Attention"\n\n      Aucun courriel.\n'), ['listItem: Dépôt :\nAttention\nAucun courriel.']);
    // A setext underline, marks without a kind or title, a line of exclamation marks, a title not closed: text.
    for (const markdown of ['Titre\n===', '!!!\n\n    code', '!!! ATTENTION !!!\n\n    code', '=== Poste\n\n    code', '!!! note "Titre\n\n    code'])
      assert.ok(
        read(markdown).some((unit) => unit.startsWith('code: ') || unit.startsWith('heading 1')),
        markdown,
      );
  });

  it("drops Python-Markdown's attributes, blanks inside and a colon first (`{ #grille }`, `{: .annotate }`)", () => {
    assert.deepEqual(read('### Grille d’évaluation { #grille }\n\nLe pli contient deux enveloppes.\n{: .annotate }\n'), [
      'heading 3: Grille d’évaluation',
      'paragraph: Le pli contient deux enveloppes.',
    ]);
  });

  it('reads lines and paragraphs that open with an escaped list marker as a list typed by hand (`\\- `, `\\* `, `\\+ `, as pandoc, Turndown and Google Docs write it)', () => {
    assert.deepEqual(read('La soumission comprend :\n\\- le formulaire signé;\n\\- la résolution du conseil.\n'), [
      'paragraph: La soumission comprend :',
      'listItem: le formulaire signé;',
      'listItem: la résolution du conseil.',
    ]);
    assert.deepEqual(read('Sont exigés :\n\n\\* une attestation de Revenu Québec;\n\n\\* une garantie de 10 %.\n\n\\+ Un seul point.\n'), [
      'paragraph: Sont exigés :',
      'listItem: une attestation de Revenu Québec;',
      'listItem: une garantie de 10 %.',
      'listItem: Un seul point.',
    ]);
    // Escaped elsewhere than at a line's start, or before no blank, it is the character.
    assert.deepEqual(read('Le prix \\- taxes comprises \\- est ferme.\n\n\\-10 % au second lot.\n'), [
      'paragraph: Le prix - taxes comprises - est ferme.',
      'paragraph: -10 % au second lot.',
    ]);
  });

  it("reads a title written in HTML alone in its block as a heading: an element's at its depth, a disclosure's summary as a title typed", () => {
    assert.deepEqual(read('<h3 id="garantie">Garantie de <strong>soumission</strong></h3>\n\nAucune garantie n&#39;est exigée.\n'), [
      'heading 3: Garantie de soumission',
      "paragraph: Aucune garantie n'est exigée.",
    ]);
    assert.deepEqual(read('<details>\n<summary>Conditions d&#39;admissibilité</summary>\n\nLe prestataire doit détenir une attestation.\n\n</details>\n'), [
      "heading 8: Conditions d'admissibilité",
      'paragraph: Le prestataire doit détenir une attestation.',
      // Its end, which ends the section its summary heads (model.ts).
      'html: </details>',
    ]);
    // A part's title holds the others, as one typed in bold does; a summary on the disclosure's line.
    assert.deepEqual(read('<details open><summary><b>ANNEXE B – Formulaire</b></summary>\n\nTexte.\n'), [
      'heading 7: ANNEXE B – Formulaire',
      'paragraph: Texte.',
    ]);
    // A comment after it, as a CMS writes them (`<!-- wp:heading -->`), stays HTML (a directive may be one).
    assert.deepEqual(read('<h2 class="wp-block-heading">Renseignements</h2>\n<!-- /wp:heading -->\n'), [
      'heading 2: Renseignements',
      'html: <!-- /wp:heading -->',
    ]);
  });

  it('reads an HTML block as the passages its elements hold, their character references decoded (a web page saved with its HTML)', () => {
    // A title and its paragraph in one block; nested divs; a paragraph over several lines; references in the title.
    const page = [
      '<div class="contenu">',
      '<div class="section">',
      '<h2 id="garantie">Garantie d&rsquo;ex&eacute;cution</h2>',
      '<p>L&rsquo;adjudicataire remet une <strong>garantie',
      'd&rsquo;ex&eacute;cution</strong> de 10&nbsp;%.</p>',
      '</div>',
      '<div class="note">Aucune avance n&#39;est vers&eacute;e.<br>Paiement &agrave; 30&nbsp;jours.</div>',
      '</div>',
      '',
    ].join('\n');
    assert.deepEqual(read(page), [
      'heading 2: Garantie d’exécution',
      'paragraph: L’adjudicataire remet une garantie\nd’exécution de 10\u00a0%.',
      "paragraph: Aucune avance n'est versée.\nPaiement à 30\u00a0jours.",
    ]);
    // Each passage from its element's opening tag to its closing one.
    const [heading, paragraph, note] = parseBlock(page).units;
    assert.equal(page.slice(heading.start, heading.end), '<h2 id="garantie">Garantie d&rsquo;ex&eacute;cution</h2>');
    assert.ok(page.slice(paragraph.start, paragraph.end).startsWith('<p>L&rsquo;') && page.slice(paragraph.start, paragraph.end).endsWith('%.</p>'));
    assert.ok(page.slice(note.start, note.end).startsWith('<div class="note">') && page.slice(note.start, note.end).endsWith('jours.</div>'));
    // A numbered list, an item's paragraph, a list nested in an item, an item left open (HTML closes it at the next).
    assert.deepEqual(
      read(
        [
          '<p>Une soumission est rejet&eacute;e automatiquement :</p>',
          '<ol type="a">',
          '<li>si elle est re&ccedil;ue apr&egrave;s l&rsquo;heure limite;',
          '<li><p>si elle n&rsquo;est pas sign&eacute;e;</p></li>',
          '<li>dans les cas suivants :',
          '<ul><li>une rature non paraph&eacute;e;</li><li>une soumission conditionnelle.</li></ul>',
          '</li>',
          '</ol>',
          '',
        ].join('\n'),
      ),
      [
        'paragraph: Une soumission est rejetée automatiquement :',
        'listItem: si elle est reçue après l’heure limite;',
        'listItem: si elle n’est pas signée;',
        'listItem: dans les cas suivants :',
        'listItem: une rature non paraphée;',
        'listItem: une soumission conditionnelle.',
      ],
    );
    // A table after a title in the same block, its merged cells as a table alone has them.
    const calendar = [
      '<h3>Calendrier</h3>',
      '<table>',
      '<tr><th>&Eacute;tape</th><th>Date</th><th>Heure</th></tr>',
      '<tr><td>R&eacute;ception</td><td rowspan="2">12&nbsp;mars 2027</td><td>11&nbsp;h</td></tr>',
      '<tr><td>Ouverture</td><td>11&nbsp;h&nbsp;05</td></tr>',
      '<tr><td colspan="2">Questions</td><td>&ndash;</td></tr>',
      '</table>',
      '<p>Heure de Montr&eacute;al.</p>',
      '',
    ].join('\n');
    assert.deepEqual(read(calendar), [
      'heading 3: Calendrier',
      'tableRow: Étape | Date | Heure',
      'tableRow: Réception | 12\u00a0mars 2027 | 11\u00a0h',
      'tableRow: Ouverture |  | 11\u00a0h\u00a005',
      'tableRow: Questions |  | –',
      'paragraph: Heure de Montréal.',
    ]);
    const reception = parseBlock(calendar).units[2];
    assert.equal(calendar.slice(reception.start, reception.end), calendar.split('\n')[3]);
    // In CRLF, each passage at its place.
    const crlf = calendar.replaceAll('\n', '\r\n');
    const last = parseBlock(crlf).units.at(-1)!;
    assert.equal(crlf.slice(last.start, last.end), '<p>Heure de Montr&eacute;al.</p>');
    // A script's or a style's content is no text; HTML that holds no word and no element stays as written.
    assert.deepEqual(read('<div><style>p { color: red; }</style><script>var a = 1;</script><p>Texte.</p></div>\n'), ['paragraph: Texte.']);
    assert.deepEqual(read('<Nom du soumissionnaire>\n'), ['html: <Nom du soumissionnaire>']);
  });
});

describe('Markdown parsing: inline content without inline syntax', () => {
  // markdown-it as markdownTree.ts sets it up, with its own inline parser for every text.
  const reference = new MarkdownIt('commonmark').enable('strikethrough').use(footnote);
  reference.inline.ruler.disable('footnote_inline');
  Object.assign(reference.options, { maxNesting: 1000 });
  const parsed = (text: string): Token[] => {
    const tokens: Token[] = [];
    reference.inline.parse(text, reference, {}, tokens);
    return tokens;
  };
  /** Whether the tokens made without the parser are the parser's, for a text the fast path takes. */
  const same = (text: string): boolean => {
    const tokens: Token[] = [];
    if (!plainInlineTokens(text, tokens)) return true;
    assert.deepStrictEqual(tokens, parsed(text), JSON.stringify(text));
    return false;
  };

  it("gives markdown-it's tokens for any text of words, blanks, line endings and punctuation (property)", () => {
    const pieces = [
      'a',
      'Prix',
      'é',
      '’',
      '«',
      '\u00a0',
      ' ',
      '  ',
      '   ',
      '\t',
      ' \t',
      '\n',
      ':',
      '-',
      '#',
      '|',
      '>',
      '1.',
      '$',
      '%',
      '+',
      '=',
      '@',
      ']',
      '^',
      '{',
      '}',
      '(',
      ')',
      '"',
      "'",
      '.',
      ',',
      '/',
    ];
    const syntax = ['\\', '`', '~', '*', '_', '[', '!', '<', '&'];
    let taken = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        if (!same(parts.join(''))) taken++;
      }),
      { numRuns: 3000, seed: 16 },
    );
    assert.equal(taken, 3000);
    // A text with any character that may open inline syntax goes to the parser.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.constantFrom(...syntax), (parts, mark) =>
        assert.equal(plainInlineTokens(parts.join('') + mark, []), false),
      ),
      { numRuns: 200, seed: 16 },
    );
  });

  it("gives markdown-it's tokens for every inline content of the examples, fixtures, shared corpus and generated tenders", () => {
    const folders = ['examples', 'test/fixtures'].map((folder) => join(ROOT, folder));
    if (existsSync(SHARED_CORPUS)) folders.push(SHARED_CORPUS);
    const texts = folders.flatMap((folder) => markdownFilesIn(folder).map((file) => readFileSync(file, 'utf8')));
    texts.push(generateTender(150_000, 1));
    let taken = 0;
    for (const text of texts) {
      for (const token of reference.parse(text, {})) if (token.type === 'inline' && !same(token.content)) taken++;
    }
    assert.ok(taken > 1000, `${taken} inline contents without inline syntax`);
  });
});
