import { strict as assert } from 'node:assert';
import {
  analysisSteps,
  analyzeDossier,
  analyzeModel,
  createLanguageService,
  DEFAULT_SETTINGS,
  DocumentParser,
  dossierOf,
  type DossierAnalysis,
} from '../../server/src/core/index.js';
import { dossierSteps } from '../../server/src/core/analyze.js';
import { resumable, type SliceClock } from '../../server/src/core/document/readings.js';
import type { ParsedBlock } from '../../server/src/core/document/markdown.js';
import { findItem, itemStated } from '../../server/src/core/legal/find.js';
import type { ItemName } from '../../server/src/core/legal/recognisers.js';
import { generateTender } from '../../scripts/bench/generate.js';
import { RECOGNISERS } from '../../server/src/core/legal/recognisers.js';
import { RULES } from '../../server/src/core/rules/index.js';
import type { Rule } from '../../server/src/core/rules/rule.js';
import { readDossierExample, readExample } from '../helpers.js';

/**
 * The language server runs an analysis in slices (issue 15, 4): parsing, the readings rules make of
 * each block, then the rules, with steps small enough to look at incoming messages between them.
 */
describe('analysis in steps', () => {
  const text = readExample('ao-services-techniques-defauts.md');

  it('the rules step yields after each rule, and finds what analyzeModel finds', () => {
    const events: string[] = [];
    // A rule runs its check, or finds the document not applicable to it (Rule.notApplicable): a step either way.
    const condition = (rule: Rule): Pick<Rule, 'notApplicable'> =>
      rule.notApplicable
        ? {
            notApplicable: (context) => {
              const reason = rule.notApplicable!(context);
              if (reason) events.push(rule.id);
              return reason;
            },
          }
        : {};
    const watched: Rule[] = RULES.map((rule) => ({ ...rule, ...condition(rule), check: (context) => (events.push(rule.id), rule.check(context)) }));
    const model = new DocumentParser().parse(text);
    const steps = analysisSteps(model, DEFAULT_SETTINGS, watched);
    let step = steps.next();
    for (; !step.done; step = steps.next()) events.push('yield');
    const checks = events.filter((event) => event !== 'yield');
    assert.ok(checks.length > 40, 'the rules of a tender ran');
    events.forEach((event, index) => assert.ok(event === 'yield' || events[index + 1] === 'yield', `a yield after ${event}`));
    assert.deepEqual(step.value, analyzeModel(new DocumentParser().parse(text)));
  });

  it('with a clock, a rule still reading blocks when its slice is over is cut between two readings and run again in the next step: the same findings', () => {
    const runs = new Map<string, number>();
    const watched: Rule[] = RULES.map((rule) => ({ ...rule, check: (context) => (runs.set(rule.id, (runs.get(rule.id) ?? 0) + 1), rule.check(context)) }));
    // A clock that moves a tick each time it is read, whose slices are always over: a run is cut as soon as it made
    // as long a stretch of readings as its start took.
    let ticks = 0;
    const clock: SliceClock = { now: () => ++ticks, end: 0 };
    const steps = analysisSteps(new DocumentParser().parse(text), DEFAULT_SETTINGS, watched, [], '', clock);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    const cut = [...runs].filter(([, times]) => times > 1);
    assert.ok(cut.length > 10, `rules cut and run again (${cut.length})`);
    assert.ok(count > runs.size + 100, `a step per run (${count} steps, ${runs.size} rules)`);
    assert.deepEqual(step.value, analyzeModel(new DocumentParser().parse(text)));
  });

  it('in slices, whether an item is stated stops at the first block that states it, as at once', () => {
    const compliant = readExample('ao-services-professionnels-conforme.md');
    const service = createLanguageService();
    const uri = 'file:///a.md';
    for (const _ of service.prepare(uri, compliant));
    let ticks = 0;
    for (const _ of service.analysisSteps(uri, compliant, DEFAULT_SETTINGS, undefined, { now: () => ++ticks, end: 0 }));
    const { blocks } = service.lastAnalysis(uri)!.model;
    const items = Object.keys(RECOGNISERS);
    const readIn = (item: string) => blocks.filter((block) => block.parsed.memo.has(item)).length;
    // Read ahead, every item a rule asks for was read in every block; asked where it stops, some are read in a few only.
    const stoppedEarly = items.filter((item) => readIn(item) > 0 && readIn(item) < blocks.length / 2);
    assert.ok(stoppedEarly.length > 5, `items looked for only until found (${stoppedEarly.join(', ')})`);
  });

  it('a scan of the blocks cut by its slice’s end goes on where it stopped: no block is asked again at each run', () => {
    const long = generateTender(150_000);
    const model = new DocumentParser().parse(long);
    assert.ok(model.blocks.length > 100, `${model.blocks.length} blocks`);
    // Which items no block states, asked of a model of its own (the answers are memoised on the blocks).
    const other = new DocumentParser().parse(long);
    const items = Object.keys(RECOGNISERS) as ItemName[];
    const absent = items.filter((item) => !itemStated(other, item)).slice(0, 3);
    assert.ok(absent.length > 0);
    const visits = new Map<ParsedBlock, number>();
    for (const { parsed } of model.blocks) {
      const memo = parsed.memo;
      parsed.memo = new (class extends Map<string, number[]> {
        override get(key: string) {
          visits.set(parsed, (visits.get(parsed) ?? 0) + 1);
          return super.get(key);
        }
      })(memo);
    }
    let ticks = 0;
    const clock: SliceClock = { now: () => ++ticks, end: 0 };
    let runs = 0;
    const steps = resumable(() => {
      runs++;
      return [findItem(model, 'negotiation').length, ...absent.map((item) => itemStated(model, item))];
    }, clock);
    let step = steps.next();
    for (; !step.done; step = steps.next());
    assert.deepEqual(step.value, [findItem(other, 'negotiation').length, ...absent.map(() => false)]);
    assert.ok(runs > 50, `the run was cut (${runs} runs)`);
    // Each block: once per item asked, once more to gather findItem's units, and once more where a run was cut.
    const most = Math.max(...visits.values());
    assert.ok(most <= 2 * (absent.length + 2), `a block asked at most ${most} times`);
  });

  /** Each file's findings, by name. */
  const byName = (analysis: DossierAnalysis) => Object.fromEntries([...analysis.results].map(([member, result]) => [member.name, result]));

  for (const example of ['dossier-gestion-documentaire', 'dossier-gestion-documentaire-defauts']) {
    const files = readDossierExample(example);
    const dossierOfFiles = (rules = RULES) => {
      const [first, ...others] = Object.entries(files);
      return {
        dossier: dossierOf(
          first[0],
          new DocumentParser().parse(first[1]),
          others.map(([name, text]) => ({ name, text })),
        ),
        rules,
      };
    };

    it(`a dossier (${example}) yields after each rule of each file and each rule over its tender documents, and finds what analyzeDossier finds`, () => {
      const events: string[] = [];
      const watched: Rule[] = RULES.map((rule) => ({ ...rule, check: (context) => (events.push(`${rule.scope ?? 'file'}:${rule.id}`), rule.check(context)) }));
      const { dossier } = dossierOfFiles();
      const steps = dossierSteps(dossier, DEFAULT_SETTINGS, watched);
      let step = steps.next();
      for (; !step.done; step = steps.next()) events.push('yield');
      events.forEach((event, index) => assert.ok(event === 'yield' || events[index + 1] === 'yield', `a yield after ${event}`));
      assert.ok(events.filter((event) => event.startsWith('dossier:')).length > 20, 'the rules over the dossier ran');
      assert.ok(events.filter((event) => event.startsWith('file:')).length > 15, "each file's rules ran");
      const expected = analyzeDossier(dossierOfFiles().dossier);
      assert.deepEqual(byName(step.value), byName(expected));
    });

    it(`a dossier's analysis given up part-way, in the language service, then run again: the same findings (${example})`, () => {
      const [first, ...others] = Object.entries(files);
      const uri = (name: string) => `file:///dossier/${name}`;
      const input = { name: first[0], others: others.map(([name, text]) => ({ uri: uri(name), name, text })) };
      const expected = byName(analyzeDossier(dossierOfFiles().dossier));
      for (const abandonAt of [1, 7, 40, 90]) {
        const service = createLanguageService();
        for (const _ of service.prepare(uri(first[0]), first[1], input));
        let steps = 0;
        for (const _ of service.analysisSteps(uri(first[0]), first[1], DEFAULT_SETTINGS, input)) if (++steps >= abandonAt) break;
        assert.equal(service.lastAnalysis(uri(first[0])), undefined, 'nothing kept of an analysis given up');
        service.analyze(uri(first[0]), first[1], DEFAULT_SETTINGS, input);
        assert.deepEqual(byName(service.lastAnalysis(uri(first[0]))!.dossier), expected, `given up after ${abandonAt} steps`);
      }
    });
  }
});
