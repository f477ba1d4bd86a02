import { lemmaOf } from './lemma.js';
/**
 * Obligation in its plain form. The recognisers name an obligation by a plain modal and its verb (« doit
 * joindre », « devront transmettre », "must include"). Drafters also write it with a periphrasis (« est tenu de
 * joindre », « a l'obligation de », « il incombe au soumissionnaire de joindre », "is required to include", "it is
 * the bidder's responsibility to include") or
 * with words between the modal and its verb (« doit obligatoirement joindre », « doit, sous peine de rejet,
 * joindre », "must also include"). A passage holding one is also read in the plain form (legal/find.ts), so that
 * every recogniser reads it as it reads the modal.
 *
 * A legal reader checks these lists. Text is folded (normalizeForMatching: lower case, no accents, straight
 * apostrophes). The plain form keeps every word that changes the obligation's force or scope: a negated
 * periphrasis (« n'est pas tenu de », "is not required to") has none, and between a modal and its verb only the
 * words of DROPPED, adverbs in « -ment » or "-ly" outside KEPT, and a short incise between commas holding no word
 * of KEPT are left out.
 */

/** A conjugated form of a periphrasis's auxiliary, and the plain modal of the same person and tense. */
type Conjugation = Readonly<Record<string, string>>;

/**
 * « être », « avoir », « se devoir » in the present and the future, and « devoir » in the same person and tense.
 * « être » and « avoir » in the conditional too, read as the future: a tender states in it what the contract will
 * require of the bidder chosen (« l'adjudicataire serait tenu de fournir », « aurait l'obligation de »).
 */
const ETRE: Conjugation = { est: 'doit', sont: 'doivent', sera: 'devra', seront: 'devront', serait: 'devra', seraient: 'devront' };
const AVOIR: Conjugation = { a: 'doit', ont: 'doivent', aura: 'devra', auront: 'devront', aurait: 'devra', auraient: 'devront' };
const SE_DEVOIR: Conjugation = { 'se doit': 'doit', 'se doivent': 'doivent', 'se devra': 'devra', 'se devront': 'devront' };
/** English auxiliaries: every person and tense is "must", the conditional too ("would be required to", as in French). */
const BE: Conjugation = { is: 'must', are: 'must', 'will be': 'must', 'shall be': 'must', 'would be': 'must' };
const HAVE: Conjugation = { has: 'must', have: 'must', 'will have': 'must', 'shall have': 'must', 'would have': 'must' };
const NEED: Conjugation = { needs: 'must', need: 'must', 'will need': 'must', 'would need': 'must' };
/** « falloir », impersonal: « il faut joindre », « il faudra fournir ». */
const FALLOIR: Conjugation = { faut: 'doit', faudra: 'devra' };

/**
 * A periphrasis of obligation: its auxiliary, the words after it (none: ''), the word that joins it to the
 * verb (« de » is also « d' » before a vowel; '': the verb follows). A French verb after it is an infinitive
 * (« est tenu de joindre »; « l'obligation de confidentialité » is no periphrasis). `subject`: the only word it
 * may follow, for an impersonal one (« il est obligatoire de », "it is mandatory to": « la garantie est
 * nécessaire pour » is no obligation).
 */
interface Periphrasis {
  auxiliary: Conjugation;
  words: readonly string[];
  then: 'de' | 'a' | 'to' | '';
  subject?: string;
}

export const PERIPHRASES: readonly Periphrasis[] = [
  // « Le soumissionnaire est tenu de joindre », « les prestataires sont tenus de », « sera tenue de ».
  { auxiliary: ETRE, words: ['tenu', 'tenue', 'tenus', 'tenues'], then: 'de' },
  { auxiliary: ETRE, words: ['oblige', 'obligee', 'obliges', 'obligees'], then: 'de' },
  // « Le soumissionnaire est requis de fournir » (Québec usage).
  { auxiliary: ETRE, words: ['requis', 'requise', 'requises'], then: 'de' },
  // « L'adjudicataire est chargé d'assurer l'entretien »: the task the contract gives.
  { auxiliary: ETRE, words: ['charge', 'chargee', 'charges', 'chargees'], then: 'de' },
  // « a l'obligation de », « a pour obligation de », « a la responsabilité de », « est dans l'obligation de ».
  { auxiliary: AVOIR, words: ["l'obligation", 'pour obligation', 'la responsabilite', 'pour responsabilite'], then: 'de' },
  // « Le prestataire est responsable de fournir » (an infinitive after it: « responsable de l'entretien » is none).
  { auxiliary: ETRE, words: ['responsable', 'responsables'], then: 'de' },
  { auxiliary: ETRE, words: ["dans l'obligation"], then: 'de' },
  // « se doit de fournir ».
  { auxiliary: SE_DEVOIR, words: [''], then: 'de' },
  // « Le prestataire aura à effectuer » (« avoir à » and an infinitive).
  { auxiliary: AVOIR, words: [''], then: 'a' },
  // Impersonal, its subject « il » kept: « il est obligatoire de se procurer », « il sera nécessaire de », « il faut joindre ».
  { auxiliary: ETRE, words: ['obligatoire', 'necessaire', 'exige'], then: 'de', subject: 'il' },
  { auxiliary: FALLOIR, words: [''], then: '', subject: 'il' },
  // "is required to include", "are obliged to", "will be obligated to".
  { auxiliary: BE, words: ['required', 'obliged', 'obligated'], then: 'to' },
  // "has to include", "will have to".
  { auxiliary: HAVE, words: [''], then: 'to' },
  // "needs to include".
  { auxiliary: NEED, words: [''], then: 'to' },
  // "it is mandatory to obtain", "it will be necessary to attend".
  { auxiliary: BE, words: ['mandatory', 'necessary'], then: 'to', subject: 'it' },
];

/**
 * Words before an auxiliary that make it no periphrasis of obligation: a negation (« ne sont tenus de », "do not
 * have to", "doesn't need to": a word in "n't" too), a modal of possibility ("may have to", "could need to"), a
 * determiner before a noun ("the needs to be met"). « n'est », « n'a » are no auxiliary of the list: they are left
 * alone.
 */
const NOT_AFTER: ReadonlySet<string> = new Set([
  'ne',
  'not',
  'never',
  'no',
  'nor',
  'longer',
  'would',
  'could',
  'might',
  'may',
  'should',
  'can',
  'do',
  'does',
  'did',
  'the',
  'an',
  'any',
  'its',
  'their',
  'our',
  'your',
  'his',
  'her',
  'whose',
  'these',
  'those',
]);

/**
 * Words before « a » that make it the preposition « à » (folded alike): « soumis à l'obligation de », « un
 * manquement à l'obligation de », « conformément à … » (any word in « -ment »).
 */
const GOVERN_A: ReadonlySet<string> = new Set([
  'soumis',
  'soumise',
  'soumises',
  'assujetti',
  'assujettie',
  'assujettis',
  'assujetties',
  'soustrait',
  'soustraite',
  'soustraits',
  'soustraites',
  'deroger',
  'deroge',
  'manque',
  'conforme',
  'conformer',
  'relatif',
  'relative',
  'relatifs',
  'relatives',
  'quant',
  'grace',
  'suite',
  'face',
  'renoncer',
  'renonce',
  'satisfaire',
  'satisfait',
  'repondre',
  'repond',
  'contrevenir',
  'contrevient',
  'lie',
  'liee',
  'lies',
  'liees',
  'exception',
]);

/**
 * The obligation stated with its subject after the verb: « il incombe au soumissionnaire de joindre », « il
 * appartient à l'adjudicataire de », « il est de la responsabilité du prestataire de », "it is the
 * responsibility of the bidder to", "it is incumbent upon the bidder to". `by`: the preposition before the
 * subject; `singular`, `plural`: the plain modal, by the subject's number.
 */
interface Impersonal {
  words: readonly string[];
  by: 'a' | 'de' | 'of' | 'on';
  singular: string;
  plural: string;
}

export const IMPERSONALS: readonly Impersonal[] = [
  { words: ['il incombe', 'il appartient', 'il revient'], by: 'a', singular: 'doit', plural: 'doivent' },
  { words: ['il incombera', 'il appartiendra', 'il reviendra'], by: 'a', singular: 'devra', plural: 'devront' },
  { words: ['il est de la responsabilite'], by: 'de', singular: 'doit', plural: 'doivent' },
  { words: ['il sera de la responsabilite'], by: 'de', singular: 'devra', plural: 'devront' },
  {
    words: [
      'it is the responsibility',
      'it will be the responsibility',
      'it shall be the responsibility',
      'it is the sole responsibility',
      'it will be the sole responsibility',
      'it shall be the sole responsibility',
    ],
    by: 'of',
    singular: 'must',
    plural: 'must',
  },
  { words: ['it is incumbent', 'it will be incumbent', 'it shall be incumbent'], by: 'on', singular: 'must', plural: 'must' },
];

/**
 * The obligation as a requirement that something be so, in the subjunctive (« il est exigé que toute soumission soit
 * reçue », « il faut que les offres soient signées », "it is required that any tender be received", "it is hereby
 * required that the bid be signed"): the subject then « soit », « soient » or "be", read as « doit être », « doivent
 * être », "must be". `subject`: the impersonal subject; `auxiliary`, `words`: as a periphrasis's; `then`: the conjunction.
 */
interface Mandative {
  subject: 'il' | 'it';
  auxiliary: Conjugation;
  words: readonly string[];
  then: 'que' | 'that';
}

/** « être » and "to be" in the third person singular, as the impersonal subject takes them. */
const IL_EST: Conjugation = { est: 'doit', sera: 'devra', serait: 'devra' };
const IT_IS_FORMS: Conjugation = { is: 'must', 'will be': 'must', 'shall be': 'must', 'would be': 'must' };

export const MANDATIVES: readonly Mandative[] = [
  { subject: 'il', auxiliary: IL_EST, words: ['exige', 'requis', 'obligatoire', 'necessaire', 'imperatif', 'essentiel', 'indispensable'], then: 'que' },
  { subject: 'il', auxiliary: FALLOIR, words: [''], then: 'que' },
  { subject: 'it', auxiliary: IT_IS_FORMS, words: ['required', 'mandatory', 'necessary', 'essential', 'imperative'], then: 'that' },
];
/** The subjects a requirement in the subjunctive of another verb than "be" is read after: the bid and the bidder (lexicon notions). */
const SUBJUNCTIVE_SUBJECTS: ReadonlySet<string> = new Set(['BID', 'BIDDER']);
/** The subjunctive of « être » and "to be" after the subject, by the plain modal's number. */
const SUBJUNCTIVE_BE: Readonly<Record<string, 'singular' | 'plural'>> = { soit: 'singular', soient: 'plural', be: 'singular' };
/** The plain French modal in the plural (« doit » → « doivent »). */
const PLURAL_MODAL: Readonly<Record<string, string>> = { doit: 'doivent', devra: 'devront' };
/** Words before the impersonal subject that make the requirement a condition (« if it is required that … »). */
const CONDITION: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'when', 'where', 'si', 'lorsque', 'quand']);

/**
 * The preposition and determiner before the subject, and the subject's own determiner: « au soumissionnaire »
 * is « le soumissionnaire », « aux prestataires » « les prestataires » (plural), « à l'adjudicataire »
 * « l'adjudicataire » (the determiner elided: ''). English keeps the subject as written.
 */
const SUBJECT_DETERMINERS: Readonly<Record<Impersonal['by'], Readonly<Record<string, readonly [string, 'singular' | 'plural']>>>> = {
  a: {
    au: ['le', 'singular'],
    aux: ['les', 'plural'],
    "a l'": ['', 'singular'],
    'a la': ['la', 'singular'],
    'a chaque': ['chaque', 'singular'],
    'a tout': ['tout', 'singular'],
    'a toute': ['toute', 'singular'],
    'a tous les': ['tous les', 'plural'],
    'a toutes les': ['toutes les', 'plural'],
    'a un': ['un', 'singular'],
    'a une': ['une', 'singular'],
  },
  de: {
    du: ['le', 'singular'],
    des: ['les', 'plural'],
    "de l'": ['', 'singular'],
    'de la': ['la', 'singular'],
    'de chaque': ['chaque', 'singular'],
    "d'un": ['un', 'singular'],
    "d'une": ['une', 'singular'],
  },
  of: { 'of the': ['the', 'singular'], 'of each': ['each', 'singular'], 'of every': ['every', 'singular'], 'of all': ['all', 'plural'] },
  on: {
    'on the': ['the', 'singular'],
    'upon the': ['the', 'singular'],
    'on each': ['each', 'singular'],
    'upon each': ['each', 'singular'],
    'on every': ['every', 'singular'],
    'upon every': ['every', 'singular'],
  },
};
/** The longest subject an impersonal obligation names, in words (« au prestataire de services retenu »). */
const SUBJECT_WORDS = 6;

/** The plain modals of obligation: « doit joindre », « devront transmettre », "must include", "shall provide", "will include". */
const MODALS: ReadonlySet<string> = new Set(['doit', 'doivent', 'devra', 'devront', 'must', 'shall', 'will']);
/** The auxiliary between a modal and a participle, that the plain form keeps: « doit être transmise », "must be submitted". */
const AUXILIARIES: ReadonlySet<string> = new Set(['etre', 'be']);

/**
 * Words that may stand between a modal and its verb (or an auxiliary and its participle) and leave the
 * obligation's force and scope as they are: additive, emphatic and connective adverbs.
 */
export const DROPPED: readonly string[] = [
  'egalement',
  'aussi',
  'notamment',
  'obligatoirement',
  'imperativement',
  'absolument',
  'necessairement',
  'en outre',
  'de plus',
  'en plus',
  'par ailleurs',
  'de surcroit',
  'au minimum',
  'au moins',
  'toutefois',
  'cependant',
  'neanmoins',
  'pourtant',
  'donc',
  'alors',
  'ensuite',
  'dorenavant',
  'desormais',
  'en tout temps',
  'also',
  'additionally',
  'further',
  'furthermore',
  'moreover',
  'likewise',
  'in addition',
  'as well',
  'however',
  'therefore',
  'thus',
  'hence',
  'then',
  'still',
  'hereby',
  'at a minimum',
  'at least',
];

/**
 * Words that change an obligation's force or scope, or make it conditional: an adverb in « -ment » or "-ly"
 * among them is kept, and an incise holding one of them (or « n' », a word in "n't") is not left out. Negation;
 * restriction; hedging; condition and exception; discretion and option (« doit, à sa discrétion, … », "will, at
 * the Board's option, be renewed" is no obligation); automatic rejection, which the conformity rules read.
 */
export const KEPT: ReadonlySet<string> = new Set([
  // Negation.
  'ne',
  "n'",
  'pas',
  'ni',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'nul',
  'nulle',
  'nullement',
  'aucunement',
  'guere',
  'not',
  'no',
  'never',
  'nor',
  'neither',
  'none',
  // Restriction.
  'seulement',
  'uniquement',
  'exclusivement',
  'simplement',
  'strictement',
  'seul',
  'seule',
  'seuls',
  'seules',
  'partiellement',
  'principalement',
  'essentiellement',
  'only',
  'solely',
  'exclusively',
  'merely',
  'simply',
  'just',
  'strictly',
  'partially',
  'partly',
  'mainly',
  'primarily',
  'mostly',
  'largely',
  'hardly',
  'barely',
  'scarcely',
  'rarely',
  'seldom',
  // Hedging.
  'eventuellement',
  'possiblement',
  'probablement',
  'vraisemblablement',
  'potentiellement',
  'normalement',
  'generalement',
  'habituellement',
  'idealement',
  'preferablement',
  'preferentiellement',
  'theoriquement',
  'possible',
  'possibly',
  'probably',
  'likely',
  'perhaps',
  'maybe',
  'potentially',
  'ideally',
  'normally',
  'generally',
  'usually',
  'typically',
  'preferably',
  'practicable',
  'feasible',
  // Condition, exception.
  'si',
  "s'il",
  "s'ils",
  'sauf',
  'excepte',
  'hormis',
  'moins',
  'lorsque',
  "lorsqu'",
  'quand',
  'echeant',
  'conditionnellement',
  'if',
  'unless',
  'except',
  'when',
  'whenever',
  'where',
  'provided',
  'applicable',
  'conditionally',
  // Discretion, option.
  'discretion',
  'gre',
  'loisir',
  'option',
  'choix',
  'facultativement',
  'optionnellement',
  'peut',
  'pourra',
  'discretionary',
  'choice',
  'optionally',
  'may',
  // Automatic rejection (conformity.ts's MANDATORY_REJECTION reads it).
  'automatiquement',
  'automatically',
]);

/** The longest incise between a modal and its verb that is left out, in words (« devra, au plus tard le 3 mars 2027 à 14 h, transmettre »). */
const INCISE_WORDS = 12;
/**
 * The most adverbs and incises left out between a modal or an auxiliary and its verb (« doit également, sous
 * peine de rejet, joindre »): a drafter writes a few; a text of endless incises is read in linear time.
 */
const LEFT_OUT = 4;

/**
 * Words a French infinitive cannot be though it ends like one: nouns and determiners after « de » (« l'obligation
 * de notre », « au soumissionnaire de premier rang »); also any word in « -ière ».
 */
const NOT_INFINITIVE: ReadonlySet<string> = new Set([
  'autre',
  'notre',
  'votre',
  'entre',
  'contre',
  'lettre',
  'titre',
  'membre',
  'ordre',
  'nombre',
  'offre',
  'chiffre',
  'genre',
  'libre',
  'propre',
  'centre',
  'maitre',
  'cadre',
  'registre',
  'ministre',
  'premier',
  'dernier',
  'entier',
  'dossier',
  'cahier',
  'calendrier',
  'courrier',
  'chantier',
  'papier',
  'fichier',
  'soir',
  'espoir',
  'loisir',
  'plaisir',
  'avenir',
]);
/** Pronouns and negations that may stand before an infinitive: « de ne pas divulguer », « de les transmettre », « de s'assurer ». */
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set(['ne', 'pas', 'jamais', 'plus', 'se', 'le', 'la', 'les', 'lui', 'leur', 'y', 'en', 'nous', 'vous']);
/** Words that cannot follow an English modal as its verb: what follows the adverbs left out must be one. */
const NOT_ENGLISH_VERB: ReadonlySet<string> = new Set(['to', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'and', 'or', 'but']);

/** The French modals (an infinitive follows them), among MODALS. */
const FRENCH_MODALS: ReadonlySet<string> = new Set(['doit', 'doivent', 'devra', 'devront']);

/** A word of the folded text: where it is, and itself without the punctuation after it. */
interface Word {
  start: number;
  end: number;
  bare: string;
  /** The punctuation after it: ',', '.' for any other mark, '' for none. */
  mark: string;
}

const TRAILING = ',.;:!?)"';

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && TRAILING.includes(text[last - 1])) last--;
    const marks = text.slice(last, end);
    const mark = marks === '' ? '' : marks === ',' ? ',' : '.';
    // Punctuation alone (« doit , sous peine ») goes with the word before.
    if (last === start) {
      if (words.length > 0 && words[words.length - 1].mark === '') words[words.length - 1].mark = mark;
    } else words.push({ start, end: last, bare: text.slice(start, last), mark });
    start = end + 1;
  }
  return words;
}

/** Whether the words from `at` are `parts`, with no punctuation but a comma after the last when `comma` allows it. */
function wordsAre(words: readonly Word[], at: number, parts: readonly string[], comma = false): boolean {
  if (at + parts.length > words.length) return false;
  for (let index = 0; index < parts.length; index++) {
    const word = words[at + index];
    if (word.bare !== parts[index] || (word.mark !== '' && !(comma && index === parts.length - 1 && word.mark === ','))) return false;
  }
  return true;
}

/** Phrases as lists of words by their first word, the longest first (« en tout temps » before « en »). */
function byFirstWord(phrases: Iterable<string>): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const parts = phrase.split(' ');
    const list = map.get(parts[0]) ?? [];
    list.push(parts);
    list.sort((a, b) => b.length - a.length);
    map.set(parts[0], list);
  }
  return map;
}

const DROPPED_PHRASES = byFirstWord(DROPPED);

/** Whether a word changes an obligation's force or scope (KEPT): « n'importe », "isn't", « s'il », « lorsqu'il » too. */
function keeps(word: string): boolean {
  if (KEPT.has(word) || word.endsWith("n't")) return true;
  const elided = word.indexOf("'");
  return elided > 0 && KEPT.has(word.slice(0, elided + 1));
}

/** Whether a word is an adverb the plain form leaves out: one of DROPPED, or in « -ment » or "-ly" ("apply", "supply" are none) outside KEPT. */
function adverbWord(word: string): boolean {
  if (keeps(word)) return false;
  if (DROPPED_PHRASES.get(word)?.some((parts) => parts.length === 1)) return true;
  return (word.length >= 7 && word.endsWith('ment')) || (word.length >= 6 && word.endsWith('ly') && !word.endsWith('ply'));
}

/** How many words from `at` the plain form leaves out as one adverb (adverbWord, or a phrase of DROPPED: « en outre »). */
function adverbAt(words: readonly Word[], at: number): number {
  for (const parts of DROPPED_PHRASES.get(words[at]?.bare) ?? []) if (wordsAre(words, at, parts, true)) return parts.length;
  return at < words.length && words[at].mark !== '.' && adverbWord(words[at].bare) ? 1 : 0;
}

/** Whether a French infinitive starts at word `at` (or in it, after `skip` characters: « d'effectuer »). */
function infinitiveAt(words: readonly Word[], at: number, skip = 0): boolean {
  for (let index = at; index < words.length && index <= at + 3; index++) {
    let word = words[index].bare.slice(index === at ? skip : 0);
    // « s'assurer », « l'accompagner »: an elided pronoun before it.
    if (/^[lsmnt]'/.test(word)) word = word.slice(2);
    if (BEFORE_INFINITIVE.has(word) && words[index].mark === '') continue;
    return /^[a-z]+(?:er|ir|re|oir)$/.test(word) && !NOT_INFINITIVE.has(word) && !word.endsWith('iere');
  }
  return false;
}

/** A span of the text replaced in the plain form. */
interface Edit {
  start: number;
  end: number;
  by: string;
}

function applied(text: string, edits: readonly Edit[]): string {
  let result = '';
  let at = 0;
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.by;
    at = edit.end;
  }
  return result + text.slice(at);
}

/**
 * Where the verb after a periphrasis's joining word at `at` starts (the word after « de », « à », "to", or
 * inside « d'effectuer »), or -1 when there is no joining word followed by a verb. Adverbs may stand before a
 * French infinitive (« a l'obligation de notamment effectuer », « d'obligatoirement joindre »): they are kept, and
 * left out as they are after the plain modal.
 */
function verbAfter(words: readonly Word[], at: number, then: Periphrasis['then']): number {
  if (then === '') return infinitiveAt(words, at) ? words[at].start : -1;
  if (at >= words.length || words[at].mark !== '') return -1;
  const word = words[at].bare;
  if (then === 'de' && word.startsWith("d'") && word.length > 2) {
    const infinitive = adverbWord(word.slice(2)) ? infinitiveAt(words, afterAdverbs(words, at + 1, '')) : infinitiveAt(words, at, 2);
    return infinitive ? words[at].start + 2 : -1;
  }
  if (word !== then || at + 1 >= words.length) return -1;
  if (then === 'to') return NOT_ENGLISH_VERB.has(words[at + 1].bare) ? -1 : words[at + 1].start;
  return infinitiveAt(words, afterAdverbs(words, at + 1, '')) ? words[at + 1].start : -1;
}

/** After `at`, adverbs left out (« est également tenu de ») and then `phrase` ('': none): the word after it, or -1. */
function afterAdverbs(words: readonly Word[], at: number, phrase: string): number {
  let index = at;
  for (
    let count = 0, adverb = adverbAt(words, index);
    count < LEFT_OUT && adverb > 0 && words[index + adverb - 1].mark === '';
    count++, adverb = adverbAt(words, index)
  )
    index += adverb;
  if (phrase === '') return index;
  const parts = phrase.split(' ');
  return wordsAre(words, index, parts) ? index + parts.length : -1;
}

/**
 * The periphrasis's joining word followed by an incise or an adverb between commas, then the verb (« est tenu de, dans
 * les dix jours, fournir », « aura l'obligation d'aussi, avant le début des travaux, fournir », "is required to, within
 * ten days, provide"), as the plain modal reads them (wordsBetweenAt): the span from the joining word on, as the edit's
 * end and the modal that replaces the periphrasis; the words between are left out after it as they are after a modal.
 */
function inciseAfterJoining(words: readonly Word[], at: number, then: Periphrasis['then'], plain: string): Omit<Edit, 'start'> | undefined {
  if (then === '' || at >= words.length) return undefined;
  const word = words[at];
  // « de, » / "to,": the joining word closed by a comma; « d'aussi, »: the joining word elided before an adverb.
  const elided = then === 'de' && word.bare.startsWith("d'") && adverbWord(word.bare.slice(2));
  if (!elided && !(word.bare === then && word.mark === ',')) return undefined;
  const modal: Word = { ...word, bare: plain, mark: elided ? '' : ',' };
  const rest = words.slice(at + 1, at + 2 + LEFT_OUT * (INCISE_WORDS + 1));
  const read = elided ? [modal, { ...word, start: word.start + 2, bare: word.bare.slice(2) }, ...rest] : [modal, ...rest];
  if (wordsBetweenAt(read, 0) === undefined) return undefined;
  return elided ? { end: word.start + 2, by: `${plain} ` } : { end: word.end, by: plain };
}

const AUXILIARY_FORMS = byFirstWord(new Set(PERIPHRASES.flatMap((periphrasis) => Object.keys(periphrasis.auxiliary))));

/** The periphrasis of obligation at word `at` (« est tenu de », "is required to"), as the edit to its plain modal. */
function periphrasisAt(words: readonly Word[], at: number): Edit | undefined {
  const before = at > 0 && words[at - 1].mark === '' ? words[at - 1].bare : undefined;
  if (before !== undefined && (NOT_AFTER.has(before) || before.endsWith("n't") || before.endsWith("'s"))) return undefined;
  for (const parts of AUXILIARY_FORMS.get(words[at].bare) ?? []) {
    if (!wordsAre(words, at, parts)) continue;
    const form = parts.join(' ');
    // « soumis à l'obligation de », « conformément à … »: the preposition « à », folded as « a ».
    if (form === 'a' && before !== undefined && (GOVERN_A.has(before) || before.endsWith('ment'))) continue;
    for (const periphrasis of PERIPHRASES) {
      const plain = periphrasis.auxiliary[form];
      if (plain === undefined || (periphrasis.subject !== undefined && before !== periphrasis.subject)) continue;
      for (const phrase of periphrasis.words) {
        const joining = afterAdverbs(words, at + parts.length, phrase);
        const verb = joining < 0 ? -1 : verbAfter(words, joining, periphrasis.then);
        if (verb >= 0) return { start: words[at].start, end: verb, by: `${plain} ` };
        const incise = joining < 0 ? undefined : inciseAfterJoining(words, joining, periphrasis.then, plain);
        if (incise) return { start: words[at].start, ...incise };
      }
    }
  }
  return undefined;
}

const IMPERSONAL_FORMS = byFirstWord(IMPERSONALS.flatMap((impersonal) => impersonal.words));

/** The obligation with its subject after the verb at word `at` (« il incombe au soumissionnaire de »), as its edits. */
function impersonalAt(words: readonly Word[], at: number): Edit[] | undefined {
  const parts = IMPERSONAL_FORMS.get(words[at].bare)?.find((candidate) => wordsAre(words, at, candidate));
  if (!parts) return undefined;
  const form = parts.join(' ');
  const impersonal = IMPERSONALS.find((candidate) => candidate.words.includes(form))!;
  const index = afterAdverbs(words, at + parts.length, '');
  for (const [prefix, [determiner, number]] of Object.entries(SUBJECT_DETERMINERS[impersonal.by])) {
    // The preposition and determiner; an elided one (« à l'adjudicataire ») is the start of the subject's first word.
    const written = prefix.split(' ');
    const elided = prefix.endsWith("'");
    const subject = elided ? index + written.length - 1 : index + written.length;
    if (!wordsAre(words, index, elided ? written.slice(0, -1) : written)) continue;
    if (elided && !(subject < words.length && words[subject].bare.startsWith(written.at(-1)!) && words[subject].bare.length > written.at(-1)!.length)) continue;
    const plain = number === 'plural' ? impersonal.plural : impersonal.singular;
    // The subject runs to the first joining word followed by a verb (« au prestataire de services de fournir »).
    for (let end = subject + 1; end < words.length && end <= subject + SUBJECT_WORDS && words[end - 1].mark === ''; end++) {
      const verb = verbAfter(words, end, impersonal.by === 'of' || impersonal.by === 'on' ? 'to' : 'de');
      if (verb < 0) continue;
      return [
        { start: words[at].start, end: words[subject].start, by: determiner === '' ? '' : `${determiner} ` },
        { start: words[end].start, end: verb, by: `${plain} ` },
      ];
    }
    return undefined;
  }
  return undefined;
}

const MANDATIVE_FORMS = new Map(MANDATIVES.map((mandative) => [mandative, byFirstWord(Object.keys(mandative.auxiliary))] as const));

/**
 * The requirement in the subjunctive at word `at` (« il est exigé que toute soumission soit reçue », "it is required that any
 * tender be received"), as its edits to the plain form (« toute soumission doit être reçue », "any tender must be received"):
 * the subject runs from the conjunction to « soit », « soient » or "be", a few words with no mark between.
 */
function mandativeAt(words: readonly Word[], at: number): Edit[] | undefined {
  const subject = words[at].bare;
  if (subject !== 'il' && subject !== 'it') return undefined;
  if (words[at].mark !== '' || (at > 0 && words[at - 1].mark === '' && (CONDITION.has(words[at - 1].bare) || NOT_AFTER.has(words[at - 1].bare))))
    return undefined;
  for (const mandative of MANDATIVES) {
    if (mandative.subject !== subject) continue;
    for (const parts of MANDATIVE_FORMS.get(mandative)!.get(words[at + 1]?.bare ?? '') ?? []) {
      if (!wordsAre(words, at + 1, parts)) continue;
      const plain = mandative.auxiliary[parts.join(' ')];
      for (const word of mandative.words) {
        const conjunction = afterAdverbs(words, at + 1 + parts.length, word);
        if (conjunction < 0 || conjunction >= words.length || words[conjunction].mark !== '') continue;
        const written = words[conjunction].bare;
        // « que », or elided before the subject's first word (« qu'une soumission »).
        const elided = mandative.then === 'que' && written.startsWith("qu'") && written.length > 3;
        if (!elided && written !== mandative.then) continue;
        const first = elided ? conjunction : conjunction + 1;
        const verb = subjunctiveAt(words, first, mandative.then, plain);
        if (verb) return [{ start: words[at].start, end: elided ? words[conjunction].start + 3 : words[first].start, by: '' }, verb];
      }
    }
  }
  return undefined;
}

/**
 * The verb in the subjunctive of the subject that starts at word `first`, as its edit to the plain modal: « soit »,
 * « soient », "be" a few words on, with no mark between (« doit être », "must be"); else, in English, any verb in its bare
 * form right after the bid or the bidder ("that the Bidder submit", "that each tender include": "must submit"), which
 * a mark, a negation or an inflected word ("submits", "documents") is not.
 */
function subjunctiveAt(words: readonly Word[], first: number, then: Mandative['then'], plain: string): Edit | undefined {
  const within = (verb: number) => verb < words.length && verb <= first + SUBJECT_WORDS && words[verb - 1].mark === '';
  for (let verb = first + 1; within(verb); verb++) {
    const number = SUBJUNCTIVE_BE[words[verb].bare];
    if (number === undefined || (then === 'que') === (words[verb].bare === 'be')) continue;
    const modal = then === 'that' ? 'must be' : `${number === 'plural' ? PLURAL_MODAL[plain] : plain} etre`;
    return { start: words[verb].start, end: words[verb].end, by: modal };
  }
  if (then === 'que') return undefined;
  for (let verb = first + 1; within(verb); verb++) {
    if (!SUBJUNCTIVE_SUBJECTS.has(lemmaOf(words[verb - 1].bare))) continue;
    const word = words[verb].bare;
    if (!/^[a-z]+$/.test(word) || (word.endsWith('s') && !word.endsWith('ss')) || NOT_ENGLISH_VERB.has(word) || keeps(word)) return undefined;
    return { start: words[verb].start, end: words[verb].start, by: 'must ' };
  }
  return undefined;
}

/**
 * A party requiring that something be done, in the subjunctive ("The Owner requires that each Bidder provide", "The Board
 * will require that the tender be signed"): its verb, then "that".
 */
export const REQUIRING: readonly string[] = ['requires', 'require', 'will require', 'shall require'];
const REQUIRING_FORMS = byFirstWord(REQUIRING);

/**
 * The requirement a party states at word `at` ("The Owner requires that each Bidder provide …"), as its edits to the plain
 * form ("each bidder must provide …"): the party, the clause's first few words, is left out with its verb. Not where a
 * negation or another modal governs the verb ("does not require that", "may require that"), nor in a condition.
 */
function requiringAt(words: readonly Word[], at: number): Edit[] | undefined {
  if (at === 0 || words[at - 1].mark !== '' || NOT_AFTER.has(words[at - 1].bare) || words[at - 1].bare.endsWith("n't")) return undefined;
  const parts = REQUIRING_FORMS.get(words[at].bare)?.find((candidate) => wordsAre(words, at, [...candidate, 'that']));
  if (!parts) return undefined;
  let party = at - 1;
  while (party > 0 && words[party - 1].mark === '' && at - party < SUBJECT_WORDS) party--;
  if (party > 0 && words[party - 1].mark === '') return undefined;
  for (let index = party; index < at; index++) if (CONDITION.has(words[index].bare)) return undefined;
  const first = at + parts.length + 1;
  const verb = first < words.length ? subjunctiveAt(words, first, 'that', 'must') : undefined;
  return verb && [{ start: words[party].start, end: words[first].start, by: '' }, verb];
}

/** "it is", "it will be", "it shall be": the verb of an English impersonal obligation. */
const IT_IS = [
  ['it', 'is'],
  ['it', 'will', 'be'],
  ['it', 'shall', 'be'],
];
/** The subject's determiner in "it is the bidder's responsibility to", kept in the plain form ("each bidder must"). */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'each', 'every']);

/**
 * The obligation stated with its subject in the possessive (« it is the bidder's responsibility to include », "it
 * is each tenderer's sole responsibility to", "the bidders' responsibility") at word `at`, as its edits to the
 * plain form ("the bidder must include").
 */
function possessiveAt(words: readonly Word[], at: number): Edit[] | undefined {
  const parts = IT_IS.find((candidate) => wordsAre(words, at, candidate));
  const determiner = parts && at + parts.length;
  if (determiner === undefined || determiner >= words.length || !POSSESSIVE_DETERMINERS.has(words[determiner].bare)) return undefined;
  // The subject runs to its word in the possessive: "bidder's", "bidders'".
  for (let owner = determiner + 1; owner < words.length && owner <= determiner + SUBJECT_WORDS && words[owner - 1].mark === ''; owner++) {
    const word = words[owner].bare;
    const suffix = word.endsWith("'s") ? 2 : word.endsWith("s'") ? 1 : 0;
    if (suffix === 0) continue;
    if (words[owner].mark !== '') return undefined;
    const responsibility = owner + 1 < words.length && (words[owner + 1].bare === 'sole' || words[owner + 1].bare === 'own') ? owner + 2 : owner + 1;
    if (!wordsAre(words, responsibility, ['responsibility'])) return undefined;
    const verb = verbAfter(words, responsibility + 1, 'to');
    if (verb < 0) return undefined;
    return [
      { start: words[at].start, end: words[determiner].start, by: '' },
      { start: words[owner].end - suffix, end: verb, by: ' must ' },
    ];
  }
  return undefined;
}

/** The nouns that head a label naming an obligation (« Obligation du soumissionnaire : », "Responsibility of the bidder:"). */
const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'obligation',
  'obligations',
  "l'obligation",
  'responsabilite',
  'responsabilites',
  'responsibility',
  'responsibilities',
]);
/** An article before the noun, left out with it (« La responsabilité du prestataire : »). */
const LABEL_ARTICLES: ReadonlySet<string> = new Set(['la', 'les', 'the']);
/** Verbs after a label that send the reader elsewhere (« Obligations du prestataire : voir l'article 12 »): no obligation. */
const REFERRING: ReadonlySet<string> = new Set(['voir', 'consulter', 'se', 'see', 'refer', 'consult']);

/**
 * The obligation written as a label and what it requires, at word `at` (« Obligation du soumissionnaire : joindre
 * l'attestation », « Responsabilités de l'adjudicataire : fournir … », "Obligation of the bidder: include …"): the
 * noun, its subject closed by a mark other than a comma, then a verb (French: an infinitive), as its edits to the
 * plain form (« le soumissionnaire doit joindre »). « Obligation de confidentialité : … » names no subject.
 */
function labelAt(words: readonly Word[], at: number): Edit[] | undefined {
  if (!LABEL_NOUNS.has(words[at].bare) || words[at].mark !== '') return undefined;
  const from = at > 0 && words[at - 1].mark === '' && LABEL_ARTICLES.has(words[at - 1].bare) ? at - 1 : at;
  for (const by of ['de', 'of'] as const) {
    for (const [prefix, [determiner, number]] of Object.entries(SUBJECT_DETERMINERS[by])) {
      // The preposition and determiner; an elided one (« de l'adjudicataire ») is the start of the subject's first word.
      const written = prefix.split(' ');
      const elided = prefix.endsWith("'");
      const subject = elided ? at + written.length : at + 1 + written.length;
      if (!wordsAre(words, at + 1, elided ? written.slice(0, -1) : written)) continue;
      if (elided && !(subject < words.length && words[subject].bare.startsWith(written.at(-1)!) && words[subject].bare.length > written.at(-1)!.length))
        continue;
      // The subject runs to the mark that closes the label.
      for (let last = subject; last < words.length && last < subject + SUBJECT_WORDS; last++) {
        if (words[last].mark === '') continue;
        let verb = last + 1;
        if (by === 'of' && verb < words.length && words[verb].bare === 'to') verb++;
        if (words[last].mark === ',' || verb >= words.length) return undefined;
        if (REFERRING.has(words[verb].bare) || (by === 'of' ? NOT_ENGLISH_VERB.has(words[verb].bare) : !infinitiveAt(words, verb))) return undefined;
        const plain = by === 'of' ? 'must' : number === 'plural' ? 'doivent' : 'doit';
        return [
          { start: words[from].start, end: words[subject].start, by: determiner === '' ? '' : `${determiner} ` },
          { start: words[last].end, end: words[verb].start, by: ` ${plain} ` },
        ];
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * The words between a modal at word `at` and its verb that the plain form leaves out: adverbs, incises between
 * commas; an auxiliary is kept (« doit être obligatoirement accompagnée » → « doit être accompagnée »). The
 * edits, or undefined when nothing is left out or what follows is no verb.
 */
function wordsBetweenAt(words: readonly Word[], at: number): Edit[] | undefined {
  if (words[at].mark === '.') return undefined;
  const edits: Edit[] = [];
  // The span left out runs from the end of the last word kept (the modal, the auxiliary) to the next word kept.
  let kept = at;
  let next = at + 1;
  let comma = words[at].mark === ',';
  let auxiliary = false;
  let count = 0;
  const leaveOut = (to: number) => {
    count++;
    const previous = edits.at(-1);
    if (previous && previous.start === words[kept].end) previous.end = words[to]?.start ?? words[to - 1].end;
    else edits.push({ start: words[kept].end, end: words[to]?.start ?? words[to - 1].end, by: ' ' });
    next = to;
  };
  while (count < LEFT_OUT) {
    if (comma) {
      // An adverb between commas (« doit, au moins, fournir »), else an incise: a few words, the last closed by a
      // comma, none with another mark, none of KEPT.
      const adverb = adverbAt(words, next);
      if (adverb > 0 && words[next + adverb - 1].mark === ',') {
        leaveOut(next + adverb);
        comma = false;
        continue;
      }
      let end = next;
      while (end < words.length && end < next + INCISE_WORDS && words[end].mark === '' && !keeps(words[end].bare)) end++;
      if (end >= words.length || words[end].mark !== ',' || keeps(words[end].bare)) return undefined;
      leaveOut(end + 1);
      comma = false;
      continue;
    }
    const adverb = next < words.length ? adverbAt(words, next) : 0;
    if (adverb > 0) {
      comma = words[next + adverb - 1].mark === ',';
      leaveOut(next + adverb);
      continue;
    }
    if (!auxiliary && next < words.length && AUXILIARIES.has(words[next].bare) && words[next].mark !== '.') {
      auxiliary = true;
      kept = next;
      comma = words[next].mark === ',';
      next++;
      continue;
    }
    break;
  }
  if (comma || edits.length === 0 || next >= words.length) return undefined;
  // What follows is the verb: a participle after an auxiliary, else an infinitive (French) or no preposition nor determiner (English).
  if (!auxiliary && (FRENCH_MODALS.has(words[at].bare) ? !infinitiveAt(words, next) : NOT_ENGLISH_VERB.has(words[next].bare))) return undefined;
  return edits;
}

/**
 * The reading of a folded text with its obligations in their plain form (« le soumissionnaire est tenu de
 * joindre » → « le soumissionnaire doit joindre », « doit obligatoirement joindre » → « doit joindre »,
 * "is required to include" → "must include"), or undefined when it holds none. Asked of every reading of every
 * unit: a text with no trigger (MAY_HOLD) costs one regular expression's test.
 */
export function plainObligation(text: string): string | undefined {
  if (!MAY_HOLD.test(text)) return undefined;
  let words = wordsOf(text);
  let edits: Edit[] = [];
  for (let at = 0; at < words.length; at++) {
    const found =
      impersonalAt(words, at) ??
      possessiveAt(words, at) ??
      labelAt(words, at) ??
      mandativeAt(words, at) ??
      requiringAt(words, at) ??
      [periphrasisAt(words, at)].filter((edit) => edit !== undefined);
    if (found.length === 0) continue;
    edits.push(...found);
    // On past the words replaced.
    while (at + 1 < words.length && words[at + 1].start < found.at(-1)!.end) at++;
  }
  let plain = edits.length > 0 ? applied(text, edits) : text;
  // The modals, those the periphrases became included.
  if (plain !== text) words = wordsOf(plain);
  edits = [];
  for (let at = 0; at < words.length; at++) {
    const found = MODALS.has(words[at].bare) ? wordsBetweenAt(words, at) : undefined;
    if (!found) continue;
    edits.push(...found);
    // On past the words left out (a modal in an incise left out is no modal of the text).
    while (at + 1 < words.length && words[at + 1].start < found.at(-1)!.end) at++;
  }
  if (edits.length > 0) plain = applied(plain, edits);
  return plain === text ? undefined : plain;
}

/**
 * Whether a text may hold an obligation not in its plain form: a modal (and its auxiliary) followed by a comma or a
 * word of DROPPED or in « -ment », "-ly"; a label naming an obligation and its subject (« Obligation du soumissionnaire »); a periphrasis's auxiliary, up to two words (adverbs) and its last words
 * before its joining word (« est tenu de », « est également tenu d' », "has to"); an impersonal obligation's words, or its
 * subject in the possessive ("it is the bidder's responsibility to").
 * A text it does not match has no plain form. Written out for the static check of patterns: test/legal/obligation.test.ts
 * checks that it lets through every form of the lists.
 */
const MAY_HOLD =
  /\b(?:doi(?:t|vent)|devr(?:a|ont)|must|shall|will)(?: (?:etre|be))?(?: ?,| (?:[a-z]{3,}ment|[a-z]{4,}ly|aussi|donc|alors|ensuite|toutefois|cependant|neanmoins|pourtant|dorenavant|desormais|also|further|furthermore|moreover|likewise|however|therefore|thus|hence|then|still|hereby|en (?:outre|plus|tout temps)|de (?:plus|surcroit)|par ailleurs|au (?:minimum|moins)|in addition|as well|at (?:a minimum|least))\b)|\b(?:est|sont|sera|seront|serai(?:t|ent))(?: [a-z']+){0,2} (?:tenue?s?|obligee?s?|requis(?:es?)?|chargee?s?|responsables?|obligatoire|necessaire|exige|dans l'obligation) (?:de[ ,]|d')|\bil fau(?:t|dra) |\b(?:requires?|(?:will|shall) require) that |\b(?:il|it) (?:est|sera|serait|is|will be|shall be|would be)(?: [a-z']+){0,2} (?:exige|requis|obligatoire|necessaire|imperatif|essentiel|indispensable|required|mandatory|necessary|essential|imperative) (?:que |qu'|that )|\b(?:a|ont|aura|auront|aurai(?:t|ent))(?:(?: [a-z']+){0,2} (?:l'obligation|pour obligation|la responsabilite|pour responsabilite) (?:de[ ,]|d')| a )|\bse (?:doi(?:t|vent)|devr(?:a|ont)) (?:de |d')|\b(?:is|are|be)(?: [a-z']+){0,2} (?:required|obliged|obligated|mandatory|necessary) to[ ,]|\b(?:has|have|needs?) to |\bil (?:incombe(?:ra)?|appartien(?:t|dra)|revien(?:t|dra)|(?:est|sera) de la responsabilite)\b|\bit (?:is|will be|shall be) (?:the (?:sole )?responsibility|incumbent)\b|\bit (?:is|will be|shall be) (?:the|each|every)(?: [a-z-]+){1,6}'s? (?:sole |own )?responsibility to |\b(?:obligations?|l'obligation|responsabilites?|responsibilit(?:y|ies)) (?:du |des |de l'|de la |de chaque |d'une? |of (?:the|each|every|all) )/;
