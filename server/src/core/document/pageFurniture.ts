/**
 * Page furniture of a text copied from a PDF: the page numbers and the running headers and footers its pages
 * repeat, which fall between paragraphs or inside one (« … la soumission doit être↵Page 3 de 12↵Appel d'offres
 * no 2026-045↵signée par une personne autorisée. »). Such a line is no text of the passage it interrupts: the
 * parse reads the chunk without it (markdownTree's markdownBlocks), so that the paragraph it broke is one again.
 */

/**
 * A page number on a line of its own, recognisable alone: « Page 3 de 12 », « Page 3 of 12 », « page 3 »,
 * « p. 3/12 », « 3 / 12 », « - 3 - », « — 3 — ». A field (« Page 3 : … ») has more words; a bare number
 * (« 3 ») may be text, and is furniture only among the document's page numbers (runningLines).
 */
const PAGE_NUMBER = /^(?:(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:de|of|sur|\/)[ \t]*\d{1,4})?|\d{1,4}[ \t]*\/[ \t]*\d{1,4}|[-–—][ \t]*\d{1,4}[ \t]*[-–—])$/i;

/** Whether a line (its blanks around it aside) is a page number alone. */
function pageNumberLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 16 && PAGE_NUMBER.test(text);
}

/** A page number within a running line (« Appel d'offres no 2026-045 — Page 3 de 12 », « … | 3 »), where pages differ. */
const PAGE_PART = /\b(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:de|of|sur|\/)[ \t]*\d{1,4})?\b|\b\d{1,4}[ \t]*\/[ \t]*\d{1,4}\b/gi;

/** A line's key among its repetitions: its page number (PAGE_PART, or a number closing it after « | », a dash or a tab) as `#`. */
function withoutPageNumber(line: string): string {
  const key = line.replace(PAGE_PART, '#');
  let digits = key.length;
  while (digits > 0 && key.charCodeAt(digits - 1) >= 0x30 && key.charCodeAt(digits - 1) <= 0x39) digits--;
  if (digits === key.length || key.length - digits > 4) return key;
  let blank = digits;
  while (blank > 0 && (key[blank - 1] === ' ' || key[blank - 1] === '\t')) blank--;
  const separator = key[blank - 1];
  // The separator goes with the number (a pipe left would read as a table's).
  if (separator === '|' || separator === '–' || separator === '—') return `${key.slice(0, blank - 1)}#`;
  return key.slice(blank, digits).includes('\t') ? `${key.slice(0, blank)}#` : key;
}

/**
 * A line that may be a running header or footer: at the margin, opening with a letter, a digit or a quote, short,
 * and no Markdown block's opening (a heading, a list item, a table row, a quote, HTML): those are text.
 */
const RUNNING_CANDIDATE = /^[\p{L}\p{N}«"'’](?!\d{0,9}[.)](?:[ \t]|$))/u;
/** A list's entry typed without list markup (« a) … », « ii. … »): text. */
const ENTRY_OPENING = /^(?:[a-z]|[ivx]{1,5})[.)][ \t]/i;
const RUNNING_LENGTH = 160;
/** At least this many repetitions make a running line; twice may be text said twice. */
const RUNNING_COUNT = 3;
/** Lines between two of a running line's repetitions at least: a page is no shorter (a form's lines repeat closer). */
const PAGE_MIN_LINES = 8;
/** How much longer than the median page a page between two repetitions may be (roughly regular intervals). */
const PAGE_SPREAD = 2.5;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The line starts, in [from, to) of `text`, of the running headers and footers of the document: a line repeated
 * at least RUNNING_COUNT times at roughly regular intervals (its page number aside), and the bare page numbers
 * (« 3 ») that follow each other so. Such a line reads as one (runningLine), and is no line of a passage repeated
 * whole (a clause copied in each annex, its lines wrapped alike: the same line next to it at most repetitions). The page numbers pageNumberLine recognises are not
 * listed (the parse reads them alone). Lines in code fences are never furniture. One pass over the lines, for each
 * version of a document.
 */
export function runningLines(text: string, from: number, to: number): number[] {
  const groups = new Map<string, { lines: number[]; starts: number[]; numbers: number[] }>();
  /** Each line's group, BLANK, PAGE_NUMBER_LINE, or undefined for another line; and where each line starts and ends. */
  const keys: (string | undefined)[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let fence: string | undefined;
  let line = 0;
  for (let next = from; next < to; line++) {
    const start = next;
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    next = end + 1;
    keys.push(undefined);
    starts.push(start);
    ends.push(end);
    // Lines are sliced only when they may open or close a fence, or be furniture: short, at the margin.
    const first = textStart(text, start, end);
    const mark = text.charCodeAt(first);
    const written =
      mark === 0x60 || mark === 0x7e || (first === start && end - start <= RUNNING_LENGTH + 1)
        ? text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end)
        : '';
    const opening = mark === 0x60 || mark === 0x7e ? FENCE.exec(written) : null;
    if (fence !== undefined) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && written.trim() === opening[1]) fence = undefined;
    } else if (opening) fence = opening[1];
    else if (first === end || (first === end - 1 && mark === 13)) keys[line] = BLANK;
    else if (written.length <= RUNNING_LENGTH && RUNNING_CANDIDATE.test(written) && !ENTRY_OPENING.test(written)) {
      const trimmed = written.trimEnd();
      if (pageNumberLine(trimmed)) keys[line] = PAGE_NUMBER_LINE;
      else if (runningLine(trimmed)) {
        const bare = /^\d{1,4}$/.test(trimmed);
        const key = bare ? '#' : withoutPageNumber(trimmed);
        // A row of a table typed without its outer pipes is text.
        if (key.includes('|')) continue;
        keys[line] = key;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { lines: [], starts: [], numbers: [] }));
        group.lines.push(line);
        group.starts.push(start);
        if (bare) group.numbers.push(Number(trimmed));
      }
    }
  }
  const running = new Set<string>();
  for (const [key, group] of groups) {
    if (group.lines.length < RUNNING_COUNT || !regularly(group.lines)) continue;
    // Bare numbers are page numbers only when they count the pages up.
    if (key === '#' && !group.numbers.every((number, rank) => rank === 0 || number > group.numbers[rank - 1])) continue;
    running.add(key);
  }
  /** The line next to one in its paragraph, past furniture (its text), or undefined at the paragraph's edge. */
  const neighbour = (line: number, step: number): string | undefined => {
    for (let at = line + step; at >= 0 && at < keys.length; at += step) {
      const key = keys[at];
      if (key === BLANK) return undefined;
      if (key === PAGE_NUMBER_LINE || (key !== undefined && running.has(key))) continue;
      return text.slice(starts[at], ends[at]).trimEnd();
    }
    return undefined;
  };
  const found: number[] = [];
  for (const key of running) {
    const group = groups.get(key)!;
    // A line of a passage repeated whole has the same line next to it at most of its repetitions; a page's furniture, the page's text.
    const passage = [-1, 1].some((step) => {
      const counts = new Map<string, number>();
      for (const line of group.lines) {
        const beside = neighbour(line, step);
        if (beside !== undefined) counts.set(beside, (counts.get(beside) ?? 0) + 1);
      }
      return [...counts.values()].some((count) => 2 * count > group.lines.length);
    });
    if (!passage) found.push(...group.starts);
  }
  return found.sort((a, b) => a - b);
}

const BLANK = '';

/** Where a line's text starts, past its spaces and tabs (`end` for a blank line). */
function textStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  return at;
}
/** A key no line has: `\n` ends every line. */
const PAGE_NUMBER_LINE = '\n';

/**
 * A running header's or footer's words: not a sentence's end (closed by its punctuation, or a colon that opens what
 * follows) nor its continuation (opening in lower case), as a paragraph's wrapped lines are.
 */
function runningLine(key: string): boolean {
  return PAGE_COUNT_TAIL.test(key) || (!/^\P{L}*\p{Ll}/u.test(key) && !/[.,;:!?…]$/.test(key));
}

/** The page count of a page number wrapped onto the next line (« … — Page 3↵de 12 », an editor's hard wrap): no sentence's words. */
const PAGE_COUNT_TAIL = /^(?:de|of|sur|\/)[ \t]*\d{1,4}$/i;

/** Whether lines repeat as pages do: never close together, and no page much longer than the others. */
function regularly(lines: readonly number[]): boolean {
  const gaps = lines.slice(1).map((line, rank) => line - lines[rank]);
  if (gaps.some((gap) => gap < PAGE_MIN_LINES)) return false;
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  return sorted[sorted.length - 1] <= PAGE_SPREAD * median;
}

/** A line that may open a page number (PAGE_NUMBER), at most three blanks in. */
const MAY_OPEN_PAGE_NUMBER = /^[ \t]{0,3}(?:p(?:age)?[ \t.\d]|\d{1,4}[ \t]*\/|[-–—][ \t]*\d)/im;

/**
 * The lines of a chunk that are page furniture, by their index, in order: the page numbers alone (pageNumberLine; at
 * most three blanks in, as a paragraph's line is, and not in a code fence) and the lines that start at `running`
 * (runningLines' starts, from the chunk's start, in order). A furniture line between blank lines goes with the blank
 * line before it, so that what a page parted (a table's rows, a list's items, two paragraphs) is parted as before; but
 * a sentence the page cut, set apart by blank lines around its furniture as an OCR or a PDF's text export writes it
 * (« … entraîne↵↵Page 6 de 12↵↵le rejet automatique… »), is one paragraph again: the blank lines go with the furniture
 * when the text before it ends mid-sentence (sentenceCut) and the text after it goes on in lower case (goesOn).
 */
export function furnitureLines(chunk: string, running: readonly number[]): number[] {
  // Most chunks hold no running line and no line that may open a page number: one scan of the text tells.
  if (running.length === 0 && !MAY_OPEN_PAGE_NUMBER.test(chunk)) return [];
  const furniture: number[] = [];
  const blank: boolean[] = [];
  const starts: number[] = [];
  let fence: string | undefined;
  let next = 0;
  let line = 0;
  for (let start = 0; start <= chunk.length; line++) {
    let end = chunk.indexOf('\n', start);
    if (end === -1) end = chunk.length;
    starts.push(start);
    while (next < running.length && running[next] < start) next++;
    // Most lines are read by their first character only: a fence's, or none (blank), or a short line's.
    const first = textStart(chunk, start, end);
    const mark = chunk.charCodeAt(first);
    const opening = mark === 0x60 || mark === 0x7e ? FENCE.exec(chunk.slice(start, end)) : null;
    blank.push(fence === undefined && first === end);
    if (fence !== undefined) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && chunk.slice(start, end).trim() === opening[1]) fence = undefined;
    } else if (opening) fence = opening[1];
    else if (running[next] === start || (end - start <= 24 && first < end && first - start <= 3 && pageNumberLine(chunk.slice(start, end))))
      furniture.push(line);
    start = end + 1;
  }
  const text = (at: number) => chunk.slice(starts[at], at + 1 < starts.length ? starts[at + 1] - 1 : chunk.length);
  const lines: number[] = [];
  for (let rank = 0; rank < furniture.length;) {
    // The run of furniture lines a page put between two lines of text, blank lines between them and around them.
    const run = [furniture[rank]];
    for (let after = run[0] + 1; ; after++) {
      while (after < blank.length && blank[after]) after++;
      if (furniture[rank + 1] !== after) break;
      run.push(furniture[++rank]);
    }
    rank++;
    let first = run[0];
    while (first > 0 && blank[first - 1]) first--;
    let last = run[run.length - 1];
    while (last + 1 < blank.length && blank[last + 1]) last++;
    if (first > 0 && last + 1 < blank.length && sentenceCut(text(first - 1)) && goesOn(text(last + 1))) {
      for (let at = first; at <= last; at++) lines.push(at);
      continue;
    }
    for (const at of run) {
      if (at > 0 && blank[at - 1] && (at + 1 === blank.length || blank[at + 1]) && lines[lines.length - 1] !== at - 1) lines.push(at - 1);
      lines.push(at);
    }
  }
  return lines;
}

/** A line a sentence may go on past: it ends with a word, a figure, a comma or a word's hyphen, and is no heading. */
export function sentenceCut(line: string): boolean {
  return /[\p{L}\p{N},-]$/u.test(line.trimEnd()) && !/^ {0,3}#/.test(line);
}

/** A line that goes on a sentence: it opens in lower case at the margin (three blanks in at most), and no list's entry (« b) … »). */
function goesOn(line: string): boolean {
  return /^ {0,3}\p{Ll}/u.test(line) && !ENTRY_OPENING.test(line.trimStart()) && !/^ {0,3}o\t/.test(line);
}

/** Lines of a page's furniture between a sentence and its continuation at most (a footer, a page number, a header, wrapped). */
const FURNITURE_RUN_LINES = 6;
/** How far past a block boundary furnitureContinues reads: a run of furniture lines and the blank lines between them. */
export const FURNITURE_RUN_CHARS = FURNITURE_RUN_LINES * (RUNNING_LENGTH + 3) + 2;

/**
 * Whether the text at a block boundary, after a sentence cut (sentenceCut), may go on that sentence past a page's
 * furniture: within a few short lines (FURNITURE_RUN_LINES, a running line's length at most) a block opens as a
 * continuation does (goesOn), as furnitureLines wants to join it. Reads text[start, start + FURNITURE_RUN_CHARS) only. A
 * telegraphic document's paragraphs (« Validité : 90 jours ») end without punctuation too, but none goes on.
 */
export function furnitureContinues(text: string, start: number): boolean {
  const end = Math.min(text.length, start + FURNITURE_RUN_CHARS);
  let lines = 0;
  let afterBlank = true;
  for (let lineStart = start; lineStart < end;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';
    if (!blank) {
      if (afterBlank && goesOn(line)) return true;
      if (++lines > FURNITURE_RUN_LINES || line.trimEnd().length > RUNNING_LENGTH) return false;
    }
    afterBlank = blank;
    lineStart = lineEnd + 1;
  }
  return false;
}

/** The page furniture's lines of a chunk (furnitureLines), each with its line feed: where it starts, its length. */
export function furnitureRanges(chunk: string, running: readonly number[] = []): { from: number; length: number }[] {
  const lines = furnitureLines(chunk, running);
  if (lines.length === 0) return [];
  const ranges: { from: number; length: number }[] = [];
  let next = 0;
  for (let start = 0, line = 0; next < lines.length && start <= chunk.length; line++) {
    let end = chunk.indexOf('\n', start);
    if (end === -1) end = chunk.length;
    if (line === lines[next]) {
      ranges.push({ from: start, length: Math.min(end + 1, chunk.length) - start });
      next++;
    }
    start = end + 1;
  }
  return ranges;
}
