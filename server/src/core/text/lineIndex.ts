import type { Position, Range } from '../types.js';

const LONE_CR = /\r(?!\n)/;

/**
 * The text with each lone carriage return (old Mac-style line endings, some exporters) replaced by a
 * line feed: the same length, the same offsets and the same lines (a lone CR ends a line for LSP and
 * for this index), so the parsers, which split lines at line feeds, see the lines the editor shows.
 * U+2028 and U+2029 are not line breaks for LSP clients; wording matching reads them as spaces.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') && LONE_CR.test(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** Converts between string offsets and line/character positions of one text. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(
    readonly text: string,
    lineStarts?: number[],
  ) {
    this.lineStarts = lineStarts ?? scanLineStarts(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, an edit of this index's text where text[0, prefix) and the text after
   * oldEnd (here) / newEnd (there) are unchanged: only the changed lines are scanned again.
   */
  edited(text: string, change: { prefix: number; oldEnd: number; newEnd: number }): LineIndex {
    const { prefix, oldEnd, newEnd } = change;
    const old = this.lineStarts;
    // A line start s depends on the characters at s - 1 and s only (CR, LF or CRLF).
    const starts: number[] = [];
    let i = 0;
    while (i < old.length && old[i] <= prefix - 1) starts.push(old[i++]);
    if (starts.length === 0) starts.push(0);
    const from = Math.max(0, prefix - 1);
    scanLineStarts(text, from, newEnd, starts, newEnd);
    const delta = newEnd - oldEnd;
    while (i < old.length && old[i] <= oldEnd) i++;
    while (i < old.length) starts.push(old[i++] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset just past the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    while (end > this.lineStarts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(Math.max(0, position.line)));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** Appends the line starts found after the line breaks in text[from, to), up to `limit`. */
function scanLineStarts(text: string, from: number, to: number, starts: number[], limit = Infinity): number[] {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (i + 1 <= limit) starts.push(i + 1);
    } else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 <= limit) starts.push(i + 1);
    }
  }
  return starts;
}
