import type { KeyPath, OffsetRange } from '../../document/frontMatter.js';
import type { DocumentModel, DocumentUnit } from '../../document/model.js';
import { readTenderData, type TenderData } from '../../document/tenderData.js';
import { combinedOf } from '../../dossier/combined.js';
import type { DossierMember } from '../../dossier/dossier.js';
import { normalizeForMatching } from '../../text/normalize.js';
import type { Localized, TenderType } from '../../types.js';
import type { RuleContext } from '../rule.js';

/**
 * A file of the dossier as the consistency rules read it: its own model and front-matter data, and
 * where it starts in the combined model the rules report on.
 */
export interface DossierFile {
  member: DossierMember;
  model: DocumentModel;
  /** Its own front-matter's data (not the dossier's merged one). */
  data: TenderData;
  base: number;
}

/**
 * The files of the tender documents when they are several (the consistency rules compare what one
 * file states with what another does; a single file has no other to disagree with).
 */
export function dossierFiles(context: RuleContext): DossierFile[] {
  const combined = combinedOf(context.model);
  if (!combined) return [];
  return combined.members.map(({ member, base }) => ({ member, model: member.model, data: readTenderData(member.model.frontMatter?.data), base }));
}

/** The file whose statements the others must repeat: the notice (alone, else the call in one file). */
export function noticeFile(files: readonly DossierFile[]): DossierFile | undefined {
  const of = (type: TenderType) => files.find((file) => file.member.type === type);
  return of('avis') ?? of('appel-offres');
}

/** A range of a file, in the combined model's offsets. */
export const placed = (file: DossierFile, range: OffsetRange): OffsetRange => ({ start: range.start + file.base, end: range.end + file.base });

/** Where a key of a file's own front-matter is, in the combined model's offsets. */
export function keyValue(file: DossierFile, path: KeyPath): OffsetRange | undefined {
  const range = file.model.frontMatter?.valueRange(path);
  return range && placed(file, range);
}

/** The consistency rules compare files: a call in one file has no other to disagree with (see Rule.notApplicable). */
export function severalFiles(context: RuleContext): Localized | undefined {
  if (dossierFiles(context).length > 1) return undefined;
  return {
    fr: "Appel d'offres en un seul fichier : aucun autre document du dossier avec lequel le comparer.",
    en: 'Call for tenders in one file: no other document of the dossier to compare it with.',
  };
}

/**
 * How a file is called in a message: « l'avis (avis.md) », « les instructions aux soumissionnaires
 * (regie.md) ». French messages put it after « dans » or « de » (see `of`), never as a subject.
 */
export function fileLabel(file: DossierFile): Localized {
  const { member } = file;
  const role: Localized =
    member.type === 'avis'
      ? { fr: "l'avis", en: 'the notice' }
      : member.type === 'appel-offres'
        ? { fr: "l'appel d'offres", en: 'the call for tenders' }
        : member.part === 'regie'
          ? { fr: 'les instructions aux soumissionnaires', en: 'the instructions to bidders' }
          : member.part === 'devis'
            ? { fr: 'le devis', en: 'the specification' }
            : member.part === 'contrat'
              ? { fr: 'le contrat', en: 'the contract' }
              : member.part === 'grille'
                ? { fr: "la grille d'évaluation", en: 'the evaluation grid' }
                : { fr: 'le document', en: 'the document' };
  return { fr: `${role.fr} (${member.name})`, en: `${role.en} (${member.name})` };
}

/** « de » before a file's name in French: « du devis », « des instructions », « de l'avis ». */
export function of(label: Localized): Localized {
  const fr = label.fr.startsWith('le ') ? `du ${label.fr.slice(3)}` : label.fr.startsWith('les ') ? `des ${label.fr.slice(4)}` : `de ${label.fr}`;
  return { fr, en: `of ${label.en}` };
}

/** The unit of a model that holds an offset (units are in order), if any. */
export function unitAt(model: DocumentModel, offset: number): DocumentUnit | undefined {
  let low = 0;
  let high = model.units.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const unit = model.units[mid];
    if (unit.end <= offset) low = mid + 1;
    else if (unit.start > offset) high = mid - 1;
    else return unit;
  }
  return undefined;
}

const STREET = String.raw`rue|boulevard|boul\.?|avenue|av\.?|chemin|ch\.?|route|place|cote|côte|rang|montee|montée|promenade|street|st\.?|road|rd\.?|drive|dr\.?`;
// A civic number stands alone: the last part of a clause's number (« **3.4 Place and time.** », « 5.2 Rue… ») is none.
const ADDRESS = new RegExp(
  String.raw`(?<![\d\p{L}])(?<!\d[.,])(\d{1,5})(?:-\d{1,5})?,?\s+(?:${STREET})\s+(?:(?:de\s+la|des|du|de)\s+|d['’]\s*)?(\p{L}[\p{L}'’-]*)`,
  'iu',
);

/**
 * The civic address of a place as drafters write it (« 425, rue Jacques-Parizeau, 4e étage »): its
 * number and the first word of its street's name, folded, an elided « d' » left out whichever apostrophe is
 * typed (« place D’Youville » is « place D'Youville »); undefined when the text holds none. What else a drafter
 * writes of the place, in one language or another (the unit's name, « (Québec) » or ", Québec", the commas), does
 * not tell one place from another.
 */
export function addressOf(text: string): string | undefined {
  const match = ADDRESS.exec(text);
  return match ? `${match[1]} ${normalizeForMatching(match[2])}` : undefined;
}
