/**
 * A running kiosk (`npm start`, `lobby serve`) syncs by itself: soon after a local change, at once
 * when another kiosk's push wakes it (LISTEN/NOTIFY, a wake-up only: the cursor decides what is
 * read), and every few seconds regardless. With the store out of reach it keeps working on its
 * own file and tries again with a growing wait; nothing is lost, since the outbox is in SQLite.
 */
import pg from 'pg';
import { centralPool, connectionConfig } from '../../db/central/connect';
import { wakeUpChannel } from '../../db/central/log';
import type { CentralSync } from './sync';

export interface AutoSyncOptions {
  log?: (message: string) => void;
  /** How often to sync when nothing wakes it. */
  everyMs?: number;
  /** The store was reached again, or could not be: lists that say how fresh they are re-read. */
  reachability?: (reachable: boolean) => void;
}

const roundLimitMs = 30_000;

export function autoSync(sync: CentralSync, opts: AutoSyncOptions = {}) {
  const everyMs = opts.everyMs ?? 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let pool: pg.Pool | null = null;
  let listener: pg.Client | null = null;

  const connect = async () => {
    const target = sync.target();
    pool ??= centralPool(target);
    if (listener) return;
    const client = new pg.Client(connectionConfig(target));
    client.on('error', () => {
      // The store went away: the next round connects again.
      listener = null;
      void client.end().catch(() => undefined);
    });
    client.on('notification', () => kick());
    // The store went down under us: find out at once rather than at the next round.
    client.on('end', () => {
      if (listener === client) listener = null;
      if (!stopped) kick();
    });
    await client.connect();
    await client.query(`LISTEN ${wakeUpChannel}`);
    listener = client;
  };

  /** A round that hangs (a connection neither answering nor failing) is given up. */
  const withinLimit = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(
          () => reject(new Error('The central store did not answer in time.')),
          roundLimitMs,
        ).unref(),
      ),
    ]);

  /** Starts again with fresh connections; the old ones are left to end, never awaited. */
  const dropConnections = () => {
    void listener?.end().catch(() => undefined);
    void pool?.end().catch(() => undefined);
    listener = null;
    pool = null;
  };

  const round = async () => {
    try {
      await withinLimit(
        (async () => {
          await connect();
          await sync.sync(pool!);
        })(),
      );
      if (failures > 0) {
        opts.log?.('the central store is reachable again');
        opts.reachability?.(true);
      }
      failures = 0;
    } catch (e) {
      sync.failed();
      if (failures === 0) {
        opts.log?.((e as Error).message);
        opts.reachability?.(false);
      }
      failures += 1;
      dropConnections();
    }
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => kick(), ms);
  };

  function kick(): void {
    if (stopped || sync.joinedAs() === null) return schedule(everyMs);
    if (running) {
      again = true;
      return;
    }
    running = round().finally(() => {
      running = null;
      if (again) {
        again = false;
        return kick();
      }
      // Out of reach: 1 s, doubling, at most a minute.
      schedule(failures === 0 ? everyMs : Math.min(60_000, 1_000 * 2 ** (failures - 1)));
    });
  }

  return {
    start: () => kick(),
    /** Something changed here: push it soon. */
    kick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      const ended = Promise.all([listener?.end(), pool?.end()]).catch(() => undefined);
      await Promise.race([ended, new Promise((r) => setTimeout(r, 2_000))]);
    },
  };
}
