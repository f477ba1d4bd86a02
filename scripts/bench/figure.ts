/** What every figure of `npm run bench` is given, and what it is (one module per figure, scripts/bench.ts runs them). */
import { join, resolve } from 'node:path';

export interface BenchOptions {
  /** The repository, and where figures and generated inputs go (.bench). */
  root: string;
  out: string;
  quick: boolean;
  /** Sizes of the generated tenders of the `analysis` and `latency` figures. */
  sizes: number[];
  edits: number;
  /** Rounds of the `batch` figure. */
  rounds: number | undefined;
  repackage: boolean;
}

export interface Figure {
  name: string;
  /** Measures, prints, and returns what goes into .bench/results.json (its top-level keys). */
  run(options: BenchOptions): Promise<Record<string, unknown>> | Record<string, unknown>;
}

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, '.bench');

export const label = (size: number): string => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);
