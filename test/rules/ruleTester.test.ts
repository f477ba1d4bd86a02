import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../server/src/core/index.js';
import { analyzeDossierForRule, analyzeForRule, errorMismatches, TESTER_BLOCKS, type ExpectedError } from '../ruleTester.js';

/**
 * Every rule has its rule-tester block (test/ruleTester.ts, typescript-eslint's `valid` / `invalid` /
 * `output`): at least one valid and one invalid case, one invalid case that states the finding's line,
 * column and message id, and, when the rule offers a quick fix, a case with its output. The rule suites
 * are loaded here so that the check holds when this file runs alone.
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
// Loaded as mocha loads test files (require, through tsx), so that each suite is loaded once, whichever loads it first.
const load = createRequire(import.meta.url);
for (const file of readdirSync(HERE).filter((name) => name.endsWith('.test.ts') && name !== 'ruleTester.test.ts')) load(join(HERE, file));

type Block = (typeof TESTER_BLOCKS)[number];

/** Whether one of the block's invalid cases without an `output` gets a quick fix from the rule. */
function fixUntested(block: Block): boolean {
  if (block.kind === 'file') {
    return block.invalid.some(
      (testCase) => testCase.output === undefined && analyzeForRule(block.rule, testCase.code, testCase.settings).some((f) => f.rule === block.rule && f.fix),
    );
  }
  return block.invalid.some(
    (testCase) =>
      testCase.output === undefined &&
      analyzeDossierForRule(block.rule, testCase.files, testCase.settings).some(({ finding }) => finding.rule === block.rule && finding.fix),
  );
}

/** What a rule's blocks lack. */
function coverageProblems(rules: readonly string[], blocks: readonly Block[], hasUntestedFix: (block: Block) => boolean): string[] {
  return rules.flatMap((rule) => {
    const own = blocks.filter((block) => block.rule === rule);
    if (own.length === 0) return [`${rule}: no rule-tester block`];
    const invalid: { errors: readonly ExpectedError[]; output?: string | null }[] = own.flatMap(
      (block): readonly { errors: readonly ExpectedError[]; output?: string | null }[] => block.invalid,
    );
    return [
      own.every((block) => block.valid.length === 0) ? `${rule}: no valid case` : '',
      invalid.length === 0 ? `${rule}: no invalid case` : '',
      invalid.length > 0 &&
      !invalid.some((testCase) => testCase.errors.some((error) => error.line !== undefined && error.column !== undefined && error.messageId !== undefined))
        ? `${rule}: no invalid case states a finding's line, column and message id`
        : '',
      !invalid.some((testCase) => typeof testCase.output === 'string') && own.some(hasUntestedFix)
        ? `${rule}: offers a quick fix, but no case states its output`
        : '',
    ].filter(Boolean);
  });
}

describe('rule-tester coverage', () => {
  it('every rule of RULES has a block with valid and invalid cases, line, column and message id, and its fix output', function () {
    this.timeout(120_000);
    assert.deepEqual(
      coverageProblems(
        RULES.map((rule) => rule.id),
        TESTER_BLOCKS,
        fixUntested,
      ),
      [],
    );
  });

  it('the coverage check sees a rule without a block, without valid cases, without position or without its fix output', () => {
    const code = 'x';
    const blocks: Block[] = [
      { rule: 'a', kind: 'file', valid: [], invalid: [{ name: 'i', code, errors: [{ line: 1 }] }] },
      { rule: 'b', kind: 'file', valid: [{ name: 'v', code }], invalid: [{ name: 'i', code, errors: [{ line: 1, column: 1, messageId: 'm' }] }] },
    ];
    assert.deepEqual(
      coverageProblems(['a', 'b', 'c'], blocks, (block) => block.rule === 'b'),
      [
        'a: no valid case',
        "a: no invalid case states a finding's line, column and message id",
        'b: offers a quick fix, but no case states its output',
        'c: no rule-tester block',
      ],
    );
  });

  it('the tester compares the column and the message id, not only the line', () => {
    const actual = [{ line: 3, column: 5, messageId: 'missing', severity: 'error' as const, message: 'Il manque la date.' }];
    assert.deepEqual(errorMismatches(actual, [{ line: 3, column: 5, messageId: 'missing', message: /date/ }]), []);
    assert.deepEqual(errorMismatches(actual, [{ line: 3, column: 1, messageId: 'toConfirm' }]), [
      'finding 1 (3:5 missing): column 5, expected 1',
      'finding 1 (3:5 missing): messageId missing, expected toConfirm',
    ]);
    assert.deepEqual(errorMismatches(actual, [{ line: 4 }, { line: 5 }]).length, 1);
  });
});
