import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { auditRepo } from '../../db/repos/audit';
import { createServices } from '../app/services';
import { projectRoot } from '../../test/e2e/harness';
import { rewriteChainWithout } from '../../test/support/audit-attack';
import { useTempDir } from '../../test/support/temp';

const run = promisify(execFile);

describe('lobby audit verify', () => {
  const dir = useTempDir();

  /** A database with five entries, then edited by hand as someone with the file could. */
  async function tampered(edit: string[]) {
    const file = path.join(dir(), `audit-${edit.length}-${Math.random()}.sqlite`);
    const db = openDatabase(file);
    const audit = auditRepo(db);
    for (const action of ['person.view', 'visit.signIn', 'visit.close', 'tags.enrol', 'x.y'])
      audit.record({ actor: 'staff', action, subject: '7' });
    db.close();
    // By hand, with sqlite, not through Lobby: triggers first, then the change.
    const raw = new Database(file);
    if (edit.length)
      raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    for (const sql of edit) raw.exec(sql);
    raw.close();
    return verify(file);
  }

  function verify(file: string, ...args: string[]) {
    return run(process.execPath, ['bin/lobby.js', '--db', file, 'audit', 'verify', ...args], {
      cwd: projectRoot,
    }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        out: e.stdout,
        err: e.stderr,
      }),
    );
  }

  it('passes an untouched trail', async () => {
    const r = await tampered([]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ ok: true, entries: 5 });
  });

  it.each([
    ['an edited entry', ["UPDATE audit_log SET actor = 'someone else' WHERE id = 3"], 3],
    ['a removed entry', ['DELETE FROM audit_log WHERE id = 2'], 2],
    ['the newest entry removed', ['DELETE FROM audit_log WHERE id = 5'], 5],
  ])('finds %s and names it', async (_what, edit, bad) => {
    const r = await tampered(edit);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, firstBadId: bad });
    expect(r.err).toContain(`entry ${bad}`);
  });

  it('finds the triggers that keep the trail append-only dropped, with nothing else changed', async () => {
    const r = await tampered(['SELECT 1']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/trigger/),
    });
  });

  it('finds a chain rewritten from a removed entry on, by the head a backup recorded', async () => {
    const file = path.join(dir(), 'anchored.sqlite');
    const folder = path.join(dir(), 'backups');
    const db = openDatabase(file);
    const s = createServices(db);
    for (const action of ['person.view', 'visit.signIn', 'visit.close'])
      s.audit.record({ actor: 'staff', action, subject: '7' });
    s.backups.init('correct horse battery staple', 'privacy officer');
    s.backups.setSchedule({ folder, keep: 5, everyHours: 24 }, 'privacy officer');
    await s.backups.run('schedule');
    for (const action of ['tags.enrol', 'x.y']) s.audit.record({ actor: 'staff', action });
    db.close();
    rewriteChainWithout(file, 2);

    const anchored = await verify(file);
    expect(anchored.code).toBe(3);
    expect(JSON.parse(anchored.out)).toMatchObject({ ok: false, firstBadId: expect.any(Number) });
    expect(anchored.err).toMatch(/rewritten/);
  });
});
