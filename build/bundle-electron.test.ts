import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test/support/temp';
// @ts-expect-error -- a plain ES module script shared with the packaging step
import { bundleElectron } from './bundle-electron.js';

describe('Electron bundle', () => {
  const dir = useTempDir();

  it('builds a CommonJS main and a sandbox-safe preload that needs nothing but electron', async () => {
    await bundleElectron(dir());
    const preload = fs.readFileSync(path.join(dir(), 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld("lobbyBridge"');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(preload).not.toContain('zod');

    const main = fs.readFileSync(path.join(dir(), 'main.cjs'), 'utf8');
    expect(main).toContain('require("electron")');
    expect(main).toContain('require("better-sqlite3")');
    // The building import's worker thread is bundled beside main, where import-jobs looks for it.
    const worker = fs.readFileSync(path.join(dir(), 'import-worker.cjs'), 'utf8');
    expect(worker).toContain('require("better-sqlite3")');
    expect(worker).not.toContain('require("electron")');
    // Register files are read in a worker thread of their own.
    const tableWorker = fs.readFileSync(path.join(dir(), 'table-worker.cjs'), 'utf8');
    expect(tableWorker).toContain('exceljs');
    expect(tableWorker).not.toContain('require("electron")');
  });
});
