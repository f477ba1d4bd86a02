import { CLAUSES, type Clause } from './clauses.js';
import { parseCitationId } from './citations.js';
import { resolveCitation } from './regulation/index.js';
import { compileTemplate, matchTemplate, TemplateIndex, type CompiledTemplate } from './lexicon/template.js';
import { normalizeForMatching } from '../text/normalize.js';
import type { Localized } from '../types.js';

/**
 * Example sentences, the one shape of the legal data and its test corpora: `positive` ones must be
 * recognised (or, for a rule that flags a passage, flagged), `negative` ones, near-misses, must not.
 */
export interface Examples {
  positive: readonly string[];
  negative?: readonly string[];
}

/** A wording of an item, written by hand: what it matches, and real sentences it must match. */
interface PhraseTemplate {
  id: string;
  pattern: string;
  /** Sentences the template recognises, and near-misses it must not (checked by the tests); paraphrased from public sources. */
  examples: Examples;
}

/** The regulation's own words for an item: a quotation of the cited provision (checked against its text). */
export interface LawWording {
  citation: string;
  quote: string;
}

/** Wording that suggests the item without stating it all: what the passage lacks is said to the drafter. */
interface WeakTemplate extends PhraseTemplate {
  lacks: Localized;
}

/** What an item's templates are made of (a recogniser's data). */
export interface TemplateSources {
  law?: readonly LawWording[];
  templates?: readonly PhraseTemplate[];
  /** Headings that name the item in other words or word order, a question included (« Que doit contenir ma soumission? »). */
  headingTemplates?: readonly PhraseTemplate[];
  weak?: readonly WeakTemplate[];
}

export interface ItemTemplates {
  /** Match a heading: the law's words, the inserted clause's heading and the hand-written heading templates. */
  headings: CompiledTemplate[];
  /** Match prose: the law's words, the clauses and the hand-written templates. */
  phrases: CompiledTemplate[];
  weak: (CompiledTemplate & { lacks: Localized })[];
  /** The same, indexed for texts read once for every item (the units). */
  headingIndex: TemplateIndex;
  phraseIndex: TemplateIndex;
}

/** The regulation's text of a citation (`5.8°` → « le contrat à être signé; »), or undefined. */
function lawText(citation: string): string | undefined {
  const parsed = parseCitationId(citation);
  const resolved = parsed && resolveCitation(parsed);
  if (!resolved) return undefined;
  if (resolved.paragraph) return resolved.paragraph.text;
  if (resolved.alinea) return resolved.article.alineas[resolved.alinea - 1].text;
  return resolved.article.alineas.map((alinea) => alinea.text).join(' ');
}

/**
 * A template made of a text's words, in order: every content word required, a placeholder (`{{…}}`)
 * whatever the drafter put in its place. Template syntax in the text (parentheses, bars) is read as
 * punctuation. A whole clause may span sentences; a quotation of the law is one.
 */
function wordingTemplate(id: string, text: string, acrossSentences = false): CompiledTemplate {
  const words = text
    .replace(/(?<!\{)\{\{[^}]*\}\}/g, ` …${PLACEHOLDER_WORDS} `)
    .replace(/[()|?{}*_#`[\]]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  // A clause's opening words, in order, are already its own: the rest adds time, not certainty.
  let kept = 0;
  const opening = words.filter((word) => (word.startsWith('…') ? kept < CLAUSE_WORDS : ++kept <= CLAUSE_WORDS));
  return compileTemplate(id, opening.join(' '), acrossSentences);
}

/** How many words of a clause its template requires. */
const CLAUSE_WORDS = 24;

/** How many words of the law a prose passage must repeat for them to state the item. */
const MIN_PROSE_STEPS = 3;

/**
 * The law's words as a template: its words in order with nothing between them but stopwords, in any
 * inflection; « à » before a verb kept ("à être signé": the contract to be signed, not « le contrat
 * est signé »), « être » optional (« à signer »).
 */
function lawPattern(quote: string): string {
  const words = normalizeForMatching(quote)
    .replace(/[()|?{}*_#`[\],;:.]/g, ' ')
    .split(' ')
    .filter(Boolean);
  return words
    .map((word, index) => {
      if (word === 'a' && index > 0 && index < words.length - 1) return '=a';
      if (word === 'etre') return '=etre?';
      return word;
    })
    .join(' …0 ');
}

/** How many words a drafter may write in place of a clause's placeholder. */
const PLACEHOLDER_WORDS = 60;

/** The clauses inserted for an item (same name in the catalogue). */
function clausesOf(item: string): Clause[] {
  return Object.hasOwn(CLAUSES, item) ? [CLAUSES[item as keyof typeof CLAUSES]] : [];
}

/** Compiles an item's templates: its law wordings and clauses first (recognised by construction), then its own. */
export function compileItemTemplates(item: string, sources: TemplateSources): ItemTemplates {
  const headings: CompiledTemplate[] = [];
  const phrases: CompiledTemplate[] = [];
  for (const [index, law] of (sources.law ?? []).entries()) {
    const template = compileTemplate(`${item}/law-${index + 1} (${law.citation})`, lawPattern(law.quote));
    headings.push(template);
    // Two words of the law (« ouverture des soumissions ») name the item in a heading; in prose they are
    // also a reference date or an aside (« précédant la date d'ouverture des offres »).
    if (template.sequences.every((sequence) => sequence.length >= MIN_PROSE_STEPS)) phrases.push(template);
  }
  for (const clause of clausesOf(item)) {
    for (const locale of ['fr', 'en'] as const) {
      if (clause.heading) headings.push(wordingTemplate(`${item}/clause-heading-${locale}`, clause.heading[locale]));
      phrases.push(wordingTemplate(`${item}/clause-${locale}`, clause.text[locale], true));
      if (clause.listItem) phrases.push(wordingTemplate(`${item}/clause-list-${locale}`, clause.listItem[locale], true));
    }
  }
  for (const template of sources.templates ?? []) phrases.push(compileTemplate(`${item}/${template.id}`, template.pattern));
  for (const template of sources.headingTemplates ?? []) headings.push(compileTemplate(`${item}/heading-${template.id}`, template.pattern));
  const weak = (sources.weak ?? []).map((template) => ({ ...compileTemplate(`${item}/${template.id}`, template.pattern), lacks: template.lacks }));
  return { headings, phrases, weak, headingIndex: new TemplateIndex(headings), phraseIndex: new TemplateIndex(phrases) };
}

/** An item's compiled templates as the build writes them (server/data/templates.json): sets as arrays. */
type SnapshotTemplate = Omit<CompiledTemplate, 'sequences'> & { sequences: { lemmas: string[]; gap: number }[][] };
export type TemplateSnapshot = Record<string, { headings: SnapshotTemplate[]; phrases: SnapshotTemplate[]; weak: (SnapshotTemplate & { lacks: Localized })[] }>;

/**
 * An item's templates from the build's snapshot: the same as compileItemTemplates gives, without
 * compiling them (about 300 templates, a tenth of a cold start's first analysis).
 */
export function itemTemplatesFrom(snapshot: TemplateSnapshot[string]): ItemTemplates {
  const compiled = <T extends SnapshotTemplate>(template: T) => ({
    ...template,
    sequences: template.sequences.map((sequence) => sequence.map((step) => ({ lemmas: new Set(step.lemmas), gap: step.gap }))),
  });
  const headings = snapshot.headings.map(compiled);
  const phrases = snapshot.phrases.map(compiled);
  return { headings, phrases, weak: snapshot.weak.map(compiled), headingIndex: new TemplateIndex(headings), phraseIndex: new TemplateIndex(phrases) };
}

/** The first template of a list that matches a folded text. */
export function firstMatching(templates: readonly CompiledTemplate[], normalized: string): CompiledTemplate | undefined {
  return templates.find((template) => matchTemplate(template, normalized) !== undefined);
}

/** Whether a law quotation is the text of its provision (folded, so typography does not matter). */
export function quotesTheLaw(law: LawWording): boolean {
  const text = lawText(law.citation);
  return text !== undefined && normalizeForMatching(text).includes(normalizeForMatching(law.quote));
}
