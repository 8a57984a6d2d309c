import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { auditRepo } from '../../db/repos/audit';
import { projectRoot } from '../../test/e2e/harness';
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
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    for (const sql of edit) raw.exec(sql);
    raw.close();
    return run(process.execPath, ['bin/lobby.js', '--db', file, 'audit', 'verify'], {
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
});
