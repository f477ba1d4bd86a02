import { strict as assert } from 'node:assert';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import type { Finding, Range } from '../../server/src/core/types.js';

/** Whether a range lies inside the text: lines exist, characters within their line, start before end. */
export function rangeInside(lines: LineIndex, range: Range): boolean {
  const inside = (position: Range['start']) =>
    Number.isInteger(position.line) &&
    Number.isInteger(position.character) &&
    position.line >= 0 &&
    position.line < lines.lineCount &&
    position.character >= 0 &&
    position.character <= lines.lineEnd(position.line) - lines.lineStart(position.line);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return inside(range.start) && inside(range.end) && ordered;
}

/** Every finding, related location and fix edit of an analysis lies inside the analysed text. */
export function assertFindingsInside(text: string, findings: readonly Finding[]): void {
  const lines = new LineIndex(text);
  for (const finding of findings) {
    assert.ok(rangeInside(lines, finding.range), `${finding.rule} range outside the document: ${JSON.stringify(finding.range)}`);
    for (const related of finding.related ?? []) assert.ok(rangeInside(lines, related.range), `${finding.rule} related range outside the document`);
    for (const edit of finding.fix?.edits ?? []) assert.ok(rangeInside(lines, edit.range), `${finding.rule} fix edit outside the document`);
  }
}
