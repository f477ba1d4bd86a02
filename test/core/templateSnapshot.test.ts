import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { RECOGNISERS, templatesOf, type ItemRecogniser } from '../../server/src/core/legal/recognisers.js';
import { templateSnapshot } from '../../server/src/core/legal/templateSnapshot.js';
import { compileItemTemplates } from '../../server/src/core/legal/templates.js';

const SNAPSHOT = new URL('../../server/data/templates.json', import.meta.url);

describe('the compiled phrase templates (server/data/templates.json)', () => {
  it('are what the templates compile to today (run `npm run build` and commit the file when this fails)', () => {
    assert.deepEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')), templateSnapshot());
  });

  it("every item's templates read from the snapshot equal its templates compiled", () => {
    const comparable = (templates: { sequences: { lemmas: ReadonlySet<string>; gap: number }[][] }[]) =>
      templates.map((template) => ({
        ...template,
        sequences: template.sequences.map((sequence) => sequence.map((step) => ({ lemmas: [...step.lemmas].sort(), gap: step.gap }))),
      }));
    for (const [name, recogniser] of Object.entries(RECOGNISERS) as [string, ItemRecogniser][]) {
      const read = templatesOf(recogniser);
      const compiled = compileItemTemplates(name, recogniser);
      assert.ok(read.headings.every((template) => template.sequences.every((sequence) => sequence.every((step) => step.lemmas instanceof Set))));
      assert.deepEqual(comparable(read.headings), comparable(compiled.headings), name);
      assert.deepEqual(comparable(read.phrases), comparable(compiled.phrases), name);
      assert.deepEqual(comparable(read.weak), comparable(compiled.weak), name);
    }
  });
});
