import type { Dossier, DossierMember } from '../dossier/dossier.js';
import type { DocumentModel } from './model.js';
import { supersededLabels } from '../legal/supersession.js';
import { readTenderData, type Addendum } from './tenderData.js';

/**
 * Another document of the dossier, as the adapter read it (the core never touches the file system):
 * the files of the folder naming the same `numero` (node/dossier.ts).
 */
export interface RelatedDocument {
  /** How messages and related locations name the file: its path from the dossier's folder (`annexes/grille.md`). */
  name: string;
  text: string;
  /** The text's model, when the adapter keeps one (it is then not parsed again). */
  model?: DocumentModel;
}

export interface RelatedAddendum extends Addendum {
  /** The file that gives this addendum. */
  source: string;
  /** The labels of the clauses that file replaces or sets aside (« L'article 4.2 est remplacé par ce qui suit »), when it names some. */
  supersedes?: string[];
}

/**
 * Addenda given as separate `type: addenda` files of the dossier (SPEC §2): each lists its addenda
 * under the same `addenda` key as a tender's front-matter. Those of `except` (an addenda file, whose
 * own addenda are its data) are left out: by default, those of the dossier's analysed document; none with `null`.
 */
export function dossierAddenda(dossier: Dossier, except: DossierMember | null = dossier.self): RelatedAddendum[] {
  const found: RelatedAddendum[] = [];
  for (const member of dossier.members) {
    if (member.type !== 'addenda' || member === except) continue;
    const { model } = member;
    const supersedes = supersededLabels(model);
    readTenderData(model.frontMatter?.data).addenda.forEach((addendum, index) => {
      const range = model.frontMatter?.valueRange(['addenda', index, 'date']) ?? model.frontMatter?.keyRange(['addenda', index]);
      found.push({
        ...addendum,
        source: member.name,
        sourceRange: range && model.lines.range(range.start, range.end),
        ...(supersedes.length > 0 && { supersedes }),
      });
    });
  }
  return found;
}
