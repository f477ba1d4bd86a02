import { strict as assert } from 'node:assert';
import {
  analyzeDossier,
  analyzeModel,
  DEFAULT_SETTINGS,
  DocumentParser,
  dossierOf,
  RULES,
  type AnalysisSettings,
  type Finding,
} from '../server/src/core/index.js';
import type { Rule } from '../server/src/core/rules/rule.js';
import { applyEdits } from './helpers.js';

/** A finding the rule under test is expected to report; each field given is compared (typescript-eslint's `errors`). */
export interface ExpectedError {
  /** 1-based line of the finding's start. */
  line?: number;
  /** 1-based column of the finding's start, in UTF-16 code units (the LSP character + 1). */
  column?: number;
  /** Which of the rule's messages it is: the `messageId` of its report (rules/rule.ts). */
  messageId?: string;
  severity?: Finding['severity'];
  message?: RegExp;
}

/** A finding as the tester compares it. */
interface Actual {
  line: number;
  column: number;
  messageId: string | undefined;
  severity: Finding['severity'];
  message: string;
}

/** Each difference between the findings and those expected, in order; none when they match. */
export function errorMismatches(actual: readonly Actual[], expected: readonly ExpectedError[]): string[] {
  if (actual.length !== expected.length) {
    return [
      `${actual.length} findings, ${expected.length} expected: ${JSON.stringify(actual.map((a) => `${a.line}:${a.column} ${a.messageId}: ${a.message}`))}`,
    ];
  }
  return expected.flatMap((want, index) => {
    const got = actual[index];
    const at = `finding ${index + 1} (${got.line}:${got.column} ${got.messageId})`;
    return [
      want.line !== undefined && got.line !== want.line ? `${at}: line ${got.line}, expected ${want.line}` : '',
      want.column !== undefined && got.column !== want.column ? `${at}: column ${got.column}, expected ${want.column}` : '',
      want.messageId !== undefined && got.messageId !== want.messageId ? `${at}: messageId ${got.messageId}, expected ${want.messageId}` : '',
      want.severity !== undefined && got.severity !== want.severity ? `${at}: severity ${got.severity}, expected ${want.severity}` : '',
      want.message !== undefined && !want.message.test(got.message) ? `${at}: message « ${got.message} » does not match ${String(want.message)}` : '',
    ].filter(Boolean);
  });
}

/**
 * The message ids of what the rule under test reported in the last analysis, by message text (fr and en):
 * findings carry the text, their report carried the id.
 */
const reportedIds = new Map<string, string>();
const recordingRules = new Map<string, readonly Rule[]>();

/** RULES with the rule under test recording the message id of each report it makes. */
function rulesRecording(ruleId: string): readonly Rule[] {
  let rules = recordingRules.get(ruleId);
  if (!rules) {
    rules = RULES.map((rule) =>
      rule.id !== ruleId
        ? rule
        : {
            ...rule,
            check: (context) =>
              rule.check({
                ...context,
                report: (report) => {
                  reportedIds.set(report.message.fr, report.messageId);
                  reportedIds.set(report.message.en, report.messageId);
                  context.report(report);
                },
              }),
          },
    );
    recordingRules.set(ruleId, rules);
  }
  reportedIds.clear();
  return rules;
}

const actualOf = (finding: Finding): Actual => ({
  line: finding.range.start.line + 1,
  column: finding.range.start.character + 1,
  messageId: reportedIds.get(finding.message),
  severity: finding.severity,
  message: finding.message,
});

export interface ValidCase {
  name: string;
  code: string;
  settings?: Partial<AnalysisSettings>;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings of the rule under test, in order. */
  errors: ExpectedError[];
  /**
   * The document after applying the first finding's quick fix, or `null` when the rule offers none.
   * With a fix, the test also checks that the fixed document no longer has that finding and has no
   * finding that the original did not have.
   */
  output?: string | null;
}

export interface DossierValidCase {
  name: string;
  /** The dossier's files, by name. */
  files: Record<string, string>;
  settings?: Partial<AnalysisSettings>;
}

export interface DossierInvalidCase extends DossierValidCase {
  /** Expected findings of the rule under test, in order, each in its file. */
  errors: (ExpectedError & { file: string; related?: { file: string; line: number }[] })[];
  /** The first finding's file after its quick fix, or `null` when the rule offers none (see ruleTester). */
  output?: string | null;
}

/** The blocks declared so far: test/rules/ruleTester.test.ts checks that every rule has one, with what it must hold. */
export const TESTER_BLOCKS: (
  | { rule: string; kind: 'file'; valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }
  | { rule: string; kind: 'dossier'; valid: readonly DossierValidCase[]; invalid: readonly DossierInvalidCase[] }
)[] = [];

/** The findings of one document, with the rule under test recording its message ids. */
export function analyzeForRule(rule: string, code: string, settings?: Partial<AnalysisSettings>): Finding[] {
  return analyzeModel(new DocumentParser().parse(code), { ...DEFAULT_SETTINGS, ...settings }, rulesRecording(rule)).findings;
}

/** The findings of a dossier (its first file the one opened), each with its file, the rule under test recording its message ids. */
export function analyzeDossierForRule(rule: string, files: Record<string, string>, settings?: Partial<AnalysisSettings>): { file: string; finding: Finding }[] {
  const [first, ...others] = Object.entries(files);
  const related = others.map(([name, text]) => ({ name, text }));
  const analysis = analyzeDossier(
    dossierOf(first[0], new DocumentParser().parse(first[1]), related),
    { ...DEFAULT_SETTINGS, ...settings },
    rulesRecording(rule),
  );
  return [...analysis.results].flatMap(([member, result]) => result.findings.map((finding) => ({ file: member.name, finding })));
}

/** typescript-eslint-style cases for one rule: valid documents, invalid ones (line, column, message id…), and fix output. */
export function ruleTester(rule: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  TESTER_BLOCKS.push({ rule, kind: 'file', ...cases });
  describe(rule, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const found = analyzeForRule(rule, testCase.code, testCase.settings).filter((finding) => finding.rule === rule);
          assert.deepEqual(
            found.map((f) => `${f.range.start.line + 1}: ${f.message}`),
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const all = analyzeForRule(rule, testCase.code, testCase.settings);
          const found = all.filter((finding) => finding.rule === rule);
          assert.deepEqual(errorMismatches(found.map(actualOf), testCase.errors), []);
          if (testCase.output === undefined) return;
          const fix = found[0]?.fix;
          if (testCase.output === null) {
            assert.equal(fix, undefined, 'no quick fix expected');
            return;
          }
          assert.ok(fix, 'a quick fix is expected');
          const fixed = applyEdits(testCase.code, fix.edits);
          assert.equal(fixed, testCase.output);
          const after = analyzeForRule(rule, fixed, testCase.settings);
          const key = (f: Finding) => `${f.rule}|${f.message}`;
          assert.equal(after.filter((f) => f.rule === rule).length, found.length - 1, 'the fixed finding disappears');
          const before = new Set(all.map(key));
          // A clause inserted with a value to fill (« [à compléter : date] ») leaves that to the drafter, who is told so.
          const toFill = (f: Finding) => f.rule === 'notice-placeholder-left' && /\[(?:à compléter|to complete)/.test(f.message);
          assert.deepEqual(after.filter((f) => !before.has(key(f)) && !toFill(f)).map(key), [], 'the fix introduces no new finding');
        });
      }
    });
  });
}

/**
 * ruleTester for the rules that compare the files of a dossier: each case is a dossier of several
 * files, checked as the CLI and the server check it; `output` is the first finding's file after its fix.
 */
export function dossierRuleTester(rule: string, cases: { valid: DossierValidCase[]; invalid: DossierInvalidCase[] }): void {
  TESTER_BLOCKS.push({ rule, kind: 'dossier', ...cases });
  describe(`${rule} (dossier)`, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const found = analyzeDossierForRule(rule, testCase.files, testCase.settings).filter(({ finding }) => finding.rule === rule);
          assert.deepEqual(
            found.map(({ file, finding }) => `${file}:${finding.range.start.line + 1}: ${finding.message}`),
            [],
          );
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const all = analyzeDossierForRule(rule, testCase.files, testCase.settings);
          const found = all.filter(({ finding }) => finding.rule === rule);
          assert.deepEqual(
            errorMismatches(
              found.map(({ finding }) => actualOf(finding)),
              testCase.errors,
            ),
            [],
          );
          testCase.errors.forEach((expected, index) => {
            const { file, finding } = found[index];
            assert.equal(file, expected.file);
            if (expected.related) {
              assert.deepEqual(
                finding.related?.map((related) => ({ file: related.document ?? file, line: related.range.start.line + 1 })),
                expected.related,
              );
            }
          });
          if (testCase.output === undefined) return;
          const { file, finding } = found[0];
          if (testCase.output === null) {
            assert.equal(finding.fix, undefined, 'no quick fix expected');
            return;
          }
          assert.ok(finding.fix, 'a quick fix is expected');
          const fixed = applyEdits(testCase.files[file], finding.fix.edits);
          assert.equal(fixed, testCase.output);
          const after = analyzeDossierForRule(rule, { ...testCase.files, [file]: fixed }, testCase.settings);
          const key = ({ file, finding }: { file: string; finding: Finding }) => `${file}|${finding.rule}|${finding.message}`;
          assert.equal(after.filter(({ finding }) => finding.rule === rule).length, found.length - 1, 'the fixed finding disappears');
          const before = new Set(all.map(key));
          assert.deepEqual(after.filter((each) => !before.has(key(each))).map(key), [], 'the fix introduces no new finding');
        });
      }
    });
  });
}
