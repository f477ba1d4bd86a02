import { DocumentParser } from '../document/incremental.js';
import type { DocumentModel } from '../document/model.js';
import type { RelatedDocument } from '../document/related.js';
import { DOCUMENT_PARTS, type TenderType } from '../types.js';

/**
 * A dossier: the files of one call for tenders, each giving its role with `type` (and, for a part of
 * the tender documents, `partie`), all naming the same `numero`. The adapters find them (one folder
 * and its subfolders, node/dossier.ts); the core is given their texts and keeps those that belong.
 */
export interface DossierMember {
  /** How messages and related locations name the file: its path from the dossier's folder. */
  name: string;
  model: DocumentModel;
  type: TenderType;
  /** `partie` of a `type: document` file, as written. */
  part?: string;
}

export interface Dossier {
  numero?: string;
  /** In dossier order (see `rank`), the analysed document among them. */
  members: DossierMember[];
  self: DossierMember;
}

/** Files whose text the tender documents are made of: the checks of art. 5–9.1 read them all. */
const UNION_TYPES: readonly TenderType[] = ['appel-offres', 'avis', 'document'];
/** Files that join a dossier: addenda give their data (art. 9), the others their text too. */
const MEMBER_TYPES: readonly TenderType[] = [...UNION_TYPES, 'addenda'];

export const inUnion = (member: DossierMember): boolean => UNION_TYPES.includes(member.type);

/**
 * The order of a dossier's files: the notice first (its front-matter states the call's data), then the
 * parts of the tender documents in the order drafters publish them, then the addenda; by name within a
 * role. A missing item with no file of its own goes to the first file of the tender documents.
 */
const ROLE_ORDER: readonly string[] = ['appel-offres', 'avis', ...DOCUMENT_PARTS.map((part) => `document:${part}`), 'document', 'addenda'];

function rank(member: DossierMember): number {
  const role =
    member.type === 'document' && member.part && (DOCUMENT_PARTS as readonly string[]).includes(member.part) ? `document:${member.part}` : member.type;
  return ROLE_ORDER.indexOf(role);
}

const byDossierOrder = (a: DossierMember, b: DossierMember): number => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const numeroOf = (model: DocumentModel): string | undefined => {
  const value = model.frontMatter?.data?.numero;
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return text || undefined;
};

function memberOf(name: string, model: DocumentModel): DossierMember | undefined {
  if (model.detection.kind !== 'tender') return undefined;
  const part = model.frontMatter?.data?.partie;
  return { name, model, type: model.detection.type, ...(typeof part === 'string' && part.trim() && { part: part.trim() }) };
}

/**
 * The dossier of a document: itself and those of the related documents that name its `numero` and
 * have a role in a dossier. A document without `numero` (or a qualification notice, a procedure of
 * its own) is a dossier of one.
 */
export function dossierOf(name: string, model: DocumentModel, related: readonly RelatedDocument[]): Dossier {
  const self: DossierMember = memberOf(name, model) ?? { name, model, type: 'appel-offres' };
  const numero = numeroOf(model);
  const members = [self];
  if (numero && MEMBER_TYPES.includes(self.type)) {
    for (const document of related) {
      // A text that does not hold the number cannot name it: it is not parsed.
      if (document.name === name || (!document.model && !document.text.includes(numero))) continue;
      const other = document.model ?? new DocumentParser().parse(document.text);
      const member = numeroOf(other) === numero ? memberOf(document.name, other) : undefined;
      if (member && MEMBER_TYPES.includes(member.type)) members.push(member);
    }
  }
  members.sort(byDossierOrder);
  return { numero, members, self };
}

/**
 * Where a drafter expects to add what a rule finds missing, when no file of the dossier has a section
 * for it: the part of the tender documents the rule is about (the specification describes the needs,
 * the contract file is the contract, the grid annex holds the evaluation grid and its criteria), else the instructions
 * to bidders (régie), else the call in one file, else the dossier's first file.
 */
export function homeMember(union: readonly DossierMember[], citation: string): DossierMember {
  const part = (wanted: string) => union.find((member) => member.type === 'document' && member.part === wanted);
  const specific = /^5\.1(?:\.1)?°$/.test(citation)
    ? part('devis')
    : citation === '5.8°'
      ? part('contrat')
      : /^(?:A[12]\.|5\.6°$|16\.al1$)/.test(citation)
        ? part('grille')
        : undefined;
  return specific ?? part('regie') ?? union.find((member) => member.type === 'appel-offres') ?? union[0];
}
