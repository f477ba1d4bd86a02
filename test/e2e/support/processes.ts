import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RESULTS = join(ROOT, 'test-results');
const CACHE = process.env.TENDER_E2E_CACHE ?? join(process.env.HOME ?? '/root', '.cache', 'tender-ls-e2e');

/** Where scripts/e2e/install.sh put Node 24 and code-server (overridable by its printed variables). */
export const NODE24 = process.env.TENDER_E2E_NODE24 ?? join(CACHE, 'node-24/node_modules/node/bin/node');
export const CODE_SERVER = process.env.TENDER_E2E_CODE_SERVER ?? join(CACHE, 'code-server-4.139.1-node24/node_modules/code-server');
export const CHROMIUM = process.env.TENDER_E2E_CHROMIUM ?? '/usr/bin/chromium';

/** A scratch folder per run (user data, XDG dirs, workspace), removed by `cleanup`. */
export function scratch(name: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), `tender-e2e-${name}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A workspace holding copies of the examples, so that tests may edit them. */
export function exampleWorkspace(parent: string): string {
  const workspace = join(parent, 'workspace');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  return workspace;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  output(): string;
  /** Kills the whole process group (extension hosts and language servers included). */
  kill(): Promise<void>;
}

/**
 * Starts a command in its own process group under `timeout`, so that nothing it starts outlives the
 * test even if the test runner dies.
 */
export function spawnGroup(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; seconds: number }): Spawned {
  const child = spawn('timeout', ['--kill-after=5', String(options.seconds), command, ...args], {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
    if (process.env.TENDER_E2E_VERBOSE) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => output,
    async kill() {
      if (child.pid === undefined) return;
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          return; // The group is gone.
        }
        if (signal === 'SIGTERM') await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
    },
  };
}

/** Environment of a child whose user folders all live in `dir`. */
export function isolatedEnv(dir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_RUNTIME_DIR']) {
    env[name] = join(dir, name.toLowerCase());
    mkdirSync(env[name], { recursive: true });
  }
  // The machine's npm may point node-gyp at other headers; nothing here compiles.
  delete env.npm_config_nodedir;
  return env;
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, milliseconds: number, context?: () => string): Promise<T> {
  const deadline = Date.now() + milliseconds;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${context ? `\n--- output ---\n${context().slice(-4000)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
