import { readFileSync } from 'node:fs';
import { LineIndex } from '../server/src/core/text/lineIndex.js';
import type { TextEdit } from '../server/src/core/types.js';

export const EXAMPLES = new URL('../examples/', import.meta.url);
export const readExample = (name: string): string => readFileSync(new URL(name, EXAMPLES), 'utf8');

/** Applies LSP-style edits (same-position inserts in array order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const placed = edits.map((edit, order) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText, order }));
  placed.sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const edit of placed) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * Expected findings written in a fixture, markdownlint-style: `<!-- expect: rule-a, rule-b -->` in
 * Markdown or `# expect: rule-a` in the front-matter, at the end of the line the findings point at.
 */
export function expectedFindings(text: string): string[] {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /(?:<!--|#)\s*expect:\s*([\w\s,.°-]+?)\s*(?:-->|$)/.exec(line);
    if (marker) for (const rule of marker[1].split(',')) expected.push(`${index + 1}:${rule.trim()}`);
  });
  return expected.sort();
}
