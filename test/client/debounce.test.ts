import { strict as assert } from 'node:assert';
import { Debounced } from '../../client/src/debounce.js';

describe('Conformité view refresh (debounced)', () => {
  it('a call that supersedes a pending one settles the promise awaited before it, after one run', async () => {
    let runs = 0;
    const debounced = new Debounced(() => {
      runs++;
      return Promise.resolve();
    });
    debounced.schedule(0);
    const first = debounced.ready;
    debounced.schedule(5); // diagnostics changed meanwhile
    const settled = await Promise.race([first.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 500))]);
    assert.equal(settled, true, 'the first awaiter is not left waiting');
    assert.equal(runs, 1);
    assert.equal(debounced.ready, first);
  });

  it('a call during a run waits for a run that begins after it', async () => {
    const order: string[] = [];
    let release!: () => void;
    const debounced = new Debounced(async () => {
      order.push('start');
      if (order.length === 1) await new Promise<void>((resolve) => (release = resolve));
      order.push('end');
    });
    debounced.schedule(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    debounced.schedule(0);
    const second = debounced.ready;
    release();
    await second;
    assert.deepEqual(order, ['start', 'end', 'start', 'end']);
  });

  it('dispose settles a pending call and runs nothing', async () => {
    let runs = 0;
    const debounced = new Debounced(() => {
      runs++;
      return Promise.resolve();
    });
    debounced.schedule(50);
    debounced.dispose();
    await debounced.ready;
    assert.equal(runs, 0);
  });
});
