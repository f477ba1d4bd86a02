import { parseAmount, parseIsoDate, parseTime, type CalendarDate } from './frontMatter.js';
import type { Range } from '../types.js';

/**
 * The front-matter as typed values. A value that is absent or fails validation is `undefined` here
 * (its validation finding is reported separately), so rules never see ill-typed data.
 */
interface PlaceDateTime {
  date?: CalendarDate;
  time?: { hour: number; minute: number };
  place?: string;
}

export interface TenderData {
  numero?: string;
  titre?: string;
  organisme: { nom?: string; categorie?: string };
  contrat: {
    nature?: string;
    domaine?: string;
    repetitif?: boolean;
    /** A contract under art. 42.2 al. 1: the art. 46 authorisation threshold is 5 years. */
    article422?: boolean;
    dureeMois?: number;
    executionSurDemande?: boolean;
    valeurApproximative?: number;
  };
  procedure?: string;
  adjudication?: string;
  montantEstime?: number;
  seuilAppelOffres?: number;
  options: { type?: string; description?: string }[];
  /** `none` when the front-matter says `aucune`; undefined when silent. */
  bidSecurity?: 'none' | { nature?: string; montant?: number };
  /** `none` when the front-matter says `aucun`. */
  agreements?: 'none' | string[];
  renseignements?: string;
  diffusion?: CalendarDate;
  reception?: PlaceDateTime;
  ouverture?: PlaceDateTime;
  /** Parties to a grouping of public bodies (art. 5 par. 2°); empty when none is declared. */
  regroupement: { organisme?: string; besoins?: string }[];
  /** Providers outside agreement territories admitted for lack of competition (art. 6 al. 2). */
  admissibiliteHorsAccord?: boolean;
  evaluation: {
    /** Undefined when the front-matter has no `evaluation.criteres` list. */
    criteres?: EvaluationCriterion[];
    k?: number;
    comite?: { secretaire?: boolean; membres?: number };
  };
  margePreferentielle?: number;
  validiteSoumissionsJours?: number;
  /** Art. 9: addenda in front-matter order (index = position in the `addenda` list). */
  addenda: Addendum[];
  /** Art. 43: the qualification notice's own dates. */
  qualification: { diffusion?: CalendarDate; reception?: CalendarDate; validiteMois?: number };
}

export interface Addendum {
  numero?: number;
  /** The separate `type: addenda` document that gives it; absent for the tender's own front-matter. */
  source?: string;
  /** Where that document states it (its date, else its entry), in that document's positions. */
  sourceRange?: Range;
  date?: CalendarDate;
  /** `undefined` when the front-matter does not say whether prices may be affected. */
  incidencePrix?: boolean;
  reportReception?: CalendarDate;
}

interface EvaluationCriterion {
  nom?: string;
  poids?: number;
  minimum?: number;
  description?: string;
}

type Raw = Record<string, unknown>;

const record = (value: unknown): Raw | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : undefined);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const date = (value: unknown): CalendarDate | undefined => (typeof value === 'string' ? parseIsoDate(value) : undefined);

function placeDateTime(value: unknown): PlaceDateTime | undefined {
  const raw = record(value);
  if (!raw) return undefined;
  return {
    date: date(raw.date),
    time: typeof raw.heure === 'string' ? parseTime(raw.heure) : undefined,
    place: text(raw.lieu),
  };
}

export function readTenderData(data: Raw | undefined): TenderData {
  const raw = data ?? {};
  const organisme = record(raw.organisme) ?? {};
  const contrat = record(raw.contrat) ?? {};
  const security = raw['garantie-soumission'];
  const securityRecord = record(security);
  const agreements = raw.accords;
  const evaluation = record(raw.evaluation) ?? {};
  const committee = record(evaluation.comite);
  return {
    numero: text(raw.numero),
    titre: text(raw.titre),
    organisme: { nom: text(organisme.nom), categorie: text(organisme.categorie) },
    contrat: {
      nature: text(contrat.nature),
      domaine: text(contrat.domaine),
      repetitif: bool(contrat.repetitif),
      article422: bool(contrat['article-42-2']),
      dureeMois: num(contrat['duree-mois']),
      executionSurDemande: bool(contrat['execution-sur-demande']),
      valeurApproximative: parseAmount(contrat['valeur-approximative']),
    },
    procedure: text(raw.procedure),
    adjudication: text(raw.adjudication),
    montantEstime: parseAmount(raw['montant-estime']),
    seuilAppelOffres: parseAmount(raw['seuil-appel-offres']),
    options: Array.isArray(raw.options)
      ? raw.options.map((option) => ({ type: text(record(option)?.type), description: text(record(option)?.description) }))
      : [],
    bidSecurity:
      security === 'aucune' ? 'none' : securityRecord ? { nature: text(securityRecord.nature), montant: parseAmount(securityRecord.montant) } : undefined,
    agreements: agreements === 'aucun' ? 'none' : Array.isArray(agreements) ? agreements.filter((a): a is string => typeof a === 'string') : undefined,
    renseignements: text(raw.renseignements),
    diffusion: date(raw.diffusion),
    // A qualification notice may give its requests' receipt under `qualification` with its time and place.
    reception: placeDateTime(raw.reception) ?? placeDateTime(record(raw.qualification)?.reception),
    ouverture: placeDateTime(raw.ouverture),
    regroupement: Array.isArray(raw.regroupement)
      ? raw.regroupement.map((party) => ({ organisme: text(record(party)?.organisme), besoins: text(record(party)?.besoins) }))
      : [],
    admissibiliteHorsAccord: bool(raw['admissibilite-hors-accord']),
    evaluation: {
      criteres: Array.isArray(evaluation.criteres)
        ? evaluation.criteres.map((item) => {
            const criterion = record(item) ?? {};
            return { nom: text(criterion.nom), poids: num(criterion.poids), minimum: num(criterion.minimum), description: text(criterion.description) };
          })
        : undefined,
      k: num(evaluation.k),
      comite: committee ? { secretaire: bool(committee.secretaire), membres: num(committee.membres) } : undefined,
    },
    margePreferentielle: num(raw['marge-preferentielle']),
    validiteSoumissionsJours: num(raw['validite-soumissions-jours']),
    addenda: Array.isArray(raw.addenda)
      ? raw.addenda.map((item) => {
          const addendum = record(item) ?? {};
          return {
            numero: num(addendum.numero),
            date: date(addendum.date),
            incidencePrix: bool(addendum['incidence-prix']),
            reportReception: date(addendum['report-reception']),
          };
        })
      : [],
    qualification: {
      diffusion: date(record(raw.qualification)?.diffusion),
      reception: date(record(raw.qualification)?.reception) ?? placeDateTime(record(raw.qualification)?.reception)?.date,
      validiteMois: num(record(raw.qualification)?.['validite-mois']),
    },
  };
}
