import { innermostSection, type DocumentModel } from '../document/model.js';
import type { TenderData } from '../document/tenderData.js';
import { normalizeForMatching } from '../text/normalize.js';
import { OBTAINED_FROM } from './recognisers/refusal.js';

/** The words an acronym leaves out (« Centre d'acquisitions gouvernementales » is the CAG). */
const MINOR_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'sur', 'and', 'for', 'of', 'the']);

/**
 * A short name defined right after a name: quoted, with its article or « ci-après » (« (le « CAG ») », « (ci-après
 * « le Collège ») », '(the "Board")'), or an acronym alone in its parenthesis (« (CSSDM) »). Text folded by
 * normalizeForMatching, read from the name's end.
 */
const DEFINED_NAME =
  /^ ?,? ?\((?:(?:ci-apres (?:appelee? |designee? |nommee? )?|hereinafter (?:called |referred to as )?)?(?:le |la |l'|les |the )?" ?(?:le |la |l'|les |the )?([a-z\d][a-z\d'-]*(?: [a-z\d'-]+){0,3}) ?"|([a-z]{2,10}))\)/;

/**
 * A definition by a quoted term, wherever it stands: '"Owner" means the CIUSSS', « le « Ministère » désigne le
 * ministère de … », « « Organisme » : le Centre … », "the "Board" shall mean …". The term, then what it stands for.
 */
const QUOTED_DEFINITION =
  /(?:^|[\s(;.:])(?:le |la |l'|les |the )?" ?([a-z\d][a-z\d'-]*(?: [a-z\d'-]+){0,3}) ?" ?(?:(?:means|shall mean|refers to|designe|signifie|s'entend de|vise) |[:-] ?)(.{1,120})/g;

/** A term and what it stands for, in an entry of a definitions section (« Acheteur : le Collège », "Owner — the CIUSSS"). */
const LISTED_DEFINITION =
  /^(?:le |la |l'|les |the )?([a-z\d][a-z\d'-]*(?: [a-z\d'-]+){0,3}) ?(?:(?:means|shall mean|refers to|designe|signifie|s'entend de) |[:|-] ?)(.{1,120})/;

/** A section that defines the documents' terms. */
const DEFINITIONS_HEADING = /\b(?:definitions?|interpretation|terminologie|glossaire|lexique)\b/;

/** A quick test before the definitions are read: a unit without any of these words or marks defines nothing. */
const MAY_DEFINE = /"|\b(?:means|refers to|designe|signifie|s'entend de|vise)\b/;

/**
 * A name standing for the whole of what a definition says it stands for: the name, then nothing but the sentence's or
 * the entry's end (« le Centre. », "the CIUSSS;", « le Collège (le « … ») »); not "the CIUSSS's representative", nor
 * « le Collège et ses mandataires ».
 */
const WHOLE_TARGET = /^(?:$| ?[.;,:(|])/;

/**
 * A ministry's contracts are the minister's: a ministry has no legal personality of its own, its minister is the
 * contracting party and signs (« le ministre de … »), so a ministry's tenders name the body « le Ministre » (« la
 * ministre », "the Minister"), and a minister's name its ministry. No other head stands for its body here: art. 8 asks
 * for an evaluation « de la part de cet organisme », made by the body (art. 55 and 56) and only maintained by its
 * dirigeant (art. 58); « le dirigeant de l'organisme », a director or a board are the body's officers, not the body a
 * legal office would read, so an evaluation attributed to them still asks the drafter to confirm.
 */
const HEADS: readonly (readonly [body: string, head: string])[] = [
  ['ministere', 'ministre'],
  ['ministry', 'minister'],
];

const LEADING_ARTICLE = /^(?:le |la |l'|les |the )/;

/**
 * What follows a name when it is another body's, the name followed by its own complement: « le ministre des Finances »
 * where the body is the Ministère de l'Éducation, « la Ville de Montréal » where « la Ville » is Laval. Not the
 * evaluation that follows its author (« de la part du Ministre d'une évaluation »).
 */
const OWN_COMPLEMENT = /^ (?:de (?:la |l')?|des |du |d'|of (?:the )?)(?!une?\b|evaluation|rendement|performance)[a-z]/;

/** Whether a name stands alone at a place of a text: not the start of a longer word. */
const endsWord = (text: string, end: number) => !/[\p{L}\d]/u.test(text.charAt(end));

/** Every definition the documents give, term and what it stands for, folded; read only from units that may hold one. */
export function definitions(model: DocumentModel): { term: string; target: string }[] {
  const found: { term: string; target: string }[] = [];
  for (const unit of model.units) {
    if (unit.kind === 'heading' || unit.kind === 'yaml' || !MAY_DEFINE.test(unit.normalized)) continue;
    for (const match of unit.normalized.matchAll(QUOTED_DEFINITION)) found.push({ term: match[1], target: match[2] });
  }
  for (const section of model.sections) {
    if (!DEFINITIONS_HEADING.test(section.heading.normalized)) continue;
    for (const unit of model.units) {
      if (unit.start <= section.heading.start || unit.start >= section.end || unit.kind === 'heading') continue;
      if (innermostSection(model, unit.start) !== section) continue;
      const match = LISTED_DEFINITION.exec(unit.normalized);
      if (match) found.push({ term: match[1], target: match[2] });
    }
  }
  return found;
}

/**
 * The names the body issuing the call goes by, folded, without a leading article: its name (front-matter
 * `organisme.nom`), its acronym, a ministry's minister (and a minister's ministry), the short names the text defines
 * right after one of those names, and the terms its definitions say stand for one of them, in chains ("Owner" means
 * the CIUSSS, the CIUSSS being the short name of the body's name).
 */
function bodyNames(data: TenderData, model: DocumentModel): string[] {
  const name = data.organisme.nom === undefined ? '' : normalizeForMatching(data.organisme.nom).replace(LEADING_ARTICLE, '');
  if (name.length === 0) return [];
  const names = new Set([name]);
  const words = name.split(/[\s'-]+/).filter((word) => word.length > 0 && !MINOR_WORDS.has(word));
  if (words.length >= 2) names.add(words.map((word) => word[0]).join(''));
  for (const [body, head] of HEADS) {
    for (const [one, other] of [
      [body, head],
      [head, body],
    ]) {
      if (!name.startsWith(`${one} `)) continue;
      names.add(other + name.slice(one.length));
      // Its calls in either language: the Ministère de l'Éducation's English documents name "the Minister".
      for (const [, anyHead] of HEADS) names.add(anyHead);
    }
  }
  const named = (text: string): boolean => {
    const target = text.replace(LEADING_ARTICLE, '');
    for (const known of names) if (target.startsWith(known) && WHOLE_TARGET.test(target.slice(known.length))) return true;
    return false;
  };
  const pending = definitions(model);
  // A one-word name (an acronym, a short name) is not searched for the short names defined after it: only a body's name is.
  const scanned = new Set<string>();
  for (let grown = true; grown;) {
    grown = false;
    for (const known of [...names]) {
      if (scanned.has(known) || (known !== name && !known.includes(' '))) continue;
      scanned.add(known);
      for (const unit of model.units) {
        for (let at = unit.normalized.indexOf(known); at >= 0; at = unit.normalized.indexOf(known, at + known.length)) {
          const defined = DEFINED_NAME.exec(unit.normalized.slice(at + known.length, at + known.length + 80));
          const short = defined?.[1] ?? defined?.[2];
          if (short && !names.has(short)) {
            names.add(short);
            grown = true;
          }
        }
      }
    }
    for (let index = pending.length - 1; index >= 0; index--) {
      if (!named(pending[index].target)) continue;
      names.add(pending[index].term);
      pending.splice(index, 1);
      grown = true;
    }
  }
  return [...names];
}

/**
 * What attributes an evaluation to a body named after it (« de la part du », « par le », "by the", "on the part of the",
 * « a obtenu du »), at the text's end.
 */
export const ATTRIBUTED = new RegExp(
  String.raw`(?:\b(?:de la part|${OBTAINED_FROM}) (?:du |de la |de l'|des |de |d')|\bpar (?:le |la |l'|les )?|\b(?:from|by|on the part of) (?:the )?)$`,
);

/**
 * Whether a text attributes something to the body issuing the call by one of its names (« de la part du CAG », « par
 * le Centre d'acquisitions gouvernementales », "by the Owner" where "Owner" means the body, « de la part du Ministre »
 * in a ministry's call), not by another body's name that begins as one of them (« par le ministre des Finances »).
 */
export function attributedToThisBody(data: TenderData, model: DocumentModel, text: string): boolean {
  for (const name of bodyNames(data, model)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!endsWord(text, end) || OWN_COMPLEMENT.test(text.slice(end, end + 30))) continue;
      if (ATTRIBUTED.test(text.slice(Math.max(0, at - 20), at))) return true;
    }
  }
  return false;
}
