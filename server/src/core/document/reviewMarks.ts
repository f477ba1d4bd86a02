/**
 * The review marks of a draft under legal review: text struck through (GFM's `~~…~~`, the superseded wording, its
 * replacement after it), CriticMarkup (`{++ ajout ++}`, `{-- retrait --}`, `{~~ ancien ~> nouveau ~~}`, `{>>
 * commentaire <<}`, `{== surligné ==}`) and a Word document's tracked changes as pandoc writes them (TRACKED). What a
 * mark deletes (struck text, a deletion, a substitution's old side, a comment) is no text of the tender, as the legal
 * office will publish it; an insertion, a substitution's new side and highlighted text are. The parse reads a chunk
 * without the deleted spans and the marks' own characters (markdownTree's markdownBlocks), the offsets staying the
 * document's, as it reads it without its page furniture (pageFurniture.ts); a reader of a unit's Markdown reads it
 * blanked (publishedMarkdown).
 */

import { furnitureRanges } from './pageFurniture.js';
import type { ParsedBlock } from './markdown.js';
import type { DocumentModel, DocumentUnit } from './model.js';
import type { OffsetRange } from './frontMatter.js';

/** A span of a chunk left out of its published text: where it starts, its length. */
export interface Unpublished {
  from: number;
  length: number;
}

/** A chunk that may hold a review mark: most hold none, and one scan of the text tells. */
const MAY_HOLD_MARK = /~~|\{(?:\+\+|--|~~|>>|==)|\]\{/;

/**
 * A Word document's tracked changes and comments, as pandoc's Markdown writes them with `--track-changes=all` (pandoc's
 * manual, « --track-changes=accept|reject|all »: « all includes all insertions, deletions, and comments, wrapped in
 * spans with insertion, deletion, comment-start, and comment-end classes, respectively »; « a paragraph inserted or
 * deleted » gets an empty span `paragraph-insertion` or `paragraph-deletion`; pandoc's test/command/6959.md):
 * `[ancien texte]{.deletion author="…" date="…"}`, `[nouveau texte]{.insertion author="…" date="…"}`, `[Texte du
 * commentaire]{.comment-start id="0" author="…" date="…"}texte commenté[]{.comment-end id="0"}`, the attributes wrapped
 * at a line end as pandoc wraps its lines. The class says whether the span's text is deleted (a deletion, a comment's
 * text) or kept (an insertion; a comment's end, a paragraph's mark, empty or around another mark). With
 * `--track-changes=accept`, pandoc's default, the changes are accepted and no mark is left.
 */
const TRACKED: Record<string, boolean> = {
  deletion: true,
  'comment-start': true,
  insertion: false,
  'comment-end': false,
  'paragraph-insertion': false,
  'paragraph-deletion': false,
};

/** The longest attributes of a tracked change read (a class, an id, an author, a date). */
const TRACKED_ATTRIBUTES = 400;

/** A code fence's opening or closing line (its text is code: no mark in it). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** CriticMarkup's marks: each opening's closing, and whether what it holds is deleted (a comment is no text either). */
const CRITIC: Record<string, { closing: string; deleted: boolean }> = {
  '{++': { closing: '++}', deleted: false },
  '{--': { closing: '--}', deleted: true },
  '{~~': { closing: '~~}', deleted: false },
  '{>>': { closing: '<<}', deleted: true },
  '{==': { closing: '==}', deleted: false },
};

/** What closes a sentence or a clause, which takes no blank before it once the text before it is deleted. */
const CLOSING_PUNCTUATION = /[.,;:!?)\]»]/;

const isBlank = (character: string | undefined) => character === ' ' || character === '\t';
const isSpace = (character: string | undefined) => character === undefined || /\s/u.test(character);
const isPunctuation = (character: string | undefined) => character !== undefined && /[\p{P}\p{S}]/u.test(character);

/**
 * The spans of a chunk that its review marks leave out of the published text, in order, not overlapping: a deleted
 * span with the blanks that would double once it is gone (« de ~~10~~ 20 jours » reads « de 20 jours »), a mark's
 * characters with the blanks inside it (« {++ 4° … ++} » reads « 4° … »), and a line left with nothing else whole
 * (a struck clause on its own line), its line feed too, so that a paragraph it was a line of stays one. Strikethrough
 * is GFM's as remark-gfm reads it without single tildes: a run of two tildes that opens before text and closes after
 * text, within a paragraph; a lone `~`, a run of three, `~~` between blanks, and anything in code (a fence, a code
 * span) or an HTML comment are no mark. A CriticMarkup mark may go past a line's end, not past a blank line.
 * `withComments`: an HTML comment is left out too, as a deleted span (a reviewer's note inside a sentence, « le mercredi
 * <!-- à vérifier --> 28 septembre », is no text of it); the parse keeps comments, which hold the `tender-ignore` directives.
 */
export function reviewDeletions(text: string, withComments = false): Unpublished[] {
  if (!MAY_HOLD_MARK.test(text) && !(withComments && text.includes('<!--'))) return [];
  const spans: [number, number][] = [];
  /** A deleted span, with the blanks it would leave doubled, or before a closing punctuation. */
  const deleted = (from: number, to: number) => {
    let [start, end] = [from, to];
    if ((start === 0 || isSpace(text[start - 1])) && isBlank(text[end])) while (isBlank(text[end])) end++;
    else if (isBlank(text[start - 1]) && (end === text.length || text[end] === '\n' || text[end] === '\r' || CLOSING_PUNCTUATION.test(text[end])))
      while (isBlank(text[start - 1])) start--;
    spans.push([start, end]);
  };
  /** A mark's opening (the blanks after it go with it) or closing (the blanks before it). */
  const opening = (from: number, to: number) => {
    let end = to;
    while (isBlank(text[end])) end++;
    spans.push([from, end]);
  };
  const closing = (from: number, to: number) => {
    let start = from;
    while (start > 0 && isBlank(text[start - 1])) start--;
    spans.push([start, to]);
  };
  /** Where `closer` is after `from` before a blank line, or -1. */
  const closedAt = (closer: string, from: number) => {
    const at = text.indexOf(closer, from);
    return at === -1 || /\n[ \t]*\r?\n/.test(text.slice(from, at)) ? -1 : at;
  };

  // Where each bracket a tracked change may open closes, found once (a chunk of links has many).
  const closes = text.includes(']{') ? bracketCloses(text) : undefined;
  let fence: string | undefined;
  let struck = -1;
  for (let index = 0; index < text.length;) {
    if (index === 0 || text[index - 1] === '\n') {
      let lineEnd = text.indexOf('\n', index);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(index, lineEnd);
      const fenced = FENCE.exec(line);
      if (fence !== undefined) {
        if (fenced && fenced[1][0] === fence[0] && fenced[1].length >= fence.length && line.trim() === fenced[1]) fence = undefined;
        index = lineEnd + 1;
        continue;
      }
      if (fenced) {
        fence = fenced[1];
        struck = -1;
        index = lineEnd + 1;
        continue;
      }
      // A blank line ends the paragraph: a strikethrough opened in it is none.
      if (line.trim() === '') struck = -1;
    }
    const character = text[index];
    if (character === '\\') {
      index += 2;
      continue;
    }
    if (character === '`') {
      let run = index;
      while (text[run] === '`') run++;
      const ticks = text.slice(index, run);
      // A code span closes with a run of as many backticks, within its paragraph.
      let close = closedAt(ticks, run);
      while (close !== -1 && (text[close - 1] === '`' || text[close + ticks.length] === '`')) close = closedAt(ticks, close + 1);
      index = close === -1 ? run : close + ticks.length;
      continue;
    }
    if (character === '<' && text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (withComments && close !== -1) deleted(index, close + 3);
      index = close === -1 ? text.length : close + 3;
      continue;
    }
    const tracked = character === '[' && closes ? trackedChange(text, index, closes) : undefined;
    if (tracked?.deleted) {
      deleted(index, tracked.end);
      index = tracked.end;
      continue;
    }
    if (tracked) {
      // Its brackets and attributes only: blanks inside are the inserted text's. Its text is read on (a comment's end in it).
      spans.push([index, index + 1], [tracked.close, tracked.end]);
      index++;
      continue;
    }
    const critic = character === '{' ? CRITIC[text.slice(index, index + 3)] : undefined;
    if (critic) {
      const close = closedAt(critic.closing, index + 3);
      const arrow = text.slice(index, index + 3) === '{~~' && close !== -1 ? text.slice(index + 3, close).indexOf('~>') : -1;
      if (close !== -1 && (text.slice(index, index + 3) !== '{~~' || arrow !== -1)) {
        if (critic.deleted) deleted(index, close + 3);
        else {
          // A substitution's old side goes with its opening.
          opening(index, arrow === -1 ? index + 3 : index + 3 + arrow + 2);
          closing(close, close + 3);
        }
        index = close + 3;
        continue;
      }
    }
    if (character === '~') {
      let run = index;
      while (text[run] === '~') run++;
      if (run - index === 2) {
        const [before, after] = [text[index - 1], text[run]];
        // GFM's flanking: an opening run is followed by text, a closing one follows text (punctuation only beside a blank or punctuation).
        const opens = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
        const closes = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
        if (struck !== -1 && closes) {
          deleted(struck, run);
          struck = -1;
        } else if (opens) struck = index;
      }
      index = run;
      continue;
    }
    index++;
  }
  return wholeLines(text, merged(spans));
}

/** Where each `[` of a text closes (its matching `]`, within its paragraph), by the opening's offset. */
function bracketCloses(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '[') open.push(index);
    else if (character === ']' && open.length > 0) closes.set(open.pop()!, index);
    else if (character === '\n') {
      let next = index + 1;
      while (isBlank(text[next]) || text[next] === '\r') next++;
      // A blank line ends the paragraph: what it left open is no span.
      if (text[next] === '\n') open.length = 0;
    }
  }
  return closes;
}

/** The tracked change a bracket opens (TRACKED): where its text closes, where its attributes end, whether its text is deleted. */
function trackedChange(text: string, from: number, closes: ReadonlyMap<number, number>): { close: number; end: number; deleted: boolean } | undefined {
  const close = closes.get(from);
  if (close === undefined || text[close + 1] !== '{') return undefined;
  const attributes = text.slice(close + 2, close + 2 + TRACKED_ATTRIBUTES);
  const length = attributes.indexOf('}');
  if (length === -1 || attributes.lastIndexOf('{', length) !== -1 || /\n[ \t]*\r?\n/.test(attributes.slice(0, length))) return undefined;
  for (const word of attributes.slice(0, length).split(/\s+/)) {
    const deleted = word.startsWith('.') ? TRACKED[word.slice(1)] : undefined;
    if (deleted !== undefined) return { close, end: close + 3 + length, deleted };
  }
  return undefined;
}

/** Spans in order, those that overlap or touch made one. */
function merged(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([...span]);
  }
  return out;
}

/** The spans, a line they leave with nothing but blanks (that had text) taken whole, its line feed with it. */
function wholeLines(text: string, spans: [number, number][]): Unpublished[] {
  const lines: [number, number][] = [];
  let rank = 0;
  for (let start = 0; start < text.length && rank < spans.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    while (rank < spans.length && spans[rank][1] <= start) rank++;
    let emptied = rank < spans.length && spans[rank][0] < end;
    for (let at = start, next = rank; emptied && at < end; at++) {
      while (next < spans.length && spans[next][1] <= at) next++;
      const inSpan = next < spans.length && spans[next][0] <= at;
      if (!inSpan && !isSpace(text[at])) emptied = false;
    }
    if (emptied) lines.push([start, Math.min(end + 1, text.length)]);
    start = end + 1;
  }
  return merged([...spans, ...lines]).map(([from, to]) => ({ from, length: to - from }));
}

/**
 * What a chunk's Markdown holds that its units' text does not (the parse left it out): its page furniture's lines,
 * what its review marks delete and its HTML comments, in order; a reader of a unit's Markdown (a date's) leaves them out too.
 */
export function unpublishedRanges(parsed: Pick<ParsedBlock, 'text' | 'running'>): Unpublished[] {
  const ranges = [...furnitureRanges(parsed.text, parsed.running), ...reviewDeletions(parsed.text, true)];
  if (ranges.length === 0) return ranges;
  return merged(ranges.map(({ from, length }) => [from, from + length])).map(([from, to]) => ({ from, length: to - from }));
}

const PUBLISHED = new WeakMap<ParsedBlock, string>();

/**
 * A chunk's Markdown as it will be published, for a reader of a unit's Markdown (a sentence's, a clock time's, an
 * address's): each character of what it holds unpublished (unpublishedRanges) a blank, so that offsets stay the
 * Markdown's. « à ~~10 h~~ 14 h » reads « à          14 h ».
 */
function publishedMarkdown(parsed: ParsedBlock): string {
  let text = PUBLISHED.get(parsed);
  if (text === undefined) {
    const pieces: string[] = [];
    let copied = 0;
    for (const { from, length } of unpublishedRanges(parsed)) {
      pieces.push(parsed.text.slice(copied, from), ' '.repeat(length));
      copied = from + length;
    }
    text = copied === 0 ? parsed.text : pieces.join('') + parsed.text.slice(copied);
    PUBLISHED.set(parsed, text);
  }
  return text;
}

/** A chunk's unit's Markdown as it will be published (publishedMarkdown), at the chunk's offsets from its start. */
export function publishedUnitMarkdown(parsed: ParsedBlock, unit: { start: number; end: number }): string {
  return publishedMarkdown(parsed).slice(unit.start, unit.end);
}

/** A unit's Markdown as it will be published (publishedMarkdown), at the document's offsets from its start. */
export function unitMarkdown(model: DocumentModel, unit: DocumentUnit): string {
  const block = model.blocks[unit.blockIndex];
  return publishedUnitMarkdown(block.parsed, { start: unit.start - block.offset, end: unit.end - block.offset });
}

/** The first review mark of a document's body (its span, blanks left out), if it holds any. */
export function firstReviewMark(model: DocumentModel): OffsetRange | undefined {
  for (const block of model.blocks) {
    if (block.offset < model.bodyStart) continue;
    const [first] = reviewDeletions(block.parsed.text);
    if (!first) continue;
    const written = block.parsed.text.slice(first.from, first.from + first.length);
    const start = block.offset + first.from + (written.length - written.trimStart().length);
    return { start, end: Math.max(start, block.offset + first.from + written.trimEnd().length) };
  }
  return undefined;
}
