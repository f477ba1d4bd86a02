import type { TenderData } from '../../document/tenderData.js';

/**
 * The front-matter keys that state an art. 4 notice item (SPEC §3). The notice rules and the
 * qualification notice (art. 43 par. 1°, which takes art. 4's items) read them from here.
 */
export const NOTICE_ITEMS_IN_FRONT_MATTER = {
  publicBodyName: (data: TenderData) => data.organisme.nom !== undefined,
  // The title of a notice names the services in a line ("Services professionnels d'ingénierie — …").
  servicesDescription: (data: TenderData) => data.titre !== undefined,
  intergovernmentalAgreements: (data: TenderData) => data.agreements !== undefined,
  information: (data: TenderData) => data.renseignements !== undefined,
} as const;
