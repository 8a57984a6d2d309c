/**
 * The kiosk's side of the central store in SQLite: its state, the outbox the capture triggers
 * fill, the global key of every travelling row and the clock of each of its fields. Table and
 * column names here come only from db/central/travelling.ts and the tables' own columns, never
 * from a change that arrived.
 */
import { columnsOf } from '../central/capture';
import { travellingTable } from '../central/travelling';
import type { Db } from '../open';

export interface CentralState {
  kiosk: string;
  credentials: string;
  hlc: number;
  cursor: number;
  joinedAt: string;
  lastPushAt: string | null;
  lastPullAt: string | null;
  lastFailureAt: string | null;
}

export interface OutboxEntry {
  seq: number;
  tbl: string;
  localId: number;
  op: 'upsert' | 'delete';
  cols: string | null;
  gkey: string | null;
  hlc: number;
}

export type Clock = [number, string];

/** What a rule decided against this kiosk: a badge it gave out, a sign-in it recorded. */
export type ConflictKind = 'badgeGivenTwice' | 'signedInTwice';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function centralRepo(db: Db) {
  const columns = new Map<string, string[]>();
  const columnsOfTable = (table: string) => {
    if (!travellingTable.has(table)) throw new Error(`${table} does not travel`);
    let list = columns.get(table);
    if (!list) columns.set(table, (list = columnsOf(db, table)));
    return list;
  };
  const setApplying = (on: boolean) =>
    void db.prepare('UPDATE central_state SET applying = ?').run(on ? 1 : 0);
  return {
    state: (): CentralState | null =>
      db
        .prepare<[], CentralState>(
          `SELECT kiosk, credentials, hlc, cursor, joined_at AS joinedAt, last_push_at AS lastPushAt,
                  last_pull_at AS lastPullAt, last_failure_at AS lastFailureAt FROM central_state`,
        )
        .get() ?? null,
    join(kiosk: string, credentials: string, at: string): void {
      db.prepare(
        'INSERT INTO central_state (one, kiosk, credentials, joined_at) VALUES (1, ?, ?, ?)',
      ).run(kiosk, credentials, at);
    },
    /** The clock moves past every clock it has seen (a hybrid logical clock). */
    witness(hlc: number): void {
      db.prepare('UPDATE central_state SET hlc = max(hlc, ?)').run(hlc);
    },
    setApplying,
    setCursor: (cursor: number) =>
      db.prepare('UPDATE central_state SET cursor = max(cursor, ?)').run(cursor),
    mark(what: 'push' | 'pull' | 'failure', at: string): void {
      const column = { push: 'last_push_at', pull: 'last_pull_at', failure: 'last_failure_at' }[
        what
      ];
      db.prepare(`UPDATE central_state SET ${column} = ?`).run(at);
    },
    outbox: (limit: number): OutboxEntry[] =>
      db
        .prepare<[number], OutboxEntry>(
          `SELECT seq, tbl, local_id AS localId, op, cols, gkey, hlc FROM central_outbox
           ORDER BY seq LIMIT ?`,
        )
        .all(limit),
    waiting: (): number =>
      db.prepare<[], { n: number }>('SELECT count(*) AS n FROM central_outbox').get()!.n,
    pushed: (upTo: number) => db.prepare('DELETE FROM central_outbox WHERE seq <= ?').run(upTo),
    gkeyOf: (table: string, localId: number): string | null =>
      db
        .prepare<[string, number], { gkey: string }>(
          'SELECT min(gkey) AS gkey FROM central_rows WHERE tbl = ? AND local_id = ?',
        )
        .get(table, localId)?.gkey ?? null,
    localOf: (
      table: string,
      gkey: string,
    ): { localId: number; clocks: Record<string, Clock> } | null => {
      const row = db
        .prepare<[string, string], { localId: number; clocks: string }>(
          'SELECT local_id AS localId, clocks FROM central_rows WHERE tbl = ? AND gkey = ?',
        )
        .get(table, gkey);
      return row ? { localId: row.localId, clocks: JSON.parse(row.clocks) } : null;
    },
    setRow(table: string, gkey: string, localId: number, clocks: Record<string, Clock>): void {
      db.prepare(
        `INSERT INTO central_rows (tbl, gkey, local_id, clocks) VALUES (?, ?, ?, ?)
         ON CONFLICT (tbl, gkey) DO UPDATE SET local_id = excluded.local_id, clocks = excluded.clocks`,
      ).run(table, gkey, localId, JSON.stringify(clocks));
    },
    forgetRow: (table: string, localId: number) =>
      db.prepare('DELETE FROM central_rows WHERE tbl = ? AND local_id = ?').run(table, localId),
    columns: columnsOfTable,
    readRow(table: string, localId: number): Record<string, unknown> | null {
      return (
        db
          .prepare<[number], Record<string, unknown>>(
            `SELECT ${columnsOfTable(table).map(quote).join(', ')} FROM ${quote(table)} WHERE rowid = ?`,
          )
          .get(localId) ?? null
      );
    },
    /** The local row with this natural key, if there is one. */
    byNatural(table: string, column: string, value: unknown): number | null {
      if (!columnsOfTable(table).includes(column) || value === null) return null;
      return (
        db
          .prepare<[unknown], { id: number }>(
            `SELECT rowid AS id FROM ${quote(table)} WHERE ${quote(column)} = ?`,
          )
          .get(value)?.id ?? null
      );
    },
    insertRow(table: string, values: Record<string, unknown>): number {
      const cols = columnsOfTable(table).filter((c) => c in values);
      const result = db
        .prepare(
          `INSERT INTO ${quote(table)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
        )
        .run(...cols.map((c) => values[c]));
      return Number(result.lastInsertRowid);
    },
    updateRow(table: string, localId: number, values: Record<string, unknown>): void {
      const cols = columnsOfTable(table).filter((c) => c in values);
      if (cols.length === 0) return;
      db.prepare(
        `UPDATE ${quote(table)} SET ${cols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE rowid = ?`,
      ).run(...cols.map((c) => values[c]), localId);
    },
    deleteRow: (table: string, localId: number) =>
      db.prepare(`DELETE FROM ${quote(table)} WHERE rowid = ?`).run(localId),
    park(change: unknown, reason: string, at: string): void {
      db.prepare('INSERT INTO central_pending (change, reason, received_at) VALUES (?, ?, ?)').run(
        JSON.stringify(change),
        reason,
        at,
      );
    },
    parked: () =>
      db
        .prepare<[], { id: number; change: string }>(
          'SELECT id, change FROM central_pending ORDER BY id',
        )
        .all(),
    unpark: (id: number) => db.prepare('DELETE FROM central_pending WHERE id = ?').run(id),
    /** The open custody of a tag here, if any (at most one: tag_custody_one_open). */
    openCustody: (tagId: number): { id: number; startedAt: string } | null =>
      db
        .prepare<[number], { id: number; startedAt: string }>(
          'SELECT id, started_at AS startedAt FROM tag_custody WHERE tag_id = ? AND ended_at IS NULL',
        )
        .get(tagId) ?? null,
    conflict(kind: ConflictKind, table: string, kept: string, undone: string, at: string): void {
      db.prepare(
        'INSERT INTO central_conflicts (at, kind, tbl, kept, undone) VALUES (?, ?, ?, ?, ?)',
      ).run(at, kind, table, kept, undone);
    },
    conflicts: () =>
      db
        .prepare<
          [],
          {
            id: number;
            at: string;
            kind: ConflictKind;
            kept: string;
            undone: string;
            seenAt: string | null;
          }
        >(
          'SELECT id, at, kind, kept, undone, seen_at AS seenAt FROM central_conflicts ORDER BY id DESC',
        )
        .all(),
    /** Capture on or off around this kiosk's own decision while applying. */
    captured<T>(work: () => T): T {
      setApplying(false);
      try {
        return work();
      } finally {
        setApplying(true);
      }
    },
    heardFrom(kiosk: string, at: string): void {
      db.prepare(
        `INSERT INTO central_kiosks (name, last_change_at) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET last_change_at = max(coalesce(last_change_at, ''), excluded.last_change_at)`,
      ).run(kiosk, at);
    },
    contacted(kiosk: string, at: string | null): void {
      db.prepare(
        `INSERT INTO central_kiosks (name, last_contact_at) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET last_contact_at = excluded.last_contact_at`,
      ).run(kiosk, at);
    },
    kiosks: () =>
      db
        .prepare<[], { name: string; lastChangeAt: string | null; lastContactAt: string | null }>(
          'SELECT name, last_change_at AS lastChangeAt, last_contact_at AS lastContactAt FROM central_kiosks ORDER BY name',
        )
        .all(),
  };
}
export type CentralRepo = ReturnType<typeof centralRepo>;
