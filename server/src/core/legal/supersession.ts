import { LANGUAGE_TAG } from '../document/markdownTree.js';
import type { DocumentModel, DocumentUnit } from '../document/model.js';
import { normalizeForMatching } from '../text/normalize.js';

/**
 * Clauses another passage of the documents replaces or sets aside by their label: general conditions that particular
 * ones amend by reference (« **CG-3.1.3** — La clause CG-3.1.3 est remplacée par ce qui suit : « … » », « CG-6.6 — Ne
 * s'applique pas », « L'article IG-9 est remplacé par le suivant », « L'article 3.2 est abrogé », "Section 4.2 is
 * deleted and replaced with the following", "GC 6.6 does not apply"). Such a clause is deemed not written (the
 * documents say so, CG-1.2 of a société d'État's model): it is no text of the call, neither evidence of an item nor
 * the place of a finding. Only a clause found by the label the passage names, written before it (the conditions
 * amended come first, an addendum after them), once; a clause completed (« Ajouter à la fin de la clause »), amended in
 * part (« le deuxième alinéa de la clause 4.3 », « remplacer, dans la clause 4.3, les mots »), or set aside for some
 * bidders only (« ne s'applique pas au soumissionnaire qui… ») stays.
 */

/** A clause's label as a passage names it, folded: « cg-3.1.3 », « gc 6.6 », « ig-9 », or a number after a clause word. */
const LABEL = String.raw`[a-z]{1,4}-?\d{1,3}(?:\.\d{1,3})*|[a-z]{1,4} \d{1,3}(?:\.\d{1,3})+|\d{1,3}(?:\.\d{1,3})*`;

/** What a label names, before it: « la clause », « l'article », « la section », "section", "clause". */
const CLAUSE_WORD = String.raw`(?:la |le |les |l'|the )?(?:clauses?|articles?|sections?|sous-sections?|subsections?|dispositions?|conditions?|instructions?|stipulations?|provisions?) `;

/** The conditions a label is of, after it: « des CG », "of the General Conditions". */
const OF_CONDITIONS = String.raw`(?: (?:des|du|de la|of the) (?:cg|ig|gc|conditions generales|instructions generales|general conditions|general instructions))?`;

/** Where a setting aside ends: the sentence, or « au présent appel d'offres », "to this call" (not « au soumissionnaire qui »). */
const SET_ASIDE_END = String.raw`(?=$|[.;:,]| (?:au present|a la presente|aux presentes|dans le present|pour le present|to this|for this|in this|under this)\b)`;

/** « être » and "be" in the tenses a clause is amended in: present, future, perfect (« est », « sera », « a été », "will be"). */
const IS = String.raw`(?:est|sont|sera|seront|a ete|ont ete)`;
const IS_EN = String.raw`(?:is|are|will be|shall be|has been|have been)`;
/** « s'appliquer » in the same tenses, with its negation (« ne s'applique pas », « ne s'appliqueront plus »). */
const DOES_NOT_APPLY = String.raw`(?:ne |n')s'appliqu(?:e|ent|era|eront) (?:pas|plus)${SET_ASIDE_END}`;

/** A clause set aside or replaced, said after its label. */
const VERDICT =
  String.raw`(?:${IS} (?:entierement |integralement |par la presente )?(?:remplacee?s?|supprimee?s?|abrogee?s?|retiree?s?|annulee?s?|biffee?s?|reputee?s? non ecrite?s?)\b` +
  String.raw`|${IS} (?:sans objet|inapplicables?)${SET_ASIDE_END}` +
  String.raw`|${DOES_NOT_APPLY}` +
  String.raw`|${IS_EN} (?:hereby )?(?:deleted|replaced|superseded|repealed|struck|removed|rescinded|revoked)\b` +
  String.raw`|${IS_EN} (?:hereby )?(?:void|inapplicable|not applicable|of no effect)${SET_ASIDE_END}` +
  String.raw`|(?:does|do|shall|will) not apply${SET_ASIDE_END})`;

/** The same said right after the clause's label as a heading of the amending passage: « CG-6.6 — Ne s'applique pas ». */
const BARE_VERDICT =
  String.raw`(?:${DOES_NOT_APPLY}|(?:sans objet|inapplicable|not applicable|does not apply|void)${SET_ASIDE_END}` +
  String.raw`|(?:supprimee?|abrogee?|deleted|repealed|struck)${SET_ASIDE_END}|(?:remplacee? par|replaced (?:with|by))\b)`;

/** An order to replace or delete a clause: « Remplacer la clause 4.3 par ce qui suit », "Delete Section 4.2.". */
const ORDER = String.raw`(?:remplacer|supprimer|abroger|biffer|retirer|delete|replace|strike(?: out)?|remove) `;
const ORDER_END = String.raw`(?=$|[.;:]| par\b| with\b| by\b| en entier\b| in (?:its|their) entirety\b)`;

/** The passage's own label and its dash or colon, which may open it (« cg-3.1.3 - la clause cg-3.1.3 est remplacee »). */
const OWN_LABEL = String.raw`(?:(?:${LABEL}) ?[-:] ?)?`;

export const NAMED_VERDICT = new RegExp(String.raw`^${OWN_LABEL}(?:${CLAUSE_WORD}|l')?(${LABEL})${OF_CONDITIONS} ${VERDICT}`);
export const OWN_VERDICT = new RegExp(String.raw`^(${LABEL}) ?[-:] ?${BARE_VERDICT}`);
export const NAMED_ORDER = new RegExp(String.raw`^${OWN_LABEL}${ORDER}(?:${CLAUSE_WORD}|l')?(${LABEL})${OF_CONDITIONS}${ORDER_END}`);

/** The words one of which a passage that replaces or sets aside a clause holds: most passages hold none. */
const MAY_SUPERSEDE =
  /remplac|supprim|abrog|retir|annul|biff|non ecrit|sans objet|inapplicable|s'applique|delet|replac|supersed|repeal|struck|strike|remov|rescind|revok|void|not applicable|no effect|not apply/;

/** Sentences of a folded passage (a label's dots are followed by a digit, not a space). */
const SENTENCE_BREAK = /(?<=[.;!?])\s+/;

/** A unit's text without the language tag a bilingual document opens it with (« FR : », « [EN] »): its label follows. */
const untagged = (text: string): string => text.replace(LANGUAGE_TAG, '');

/** A unit's folded text, its language tag left out. */
const foldedUntagged = (unit: DocumentUnit): string => (LANGUAGE_TAG.test(unit.text) ? normalizeForMatching(untagged(unit.text)) : unit.normalized);

/** A label whose clause a passage replaces or sets aside, as a key (« cg3.1.3 »), if it does. */
function supersededLabel(unit: DocumentUnit): string | undefined {
  if (!MAY_SUPERSEDE.test(unit.normalized)) return undefined;
  for (const sentence of foldedUntagged(unit).split(SENTENCE_BREAK)) {
    const match = NAMED_VERDICT.exec(sentence) ?? NAMED_ORDER.exec(sentence) ?? OWN_VERDICT.exec(sentence);
    if (match) return labelKey(match[1]);
  }
  return undefined;
}

/** A label as a key: its prefix's letters and its number, without the dash or space between. */
const labelKey = (label: string): string => label.toLowerCase().replace(/[- ]/g, '');

/** The label a clause opens with, as written: « CG-3.1.3 », « GC 6.6 », « IG-9 », « Article 3.2 », « Section 4.2 », « 4.2 ». */
const CLAUSE_LABEL = /^(?:(article|section|clause|art\.) )?([A-Z]{1,4}(?:-| )?)?(\d{1,3}(?:\.\d{1,3})*)(?=$|[\s.):\u2013\u2014-])/i;
const UPPER_PREFIX = /^[A-Z]{1,4}/;
/** The letters a label's key opens with, its numbering's (« cg » of « cg4.3 »; none for « 4.3 »). */
const PREFIX_OF_KEY = /^[a-z]*/;

/**
 * A unit's own label as a key, if it opens with one: a prefix in capitals (« CG-3.1.3 »), or a number alone in a
 * heading or after a clause word (« Article 3.2 »): a paragraph opening with « 30 jours » has no label.
 */
function ownLabel(unit: DocumentUnit): string | undefined {
  const match = CLAUSE_LABEL.exec(untagged(unit.text));
  if (!match) return undefined;
  const [, word, prefix, number] = match;
  if (prefix) return UPPER_PREFIX.test(prefix) ? labelKey(prefix + number) : undefined;
  return word || unit.kind === 'heading' ? number : undefined;
}

const READ_KINDS: ReadonlySet<string> = new Set(['heading', 'paragraph', 'listItem']);

/** A model's clauses replaced or set aside: by its own passages, and by the dossier's addenda (see withinSuperseded). */
interface Superseded {
  amendments: string;
  units: ReadonlySet<DocumentUnit>;
  byAddenda: readonly DocumentUnit[];
}

const SUPERSEDED = new WeakMap<DocumentModel, Superseded>();

/** The labels the dossier's addenda replace or set aside, given for the model the rules read (analyze.ts ruleContext). */
const AMENDMENTS = new WeakMap<DocumentModel, string>();

/**
 * Says which clauses the addenda of the model's dossier replace or set aside, by label (related.ts `dossierAddenda`):
 * an addendum amends the documents after all their passages.
 */
export function amendedBy(model: DocumentModel, labels: readonly string[]): void {
  if (labels.length > 0 || AMENDMENTS.has(model)) AMENDMENTS.set(model, [...new Set(labels)].sort().join(' '));
}

/** The labels whose clause a document's passages replace or set aside (an addendum's), as keys. */
export function supersededLabels(model: DocumentModel): string[] {
  const labels: string[] = [];
  for (const unit of model.units) {
    const label = READ_KINDS.has(unit.kind) ? supersededLabel(unit) : undefined;
    if (label !== undefined && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

function supersededOf(model: DocumentModel): Superseded {
  const amendments = AMENDMENTS.get(model) ?? '';
  let found = SUPERSEDED.get(model);
  if (found?.amendments !== amendments) SUPERSEDED.set(model, (found = findSuperseded(model, amendments)));
  return found;
}

/** The units of a model that a later passage of it replaces or sets aside by their label (see above), memoised on the model. */
export const supersededUnits = (model: DocumentModel): ReadonlySet<DocumentUnit> => supersededOf(model).units;

/** Whether a unit is a clause another passage replaces or sets aside. */
export const isSuperseded = (model: DocumentModel, unit: DocumentUnit): boolean => supersededUnits(model).has(unit);

/**
 * Whether a range lies within a clause another passage replaces or sets aside, or an addendum of the dossier: no
 * finding is placed there. An addendum's clause is still evidence: the addenda give the rules their data, not their
 * text, so the clause that replaces it is not read.
 */
export function withinSuperseded(model: DocumentModel, range: { start: number; end: number }): boolean {
  const { units, byAddenda } = supersededOf(model);
  const within = (unit: DocumentUnit) => unit.start <= range.start && range.end <= unit.end;
  for (const unit of units) if (within(unit)) return true;
  return byAddenda.some(within);
}

function findSuperseded(model: DocumentModel, amendments: string): Superseded {
  const superseded = new Set<DocumentUnit>();
  const { units } = model;
  /** The units before the current one, by their label; a label two units carry is no one clause's. */
  const labelled = new Map<string, number | null>();
  for (let index = 0; index < units.length; index++) {
    const unit = units[index];
    if (!READ_KINDS.has(unit.kind)) continue;
    const target = supersededLabel(unit);
    const at = target === undefined ? undefined : labelled.get(target);
    if (at !== undefined && at !== null) for (const replaced of clauseExtent(model, at)) superseded.add(replaced);
    // A passage that amends a clause is not the clause it names.
    if (target !== undefined || AMENDS.test(foldedUntagged(unit))) continue;
    const own = ownLabel(unit);
    if (own !== undefined) labelled.set(own, labelled.has(own) ? null : index);
  }
  const byAddenda: DocumentUnit[] = [];
  for (const label of amendments ? amendments.split(' ') : []) {
    const at = labelled.get(label);
    if (at !== undefined && at !== null) byAddenda.push(...clauseExtent(model, at));
  }
  return { amendments, units: superseded, byAddenda };
}

/** A passage that amends the clause whose label opens it: « CG-2.2 — Ajouter à la fin de la clause », "GC 4.1 — Add". */
const AMENDS = /^[^ ]{1,14} ?[-:] ?(?:ajouter|inserer|completer|modifier|add|insert|amend|supplement)\b/;

/**
 * The units a clause is: a heading's section, up to another clause of its numbering (a clause typed in capitals is read
 * as a title, its section running over « CG-4.4 » and « CG-4.5 » after « CG-4.3 »); a passage with its subclauses
 * (« CG-4.3.1 » under « CG-4.3 »), and the entries of the list it introduces (« Entraîne le rejet : » over « a) … »).
 */
function clauseExtent(model: DocumentModel, at: number): DocumentUnit[] {
  const { units } = model;
  const clause = units[at];
  const extent = [clause];
  const key = ownLabel(clause)!;
  if (clause.kind === 'heading') {
    const section = model.sections.find((candidate) => candidate.heading === clause);
    const prefix = PREFIX_OF_KEY.exec(key)![0];
    for (let index = at + 1; index < units.length && section && units[index].start < section.end; index++) {
      const label = READ_KINDS.has(units[index].kind) ? ownLabel(units[index]) : undefined;
      if (label !== undefined && PREFIX_OF_KEY.exec(label)![0] === prefix && !label.startsWith(`${key}.`)) break;
      extent.push(units[index]);
    }
    return extent;
  }
  const introduces = clause.text.trimEnd().endsWith(':');
  for (let index = at + 1; index < units.length; index++) {
    const unit = units[index];
    const label = READ_KINDS.has(unit.kind) ? ownLabel(unit) : undefined;
    if (label?.startsWith(`${key}.`) || (introduces && unit.kind === 'listItem' && label === undefined)) extent.push(unit);
    else break;
  }
  return extent;
}
