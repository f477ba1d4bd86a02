// Preloaded into the language server (node --require) for the tests that ask for it (test/lspServer.ts):
// reports on stderr every file, process and network access the server makes, so the tests can assert
// which ones happen.
const fs = require('node:fs');
const report = (kind, target) => process.stderr.write(`ACCESS ${kind} ${String(target)}\n`);
const wrap = (object, names, kind) => {
  for (const name of names) {
    const original = object[name];
    if (typeof original !== 'function') continue;
    object[name] = function (...args) {
      report(kind, typeof args[0] === 'object' && args[0] !== null ? JSON.stringify(args[0]).slice(0, 200) : args[0]);
      return original.apply(this, args);
    };
  }
};
wrap(
  fs,
  [
    'readFileSync',
    'readFile',
    'openSync',
    'open',
    'existsSync',
    'statSync',
    'stat',
    'lstatSync',
    'readdirSync',
    'readdir',
    'createReadStream',
    'realpathSync',
    'accessSync',
    'watch',
    'watchFile',
  ],
  'fs',
);
wrap(fs.promises, ['readFile', 'open', 'stat', 'readdir', 'access'], 'fs');
wrap(require('node:child_process'), ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'process');
wrap(require('node:net'), ['connect', 'createConnection'], 'net');
wrap(require('node:http'), ['request', 'get'], 'net');
wrap(require('node:https'), ['request', 'get'], 'net');
wrap(require('node:dns'), ['lookup', 'resolve'], 'net');
if (typeof globalThis.fetch === 'function') wrap(globalThis, ['fetch'], 'net');
process.stderr.write('ACCESS-SPY ready\n');
