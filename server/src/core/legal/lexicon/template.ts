import { normalizeForMatching } from '../../text/normalize.js';
import { BOUNDARY, isStopLemma, NOTIONS, STOPWORDS, tokenize, type Tokens } from './lemma.js';
import { VOCABULARY } from './vocabulary.js';
import type { LiteralsFound } from '../../text/literals.js';

/**
 * Phrase templates: how an item is worded, written for a legal reader and matched on lemmas.
 *
 *   ne {UNDERTAKE} à {ACCEPT} … {NONE} {BID}
 *
 * - a word matches any inflection of it (« signé » matches « signées »); articles, prepositions and
 *   auxiliaries (stopwords) are skipped in the template and in the text;
 * - `{BID}` is a notion of the vocabulary (any of its words, or of its phrases: « donner suite » for `{ACCEPT}`);
 *   `=à` is that stopword exactly;
 * - `(a | b c)` is a choice, `x?` an optional element;
 * - consecutive elements may have up to 2 other words between them; `…` allows up to 8, `…N` up to N;
 *   no gap crosses the end of a sentence;
 * - `^` first: the match opens the text, only stopwords and a list's marker before it (a list's entry whose
 *   subject is its introduction's, « qui n'est pas reçue … », "received after …").
 * A template without a negation does not match a passage that denies it (« ne sera pas rejetée »), one
 * without an exception does not match a passage that excepts it (« sauf … »), and one without a privative
 * word does not match what a privative word right before it takes away (« sans condition ni restriction »,
 * « absence de toute condition », "free of conditions").
 */
export interface CompiledTemplate {
  id: string;
  pattern: string;
  sequences: Step[][];
  /** The template states a negation itself (else a negated match is a denial). */
  negated: boolean;
  excepted: boolean;
  /** The template states a privation itself (« sans », « absence de »: PRIVATIVE), else a match right after one is taken away. */
  privative: boolean;
  /** The template spans sentences (a whole clause): its gaps may cross a sentence's end. */
  acrossSentences: boolean;
  /** The match opens the text (`^`): only stopwords before it. */
  opening: boolean;
}

interface Step {
  lemmas: ReadonlySet<string>;
  /** How many words may stand between the previous step and this one. */
  gap: number;
}

const DEFAULT_GAP = 2;
const ELLIPSIS_GAP = 8;
const MAX_SEQUENCES = 256;
/** How far before a match a negation or an exception still governs it. */
const DENIAL_REACH = 3;

// A choice's options are sequences of elements, each optional or not (« (a b? | c) »).
type Node = { kind: 'lemmas'; lemmas: Set<string> } | { kind: 'choice'; options: Element[][] } | { kind: 'gap'; size: number };
interface Element {
  node: Node;
  optional: boolean;
}

export class TemplateError extends Error {}

export function compileTemplate(id: string, pattern: string, acrossSentences = false): CompiledTemplate {
  const opening = pattern.startsWith('^ ');
  const elements = new Parser(id, opening ? pattern.slice(2) : pattern).parse();
  let sequences: Step[][];
  try {
    sequences = expand(elements).filter((sequence) => sequence.length > 0);
  } catch (error) {
    throw new TemplateError(`${id}: ${(error as Error).message} in « ${pattern} »`);
  }
  if (sequences.length === 0) throw new TemplateError(`${id}: the template « ${pattern} » has no content word`);
  const mentions = (lemma: string) => sequences.some((sequence) => sequence.some((step) => step.lemmas.has(lemma)));
  return { id, pattern, sequences, negated: mentions('NEG'), excepted: mentions('EXCEPT'), privative: [...PRIVATIVE].some(mentions), acrossSentences, opening };
}

class Parser {
  private position = 0;
  private readonly tokens: string[];

  constructor(
    private readonly id: string,
    private readonly pattern: string,
  ) {
    this.tokens = pattern.match(/…\d*|\{[A-Z]+\}|[()|?^]|[^\s()|?…{}^]+/g) ?? [];
  }

  parse(): Element[] {
    const options = this.choice();
    if (this.position < this.tokens.length) this.fail(`unexpected « ${this.tokens[this.position]} »`);
    return options.length === 1 ? options[0] : [{ node: { kind: 'choice', options }, optional: false }];
  }

  private choice(): Element[][] {
    const options: Element[][] = [this.sequence()];
    while (this.tokens[this.position] === '|') {
      this.position++;
      options.push(this.sequence());
    }
    return options;
  }

  private sequence(): Element[] {
    const elements: Element[] = [];
    for (let token = this.tokens[this.position]; token !== undefined && token !== '|' && token !== ')'; token = this.tokens[this.position]) {
      this.position++;
      let node: Node | undefined;
      if (token === '(') {
        const options = this.choice();
        if (this.tokens[this.position++] !== ')') this.fail('a « ( » is not closed');
        node = { kind: 'choice', options };
      } else if (token.startsWith('…')) node = { kind: 'gap', size: token.length > 1 ? Number(token.slice(1)) : ELLIPSIS_GAP };
      else if (token.startsWith('{')) {
        const notion = token.slice(1, -1);
        if (!NOTIONS.has(notion)) this.fail(`{${notion}} is not a notion of the vocabulary`);
        const word: Node = { kind: 'lemmas', lemmas: new Set([notion]) };
        const phrases = NOTION_PHRASES.get(notion);
        node = phrases
          ? { kind: 'choice', options: [[word], ...phrases.map((phrase) => phrase.flatMap((part) => this.word(part) ?? []))].map(required) }
          : word;
      } else if (token === '?') this.fail('« ? » follows nothing');
      else if (token === '^') this.fail('« ^ » is only the first element');
      else node = this.word(token);
      const optional = this.tokens[this.position] === '?';
      if (optional) this.position++;
      if (node) elements.push({ node, optional });
    }
    return elements;
  }

  /** A written word (its lemmas, nothing for a stopword) or a stopword named exactly (« =à »). */
  private word(token: string): Node | undefined {
    if (!token.startsWith('=') || token.length === 1) return wordNode(token);
    const word = normalizeForMatching(token.slice(1));
    // Only a stopword's lemma is the word itself after « = »: any other word would never match so.
    if (!STOPWORDS.has(word)) this.fail(`« ${token} »: « ${word} » is not a stopword, write it without « = »`);
    return { kind: 'lemmas', lemmas: new Set([`=${word}`]) };
  }

  private fail(message: string): never {
    throw new TemplateError(`${this.id}: ${message} in « ${this.pattern} »`);
  }
}

/** Each notion's phrases (vocabulary.ts), as their written words. */
const NOTION_PHRASES = new Map(
  VOCABULARY.filter((notion) => notion.phrases).map((notion) => [notion.id, notion.phrases!.map((phrase) => phrase.split(' '))] as const),
);

const WORD_NODES = new Map<string, Node | undefined>();

/** A written word of a template: its lemmas (one per word once elisions split it), or nothing for a stopword. */
function wordNode(word: string): Node | undefined {
  if (WORD_NODES.has(word)) return WORD_NODES.get(word);
  const node = readWord(word);
  WORD_NODES.set(word, node);
  return node;
}

/** Nodes as a sequence of required elements. */
function required(nodes: Node[]): Element[] {
  return nodes.map((node) => ({ node, optional: false }));
}

function readWord(word: string): Node | undefined {
  const lemmas = tokenize(normalizeForMatching(word)).lemmas.filter((lemma) => lemma !== BOUNDARY && !isStopLemma(lemma));
  if (lemmas.length === 0) return undefined;
  if (lemmas.length === 1) return { kind: 'lemmas', lemmas: new Set(lemmas) };
  return { kind: 'choice', options: [required(lemmas.map((lemma): Node => ({ kind: 'lemmas', lemmas: new Set([lemma]) })))] };
}

/**
 * Every flat sequence of steps a template allows. Single-word choices stay one step. `pending` is the
 * gap the next step gets: the default, an explicit `…`, or more where optional elements were left out.
 */
function expand(elements: readonly Element[]): Step[][] {
  let partials: { steps: Step[]; pending: number | undefined }[] = [{ steps: [], pending: undefined }];
  for (const element of elements) {
    const next: typeof partials = [];
    for (const partial of partials) {
      if (element.node.kind === 'gap') {
        next.push({ steps: partial.steps, pending: (partial.pending ?? 0) + element.node.size });
        continue;
      }
      if (element.optional) next.push({ steps: partial.steps, pending: (partial.pending ?? DEFAULT_GAP) + 1 + DEFAULT_GAP });
      const variants = variantsOf(element.node);
      variants.forEach((variant, index) => {
        const gap = partial.steps.length === 0 ? 0 : (partial.pending ?? DEFAULT_GAP);
        // A partial that has a single way on grows in place (a clause is a long run of plain words).
        const steps = index === variants.length - 1 && !element.optional ? partial.steps : [...partial.steps];
        steps.push({ ...variant[0], gap }, ...variant.slice(1));
        next.push({ steps, pending: undefined });
      });
    }
    if (next.length > MAX_SEQUENCES) throw new TemplateError(`too many variants (${next.length})`);
    partials = next;
  }
  return partials.map((partial) => partial.steps);
}

/** The step sequences one element allows (its first step's gap is set by the caller). */
function variantsOf(node: Node): Step[][] {
  if (node.kind === 'gap') return [];
  if (node.kind === 'lemmas') return [[{ lemmas: node.lemmas, gap: 0 }]];
  if (node.options.every((option) => option.length === 1 && option[0].node.kind === 'lemmas' && !option[0].optional)) {
    const lemmas = new Set<string>();
    for (const option of node.options) for (const lemma of (option[0].node as { lemmas: Set<string> }).lemmas) lemmas.add(lemma);
    return [[{ lemmas, gap: 0 }]];
  }
  return node.options.flatMap((option) => expand(option)).filter((steps) => steps.length > 0);
}

/** Where a template matches a folded text: the span of the first match, in the text's offsets. */
export interface TemplateMatch {
  start: number;
  end: number;
}

const LEMMA_SETS = new WeakMap<Tokens, Set<string>>();

function lemmaSet(tokens: Tokens): Set<string> {
  let set = LEMMA_SETS.get(tokens);
  if (!set) {
    set = new Set();
    for (const lemma of tokens.lemmas) set.add(lemma);
    LEMMA_SETS.set(tokens, set);
  }
  return set;
}

/** `tokens`: the text's tokens when the caller keeps them (a unit read for every item). */
export function matchTemplate(template: CompiledTemplate, normalized: string, tokens: Tokens = tokenize(normalized)): TemplateMatch | undefined {
  const present = lemmaSet(tokens);
  for (const sequence of template.sequences) {
    if (!sequence.every((step) => intersects(step.lemmas, present))) continue;
    const match = matchSequence(template, sequence, tokens);
    if (match) return match;
  }
  return undefined;
}

/**
 * Which of a list of templates matches a text first, found through an index: each way a template can
 * match (a sequence) is filed under the lemmas of its most selective step, so a text is tried only
 * against the sequences whose key lemma it holds, not against every template.
 */
export class TemplateIndex {
  private readonly byLemma = new Map<string, { template: number; sequence: number }[]>();

  constructor(private readonly templates: readonly CompiledTemplate[]) {
    templates.forEach((template, templateIndex) =>
      template.sequences.forEach((sequence, sequenceIndex) => {
        const key = sequence.reduce((best, step) => (selectivity(step) < selectivity(best) ? step : best));
        for (const lemma of key.lemmas) {
          let entries = this.byLemma.get(lemma);
          if (!entries) this.byLemma.set(lemma, (entries = []));
          entries.push({ template: templateIndex, sequence: sequenceIndex });
          KEY_LEMMAS.add(lemma);
        }
      }),
    );
  }

  /** The lemmas the index files sequences under: a text holding none of them matches no template of the list. */
  keyLemmas(): Iterable<string> {
    return this.byLemma.keys();
  }

  /** The first template, in list order, that matches the text. */
  first(text: TokenizedText): CompiledTemplate | undefined {
    const { tokens } = text;
    // The text's lemmas as a set, made only when some sequence is a candidate (most texts have none), once per text.
    let present: Set<string> | undefined;
    let best: number | undefined;
    for (const lemma of keyLemmasOf(text)) {
      const entries = this.byLemma.get(lemma);
      if (entries === undefined) continue;
      for (const entry of entries) {
        if (best !== undefined && entry.template >= best) continue;
        const template = this.templates[entry.template];
        const sequence = template.sequences[entry.sequence];
        present ??= lemmaSet(tokens);
        const lemmas = present;
        if (sequence.every((step) => intersects(step.lemmas, lemmas)) && matchSequence(template, sequence, tokens)) best = entry.template;
      }
    }
    return best === undefined ? undefined : this.templates[best];
  }
}

/**
 * A text read once for many templates (a unit, for every item): its tokens, and which of its lemmas key
 * a sequence of some index (most words of a passage key none). Kept small: every unit holds one.
 */
export interface TokenizedText {
  tokens: Tokens;
  keys?: { known: number; lemmas: string[] };
  /** The literals of the recognisers' patterns the text holds (text/literals.ts), found at the first pattern tried. */
  literals?: LiteralsFound;
}

export function tokenized(normalized: string, memo = true): TokenizedText {
  return { tokens: tokenize(normalized, memo) };
}

/** The lemmas any index files a sequence under. */
const KEY_LEMMAS = new Set<string>();

/** A text's lemmas that key some sequence, recomputed when an index has been added since. */
export function keyLemmasOf(text: TokenizedText): string[] {
  if (!text.keys || text.keys.known !== KEY_LEMMAS.size) {
    const lemmas: string[] = [];
    for (const lemma of text.tokens.lemmas) if (KEY_LEMMAS.has(lemma) && !lemmas.includes(lemma)) lemmas.push(lemma);
    text.keys = { known: KEY_LEMMAS.size, lemmas };
  }
  return text.keys.lemmas;
}

/** Notions found in most passages of a tender: a poor key for the index. */
const COMMON = new Set(['BID', 'BIDDER', 'CONTRACT', 'DOCUMENT', 'NEG', 'ALL', 'PRICE', 'NONE', 'FILE', 'REQUIRED', BOUNDARY]);

/** Lower is more selective: fewer lemmas, no common notion, no stopword. */
function selectivity(step: Step): number {
  let score = step.lemmas.size;
  for (const lemma of step.lemmas) if (COMMON.has(lemma) || lemma.startsWith('=')) score += 100;
  return score;
}

function intersects(lemmas: ReadonlySet<string>, present: ReadonlySet<string>): boolean {
  for (const lemma of lemmas) if (present.has(lemma)) return true;
  return false;
}

// Positions reached by a step, reused from one match to the next (matching runs for every unit and item).
let reached = new Int32Array(64);
let next = new Int32Array(64);
let seen = new Int32Array(0);
let generation = 0;

function matchSequence(template: CompiledTemplate, sequence: Step[], tokens: Tokens): TemplateMatch | undefined {
  const { lemmas, spans } = tokens;
  if (seen.length < lemmas.length) seen = new Int32Array(lemmas.length * 2);
  for (let first = 0; first < lemmas.length; first++) {
    if (!sequence[0].lemmas.has(lemmas[first])) continue;
    if (template.opening && !opensText(lemmas, first)) break;
    reached[0] = first;
    let count = 1;
    for (let stepIndex = 1; stepIndex < sequence.length && count > 0; stepIndex++) {
      const step = sequence[stepIndex];
      const stamp = ++generation;
      let nextCount = 0;
      for (let index = 0; index < count; index++) {
        // Stopwords do not count in the gap.
        for (let at = reached[index] + 1, skipped = 0; at < lemmas.length && skipped <= step.gap; at++) {
          const lemma = lemmas[at];
          if (lemma === BOUNDARY && !template.acrossSentences) break;
          if (seen[at] !== stamp && step.lemmas.has(lemma)) {
            seen[at] = stamp;
            if (nextCount === next.length) next = grow(next);
            next[nextCount++] = at;
          }
          if (!isStopLemma(lemma)) skipped++;
        }
      }
      [reached, next] = [next, reached];
      count = nextCount;
    }
    if (count === 0) continue;
    let last = reached[0];
    for (let index = 1; index < count; index++) last = Math.min(last, reached[index]);
    if (!template.negated && governed(lemmas, first, last, 'NEG')) continue;
    if (!template.excepted && governed(lemmas, first, last, 'EXCEPT')) continue;
    if (!template.privative && deprived(lemmas, first)) continue;
    return { start: spans[2 * first], end: spans[2 * last + 1] };
  }
  return undefined;
}

/** A list's marker, which may stand before a match that opens its text (`^`): « 8.1.1.1 », « c) », « iv. ». */
const LIST_MARKER = /^(?:\d+|[a-z]|[ivxlc]{1,4})$/;

/** Whether only stopwords and a list's marker stand before word `first`. */
function opensText(lemmas: readonly string[], first: number): boolean {
  for (let index = 0; index < first; index++) {
    const lemma = lemmas[index];
    if (!isStopLemma(lemma) && lemma !== BOUNDARY && !LIST_MARKER.test(lemma)) return false;
  }
  return true;
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * Words that take away the noun phrase after them: « sans », « absence de », « exempte de », "without", "free of", and
 * the ABSENT notion's nouns (« défaut de signature », « manque de documents »).
 */
const PRIVATIVE: ReadonlySet<string> = new Set(['ABSENT', ...['sans', 'without', 'exempt', 'free'].flatMap((word) => tokenize(word).lemmas)]);
/** Determiners between a privative word and its noun (« sans aucune », « absence de toute », "free of any"). */
const DETERMINING = new Set(['ALL', 'NONE']);

/** Whether a privative word stands right before a match's first word, only stopwords and determiners between. */
function deprived(lemmas: string[], first: number): boolean {
  let index = first - 1;
  while (index >= 0 && (isStopLemma(lemmas[index]) || DETERMINING.has(lemmas[index]))) index--;
  return index >= 0 && PRIVATIVE.has(lemmas[index]);
}

/** Whether a negation (or an exception) stands within the match or just before it, in the same sentence. */
function governed(lemmas: string[], first: number, last: number, lemma: string): boolean {
  for (let index = first - 1; index >= Math.max(0, first - DENIAL_REACH) && lemmas[index] !== BOUNDARY; index--) if (lemmas[index] === lemma) return true;
  for (let index = first; index <= last; index++) if (lemmas[index] === lemma) return true;
  return false;
}
