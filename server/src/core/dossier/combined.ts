import type { OffsetRange } from '../document/frontMatter.js';
import { combineModels, type DocumentModel, type DocumentUnit } from '../document/model.js';
import { noticeSection } from '../legal/notice.js';
import type { Range } from '../types.js';
import { combinedFrontMatter } from './frontMatter.js';
import { homeMember, type DossierMember } from './dossier.js';

/** A file of the dossier placed in the combined model: its text is [base, end). */
interface PlacedMember {
  member: DossierMember;
  base: number;
  end: number;
}

/** The part of a model where a rule adds what it finds missing: the whole document, or one file of a dossier. */
export interface Home {
  start: number;
  end: number;
  /** Where that file's body starts (after its front-matter). */
  bodyStart: number;
}

/**
 * The tender documents of a dossier as one model (document/model.ts `combineModels`), with the way
 * back from its offsets to each file's positions.
 */
export interface CombinedDossier {
  model: DocumentModel;
  members: readonly PlacedMember[];
  /** The file a range belongs to, and the range in that file's positions. */
  memberAt(range: OffsetRange): { member: DossierMember; range: Range };
  /** Where a rule citing `citation` adds what it finds missing, and the anchor of its findings about an absence. */
  homeFor(citation: string): { home: Home; anchor: OffsetRange };
  /** Where a finding about a file as a whole points: its notice heading, else its `type` value. */
  anchorOf(member: DossierMember): OffsetRange;
}

const LAYOUTS = new WeakMap<DocumentModel, CombinedDossier>();

/** The combined dossier a model is, if it is one. */
export const combinedOf = (model: DocumentModel): CombinedDossier | undefined => LAYOUTS.get(model);

/** The bounds of the file an offset is in (an offset after a file's end, before the next one, is that file's end): what an insertion may look at around it. */
export function fileBoundsAt(model: DocumentModel, offset: number): Home {
  const combined = combinedOf(model);
  if (!combined) return { start: 0, end: model.text.length, bodyStart: model.bodyStart };
  const placed = placedAt(combined.members, { start: offset, end: offset });
  return { start: placed.base, end: placed.end, bodyStart: placed.base + placed.member.model.bodyStart };
}

/** The placed file holding a range: the last starting at or before it (its end is before the next one's start). */
function placedAt(members: readonly PlacedMember[], range: OffsetRange): PlacedMember {
  let low = 0;
  let high = members.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (members[mid].base <= range.start) low = mid;
    else high = mid - 1;
  }
  return members[low];
}

/**
 * The titles (first headings) of the dossier's files that are a given part of the tender documents
 * (`partie: contrat`): such a file is that part, whatever its wording. None outside a combined dossier.
 */
export function partTitles(model: DocumentModel, part: string): DocumentUnit[] {
  const combined = combinedOf(model);
  if (!combined) return [];
  return combined.members.flatMap(({ member, base, end }) => {
    if (member.type !== 'document' || member.part !== part) return [];
    const title = model.sections.find((section) => section.start >= base && section.start < end);
    return title ? [title.heading] : [];
  });
}

/** Each dossier's places of its files (by their names), so that an edit of one file does not move the others. */
const SLOTS = new Map<string, { names: string[]; bases: number[]; ends: number[] }>();

/**
 * Where each file starts in the combined model: where it started the last time, while every file still
 * fits in its place; else anew, each file given room to grow (a quarter of its length, 4 000 characters
 * at least) so that typing moves no file for a long while.
 */
function layout(union: readonly DossierMember[]): number[] {
  const key = union.map((member) => member.name).join('\0');
  const known = SLOTS.get(key);
  if (known && union.every((member, index) => known.bases[index] + member.model.text.length <= known.ends[index])) return known.bases;
  const bases: number[] = [];
  const ends: number[] = [];
  let base = 0;
  for (const member of union) {
    bases.push(base);
    base += member.model.text.length + Math.max(4_000, Math.ceil(member.model.text.length / 4));
    ends.push(base);
  }
  if (SLOTS.size > 64) SLOTS.clear();
  SLOTS.set(key, { names: union.map((member) => member.name), bases, ends });
  return bases;
}

/** Recent combinations, so that the files of one dossier version (analysed one after the other) share one. */
const RECENT: CombinedDossier[] = [];
const RECENT_KEPT = 8;

/** The combined model of a dossier's tender documents (in dossier order), re-used while every file's model is the same. */
export function combineDossier(union: readonly DossierMember[]): CombinedDossier {
  const known = RECENT.find(
    (candidate) =>
      candidate.members.length === union.length &&
      candidate.members.every((placed, index) => placed.member.model === union[index].model && placed.member.name === union[index].name),
  );
  if (known) return known;
  const bases = layout(union);
  const members: PlacedMember[] = union.map((member, index) => ({ member, base: bases[index], end: bases[index] + member.model.text.length }));
  const frontMatter = combinedFrontMatter(members.map(({ member, base }) => ({ frontMatter: member.model.frontMatter, base })));
  const model = combineModels(
    members.map(({ member, base }) => ({ model: member.model, base })),
    frontMatter,
    'appel-offres',
  );
  const homes = new Map<DossierMember, { home: Home; anchor: OffsetRange }>();
  const combined: CombinedDossier = {
    model,
    members,
    memberAt(range) {
      const placed = placedAt(members, range);
      const { model: own } = placed.member;
      const length = own.text.length;
      const start = Math.min(Math.max(range.start - placed.base, 0), length);
      const end = Math.min(Math.max(range.end - placed.base, start), length);
      return { member: placed.member, range: own.lines.range(start, end) };
    },
    anchorOf: (member) => anchorOf(members.find((candidate) => candidate.member === member)!),
    homeFor(citation) {
      const member = homeMember(union, citation);
      let home = homes.get(member);
      if (!home) {
        const placed = members.find((candidate) => candidate.member === member)!;
        homes.set(
          member,
          (home = { home: { start: placed.base, end: placed.end, bodyStart: placed.base + member.model.bodyStart }, anchor: anchorOf(placed) }),
        );
      }
      return home;
    },
  };
  LAYOUTS.set(model, combined);
  RECENT.unshift(combined);
  if (RECENT.length > RECENT_KEPT) RECENT.pop();
  return combined;
}

/**
 * Where a finding about a file as a whole points: like a single document's anchor, its notice heading;
 * else its title (first heading), else its `type` value, else its first line.
 */
function anchorOf({ member, base }: PlacedMember): OffsetRange {
  const { model } = member;
  const notice = noticeSection(model);
  const title = notice ?? model.sections[0];
  const own = title
    ? { start: title.heading.start, end: title.heading.end }
    : (model.frontMatter?.valueRange(['type']) ?? { start: 0, end: Math.min(3, model.text.length) });
  return { start: own.start + base, end: own.end + base };
}
