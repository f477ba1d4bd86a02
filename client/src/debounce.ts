/**
 * Runs `task` once after the last of a burst of `schedule` calls. `ready` settles when a run that began
 * after the latest call has finished; a call that supersedes a pending one keeps its promise, so that
 * whoever awaited `ready` before the burst ended is not left waiting.
 */
export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settle: (() => void) | undefined;
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly task: () => Promise<void>) {}

  schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.settle) this.ready = new Promise((resolve) => (this.settle = resolve));
    this.timer = setTimeout(() => {
      const settle = this.settle;
      this.settle = undefined;
      void this.task().finally(settle);
    }, delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.settle?.();
    this.settle = undefined;
  }
}
