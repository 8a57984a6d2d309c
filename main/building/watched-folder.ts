/**
 * A folder the building manager drops exports into (a share, a synced folder). Every new file is
 * imported in the worker, each once (by its SHA-256, whatever its name), and after a batch the
 * reconciliation runs. A file still being written is left until its size and time have stood
 * still for one look, so it is never read half-way.
 *
 * Whoever can write to the folder is not trusted further: only regular files in it are taken (a
 * link to a file elsewhere is not followed), and each is first copied to a private file, which
 * is then hashed and imported, so a file swapped after the look changes nothing that is read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildingRepo } from '../../db/repos/building';
import { sha256 } from '../tables/file-hash';
import type { ImportFinished } from './calls';

export interface WatchedFolderDeps {
  folder: string;
  repo: Pick<BuildingRepo, 'hasImported'>;
  /**
   * Imports one file (in the worker; `file` is Lobby's private copy, `name` the name it had in
   * the folder); resolves when it has finished, however it ended.
   */
  importFile: (file: string, name: string) => Promise<ImportFinished>;
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

  const inside = (folder: string, file: string) => {
    const rel = path.relative(folder, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  };
  const stableFiles = (): string[] => {
    const names = fs.existsSync(deps.folder) ? fs.readdirSync(deps.folder) : [];
    const real = fs.existsSync(deps.folder) ? fs.realpathSync(deps.folder) : deps.folder;
    const stable: string[] = [];
    for (const name of names.filter((n) => exports.test(n) && !n.startsWith('.')).sort()) {
      const file = path.join(deps.folder, name);
      // lstat: a symbolic link is not a file of the folder, wherever it points.
      const stat = fs.lstatSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile() || !inside(real, path.join(real, name))) continue;
      const look = `${stat.size}:${stat.mtimeMs}`;
      if (lastSeen.get(file) === look && stat.size > 0) stable.push(file);
      lastSeen.set(file, look);
    }
    return stable;
  };

  /** The file's bytes in a private copy (0600 in a 0700 folder), read without following links. */
  const privateCopy = (file: string): string | null => {
    let fd: number;
    try {
      fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    } catch {
      return null;
    }
    try {
      if (!fs.fstatSync(fd).isFile()) return null;
      const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-folder-')), 'export');
      const out = fs.openSync(copy, 'wx', 0o600);
      try {
        const buffer = Buffer.alloc(1 << 20);
        for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;)
          fs.writeSync(out, buffer, 0, n);
      } finally {
        fs.closeSync(out);
      }
      return copy;
    } finally {
      fs.closeSync(fd);
    }
  };

  /** One look at the folder; resolves with the files it imported. */
  const scan = async (): Promise<string[]> => {
    if (busy) return [];
    busy = true;
    try {
      const imported: string[] = [];
      for (const file of stableFiles()) {
        const copy = privateCopy(file);
        if (!copy) continue;
        try {
          const hash = sha256(copy);
          if (refused.has(hash) || deps.repo.hasImported(hash)) continue;
          // Another import (from the console) may be running: try again at the next look.
          const finished = await deps.importFile(copy, path.basename(file)).catch(() => null);
          if (!finished) break;
          deps.log(`${path.basename(file)}: ${finished.outcome}`);
          if (finished.outcome === 'done') imported.push(file);
          else refused.add(hash);
        } finally {
          fs.rmSync(path.dirname(copy), { recursive: true, force: true });
        }
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
