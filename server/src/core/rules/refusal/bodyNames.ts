import { normalizeForMatching } from '../../text/normalize.js';
import type { RuleContext } from '../rule.js';

/** The words an acronym leaves out (« Centre d'acquisitions gouvernementales » is the CAG). */
const MINOR_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'sur', 'and', 'for', 'of', 'the']);

/**
 * A short name defined right after a name: quoted, with its article or « ci-après » (« (le « CAG ») », « (ci-après
 * « le Collège ») », '(the "Board")'), or an acronym alone in its parenthesis (« (CSSDM) »). Text folded by
 * normalizeForMatching, read from the name's end.
 */
const DEFINED_NAME =
  /^ ?,? ?\((?:(?:ci-apres (?:appelee? |designee? |nommee? )?|hereinafter (?:called |referred to as )?)?(?:le |la |l'|les |the )?" ?(?:le |la |l'|les |the )?([a-z\d][a-z\d'-]*(?: [a-z\d'-]+){0,3}) ?"|([a-z]{2,10}))\)/;

/** What attributes an evaluation to a body named after it (« de la part du », « par le », "by the"), at the text's end. */
const ATTRIBUTED = /(?:\bde la part (?:du |de la |de l'|des |de |d')|\bpar (?:le |la |l'|les )?|\b(?:from|by) (?:the )?)$/;

const LEADING_ARTICLE = /^(?:le |la |l'|les |the )/;

/**
 * The names the body issuing the call goes by: its name (front-matter `organisme.nom`), its acronym, and the short
 * names the text defines right after that name. Folded, without a leading article.
 */
function bodyNames(context: RuleContext): string[] {
  const name = context.data.organisme.nom === undefined ? '' : normalizeForMatching(context.data.organisme.nom).replace(LEADING_ARTICLE, '');
  if (name.length === 0) return [];
  const names = new Set([name]);
  const words = name.split(/[\s'-]+/).filter((word) => word.length > 0 && !MINOR_WORDS.has(word));
  if (words.length >= 2) names.add(words.map((word) => word[0]).join(''));
  for (const unit of context.model.units) {
    for (let at = unit.normalized.indexOf(name); at >= 0; at = unit.normalized.indexOf(name, at + name.length)) {
      const defined = DEFINED_NAME.exec(unit.normalized.slice(at + name.length, at + name.length + 80));
      const short = defined?.[1] ?? defined?.[2];
      if (short) names.add(short);
    }
  }
  return [...names];
}

/**
 * Whether a text attributes something to the body issuing the call by one of its names (« de la part du CAG », « par
 * le Centre d'acquisitions gouvernementales », "by the Board" where the Board is its defined name).
 */
export function attributedToThisBody(context: RuleContext, text: string): boolean {
  for (const name of bodyNames(context)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = text.charAt(at + name.length);
      if (/[\p{L}\d]/u.test(after)) continue;
      if (ATTRIBUTED.test(text.slice(Math.max(0, at - 20), at))) return true;
    }
  }
  return false;
}
