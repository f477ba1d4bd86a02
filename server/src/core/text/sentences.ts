// Where prose's sentences end, read as a legal reader does: not after an abbreviation (« boul. », « M. »), after a time's « p.m. » only when a sentence opens.

/**
 * Whether a time's « a.m. » or « p.m. » ends its sentence: its period is also the sentence's when a sentence opens after it
 * (« …at 2:00 p.m. Expected start of services: … »), not when its time zone follows ("3 p.m. Eastern Time on …").
 */
function timeEndsSentence(text: string, period: number, next: number): boolean {
  return /(?<!\p{L})[ap]\.\s?m$/iu.test(text.slice(Math.max(0, period - 5), period)) && !TIME_ZONE.test(text.slice(next, next + 24));
}
const TIME_ZONE = /^(?:Eastern|Atlantic|Central|Mountain|Pacific|Standard|Daylight|Local|[ACEMP][SD]?T|UTC|GMT|Montr[ée]al|Qu[ée]bec|Toronto|Ottawa)(?!\p{L})/u;

// Short words ending in a period that do not end a sentence ("boul. René-Lévesque", "M. Gagnon").
const ABBREVIATIONS = new Set([
  'boul',
  'av',
  'ave',
  'm',
  'mme',
  'me',
  'dr',
  'st',
  'ste',
  'ch',
  'no',
  'art',
  'par',
  'al',
  'app',
  'bur',
  'tél',
  'tel',
  'c',
  'r',
  'p',
]);
const SENTENCE_END = /[.!?;]\s+(?=[\p{Lu}«"*_])/gu;

/** Where a text's sentences end: after their closing mark (`index`), and where the next one opens (`next`). */
export function sentenceEnds(text: string): { index: number; next: number }[] {
  const ends: { index: number; next: number }[] = [];
  for (const match of text.matchAll(SENTENCE_END)) {
    const word = /(\p{L}{1,4})$/u.exec(text.slice(Math.max(0, match.index - 5), match.index))?.[1];
    if (word && match[0][0] === '.' && ABBREVIATIONS.has(word.toLowerCase()) && !timeEndsSentence(text, match.index, match.index + match[0].length)) continue;
    ends.push({ index: match.index + 1, next: match.index + match[0].length });
  }
  return ends;
}

/** A text's sentences, from where each opens to its closing mark. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const { index, next } of sentenceEnds(text)) {
    spans.push({ start, end: index });
    start = next;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * The clauses of a folded passage, trimmed: its sentences, cut after « . », « ! » or « ? » before a blank or the end, and
 * the parts a semicolon separates, typed with or without a blank after it (« …dans le SEAO;ils ne sont… »). Rules read a
 * statement in its own clause so that a neighbour's words (another addendum, another breach) are not taken for its own.
 */
export function clausesOf(text: string): string[] {
  return text
    .split(CLAUSE_END)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
}

/** Where clausesOf cuts a folded passage. */
const CLAUSE_END = /;|[.!?](?=\s|$)/u;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, 'gu');

/**
 * The clause of a folded passage (clausesOf's) that holds `offset`: from after the cut before it to the cut after it (the
 * mark left out), for a reading that starts from a word it found (an amount after its item's name, a date after its label).
 */
export function clauseAround(text: string, offset: number): { start: number; end: number } {
  let start = 0;
  for (const cut of text.matchAll(CLAUSE_ENDS)) {
    if (cut.index >= offset) return { start, end: cut.index };
    start = cut.index + cut[0].length;
  }
  return { start, end: text.length };
}
