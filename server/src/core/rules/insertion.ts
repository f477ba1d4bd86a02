import type { DocumentModel } from '../document/model.js';
import { noticeSection } from '../legal/notice.js';
import { CLAUSES, renderClause, type ClauseName } from '../legal/clauses.js';
import type { Locale } from '../types.js';
import type { FixSpec } from './rule.js';
import { fileBoundsAt } from '../dossier/combined.js';

/**
 * Where a drafter expects a missing notice item: at the end of the notice section's own text (before
 * its sub-sections), else after the title's text, else at the top of the body.
 */
function noticeInsertionOffset(model: DocumentModel): number {
  const notice = noticeSection(model);
  const section = notice ?? model.sections[0];
  if (!section) return model.bodyStart;
  let end = section.heading.end;
  for (const unit of model.units) {
    if (unit.start <= section.heading.start) continue;
    if (unit.start >= section.end || unit.kind === 'heading') break;
    end = Math.max(end, unit.end);
  }
  return end;
}

export function insertClauseFix(
  model: DocumentModel,
  clauseName: ClauseName,
  locale: Locale,
  offset = noticeInsertionOffset(model),
  values: Record<string, string> = {},
): FixSpec {
  const clause = CLAUSES[clauseName];
  const atTop = offset === fileBoundsAt(model, offset).bodyStart;
  const text = renderClause(clause, locale, values);
  return {
    title: { fr: `Insérer la clause « ${clause.title.fr} »`, en: `Insert the "${clause.title.en}" clause` },
    edits: [{ range: { start: offset, end: offset }, newText: atTop ? `${text}\n\n` : `\n\n${text}` }],
  };
}
