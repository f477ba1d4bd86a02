/** Art. 9.1: which passages offer another channel than SEAO to obtain the tender documents or an addendum. */
import { unitQuestion } from '../../legal/find.js';
import {
  ADDENDUM_OTHER_CHANNEL,
  CHANNEL_NAMED,
  CHANNEL_REFUSED,
  DOCUMENTS_NAMED,
  NOT_ABOUT_DOCUMENTS,
  OTHER_CHANNEL,
  PRONOUN_SUBJECT,
} from '../../legal/recognisers/distribution.js';

/**
 * A sentence offers another channel when it names documents (`patterns`: the tender documents', or an
 * addendum's, which also names the pages it revises), a way to get them and a channel, and does not refuse it.
 */
function offersOtherChannel(sentence: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(sentence)) && !CHANNEL_REFUSED.test(sentence) && !NOT_ABOUT_DOCUMENTS.test(sentence);
}

/**
 * Whether a passage offers another channel. Most passages name no channel at all, and are not read
 * sentence by sentence: a sentence read with its antecedent names one only where the passage does (the
 * pronoun that joins them ends a word, a channel's word after a space starts one).
 */
export const passageOffersOtherChannel = (normalized: string, patterns: readonly RegExp[] = OTHER_CHANNEL): boolean =>
  CHANNEL_NAMED.test(normalized) && sentencesOfferOtherChannel(normalized, patterns);

/**
 * Whether a sentence of a passage offers another channel; a sentence whose subject is a pronoun is read
 * with the documents the sentence before it named (« Ils peuvent également être transmis par courriel, sur
 * demande »).
 */
export function sentencesOfferOtherChannel(normalized: string, patterns: readonly RegExp[] = OTHER_CHANNEL): boolean {
  let antecedent: string | undefined;
  for (const sentence of normalized.split(/[.;!?](?:\s|$)/).map((text) => text.trim())) {
    const pronoun = antecedent !== undefined ? PRONOUN_SUBJECT.exec(sentence) : null;
    const read = pronoun ? `${antecedent} ${sentence.slice(pronoun[0].length)}` : sentence;
    if (offersOtherChannel(read, patterns)) return true;
    const named = DOCUMENTS_NAMED.exec(sentence);
    if (named) antecedent = named[0];
  }
  return false;
}
/** The tender documents' passages that offer another channel (documentsOnlyThroughSeao). */
export const OFFERS_OTHER_CHANNEL = unitQuestion('otherChannel', (normalized) => passageOffersOtherChannel(normalized));
/** An addendum's passages that offer another channel for it or the pages it revises (addendumOnlyThroughSeao). */
export const ADDENDUM_OFFERS_OTHER_CHANNEL = unitQuestion('addendumOtherChannel', (normalized) =>
  passageOffersOtherChannel(normalized, ADDENDUM_OTHER_CHANNEL),
);
