/**
 * Stylistic inversion: a legal office's clause that opens with its predicate, its subject after (« Seront reçues les
 * soumissions au … au plus tard le … », « Sont irrévocables les soumissions pendant 90 jours », « Doivent être adressées
 * par écrit, à la personne désignée, les questions des soumissionnaires », « Ne sera donnée aucune réponse verbale »).
 * The templates and patterns are written in the subject-first order: such a clause is also read in that order (« les
 * soumissions seront reçues au … »). Only the order changes, never a word: the negation, the modal and the complements
 * stay with the predicate.
 */

/** The finite verbs a French declarative clause may open with, its subject after (être, the modals, incomber, demeurer, rester). */
const INVERTED_VERBS = new Set([
  'est',
  'sont',
  'sera',
  'seront',
  'serait',
  'seraient',
  'doit',
  'doivent',
  'devra',
  'devront',
  'peut',
  'peuvent',
  'pourra',
  'pourront',
  'incombe',
  'incombent',
  'incombera',
  'incomberont',
  'demeure',
  'demeurent',
  'demeurera',
  'demeureront',
  'reste',
  'restent',
  'restera',
  'resteront',
]);

/**
 * Whether a folded text may hold an inverted clause: one of those verbs opening a sentence (after a period, a semicolon,
 * a colon, the bold of a run-in title, or a short introductory phrase and its comma: « à défaut, sera reportée … »). A text
 * it does not match costs this test only. Written out for the static check of patterns.
 */
const MAY_INVERT =
  /(?:^|^[\d.]{1,8} |[.;:!?*] |, )(?:ne |n')?(?:est|sont|sera|seront|serai(?:t|ent)|doi(?:t|vent)|devr(?:a|ont)|peu(?:t|vent)|pourr(?:a|ont)|incomb(?:e|ent|era|eront)|demeur(?:e|ent|era|eront)|rest(?:e|ent|era|eront)) [a-z]/;

/** Determiners that open a noun phrase (folded): the subject's first word. « des » and « du » only after a comma or a bracket. */
const DETERMINERS = new Set([
  'le',
  'la',
  'les',
  "l'",
  'un',
  'une',
  'tout',
  'toute',
  'tous',
  'toutes',
  'chaque',
  'aucun',
  'aucune',
  'nul',
  'nulle',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'ce',
  'cet',
  'cette',
  'ces',
  'des',
  'du',
]);
const PARTITIVES = new Set(['des', 'du']);

/** Words after which a determiner opens a complement, not the subject (prepositions, « au plus tard le … », « que »). */
const GOVERNING = new Set([
  'a',
  'au',
  'aux',
  'de',
  "d'",
  'du',
  'des',
  'par',
  'pour',
  'dans',
  'sur',
  'avec',
  'sans',
  'sous',
  'chez',
  'entre',
  'vers',
  'avant',
  'apres',
  'pendant',
  'selon',
  'contre',
  'envers',
  'suivant',
  "jusqu'",
  'en',
  'tard',
  'que',
  "qu'",
  'soit',
  'lors',
  'comme',
  'parmi',
  'et',
  'ou',
  'moins',
  'plus',
  'aupres',
  'conformement',
  'afin',
  'lorsque',
  'si',
]);

/** A determiner followed by these gives a date or a moment (« le jeudi 8 décembre », « le même jour »), not the subject. */
const MOMENT_AFTER = /^(?:\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|meme|lendemain|premier)/;

/** Words that end the subject's noun phrase: prepositions other than « de », conjunctions, « que ». */
const NOUN_PHRASE_END = new Set([...GOVERNING].filter((word) => !['de', "d'", 'du', 'des', 'tard', 'soit', 'et', 'ou', 'moins', 'plus'].includes(word)));
/** The forms of « être » and its kin: a noun phrase right after one is its attribute (« Sont la propriété de … les rapports »). */
const COPULAS = /^(?:est|sont|ser|demeur|rest)/;
/** Words after which a determiner goes on the noun phrase (« la qualité des soumissions », « toutes les soumissions »). */
const PHRASE_LINKS = new Set(['de', "d'", 'du', 'des', 'et', 'ou', 'tout', 'toute', 'tous', 'toutes']);
/**
 * The preposition an adjective's or a noun's infinitive follows (« susceptible d'avoir », « le droit de modifier »); not
 * « à », whose infinitives also open a moment (« à compter du », « à partir du »).
 */
const INFINITIVE_LINKS = new Set(['de', "d'"]);
/** An infinitive's ending (folded): -er, -ir, -re, -oir. */
const INFINITIVE_ENDING = /(?:er|ir|re)$/;
/** Relative pronouns: the clause they open belongs to the subject (« toute soumission dont le prix est anormalement bas »). */
const RELATIVES = new Set(['qui', 'dont', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'auquel', 'auxquels', 'auxquelles']);
/** Punctuation that ends a sentence. */
const SENTENCE_MARKS = new Set(['.', ';', ':', '!', '?']);

const NOUN_PHRASE_WORDS = 10;
const SUBJECT_REACH = 45;
const RELATIVE_WORDS = 25;
const LEAD_WORDS = 3;
const NUMBERING_TOKENS = 8;

interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}°]+(?:-[\p{L}\p{N}]+)*'?|\S/gu)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length, word: /^[\p{L}\p{N}]/u.test(match[0]) });
  }
  return tokens;
}

/**
 * The reading of a folded text with its inverted clauses in the subject-first order (« seront recues les soumissions au
 * … » → « les soumissions seront recues au … »), or undefined when it holds none.
 */
export function canonicalOrder(text: string): string | undefined {
  if (!MAY_INVERT.test(text)) return undefined;
  const tokens = tokensOf(text);
  let result = '';
  let copied = 0;
  for (let at = 0; at < tokens.length; at++) {
    if (!opensSentence(tokens, at)) continue;
    const clause = invertedAt(tokens, at, text);
    if (!clause) continue;
    result += text.slice(copied, clause.start) + clause.text;
    copied = clause.end;
    while (at + 1 < tokens.length && tokens[at + 1].start < clause.end) at++;
  }
  return copied === 0 ? undefined : result + text.slice(copied);
}

/** The clause that opens at `at` with its predicate, in the subject-first order, and the span it replaces. */
function invertedAt(tokens: Token[], at: number, text: string): { start: number; end: number; text: string } | undefined {
  let verb = at;
  if (tokens[verb].text === 'ne' || tokens[verb].text === "n'") verb++;
  if (!tokens[verb] || !INVERTED_VERBS.has(tokens[verb].text) || !tokens[verb + 1]?.word) return undefined;
  const subject = subjectAfter(tokens, verb + 1);
  if (subject === undefined) return undefined;
  const end = nounPhraseEnd(tokens, subject);
  // The predicate without the comma that set the subject apart.
  let last = subject - 1;
  while (last > verb && tokens[last].text === ',') last--;
  const subjectText = text.slice(tokens[subject].start, tokens[end - 1].end);
  return { start: tokens[at].start, end: tokens[end - 1].end, text: `${subjectText} ${text.slice(tokens[at].start, tokens[last].end)}` };
}

/**
 * Whether a sentence opens at `at`: the text's start, after a mark that ends a sentence or the bold of a run-in title, after
 * the numbering that opens a passage (« 3.2 »), or after a short lead-in and its comma (« ; à défaut, sera reportée … »),
 * not after a comma within a clause (« la garantie, …, est »).
 */
function opensSentence(tokens: Token[], at: number): boolean {
  let before = at - 1;
  if (before < 0 || SENTENCE_MARKS.has(tokens[before].text) || tokens[before].text === '*') return true;
  if (tokens[before].text === ',') {
    const comma = before--;
    while (before >= 0 && comma - before <= LEAD_WORDS && tokens[before].word && !/^\d/.test(tokens[before].text)) before--;
    if (before === comma - 1) return false;
  } else
    while (before >= 0 && (/^\d+$/.test(tokens[before].text) || tokens[before].text === '.' || tokens[before].text === '*') && at - before <= NUMBERING_TOKENS)
      before--;
  return before < 0 || SENTENCE_MARKS.has(tokens[before].text) || tokens[before].text === '*';
}

/** Where the subject opens after the predicate's verb: the first determiner no preposition governs, outside brackets and quotes. */
function subjectAfter(tokens: Token[], from: number): number | undefined {
  let depth = 0;
  let quoted = false;
  for (let index = from; index < tokens.length && index < from + SUBJECT_REACH; index++) {
    const { text, word } = tokens[index];
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    else if (text === '"') quoted = !quoted;
    if (!word) {
      if (SENTENCE_MARKS.has(text) && depth === 0 && !quoted) return undefined;
      continue;
    }
    if (depth > 0 || quoted || !DETERMINERS.has(text)) continue;
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (!next?.word || MOMENT_AFTER.test(next.text) || (DETERMINERS.has(next.text) && !PHRASE_LINKS.has(text))) continue;
    if (index === from && COPULAS.test(previous.text)) continue;
    if (previous.word ? GOVERNING.has(previous.text) || PARTITIVES.has(text) : PARTITIVES.has(text) && previous.text !== ',' && previous.text !== ')') continue;
    return index;
  }
  return undefined;
}

/** The end (exclusive) of the subject's noun phrase: its words up to a preposition or a mark, a relative clause with it. */
function nounPhraseEnd(tokens: Token[], subject: number): number {
  let end = subject + 1;
  while (end < tokens.length && end < subject + NOUN_PHRASE_WORDS) {
    const token = tokens[end];
    if (token.word && RELATIVES.has(token.text)) {
      let close = end + 1;
      while (close < tokens.length && close < end + RELATIVE_WORDS && tokens[close].text !== ',' && !SENTENCE_MARKS.has(tokens[close].text)) close++;
      return close;
    }
    // A number's figures in brackets (« douze (12) mois ») are the phrase's.
    if (token.text === '(' && tokens[end + 1]?.word && /^\d+$/.test(tokens[end + 1].text) && tokens[end + 2]?.text === ')') {
      end += 3;
      continue;
    }
    if (!token.word || NOUN_PHRASE_END.has(token.text) || INVERTED_VERBS.has(token.text)) break;
    if (DETERMINERS.has(token.text) && !PARTITIVES.has(token.text) && !PHRASE_LINKS.has(tokens[end - 1].text) && !infinitiveAt(tokens, end - 1)) break;
    end++;
  }
  return end;
}

/**
 * Whether the word at `at` is an infinitive after its preposition (« susceptible d'avoir », « le droit de modifier »): the
 * determiner after it opens its object, which is the subject's (« tout addenda susceptible d'avoir une incidence »).
 */
function infinitiveAt(tokens: Token[], at: number): boolean {
  return at > 0 && INFINITIVE_LINKS.has(tokens[at - 1].text) && INFINITIVE_ENDING.test(tokens[at].text);
}
