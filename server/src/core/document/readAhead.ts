import type { ParsedBlock } from './markdown.js';

/**
 * What the rules read from each block (the items its units state, its dates, its evaluation
 * statements…), each reading memoised on the block, which the parser re-uses while the block's text is
 * unchanged. Modules register their readings here so that the language service can make them ahead,
 * a block at a time, right after parsing it (`TenderLanguageService.prepare`, run in slices by the
 * server): the rules that run next then find every block read, and their own step is short. Only
 * speed depends on this list: a reading not made ahead is made by the rule that asks for it.
 *
 * A reading is made ahead once a rule has asked for it in this process (before the first analysis,
 * every reading is): rules ask for about half of the items, depending on the kind of document and
 * its data, and reading the others would cost a tenth more of a first analysis.
 */
interface Reading {
  read: (parsed: ParsedBlock) => unknown;
  asked: boolean;
}

const READINGS: Reading[] = [];
let anyAsked = false;
let readingAhead = false;

/**
 * Registers a reading of a block that memoises itself on the block. Its owner calls the function
 * returned whenever a rule asks for the reading.
 */
export function readAhead(read: (parsed: ParsedBlock) => unknown): () => void {
  const reading: Reading = { read, asked: false };
  READINGS.push(reading);
  return () => {
    if (readingAhead || reading.asked) return;
    reading.asked = true;
    anyAsked = true;
  };
}

/** A reading of a block, memoised on it and registered to be made ahead. */
export function blockReading<T>(read: (parsed: ParsedBlock) => T): (parsed: ParsedBlock) => T {
  const memo = new WeakMap<ParsedBlock, T>();
  const memoised = (parsed: ParsedBlock): T => {
    if (memo.has(parsed)) return memo.get(parsed)!;
    const value = read(parsed);
    memo.set(parsed, value);
    return value;
  };
  const asked = readAhead(memoised);
  return (parsed) => {
    asked();
    return memoised(parsed);
  };
}

/** The readings of a block that rules ask for, one step each (a block's readings of 50 items take about 1 ms). */
export function* readBlockAhead(parsed: ParsedBlock): Generator<void, void, undefined> {
  for (const reading of READINGS) {
    if (anyAsked && !reading.asked) continue;
    readingAhead = true;
    try {
      reading.read(parsed);
    } finally {
      readingAhead = false;
    }
    yield;
  }
}
