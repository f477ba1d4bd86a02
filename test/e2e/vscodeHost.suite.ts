// Suite (a): the extension tests in test/e2e/extension run inside the real extension host of the VS Code
// server bundled with code-server, driven through its smoke-test driver from headless chromium.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.js';
import { buildExtensionTests } from './support/buildExtensionTests.js';
import { CODE_SERVER, exampleWorkspace, freePort, isolatedEnv, NODE24, ROOT, scratch, spawnGroup, waitFor, type Spawned } from './support/processes.js';

describe('extension tests in the VS Code server of code-server', function () {
  this.timeout(300_000);
  const temp = scratch('host');
  let server: Spawned | undefined;
  let browser: Browser | undefined;

  before(function () {
    assert.ok(existsSync(join(ROOT, 'dist/extension.js')), 'run `npm run build` first');
    assert.ok(existsSync(join(CODE_SERVER, 'lib/vscode/out/server-main.js')), `code-server is missing at ${CODE_SERVER}: run scripts/e2e/install.sh`);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.kill();
    temp.cleanup();
  });

  it('passes in the real extension host', async () => {
    const testsIndex = await buildExtensionTests();
    const workspace = exampleWorkspace(temp.dir);
    const outcomesFile = join(temp.dir, 'outcomes.json');
    const port = await freePort();
    server = spawnGroup(
      NODE24,
      [
        join(CODE_SERVER, 'lib/vscode/out/server-main.js'),
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
        // Trusted, as the UI suite's workspace: the server then reads (and reports on) a .tenderrc.
        '--without-connection-token',
        '--accept-server-license-terms',
        '--enable-smoke-test-driver',
        '--disable-telemetry',
        '--disable-workspace-trust',
        '--server-data-dir',
        join(temp.dir, 'server-data'),
        '--user-data-dir',
        join(temp.dir, 'user-data'),
        '--extensions-dir',
        join(temp.dir, 'extensions'),
      ],
      { env: isolatedEnv(temp.dir, { TENDER_E2E_OUTCOMES: outcomesFile }), seconds: 280 },
    );
    await waitFor(
      'the VS Code server to listen',
      () => server?.output().includes(`${port}`) && /Extension host agent listening|Server bound/i.test(server.output()),
      60_000,
      () => server?.output() ?? '',
    );

    const launched = await launchBrowser(join(temp.dir, 'browser'));
    browser = launched.browser;
    const { page } = launched;
    const log: string[] = [];
    let exitCode: number | undefined;
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log.push(`${type} ${args.map(String).join(' ')}`));
    await page.exposeFunction('codeAutomationExit', (code: number) => {
      exitCode = code;
    });
    const remote = `vscode-remote://127.0.0.1:${port}`;
    const payload = [
      ['extensionDevelopmentPath', `${remote}${ROOT.replace(/\/$/, '')}`],
      ['extensionTestsPath', `${remote}${testsIndex}`],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const code = await waitFor(
      'the extension tests to finish',
      () => exitCode,
      240_000,
      () => `${log.join('\n')}\n${server?.output() ?? ''}`,
    );

    const outcomes = existsSync(outcomesFile) ? (JSON.parse(readFileSync(outcomesFile, 'utf8')) as { title: string; state: string; error?: string }[]) : [];
    for (const outcome of outcomes)
      console.log(
        `      [host] ${outcome.state === 'passed' ? '✔' : outcome.state === 'pending' ? '-' : '✗'} ${outcome.title}${outcome.error ? `\n${outcome.error}` : ''}`,
      );
    assert.equal(code, 0, `the extension tests failed (exit ${code})\n${log.slice(-50).join('\n')}`);
    assert.ok(outcomes.filter((outcome) => outcome.state === 'passed').length >= 6, 'the extension tests ran');
  });
});
