/**
 * A register file read off the main thread, with a time and memory limit: whatever the file does
 * (a cell in column XFD, a zip bomb, a million columns), the kiosk's main thread stays free and the
 * office manager gets an answer within seconds.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../ipc/errors';
import type { Table } from './table-file';
import type { TableWorkerMessage } from './table-worker';
import { workerScript } from '../runtime/bundle';

export interface ReadLimits {
  timeoutMs: number;
  memoryMb: number;
}

export const registerReadLimits: ReadLimits = { timeoutMs: 15_000, memoryMb: 512 };

export function readTableInWorker(
  file: string,
  limits: ReadLimits = registerReadLimits,
): Promise<Table> {
  const worker = new Worker(
    workerScript('table-worker', () => new URL('./table-worker.dev.mjs', import.meta.url)),
    {
      workerData: { file },
      // The .dev.mjs registers tsx itself; the parent's flags would load it twice.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    },
  );
  const name = path.basename(file);
  return new Promise<Table>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new AppError(
          'invalid_argument',
          `${name} took longer than ${limits.timeoutMs / 1000} s to read; it is not a register Lobby can import.`,
        ),
      );
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (message: TableWorkerMessage) => {
      clearTimeout(timer);
      if (message.ok) resolve(message.table);
      else reject(new AppError(message.code, message.message));
    });
    worker.once('error', () => {
      clearTimeout(timer);
      reject(new AppError('invalid_argument', `${name} is too large to read as a register.`));
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      reject(new AppError('internal', `Reading ${name} stopped unexpectedly.`));
    });
  });
}
