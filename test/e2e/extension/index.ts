// The extension-tests entry point (`extensionTestsPath`), in the @vscode/test-electron style: VS Code
// loads this module in the extension host and calls `run()`; the promise's outcome is the exit code.
// Runs the same under code-server's VS Code server (test/e2e/vscodeHost.suite.ts) and desktop VS Code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  // Suites are plain modules bundled next to this one: define mocha's globals, then load them.
  mocha.suite.emit('pre-require', globalThis, join(__dirname, 'extension.e2e.js'), mocha);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- bundled as CommonJS; the suite must load after mocha's globals exist
  require('./extension.e2e.js');
  const outcomes: Outcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The host's console is not the terminal's: the driver reads the outcomes from this file.
      const file = process.env.TENDER_E2E_OUTCOMES;
      if (file) writeFileSync(file, JSON.stringify(outcomes, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('pending', (test) => outcomes.push({ title: test.fullTitle(), state: 'pending' }));
    runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? String(error) }));
  });
}
