import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { README_PATH, SNIPPETS_PATH, readmeWithRules, snippetsFile } from '../scripts/generate-snippets.js';
import { analyzeText, parseDocument } from '../server/src/core/index.js';
import { CLAUSES, renderClause, type Clause, type ClauseName } from '../server/src/core/legal/clauses.js';
import { findItem } from '../server/src/core/legal/find.js';
import { findRejectionCase } from '../server/src/core/legal/rejection.js';
import { RECOGNISERS, type ItemName } from '../server/src/core/legal/recognisers.js';
import { REJECTION_CASES, type RejectionCase } from '../server/src/core/legal/recognisers/conformity.js';

describe('generated files', () => {
  it('snippets/tender.code-snippets is up to date (npm run generate)', () => {
    assert.equal(readFileSync(SNIPPETS_PATH, 'utf8'), snippetsFile());
  });
  it('the rule list in README.md is up to date (npm run generate)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    assert.equal(readme, readmeWithRules(readme));
  });
  it('package.json contributes the snippets for Markdown', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { contributes: { snippets: unknown } };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/tender.code-snippets' }]);
  });
});

/** The text a snippet inserts when every tab stop keeps its default. */
const inserted = (body: string[]) =>
  body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\\\$/g, '$');

/** Sections whose quality is that every item they are built from is recognised in them. */
const SECTION_ITEMS: Partial<Record<ClauseName, readonly (ItemName | RejectionCase)[]>> = {
  admissibility: ['admissibility', 'qualifications', 'establishment'],
  conformity: ['conformity', ...REJECTION_CASES],
  grouping: ['grouping', 'groupingParties'],
};

function recognised(text: string, item: ItemName | RejectionCase): boolean {
  const model = parseDocument(`---\ntype: appel-offres\n---\n\n${text}\n`);
  return (REJECTION_CASES as readonly string[]).includes(item) ? findRejectionCase(model, item as RejectionCase).length > 0 : findItem(model, item).length > 0;
}

function assertAccepted(name: ClauseName, text: string): void {
  if (name === 'groupingMandatory') {
    // 5 al. 2 is checked by the absence of an optional-participation wording.
    assert.ok(!recognised(text, 'groupingOptional'));
    return;
  }
  if (name === 'refusalClause') {
    assert.ok(recognised(text, 'refusalClause'));
    const findings = analyzeText(`---\ntype: appel-offres\n---\n\n${text}\n`).findings.filter((finding) => finding.rule === 'refusal-clause-scope');
    assert.deepEqual(findings, [], 'the catalogue clause stays within art. 8');
    return;
  }
  const items = SECTION_ITEMS[name] ?? (name in RECOGNISERS ? [name as ItemName] : []);
  for (const item of items) assert.ok(recognised(text, item), `${item} in:\n${text}`);
  if (items.length > 0) return;
  // A clause checked by a rule rather than by a recogniser of its name: that rule is satisfied by it.
  const citation = (CLAUSES[name] as Clause).citation;
  const findings = analyzeText(`---\ntype: appel-offres\nadjudication: qualite-prix\n---\n\n# Documents d'appel d'offres\n\n${text}\n`).findings;
  assert.deepEqual(
    findings.filter((finding) => finding.citation === citation).map((finding) => finding.message),
    [],
    text,
  );
}

const CLAUSE_ENTRIES = Object.entries(CLAUSES) as [ClauseName, Clause][];

describe('every snippet inserts a clause the recognisers accept', () => {
  const snippets = JSON.parse(snippetsFile()) as Record<string, { prefix: string; body: string[] }>;
  const byPrefix = new Map(Object.values(snippets).map((snippet) => [snippet.prefix, snippet]));
  for (const [name, clause] of CLAUSE_ENTRIES) {
    it(`${clause.id} (${clause.citation})`, () => {
      const snippet = byPrefix.get(`ao-${clause.id}`);
      assert.ok(snippet, 'a snippet exists for the clause');
      assertAccepted(name, inserted(snippet.body));
    });
  }
});

describe('every clause, as a quick fix inserts it in either language, is recognised', () => {
  for (const locale of ['fr', 'en'] as const) {
    for (const [name, clause] of CLAUSE_ENTRIES) {
      it(`${clause.id} (${locale})`, () => {
        const text = renderClause(clause, locale);
        assertAccepted(name, clause.heading ? `## ${clause.heading[locale]}\n\n${text}` : text);
      });
    }
  }
});
