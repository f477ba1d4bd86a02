import type { TenderData } from '../../document/tenderData.js';
import { isPlaceholder } from '../../legal/placeholders.js';

/** A value given, and not a template's fill-in mark. */
const stated = (value: string | undefined): boolean => value !== undefined && !isPlaceholder(value);

/**
 * The front-matter keys that state an art. 4 notice item (SPEC §3). The notice rules and the
 * qualification notice (art. 43 par. 1°, which takes art. 4's items) read them from here.
 */
export const NOTICE_ITEMS_IN_FRONT_MATTER = {
  publicBodyName: (data: TenderData) => stated(data.organisme.nom),
  // The title of a notice names the services in a line ("Services professionnels d'ingénierie — …").
  servicesDescription: (data: TenderData) => stated(data.titre),
  intergovernmentalAgreements: (data: TenderData) => data.agreements !== undefined,
  information: (data: TenderData) => stated(data.renseignements),
} as const;
