/**
 * The central change log as a kiosk uses it: push its numbered changes (each lands once: the
 * kiosk and number are the key), pull everyone's in the log's one order, or read the rows whole
 * when joining. Pushes take one advisory lock, so the log's ids are committed in order and a
 * cursor never skips a change that commits late.
 */
import type { Pool } from 'pg';
import { inTransaction } from './connect';

export interface Change {
  seq: number;
  hlc: number;
  tbl: string;
  gkey: string;
  op: 'upsert' | 'delete';
  cols: string[] | null;
  data: Record<string, unknown> | null;
}

export interface LoggedChange extends Change {
  id: number;
  kiosk: string;
}

const orderLock = 74_110_002;
export const wakeUpChannel = 'lobby_changes';

/** Pushes changes in one transaction; returns how many were new to the store. */
export async function pushChanges(pool: Pool, kiosk: string, changes: Change[]): Promise<number> {
  if (changes.length === 0) return 0;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [orderLock]);
    const { rowCount } = await client.query(
      `INSERT INTO lobby_changes (kiosk, seq, hlc, tbl, gkey, op, cols, data)
       SELECT $1, c.seq, c.hlc, c.tbl, c.gkey, c.op, c.cols, c.data
       FROM jsonb_to_recordset($2::jsonb)
         AS c (seq bigint, hlc bigint, tbl text, gkey text, op text, cols text[], data jsonb)
       ORDER BY c.seq
       ON CONFLICT (kiosk, seq) DO NOTHING`,
      [kiosk, JSON.stringify(changes)],
    );
    await client.query('SELECT lobby_touch($1)', [changes.at(-1)!.seq]);
    // A wake-up only, delivered at commit: the other kiosks pull by their cursor either way.
    await client.query(`SELECT pg_notify('${wakeUpChannel}', $1)`, [kiosk]);
    return rowCount ?? 0;
  });
}

export async function pullChanges(
  pool: Pool,
  after: number,
  limit: number,
): Promise<LoggedChange[]> {
  const { rows } = await pool.query<LoggedChange>(
    `SELECT id::float8 AS id, kiosk, seq::float8 AS seq, hlc::float8 AS hlc, tbl, gkey, op, cols, data
     FROM lobby_changes WHERE id > $1 ORDER BY id LIMIT $2`,
    [after, limit],
  );
  return rows;
}

/** The store's whole rows for these keys (a kiosk meeting a row it does not have yet). */
export async function rowsOf(
  pool: Pool,
  keys: { tbl: string; gkey: string }[],
): Promise<Snapshot['rows']> {
  if (keys.length === 0) return [];
  const { rows } = await pool.query<Snapshot['rows'][number]>(
    `SELECT r.tbl, r.gkey, r.data, r.clocks FROM lobby_rows r
     JOIN jsonb_to_recordset($1::jsonb) AS k (tbl text, gkey text) ON k.tbl = r.tbl AND k.gkey = r.gkey`,
    [JSON.stringify(keys)],
  );
  return rows;
}

export async function touch(pool: Pool): Promise<void> {
  await pool.query('SELECT lobby_touch(0)');
}

export interface Snapshot {
  upTo: number;
  rows: {
    tbl: string;
    gkey: string;
    data: Record<string, unknown>;
    clocks: Record<string, [number, string]>;
  }[];
}

/** Every row as the store holds it, and the last change that made them so. */
export function snapshot(pool: Pool): Promise<Snapshot> {
  return inTransaction(
    pool,
    async (client) => {
      const { rows: top } = await client.query<{ up_to: number }>(
        'SELECT COALESCE(max(id), 0)::float8 AS up_to FROM lobby_changes',
      );
      const { rows } = await client.query<Snapshot['rows'][number]>(
        'SELECT tbl, gkey, data, clocks FROM lobby_rows',
      );
      return { upTo: top[0]!.up_to, rows };
    },
    'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
  );
}

export interface KioskContact {
  name: string;
  lastContactAt: string | null;
  lastSeq: number;
  removed: boolean;
}

export async function kioskContacts(pool: Pool): Promise<KioskContact[]> {
  const { rows } = await pool.query<KioskContact>(
    `SELECT name, to_char(last_contact_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "lastContactAt",
            last_seq::float8 AS "lastSeq", removed_at IS NOT NULL AS removed
     FROM lobby_kiosks ORDER BY name`,
  );
  return rows;
}
