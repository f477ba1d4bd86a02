/**
 * Expectations of the shared corpus (`NAME.expect.md`), written by people for people: a line
 * "**Conformité :** conforme" or "non conforme — N défauts délibérés", and for a non-compliant document a
 * table whose rows give a citation id and the lines it concerns ("18, 33", "83–92 (absence)").
 * The parser is strict about what decides the measurement (an unreadable row is an error, never a row
 * skipped) and lenient about typography (spaces, dashes, bold, column order).
 */
import { parseCitationId } from '../../server/src/core/index.js';

export interface LineSpan {
  from: number;
  to: number;
}

export interface ExpectedFinding {
  citation: string;
  /** 1-based, front-matter included; never empty. */
  lines: LineSpan[];
  /** "(absence)": the item is missing, the lines only say where it belonged. */
  absence: boolean;
  /** The row's description of the defect. */
  description: string;
  /** 1-based line of the row in the expectation file, for messages. */
  row: number;
}

export interface Expectation {
  compliant: boolean;
  findings: ExpectedFinding[];
}

export class ExpectationError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `line ${line}: ${message}` : message);
  }
}

// Spaces of French typography (no-break, narrow no-break) count as spaces.
const SPACES = /\s+/g;
const normalise = (text: string) => text.replace(SPACES, ' ').trim();
const COUNT_WORDS: Record<string, number> = { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 };

export function parseExpectation(text: string): Expectation {
  const lines = text.split(/\r?\n/);
  let compliant: boolean | undefined;
  let declaredCount: number | undefined;
  const findings: ExpectedFinding[] = [];
  let columns: { citation: number; lines: number; description: number } | undefined;

  lines.forEach((raw, index) => {
    const line = normalise(raw);
    const number = index + 1;
    // "**Conformité :** conforme." — the colon may sit inside or outside the bold, accents may be missing.
    const verdict = /^\W*conformit[ée][^\w:]*:\W*(non[ -])?conforme\b(.*)$/i.exec(line.replace(/\*/g, ''));
    if (verdict) {
      if (compliant !== undefined) throw new ExpectationError('the conformity is stated twice', number);
      compliant = !verdict[1];
      const count = /(\d+|[a-z]+)\s+d[ée]fauts?\b/i.exec(verdict[2]);
      if (count) declaredCount = /\d/.test(count[1]) ? Number(count[1]) : COUNT_WORDS[count[1].toLowerCase()];
      return;
    }
    if (!line.startsWith('|')) {
      columns = undefined;
      return;
    }
    const cells = line
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|$/, '')
      .split(/(?<!\\)\|/)
      .map((cell) => normalise(cell));
    if (!columns) {
      // A table is an expectation table when its header names a citation and lines; columns by name.
      const citation = cells.findIndex((cell) => /^citation/i.test(cell));
      const lineColumn = cells.findIndex((cell) => /^(?:lignes?|lines?)(?:\b|\(s\))/i.test(cell));
      if (citation >= 0 && lineColumn >= 0) {
        const description = cells.findIndex((_, i) => i !== citation && i !== lineColumn);
        columns = { citation, lines: lineColumn, description };
      } else columns = { citation: -1, lines: -1, description: -1 };
      return;
    }
    if (columns.citation < 0 || cells.every((cell) => /^:?-+:?$/.test(cell))) return;
    const citation = readCitation(cells[columns.citation] ?? '');
    if (!parseCitationId(citation)) throw new ExpectationError(`"${citation}" is not one citation id (4.6°, 7.al2, A2.9…)`, number);
    findings.push({
      citation,
      ...parseLines(cells[columns.lines] ?? '', number),
      description: columns.description >= 0 ? (cells[columns.description] ?? '') : '',
      row: number,
    });
  });

  if (compliant === undefined) throw new ExpectationError('no "**Conformité :** conforme" or "non conforme" line');
  if (compliant && findings.length) throw new ExpectationError(`the document is "conforme" but ${findings.length} defect row(s) are listed`, findings[0].row);
  if (!compliant && !findings.length) throw new ExpectationError('the document is "non conforme" but no defect row (| `citation` | lines | … |) was found');
  if (declaredCount !== undefined && declaredCount !== findings.length) {
    throw new ExpectationError(`${declaredCount} defect(s) announced, ${findings.length} row(s) listed`);
  }
  return { compliant, findings };
}

/** "`4.6°`", "4.6°", "`4.6º`" (ordinal sign for degree sign); two citations in one cell are refused. */
function readCitation(cell: string): string {
  const quoted = cell.match(/`[^`]*`/g);
  const id = quoted?.length === 1 ? quoted[0].slice(1, -1) : cell;
  return id.replace(/º/g, '°').replace(SPACES, '');
}

/** "18, 33", "83–92 (absence)", "23, 75 et 77", "lignes 99 à 109", "l. 12-14; 20". */
export function parseLines(cell: string, row = 0): { lines: LineSpan[]; absence: boolean } {
  const absence = /\babsen/i.test(cell);
  const bare = cell
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:lignes?|l\.)/gi, ' ')
    .trim();
  const lines: LineSpan[] = [];
  for (const part of bare.split(/\s*(?:,|;|\bet\b)\s*/i)) {
    if (!part) continue;
    const span = /^(\d+)(?:(?:\s*[-‐‑–—]\s*|\s+à\s+)(\d+))?$/.exec(part);
    if (!span) throw new ExpectationError(`cannot read the lines "${cell}"`, row);
    const from = Number(span[1]);
    const to = span[2] ? Number(span[2]) : from;
    if (from < 1 || to < from) throw new ExpectationError(`line range "${part}" is empty`, row);
    lines.push({ from, to });
  }
  if (!lines.length) throw new ExpectationError(`no line given in "${cell}"`, row);
  return { lines, absence };
}

/**
 * Whether a finding (citation, 1-based first and last line) is the expected one: same citation, and its
 * range overlaps the expected lines (a grid finding spans its table, a row names some of its lines).
 * For an absence the lines only say where the item belonged, and the product reports a missing item at
 * the section heading, the notice heading or the `type` key: any line of the document matches.
 */
export function matchesExpected(expected: ExpectedFinding, finding: { citation: string; firstLine: number; lastLine: number }): boolean {
  if (finding.citation !== expected.citation) return false;
  if (expected.absence) return true;
  return expected.lines.some((span) => finding.firstLine <= span.to && finding.lastLine >= span.from);
}

export const formatLines = (expected: ExpectedFinding): string =>
  expected.lines.map((span) => (span.from === span.to ? `${span.from}` : `${span.from}–${span.to}`)).join(', ') + (expected.absence ? ' (absence)' : '');
