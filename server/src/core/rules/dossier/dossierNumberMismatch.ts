import { unitMarkdown } from '../../document/reviewMarks.js';
import { findUnits, unitQuestion } from '../../legal/find.js';
import type { Rule } from '../rule.js';
import { dossierFiles, severalFiles, fileLabel, keyValue, noticeFile, placed } from './files.js';

/** A reference number's shape: its letters kept, each run of digits any digits of that length (`AO-2026-0217` → AO-dddd-dddd). */
export function shapeOf(numero: string): RegExp | undefined {
  if (!/\d/.test(numero) || !/^[\p{L}\d][\p{L}\d\s./_-]*$/u.test(numero)) return undefined;
  const pattern = numero.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d+/g, (digits) => `\\d{${digits.length}}`);
  return new RegExp(`(?<![\\p{L}\\d-])${pattern}(?![\\p{L}\\d])`, 'gu');
}

/**
 * The call's number written in a file's text: a reference of the same shape as the dossier's `numero`
 * but another value (`AO-2025-0031` in a document of `AO-2026-0217`, left from an earlier call) is an
 * error at that reference.
 */
export const dossierNumberMismatch: Rule = {
  id: 'dossier-number-mismatch',
  citation: '4.al1',
  severity: 'error',
  appliesTo: ['appel-offres', 'document'],
  scope: 'dossier',
  description: {
    fr: "Le numéro d'appel d'offres écrit dans les documents du dossier est celui du dossier (numero).",
    en: "The call number written in the documents of the dossier is the dossier's (numero).",
  },
  notApplicable: severalFiles,
  evidence(context) {
    const files = dossierFiles(context);
    const home = noticeFile(files) ?? files[0];
    const numero = home && files.length > 1 ? keyValue(home, ['numero']) : undefined;
    return numero ? [{ range: numero, frontMatterKey: 'numero' }] : [];
  },
  check(context) {
    const files = dossierFiles(context);
    const numero = context.data.numero;
    const shape = numero && shapeOf(numero);
    if (!files.length || !numero || !shape) return;
    const home = noticeFile(files) ?? files[0];
    const numeroRange = keyValue(home, ['numero']);
    const key = `numero-shape:${shape.source}`;
    const holds = new RegExp(shape.source, 'u');
    const question = unitQuestion(key, (_, unit) => holds.test(unit.text));
    for (const file of files) {
      for (const unit of findUnits(file.model, question)) {
        for (const match of unit.text.matchAll(shape)) {
          if (match[0] === numero) continue;
          // The unit's text is its source less its Markdown: the reference is found again in the source, as published (not a struck one).
          const found = unitMarkdown(file.model, unit).indexOf(match[0]);
          const at = found >= 0 ? unit.start + found : -1;
          const start = at >= 0 && at < unit.end ? at : unit.start;
          context.report({
            messageId: 'numberMismatch',
            range: placed(file, { start, end: at >= 0 && at < unit.end ? at + match[0].length : unit.end }),
            message: {
              fr: `Dans ${fileLabel(file).fr}, le texte renvoie à l'appel d'offres ${match[0]}, mais le dossier est celui de l'appel d'offres ${numero}.`,
              en: `In ${fileLabel(file).en}, the text refers to the call ${match[0]}, but the dossier is that of the call ${numero}.`,
            },
            ...(numeroRange && { related: [{ range: numeroRange, message: { fr: 'Numéro du dossier', en: 'Number of the dossier' } }] }),
            ...(at >= 0 &&
              at < unit.end && {
                fix: {
                  title: { fr: `Écrire ${numero}`, en: `Write ${numero}` },
                  edits: [{ range: placed(file, { start, end: start + match[0].length }), newText: numero }],
                },
              }),
          });
        }
      }
    }
  },
};
