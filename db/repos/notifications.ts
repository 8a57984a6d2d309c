/**
 * The outbox of notifications to hosts. A row is claimed before it is sent (status `sending`
 * with a lease until `next_attempt_at`), so two senders never send the same row, and a sender
 * that died mid-way gives it back when the lease runs out.
 */
import type { NotificationChannel, NotificationKind, NotificationStatus } from '../../vocabulary';
import type { Db } from '../open';

export interface NotificationRow {
  id: number;
  visitId: number;
  kind: NotificationKind;
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

export interface NewNotification {
  visitId: number;
  kind: NotificationKind;
  channel: NotificationChannel;
  recipient: string;
  payload: string;
}

const columns = `id, visit_id AS visitId, kind, channel, recipient, payload, status, attempts,
  next_attempt_at AS nextAttemptAt, last_error AS lastError, created_at AS createdAt, sent_at AS sentAt`;

export function notificationsRepo(db: Db) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (visit_id, kind, channel, recipient, payload, status, next_attempt_at, created_at)
     VALUES (@visitId, @kind, @channel, @recipient, @payload, 'queued', @at, @at)`,
  );
  const due = db.prepare<[string, number], NotificationRow>(
    `SELECT ${columns} FROM notifications
     WHERE status IN ('queued', 'sending') AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`,
  );
  const claim = db.prepare<[string, number, string]>(
    `UPDATE notifications SET status = 'sending', next_attempt_at = ?, attempts = attempts + 1
     WHERE id = ? AND status IN ('queued', 'sending') AND next_attempt_at <= ?`,
  );
  const sent = db.prepare<[string, number]>(
    "UPDATE notifications SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'sending'",
  );
  const retry = db.prepare<[string, string, number]>(
    "UPDATE notifications SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'sending'",
  );
  const failed = db.prepare<[string, number]>(
    "UPDATE notifications SET status = 'failed', last_error = ? WHERE id = ? AND status = 'sending'",
  );
  const requeue = db.prepare<[string, number]>(
    "UPDATE notifications SET status = 'queued', next_attempt_at = ?, attempts = 0 WHERE id = ? AND status = 'failed'",
  );
  const ofVisit = db.prepare<[number], NotificationRow>(
    `SELECT ${columns} FROM notifications WHERE visit_id = ? ORDER BY id`,
  );
  const byId = db.prepare<[number], NotificationRow>(
    `SELECT ${columns} FROM notifications WHERE id = ?`,
  );
  return {
    /** Queues one; the same visit, kind and channel a second time is ignored (false). */
    enqueue: (n: NewNotification, at: string) => insert.run({ ...n, at }).changes === 1,
    due: (now: string, limit = 20) => due.all(now, limit),
    /** Takes a row for sending until `leaseUntil`; false if another sender has it. */
    claim: (id: number, now: string, leaseUntil: string) =>
      claim.run(leaseUntil, id, now).changes === 1,
    sent: (id: number, at: string) => void sent.run(at, id),
    retry: (id: number, nextAt: string, error: string) => void retry.run(nextAt, error, id),
    failed: (id: number, error: string) => void failed.run(error, id),
    requeue: (id: number, at: string) => requeue.run(at, id).changes === 1,
    ofVisit: (visitId: number) => ofVisit.all(visitId),
    byId: (id: number) => byId.get(id) ?? null,
  };
}
export type NotificationsRepo = ReturnType<typeof notificationsRepo>;
