import type { Db } from '../open';

/**
 * Tries to unlock the console, per lane: an operator named by their badge, or the anonymous PIN
 * pad (null). How many failed in a lane since its last success, and when the last was.
 */
export function unlockAttemptsRepo(db: Db) {
  const insert = db.prepare<[string, number, number | null]>(
    'INSERT INTO unlock_attempts (at, succeeded, operator_id) VALUES (?, ?, ?)',
  );
  const failuresSinceSuccess = db.prepare<
    { operator: number | null },
    { count: number; last: string | null }
  >(
    `SELECT count(*) AS count, max(at) AS last FROM unlock_attempts
     WHERE succeeded = 0 AND operator_id IS @operator
       AND id > coalesce(
         (SELECT max(id) FROM unlock_attempts WHERE succeeded = 1 AND operator_id IS @operator), 0)`,
  );
  // Once the lane got in, the failures before are history the back-off no longer needs.
  const forgetBefore = db.prepare<{ operator: number | null; id: number | bigint }>(
    'DELETE FROM unlock_attempts WHERE operator_id IS @operator AND id < @id',
  );
  const failuresAfter = db
    .prepare<[string], number>(
      'SELECT count(*) FROM unlock_attempts WHERE succeeded = 0 AND at >= ?',
    )
    .pluck();
  return {
    /** Wrong PINs in every lane since that moment (a burst is someone trying). */
    failuresAfter: (at: Date) => failuresAfter.get(at.toISOString())!,
    record(at: Date, succeeded: boolean, operator: number | null): void {
      const { lastInsertRowid } = insert.run(at.toISOString(), succeeded ? 1 : 0, operator);
      if (succeeded) forgetBefore.run({ operator, id: lastInsertRowid });
    },
    failuresSinceSuccess(operator: number | null): { count: number; last: Date | null } {
      const row = failuresSinceSuccess.get({ operator })!;
      return { count: row.count, last: row.last === null ? null : new Date(row.last) };
    },
  };
}
export type UnlockAttemptsRepo = ReturnType<typeof unlockAttemptsRepo>;
