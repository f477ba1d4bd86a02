import {
  CLOCK_EN_ALONE,
  CLOCK_FR,
  DATE,
  DATE_ABBREVIATED,
  DATE_DAY_IN_WORDS,
  DATE_SHORT_YEAR,
  DAY_WORD_BEFORE_MONTH,
  ENGLISH_DATE,
  ENGLISH_DATE_ABBREVIATED,
  ENGLISH_DATE_SHORT_YEAR,
} from '../../server/src/core/calendar/prose.js';
import { IGNORE_DIRECTIVE, TENDER_TYPE_LINE } from '../../server/src/core/document/model.js';
import { TYPE_LINE } from '../../server/src/core/document/notChecked.js';
import { ATTRIBUTED } from '../../server/src/core/legal/bodyNames.js';
import { CALQUED_COMPOUND } from '../../server/src/core/legal/lexicon/compounds.js';
import { FIELD_LINE, NUMBERING, RUN_IN_LABEL } from '../../server/src/core/legal/find.js';
import { PLACEHOLDER_MARK } from '../../server/src/core/legal/placeholders.js';
import { PLACEHOLDER, RECOGNISERS } from '../../server/src/core/legal/recognisers.js';
import { NAMED_ORDER, NAMED_VERDICT, OWN_VERDICT } from '../../server/src/core/legal/supersession.js';
import {
  ADDENDUM_DOCUMENTS_NAMED,
  ADDENDUM_OTHER_CHANNEL,
  DOCUMENTS_CLAUSE_OPENING,
  DOCUMENTS_COPY,
  NEGATED_RELATIVE,
  PART_OTHER_CHANNEL,
  PRONOUN_OBJECT,
  RESTRICTED_CHANNEL,
} from '../../server/src/core/legal/recognisers/distribution.js';
import { ESTABLISHMENT_ALTERNATIVE, ESTABLISHMENT_REQUIRED } from '../../server/src/core/legal/recognisers/admissibility.js';
import { LIST_VALIDITY, PERIOD_BEFORE } from '../../server/src/core/legal/recognisers/deadlines.js';
import { VALIDITY_PERIOD } from '../../server/src/core/legal/recognisers/evaluation.js';
import { shapeOf } from '../../server/src/core/rules/dossier/dossierNumberMismatch.js';
import {
  INITIAL,
  INITIAL_LATER,
  RENEWAL,
  RENEWAL_COUNT,
  RENEWAL_FOR,
  RENEWAL_PERIOD,
  RENEWAL_TIMES,
  YEARS_ONE_AT_A_TIME,
} from '../../server/src/core/rules/dossier/term.js';
import { criterionNumber } from '../../server/src/core/rules/evaluation/acceptableLevel.js';
import { DAY_WORD, NUMBER_WORDS_RUN } from '../../server/src/core/text/numberWords.js';

/**
 * The patterns test/robustness/regexTiming.test.ts runs on adversarial text: every recogniser's, and every
 * pattern that eslint-plugin-regexp cannot read (built from imported parts or at run time), which its
 * super-linear rules therefore do not check.
 */
export const TIMED_PATTERNS: { name: string; pattern: RegExp }[] = [
  ...Object.entries(RECOGNISERS).flatMap(([item, recogniser]) => [
    ...recogniser.headings.map((pattern, index) => ({ name: `${item}.headings[${index}]`, pattern })),
    ...recogniser.phrases.map((pattern, index) => ({ name: `${item}.phrases[${index}]`, pattern })),
  ]),
  { name: 'PLACEHOLDER', pattern: PLACEHOLDER },
  // Art. 9.1's other channels (the tender documents' patterns, then an addendum's revised pages).
  ...ADDENDUM_OTHER_CHANNEL.map((pattern, index) => ({ name: `ADDENDUM_OTHER_CHANNEL[${index}]`, pattern })),
  // A part of the documents handed out another way, and a negated relative clause about someone.
  ...PART_OTHER_CHANNEL.map((pattern, index) => ({ name: `PART_OTHER_CHANNEL[${index}]`, pattern })),
  { name: 'NEGATED_RELATIVE', pattern: NEGATED_RELATIVE },
  // A clause replaced or set aside by its label (legal/supersession.ts).
  { name: 'NAMED_VERDICT', pattern: NAMED_VERDICT },
  { name: 'OWN_VERDICT', pattern: OWN_VERDICT },
  { name: 'NAMED_ORDER', pattern: NAMED_ORDER },
  // What a « ne … que » bears on when it refuses another channel (built from the channels).
  { name: 'RESTRICTED_CHANNEL', pattern: RESTRICTED_CHANNEL },
  // The documents an addendum names, and an object pronoun standing for them.
  { name: 'ADDENDUM_DOCUMENTS_NAMED', pattern: ADDENDUM_DOCUMENTS_NAMED },
  { name: 'PRONOUN_OBJECT', pattern: PRONOUN_OBJECT },
  // A copy standing for the documents named before it, and a clause that names them again with a verb of its own.
  { name: 'DOCUMENTS_COPY', pattern: DOCUMENTS_COPY },
  { name: 'DOCUMENTS_CLAUSE_OPENING', pattern: DOCUMENTS_CLAUSE_OPENING },
  { name: 'VALIDITY_PERIOD', pattern: VALIDITY_PERIOD },
  // The establishment art. 6 par. 2° requires, and a place that is not one admitted instead (built from their nouns).
  { name: 'ESTABLISHMENT_REQUIRED', pattern: ESTABLISHMENT_REQUIRED },
  { name: 'ESTABLISHMENT_ALTERNATIVE', pattern: ESTABLISHMENT_ALTERNATIVE },
  ...LIST_VALIDITY.map((pattern, index) => ({ name: `LIST_VALIDITY[${index}]`, pattern })),
  // The period the documents' own clause on addenda states (art. 9 al. 2).
  { name: 'PERIOD_BEFORE', pattern: PERIOD_BEFORE },
  { name: 'IGNORE_DIRECTIVE', pattern: IGNORE_DIRECTIVE },
  { name: 'NUMBERING', pattern: NUMBERING },
  { name: 'FIELD_LINE', pattern: FIELD_LINE },
  { name: 'RUN_IN_LABEL', pattern: RUN_IN_LABEL },
  { name: 'PLACEHOLDER_MARK', pattern: PLACEHOLDER_MARK },
  { name: 'DATE (French dates)', pattern: DATE },
  { name: 'DATE_DAY_IN_WORDS (French dates, the day in words)', pattern: DATE_DAY_IN_WORDS },
  { name: 'DATE_ABBREVIATED (French dates, the weekday or month abbreviated)', pattern: DATE_ABBREVIATED },
  { name: 'DATE_SHORT_YEAR (French dates, a year of two digits)', pattern: DATE_SHORT_YEAR },
  { name: 'DAY_WORD_BEFORE_MONTH (a day in words before a month)', pattern: DAY_WORD_BEFORE_MONTH },
  { name: 'CLOCK_FR', pattern: CLOCK_FR },
  { name: 'ENGLISH_DATE (English dates, dates in numbers)', pattern: ENGLISH_DATE },
  { name: 'ENGLISH_DATE_ABBREVIATED (English dates, the weekday or month abbreviated)', pattern: ENGLISH_DATE_ABBREVIATED },
  { name: 'ENGLISH_DATE_SHORT_YEAR (English dates, a year of two digits)', pattern: ENGLISH_DATE_SHORT_YEAR },
  { name: 'CLOCK_EN_ALONE', pattern: CLOCK_EN_ALONE },
  { name: 'NUMBER_WORDS_RUN (numbers in words)', pattern: NUMBER_WORDS_RUN },
  { name: 'DAY_WORD (a day of the month in words)', pattern: DAY_WORD },
  { name: 'TENDER_TYPE_LINE', pattern: TENDER_TYPE_LINE },
  { name: 'TYPE_LINE', pattern: TYPE_LINE },
  // Built with the verbs that obtain an evaluation from its author (recognisers/refusal.ts).
  { name: 'ATTRIBUTED (an evaluation attributed to the body by name)', pattern: ATTRIBUTED },
  // Built from the compounds' heads and modifiers (lexicon/compounds.ts).
  { name: 'CALQUED_COMPOUND (an English compound in French order)', pattern: CALQUED_COMPOUND },
  ...[2, 12].flatMap((number) => {
    const { numbered, numberedLabel } = criterionNumber(number);
    return [
      { name: `criterionNumber(${number}).numbered`, pattern: numbered },
      { name: `criterionNumber(${number}).numberedLabel`, pattern: numberedLabel },
    ];
  }),
  { name: 'dossier INITIAL (contract term)', pattern: INITIAL },
  { name: 'dossier INITIAL_LATER (contract term ending a lapse after its start)', pattern: INITIAL_LATER },
  { name: 'dossier RENEWAL (a renewal or an extension named)', pattern: RENEWAL },
  { name: 'dossier RENEWAL_COUNT', pattern: RENEWAL_COUNT },
  { name: 'dossier RENEWAL_PERIOD', pattern: RENEWAL_PERIOD },
  { name: 'dossier RENEWAL_TIMES', pattern: RENEWAL_TIMES },
  { name: 'dossier RENEWAL_FOR', pattern: RENEWAL_FOR },
  { name: 'dossier YEARS_ONE_AT_A_TIME', pattern: YEARS_ONE_AT_A_TIME },
  // The call number's shape, as the dossier rules build it from a front-matter value (and its unflagged copy).
  ...['AO-2026-0217', 'SAG 2026.14/B'].flatMap((numero) => {
    const shape = shapeOf(numero)!;
    return [
      { name: `shapeOf(${numero})`, pattern: shape },
      { name: `shapeOf(${numero}) unflagged`, pattern: new RegExp(shape.source, 'u') },
    ];
  }),
];

/**
 * Where each pattern the static check does not cover is built (`file#declaration`: the top-level constant or
 * function it is built in), and the start of the name of the timed patterns that stand for it. A pattern the
 * static check cannot read, or that a comment exempts from its super-linear rules, must be listed here:
 * test/robustness/regexCoverage.test.ts fails otherwise.
 */
export const TIMED_CONSTRUCTIONS: Record<string, string> = {
  // Recognisers built from shared parts (shared.ts, the item's own module): all timed through RECOGNISERS.
  'server/src/core/legal/recognisers.ts#RECOGNISERS': 'opening.phrases',
  // A channel of the bids, not where something is published (SEAO, the electronic way): the place's phrases.
  'server/src/core/legal/recognisers.ts#notWherePublished': 'place.phrases[1]',
  'server/src/core/legal/recognisers/deadlines.ts#DEADLINE_RECOGNISERS': 'openingProcedure.phrases',
  'server/src/core/legal/recognisers/documents.ts#DOCUMENT_RECOGNISERS': 'openingProcedure.phrases',
  'server/src/core/calendar/prose.ts#frenchDate': 'DATE',
  'server/src/core/calendar/prose.ts#DAY_WORD_BEFORE_MONTH': 'DAY_WORD_BEFORE_MONTH',
  'server/src/core/calendar/prose.ts#CLOCK_FR': 'CLOCK_FR',
  'server/src/core/calendar/prose.ts#englishDate': 'ENGLISH_DATE',
  'server/src/core/calendar/prose.ts#CLOCK_EN_ALONE': 'CLOCK_EN_ALONE',
  'server/src/core/text/numberWords.ts#NUMBER_WORDS_RUN': 'NUMBER_WORDS_RUN',
  'server/src/core/text/numberWords.ts#DAY_WORD': 'DAY_WORD',
  'server/src/core/document/model.ts#TENDER_TYPE_LINE': 'TENDER_TYPE_LINE',
  'server/src/core/document/notChecked.ts#TYPE_LINE': 'TYPE_LINE',
  'server/src/core/rules/evaluation/acceptableLevel.ts#criterionNumber': 'criterionNumber(',
  'server/src/core/rules/dossier/term.ts#INITIAL': 'dossier INITIAL',
  // The same source, global, to read each statement of a period in turn.
  'server/src/core/rules/dossier/term.ts#INITIAL_ALL': 'dossier INITIAL',
  'server/src/core/rules/dossier/term.ts#INITIAL_LATER': 'dossier INITIAL_LATER',
  'server/src/core/rules/dossier/term.ts#INITIAL_LATER_ALL': 'dossier INITIAL_LATER',
  'server/src/core/rules/dossier/term.ts#RENEWAL_COUNT': 'dossier RENEWAL_COUNT',
  'server/src/core/rules/dossier/term.ts#RENEWAL_PERIOD': 'dossier RENEWAL_PERIOD',
  'server/src/core/rules/dossier/term.ts#RENEWAL_TIMES': 'dossier RENEWAL_TIMES',
  'server/src/core/rules/dossier/term.ts#RENEWAL_FOR': 'dossier RENEWAL_FOR',
  'server/src/core/rules/dossier/term.ts#YEARS_ONE_AT_A_TIME': 'dossier YEARS_ONE_AT_A_TIME',
  'server/src/core/rules/dossier/dossierNumberMismatch.ts#shapeOf': 'shapeOf(',
  'server/src/core/rules/dossier/dossierNumberMismatch.ts#dossierNumberMismatch': 'shapeOf(',
  'server/src/core/legal/recognisers/evaluation.ts#VALIDITY_PERIOD': 'VALIDITY_PERIOD',
  'server/src/core/legal/bodyNames.ts#ATTRIBUTED': 'ATTRIBUTED',
  'server/src/core/legal/lexicon/compounds.ts#CALQUED_COMPOUND': 'CALQUED_COMPOUND',
  'server/src/core/legal/recognisers/deadlines.ts#LIST_VALIDITY': 'LIST_VALIDITY[0]',
  'server/src/core/legal/recognisers/deadlines.ts#PERIOD_BEFORE': 'PERIOD_BEFORE',
};
