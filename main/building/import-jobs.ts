/**
 * Runs building imports in worker threads, one at a time, and reports their progress and end as
 * pushed events. The UI keeps working while a million rows go in.
 */
import crypto from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Publisher } from '../ipc/events';
import type { BuildingImportSummary, Events, ImportFinished } from './calls';
import { AppError } from '../ipc/errors';
import type { BuildingImportOptions } from './building-import';
import { describeRejection } from '../tables/problems';
import { workerScript } from '../runtime/bundle';
import type { WorkerInput, WorkerMessage } from './import-worker';

type JobOptions = Omit<BuildingImportOptions, 'onProgress' | 'shouldStop'>;

/**
 * One worker per import. The old-generation limit keeps a million-row import under 300 MB; the
 * young generation is twice V8's default, so a chunk's rows die young instead of being promoted
 * and collected again in the old generation (measured: a quarter of the import's time was GC).
 */
export const importWorkerLimits = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 64 };

function spawn(
  script: string | URL | undefined,
  dbFile: string,
  options: JobOptions,
  cancel: SharedArrayBuffer,
): Worker {
  const file =
    script ??
    workerScript('import-worker', () => new URL('./import-worker.dev.mjs', import.meta.url));
  return new Worker(file, {
    workerData: { dbFile, options, cancel } satisfies WorkerInput,
    // Not the parent's flags: a parent run under tsx would load its hooks into the worker too,
    // and every module the worker needs would go through them (measured: 60 % slower).
    execArgv: [],
    resourceLimits: importWorkerLimits,
  });
}

export function importJobs(deps: {
  dbFile: string;
  events: Publisher<Events>;
  log?: (err: unknown) => void;
  /** Another build of the worker script (the benchmark runs the bundled one, as the kiosk does). */
  workerScript?: string;
}) {
  const running = new Map<string, { cancel: Int32Array; worker: Worker }>();
  let inspecting: Worker | null = null;
  return {
    start(
      options: Omit<BuildingImportOptions, 'onProgress' | 'shouldStop'>,
      done?: (finished: ImportFinished) => void,
    ): string {
      if (running.size > 0)
        throw new AppError(
          'conflict',
          'Another import is still running. Wait for it or cancel it.',
        );
      const jobId = crypto.randomUUID();
      const cancel = new SharedArrayBuffer(4);
      const worker = spawn(deps.workerScript, deps.dbFile, options, cancel);
      running.set(jobId, { cancel: new Int32Array(cancel), worker });
      let finished = false;
      const finish = (payload: ImportFinished) => {
        if (finished) return;
        finished = true;
        running.delete(jobId);
        deps.events.publish('importFinished', payload);
        done?.(payload);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') {
          deps.events.publish('importProgress', {
            jobId,
            phase: message.phase,
            bytes: message.bytes,
            total: message.total,
          });
        } else if (message.type === 'done') {
          finish({ jobId, outcome: 'done', summary: message.summary });
        } else if (message.type === 'refused') {
          finish({
            jobId,
            outcome: message.code === 'cancelled' ? 'cancelled' : 'refused',
            rejected: [message.rejection],
          });
        } else {
          finish({
            jobId,
            outcome: 'failed',
            rejected: [{ row: null, column: null, reason: message.message }],
          });
        }
      });
      // A worker that dies (out of memory, a crash) rolled its transaction back with it.
      const crashed = () =>
        finish({
          jobId,
          outcome: 'failed',
          rejected: [
            {
              row: null,
              column: null,
              reason: 'The import stopped unexpectedly; nothing was imported.',
            },
          ],
        });
      worker.on('error', (err) => {
        deps.log?.(err);
        crashed();
      });
      worker.on('exit', crashed);
      return jobId;
    },
    /**
     * Detection only, in a worker too (a large file takes seconds to scan): resolves with the
     * preview. One check at a time: each holds a file open and a core busy.
     */
    inspect(options: JobOptions): Promise<BuildingImportSummary> {
      if (inspecting)
        throw new AppError('conflict', 'Another file is being checked. Wait for it to finish.');
      const worker = spawn(
        deps.workerScript,
        deps.dbFile,
        { ...options, inspectOnly: true },
        new SharedArrayBuffer(4),
      );
      inspecting = worker;
      return new Promise<BuildingImportSummary>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'done') resolve(message.summary);
          else if (message.type === 'refused')
            reject(new AppError('invalid_argument', describeRejection(message.rejection)));
          else if (message.type === 'failed') {
            deps.log?.(new Error(message.message));
            reject(new AppError('internal', 'The file could not be checked.'));
          }
        });
        worker.on('error', reject);
        worker.on('exit', () =>
          reject(new AppError('internal', 'The file check stopped unexpectedly.')),
        );
      }).finally(() => {
        inspecting = null;
      });
    },
    cancel(jobId: string): void {
      const job = running.get(jobId);
      if (!job) throw new AppError('not_found', 'That import is no longer running.');
      Atomics.store(job.cancel, 0, 1);
    },
    async close(): Promise<void> {
      await inspecting?.terminate();
      for (const job of running.values()) {
        Atomics.store(job.cancel, 0, 1);
        await job.worker.terminate();
      }
    },
  };
}
export type ImportJobs = ReturnType<typeof importJobs>;
