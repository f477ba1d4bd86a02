import { DocumentParser } from './model.js';
import { readTenderData, type Addendum } from './tenderData.js';

/**
 * Another document of the same folder, as the adapter read it (the core never touches the file system).
 * What the analysis reads of one is kept with the object: a changed text is a new document.
 */
export interface RelatedDocument {
  /** File name, shown in messages. */
  readonly name: string;
  readonly text: string;
}

export interface RelatedAddendum extends Addendum {
  /** The file that gives this addendum. */
  source: string;
}

// Only documents whose front-matter says `type: addenda` are parsed.
const ADDENDA_TYPE = /^\uFEFF?---[ \t]*\r?\n(?:(?!---)[^\n]*\n){0,200}?type:[ \t]*["']?addenda["']?[ \t]*(?:#[^\n]*)?\r?$/m;

/** What an addenda document gives: the tender it names and its addenda; null for any other document. */
type AddendaReading = { numero: string | undefined; addenda: RelatedAddendum[] } | null;

/**
 * Each document's reading, kept as long as the adapter keeps the document: the CLI hands the same
 * documents of a folder to the analysis of each of its files, which then reads each of them once
 * instead of once per file of the folder.
 */
const readings = new WeakMap<RelatedDocument, AddendaReading>();

function readAddenda(document: RelatedDocument): AddendaReading {
  let reading = readings.get(document);
  if (reading !== undefined) return reading;
  reading = null;
  if (ADDENDA_TYPE.test(document.text)) {
    const model = new DocumentParser().parse(document.text);
    if (model.detection.kind === 'tender' && model.detection.type === 'addenda') {
      const data = readTenderData(model.frontMatter?.data);
      const addenda = data.addenda.map((addendum, index) => {
        const range = model.frontMatter?.valueRange(['addenda', index, 'date']) ?? model.frontMatter?.keyRange(['addenda', index]);
        return { ...addendum, source: document.name, sourceRange: range && model.lines.range(range.start, range.end) };
      });
      reading = { numero: data.numero, addenda };
    }
  }
  readings.set(document, reading);
  return reading;
}

/**
 * Addenda given as separate `type: addenda` documents naming the tender's `numero` (SPEC §2): each
 * lists its addenda under the same `addenda` key as a tender's front-matter.
 */
export function relatedAddenda(numero: string | undefined, documents: readonly RelatedDocument[]): RelatedAddendum[] {
  if (!numero) return [];
  const found: RelatedAddendum[] = [];
  for (const document of documents) {
    const reading = readAddenda(document);
    // Copies: the analysis of each tender gets addenda of its own.
    if (reading?.numero === numero) found.push(...reading.addenda.map((addendum) => ({ ...addendum })));
  }
  return found;
}
