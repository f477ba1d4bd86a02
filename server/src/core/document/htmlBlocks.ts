import BLOCK_NAMES from 'markdown-it/lib/common/html_blocks.mjs';
import { LIMITS } from './limits.js';
import type { MarkdownBlock } from './markdownTree.js';
import { htmlTableRows, htmlText } from './pandocTables.js';

/**
 * The passages an HTML block holds, as a web page saved with its HTML has them (a CMS's, a wiki's: `<h3>`, `<p>`,
 * `<ul><li>`, `<table>`, a `<div>` around them, a disclosure's `<summary>`), their offsets in the block's HTML. CommonMark
 * reads a block that opens with such an element as HTML up to the next blank line, which the analysis read as one raw
 * unit: a title followed by its paragraph was no title, and a paragraph or a list item written so was read with its
 * tags and character references (« ne s&rsquo;engage &agrave; accepter aucune… ») as no passage states.
 *
 * An element of a block's kind (CommonMark's list: `p`, `div`, `li`, `h1`…) starts and ends a passage; other tags (`<strong>`,
 * `<a>`, `<sup>`, `<br>`) are inline, the passage's text read as a table cell's is (htmlText: a `<br>` a line ending,
 * character references decoded). A heading element is a heading of its depth, a summary a title typed (a disclosure's,
 * whose closing `</details>` is kept as HTML: its section ends there); text in a list
 * item is the item's (a list in it nested under it, as Markdown's); a `<table>` is a table (htmlTableRows); a comment
 * stays HTML (a `tender-ignore` directive is read there); a script's, style's or template's content is no text.
 */
export function htmlBlocks(html: string, decode: (text: string) => string): MarkdownBlock[] {
  const lower = html.toLowerCase();
  const root: MarkdownBlock[] = [];
  // The elements open, innermost last; a list's or a list item's holds the blocks it makes.
  const open: { name: string; block?: MarkdownBlock }[] = [];
  // Where the passage being read starts (its element's tag, or its first character: -1 until text comes) and its content.
  let passageStart = -1;
  let contentStart = 0;
  /** The blocks the passages and lists go in: the innermost list item's, or the block's. */
  const container = (): MarkdownBlock[] => {
    const item = innermost(open, (element) => element.block?.type === 'listItem');
    return item === -1 ? root : open[item].block!.children!;
  };
  /** The passage read up to `to`, ended by the tag `to`…`tagEnd` (its element's closing tag when `closing`). */
  const flush = (to: number, tagEnd: number, closing: boolean): void => {
    const text = htmlText(html.slice(contentStart, to), decode);
    if (text !== '') {
      const first = contentStart + html.slice(contentStart, to).search(/\S/);
      const start = passageStart === -1 ? first : passageStart;
      const end = closing ? tagEnd : contentStart + html.slice(contentStart, to).trimEnd().length;
      const element = open.length ? open[open.length - 1].name : '';
      const block: MarkdownBlock = /^h[1-6]$/.test(element)
        ? { type: 'heading', start, end, value: text, depth: Number(element[1]) }
        : { type: 'paragraph', start, end, value: text };
      if (element === 'summary') Object.assign(block, { title: true, disclosure: true });
      add(block);
    }
    passageStart = -1;
    contentStart = tagEnd;
  };
  /** A block added where it stands; a list item's end moves to it. */
  const add = (block: MarkdownBlock): void => {
    container().push(block);
    for (const element of open) if (element.block && element.block.end < block.end) element.block.end = block.end;
  };
  /** The elements closed down to the innermost `name` (those inside it left unclosed, as HTML closes them); none without one. */
  const close = (name: string, end: number): void => {
    const at = innermost(open, (element) => element.name === name);
    if (at === -1) return;
    for (const element of open.splice(at)) if (element.block) element.block.end = Math.max(element.block.end, end);
  };
  for (let tag = html.indexOf('<'); tag !== -1; tag = html.indexOf('<', tag + 1)) {
    if (html.startsWith('<!--', tag)) {
      const commentEnd = html.indexOf('-->', tag + 4);
      const end = commentEnd === -1 ? html.length : commentEnd + 3;
      flush(tag, end, false);
      add({ type: 'html', start: tag, end, value: html.slice(tag, end) });
      tag = end - 1;
      continue;
    }
    const name = TAG_NAME.exec(lower.slice(tag + 1, tag + 16))?.[1];
    const tagEnd = name === undefined ? -1 : lower.indexOf('>', tag);
    if (tagEnd === -1) continue;
    const closing = lower.charCodeAt(tag + 1) === 0x2f; /* / */
    const end = tagEnd + 1;
    if (!closing && SKIPPED.has(name!)) {
      // Its content is none of the text, up to its closing tag.
      const after = lower.indexOf(`</${name}`, end);
      flush(tag, end, false);
      contentStart = after === -1 ? html.length : lower.indexOf('>', after) + 1 || html.length;
      tag = contentStart - 1;
      continue;
    }
    if (!BLOCK_ELEMENTS.has(name!)) continue;
    flush(tag, end, closing && open.length > 0 && open[open.length - 1].name === name);
    if (closing) {
      close(name!, end);
      // A disclosure's end ends the section its summary heads (model.ts, buildSections): kept as the HTML it is.
      if (name === 'details') add({ type: 'html', start: tag, end, value: html.slice(tag, end) });
      continue;
    }
    if (name === 'table') {
      const tableEnd = matchingEnd(lower, 'table', end);
      const { rows, headless } = htmlTableRows(html.slice(tag, tableEnd), decode);
      const placed = rows.map((row) => ({ start: tag + row.start, end: tag + row.end, cells: row.cells }));
      if (placed.length) add({ type: 'table', start: tag, end: tableEnd, value: '', rows: placed, headless });
      tag = tableEnd - 1;
      contentStart = tableEnd;
      continue;
    }
    // Elements nested past the limit are read as text of the ones around them (each tag's work stays bounded).
    if (open.length >= LIMITS.nesting * 2) {
      passageStart = tag;
      continue;
    }
    if (LIST_ELEMENTS.has(name!)) {
      const list: MarkdownBlock = { type: 'list', start: tag, end, value: '', children: [] };
      add(list);
      open.push({ name: name!, block: list });
    } else if (name === 'li') {
      // An item left open ends where the next starts, as HTML ends it.
      const item = innermost(open, (element) => element.block?.type === 'listItem');
      const list = innermost(open, (element) => element.block?.type === 'list');
      if (item > list && list !== -1) close('li', tag);
      const block: MarkdownBlock = { type: 'listItem', start: tag, end, value: '', children: [] };
      // An item outside any list (its list's opening tag in another block) is a list's of its own.
      if (list === -1) add({ type: 'list', start: tag, end, value: '', children: [block] });
      else open[list].block!.children!.push(block);
      open.push({ name, block });
    } else if (!VOID_ELEMENTS.has(name!)) open.push({ name: name! });
    passageStart = tag;
  }
  flush(html.length, html.length, false);
  return withoutEmptyLists(root);
}

/** The index of the innermost open element that `is`, or -1. */
function innermost<T>(open: readonly T[], is: (element: T) => boolean): number {
  for (let index = open.length - 1; index >= 0; index--) if (is(open[index])) return index;
  return -1;
}

/** A tag's name after its `<` (or `</`): letters and digits, then a blank, `>` or `/`. */
const TAG_NAME = /^\/?([a-z][a-z\d]*)(?=[\s/>])/;

/** The elements whose tags start and end a passage: CommonMark's HTML blocks' (markdown-it's list), a preformatted text's. */
const BLOCK_ELEMENTS = new Set([...BLOCK_NAMES, 'pre', 'blockquote', 'dd', 'dt']);

/** The elements of a list: the items they hold are a list's. */
const LIST_ELEMENTS = new Set(['ul', 'ol', 'menu', 'dir']);

/** Elements that hold no text and have no closing tag. */
const VOID_ELEMENTS = new Set(['hr', 'col', 'base', 'basefont', 'link', 'param', 'track', 'frame']);

/** Elements whose content is no text of the page: a script, a style sheet, a template. */
const SKIPPED = new Set(['script', 'style', 'template']);

/** Where the element opened before `from` ends: after its closing tag, elements of its name nested in it counted; the HTML's end when unclosed. */
function matchingEnd(lower: string, name: string, from: number): number {
  let depth = 1;
  for (let at = lower.indexOf(`<`, from); at !== -1; at = lower.indexOf('<', at + 1)) {
    const closing = lower.charCodeAt(at + 1) === 0x2f;
    if (!lower.startsWith(name, at + (closing ? 2 : 1)) || !/[\s/>]/.test(lower[at + name.length + (closing ? 2 : 1)] ?? '')) continue;
    if (!closing) depth++;
    else if (--depth === 0) return lower.indexOf('>', at) + 1 || lower.length;
  }
  return lower.length;
}

/** The blocks without the lists and items that hold no passage. */
function withoutEmptyLists(blocks: MarkdownBlock[]): MarkdownBlock[] {
  return blocks.flatMap((block) => {
    if (block.type !== 'list' && block.type !== 'listItem') return [block];
    const children = withoutEmptyLists(block.children!);
    return children.length ? [{ ...block, children }] : [];
  });
}
