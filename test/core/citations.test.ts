import { strict as assert } from 'node:assert';
import { citationHref, formatCitation, parseCitationId } from '../../server/src/core/index.js';
import { RULES } from '../../server/src/core/rules/index.js';

describe('citations (SPEC §5)', () => {
  const cases: [string, string, string][] = [
    ['4.6°', 'art. 4, al. 2, par. 6°', 's. 4, para. 2, subpara. 6°'],
    ['4.2.1°', 'art. 4, al. 2, par. 2.1°', 's. 4, para. 2, subpara. 2.1°'],
    ['7.al2', 'art. 7, al. 2', 's. 7, para. 2'],
    ['7.1', 'art. 7.1', 's. 7.1'],
    ['7.1°', 'art. 7, al. 1, par. 1°', 's. 7, para. 1, subpara. 1°'],
    ['A2.9', 'annexe 2, art. 9', 'Annex 2, s. 9'],
    ['42.0.2', 'art. 42.0.2', 's. 42.0.2'],
  ];
  for (const [id, fr, en] of cases) {
    it(`${id} → ${fr}`, () => {
      assert.equal(formatCitation(id, 'fr'), fr);
      assert.equal(formatCitation(id, 'en'), en);
    });
  }

  it('links articles to their LégisQuébec anchor', () => {
    assert.equal(citationHref('7.1'), 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-65.1,%20r.%204#se:7_1');
    assert.equal(citationHref('4.6°', 'en'), 'https://www.legisquebec.gouv.qc.ca/en/document/cr/C-65.1,%20r.%204#se:4');
  });

  it('every rule has a stable kebab-case name, a valid citation and both languages', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
      ids.add(rule.id);
      assert.ok(parseCitationId(rule.citation), `${rule.id}: citation ${rule.citation}`);
      assert.ok(rule.description.fr && rule.description.en);
    }
  });
});
