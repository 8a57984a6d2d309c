import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { EventHub } from '../ipc/events';
import type { EventPayloads } from '../contract/features';
import { importJobs } from './import-jobs';
import { folderImports } from './folder-imports';
import { watchedFolder } from './watched-folder';

describe('the watched folder', () => {
  const dir = useTempDir();

  it('imports each new export once, whole, in the worker, then reconciles', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(dbFile);
    const s = createServices(db);
    await s.imports.site(fixturePath('site.json'), { actor: 't' });
    await s.imports.tags(fixturePath('tags.csv'), { actor: 't' });
    const folder = path.join(dir(), 'drop');
    fs.mkdirSync(folder);
    const jobs = importJobs({ dbFile, events: new EventHub<EventPayloads>() });
    const batches: string[][] = [];
    const imports = folderImports({
      audit: s.audit,
      jobs,
      timezone: () => 'Europe/Amsterdam',
      eventsKeptFrom: () => 0,
      reconcile: () => {},
    });
    const watcher = watchedFolder({
      folder,
      repo: buildingRepo(db),
      importFile: imports.importFile,
      afterBatch: (files) => batches.push(files.map((f) => path.basename(f))),
      log: () => {},
      everyMs: 60_000,
    });
    try {
      const events = fs.readFileSync(fixturePath('building', 'nedap_aeos', 'events.csv'));
      // Copied in slowly: half now, the rest after the folder was looked at.
      const slow = path.join(folder, 'events-oktober.csv');
      fs.writeFileSync(slow, events.subarray(0, events.length / 2));
      expect(await watcher.scan()).toEqual([]); // first sight: not known to be complete
      fs.appendFileSync(slow, events.subarray(events.length / 2));
      expect(await watcher.scan()).toEqual([]); // it changed since: still being written
      expect((await watcher.scan()).map((f) => path.basename(f))).toEqual(['events-oktober.csv']);
      expect(s.building.listImports()).toMatchObject([
        { fileName: 'events-oktober.csv', rows: 4096 },
      ]);

      // The same export dropped again under another name: recognised by its bytes, not read.
      fs.copyFileSync(slow, path.join(folder, 'events-oktober (1).csv'));
      await watcher.scan();
      expect(await watcher.scan()).toEqual([]);
      // A cardholder list that is new: imported, and then the batch is reconciled.
      fs.copyFileSync(
        fixturePath('building', 'nedap_aeos', 'cardholders.csv'),
        path.join(folder, 'kaarthouders.csv'),
      );
      await watcher.scan();
      expect((await watcher.scan()).map((f) => path.basename(f))).toEqual(['kaarthouders.csv']);
      expect(batches).toEqual([['events-oktober.csv'], ['kaarthouders.csv']]);
      expect(s.building.listImports()).toHaveLength(2);
    } finally {
      watcher.stop();
      await jobs.close();
      db.close();
    }
  });

  /**
   * A kiosk watching a folder, as the kiosk composes it (`folderImports`); `beforeImport` runs
   * between the look and the import; door events before `keptFrom` are past retention.
   */
  async function watching(beforeImport: (name: string) => void = () => {}, keptFrom = 0) {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(dbFile);
    const s = createServices(db);
    await s.imports.site(fixturePath('site.json'), { actor: 't' });
    const folder = path.join(dir(), 'drop');
    fs.mkdirSync(folder);
    const jobs = importJobs({ dbFile, events: new EventHub<EventPayloads>() });
    const reviews: number[] = [];
    const imports = folderImports({
      audit: s.audit,
      jobs,
      timezone: () => 'Europe/Amsterdam',
      eventsKeptFrom: () => keptFrom,
      reconcile: () => reviews.push(reviews.length + 1),
    });
    const watcher = watchedFolder({
      folder,
      repo: buildingRepo(db),
      importFile: (file, fileName) => {
        beforeImport(fileName);
        return imports.importFile(file, fileName);
      },
      afterBatch: imports.afterBatch,
      log: () => {},
      everyMs: 60_000,
    });
    const close = async () => {
      watcher.stop();
      await jobs.close();
      db.close();
    };
    return { s, db, folder, watcher, close, reviews };
  }

  it('audits each file and each refusal as the folder, and leaves out events past retention', async () => {
    const { s, db, folder, watcher, close, reviews } = await watching(() => {}, Date.now());
    try {
      fs.copyFileSync(
        fixturePath('building', 'nedap_aeos', 'events.csv'),
        path.join(folder, 'events.csv'),
      );
      fs.writeFileSync(path.join(folder, 'notes.csv'), 'hello,world\n1,2\n');
      await watcher.scan();
      await watcher.scan();
      const entries = s.audit
        .recent(20)
        .filter((e) => e.actor === 'folder')
        .map((e) => [e.action, e.subject]);
      expect(entries).toEqual(
        expect.arrayContaining([
          ['building.import', 'events.csv'],
          ['building.import.refused', 'notes.csv'],
          ['building.folder', null],
        ]),
      );
      // Nobody was there to choose: the month's events, all past retention, are not stored.
      expect(db.prepare('SELECT count(*) FROM building_events').pluck().get()).toBe(0);
      expect(s.building.listImports()).toMatchObject([{ fileName: 'events.csv' }]);
      expect(reviews).toEqual([1]);
    } finally {
      await close();
    }
  });

  it('does not follow a link to a file outside the folder', async () => {
    const { s, folder, watcher, close } = await watching();
    try {
      const outside = path.join(dir(), 'secret.csv');
      fs.copyFileSync(fixturePath('building', 'nedap_aeos', 'events.csv'), outside);
      fs.symlinkSync(outside, path.join(folder, 'events.csv'));
      await watcher.scan();
      expect(await watcher.scan()).toEqual([]);
      expect(s.building.listImports()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('imports the bytes it looked at, whatever the file is swapped for afterwards', async () => {
    const events = fs.readFileSync(fixturePath('building', 'nedap_aeos', 'events.csv'));
    const cardholders = fixturePath('building', 'nedap_aeos', 'cardholders.csv');
    let swapped = false;
    const { s, folder, watcher, close } = await watching((name) => {
      // Someone with the folder replaces the file between Lobby's look and its import.
      if (swapped) return;
      swapped = true;
      fs.copyFileSync(cardholders, path.join(folder, name));
    });
    try {
      fs.writeFileSync(path.join(folder, 'export.csv'), events);
      await watcher.scan();
      expect(await watcher.scan()).toEqual([path.join(folder, 'export.csv')]);
      expect(s.building.listImports()).toMatchObject([
        { fileName: 'export.csv', kind: 'events', rows: 4096 },
      ]);
      // What it was swapped for is a file of its own, seen and imported in its turn.
      await watcher.scan();
      await watcher.scan();
      expect(
        s.building
          .listImports()
          .map((i) => i.kind)
          .sort(),
      ).toEqual(['cardholders', 'events']);
    } finally {
      await close();
    }
  });
});
