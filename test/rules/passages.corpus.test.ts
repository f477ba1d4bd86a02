import { strict as assert } from 'node:assert';
import { analyzeText } from '../../server/src/core/index.js';
import { PASSAGES } from '../corpus/passages.js';

const findings = (rule: string, type: string, frontMatter: string | undefined, passage: string) =>
  analyzeText(`---\ntype: ${type}\n${frontMatter ? `${frontMatter}\n` : ''}---\n\n# Documents d'appel d'offres\n\n${passage}\n`).findings.filter(
    (finding) => finding.rule === rule,
  );

describe('passages flagged where they stand (real-world wordings)', () => {
  for (const { rule, type = 'appel-offres', frontMatter, positive, negative } of PASSAGES) {
    describe(rule, () => {
      positive.forEach((passage, index) =>
        it(`flags passage ${index + 1}: ${passage.slice(0, 60)}`, () => {
          const found = findings(rule, type, frontMatter, passage);
          assert.equal(found.length, 1, passage);
          assert.equal(found[0].range.start.line, (frontMatter?.split('\n').length ?? 0) + 6);
        }),
      );
      (negative ?? []).forEach((passage, index) =>
        it(`accepts passage ${index + 1}: ${passage.slice(0, 60)}`, () =>
          assert.deepEqual(
            findings(rule, type, frontMatter, passage).map((f) => f.message),
            [],
          )),
      );
    });
  }
});
