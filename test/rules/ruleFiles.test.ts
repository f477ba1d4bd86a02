import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { RULES } from '../../server/src/core/rules/index.js';
import type { Rule } from '../../server/src/core/rules/rule.js';

/**
 * One rule per file, the file named after the rule (docs/architecture.md): a rule whose id is
 * `rejection-late-receipt` is `export const rejectionLateReceipt` in `rules/<family>/rejectionLateReceipt.ts`,
 * the camel-case form every module of the tree is named in. Any other module under `rules/` is a helper
 * (`facts.ts`, `cases.ts`, a family's rule factory): it exports no rule, is not named like one, and is the
 * only kind of rules module another module imports (the registry `rules/index.ts` aside).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES_DIR = join(ROOT, 'server/src/core/rules');
const SERVER = join(ROOT, 'server/src');

const camelCase = (id: string) => id.replace(/-([a-z\d])/g, (_, next: string) => next.toUpperCase());
const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && typeof (value as Rule).id === 'string' && typeof (value as Rule).check === 'function';

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );

interface RulesModule {
  /** Path under rules/, e.g. `conformity/rejectionLateReceipt.ts`. */
  path: string;
  /** The rules it exports, by export name. */
  rules: [name: string, rule: Rule][];
}

/** What breaks the layout: a rule away from its file, a file with several rules, a helper that holds or looks like a rule. */
function layoutProblems(modules: readonly RulesModule[], registry: readonly Rule[]): string[] {
  const problems: string[] = [];
  const ruleFiles = new Map(registry.map((rule) => [camelCase(rule.id), rule]));
  for (const { path, rules } of modules) {
    const name = basename(path, '.ts');
    const expected = ruleFiles.get(name);
    if (!expected) {
      if (rules.length > 0) problems.push(`${path}: a helper module exports the rule(s) ${rules.map(([, rule]) => rule.id).join(', ')}`);
      continue;
    }
    if (!path.includes('/')) problems.push(`${path}: a rule file lives in its family's folder`);
    if (rules.length !== 1) problems.push(`${path}: exports ${rules.length} rules, not exactly one`);
    for (const [exported, rule] of rules) {
      if (rule !== expected) problems.push(`${path}: exports ${rule.id}, not ${expected.id}`);
      if (exported !== name) problems.push(`${path}: exports its rule as ${exported}, not ${name}`);
    }
  }
  const found = new Set(modules.flatMap((module) => module.rules.map(([, rule]) => rule)));
  for (const rule of registry) {
    if (!found.has(rule)) problems.push(`${rule.id}: no file ${camelCase(rule.id)}.ts exports it`);
  }
  return problems;
}

let modules: RulesModule[] = [];
/** The registry, loaded as the modules are (a dynamic import gives other instances than a static one). */
let registry: readonly Rule[] = [];

describe('one rule per file, named after its id', () => {
  before(async () => {
    registry = ((await import(pathToFileURL(join(RULES_DIR, 'index.ts')).href)) as { RULES: readonly Rule[] }).RULES;
    modules = await Promise.all(
      filesUnder(RULES_DIR)
        .filter((file) => !file.endsWith('/index.ts'))
        .map(async (file) => {
          const exports = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
          const rules = Object.entries(exports).filter((entry): entry is [string, Rule] => isRule(entry[1]));
          return { path: relative(RULES_DIR, file), rules };
        }),
    );
  });

  it('every rule of RULES is exported, alone, by the file named after its id; every other module exports no rule', () => {
    assert.equal(registry.length, RULES.length);
    assert.ok(modules.length >= RULES.length, `${modules.length} modules under rules/`);
    assert.deepEqual(layoutProblems(modules, registry), []);
  });

  it('no module imports a rule file but the registry (rules/index.ts): shared code lives in helper modules', () => {
    const ruleFiles = new Set(modules.filter((module) => module.rules.length > 0).map((module) => join(RULES_DIR, module.path)));
    const importers = filesUnder(SERVER).flatMap((file) =>
      file === join(RULES_DIR, 'index.ts')
        ? []
        : ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.flatMap(({ fileName }) => {
            const target = resolve(dirname(file), fileName).replace(/\.js$/, '.ts');
            return fileName.startsWith('.') && ruleFiles.has(target) ? [`${relative(ROOT, file)} imports ${fileName}`] : [];
          }),
    );
    assert.deepEqual(importers, []);
  });

  it('the check sees a misplaced rule, a file of two rules and a helper holding a rule', () => {
    const [first, second] = RULES;
    const named = (rule: Rule) => camelCase(rule.id);
    assert.deepEqual(
      layoutProblems(
        [
          {
            path: `family/${named(first)}.ts`,
            rules: [
              [named(first), first],
              [named(second), second],
            ],
          },
          { path: 'family/facts.ts', rules: [['other', RULES[2]]] },
        ],
        RULES.slice(0, 4),
      ),
      [
        `family/${named(first)}.ts: exports 2 rules, not exactly one`,
        `family/${named(first)}.ts: exports ${second.id}, not ${first.id}`,
        `family/${named(first)}.ts: exports its rule as ${named(second)}, not ${named(first)}`,
        `family/facts.ts: a helper module exports the rule(s) ${RULES[2].id}`,
        `${RULES[3].id}: no file ${named(RULES[3])}.ts exports it`,
      ],
    );
  });
});
