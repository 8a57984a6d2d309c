import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { fixturePath } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import type { EventPayloads } from '../contract/features';
import { EventHub } from '../ipc/events';
import { uploadStore } from '../uploads';
import type { ImportFinished } from './calls';
import { screenImports } from './building-service';
import { importJobs } from './import-jobs';

describe('building service', () => {
  const dir = useTempDir();

  it('audits an import from the screen as the command line does, and the rules it is taught', async () => {
    const dbFile = path.join(dir(), 'lobby.sqlite');
    const db = openDatabase(dbFile);
    const events = new EventHub<EventPayloads>();
    const finished = new Promise<ImportFinished>((resolve) =>
      events.subscribe((event, payload) => {
        if (event === 'importFinished') resolve(payload as ImportFinished);
      }),
    );
    const jobs = importJobs({ dbFile, events });
    const uploads = uploadStore(dir());
    const s = createServices(db);
    const screen = screenImports({
      audit: s.audit,
      timezone: () => 'Europe/Amsterdam',
      jobs,
      uploads,
    });
    try {
      await s.imports.site(fixturePath('site.json'), { actor: 't' });
      const file = fixturePath('building/paxton_net2/cardholders.csv');
      const { uploadId } = await uploads.append({
        uploadId: null,
        fileName: 'cardholders.csv',
        offset: 0,
        base64: fs.readFileSync(file).toString('base64'),
      });
      screen.start({ uploadId, cardRule: null, columns: {} }, 'staff');
      expect(await finished).toMatchObject({ outcome: 'done', summary: { kind: 'cardholders' } });
      s.building.addTextRule('Brandalarm actief', 'DOOR_HELD', 'staff');

      const entries = s.audit.recent(5).map((e) => [e.actor, e.action, e.subject]);
      expect(entries).toEqual(
        expect.arrayContaining([
          ['staff', 'building.import', 'cardholders.csv'],
          ['staff', 'building.rule', 'Brandalarm actief'],
        ]),
      );
      // The upload is gone once the import has ended.
      expect(() => uploads.get(uploadId)).toThrow();
    } finally {
      await jobs.close();
      uploads.close();
      db.close();
    }
  });
});
