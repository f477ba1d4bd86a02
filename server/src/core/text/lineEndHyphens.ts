/**
 * Words broken at a line end with a hyphen, as a text copied from a justified PDF keeps them (« soumis-↵sions »,
 * « presta-↵taire »): a recogniser must read the word whole. A hyphen at a line end is also a compound's own
 * (« celle-↵ci », « non-↵conforme », « rue Jacques-↵Parizeau »), which the words on either side tell: that hyphen
 * stays, and the compound is whole too. The line end may be a hard break's as well (a web page's « pa-<br>↵raphée »),
 * or a space where the lines were joined (« pa- raphée », « soumis- sions »: a converter to a web page or to Word
 * reads a line end inside a paragraph as a space); joined so, a hyphen before a lower-case word is a break, but a
 * compound's first part before a conjunction (« pré- et postopératoire », « sous- ou sur-traitance »).
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
  if (!hasWordBreak(text)) return breaks;
  for (const found of text.matchAll(WORD_BREAK)) {
    const [, head, lineEnd, tail] = found;
    const joinedLines = !lineEnd.includes('\n');
    if (joinedLines && SUSPENDED_BEFORE.has(folded(tail))) continue;
    const nextLine = found.index + head.length + 1 + lineEnd.length;
    const lineAfter = text.slice(nextLine, text.indexOf('\n', nextLine) + 1 || text.length);
    const compound = isCompound(head, tail, lineAfter);
    breaks.push({ from: found.index + head.length + (compound ? 1 : 0), length: lineEnd.length + (compound ? 0 : 1) });
  }
  return breaks;
}

/**
 * A hyphen before a line end, white space aside, or before a space and a lower-case letter (lines joined): a scan from
 * each line end and each hyphen's space, cheaper than the pattern on every unit.
 */
function hasWordBreak(text: string): boolean {
  for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) {
    let before = end - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
    if (text[before] === '-' || text[before] === '\u2010') return true;
  }
  return text.includes('- ') || text.includes('\u2010 ');
}

/**
 * A word's last letters, its hyphen, the line end (one line's, or a hard break's and the line's) with the white space
 * around it or the space of joined lines before a lower-case letter, the next word (not taken: it may end with a hyphen too).
 */
const WORD_BREAK = /(?<!\p{L})(\p{L}+)[-\u2010]([ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*| (?=\p{Ll}))(?=(\p{L}+))/gu;

/** The conjunctions after a compound's first part standing for two compounds (« pré- et postopératoire », "pre- and post-"). */
const SUSPENDED_BEFORE = new Set(['et', 'ou', 'ni', 'and', 'or', 'nor']);

/**
 * Whether a hyphen at a line end is a compound's own: the next word is a name's (« Jacques-↵Parizeau »), the first
 * part one that stands before a hyphen (« non-↵conforme », « sous-↵traitant »), or the second part one that stands
 * after it (« celle-↵ci », « au-↵delà », « peut-↵être », « doit-↵il », "follow-↵up"). A capital tells a name only in
 * a text in lower case: in a text typed in capitals (the next line, `lineAfter`, has no lower-case letter) every word
 * opens with one (« PA-↵RAPHÉE; »), and a name in capitals (« BERGEVIN-↵ROY, agente ») is told by the lower case after it.
 */
function isCompound(head: string, tail: string, lineAfter: string): boolean {
  return (/^\p{Lu}/u.test(tail) && /\p{Ll}/u.test(lineAfter)) || BEFORE_HYPHEN.has(folded(head)) || AFTER_HYPHEN.has(folded(tail));
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
