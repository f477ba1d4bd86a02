import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { FrontMatter, KeyPath, OffsetRange } from '../document/frontMatter.js';

export interface KeyAt {
  path: KeyPath;
  /** The key's range (document offsets). */
  range: OffsetRange;
}

/** The front-matter key under a document offset (the key itself, not its value). */
export function keyAt(frontMatter: FrontMatter, offset: number): KeyAt | undefined {
  const local = offset - frontMatter.contentOffset;
  const at = (range: readonly number[]): OffsetRange => ({ start: frontMatter.contentOffset + range[0], end: frontMatter.contentOffset + range[1] });
  const visit = (node: unknown, path: KeyPath): KeyAt | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null;
        if (isScalar(key) && key.range && key.range[0] <= local && local <= key.range[1]) {
          return { path: [...path, String(key.value)], range: at(key.range) };
        }
        const value = pair.value as YamlNode | null;
        if (isScalar(key) && value?.range && value.range[0] <= local && local <= value.range[2]) {
          return visit(value, [...path, String(key.value)]);
        }
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) {
        const range = (item as YamlNode | null)?.range;
        if (range && range[0] <= local && local <= range[2]) return visit(item, [...path, index]);
      }
    }
    return undefined;
  };
  return visit(frontMatter.yaml.contents, []);
}
