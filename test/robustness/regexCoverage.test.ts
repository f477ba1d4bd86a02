import { strict as assert } from 'node:assert';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CALL, CONSTRUCT, ReferenceTracker } from '@eslint-community/eslint-utils';
import { ESLint, type Rule } from 'eslint';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import { TIMED_CONSTRUCTIONS, TIMED_PATTERNS } from './timedPatterns.js';

/**
 * Every regular expression the product runs is checked for super-linear matching one way or the other
 * (docs/robustness.md): statically, by eslint-plugin-regexp's no-super-linear-backtracking and
 * no-super-linear-move, which `npm run lint` runs as errors over server/src and client/src; or, for a pattern
 * the plugin cannot read (built from imported parts or at run time) or that a comment exempts, by the timing
 * test, which must then list where it is built (timedPatterns.ts).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['server/src/**/*.ts', 'client/src/**/*.ts'];
const SUPER_LINEAR = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];

/** Reports every `RegExp(…)` and `new RegExp(…)`, named by the top-level constant or function it is built in. */
const constructions: Rule.RuleModule = {
  meta: { type: 'problem', schema: [], messages: { built: '{{name}}' } },
  create(context) {
    return {
      Program(program) {
        const tracker = new ReferenceTracker(context.sourceCode.getScope(program));
        for (const { node } of tracker.iterateGlobalReferences({ RegExp: { [CALL]: true, [CONSTRUCT]: true } })) {
          const named = context.sourceCode
            .getAncestors(node)
            .find((ancestor) => (ancestor.type === 'VariableDeclarator' || ancestor.type === 'FunctionDeclaration') && ancestor.id?.type === 'Identifier');
          const name = named && 'id' in named && named.id?.type === 'Identifier' ? named.id.name : '(top level)';
          context.report({ node, messageId: 'built', data: { name } });
        }
      },
    };
  },
};

interface Construction {
  key: string;
  line: number;
  endLine: number;
}

/**
 * Each file's RegExp constructions, those eslint-plugin-regexp read (it reports on every pattern it parsed
 * that lacks the v flag, which the product never uses), and the super-linear reports a comment silenced.
 */
async function survey() {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { regexp, coverage: { rules: { constructions } } },
        linterOptions: { reportUnusedDisableDirectives: 'off' },
        rules: {
          'coverage/constructions': 'error',
          'regexp/require-unicode-sets-regexp': 'error',
          ...Object.fromEntries(SUPER_LINEAR.map((rule) => [rule, 'error'])),
        },
      },
    ],
  });
  const results = await eslint.lintFiles(SOURCES);
  return results.map((result) => {
    const file = relative(ROOT, result.filePath);
    const built: Construction[] = result.messages
      .filter((message) => message.ruleId === 'coverage/constructions')
      .map((message) => ({ key: `${file}#${message.message}`, line: message.line, endLine: message.endLine ?? message.line }));
    const read = result.messages.filter((message) => message.ruleId === 'regexp/require-unicode-sets-regexp');
    const unread = built.filter((construction) => !read.some((message) => message.line >= construction.line && message.line <= construction.endLine));
    const exempt = result.suppressedMessages.filter((message) => SUPER_LINEAR.includes(message.ruleId ?? ''));
    const unchecked = result.messages.filter((message) => SUPER_LINEAR.includes(message.ruleId ?? ''));
    return { file, built, unread, exempt, unchecked };
  });
}

/** The `file#declaration` of the construction or literal at a line (a literal is named by its own declaration). */
function keyAt(files: Awaited<ReturnType<typeof survey>>, file: string, line: number, source: string): string {
  const built = files.find((entry) => entry.file === file)?.built.find((construction) => line >= construction.line && line <= construction.endLine);
  if (built) return built.key;
  const declared = /(?:const|let|var|function)\s+([\w$]+)/.exec(source.split('\n')[line - 1] ?? '');
  return `${file}#${declared?.[1] ?? `line ${line}`}`;
}

describe('regular expressions: each checked statically or timed', function () {
  this.timeout(180_000);
  let files: Awaited<ReturnType<typeof survey>>;
  before(async () => {
    files = await survey();
  });

  it('npm run lint applies both super-linear rules as errors to every source file', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const paths = files.map((entry) => entry.file);
    assert.ok(paths.length > 150, `${paths.length} source files`);
    for (const path of paths) {
      const config = (await eslint.calculateConfigForFile(path)) as { rules: Record<string, unknown> };
      for (const rule of SUPER_LINEAR) {
        const setting = config.rules[rule];
        assert.ok(setting === 2 || setting === 'error' || (Array.isArray(setting) && (setting[0] === 2 || setting[0] === 'error')), `${rule} in ${path}`);
      }
    }
  });

  it('the static check reads most patterns and reports none', () => {
    const built = files.flatMap((entry) => entry.built);
    const unread = files.flatMap((entry) => entry.unread);
    assert.ok(built.length > 80 && unread.length < built.length / 4, `${unread.length} of ${built.length} constructions unread`);
    assert.deepEqual(
      files.flatMap((entry) => entry.unchecked.map((message) => `${entry.file}:${message.line} ${message.message}`)),
      [],
    );
  });

  it('every pattern the static check does not cover is timed, and the list names no pattern that is gone', async () => {
    const { readFileSync } = await import('node:fs');
    const uncovered = new Set<string>();
    for (const entry of files) {
      for (const construction of entry.unread) uncovered.add(construction.key);
      const source = entry.exempt.length ? readFileSync(new URL(entry.file, `file://${ROOT}`), 'utf8') : '';
      for (const message of entry.exempt) uncovered.add(keyAt(files, entry.file, message.line, source));
    }
    assert.deepEqual([...uncovered].filter((key) => !(key in TIMED_CONSTRUCTIONS)).sort(), [], 'add each to timedPatterns.ts');
    assert.deepEqual(
      Object.keys(TIMED_CONSTRUCTIONS)
        .filter((key) => !uncovered.has(key))
        .sort(),
      [],
      'statically checked now: remove from timedPatterns.ts',
    );
    for (const [key, timed] of Object.entries(TIMED_CONSTRUCTIONS)) {
      assert.ok(
        TIMED_PATTERNS.some((pattern) => pattern.name.startsWith(timed)),
        `${key}: no timed pattern named ${timed}…`,
      );
    }
  });
});
