import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realisticExport } from '../../test/support/realistic-export';
import { openDatabase } from '../../db/open';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import type { ImportFinished, ImportProgress } from './calls';
import { EventHub } from '../ipc/events';
import { importJobs } from './import-jobs';

async function prepare(dir: string) {
  const dbFile = path.join(dir, 'lobby.sqlite');
  const db = openDatabase(dbFile);
  const s = createServices(db);
  await s.imports.site(fixturePath('site.json'), { actor: 't' });
  await s.imports.staff(fixturePath('staff.csv'), { actor: 't' });
  await s.imports.tags(fixturePath('tags.csv'), { actor: 't' });
  db.close();
  const log = path.join(dir, 'events.csv');
  realisticExport(log, { events: 150_000 });
  const events = new EventHub();
  const progress: ImportProgress[] = [];
  const finished = new Promise<ImportFinished>((resolve) =>
    events.subscribe((event, payload) => {
      if (event === 'importProgress') progress.push(payload as ImportProgress);
      if (event === 'importFinished') resolve(payload as ImportFinished);
    }),
  );
  return { dbFile, log, jobs: importJobs({ dbFile, events }), progress, finished };
}

const options = (file: string) => ({ file, actor: 'test', timezone: 'Europe/Amsterdam' });

describe('building import jobs (worker threads)', () => {
  const dir = useTempDir();

  it('imports in a worker with progress while the main thread stays free', async () => {
    const { dbFile, log, jobs, progress, finished } = await prepare(dir());
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    jobs.start(options(log));
    const result = await finished;
    clearInterval(timer);
    expect(result).toMatchObject({
      outcome: 'done',
      summary: { rows: 150_000, imported: 150_000 },
    });
    expect(progress.some((p) => p.phase === 'import')).toBe(true);
    expect(ticks).toBeGreaterThan(10);
    const db = openDatabase(dbFile);
    expect(db.prepare('SELECT count(*) AS n FROM access_events').get()).toEqual({ n: 150_000 });
    db.close();
  });

  it('cancels: the worker stops and the database is as it was', async () => {
    const { dbFile, log, jobs, progress, finished } = await prepare(dir());
    const jobId = jobs.start(options(log));
    expect(() => jobs.start(options(log))).toThrow(/Another import/);
    await expect
      .poll(() => progress.some((p) => p.phase === 'import'), { timeout: 20_000 })
      .toBe(true);
    jobs.cancel(jobId);
    expect(await finished).toMatchObject({ jobId, outcome: 'cancelled' });
    const db = openDatabase(dbFile);
    expect(
      db
        .prepare(
          'SELECT (SELECT count(*) FROM access_events) + (SELECT count(*) FROM building_imports) AS n',
        )
        .get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('checks one file at a time', async () => {
    const { log, jobs } = await prepare(dir());
    const first = jobs.inspect(options(log));
    expect(() => jobs.inspect(options(log))).toThrow(/Another file is being checked/);
    expect(await first).toMatchObject({ kind: 'events' });
    expect(await jobs.inspect(options(log))).toMatchObject({ kind: 'events' });
    await jobs.close();
  });
});
