/**
 * The building import's worker thread: its own database connection, the synchronous import, and
 * progress messages, so the kiosk's UI stays responsive. Cancel is a shared flag the import loop
 * reads between chunks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { importBuildingFile, type BuildingImportOptions } from './building-import';
import { ImportProblem, rejectionOf } from '../tables/problems';
import type { Rejection } from '../tables/summary';
import type { ImportPhase } from '../../vocabulary';

export interface WorkerInput {
  dbFile: string;
  options: Omit<BuildingImportOptions, 'onProgress' | 'shouldStop'>;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; phase: ImportPhase; bytes: number; total: number }
  | { type: 'done'; summary: Awaited<ReturnType<typeof importBuildingFile>> }
  | { type: 'refused'; rejection: Rejection; code: ImportProblem['code'] }
  | { type: 'failed'; message: string };

const input = workerData as WorkerInput;
const port = parentPort!;
const cancelled = new Int32Array(input.cancel);
let lastSent = 0;

async function main(): Promise<void> {
  const db = openDatabase(input.dbFile);
  try {
    const summary = await importBuildingFile(buildingRepo(db), {
      ...input.options,
      shouldStop: () => Atomics.load(cancelled, 0) === 1,
      onProgress: ({ phase, bytes, total }) => {
        const now = Date.now();
        if (now - lastSent < 100 && bytes < total) return;
        lastSent = now;
        port.postMessage({ type: 'progress', phase, bytes, total } satisfies WorkerMessage);
      },
    });
    port.postMessage({ type: 'done', summary } satisfies WorkerMessage);
  } catch (err) {
    const message: WorkerMessage =
      err instanceof ImportProblem
        ? { type: 'refused', rejection: rejectionOf(err), code: err.code }
        : { type: 'failed', message: err instanceof Error ? err.message : String(err) };
    port.postMessage(message);
  } finally {
    db.close();
  }
}

void main();
