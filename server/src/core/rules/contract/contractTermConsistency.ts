import { formatLongDate } from '../../calendar/format.js';
import type { OffsetRange } from '../../document/frontMatter.js';
import type { Localized } from '../../types.js';
import type { Rule, RuleContext } from '../rule.js';
import { type Term, duration, renewalCount, termStatements } from '../dossier/term.js';

/** What a passage says of one aspect: a key to compare, and how to show it in each language. */
interface Said {
  key: string;
  shown: Localized;
  range: OffsetRange;
}

const said = (key: number | string, shown: Localized, range: OffsetRange): Said => ({ key: String(key), shown, range });
/** A number of months as a message shows it (« 3 ans (36 mois) »). */
const saidMonths = (months: number, range: OffsetRange): Said => said(months, { fr: duration(months, 'fr'), en: duration(months, 'en') }, range);
/** A dated moment of the term (its start, its end), compared by its day. */
const saidDate = ({ date, range }: NonNullable<Term['start']>): Said =>
  said(`${date.year}-${date.month}-${date.day}`, { fr: formatLongDate(date, 'fr'), en: formatLongDate(date, 'en') }, range);

/** One thing a passage says of the term, to compare with what the first passage that says it says. */
interface Aspect {
  messageId: string;
  read: (term: Term) => Said | undefined;
  say: (value: Localized, first: Localized) => Localized;
  where: Localized;
  /** Set when a passage's other duration or start already implies this disagreement: it is then reported once, by those. */
  impliedByEarlier?: true;
}

const ASPECTS: readonly Aspect[] = [
  {
    messageId: 'initialDurationDiffers',
    read: (term) => term.initial && saidMonths(term.initial.months, term.initial.range),
    say: (value, first) => ({
      fr: `Ce passage donne au contrat une durée de ${value.fr}, mais un passage précédent, de ${first.fr} : le contrat à signer et les documents d'appel d'offres doivent décrire le même contrat (art. 5, par. 1° et 8°).`,
      en: `This passage gives the contract a term of ${value.en}, but an earlier passage, ${first.en}: the contract to be signed and the tender documents must describe the same contract (s. 5, para. 1 and 8).`,
    }),
    where: { fr: 'Durée du contrat', en: "Contract's term" },
  },
  {
    messageId: 'startDiffers',
    read: (term) => term.start && saidDate(term.start),
    say: (value, first) => ({
      fr: `Ce passage fait commencer le contrat le ${value.fr}, mais un passage précédent, le ${first.fr} : le contrat à signer et les documents d'appel d'offres doivent décrire le même contrat (art. 5, par. 1° et 8°).`,
      en: `This passage starts the contract on ${value.en}, but an earlier passage on ${first.en}: the contract to be signed and the tender documents must describe the same contract (s. 5, para. 1 and 8).`,
    }),
    where: { fr: 'Début du contrat', en: "Contract's start" },
  },
  {
    messageId: 'endDiffers',
    read: (term) => term.end && saidDate(term.end),
    say: (value, first) => ({
      fr: `Ce passage fait finir le contrat le ${value.fr}, mais un passage précédent, le ${first.fr} : le contrat à signer et les documents d'appel d'offres doivent décrire le même contrat (art. 5, par. 1° et 8°).`,
      en: `This passage ends the contract on ${value.en}, but an earlier passage on ${first.en}: the contract to be signed and the tender documents must describe the same contract (s. 5, para. 1 and 8).`,
    }),
    where: { fr: 'Fin du contrat', en: "Contract's end" },
    impliedByEarlier: true,
  },
  {
    messageId: 'renewalsDiffer',
    read: (term) =>
      term.renewals?.count !== undefined && term.renewals.counted
        ? said(term.renewals.count, { fr: renewalCount(term.renewals.count, 'fr'), en: renewalCount(term.renewals.count, 'en') }, term.renewals.range)
        : undefined,
    say: (value, first) => ({
      fr: `Ce passage prévoit ${value.fr} du contrat, mais un passage précédent, ${first.fr} : les options décrites (art. 4, al. 2, par. 2.1°; art. 5, par. 1.1°) doivent être celles du contrat à signer (art. 5, par. 8°).`,
      en: `This passage provides for ${value.en} of the contract, but an earlier passage for ${first.en}: the options described (s. 4, para. 2, subpara. 2.1; s. 5, para. 1.1) must be those of the contract to be signed (s. 5, para. 8).`,
    }),
    where: { fr: 'Renouvellements du contrat', en: "Contract's renewals" },
  },
  {
    messageId: 'renewalLengthDiffers',
    read: (term) => (term.renewals?.months !== undefined ? saidMonths(term.renewals.months, term.renewals.range) : undefined),
    say: (value, first) => ({
      fr: `Ce passage donne à chaque renouvellement du contrat une durée de ${value.fr}, mais un passage précédent, de ${first.fr} : les options décrites (art. 4, al. 2, par. 2.1°; art. 5, par. 1.1°) doivent être celles du contrat à signer (art. 5, par. 8°).`,
      en: `This passage gives each renewal of the contract a term of ${value.en}, but an earlier passage, ${first.en}: the options described (s. 4, para. 2, subpara. 2.1; s. 5, para. 1.1) must be those of the contract to be signed (s. 5, para. 8).`,
    }),
    where: { fr: 'Durée du renouvellement', en: "Renewal's term" },
  },
];

/**
 * Art. 4 al. 2 par. 2.1°, art. 5 par. 1°, 1.1° and 8°: the contract's term, start, end and renewals (their number and
 * length) are the same wherever a
 * document states them (the notice, the instructions, the contract to be signed in an annex). Each passage that
 * disagrees with the first one stating the same thing is an error, leading to it. A firm term and a total renewals
 * included are different things (the reading keeps the total out of the initial term).
 */
export const contractTermConsistency: Rule = {
  id: 'contract-term-consistency',
  citation: '5.8°',
  severity: 'error',
  appliesTo: ['appel-offres', 'avis', 'document'],
  description: {
    fr: 'La durée du contrat, son début, sa fin et ses renouvellements sont les mêmes partout où le document les énonce.',
    en: "The contract's term, start, end and renewals are the same wherever the document states them.",
  },
  check(context) {
    const statements = termStatements(context.model);
    const reported = new Set<Term>();
    for (const aspect of ASPECTS) reportDisagreements(context, statements, aspect, reported);
  },
};

function reportDisagreements(context: RuleContext, statements: readonly Term[], aspect: Aspect, reported: Set<Term>): void {
  let first: Said | undefined;
  for (const statement of statements) {
    const stated = aspect.read(statement);
    if (!stated) continue;
    if (!first) first = stated;
    else if (stated.key !== first.key && !(aspect.impliedByEarlier && reported.has(statement))) {
      reported.add(statement);
      context.report({
        messageId: aspect.messageId,
        range: stated.range,
        message: aspect.say(stated.shown, first.shown),
        related: [{ range: first.range, message: aspect.where }],
      });
    }
  }
}
