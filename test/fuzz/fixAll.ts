/**
 * Fix-all over random notices with several fixable findings that touch the same text: a short
 * receipt period, a wrong weekday, a date in the text that contradicts the front-matter, a limit on
 * a holiday, an addendum too close to the limit, missing clauses. The fix-all edit must never edit
 * a piece of text twice (an editor refuses it, or garbles the text), and applying it must leave no
 * fixable finding.
 */
import fc from 'fast-check';
import { createLanguageService, DEFAULT_SETTINGS, FIX_ALL_KIND, type TextEdit } from '../../server/src/core/index.js';
import { LineIndex } from '../../server/src/core/text/lineIndex.js';
import { applyEdits } from '../helpers.js';

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const FIRST_DAY = Date.UTC(2026, 0, 5);
const DAY_MS = 86_400_000;

const iso = (day: number) => new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
const prose = (day: number) => {
  const date = new Date(FIRST_DAY + day * DAY_MS);
  return `${date.getUTCDate() === 1 ? '1er' : date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

/** A date as the text writes it: with its own weekday, another weekday, or none. */
const written = (day: number) =>
  fc
    .oneof(fc.constant(''), fc.constant(WEEKDAYS[new Date(FIRST_DAY + day * DAY_MS).getUTCDay()]), fc.constantFrom(...WEEKDAYS))
    .map((weekday) => `${weekday ? `${weekday} ` : ''}${prose(day)}`);

const fixAllNotice = fc
  .record({
    type: fc.constantFrom('avis', 'appel-offres'),
    diffusion: fc.integer({ min: 0, max: 320 }),
    period: fc.integer({ min: 1, max: 25 }),
    openingDelay: fc.constantFrom(0, 0, 1),
    receiptShift: fc.constantFrom(0, 0, 0, 2),
    openingShift: fc.constantFrom(0, 0, 3),
    addendum: fc.option(fc.integer({ min: 0, max: 25 }), { nil: undefined }),
    visit: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
    receiptSentence: fc.boolean(),
    openingSentence: fc.boolean(),
    noObligation: fc.boolean(),
    seao: fc.boolean(),
    locale: fc.constantFrom('fr', 'en'),
  })
  .chain((d) => {
    const receipt = d.diffusion + d.period;
    const opening = receipt + d.openingDelay;
    return fc
      .record({
        receiptText: written(receipt + d.receiptShift),
        openingText: written(opening + d.openingShift),
        visitText: written(d.diffusion + (d.visit ?? 0)),
      })
      .map((texts) => {
        const lines = [
          '---',
          `type: ${d.type}`,
          'numero: AO-2026-0001',
          'organisme: { nom: Ville de Québec }',
          "titre: Services d'entretien",
          'accords: aucun',
          'renseignements: 418 641-6411',
          `diffusion: ${iso(d.diffusion)}`,
          `reception: { date: ${iso(receipt)}, heure: "13:30", lieu: "2, rue des Jardins, Québec" }`,
          `ouverture: { date: ${iso(opening)}, heure: "13:30", lieu: "2, rue des Jardins, Québec" }`,
          ...(d.addendum === undefined ? [] : [`addenda: [ { numero: 1, date: ${iso(d.diffusion + d.addendum)}, incidence-prix: true } ]`]),
          '---',
          '',
          "# Avis d'appel d'offres public",
          '',
          ...(d.receiptSentence ? [`Les soumissions seront reçues jusqu'au ${texts.receiptText} à 13 h 30.`, ''] : []),
          ...(d.openingSentence ? [`Elles seront ouvertes publiquement le ${texts.openingText} à 13 h 30.`, ''] : []),
          ...(d.visit === undefined ? [] : [`Une visite des lieux aura lieu le ${texts.visitText} à 10 h.`, '']),
          ...(d.seao ? ["Les documents d'appel d'offres ne peuvent être obtenus que par l'intermédiaire du SEAO.", ''] : []),
          ...(d.noObligation ? ["La Ville ne s'engage à accepter aucune des soumissions reçues.", ''] : []),
        ];
        return { text: lines.join('\n'), locale: d.locale };
      });
  });

/** Independent of the product's own check: two edits clash when they share a character, or one inserts strictly inside or at the start of the other. */
export function clashingEdits(text: string, edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const lines = new LineIndex(text);
  const spans = edits.map((edit) => ({ edit, start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end) }));
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const [a, b] = [spans[i], spans[j]];
      const clash =
        a.start === a.end && b.start === b.end
          ? false
          : a.start === a.end
            ? b.start <= a.start && a.start < b.end
            : b.start === b.end
              ? a.start <= b.start && b.start < a.end
              : a.start < b.end && b.start < a.end;
      if (clash) return [a.edit, b.edit];
    }
  }
  return undefined;
}

const EVERYTHING = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

export const fixAllProperty = fc.property(fixAllNotice, ({ text, locale }) => {
  const service = createLanguageService();
  const settings = { ...DEFAULT_SETTINGS, locale };
  const before = service.analyze('file:///ao.md', text, settings).findings.filter((finding) => finding.fix);
  fc.pre(before.length >= 2);
  const action = service.codeActions('file:///ao.md', EVERYTHING, [FIX_ALL_KIND]).find((candidate) => candidate.kind === FIX_ALL_KIND);
  if (!action) throw new Error('no fix-all action for several fixable findings');
  const clash = clashingEdits(text, action.edits);
  if (clash) throw new Error(`overlapping edits in fix-all: ${JSON.stringify(clash)}`);
  const fixed = applyEdits(text, action.edits);
  const left = service.analyze('file:///fixed.md', fixed, settings).findings.filter((finding) => finding.fix);
  if (left.length > 0)
    throw new Error(
      `fixable findings left after fix-all:\n${left.map((finding) => `${finding.rule}: ${finding.message}`).join('\n')}\n--- fixed text:\n${fixed}`,
    );
});
