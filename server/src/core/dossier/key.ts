/**
 * What groups files into dossiers, read from a text without parsing it: the `numero` line of its
 * front-matter. Adapters read it of every Markdown file of a folder, most of which are not of the
 * dossier; the analysis then checks each file it is given on its parsed front-matter.
 */
export interface DossierKey {
  numero?: string;
}

/** Front-matters are short: past this many characters a text is not read further for its key. */
const HEAD = 64 * 1024;
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/m;
const NUMERO = /^numero[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#[^\n]*)?\r?$/m;

export function readDossierKey(text: string): DossierKey {
  const open = OPEN.exec(text);
  if (!open) return {};
  const head = text.slice(open[0].length, HEAD);
  const close = CLOSE.exec(head);
  const frontMatter = close ? head.slice(0, close.index) : head;
  const match = NUMERO.exec(frontMatter);
  const numero = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return numero ? { numero } : {};
}
