/**
 * A kiosk and the central store: joining (this kiosk's rows become its own, the store's rows are
 * read whole), then each sync pushes what waits in the outbox and pulls everyone's changes after
 * the cursor. Nothing here waits for the network while a desk works: the outbox is filled by
 * triggers in the desk's own transactions, and a sync that cannot reach the store loses nothing.
 */
import { adoptExistingRows, installCapture } from '../../db/central/capture';
import type { Pool } from 'pg';
import { withCentral } from '../../db/central/connect';
import { ownKey, splitKey } from '../../db/central/global-key';
import {
  kioskContacts,
  pullChanges,
  pushChanges,
  rowsOf,
  snapshot,
  touch,
  type Change,
  type LoggedChange,
} from '../../db/central/log';
import { travelling, travellingTable } from '../../db/central/travelling';
import { centralRepo, type OutboxEntry } from '../../db/repos/central';
import type { Db } from '../../db/open';
import { applyChange, type Incoming } from './apply';
import type { CentralStatus } from './calls';
import { decodeCredentials, targetOf } from './credentials';

export interface SyncHooks {
  now?: () => Date;
  /** Rows of these tables arrived from other kiosks: the screens showing them read again. */
  changed?: (tables: Set<string>) => void;
  /** Another kiosk's site file arrived: applied at once, before the rows that refer to it. */
  siteArrived?: () => void;
}

const batch = 500;
const siteDocument = 'settings:site.document';
const order = new Map(travelling.map((t, i) => [t.table, i]));

export function centralSync(db: Db, hooks: SyncHooks = {}) {
  const repo = centralRepo(db);
  const now = () => (hooks.now ?? (() => new Date()))().toISOString();
  const joined = () => {
    const state = repo.state();
    if (!state) throw new Error('This kiosk has not joined a central store (lobby central join).');
    return { state, target: targetOf(decodeCredentials(state.credentials)) };
  };

  const changeOf = (me: string, e: OutboxEntry): Change | null => {
    const gkey = e.gkey ?? repo.gkeyOf(e.tbl, e.localId) ?? ownKey(me, e.localId);
    const base = { seq: e.seq, hlc: e.hlc, tbl: e.tbl, gkey };
    if (e.op === 'delete') return { ...base, op: 'delete', cols: null, data: null };
    const row = repo.readRow(e.tbl, e.localId);
    // Gone since: its removal is further on in the outbox, and the data never leaves.
    if (!row) return null;
    const refs = travellingTable.get(e.tbl)?.refs ?? {};
    for (const [col, target] of Object.entries(refs)) {
      const id = row[col];
      if (typeof id === 'number') row[col] = repo.gkeyOf(target, id) ?? ownKey(me, id);
    }
    return {
      ...base,
      op: 'upsert',
      cols: e.cols ? (JSON.parse(e.cols) as string[]) : null,
      data: row,
    };
  };

  async function push(me: string, pool: Parameters<typeof pushChanges>[0]) {
    let pushed = 0;
    for (;;) {
      const entries = repo.outbox(batch);
      if (entries.length === 0) return pushed;
      const changes = entries.map((e) => changeOf(me, e)).filter((c): c is Change => c !== null);
      pushed += await pushChanges(pool, me, changes);
      repo.pushed(entries.at(-1)!.seq);
      repo.mark('push', now());
    }
  }

  const applyAll = (changes: Incoming[], me: string) => {
    const tables = new Set<string>();
    db.transaction(() => {
      repo.setApplying(true);
      for (const c of changes) {
        repo.witness(c.hlc);
        if (c.kiosk === me) continue;
        if (applyChange(repo, c, now(), me) !== 'applied') continue;
        tables.add(c.tbl);
        if (c.gkey === siteDocument) hooks.siteArrived?.();
      }
      retryParked(tables, me);
      repo.setApplying(false);
    })();
    return tables;
  };

  const retryParked = (tables: Set<string>, me: string) => {
    for (const { id, change } of repo.parked()) {
      repo.unpark(id);
      const c = JSON.parse(change) as Incoming;
      if (applyChange(repo, c, now(), me) === 'applied') tables.add(c.tbl);
    }
  };

  /**
   * A change to a row this kiosk does not have yet may be partial (the store keeps only what no
   * later change replaced): such a row is taken whole, with its clocks, from the store's rows.
   */
  async function wholeWhereNew(
    pool: Parameters<typeof rowsOf>[0],
    changes: LoggedChange[],
    me: string,
  ) {
    const unknown = changes.filter(
      (c) =>
        c.kiosk !== me &&
        c.op === 'upsert' &&
        travellingTable.get(c.tbl)?.pushOnly !== true &&
        !repo.localOf(c.tbl, c.gkey),
    );
    const whole = new Map((await rowsOf(pool, unknown)).map((r) => [`${r.tbl}\u0000${r.gkey}`, r]));
    return changes.flatMap((c): Incoming[] => {
      if (!unknown.includes(c)) return [c];
      const row = whole.get(`${c.tbl}\u0000${c.gkey}`);
      // Removed since: its removal follows in the log.
      if (!row) return [];
      return [{ ...c, data: row.data, cols: null, clocks: row.clocks }];
    });
  }

  async function pull(me: string, pool: Parameters<typeof pullChanges>[0]) {
    let pulled = 0;
    for (;;) {
      const cursor = repo.state()!.cursor;
      const pulledNow = await pullChanges(pool, cursor, batch);
      if (pulledNow.length === 0) break;
      const changes = await wholeWhereNew(pool, pulledNow, me);
      const tables = new Set<string>();
      db.transaction(() => {
        for (const t of applyAll(changes, me)) tables.add(t);
        for (const c of pulledNow) if (c.kiosk !== me) repo.heardFrom(c.kiosk, now());
        repo.setCursor(pulledNow.at(-1)!.id);
      })();
      // Each batch as it lands: a screen shows what arrived without waiting for the rest.
      if (tables.size > 0) hooks.changed?.(tables);
      // What this kiosk took in: other kiosks' changes to what it holds (not their own trails).
      pulled += pulledNow.filter(
        (c) => c.kiosk !== me && travellingTable.get(c.tbl)?.pushOnly !== true,
      ).length;
    }
    repo.mark('pull', now());
    return pulled;
  }

  return {
    joinedAs: () => repo.state()?.kiosk ?? null,
    /** Joins with the credentials add-kiosk printed; returns what was adopted and read. */
    async join(credentials: string): Promise<{ kiosk: string; adopted: number; pulled: number }> {
      if (repo.state()) throw new Error(`This kiosk has already joined as ${repo.state()!.kiosk}.`);
      const c = decodeCredentials(credentials);
      const target = targetOf(c);
      return withCentral(target, async (pool) => {
        const { rows } = await pool.query<{ me: string | null }>('SELECT lobby_me() AS me');
        if (rows[0]?.me !== c.kiosk) throw new Error(`The store does not admit ${c.kiosk}.`);
        const whole = await snapshot(pool);
        let adopted = 0;
        const arrived = new Set<string>();
        db.transaction(() => {
          repo.join(c.kiosk, credentials.trim(), now());
          installCapture(db);
          adopted = adoptExistingRows(db);
          const rows = [...whole.rows].sort(
            (a, b) => (order.get(a.tbl) ?? 99) - (order.get(b.tbl) ?? 99),
          );
          const incoming = rows.map((r): Incoming => {
            const kiosk = splitKey(r.gkey).origin;
            const hlc = Math.max(0, ...Object.values(r.clocks).map((k) => k[0]));
            return { ...r, kiosk, hlc, seq: 0, op: 'upsert', cols: null, clocks: r.clocks };
          });
          for (const t of applyAll(incoming, c.kiosk)) arrived.add(t);
          repo.setCursor(whole.upTo);
        })();
        if (arrived.size > 0) hooks.changed?.(arrived);
        await push(c.kiosk, pool);
        return { kiosk: c.kiosk, adopted, pulled: whole.rows.length };
      });
    },
    /** Pushes and pulls once; throws CentralUnreachable when the store cannot be reached. */
    /** The store's address and this kiosk's role, for a kiosk that keeps its own connection. */
    target: () => joined().target,
    async sync(kept?: Pool): Promise<{ pushed: number; pulled: number }> {
      const { state, target } = joined();
      const once = async (pool: Pool) => {
        const pushed = await push(state.kiosk, pool);
        const pulled = await pull(state.kiosk, pool);
        await touch(pool);
        for (const k of await kioskContacts(pool)) repo.contacted(k.name, k.lastContactAt);
        return { pushed, pulled };
      };
      try {
        return await (kept ? once(kept) : withCentral(target, once));
      } catch (e) {
        repo.mark('failure', now());
        throw e;
      }
    },
    /** The store could not be reached (or went away) just now: the lists say so. */
    failed: () => repo.mark('failure', now()),
    /** This kiosk, what waits, and each kiosk's last contact as last heard. */
    status(): CentralStatus {
      const state = repo.state();
      return {
        joined: state !== null,
        kiosk: state?.kiosk ?? null,
        waiting: repo.waiting(),
        parked: repo.parked().length,
        lastPushAt: state?.lastPushAt ?? null,
        lastPullAt: state?.lastPullAt ?? null,
        lastFailureAt: state?.lastFailureAt ?? null,
        kiosks: repo.kiosks().map((k) => ({ name: k.name, lastContactAt: k.lastContactAt })),
        conflicts: repo
          .conflicts()
          .map((c) => ({ id: c.id, at: c.at, kind: c.kind, about: c.kept })),
      };
    },
  };
}
export type CentralSync = ReturnType<typeof centralSync>;
