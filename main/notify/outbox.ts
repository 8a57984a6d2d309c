/**
 * Sends what the outbox holds: each due row is claimed, sent, and marked sent, or put back with a
 * growing wait (30 s, 1 min, 2 min … at most an hour) until it goes or a day of trying has
 * passed. A server that is down loses nothing; a row is never sent by two senders at once.
 */
import type { OutboxRow, OutboxTable } from '../../db/repos/notifications';
import type { NotificationChannel } from '../../vocabulary';
import { SendFailure, type Outgoing } from './senders';

export interface OutboxDeps<Row extends OutboxRow> {
  repo: Pick<OutboxTable<Row>, 'due' | 'claim' | 'sent' | 'retry' | 'failed' | 'byId'>;
  /** Sends one message on one channel; throws SendFailure (or anything) when it did not go. */
  send: (channel: NotificationChannel, message: Outgoing) => Promise<void>;
  now?: () => Date;
  log?: (message: string) => void;
  /** Told after each row changes, so screens showing its status can refresh. */
  changed?: (row: Row) => void;
}

const firstWaitMs = 30_000;
const longestWaitMs = 3_600_000;
const giveUpAfterMs = 24 * 3_600_000;
/** How long a claimed row is ours before another sender may take it (a send takes ≤ 45 s). */
const leaseMs = 120_000;

export const retryWaitMs = (attempts: number) =>
  Math.min(longestWaitMs, firstWaitMs * 2 ** Math.max(0, attempts - 1));

export function outbox<Row extends OutboxRow>(deps: OutboxDeps<Row>) {
  const now = deps.now ?? (() => new Date());
  let running: Promise<number> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function deliver(row: Row): Promise<boolean> {
    const at = now();
    if (!deps.repo.claim(row.id, at.toISOString(), new Date(at.getTime() + leaseMs).toISOString()))
      return false;
    try {
      await deps.send(row.channel, {
        ...(JSON.parse(row.payload) as Outgoing),
        id: `notification-${row.id}`,
      });
      deps.repo.sent(row.id, now().toISOString());
      return true;
    } catch (err) {
      const reason = err instanceof SendFailure ? err.message : 'send error';
      const permanent = err instanceof SendFailure && err.permanent;
      const tooOld = now().getTime() - Date.parse(row.createdAt) > giveUpAfterMs;
      if (permanent || tooOld) deps.repo.failed(row.id, reason);
      else
        deps.repo.retry(
          row.id,
          new Date(now().getTime() + retryWaitMs(row.attempts + 1)).toISOString(),
          reason,
        );
      deps.log?.(`notification ${row.id} (${row.channel}) not sent: ${reason}`);
      return false;
    } finally {
      const after = deps.repo.byId(row.id);
      if (after) deps.changed?.(after);
    }
  }

  /** One pass over what is due; resolves with how many went. Passes never overlap. */
  function deliverDue(): Promise<number> {
    if (running) return running;
    const pass = (async () => {
      let sent = 0;
      for (const row of deps.repo.due(now().toISOString())) if (await deliver(row)) sent += 1;
      return sent;
    })();
    running = pass;
    // Cleared after the assignment even when the pass had nothing to do and ended at once.
    void pass.then(
      () => (running = running === pass ? null : running),
      () => (running = running === pass ? null : running),
    );
    return pass;
  }

  return {
    deliverDue,
    /** Looks every `everyMs`, and at once when told something was queued. */
    start(everyMs = 5_000) {
      timer ??= setInterval(() => void deliverDue().catch(() => {}), everyMs);
      timer.unref();
    },
    kick: () => void deliverDue().catch(() => {}),
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running?.catch(() => {});
    },
  };
}
export type Outbox = ReturnType<typeof outbox<OutboxRow>>;
