/**
 * Words broken at a line end with a hyphen, as a text copied from a justified PDF keeps them (« soumis-↵sions »,
 * « presta-↵taire »): a recogniser must read the word whole. A hyphen at a line end is also a compound's own
 * (« celle-↵ci », « non-↵conforme », « rue Jacques-↵Parizeau »), which the words on either side tell: that hyphen
 * stays, and the compound is whole too.
 */
export function joinLineEndHyphens(text: string): string {
  const breaks = wordBreaks(text);
  if (breaks.length === 0) return text;
  let joined = '';
  let copied = 0;
  for (const { from, length } of breaks) {
    joined += text.slice(copied, from);
    copied = from + length;
  }
  return joined + text.slice(copied);
}

/**
 * The breaks inside words, in order: where what joins the word's parts starts, and its length (a word's hyphen, line end
 * and the next line's indentation; after a compound's hyphen, the line end and indentation).
 */
export function wordBreaks(text: string): { from: number; length: number }[] {
  const breaks: { from: number; length: number }[] = [];
  if (!hasLineEndHyphen(text)) return breaks;
  for (const found of text.matchAll(LINE_END_HYPHEN)) {
    const [, head, lineEnd, tail] = found;
    const compound = isCompound(head, tail);
    breaks.push({ from: found.index + head.length + (compound ? 1 : 0), length: lineEnd.length + (compound ? 0 : 1) });
  }
  return breaks;
}

/** A hyphen before a line end, white space aside: a scan from each line end, cheaper than the pattern on every unit. */
function hasLineEndHyphen(text: string): boolean {
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) {
    let before = end - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
    if (text[before] === '-' || text[before] === '\u2010') return true;
  }
  return false;
}

/** A word's last letters, its hyphen, the line end with the white space around it, the next line's word (not taken: it may end with a hyphen too). */
const LINE_END_HYPHEN = /(?<!\p{L})(\p{L}+)[-\u2010]([ \t]*\r?\n[ \t]*)(?=(\p{L}+))/gu;

/**
 * Whether a hyphen at a line end is a compound's own: the next word is a name's (« Jacques-↵Parizeau »), the first
 * part one that stands before a hyphen (« non-↵conforme », « sous-↵traitant »), or the second part one that stands
 * after it (« celle-↵ci », « au-↵delà », « peut-↵être », « doit-↵il », "follow-↵up").
 */
function isCompound(head: string, tail: string): boolean {
  return /^\p{Lu}/u.test(tail) || BEFORE_HYPHEN.has(folded(head)) || AFTER_HYPHEN.has(folded(tail));
}

const folded = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * First parts of compounds that are no syllable of a longer word a hyphenator would break there (« mi- » is
 * « mi-↵nistère », « co- » « co-↵mité », « anti- » « anti-↵cipé », « entre- » « entre-↵prise »: not listed).
 */
const BEFORE_HYPHEN = new Set(['non', 'sous', 'demi', 'semi', 'quasi', 'vice', 'self']);

/**
 * Second parts of compounds, as whole words, that no word a hyphenator breaks ends with: two letters or fewer (it leaves
 * three at least after a break), or words only a compound ends with. « les » and « leur » are not listed: « éco-↵les »,
 * « va-↵leur ».
 */
const AFTER_HYPHEN = new Set([
  // « celle-ci », « celui-là », « ci-dessous », « au-delà », « elle-même », « peut-être ».
  'ci',
  'la',
  'dessus',
  'dessous',
  'dela',
  'meme',
  'memes',
  'etre',
  // Pronouns after their verb: « doit-il », « a-t-elle », « peut-on », « est-ce », « sont-ils ».
  't',
  'il',
  'ils',
  'elle',
  'elles',
  'on',
  'ce',
  'y',
  'en',
  // English: "follow-up", "sign-in".
  'up',
  'in',
]);
