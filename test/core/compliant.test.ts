import { strict as assert } from 'node:assert';
import { analyzeText, type Finding } from '../../server/src/core/index.js';
import { DOCUMENTS } from '../compliantDocuments.js';
import { analysedOncePerText, titleOnly, VARIANTS } from '../layoutVariants.js';

/**
 * False positives on compliant documents are the worst bug: the compliant examples and the compliant
 * fixtures give no error, and neither do the same documents in capitals, with typographic
 * apostrophes, or with their paragraphs re-wrapped.
 */
const analysed = analysedOncePerText<Finding[]>();

describe('compliant documents: no error (false positives)', () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    for (const [variant, transform] of Object.entries(VARIANTS)) {
      it(`${name}, ${variant}`, () => {
        const transformed = transform(text);
        const errors = analysed(name, transformed, () => analyzeText(transformed).findings).filter(
          (finding) => (finding.severity === 'error' || finding.severity === 'warning') && !titleOnly(variant, name, finding.rule),
        );
        assert.deepEqual(
          errors.map((finding) => `${finding.range.start.line + 1}: ${finding.rule}: ${finding.message}`),
          [],
        );
      });
    }
  }
});
