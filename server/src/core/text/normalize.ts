/**
 * Folding used by every recogniser: drafters write "S'ENGAGE", "s’engage" or "s'engage" and mean
 * the same words, so patterns are matched on text without case, accents, typographic apostrophes,
 * non-breaking spaces or line breaks. Invisible format characters (soft hyphens, zero-width spaces
 * and joiners, bidirectional marks, byte order marks: Unicode category Cf) are not part of the words
 * they sit in: "accep\u00ADter" is "accepter", and so is a soft hyphen at a line break.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/\u00ad\s*|\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/[«»“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean" suggestions on short keys. */
function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The "did you mean" of an unknown key: the nearest candidate by spelling (case, accents and `_` for
 * `-` aside), else the one candidate holding every word of it (`garantie` → `garantie-soumission`).
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const folded = foldKey(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(folded, foldKey(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3))) return best;
  // A shortened key, or its words in another order; several keys holding them all: no suggestion.
  const parts = folded.split('-').filter(Boolean);
  const holding = candidates.filter((candidate) => {
    const candidateParts = foldKey(candidate).split('-');
    return parts.length > 0 && parts.every((part) => candidateParts.includes(part));
  });
  return holding.length === 1 ? holding[0] : undefined;
}

/** A key as compared for suggestions: no case, no accents, `_` and spaces read as `-`. */
const foldKey = (key: string): string =>
  key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
