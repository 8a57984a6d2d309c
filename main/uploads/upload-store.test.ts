import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { uploadStore } from './upload-store';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('upload store', () => {
  const dir = useTempDir();

  it('assembles a file from chunks in order and removes it afterwards', async () => {
    const store = uploadStore(dir());
    const first = await store.append({
      uploadId: null,
      fileName: '../../etc/events.csv',
      offset: 0,
      base64: b64('Datum;'),
    });
    const second = await store.append({
      uploadId: first.uploadId,
      fileName: 'x',
      offset: 6,
      base64: b64('Tijd\n'),
    });
    expect(second).toEqual({ uploadId: first.uploadId, bytes: 11 });
    const upload = store.get(first.uploadId);
    expect(upload.fileName).toBe('events.csv');
    expect(path.dirname(upload.file)).toBe(dir());
    expect(fs.readFileSync(upload.file, 'utf8')).toBe('Datum;Tijd\n');
    store.remove(first.uploadId);
    expect(fs.existsSync(upload.file)).toBe(false);
    expect(() => store.get(first.uploadId)).toThrow(/expired/);
  });

  it('refuses a chunk at the wrong offset, and one of two overlapping chunks', async () => {
    const store = uploadStore(dir());
    const { uploadId } = await store.append({
      uploadId: null,
      fileName: 'a.csv',
      offset: 0,
      base64: b64('abc'),
    });
    await expect(
      store.append({ uploadId, fileName: 'a.csv', offset: 0, base64: b64('x') }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const results = await Promise.allSettled([
      store.append({ uploadId, fileName: 'a.csv', offset: 3, base64: b64('def') }),
      store.append({ uploadId, fileName: 'a.csv', offset: 3, base64: b64('DEF') }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(fs.readFileSync(store.get(uploadId).file, 'utf8')).toMatch(/^abc(def|DEF)$/);
    await expect(
      store.append({
        uploadId: '3b241101-e2bb-4255-8caf-4136c566a962',
        fileName: 'a',
        offset: 0,
        base64: '',
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('puts chunks in flight at their own offsets, whichever is written first', async () => {
    const store = uploadStore(dir());
    const { uploadId } = await store.append({
      uploadId: null,
      fileName: 'a.csv',
      offset: 0,
      base64: b64('abc'),
    });
    const big = 'd'.repeat(1 << 20);
    await Promise.all([
      store.append({ uploadId, fileName: 'a.csv', offset: 3, base64: b64(big) }),
      store.append({ uploadId, fileName: 'a.csv', offset: 3 + big.length, base64: b64('xyz') }),
    ]);
    expect(fs.readFileSync(store.get(uploadId).file, 'utf8')).toBe(`abc${big}xyz`);
    store.close();
  });

  describe('limits', () => {
    afterEach(() => vi.useRealTimers());

    it('holds a few uploads at once within one byte budget, and sweeps expired ones on a timer', async () => {
      vi.useFakeTimers();
      let t = 0;
      const store = uploadStore(dir(), {
        open: 2,
        fileBytes: 6,
        totalBytes: 10,
        maxAgeMs: 1000,
        now: () => t,
      });
      const start = (text: string) =>
        store.append({ uploadId: null, fileName: 'x.csv', offset: 0, base64: b64(text) });
      const a = await start('aaaaa');
      await expect(
        store.append({ uploadId: a.uploadId, fileName: 'x.csv', offset: 5, base64: b64('aa') }),
      ).rejects.toMatchObject({
        code: 'invalid_argument',
        message: expect.stringMatching(/larger/),
      });
      await start('bbbbb');
      await expect(start('c')).rejects.toMatchObject({ code: 'conflict' });
      store.remove(a.uploadId);
      await expect(start('cccccc')).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringMatching(/take/),
      });
      const c = await start('ccccc');
      // A preview left behind for a minute makes way for the next file.
      t += 61_000;
      store.get(c.uploadId);
      const d = await start('dd');
      expect(() => store.get(d.uploadId)).not.toThrow();
      expect(() => store.get(c.uploadId)).not.toThrow();

      // Nobody touches them for longer than maxAgeMs: the timer removes them and their files.
      const file = store.get(c.uploadId).file;
      t += 5000;
      vi.advanceTimersByTime(1000);
      expect(() => store.get(c.uploadId)).toThrow(/expired/);
      expect(fs.existsSync(file)).toBe(false);
      expect(fs.readdirSync(dir())).toEqual([]);
      store.close();
    });
  });
});
