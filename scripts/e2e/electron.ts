// The same extension tests in desktop VS Code, where @vscode/test-electron can download it (a developer's
// machine; CI machines cannot reach VS Code's update server and use test/e2e/vscodeHost.suite.ts instead).
// `npm run test:e2e:electron`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildExtensionTests } from '../../test/e2e/support/buildExtensionTests.js';
import { exampleWorkspace, ROOT } from '../../test/e2e/support/processes.js';

const extensionTestsPath = await buildExtensionTests();
const scratch = mkdtempSync(join(tmpdir(), 'tender-e2e-electron-'));
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath,
    extensionTestsEnv: { TENDER_E2E_OUTCOMES: join(scratch, 'outcomes.json') },
    launchArgs: [exampleWorkspace(scratch), '--disable-extensions', '--user-data-dir', join(scratch, 'user-data'), '--skip-welcome'],
  });
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
