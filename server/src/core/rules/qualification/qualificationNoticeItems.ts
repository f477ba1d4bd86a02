import { itemStated } from '../../legal/find.js';
import type { ClauseName } from '../../legal/clauses.js';
import type { ItemName } from '../../legal/recognisers.js';
import type { TenderData } from '../../document/tenderData.js';
import type { Localized } from '../../types.js';
import { insertClauseFix } from '../insertion.js';
import type { Rule } from '../rule.js';
import { NOTICE_ITEMS_IN_FRONT_MATTER } from '../notice/frontMatterItems.js';

interface QualificationItem {
  /** Paragraph of art. 4 al. 2 that art. 43 par. 1° makes apply. */
  paragraph: string;
  items: readonly ItemName[];
  clause?: ClauseName;
  inFrontMatter?: (data: TenderData) => boolean;
  missing: Localized;
}

// Art. 43 par. 1°: par. 1°, 2°, 4°, 5°, 5.1° and 6° of art. 4 al. 2, with the necessary adaptations;
// par. 2.1° (options), 3° (bid security) and 7° (no obligation to accept) are not required.
const ITEMS: readonly QualificationItem[] = [
  {
    paragraph: '1°',
    items: ['publicBodyName'],
    clause: 'publicBodyName',
    inFrontMatter: NOTICE_ITEMS_IN_FRONT_MATTER.publicBodyName,
    missing: { fr: "le nom de l'organisme public", en: 'the name of the public body' },
  },
  {
    paragraph: '2°',
    items: ['servicesDescription'],
    clause: 'servicesDescription',
    inFrontMatter: NOTICE_ITEMS_IN_FRONT_MATTER.servicesDescription,
    missing: { fr: 'la description sommaire des services requis', en: 'the summary description of the services required' },
  },
  {
    paragraph: '4°',
    items: ['intergovernmentalAgreements'],
    clause: 'intergovernmentalAgreements',
    inFrontMatter: NOTICE_ITEMS_IN_FRONT_MATTER.intergovernmentalAgreements,
    missing: { fr: "si un accord intergouvernemental s'applique ou non", en: 'whether an intergovernmental agreement applies' },
  },
  {
    paragraph: '5°',
    items: ['information'],
    clause: 'information',
    inFrontMatter: NOTICE_ITEMS_IN_FRONT_MATTER.information,
    missing: { fr: "l'endroit où obtenir des renseignements", en: 'where information can be obtained' },
  },
  {
    paragraph: '5.1°',
    items: ['seaoOnly'],
    clause: 'seaoOnly',
    missing: { fr: "que les documents ne peuvent être obtenus que par l'intermédiaire du SEAO", en: 'that the documents can be obtained only through SEAO' },
  },
  {
    paragraph: '6°',
    items: ['qualificationReceipt', 'receipt'],
    inFrontMatter: (data) => data.qualification.reception !== undefined || data.reception?.date !== undefined,
    missing: { fr: 'le lieu, la date et l’heure limites de réception des demandes', en: 'the place, date and time limit for receipt of the requests' },
  },
];

/** Art. 43 par. 1°: the items of art. 4 that a qualification notice must state. */
export const qualificationNoticeItems: Rule = {
  id: 'qualification-notice-items',
  citation: '43.1°',
  severity: 'error',
  appliesTo: ['avis-qualification'],
  description: {
    fr: "L'avis de qualification contient les éléments des par. 1°, 2°, 4°, 5°, 5.1° et 6° de l'art. 4.",
    en: 'The qualification notice contains the items of s. 4, subparas. 1, 2, 4, 5, 5.1 and 6.',
  },
  check(context) {
    for (const item of ITEMS) {
      if (item.inFrontMatter?.(context.data)) continue;
      if (item.items.some((name) => itemStated(context.model, name))) continue;
      context.report({
        messageId: 'itemMissing',
        message: {
          fr: `L'avis de qualification n'indique pas ${item.missing.fr} (par. ${item.paragraph} de l'art. 4, al. 2, auquel renvoie l'art. 43).`,
          en: `The qualification notice does not state ${item.missing.en} (s. 4, para. 2, subpara. ${item.paragraph}, to which s. 43 refers).`,
        },
        fix: item.clause ? insertClauseFix(context.model, item.clause, context.locale) : undefined,
      });
    }
  },
};
