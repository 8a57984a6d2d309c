import type { Db } from '../open';

/** Tries to unlock the console: how many failed since the last success, and when the last was. */
export function unlockAttemptsRepo(db: Db) {
  const insert = db.prepare<[string, number]>(
    'INSERT INTO unlock_attempts (at, succeeded) VALUES (?, ?)',
  );
  const failuresSinceSuccess = db.prepare<[], { count: number; last: string | null }>(
    `SELECT count(*) AS count, max(at) AS last FROM unlock_attempts
     WHERE succeeded = 0
       AND id > coalesce((SELECT max(id) FROM unlock_attempts WHERE succeeded = 1), 0)`,
  );
  // Once someone got in, the failures before are history the back-off no longer needs.
  const forgetBefore = db.prepare<[]>(
    'DELETE FROM unlock_attempts WHERE id < (SELECT max(id) FROM unlock_attempts WHERE succeeded = 1)',
  );
  return {
    record(at: Date, succeeded: boolean): void {
      insert.run(at.toISOString(), succeeded ? 1 : 0);
      if (succeeded) forgetBefore.run();
    },
    failuresSinceSuccess(): { count: number; last: Date | null } {
      const row = failuresSinceSuccess.get()!;
      return { count: row.count, last: row.last === null ? null : new Date(row.last) };
    },
  };
}
export type UnlockAttemptsRepo = ReturnType<typeof unlockAttemptsRepo>;
