/**
 * The outbox of notifications to hosts (and the shape of every outbox table). A row is claimed before it is sent (status `sending`
 * with a lease until `next_attempt_at`), so two senders never send the same row, and a sender
 * that died mid-way gives it back when the lease runs out.
 */
import type { NotificationChannel, NotificationKind, NotificationStatus } from '../../vocabulary';
import type { Db } from '../open';
import { travellingTable } from '../central/travelling';

/** A row of any outbox table, as the sender (main/notify/outbox.ts) needs it. */
export interface OutboxRow {
  id: number;
  channel: NotificationChannel;
  recipient: string;
  payload: string;
  status: NotificationStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface NotificationRow extends OutboxRow {
  visitId: number;
  kind: NotificationKind;
}

export interface NewNotification {
  visitId: number;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipient: string;
  payload: string;
}

/**
 * The statements every outbox table shares: due rows, claiming one under a lease, and its end
 * (sent, tried again later, failed, queued again by hand). `owner` is the column that ties a row
 * to what it is about (`visit_id`, `about_id`), read back as `ownerKey`.
 */
export function outboxTable<Row extends OutboxRow>(
  db: Db,
  table: 'notifications' | 'officer_notices',
  owner: { column: string; key: string },
) {
  const columns = `id, ${owner.column} AS ${owner.key}, kind, channel, recipient, payload, status, attempts,
    next_attempt_at AS nextAttemptAt, last_error AS lastError, created_at AS createdAt, sent_at AS sentAt`;
  // An outbox that travels to other kiosks (db/central/travelling.ts) is sent from once, by the
  // kiosk that queued the row: another kiosk's row is shown here, never sent from here.
  const own = travellingTable.has(table)
    ? `NOT EXISTS (SELECT 1 FROM central_rows r WHERE r.tbl = '${table}' AND r.local_id = ${table}.id
         AND r.gkey NOT LIKE (SELECT kiosk FROM central_state) || ':%')`
    : 'true';
  const due = db.prepare<[string, number], Row>(
    `SELECT ${columns} FROM ${table}
     WHERE status IN ('queued', 'sending') AND next_attempt_at <= ? AND ${own}
     ORDER BY next_attempt_at LIMIT ?`,
  );
  const claim = db.prepare<[string, number, string]>(
    `UPDATE ${table} SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
     WHERE id = ? AND status IN ('queued', 'sending') AND next_attempt_at <= ? AND ${own}`,
  );
  const sent = db.prepare<[string, number]>(
    `UPDATE ${table} SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'sending'`,
  );
  const retry = db.prepare<[string, string, number]>(
    `UPDATE ${table} SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'`,
  );
  const failed = db.prepare<[string, number]>(
    `UPDATE ${table} SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'`,
  );
  const requeue = db.prepare<[string, number]>(
    `UPDATE ${table} SET status = 'queued', next_attempt_at = ?, attempts = 0 WHERE id = ? AND status = 'failed'`,
  );
  const ofOwner = db.prepare<[number], Row>(
    `SELECT ${columns} FROM ${table} WHERE ${owner.column} = ? ORDER BY id`,
  );
  const byId = db.prepare<[number], Row>(`SELECT ${columns} FROM ${table} WHERE id = ?`);
  return {
    due: (now: string, limit = 20) => due.all(now, limit),
    /** Takes a row for sending until `leaseUntil`; false if another sender has it. */
    claim: (id: number, now: string, leaseUntil: string) =>
      claim.run(leaseUntil, id, now).changes === 1,
    sent: (id: number, at: string) => void sent.run(at, id),
    retry: (id: number, nextAt: string, error: string) => void retry.run(nextAt, error, id),
    failed: (id: number, error: string) => void failed.run(error, id),
    requeue: (id: number, at: string) => requeue.run(at, id).changes === 1,
    ofOwner: (ownerId: number) => ofOwner.all(ownerId),
    byId: (id: number) => byId.get(id) ?? null,
  };
}
export type OutboxTable<Row extends OutboxRow> = ReturnType<typeof outboxTable<Row>>;

export function notificationsRepo(db: Db) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (visit_id, kind, channel, recipient, payload, status, next_attempt_at, created_at)
     VALUES (@visitId, @kind, @channel, @recipient, @payload, 'queued', @at, @at)`,
  );
  const table = outboxTable<NotificationRow>(db, 'notifications', {
    column: 'visit_id',
    key: 'visitId',
  });
  return {
    ...table,
    /** Queues one; the same visit, kind and channel a second time is ignored (false). */
    enqueue: (n: NewNotification, at: string) => insert.run({ ...n, at }).changes === 1,
    ofVisit: table.ofOwner,
  };
}
export type NotificationsRepo = ReturnType<typeof notificationsRepo>;
