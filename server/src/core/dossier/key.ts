/**
 * What groups files into dossiers, read from a text without parsing it: the `numero` line of its
 * front-matter. Adapters read it of every Markdown file of a folder, most of which are not of the
 * dossier; the analysis then checks each file it is given on its parsed front-matter.
 */
export interface DossierKey {
  numero?: string;
  /** The file is a dossier's head: its notice (`type: avis`) or a call in one file (`type: appel-offres`). */
  head?: true;
}

/** Front-matters are short: past this many characters a text is not read further for its key. */
const HEAD = 64 * 1024;
const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*\r?$/m;
const NUMERO = /^numero[ \t]*:([^\n]*)$/m;
const HEAD_TYPE = /^type[ \t]*:[ \t]*["']?(?:avis|appel-offres)["']?[ \t]*(?:#.*)?\r?$/m;
/** A quoted value, whatever follows it (a comment). */
const QUOTED = /^\s*(?:"([^"]*)"|'([^']*)')/;

export function readDossierKey(text: string): DossierKey {
  const open = OPEN.exec(text);
  if (!open) return {};
  const head = text.slice(open[0].length, HEAD);
  const close = CLOSE.exec(head);
  const frontMatter = close ? head.slice(0, close.index) : head;
  const value = NUMERO.exec(frontMatter)?.[1];
  if (value === undefined) return {};
  const quoted = QUOTED.exec(value);
  // A plain value ends where its comment starts (` #`, or `#` right after the colon).
  const numero = quoted ? (quoted[1] ?? quoted[2]).trim() : value.replace(/(?:^|[ \t])#.*$/, '').trim();
  if (!numero) return {};
  return HEAD_TYPE.test(frontMatter) ? { numero, head: true } : { numero };
}
