/**
 * A question in its declarative word order. Q&A tenders ask what a passage states (« Quand les soumissions sont-elles
 * ouvertes? », "When and where are the bids opened?"); the recognisers read a statement's order (« les soumissions
 * sont ouvertes », "the bids are opened"). French puts the subject's pronoun after the verb (« sont-elles », « a-t-il »),
 * English the auxiliary before the subject: both are read back in order. Text is folded (normalizeForMatching).
 */

/** A verb and the subject's pronoun after it, « -t- » between them or not: « sont-elles », « a-t-il », « peut-on ». */
const FRENCH_INVERSION = /\b([a-z]+)-(?:t-)?(?:ils|il|elles|elle|on)\b/g;

/**
 * An auxiliary before its subject (a determiner and a noun, or a plural noun) and a participle: "are the bids opened",
 * "will the tenders be opened", "is the contract awarded".
 */
const ENGLISH_INVERSION = /\b(are|is|will|shall|were|was)( not)? ((?:the|your|our|my|their|all) [a-z]+|[a-z]+s) (be [a-z]+(?:ed|en)|[a-z]+(?:ed|en))\b/g;

/** The auxiliary before its participle's subject: "will be the bids opened" (a question's future, as some drafters write it). */
const ENGLISH_FUTURE_INVERSION = /\b(will|shall) be ((?:the|your|our|my|their|all) [a-z]+|[a-z]+s) ([a-z]+(?:ed|en))\b/g;

/** The question's words in declarative order, or undefined when the text asks none or reads the same. */
export function declarativeQuestion(normalized: string): string | undefined {
  if (!normalized.includes('?')) return undefined;
  const plain = normalized.replace(FRENCH_INVERSION, '$1').replace(ENGLISH_INVERSION, '$3 $1$2 $4').replace(ENGLISH_FUTURE_INVERSION, '$2 $1 be $3');
  return plain === normalized ? undefined : plain;
}
