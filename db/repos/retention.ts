/**
 * The deletions of the retention schedule, one statement per kind of data, each returning how
 * many it touched. Visitors and leavers are anonymised in place (the visit stays as a count, the
 * custody history keeps its shape); door events, old cardholder lists and worked-off findings go.
 */
import type { Db } from '../open';
import { blankAssignments, holdsPersonalData } from '../personal-data';
import { newestCardholderImports } from './newest-cardholders';

export interface Cutoffs {
  /** Visits before this date (YYYY-MM-DD) lose the visitor's details. */
  visitsBefore: string;
  /** Door events before this moment (ms) go, with cardholder lists imported before it. */
  eventsBeforeMs: number;
  eventsBeforeIso: string;
  /** People whose end date is before this date are anonymised. */
  leftBefore: string;
  /** Incidents closed or dismissed before this moment go, with their notices. */
  incidentsBefore: string;
}

export function retentionRepo(db: Db) {
  const count = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args).changes;
  return {
    visitors: (c: Cutoffs) => ({
      // A visit still open when its details are due to go is long over: it leaves the evacuation
      // list (closed at the end of its day) rather than stay there without a name.
      staleOpenVisits: count(
        `UPDATE visits SET closed_at = visit_date || 'T23:59:59.000Z'
          WHERE visit_date < ? AND checked_in_at IS NOT NULL AND checked_out_at IS NULL
            AND closed_at IS NULL`,
        c.visitsBefore,
      ),
      visitors: count(
        `UPDATE visits SET ${blankAssignments('visits')}
         WHERE visit_date < ? AND (${holdsPersonalData('visits')})`,
        c.visitsBefore,
      ),
      visitorNotices: count(
        'DELETE FROM notifications WHERE visit_id IN (SELECT id FROM visits WHERE visit_date < ?)',
        c.visitsBefore,
      ),
      rollCallNames: count(
        `UPDATE roll_call_entries SET ${blankAssignments('roll_call_entries')}
         WHERE (${holdsPersonalData('roll_call_entries')})
           AND roll_call_id IN (SELECT id FROM roll_calls WHERE started_at < ?)`,
        `${c.visitsBefore}T00:00:00.000Z`,
      ),
      staffPresence: count('DELETE FROM presence_taps WHERE day < ?', c.visitsBefore),
    }),
    building: (c: Cutoffs) => ({
      doorEvents: count('DELETE FROM building_events WHERE occurred_at < ?', c.eventsBeforeMs),
      // The newest cardholder list stays: it is the building's present state.
      cardholderRows: count(
        `DELETE FROM building_cardholders WHERE import_id IN (
           SELECT id FROM building_imports WHERE kind = 'cardholders' AND imported_at < ?
             AND id NOT IN (${newestCardholderImports}))`,
        c.eventsBeforeIso,
      ),
      eventHolders: count(
        `DELETE FROM building_holders WHERE id NOT IN (
           SELECT DISTINCT holder_id FROM building_events WHERE holder_id IS NOT NULL)`,
      ),
      findings: count(
        `DELETE FROM findings WHERE status IN ('resolved', 'accepted') AND status_at < ?`,
        c.eventsBeforeIso,
      ),
    }),
    incidents: (c: Cutoffs) => ({
      incidents: (() => {
        const done = `SELECT id FROM incidents WHERE status IN ('closed', 'dismissed')
          AND coalesce(closed_at, decided_at) < ?`;
        count(
          `DELETE FROM officer_notices WHERE about = 'incident' AND about_id IN (${done})`,
          c.incidentsBefore,
        );
        return count(`DELETE FROM incidents WHERE id IN (${done})`, c.incidentsBefore);
      })(),
    }),
    leavers(c: Cutoffs) {
      const ids = db
        .prepare<[string], string | null>(
          `SELECT employee_id FROM people WHERE end_date IS NOT NULL AND end_date < ? AND last_name <> ''`,
        )
        .pluck()
        .all(c.leftBefore)
        .filter((id): id is string => id !== null);
      const list = JSON.stringify(ids);
      return {
        leaverCardholderRows: count(
          `UPDATE building_cardholders SET ${blankAssignments('building_cardholders')}
           WHERE employee_id IN (SELECT value FROM json_each(?))`,
          list,
        ),
        leaverEventHolders: (() => {
          // Their events stay (they are the evidence of door use); who it was does not.
          count(
            `UPDATE building_events SET holder_id = NULL WHERE holder_id IN (
               SELECT id FROM building_holders WHERE employee_id IN (SELECT value FROM json_each(?)))`,
            list,
          );
          return count(
            'DELETE FROM building_holders WHERE employee_id IN (SELECT value FROM json_each(?))',
            list,
          );
        })(),
        // Findings about them: their names are in the evidence and the reasons.
        leaverFindings: count(
          `DELETE FROM findings WHERE json_extract(detail, '$.employeeId') IN (SELECT value FROM json_each(?))`,
          list,
        ),
        leavers: count(
          `UPDATE people SET ${blankAssignments('people')}
           WHERE end_date IS NOT NULL AND end_date < ? AND last_name <> ''`,
          c.leftBefore,
        ),
      };
    },
    logDeletion(
      at: string,
      category: string,
      n: number,
      cutoff: string,
      reason: 'retention' | 'request',
    ) {
      if (n > 0)
        db.prepare(
          'INSERT INTO deletion_log (at, category, count, cutoff, reason) VALUES (?, ?, ?, ?, ?)',
        ).run(at, category, n, cutoff, reason);
    },
    deletions: () =>
      db
        .prepare<
          [],
          { at: string; category: string; count: number; cutoff: string; reason: string }
        >('SELECT at, category, count, cutoff, reason FROM deletion_log ORDER BY id DESC LIMIT 500')
        .all(),
    /** Freed pages are zeroed and the write-ahead log emptied, so removed data is not left in the file. */
    scrub() {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
export type RetentionRepo = ReturnType<typeof retentionRepo>;
