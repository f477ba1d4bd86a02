/**
 * Writes what derives from the catalogues: `snippets/tender.code-snippets` (from the clause
 * catalogue) and the rule list in README.md (between `<!-- rules:start -->` and `<!-- rules:end -->`).
 * `npm run generate` (or `npm run generate:snippets`) after changing a clause or a rule; a test fails while the files are stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLAUSES, clauseSnippet, type Clause } from '../server/src/core/legal/clauses.js';
import { formatCitation } from '../server/src/core/legal/citations.js';
import { RULES } from '../server/src/core/rules/index.js';

const ROOT = new URL('../', import.meta.url);
export const SNIPPETS_PATH = fileURLToPath(new URL('snippets/tender.code-snippets', ROOT));
export const README_PATH = fileURLToPath(new URL('README.md', ROOT));
export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

/** VS Code snippets (French), one per clause; the prefix is `ao-` and the clause id. */
export function snippetsFile(): string {
  const snippets: Record<string, { scope: string; prefix: string; body: string[]; description: string }> = {};
  for (const clause of Object.values(CLAUSES) as Clause[]) {
    snippets[`${clause.title.fr} (${formatCitation(clause.citation, 'fr')})`] = {
      scope: 'markdown',
      prefix: `ao-${clause.id}`,
      body: clauseSnippet(clause, 'fr', 'marks').split('\n'),
      description: `${clause.title.fr} — ${formatCitation(clause.citation, 'fr')}, RLRQ c. C-65.1, r. 4`,
    };
  }
  return `${JSON.stringify(snippets, null, 2)}\n`;
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** The rule list, as a Markdown table in the regulation's order (the README is in English; citations in their French display). */
export function rulesTable(): string {
  const rows = RULES.map(
    (rule) => `| \`${rule.id}\` | \`${rule.citation}\` (${formatCitation(rule.citation, 'fr')}) | ${rule.severity} | ${escapeCell(rule.description.en)} |`,
  );
  return ['| Rule | Citation | Severity | Description |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with its rule list replaced (the markers are kept). */
export function readmeWithRules(readme: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${RULES_START} and ${RULES_END}`);
  return `${readme.slice(0, start + RULES_START.length)}\n${rulesTable()}\n${readme.slice(end)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  mkdirSync(fileURLToPath(new URL('snippets/', ROOT)), { recursive: true });
  writeFileSync(SNIPPETS_PATH, snippetsFile());
  writeFileSync(README_PATH, readmeWithRules(readFileSync(README_PATH, 'utf8')));
  console.log('snippets/tender.code-snippets and README.md (rules) generated');
}
