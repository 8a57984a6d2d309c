/**
 * The triggers that write a travelling table's changes to central_outbox in the same transaction
 * as the change, each with the next tick of this kiosk's hybrid logical clock, and keep each
 * field's clock in central_rows. They stay silent while the kiosk applies what came from
 * elsewhere (central_state.applying). Written from the tables' own columns, so a migration that
 * adds a column is followed by the next `installCapture`.
 */
import type { Db } from '../open';
import { travelling, type TravellingTable } from './travelling';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function columnsOf(db: Db, table: string): string[] {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
    .all(table)
    .map((c) => c.name)
    .filter((c) => c !== 'id');
}

const tick = `UPDATE central_state SET hlc = max(hlc + 1,
  CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));`;
const clock = `json_array((SELECT hlc FROM central_state), (SELECT kiosk FROM central_state))`;
const quietWhileApplying = 'WHEN (SELECT applying FROM central_state) = 0';

/** A row's global key in SQL, from NEW or OLD: `<table>:<key>` or `<kiosk>:<rowid>`. */
const globalKey = (spec: TravellingTable, row: 'NEW' | 'OLD') =>
  spec.keyColumn
    ? `${literal(`${spec.table}:`)} || ${row}.${quote(spec.keyColumn)}`
    : `(SELECT kiosk FROM central_state) || ':' || ${row}.rowid`;

/** Only the rows that travel: all of them, or those whose key is on the list. */
const travels = (spec: TravellingTable, row: 'NEW' | 'OLD') =>
  spec.only && spec.keyColumn
    ? ` AND ${row}.${quote(spec.keyColumn)} IN (${spec.only.map(literal).join(', ')})`
    : '';

function triggers(spec: TravellingTable, columns: string[]): string[] {
  const { table } = spec;
  // A kiosk's own trail is never applied from elsewhere: every entry is its own, even one
  // written while it applies what came in (a site file adopted), and all of them travel.
  const quiet = spec.pushOnly ? 'WHEN true' : quietWhileApplying;
  const t = literal(table);
  const name = (what: string) => quote(`central_${table}_${what}`);
  const changed = columns
    .map((c) => `SELECT ${literal(c)} AS c WHERE OLD.${quote(c)} IS NOT NEW.${quote(c)}`)
    .join(' UNION ALL ');
  const allClocks = `json_object(${columns.map((c) => `${literal(c)}, json(${clock})`).join(', ')})`;
  const own = globalKey(spec, 'NEW');
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${quote(table)} ${quiet}${travels(spec, 'NEW')} BEGIN
      ${tick}
      INSERT INTO central_rows (tbl, gkey, local_id, clocks) VALUES (${t}, ${own}, NEW.rowid, ${allClocks})
        ON CONFLICT (tbl, gkey) DO UPDATE SET local_id = excluded.local_id, clocks = excluded.clocks;
      INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
        VALUES (${t}, NEW.rowid, 'upsert', NULL, (SELECT hlc FROM central_state));
    END`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${quote(table)} ${quiet}${travels(spec, 'NEW')}
      AND (${columns.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ')}) BEGIN
      ${tick}
      INSERT OR IGNORE INTO central_rows (tbl, gkey, local_id) VALUES (${t}, ${own}, NEW.rowid);
      UPDATE central_rows SET clocks = json_patch(clocks,
          (SELECT json_group_object(c, json(${clock})) FROM (${changed})))
        WHERE tbl = ${t} AND local_id = NEW.rowid;
      INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
        VALUES (${t}, NEW.rowid, 'upsert', (SELECT json_group_array(c) FROM (${changed})),
                (SELECT hlc FROM central_state));
    END`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${quote(table)} ${quiet}${travels(spec, 'OLD')} BEGIN
      ${tick}
      INSERT INTO central_outbox (tbl, local_id, op, gkey, hlc)
        VALUES (${t}, OLD.rowid, 'delete',
          COALESCE((SELECT min(gkey) FROM central_rows WHERE tbl = ${t} AND local_id = OLD.rowid),
                   ${globalKey(spec, 'OLD')}),
          (SELECT hlc FROM central_state));
      DELETE FROM central_rows WHERE tbl = ${t} AND local_id = OLD.rowid;
    END`,
  ];
}

/** (Re)creates every travelling table's triggers from its current columns. */
export function installCapture(db: Db): void {
  db.transaction(() => {
    for (const spec of travelling) {
      for (const what of ['insert', 'update', 'delete']) {
        db.prepare(`DROP TRIGGER IF EXISTS ${quote(`central_${spec.table}_${what}`)}`).run();
      }
      for (const sql of triggers(spec, columnsOf(db, spec.table))) db.prepare(sql).run();
    }
  })();
}

/** Rows that were here before the kiosk joined: each becomes this kiosk's own, to be pushed. */
export function adoptExistingRows(db: Db): number {
  let adopted = 0;
  db.transaction(() => {
    for (const spec of travelling) {
      const table = quote(spec.table);
      const columns = columnsOf(db, spec.table);
      db.prepare(tick).run();
      const clocks = `json_object(${columns.map((c) => `${literal(c)}, json(${clock})`).join(', ')})`;
      const rows = `FROM ${table} AS NEW WHERE true${travels(spec, 'NEW')}`;
      adopted += db
        .prepare(
          `INSERT INTO central_rows (tbl, gkey, local_id, clocks)
           SELECT ${literal(spec.table)}, ${globalKey(spec, 'NEW')}, NEW.rowid, ${clocks} ${rows}
           ON CONFLICT (tbl, gkey) DO NOTHING`,
        )
        .run().changes;
      db.prepare(
        `INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
         SELECT ${literal(spec.table)}, NEW.rowid, 'upsert', NULL, (SELECT hlc FROM central_state)
         ${rows} ORDER BY NEW.rowid`,
      ).run();
    }
  })();
  return adopted;
}
