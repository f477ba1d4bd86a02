import { DocumentParser } from './model.js';
import { readTenderData, type Addendum } from './tenderData.js';

/** Another document of the same folder, as the adapter read it (the core never touches the file system). */
export interface RelatedDocument {
  /** File name, shown in messages. */
  name: string;
  text: string;
}

export interface RelatedAddendum extends Addendum {
  /** The file that gives this addendum. */
  source: string;
}

// Only documents whose front-matter says `type: addenda` are parsed.
const ADDENDA_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:(?!---)[^\n]*\n){0,200}?type:[ \t]*["']?addenda["']?[ \t]*(?:#[^\n]*)?\r?$/m;

/**
 * Addenda given as separate `type: addenda` documents naming the tender's `numero` (SPEC §2): each
 * lists its addenda under the same `addenda` key as a tender's front-matter.
 */
export function relatedAddenda(numero: string | undefined, documents: readonly RelatedDocument[]): RelatedAddendum[] {
  if (!numero) return [];
  const found: RelatedAddendum[] = [];
  for (const document of documents) {
    if (!ADDENDA_TYPE.test(document.text)) continue;
    const model = new DocumentParser().parse(document.text);
    if (model.detection.kind !== 'tender' || model.detection.type !== 'addenda') continue;
    const data = readTenderData(model.frontMatter?.data);
    if (data.numero !== numero) continue;
    data.addenda.forEach((addendum, index) => {
      const range = model.frontMatter?.valueRange(['addenda', index, 'date']) ?? model.frontMatter?.keyRange(['addenda', index]);
      found.push({ ...addendum, source: document.name, sourceRange: range && model.lines.range(range.start, range.end) });
    });
  }
  return found;
}
