import type { ParsedBlock } from './markdown.js';

/**
 * What the rules read from each block (the items its units state, its dates, its evaluation
 * statements…), each reading memoised on the block, which the parser re-uses while the block's text is
 * unchanged: a rule reads a block only when it asks, and whether an item is stated stops at the first
 * block that states it (legal/find.ts), so an analysis reads what the command line's does.
 *
 * The language server runs the rules in slices (analyze.ts `dossierSteps` with a `SliceClock`). A rule's
 * step that is still making new readings when its slice is over is interrupted between two readings and
 * run again in the next slice: what it read is memoised, so it goes on where it stopped, and what it
 * reported in the interrupted run is dropped (a rule is a function of the model). Before, the language
 * service read every block ahead of the rules for each item any rule had asked, which gave up the early
 * stop and cost the opening of a 2 MB dossier about twice the command line's CPU time.
 */

/** When the current slice of a sliced analysis ends, on the clock `now` reads (milliseconds). */
export interface SliceClock {
  now(): number;
  end: number;
}

/** What interrupts a rule's run (see `resumable`); never seen outside it. */
const INTERRUPTED = new Error('slice over');

/** The run of a rule that may be interrupted now, with when it started and when it made its first reading. */
let running: { clock: SliceClock; start: number; firstReading?: number } | undefined;

/**
 * Says a reading of a block was made and memoised (a memo's miss, not its hits): where a run is
 * interrupted when its slice is over. A run made at least as long a stretch of readings as its start
 * took before its first one (what it does again when run anew: scans of memoised answers, work that is
 * not a reading), so that each run goes further than the last and repeating costs at most half the work.
 */
export function readingMade(): void {
  if (!running) return;
  const now = running.clock.now();
  running.firstReading ??= now;
  if (now >= running.clock.end && now - running.firstReading >= running.firstReading - running.start) throw INTERRUPTED;
}

/**
 * Runs `run` to its end, one step per run interrupted by its slice's end (see readingMade); at once
 * without a clock (the command line). `run` must be a function of what it reads: an interrupted run
 * leaves only the readings it memoised.
 */
export function* resumable<T>(run: () => T, clock: SliceClock | undefined): Generator<void, T, undefined> {
  if (!clock) return run();
  for (;;) {
    running = { clock, start: clock.now() };
    try {
      return run();
    } catch (error) {
      if (error !== INTERRUPTED) throw error;
    } finally {
      running = undefined;
    }
    yield;
  }
}

/** The reading of a block that holds nothing of what a reading looks for, whichever reading. */
const NOTHING: readonly never[] = Object.freeze([]);

/**
 * A reading of a block, memoised on it; making it is a point where a sliced rule's run may be interrupted.
 * With `none`, a reading that finds nothing (most blocks hold no date, no grid, no statement) is also said
 * in the block's own memo under `none:<none>`, which the parses kept for the next session carry
 * (node/parseCache.ts): a block reopened then is not read again for it.
 */
export function blockReading<T>(read: (parsed: ParsedBlock) => T): (parsed: ParsedBlock) => T;
export function blockReading<T extends readonly unknown[]>(read: (parsed: ParsedBlock) => T, none: string): (parsed: ParsedBlock) => T;
export function blockReading<T>(read: (parsed: ParsedBlock) => T, none?: string): (parsed: ParsedBlock) => T {
  const memo = new WeakMap<ParsedBlock, T>();
  const key = none && `none:${none}`;
  return (parsed: ParsedBlock): T => {
    if (memo.has(parsed)) return memo.get(parsed)!;
    if (key && parsed.memo.has(key)) return NOTHING as unknown as T;
    const value = read(parsed);
    memo.set(parsed, value);
    if (key && (value as readonly unknown[]).length === 0) parsed.memo.set(key, []);
    readingMade();
    return value;
  };
}
