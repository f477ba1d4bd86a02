/** Art. 9.1: which passages offer another channel than SEAO to obtain the tender documents or an addendum. */
import { unitQuestion } from '../../legal/find.js';
import { clausesOf } from '../../text/sentences.js';
import {
  ADDENDUM_DOCUMENTS_NAMED,
  ADDENDUM_OTHER_CHANNEL,
  BID_NAMED,
  CHANNEL_NAMED,
  CHANNEL_REFUSED,
  CHANNEL_VERB_NAMED,
  DEROGATION_DENIED,
  DOCUMENTS_CLAUSE_OPENING,
  DOCUMENTS_COPY,
  DOCUMENTS_NAMED,
  INVERTED_CLAUSE,
  NEGATED_RELATIVE,
  NOT_ABOUT_DOCUMENTS,
  OTHER_ANTECEDENT,
  OTHER_CHANNEL,
  PART_OTHER_CHANNEL,
  PART_RETURNED,
  PASSIVE_CLAUSE,
  PRONOUN_OBJECT,
  PRONOUN_SUBJECT,
  PRONOUN_SUBJECT_BEFORE,
  PRONOUN_SUBJECT_OPENING,
  RESTRICTED_CHANNEL,
  RESTRICTION,
  SEAO_NAMED_AT_LENGTH,
  UNDERSTANDING_CLAUSE_OPENING,
} from '../../legal/recognisers/distribution.js';

/** What a passage's documents are named by, and the sentences that offer them another way. */
interface Channels {
  patterns: readonly RegExp[];
  named: RegExp;
}
const DOCUMENTS: Channels = { patterns: OTHER_CHANNEL, named: DOCUMENTS_NAMED };
const ADDENDUM: Channels = { patterns: ADDENDUM_OTHER_CHANNEL, named: ADDENDUM_DOCUMENTS_NAMED };

/**
 * A sentence offers another channel when it names documents (`patterns`: the tender documents', or an
 * addendum's, which also names the pages it revises), or a part of them it does not return, a way to get them
 * and a channel, and does not refuse it (a negation about someone else refuses nothing, nor does a « ne … que » that
 * restricts something else: withoutRestrictionsElsewhere).
 */
function offersOtherChannel(sentence: string, patterns: readonly RegExp[]): boolean {
  const named =
    patterns.some((pattern) => pattern.test(sentence)) || (PART_OTHER_CHANNEL.some((pattern) => pattern.test(sentence)) && !PART_RETURNED.test(sentence));
  return named && !CHANNEL_REFUSED.test(withoutRestrictionsElsewhere(withoutUnrelatedNegations(sentence))) && !NOT_ABOUT_DOCUMENTS.test(sentence);
}

/** The sentence without the « ne » and « que » of its restrictions that bear on no channel (RESTRICTION, RESTRICTED_CHANNEL). */
const withoutRestrictionsElsewhere = (sentence: string): string =>
  sentence.replace(RESTRICTION, (restriction: string, between: string, at: number) =>
    RESTRICTED_CHANNEL.test(sentence.slice(at + restriction.length)) ? restriction : between,
  );

/** The sentence without its negated relative clauses about someone (NEGATED_RELATIVE), nor its denied derogation from another clause (DEROGATION_DENIED). */
const withoutUnrelatedNegations = (sentence: string): string =>
  sentence.replace(NEGATED_RELATIVE, (clause: string) => (PASSIVE_CLAUSE.test(clause) ? clause : '')).replace(DEROGATION_DENIED, '');

/**
 * Whether a passage offers another channel. Most passages name no channel at all, and are not read
 * sentence by sentence: a sentence read with its antecedent names one only where the passage does (the
 * pronoun that joins them ends a word, a channel's word after a space starts one). The system named at length
 * is read as one word (SEAO_NAMED_AT_LENGTH): its name is no distance between the way and the channel.
 */
export const passageOffersOtherChannel = (normalized: string, channels: Channels = DOCUMENTS): boolean =>
  (CHANNEL_NAMED.test(normalized) || CHANNEL_VERB_NAMED.test(normalized)) &&
  sentencesOfferOtherChannel(normalized.replace(SEAO_NAMED_AT_LENGTH, 'seao'), channels);

/** The last documents a text names, and where that name ends. */
function lastNamed(text: string, named: RegExp): { name: string; end: number } | undefined {
  let last: { name: string; end: number } | undefined;
  for (const match of text.matchAll(named)) last = { name: match[0], end: match.index + match[0].length };
  return last;
}

/**
 * A sentence read with the documents an object pronoun stands for in place of the pronoun, whatever the verb
 * (« peut le demander par courriel », « se les procurer », « l'obtenir en personne », « en obtenir copie »,
 * "request them by e-mail"), or by a noun for their form (« transmettre le PDF », "e-mail the PDF"): the documents named before it in the sentence, else in the sentence before,
 * when no other noun stands between them but the verb's subject (« remplit le formulaire et le transmet » is
 * about the form).
 */
function readWithObject(sentence: string, previous: string | undefined, named: RegExp): string | undefined {
  const pronoun = PRONOUN_OBJECT.exec(sentence);
  if (!pronoun) return undefined;
  const word = pronoun[1] ?? pronoun[2] ?? pronoun[3];
  const at = pronoun[1] !== undefined ? pronoun.index : pronoun.index + pronoun[0].length - word.length;
  const own = lastNamed(sentence.slice(0, at), named);
  const documents = own?.name ?? previous;
  if (documents === undefined) return undefined;
  const gap = (own ? sentence.slice(own.end, at) : sentence.slice(0, at).replace(PRONOUN_SUBJECT_OPENING, '')).replace(PRONOUN_SUBJECT_BEFORE, '');
  if (OTHER_ANTECEDENT.test(gap)) return undefined;
  return `${sentence.slice(0, at)}${documents} ${sentence.slice(at + word.length).trimStart()}`;
}

/**
 * A sentence read with the documents named before the copy it speaks of (DOCUMENTS_COPY), in the sentence or the passage,
 * in place of that copy (« …; une copie papier peut aussi être demandée par courriel »): its subject or its object, before
 * or after its verb. A copy the bidder fills in, signs or returns, or one a sentence about the bid speaks of, is the bid's.
 */
function readWithCopy(sentence: string, previous: string | undefined, named: RegExp): string | undefined {
  const copy = DOCUMENTS_COPY.exec(sentence);
  if (!copy || PART_RETURNED.test(sentence) || BID_NAMED.test(sentence.replace(named, ''))) return undefined;
  const documents = lastNamed(sentence.slice(0, copy.index), named)?.name ?? previous;
  if (documents === undefined) return undefined;
  const determiner = copy.groups?.en === undefined ? 'les' : 'the';
  return `${sentence.slice(0, copy.index)}${determiner} ${documents}${sentence.slice(copy.index + copy[0].length)}`;
}

/**
 * Whether a sentence of a passage offers another channel, a clause that names the documents again as its
 * subject, or states an understanding, read by itself (DOCUMENTS_CLAUSE_OPENING, UNDERSTANDING_CLAUSE_OPENING), unless the
 * clause before opens with its verb and the documents named after the comma are that verb's subject (INVERTED_CLAUSE:
 * « Sont remis sur demande, par courriel, les documents »); a sentence whose subject is a pronoun is read
 * with the documents the sentence before it named (« Ils peuvent également être transmis par courriel, sur
 * demande »), and one whose object is (readWithObject).
 */
export function sentencesOfferOtherChannel(normalized: string, { patterns, named }: Channels = DOCUMENTS): boolean {
  let antecedent: string | undefined;
  const parts = (clause: string) => clause.split(DOCUMENTS_CLAUSE_OPENING).flatMap((part) => part.split(UNDERSTANDING_CLAUSE_OPENING));
  const clauses = clausesOf(normalized).flatMap((clause) => (INVERTED_CLAUSE.test(clause) ? clause.split(UNDERSTANDING_CLAUSE_OPENING) : parts(clause)));
  for (const sentence of clauses) {
    const pronoun = antecedent !== undefined ? PRONOUN_SUBJECT.exec(sentence) : null;
    const read = pronoun ? `${antecedent} ${sentence.slice(pronoun[0].length)}` : sentence;
    if (offersOtherChannel(read, patterns)) return true;
    const object = readWithObject(read, antecedent, named);
    if (object !== undefined && offersOtherChannel(object, patterns)) return true;
    const copy = readWithCopy(read, antecedent, named);
    if (copy !== undefined && offersOtherChannel(copy, patterns)) return true;
    antecedent = lastNamed(sentence, named)?.name ?? antecedent;
  }
  return false;
}
/** The tender documents' passages that offer another channel, an answer read with its question (documentsOnlyThroughSeao). */
export const OFFERS_OTHER_CHANNEL = unitQuestion('otherChannel', (normalized) => passageOffersOtherChannel(normalized), { answers: true });
/** An addendum's passages that offer another channel for it or the pages it revises (addendumOnlyThroughSeao). */
export const ADDENDUM_OFFERS_OTHER_CHANNEL = unitQuestion('addendumOtherChannel', (normalized) => passageOffersOtherChannel(normalized, ADDENDUM), {
  answers: true,
});
