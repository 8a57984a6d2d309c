/**
 * The triggers that write a travelling table's changes to central_outbox in the same transaction
 * as the change, each with the next tick of this kiosk's hybrid logical clock, and keep each
 * field's clock in central_rows. They stay silent while the kiosk applies what came from
 * elsewhere (central_state.applying). Written from the tables' own columns, so a migration that
 * adds a column is followed by the next `installCapture`.
 */
import type { Db } from '../open';
import { travelling } from './travelling';

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
const quiet = 'WHEN (SELECT applying FROM central_state) = 0';

function triggers(table: string, columns: string[]): string[] {
  const t = literal(table);
  const name = (what: string) => quote(`central_${table}_${what}`);
  const changed = columns
    .map((c) => `SELECT ${literal(c)} AS c WHERE OLD.${quote(c)} IS NOT NEW.${quote(c)}`)
    .join(' UNION ALL ');
  const allClocks = `json_object(${columns.map((c) => `${literal(c)}, json(${clock})`).join(', ')})`;
  const own = `(SELECT kiosk FROM central_state) || ':' || NEW.id`;
  return [
    `CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${quote(table)} ${quiet} BEGIN
      ${tick}
      INSERT INTO central_rows (tbl, gkey, local_id, clocks) VALUES (${t}, ${own}, NEW.id, ${allClocks})
        ON CONFLICT (tbl, gkey) DO UPDATE SET local_id = excluded.local_id, clocks = excluded.clocks;
      INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
        VALUES (${t}, NEW.id, 'upsert', NULL, (SELECT hlc FROM central_state));
    END`,
    `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${quote(table)} ${quiet}
      AND (${columns.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ')}) BEGIN
      ${tick}
      UPDATE central_rows SET clocks = json_patch(clocks,
          (SELECT json_group_object(c, json(${clock})) FROM (${changed})))
        WHERE tbl = ${t} AND local_id = NEW.id;
      INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
        VALUES (${t}, NEW.id, 'upsert', (SELECT json_group_array(c) FROM (${changed})),
                (SELECT hlc FROM central_state));
    END`,
    `CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${quote(table)} ${quiet} BEGIN
      ${tick}
      INSERT INTO central_outbox (tbl, local_id, op, gkey, hlc)
        VALUES (${t}, OLD.id, 'delete',
          COALESCE((SELECT min(gkey) FROM central_rows WHERE tbl = ${t} AND local_id = OLD.id),
                   (SELECT kiosk FROM central_state) || ':' || OLD.id),
          (SELECT hlc FROM central_state));
      DELETE FROM central_rows WHERE tbl = ${t} AND local_id = OLD.id;
    END`,
  ];
}

/** (Re)creates every travelling table's triggers from its current columns. */
export function installCapture(db: Db): void {
  db.transaction(() => {
    for (const { table } of travelling) {
      for (const what of ['insert', 'update', 'delete']) {
        db.prepare(`DROP TRIGGER IF EXISTS ${quote(`central_${table}_${what}`)}`).run();
      }
      for (const sql of triggers(table, columnsOf(db, table))) db.prepare(sql).run();
    }
  })();
}

/** Rows that were here before the kiosk joined: each becomes this kiosk's own, to be pushed. */
export function adoptExistingRows(db: Db): number {
  let adopted = 0;
  db.transaction(() => {
    for (const { table } of travelling) {
      const columns = columnsOf(db, table);
      db.prepare(tick).run();
      const clocks = `json_object(${columns.map((c) => `${literal(c)}, json(${clock})`).join(', ')})`;
      adopted += db
        .prepare(
          `INSERT INTO central_rows (tbl, gkey, local_id, clocks)
           SELECT ${literal(table)}, (SELECT kiosk FROM central_state) || ':' || id, id, ${clocks}
           FROM ${quote(table)} WHERE true
           ON CONFLICT (tbl, gkey) DO NOTHING`,
        )
        .run().changes;
      db.prepare(
        `INSERT INTO central_outbox (tbl, local_id, op, cols, hlc)
         SELECT ${literal(table)}, id, 'upsert', NULL, (SELECT hlc FROM central_state)
         FROM ${quote(table)} ORDER BY id`,
      ).run();
    }
  })();
  return adopted;
}
