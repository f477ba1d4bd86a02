import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The machine's CPU counters (Linux, /proc/stat): time idle and in all, over every core. */
export interface CpuSample {
  at: number;
  idle: number;
  total: number;
  cores: number;
}

/** The counters now; undefined where /proc/stat cannot be read (another system). */
export function sampleCpu(): CpuSample | undefined {
  try {
    const lines = readFileSync('/proc/stat', 'utf8').split('\n');
    // user nice system idle iowait irq softirq steal: steal is time the host gave to others.
    const fields = lines[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const cores = lines.filter((line) => /^cpu\d/.test(line)).length;
    if (!lines[0].startsWith('cpu ') || fields.length < 8 || fields.some((field) => !Number.isFinite(field)) || cores === 0) return undefined;
    return { at: performance.now(), idle: fields[3] + fields[4], total: fields.reduce((sum, field) => sum + field, 0), cores };
  } catch {
    return undefined;
  }
}

/** Counters tick every 10 ms on each core: a shorter span says too little. */
const MIN_SPAN_MS = 50;

/**
 * How many cores sat idle since `since` (waiting, if need be, for the span to say enough): the cores
 * other processes leave to this one. Undefined where the counters cannot be read.
 */
export async function idleCoresSince(since: CpuSample | undefined): Promise<number | undefined> {
  if (!since) return undefined;
  const wait = since.at + MIN_SPAN_MS - performance.now();
  if (wait > 0) await sleep(wait);
  const now = sampleCpu();
  if (!now || now.total <= since.total) return undefined;
  return ((now.idle - since.idle) / (now.total - since.total)) * now.cores;
}
