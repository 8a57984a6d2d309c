import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test/support/temp';
import { openDatabase } from './open';

const mode = (f: string) => fs.statSync(f).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the database at rest', () => {
  const dir = useTempDir();

  it('is readable by the kiosk user only: folder 0700, file, WAL and SHM 0600', () => {
    const file = path.join(dir(), 'Lobby', 'lobby.sqlite');
    const db = openDatabase(file);
    db.prepare("INSERT INTO settings (key, value) VALUES ('x', '1')").run();
    expect(mode(path.dirname(file))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    db.close();
  });

  it('narrows a database file someone made world-readable', () => {
    const file = path.join(dir(), 'open.sqlite');
    openDatabase(file).close();
    fs.chmodSync(file, 0o644);
    openDatabase(file).close();
    expect(mode(file)).toBe(0o600);
  });
});
