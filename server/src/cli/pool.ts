import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Locale } from '../core/index.js';
import { FolderIndex, folderOf } from '../node/folderIndex.js';
import type { FolderDocument } from '../node/relatedDocuments.js';
import { checkFile, displayPath, type FileOutcome } from './check.js';
import { fileSystemError } from './messages.js';

interface Job {
  index: number;
  path: string;
  locale: Locale | undefined;
  explanation: boolean;
  /** The documents of the file's folder, with the first file of that folder a worker is given. */
  folder?: { path: string; documents: readonly FolderDocument[] };
}

interface Done {
  index: number;
  outcome: FileOutcome;
}

/** Sent to a worker when no file is left: it ends on its own, so that its exit handlers run (the code cache). */
const NO_MORE_JOBS = null;

const WORKER_FLAG = 'tenderLintWorker';
/** Jobs handed to a worker ahead of time, so it never waits for the main thread between files. */
const AHEAD = 2;

/**
 * Checks files on `jobs` worker threads running `script` (the command line's entry; analysis is
 * CPU-bound: one thread per core), handing out the next file to whichever worker finishes first.
 * Outcomes come back in input order, whatever order the workers finish in, so the output is the same
 * as a sequential run. Each folder is read once, by this thread (`folders`), and given to each worker
 * with the first file of it the worker checks.
 */
export async function checkFilesInParallel(
  script: string | URL,
  paths: readonly string[],
  locale: Locale | undefined,
  jobs: number,
  explanation = false,
  folders = new FolderIndex(),
): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(paths.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, paths.length) }, () => new Worker(script, { workerData: { [WORKER_FLAG]: true } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const known = new Set<string>();
            const give = () => {
              while (pending < AHEAD && next < paths.length) {
                const job: Job = { index: next, path: paths[next++], locale, explanation };
                const folder = folderOf(job.path);
                if (!known.has(folder)) {
                  known.add(folder);
                  job.folder = { path: folder, documents: folders.documents(folder) };
                }
                worker.postMessage(job);
                pending++;
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
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}

/** Whether this thread is one of checkFilesInParallel's workers. */
export const isCheckWorker = (): boolean => !isMainThread && (workerData as Record<string, unknown> | undefined)?.[WORKER_FLAG] === true;

/** A worker's side: checks each file it is given and sends its outcome back, until no file is left. */
export function serveChecks(): void {
  const folders = new FolderIndex();
  parentPort!.on('message', (job: Job | typeof NO_MORE_JOBS) => {
    if (job === NO_MORE_JOBS) {
      parentPort!.close();
      return;
    }
    if (job.folder) folders.add(job.folder.path, job.folder.documents);
    let outcome: FileOutcome;
    try {
      outcome = checkFile(job.path, job.locale, job.explanation, folders);
    } catch (error) {
      outcome = { path: displayPath(job.path), error: { code: 'unreadable', message: fileSystemError(error) } };
    }
    parentPort!.postMessage({ index: job.index, outcome } satisfies Done);
  });
}
