import { normalizeForMatching } from '../../text/normalize.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, of } from './files.js';

const folded = (title: string) =>
  normalizeForMatching(title)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();

/**
 * The call's title as the files' front-matters give it (`titre`): a file whose title is neither the
 * notice's nor a part of it (« Services de déneigement » for « Services de déneigement — secteur
 * Est ») names another call.
 */
export const dossierTitleMismatch: Rule = {
  id: 'dossier-title-mismatch',
  citation: '4.2°',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Les documents du dossier portent le titre de l'avis (titre).",
    en: "The documents of the dossier bear the notice's title (titre).",
  },
  notApplicable: severalFiles,
  evidence(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    const title = notice && files.length > 1 ? keyValue(notice, ['titre']) : undefined;
    return title ? [{ range: title, frontMatterKey: 'titre' }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const notice = noticeFile(files);
    const expected = notice?.data.titre;
    const expectedRange = notice && keyValue(notice, ['titre']);
    if (!notice || !expected || !expectedRange) return;
    const wanted = folded(expected);
    for (const file of files) {
      const title = file.data.titre;
      const range = keyValue(file, ['titre']);
      if (file === notice || !title || !range) continue;
      const given = folded(title);
      if (given === wanted || (given.length >= 12 && wanted.includes(given)) || (wanted.length >= 12 && given.includes(wanted))) continue;
      const label = fileLabel(file);
      context.report({
        messageId: 'titleMismatch',
        range,
        message: {
          fr: `Le titre ${of(label).fr}, « ${title} », n'est pas celui ${of(fileLabel(notice)).fr}, « ${expected} » : le document est-il celui de cet appel d'offres?`,
          en: `The title ${of(label).en}, "${title}", is not that ${of(fileLabel(notice)).en}, "${expected}": is the document this call's?`,
        },
        related: [{ range: expectedRange, message: { fr: `Titre dans ${fileLabel(notice).fr}`, en: `Title in ${fileLabel(notice).en}` } }],
        fix: { title: { fr: "Écrire le titre de l'avis", en: "Write the notice's title" }, edits: [{ range, newText: JSON.stringify(expected) }] },
      });
    }
  },
};
