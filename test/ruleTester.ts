import { strict as assert } from 'node:assert';
import { analyzeText, DEFAULT_SETTINGS, type AnalysisSettings, type Finding } from '../server/src/core/index.js';
import { applyEdits, dossierFindings } from './helpers.js';

export interface ValidCase {
  name: string;
  code: string;
  settings?: Partial<AnalysisSettings>;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings of the rule under test (1-based lines), in order. */
  errors: { line?: number; severity?: Finding['severity']; message?: RegExp }[];
  /**
   * The document after applying the first finding's quick fix, or `null` when the rule offers none.
   * With a fix, the test also checks that the fixed document no longer has that finding and has no
   * finding that the original did not have.
   */
  output?: string | null;
}

/** typescript-eslint-style cases for one rule: valid documents, invalid ones, and fix output. */
export function ruleTester(rule: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const run = (code: string, settings?: Partial<AnalysisSettings>) => analyzeText(code, { ...DEFAULT_SETTINGS, ...settings }).findings;
  describe(rule, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const found = run(testCase.code, testCase.settings).filter((finding) => finding.rule === rule);
          assert.deepEqual(found.map((f) => `${f.range.start.line + 1}: ${f.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const all = run(testCase.code, testCase.settings);
          const found = all.filter((finding) => finding.rule === rule);
          assert.equal(found.length, testCase.errors.length, `findings: ${JSON.stringify(found.map((f) => f.message))}`);
          testCase.errors.forEach((expected, index) => {
            if (expected.line !== undefined) assert.equal(found[index].range.start.line + 1, expected.line);
            if (expected.severity) assert.equal(found[index].severity, expected.severity);
            if (expected.message) assert.match(found[index].message, expected.message);
          });
          if (testCase.output === undefined) return;
          const fix = found[0]?.fix;
          if (testCase.output === null) {
            assert.equal(fix, undefined, 'no quick fix expected');
            return;
          }
          assert.ok(fix, 'a quick fix is expected');
          const fixed = applyEdits(testCase.code, fix.edits);
          assert.equal(fixed, testCase.output);
          const after = run(fixed, testCase.settings);
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

export interface DossierValidCase {
  name: string;
  /** The dossier's files, by name. */
  files: Record<string, string>;
  settings?: Partial<AnalysisSettings>;
}

export interface DossierInvalidCase extends DossierValidCase {
  /** Expected findings of the rule under test (1-based lines), in order, each in its file. */
  errors: { file: string; line?: number; message?: RegExp; related?: { file: string; line: number }[] }[];
  /** The first finding's file after its quick fix, or `null` when the rule offers none (see ruleTester). */
  output?: string | null;
}

/**
 * ruleTester for the rules that compare the files of a dossier: each case is a dossier of several
 * files, checked as the CLI and the server check it; `output` is the first finding's file after its fix.
 */
export function dossierRuleTester(rule: string, cases: { valid: DossierValidCase[]; invalid: DossierInvalidCase[] }): void {
  const run = (files: Record<string, string>, settings?: Partial<AnalysisSettings>) =>
    Object.entries(dossierFindings(files, { ...DEFAULT_SETTINGS, ...settings })).flatMap(([file, findings]) => findings.map((finding) => ({ file, finding })));
  describe(`${rule} (dossier)`, () => {
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          const found = run(testCase.files, testCase.settings).filter(({ finding }) => finding.rule === rule);
          assert.deepEqual(found.map(({ file, finding }) => `${file}:${finding.range.start.line + 1}: ${finding.message}`), []);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const all = run(testCase.files, testCase.settings);
          const found = all.filter(({ finding }) => finding.rule === rule);
          assert.equal(found.length, testCase.errors.length, `findings: ${JSON.stringify(found.map(({ file, finding }) => `${file}: ${finding.message}`))}`);
          testCase.errors.forEach((expected, index) => {
            const { file, finding } = found[index];
            assert.equal(file, expected.file);
            if (expected.line !== undefined) assert.equal(finding.range.start.line + 1, expected.line);
            if (expected.message) assert.match(finding.message, expected.message);
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
          const after = run({ ...testCase.files, [file]: fixed }, testCase.settings);
          const key = ({ file, finding }: { file: string; finding: Finding }) => `${file}|${finding.rule}|${finding.message}`;
          assert.equal(after.filter(({ finding }) => finding.rule === rule).length, found.length - 1, 'the fixed finding disappears');
          const before = new Set(all.map(key));
          assert.deepEqual(after.filter((each) => !before.has(key(each))).map(key), [], 'the fix introduces no new finding');
        });
      }
    });
  });
}
