import { RECOGNISERS, type ItemRecogniser } from './recognisers.js';
import { compileItemTemplates, type TemplateSnapshot } from './templates.js';

/**
 * Every item's templates, compiled now, in the form of the snapshot the build writes to
 * server/data/templates.json (scripts/templates.mjs; a test fails when that file is stale).
 */
export function templateSnapshot(): TemplateSnapshot {
  const snapshot: TemplateSnapshot = {};
  for (const [name, recogniser] of Object.entries(RECOGNISERS) as [string, ItemRecogniser][]) {
    const { headings, phrases, weak } = compileItemTemplates(name, recogniser);
    snapshot[name] = JSON.parse(
      JSON.stringify({ headings, phrases, weak }, (_, value: unknown) => (value instanceof Set ? [...value] : value)),
    ) as TemplateSnapshot[string];
  }
  return snapshot;
}
