/** Reads one register file in a worker thread, so a hostile file can stall only this thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../ipc/errors';
import { readTableFile, type Table } from './table-file';

export type TableWorkerMessage =
  { ok: true; table: Table } | { ok: false; code: AppError['code']; message: string };

const { file } = workerData as { file: string };

readTableFile(file).then(
  (table) => parentPort!.postMessage({ ok: true, table } satisfies TableWorkerMessage),
  (err: unknown) =>
    parentPort!.postMessage(
      (err instanceof AppError
        ? { ok: false, code: err.code, message: err.message }
        : {
            ok: false,
            code: 'internal',
            message: 'The file could not be read.',
          }) satisfies TableWorkerMessage,
    ),
);
