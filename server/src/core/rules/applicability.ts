import type { Localized } from '../types.js';
import { awardMode, gridAnnex, type AwardMode } from './evaluation/common.js';
import type { RuleContext } from './rule.js';

/**
 * The conditions rules share, each returning why the rule requires nothing of the document (see
 * Rule.notApplicable), with the fact the document gives — the amount, the award method, the key —
 * or `undefined` when the condition holds.
 */
export type Inapplicable = Localized | undefined;

/** `fr` and `en` built by one function, so that each reason is written once for both languages. */
export const both = (text: (locale: 'fr' | 'en') => string): Localized => ({ fr: text('fr'), en: text('en') });

/** French sets a space before the colon. */
const colon = (locale: 'fr' | 'en'): string => (locale === 'fr' ? ' : ' : ': ');

/** What the front-matter gives for `key`: that it is absent, or its value by its name in `names` (as written if unknown). */
function given(key: string, declared: string | undefined, names: Record<string, Localized>, locale: 'fr' | 'en'): string {
  if (declared === undefined) return locale === 'fr' ? `clé ${key} absente` : `key ${key} absent`;
  return `${key}${colon(locale)}${names[declared]?.[locale] ?? declared}`;
}

export function dollars(value: number, locale: 'fr' | 'en'): string {
  const amount = value.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 2 });
  return locale === 'fr' ? `${amount} $` : `$${amount}`;
}

/** Art. 4 par. 2.1°, 5 par. 1.1°: the contract has options (renewals among them). */
export function withOptions(context: RuleContext): Inapplicable {
  if (context.data.options.length > 0) return undefined;
  return {
    fr: "Pas d'options : l'en-tête ne déclare ni option ni renouvellement (clé options).",
    en: 'No options: the front-matter declares no option or renewal (key options).',
  };
}

/** The estimated amount reaches `threshold` (`what`: the obligation that starts there). */
export function amountAtLeast(context: RuleContext, threshold: number, what: Localized): Inapplicable {
  const amount = context.data.montantEstime;
  if (amount !== undefined && amount >= threshold) return undefined;
  return both((l) =>
    amount === undefined
      ? l === 'fr'
        ? `Montant estimé non indiqué (clé montant-estime) : rien n'établit qu'il atteint ${dollars(threshold, l)} (${what[l]}).`
        : `Estimated amount not given (key montant-estime): nothing shows it reaches ${dollars(threshold, l)} (${what[l]}).`
      : l === 'fr'
        ? `Montant estimé ${dollars(amount, l)} < ${dollars(threshold, l)} (${what[l]}).`
        : `Estimated amount ${dollars(amount, l)} < ${dollars(threshold, l)} (${what[l]}).`,
  );
}

const MODE_NAMES: Record<AwardMode, Localized> = {
  prix: { fr: 'au prix seul', en: 'on price alone' },
  'qualite-minimale': { fr: 'à la qualité minimale puis au prix, annexe 1', en: 'on minimum quality then price, Annex 1' },
  'qualite-prix': { fr: 'qualité-prix, annexe 2', en: 'quality-price, Annex 2' },
  'qualite-seulement': { fr: 'sur la qualité seulement, annexe 2', en: 'on quality only, Annex 2' },
};

/** The award method as the document gives it: its key's value, or what the text states. */
function awardStated(context: RuleContext, mode: string | undefined): Localized {
  const declared = context.data.adjudication;
  if (mode !== undefined && mode in MODE_NAMES) {
    const source = (l: 'fr' | 'en') => (declared === mode ? `adjudication${colon(l)}${mode}` : l === 'fr' ? 'selon le texte' : 'as the text states');
    return both((l) => `${l === 'fr' ? 'Adjudication' : 'Award'} ${MODE_NAMES[mode as AwardMode][l]} (${source(l)})`);
  }
  if (declared !== undefined)
    return both((l) => (l === 'fr' ? `Mode d'adjudication « ${declared} » non reconnu` : `Award method "${declared}" not recognised`));
  return {
    fr: "Mode d'adjudication non indiqué (ni clé adjudication ni règle d'adjudication dans le texte)",
    en: 'Award method not stated (no key adjudication, no award rule in the text)',
  };
}

/**
 * The award method is one of `modes`. `mode` is the one the rule reads: the front-matter's
 * `adjudication` alone, or `awardMode` (the key, else the text). `consequence` says what then does
 * not apply.
 */
export function awardAmong(context: RuleContext, mode: string | undefined, modes: readonly AwardMode[], consequence: Localized): Inapplicable {
  if (mode !== undefined && (modes as readonly string[]).includes(mode)) return undefined;
  const stated = awardStated(context, mode);
  return both((l) => `${stated[l]}${colon(l)}${consequence[l]}`);
}

/** Quality is evaluated (annexe 1 or 2), as `awardMode` reads the award method. */
export const qualityEvaluated = (context: RuleContext): Inapplicable =>
  awardAmong(context, awardMode(context), ['qualite-minimale', 'qualite-prix', 'qualite-seulement'], {
    fr: "la qualité n'est pas évaluée, il n'y a pas de grille (annexes 1 et 2 sans objet).",
    en: 'quality is not evaluated, there is no grid (Annexes 1 and 2 do not apply).',
  });

/** The grid rules of annexe `annex` apply (see gridAnnex). */
export function annexApplies(context: RuleContext, annex: 1 | 2): Inapplicable {
  const applying = gridAnnex(context);
  if (applying === annex) return undefined;
  const mode = awardMode(context);
  if (mode === undefined && context.data.adjudication === undefined) {
    return both((l) =>
      l === 'fr'
        ? `${awardStated(context, mode).fr}, et aucune grille ne pondère ses critères : l'annexe ${annex} ne s'applique pas.`
        : `${awardStated(context, mode).en}, and no grid weights its criteria: Annex ${annex} does not apply.`,
    );
  }
  return both((l) => {
    const stated = awardStated(context, mode)[l];
    if (applying === undefined)
      return l === 'fr'
        ? `${stated} : pas de grille de qualité, l'annexe ${annex} ne s'applique pas.`
        : `${stated}: no quality grid, Annex ${annex} does not apply.`;
    return l === 'fr'
      ? `${stated} : la grille suit l'annexe ${applying}, non l'annexe ${annex}.`
      : `${stated}: the grid follows Annex ${applying}, not Annex ${annex}.`;
  });
}

const NATURE_NAMES: Record<string, Localized> = {
  'services-professionnels': { fr: 'services professionnels', en: 'professional services' },
  'services-techniques': { fr: 'services de nature technique', en: 'technical services' },
};

/** The contract's nature (`contrat.nature`) is `nature`. */
export function natureIs(context: RuleContext, nature: 'services-professionnels' | 'services-techniques'): Inapplicable {
  const declared = context.data.contrat.nature;
  if (declared === nature) return undefined;
  const wanted = NATURE_NAMES[nature];
  return both((l) => {
    const fact = given('contrat.nature', declared, NATURE_NAMES, l);
    return l === 'fr' ? `Pas un contrat de ${wanted.fr} (${fact}).` : `Not a ${wanted.en} contract (${fact}).`;
  });
}

const DOMAIN_NAMES: Record<string, Localized> = {
  architecture: { fr: 'architecture', en: 'architecture' },
  genie: { fr: 'génie', en: 'engineering' },
  publicite: { fr: 'campagne de publicité', en: 'advertising campaign' },
  voyage: { fr: 'services de voyage', en: 'travel services' },
  'sols-materiaux': { fr: 'génie des sols et des matériaux', en: 'soils and materials engineering' },
};

/** The contract's domain (`contrat.domaine`) is one of `domains`. */
export function domainAmong(context: RuleContext, domains: readonly string[], wanted: Localized): Inapplicable {
  const declared = context.data.contrat.domaine;
  if (declared !== undefined && domains.includes(declared)) return undefined;
  return both((l) => {
    const fact = given('contrat.domaine', declared, DOMAIN_NAMES, l);
    return l === 'fr' ? `Pas un contrat ${wanted.fr} (${fact}).` : `Not ${wanted.en} contract (${fact}).`;
  });
}

/** Art. 24 al. 1: architecture, or engineering other than forestry (see isArchitectureOrEngineering). */
export const architectureOrEngineering = (context: RuleContext): Inapplicable =>
  domainAmong(context, ['architecture', 'genie', 'sols-materiaux'], {
    fr: "d'architecture ou de génie autre que forestier",
    en: 'an architecture or engineering (other than forestry)',
  });

/** Art. 31, 46: the contract is an on-demand contract (`contrat.execution-sur-demande: true`). */
export function notOnDemand(context: RuleContext): Inapplicable {
  if (context.data.contrat.executionSurDemande === true) return undefined;
  return {
    fr: 'Pas un contrat à exécution sur demande (clé contrat.execution-sur-demande absente ou false).',
    en: 'Not an on-demand contract (key contrat.execution-sur-demande absent or false).',
  };
}

const PROCEDURE_NAMES: Record<string, Localized> = {
  public: { fr: "appel d'offres public", en: 'public call for tenders' },
  regionalise: { fr: "appel d'offres public régionalisé", en: 'regionalised public call for tenders' },
  invitation: { fr: "appel d'offres sur invitation", en: 'call for tenders by invitation' },
  'deux-etapes': { fr: "appel d'offres en deux étapes", en: 'two-step call for tenders' },
};

/** The procedure (`procedure`) is `procedure`. */
export function procedureIs(context: RuleContext, procedure: string): Inapplicable {
  const declared = context.data.procedure;
  if (declared === procedure) return undefined;
  return both((l) => {
    const fact = given('procedure', declared, PROCEDURE_NAMES, l);
    return l === 'fr' ? `Pas un ${PROCEDURE_NAMES[procedure].fr} (${fact}).` : `Not a ${PROCEDURE_NAMES[procedure].en} (${fact}).`;
  });
}
