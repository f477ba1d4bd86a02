import type { DocumentModel } from '../document/model.js';
import type { Localized } from '../types.js';
import { formatCitation, paragraphAlinea, parseCitationId, type Citation } from './citations.js';
import { findUnits, unitQuestion, unitStates, type UnitQuestion, type WeakEvidence } from './find.js';
import { RECOGNISERS, type ItemName } from './recognisers.js';
import { findCitations, type TextCitation } from './textCitations.js';

/**
 * A passage that refers to the regulation's article instead of stating what it requires (« Toute soumission
 * est rejetée dans les cas prévus à l'article 7 du Règlement sur les contrats de services des organismes
 * publics », "bidders must meet the conditions of section 6 of the Regulation"): the drafter means the
 * item, but the tender documents must state it (art. 6: « les conditions d'admissibilité … sont », art. 7:
 * « les conditions de conformité doivent indiquer »). Evidence to confirm, not proof that it is missing.
 *
 * Only a passage that names this regulation (a tender's own « article 7 » is one of its sections) and that
 * states none of the article's items: « Conformément à l'article 7 du Règlement, toute soumission reçue en
 * retard est rejetée » states the late receipt only, and refers the other cases nowhere.
 */
export function findReferenceEvidence(model: DocumentModel, citation: string): WeakEvidence | undefined {
  const required = parseCitationId(citation);
  if (!required) return undefined;
  const key = required.annex ? `A${required.annex}.${required.article}` : required.article;
  let items = ITEMS_OF_ARTICLE.get(key);
  if (!items) ITEMS_OF_ARTICLE.set(key, (items = itemsOfArticle(required)));
  const unit = findUnits(model, CITES_THE_REGULATION).find(
    (candidate) => regulationCitations(candidate.text).some((cited) => covers(cited, required)) && !items.some((item) => unitStates(candidate, item)),
  );
  if (!unit) return undefined;
  return { unit, lacks: refersOnly(required), template: `reference:${citation}` };
}

/** Folded text that names the regulation: what a citation of it is qualified by, in either language. */
const REGULATION_NAMED = /\breglement\b|\bregulation\b/;

const BRACKETED = /\[[^[\]\n]*\]/g;

/** The items of each article, by the article (its annex's too): asked by every rule at each analysis. */
const ITEMS_OF_ARTICLE = new Map<string, ItemName[]>();

/**
 * The citations of this regulation a text makes by naming it (« … du Règlement », "… of the Regulation"). What a
 * template says to the drafter in brackets (« [Note : ajouter ici la condition — art. 6, par. 2° du Règlement.] »,
 * « [à compléter : …] ») is not the tender's text: the item is still to be written.
 */
function regulationCitations(text: string): TextCitation[] {
  return findCitations(text.replace(BRACKETED, ' ')).filter((cited) => cited.named === true);
}

/** Units citing a provision of this regulation by naming it, asked once for every provision a rule looks for. */
const CITES_THE_REGULATION: UnitQuestion = unitQuestion(
  'reference',
  (normalized, unit) => REGULATION_NAMED.test(normalized) && regulationCitations(unit.text).length > 0,
);

/**
 * Whether a citation written in the text designates the provision: its article, a range of articles that holds
 * it, the provision itself, or its alinéa. Article 7.1 is not within article 7.
 */
function covers(cited: TextCitation, required: Citation): boolean {
  const written = parseCitationId(cited.id);
  if (!written || written.annex !== required.annex) return false;
  if (cited.through !== undefined) {
    const last = parseCitationId(cited.through);
    return last !== undefined && compareArticles(written.article, required.article) <= 0 && compareArticles(required.article, last.article) <= 0;
  }
  if (written.article !== required.article) return false;
  if (written.paragraph !== undefined) return written.paragraph === required.paragraph && (written.alinea ?? 0) === (required.alinea ?? 0);
  return (
    written.alinea === undefined || written.alinea === (required.alinea ?? (required.paragraph !== undefined ? paragraphAlinea(required.article) : undefined))
  );
}

/** Article numbers in the regulation's order: 7 < 7.1 < 8 < 29.2 < 29.10. */
function compareArticles(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The items whose wording the regulation gives in the same article (each recogniser's `law` citations). */
function itemsOfArticle(required: Citation): ItemName[] {
  return (Object.entries(RECOGNISERS) as [ItemName, { law?: readonly { citation: string }[] }][])
    .filter(([, recogniser]) =>
      (recogniser.law ?? []).some((law) => {
        const cited = parseCitationId(law.citation);
        return cited !== undefined && cited.article === required.article && cited.annex === required.annex;
      }),
    )
    .map(([item]) => item);
}

function refersOnly(required: Citation): Localized {
  const article = required.annex ? required.id : required.article;
  return {
    fr: `il renvoie au Règlement (${formatCitation(article, 'fr')}) sans énoncer ce que cette disposition exige`,
    en: `it refers to the Regulation (${formatCitation(article, 'en')}) without stating what that provision requires`,
  };
}
