import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/core/index.js';
import { findItem } from '../../server/src/core/legal/find.js';
import { findRejectionCase } from '../../server/src/core/legal/rejection.js';
import type { ItemName } from '../../server/src/core/legal/recognisers.js';
import type { RejectionCase } from '../../server/src/core/legal/recognisers/conformity.js';
import type { Examples } from '../../server/src/core/legal/templates.js';
import { DOCUMENT_ITEM_WORDINGS, REJECTION_WORDINGS } from '../corpus/documentItems.js';

const document = (body: string) => parseDocument(`---\ntype: appel-offres\n---\n\n${body}\n`);

function corpus(title: string, wordings: Record<string, Examples>, found: (body: string, item: string) => boolean): void {
  describe(title, () => {
    for (const [item, { positive, negative }] of Object.entries(wordings)) {
      describe(item, () => {
        positive.forEach((text, index) => it(`recognises wording ${index + 1}: ${text.slice(0, 60)}`, () => assert.ok(found(text, item), text)));
        (negative ?? []).forEach((text, index) =>
          it(`does not take negative ${index + 1} for it: ${text.slice(0, 60)}`, () => assert.ok(!found(text, item), text)),
        );
      });
    }
  });
}

corpus(
  'recognisers of the tender documents (art. 5–7.1, 46): real-world wordings',
  DOCUMENT_ITEM_WORDINGS,
  (body, item) => findItem(document(body), item as ItemName).length > 0,
);
corpus('rejection cases (art. 7) in their context', REJECTION_WORDINGS, (body, item) => findRejectionCase(document(body), item as RejectionCase).length > 0);
