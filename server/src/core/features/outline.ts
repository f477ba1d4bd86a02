import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import type { DocumentModel } from '../document/model.js';
import type { Locale, Range } from '../types.js';

export interface SymbolData {
  name: string;
  detail?: string;
  kind: 'front-matter' | 'key' | 'section';
  range: Range;
  selectionRange: Range;
  children: SymbolData[];
}

export interface FoldingData {
  startLine: number;
  endLine: number;
  kind?: 'region';
}

/** The outline: the front-matter (with its top-level keys), then the sections nested by heading level. */
export function documentSymbols(model: DocumentModel, locale: Locale): SymbolData[] {
  const range = (start: number, end: number): Range => ({ start: model.lines.positionAt(start), end: model.lines.positionAt(end) });
  const symbols: SymbolData[] = [];
  const frontMatter = model.frontMatter;
  if (frontMatter) {
    const keys: SymbolData[] = [];
    if (isMap(frontMatter.yaml.contents)) {
      for (const pair of frontMatter.yaml.contents.items) {
        const key = pair.key as YamlNode | null;
        const value = pair.value as YamlNode | null;
        if (!isScalar(key) || !key.range) continue;
        const start = frontMatter.contentOffset + key.range[0];
        const end = frontMatter.contentOffset + (value?.range ? value.range[1] : key.range[1]);
        const detail = isScalar(value) ? String(value.value) : undefined;
        keys.push({
          name: String(key.value),
          kind: 'key',
          range: range(start, end),
          selectionRange: range(start, frontMatter.contentOffset + key.range[1]),
          children: [],
          ...(detail ? { detail } : {}),
        });
      }
    }
    const whole = range(frontMatter.range.start, trimEnd(model.text, frontMatter.range.end));
    symbols.push({ name: locale === 'fr' ? 'En-tête' : 'Front-matter', kind: 'front-matter', range: whole, selectionRange: range(0, 3), children: keys });
  }
  const stack: { depth: number; symbol: SymbolData }[] = [];
  for (const section of model.sections) {
    const depth = section.heading.depth ?? 1;
    const symbol: SymbolData = {
      name: section.heading.text.trim() || '…',
      kind: 'section',
      range: range(section.start, trimEnd(model.text, section.end)),
      selectionRange: range(section.heading.start, section.heading.end),
      children: [],
    };
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].symbol.children : symbols).push(symbol);
    stack.push({ depth, symbol });
  }
  return symbols;
}

/** Folding: the front-matter and each section, to its last non-blank line. */
export function foldingRanges(model: DocumentModel): FoldingData[] {
  const folds: FoldingData[] = [];
  const add = (start: number, end: number, kind?: 'region') => {
    const startLine = model.lines.positionAt(start).line;
    const endLine = model.lines.positionAt(trimEnd(model.text, end)).line;
    if (endLine > startLine) folds.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  if (model.frontMatter) add(model.frontMatter.range.start, model.frontMatter.range.end, 'region');
  for (const section of model.sections) add(section.start, section.end);
  return folds;
}

/** The offset just after the last non-blank character before `end`. */
function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}
