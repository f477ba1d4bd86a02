import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateTender } from '../../scripts/bench/generate.js';
import { RULES } from '../../server/src/core/rules/index.js';
import type { Rule, RuleContext } from '../../server/src/core/rules/rule.js';
import { readDossierExample, readExample, writeFolder } from '../helpers.js';
import { LspServer } from '../lspServer.js';

/**
 * Requests about a document being analysed wait for its sliced analysis instead of parsing the whole
 * text at once: meanwhile the server keeps answering about other documents.
 */
describe('LSP: requests go through the sliced analysis', function () {
  this.timeout(180_000);
  let server: LspServer;
  afterEach(() => server?.stop());

  it('an outline, folding, completion or definition request on a 2 MB document being opened does not hold up requests about another', async () => {
    server = await LspServer.start();
    const small = 'file:///petit.md';
    const large = 'file:///grand.md';
    await server.open(small, readExample('ao-services-professionnels-conforme.md'));
    await server.nextDiagnostics(small, { since: 0 });
    const text = generateTender(2_000_000);
    const since = server.published.length;
    await server.open(large, text);
    const at = { line: 10, character: 2 };
    const slow = [
      server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: large } }),
      server.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri: large } }),
      server.request('textDocument/completion', { textDocument: { uri: large }, position: at }),
      server.request('textDocument/definition', { textDocument: { uri: large }, position: at }),
      server.request('textDocument/codeLens', { textDocument: { uri: large } }),
    ];
    // Generous bound: parsing the large text at once takes several seconds.
    const symbols = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } }, { timeout: 2_000 });
    assert.ok(symbols.length > 0);
    const [largeSymbols, folds] = await Promise.all(slow);
    assert.ok((largeSymbols as unknown[]).length > 0 && (folds as unknown[]).length > 0);
    await server.nextDiagnostics(large, { since, timeout: 120_000 });
  });
});

/**
 * Counts event-loop turns, and records the turn in which each rule checks a model `watch` accepts (with
 * the rule), or finds it not applicable, until `stop`.
 */
function watchRules(watch: (context: RuleContext, rule: Rule) => boolean, onCheck: (count: number) => void = () => {}) {
  let turn = 0;
  let ticking = true;
  const tick = () => {
    turn++;
    if (ticking) setImmediate(tick);
  };
  tick();
  const checks: { turn: number; rule: Rule }[] = [];
  // Copies of the rules as they are, each of whose `check` is called on its copy and put back at the end.
  const originals = RULES.map((rule) => ({ ...rule }));
  RULES.forEach((rule, index) => {
    const record = (context: RuleContext) => {
      if (!watch(context, rule)) return;
      checks.push({ turn, rule });
      onCheck(checks.length);
    };
    rule.check = (context) => {
      record(context);
      originals[index].check(context);
    };
    // A rule found not applicable (Rule.notApplicable) runs no check: its step is the condition's.
    if (originals[index].notApplicable) {
      rule.notApplicable = (context) => {
        const reason = originals[index].notApplicable!(context);
        if (reason) record(context);
        return reason;
      };
    }
  });
  return {
    checks,
    stop() {
      RULES.forEach((rule, index) => Object.assign(rule, originals[index]));
      ticking = false;
    },
  };
}

describe('LSP: the rules step runs in slices too (issue 15, 4)', function () {
  this.timeout(60_000);

  it('with slices of 0 ms, each rule of an analysis runs in its own event-loop turn, and a request about another document is answered meanwhile', async () => {
    // Slices of 0 ms: the server reads its input after every step, whatever the machine's speed.
    const server = await LspServer.inProcess({ sliceMs: 0 });
    const small = 'file:///petit.md';
    await server.open(small, readExample('ao-services-professionnels-conforme.md'));
    await server.nextDiagnostics(small, { since: 0 });

    const watched = readExample('ao-services-techniques-defauts.md');
    let answeredAfter: number | undefined;
    let checked = 0;
    const watching = watchRules(
      (context) => context.model.source === watched,
      (count) => {
        checked = count;
        if (count !== 1) return;
        void server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: small } }).then((symbols) => {
          assert.ok(symbols.length > 0);
          answeredAfter = checked;
        });
      },
    );
    try {
      const uri = 'file:///surveille.md';
      await server.open(uri, watched);
      await server.nextDiagnostics(uri, { since: 0, timeout: 30_000 });
    } finally {
      watching.stop();
      await server.stop();
    }
    const turns = watching.checks.map((check) => check.turn);
    assert.ok(turns.length > 40, `the rules ran (${turns.length})`);
    turns.forEach((at, index) => assert.ok(index === 0 || at > turns[index - 1], `rule ${index} ran in a turn of its own`));
    assert.ok(
      answeredAfter !== undefined && answeredAfter < turns.length,
      `the outline of the other document was answered after ${answeredAfter} of ${turns.length} rules`,
    );
  });

  it('a dossier too: each rule of each file, then each rule over the combined tender documents, runs in its own turn', async () => {
    const files = readDossierExample('dossier-gestion-documentaire');
    const folder = writeFolder('tender-sliced-dossier-', files);
    const server = await LspServer.inProcess({ sliceMs: 0, rootUri: pathToFileURL(folder).href });
    const texts = new Set(Object.values(files));
    // Every check of the analysis: on one file's model, or on the combined model of the tender documents.
    let onCombined = 0;
    const watching = watchRules((context) => {
      if (!texts.has(context.model.source)) onCombined++;
      return true;
    });
    try {
      const uri = pathToFileURL(join(folder, 'regie.md')).href;
      await server.open(uri, files['regie.md']);
      await server.nextDiagnostics(uri, { since: 0, timeout: 30_000 });
    } finally {
      watching.stop();
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    }
    const turns = watching.checks.map((check) => check.turn);
    turns.forEach((at, index) =>
      assert.ok(index === 0 || at > turns[index - 1], `check ${index} (${watching.checks[index].rule.id}) ran in a turn of its own`),
    );
    assert.ok(onCombined > 20, `the rules over the dossier ran on its combined model (${onCombined} checks)`);
    assert.ok(watching.checks.length - onCombined > 15, `each file's own rules ran (${watching.checks.length - onCombined} checks)`);
  });
});
