/** Helpers shared by the figures of `npm run bench`. */
import { readFileSync } from 'node:fs';

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const median = (values: number[]) => percentile(values, 50);
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * User + system CPU time from a /proc stat file (Linux; clock ticks of 10 ms), in ms: robust to other
 * load. `field` is the user time's index after the command name (11: the process's, 13: its finished children's).
 */
function statCpuMs(file: string, field: 11 | 13): number | undefined {
  try {
    const fields = readFileSync(file, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return (Number(fields[field]) + Number(fields[field + 1])) * 10;
  } catch {
    return undefined;
  }
}

/** CPU time a process has used so far, in ms. */
export const cpuMs = (pid: number) => statCpuMs(`/proc/${pid}/stat`, 11);
/** CPU time used so far by this process's finished children, in ms. */
export const childrenCpuMs = () => statCpuMs('/proc/self/stat', 13);

/** Peak resident set of a process (Linux), in MB. */
export function peakRssMB(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s*(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
