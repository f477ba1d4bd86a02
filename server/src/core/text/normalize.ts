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
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Levenshtein distance, for "did you mean" suggestions on short keys. */
export function editDistance(a: string, b: string): number {
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

export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
