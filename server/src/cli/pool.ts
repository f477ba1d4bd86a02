import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Locale } from '../core/index.js';
import { checkFile, displayPath, dossierGroups, type DossierPlace, type FileOutcome } from './check.js';
import { fileSystemError } from './messages.js';

interface Job {
  index: number;
  path: string;
  locale: Locale | undefined;
  explanation: boolean;
  compliance: boolean;
  /** Where the file's dossier is, found by the main thread: the worker lists no folder. */
  dossier?: DossierPlace;
}

interface Done {
  index: number;
  outcome: FileOutcome;
}

/** Sent to a worker when no file is left: it ends on its own, so that its exit handlers run (the code cache). */
const NO_MORE_JOBS = null;

const WORKER_FLAG = 'tenderLintWorker';
/** Files handed to a worker ahead of time, so it never waits for the main thread between files (a dossier's files go together). */
const AHEAD = 2;

/**
 * Checks files on `threads` threads: this one and `threads - 1` workers running `script` (the command
 * line's entry). Analysis is CPU-bound: one thread per core at most. The files of a dossier go together
 * to whichever thread is free first, so that each dossier is analysed once (cli/check.ts): this thread
 * groups them first (dossierGroups), and tells each worker where its files' dossiers are, so that no
 * worker lists a folder or reads a file outside the dossiers it checks. Outcomes come back in input
 * order, whatever order the threads finish in, so the output is the same as a sequential run.
 *
 * This thread checks files too: a worker starts (a thread, the command line loaded and warmed up
 * again) in about the time of a few files, so one more worker than needed costs more than it saves.
 */
export async function checkFilesInParallel(
  script: string | URL,
  paths: readonly string[],
  locale: Locale | undefined,
  threads: number,
  explanation = false,
  compliance = false,
): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(paths.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, paths.length) - 1 }, () => new Worker(script, { workerData: { [WORKER_FLAG]: true } }));
  try {
    // While the workers start.
    const groups = dossierGroups(paths);
    const finished = Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const give = () => {
              while (pending < AHEAD && next < groups.length) {
                for (const { index, dossier } of groups[next++]) {
                  worker.postMessage({ index, path: paths[index], locale, explanation, compliance, dossier } satisfies Job);
                  pending++;
                }
              }
              if (pending === 0) worker.postMessage(NO_MORE_JOBS);
            };
            worker.on('message', (done: Done) => {
              outcomes[done.index] = done.outcome;
              pending--;
              give();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (pending > 0 ? reject(new Error(`worker stopped (exit code ${code})`)) : resolve()));
            give();
          }),
      ),
    );
    // A worker that fails while this thread checks its own files is reported when they are done.
    finished.catch(() => undefined);
    while (next < groups.length) {
      for (const { index, dossier } of groups[next++]) outcomes[index] = checkOrReport(paths[index], locale, explanation, compliance, dossier);
      // Lets the workers' outcomes in, and hands them their next files.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await finished;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** A file's outcome; an unexpected failure is reported as the file's, and the other files are still checked. */
function checkOrReport(path: string, locale: Locale | undefined, explanation: boolean, compliance: boolean, dossier?: DossierPlace): FileOutcome {
  try {
    return checkFile(path, locale, explanation, compliance, dossier);
  } catch (error) {
    return { path: displayPath(path), error: { code: 'unreadable', message: fileSystemError(error) } };
  }
}

/** Whether this thread is one of checkFilesInParallel's workers. */
export const isCheckWorker = (): boolean => !isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG] === true;

/** A worker's side: checks each file it is given and sends its outcome back, until no file is left. */
export function serveChecks(): void {
  parentPort!.on('message', (job: Job | typeof NO_MORE_JOBS) => {
    if (job === NO_MORE_JOBS) {
      parentPort!.close();
      return;
    }
    parentPort!.postMessage({ index: job.index, outcome: checkOrReport(job.path, job.locale, job.explanation, job.compliance, job.dossier) } satisfies Done);
  });
}
