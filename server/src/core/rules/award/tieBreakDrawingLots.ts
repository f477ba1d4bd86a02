import { findItem } from '../../legal/find.js';
import { DRAWING_LOTS } from '../../legal/recognisers/award.js';
import { replaceParagraphFix } from '../documents/placement.js';
import { TENDER_DOCUMENT_TYPES } from '../documents/requiredItem.js';
import type { Rule } from '../rule.js';
import { withFollowing } from '../documents/scope.js';
import { unitIndex } from '../../document/model.js';

/** Words that say how a tie is settled: who is awarded, preferred, wins. */
const SETTLES =
  /\b(?:adjuge|accorde|attribue|octroye|retenue?|departag|l'emporte|priorit|preferen|privilegi|favoris|award|precedence|preferred|wins?\b|selected)/;
/** At most this many words, a passage naming the tie without a word that settles it is its title or label. */
const NAME_WORDS = 6;

/**
 * Art. 14 (and 27 for professional services): equal results are settled by drawing lots. The
 * documents need not say so; a passage that settles a tie otherwise (first bid received, lowest
 * price, best quality score, Québec content) contradicts the article.
 */
export const tieBreakDrawingLots: Rule = {
  id: 'tie-break-drawing-lots',
  citation: '14',
  severity: 'warning',
  appliesTo: TENDER_DOCUMENT_TYPES,
  scope: 'dossier',
  description: {
    fr: "En cas d'égalité des résultats, le contrat est adjugé par tirage au sort; les documents n'en prévoient pas d'autre mode.",
    en: 'When results are equal, the contract is awarded by drawing lots; the documents set no other tie-break.',
  },
  check(context) {
    for (const unit of findItem(context.model, 'tieBreak')) {
      if (unit.kind === 'heading' || DRAWING_LOTS.test(unit.normalized)) continue;
      // A passage that only names the tie (« *Égalité des prix* », « En cas d'égalité : ») is a title or a label:
      // what settles the tie is the passage after it and the list under that.
      if (!SETTLES.test(unit.normalized) && unit.normalized.split(' ').length <= NAME_WORDS) {
        const next = context.model.units[unitIndex(context.model, unit) + 1];
        const after = next ? withFollowing(context, next) : [];
        if (!after.some((other) => SETTLES.test(other.normalized) && !DRAWING_LOTS.test(other.normalized))) continue;
      }
      context.report({
        messageId: 'otherTieBreak',
        range: { start: unit.start, end: unit.end },
        message: {
          fr: "Art. 14 : lorsqu'il y a égalité des résultats, le contrat est adjugé par tirage au sort; ce passage prévoit un autre mode de départage.",
          en: 'S. 14: when results are equal, the contract is awarded by drawing lots; this passage settles a tie otherwise.',
        },
        fix: replaceParagraphFix(
          unit,
          { fr: 'Remplacer par le tirage au sort (art. 14)', en: 'Replace with drawing lots (s. 14)' },
          context.locale === 'fr'
            ? "En cas d'égalité des résultats, le contrat est adjugé par tirage au sort."
            : 'When results are equal, the contract is awarded by drawing lots.',
        ),
      });
    }
  },
};
