/**
 * A folder the building manager drops exports into (a share, a synced folder). Every new file is
 * imported in the worker, each once (by its SHA-256, whatever its name), and after a batch the
 * reconciliation runs. A file still being written is left until its size and time have stood
 * still for one look, so it is never read half-way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildingRepo } from '../../db/repos/building';
import { sha256 } from '../tables/file-hash';
import type { ImportFinished } from './calls';

export interface WatchedFolderDeps {
  folder: string;
  repo: Pick<BuildingRepo, 'hasImported'>;
  /** Imports one file (in the worker); resolves when it has finished, however it ended. */
  importFile: (file: string) => Promise<ImportFinished>;
  /** Runs after a batch in which something new was imported. */
  afterBatch: (imported: string[]) => void;
  log: (message: string) => void;
  everyMs?: number;
}

const exports = /\.(csv|txt|xlsx)$/i;

export function watchedFolder(deps: WatchedFolderDeps) {
  /** What each file looked like at the last look: unchanged since then means written. */
  const lastSeen = new Map<string, string>();
  /** Files refused once are not tried again until their bytes change. */
  const refused = new Set<string>();
  let busy = false;

  const stableFiles = (): string[] => {
    const names = fs.existsSync(deps.folder) ? fs.readdirSync(deps.folder) : [];
    const stable: string[] = [];
    for (const name of names.filter((n) => exports.test(n) && !n.startsWith('.')).sort()) {
      const file = path.join(deps.folder, name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      const look = `${stat.size}:${stat.mtimeMs}`;
      if (lastSeen.get(file) === look && stat.size > 0) stable.push(file);
      lastSeen.set(file, look);
    }
    return stable;
  };

  /** One look at the folder; resolves with the files it imported. */
  const scan = async (): Promise<string[]> => {
    if (busy) return [];
    busy = true;
    try {
      const imported: string[] = [];
      for (const file of stableFiles()) {
        const hash = sha256(file);
        if (refused.has(hash) || deps.repo.hasImported(hash)) continue;
        // Another import (from the console) may be running: try again at the next look.
        const finished = await deps.importFile(file).catch(() => null);
        if (!finished) break;
        deps.log(`${path.basename(file)}: ${finished.outcome}`);
        if (finished.outcome === 'done') imported.push(file);
        else refused.add(hash);
      }
      if (imported.length > 0) deps.afterBatch(imported);
      return imported;
    } finally {
      busy = false;
    }
  };

  const timer = setInterval(
    () => void scan().catch(() => deps.log('the folder could not be read')),
    deps.everyMs ?? 10_000,
  );
  timer.unref();
  return { scan, stop: () => clearInterval(timer) };
}
export type WatchedFolder = ReturnType<typeof watchedFolder>;
