import { isMap, isScalar } from 'yaml';
import { normalizeForMatching } from '../text/normalize.js';
import { TENDER_TYPES, type Localized } from '../types.js';
import type { OffsetRange } from './frontMatter.js';
import type { DocumentModel } from './model.js';

/** Why a file that looks like a tender document is not checked, and how to make it one. */
export interface NotChecked {
  range: OffsetRange;
  message: Localized;
  fix?: { title: Localized; edits: { range: OffsetRange; newText: string }[] };
}

/**
 * The title of a notice, an addendum or a qualification notice, as drafters write it (folded by
 * normalizeForMatching): only the document's first heading counts, so that a guide or a README that
 * talks about calls for tenders further down is left alone.
 */
const TENDER_TITLE =
  /^(?:avis d'appel d'offres|appel d'offres (?:public|sur invitation)|avis d'appel de qualification|avis de qualification|(?:notice of |public )?call for tenders?|invitation to tender)\b/;

const TYPES = TENDER_TYPES.join(', ');

export const TYPE_LINE = new RegExp(`^[ \\t]*type[ \\t]*:[ \\t]*["']?(${TENDER_TYPES.join('|')})["']?[ \\t]*$`, 'im');

/**
 * A Markdown file that is not a tender document gets no finding (SPEC §2), except when it plainly
 * means to be one and a slip keeps it from being checked: `Type: avis` or `TYPE: AVIS`, an empty
 * `type`, a `type :avis` line that YAML reads as text, or a notice's title with no `type` at all. A drafter must not read "0 error" as "compliant".
 */
export function notCheckedReason(model: DocumentModel): NotChecked | undefined {
  const frontMatter = model.frontMatter;
  const contents = frontMatter?.yaml.contents;
  if (frontMatter && isMap(contents)) {
    for (const pair of contents.items) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) continue;
      const key = pair.key.value;
      const keyRange = { start: frontMatter.contentOffset + pair.key.range[0], end: frontMatter.contentOffset + pair.key.range[1] };
      if (key === 'type') {
        return {
          range: keyRange,
          message: {
            fr: `Ce fichier n'est pas vérifié : la clé « type » est vide. Indiquez le type du document (${TYPES}) pour qu'il soit vérifié comme document d'appel d'offres.`,
            en: `This file is not checked: the "type" key is empty. Give the document's type (${TYPES}) to have it checked as a tender document.`,
          },
        };
      }
      // `Type: avis`, `TYPE: AVIS`: the value says it is a tender ("Type: post" is some other tool's).
      const value = pair.value;
      if (normalizeForMatching(key) !== 'type' || !isScalar(value) || typeof value.value !== 'string') continue;
      const type = normalizeForMatching(value.value);
      if (!(TENDER_TYPES as readonly string[]).includes(type)) continue;
      const edits = [{ range: keyRange, newText: 'type' }];
      if (type !== value.value && value.range) {
        edits.push({ range: { start: frontMatter.contentOffset + value.range[0], end: frontMatter.contentOffset + value.range[1] }, newText: type });
      }
      return {
        range: keyRange,
        message: {
          fr: `Ce fichier n'est pas vérifié : sa clé « ${key} » n'est pas « type », écrit en minuscules. Renommez-la « type » pour qu'il soit vérifié comme document d'appel d'offres.`,
          en: `This file is not checked: its key "${key}" is not "type", in lower case. Rename it "type" to have it checked as a tender document.`,
        },
        fix: { title: { fr: 'Renommer la clé en « type »', en: 'Rename the key to "type"' }, edits },
      };
    }
  }
  // A line YAML does not read as the `type` key: `type :avis` (no space after the colon) is a plain text.
  const line = frontMatter && TYPE_LINE.exec(frontMatter.source);
  if (frontMatter && line) {
    const start = frontMatter.contentOffset + line.index + line[0].length - line[0].trimStart().length;
    const type = line[1].toLowerCase();
    return {
      range: { start, end: frontMatter.contentOffset + line.index + line[0].length },
      message: {
        fr: `Ce fichier n'est pas vérifié : la ligne « ${line[0].trim()} » n'est pas lue comme la clé « type ». Écrivez « type: ${type} », avec une espace après le deux-points, pour qu'il soit vérifié comme document d'appel d'offres.`,
        en: `This file is not checked: the line "${line[0].trim()}" is not read as the "type" key. Write "type: ${type}", with a space after the colon, to have it checked as a tender document.`,
      },
      fix: {
        title: { fr: `Écrire « type: ${type} »`, en: `Write "type: ${type}"` },
        edits: [{ range: { start, end: frontMatter.contentOffset + line.index + line[0].length }, newText: `type: ${type}` }],
      },
    };
  }
  const title = model.sections[0]?.heading;
  if (!title || (title.depth ?? 1) > 2 || !TENDER_TITLE.test(title.normalized)) return undefined;
  const range = { start: title.start, end: title.end };
  return frontMatter
    ? {
        range,
        message: {
          fr: `Ce fichier ressemble à un document d'appel d'offres (« ${title.text} ») mais n'est pas vérifié : son en-tête YAML n'a pas de clé « type ». Ajoutez-y « type: avis » (ou ${TENDER_TYPES.filter((type) => type !== 'avis').join(', ')}) pour qu'il soit vérifié.`,
          en: `This file looks like a tender document ("${title.text}") but is not checked: its YAML front-matter has no "type" key. Add "type: avis" to it (or ${TENDER_TYPES.filter((type) => type !== 'avis').join(', ')}) to have it checked.`,
        },
      }
    : {
        range,
        message: {
          fr: `Ce fichier ressemble à un document d'appel d'offres (« ${title.text} ») mais n'est pas vérifié : il n'a pas d'en-tête YAML. Ajoutez au tout début du fichier les trois lignes « --- », « type: avis » (ou ${TENDER_TYPES.filter((type) => type !== 'avis').join(', ')}), « --- » pour qu'il soit vérifié.`,
          en: `This file looks like a tender document ("${title.text}") but is not checked: it has no YAML front-matter. Add the three lines "---", "type: avis" (or ${TENDER_TYPES.filter((type) => type !== 'avis').join(', ')}), "---" at the very start of the file to have it checked.`,
        },
      };
}
