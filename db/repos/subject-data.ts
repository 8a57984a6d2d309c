/**
 * Everything the database holds about one person or one visitor, for a data-subject request,
 * and the erasure of a visitor's details. Rows come back as stored: the request wants all of it.
 * Which tables and columns is read from the declaration (`db/personal-data.ts`); the badges and
 * door events are joined for what a reader needs (the tag's number, the door's name).
 */
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';
import { blankAssignments, holdsPersonalData, subjectQueries } from '../personal-data';

type Row = Record<string, unknown>;

/** One row of the visitor log: enough to find a person and act on their visit. */
export interface VisitorLogRow {
  id: number;
  visitDate: string;
  visitorName: string;
  visitorCompany: string | null;
  hostName: string | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

export function subjectDataRepo(db: Db) {
  const q = {
    person: db.prepare<[string], Row>('SELECT * FROM people WHERE employee_id = ?'),
    badges: db.prepare<[number], Row>(
      `SELECT t.uid, t.label, t.status, c.started_at, c.ended_at, c.end_reason
       FROM tag_custody c JOIN tags t ON t.id = c.tag_id WHERE c.person_id = ? ORDER BY c.started_at`,
    ),
    doorEvents: db.prepare<[string], Row>(
      `SELECT e.occurred_at, p.door_name, x.text FROM building_events e
       JOIN building_holders h ON h.id = e.holder_id JOIN building_access_points p ON p.id = e.point_id
       JOIN building_event_texts x ON x.id = e.text_id WHERE h.employee_id = ? ORDER BY e.occurred_at`,
    ),
    visit: db.prepare<[number], Row>('SELECT * FROM visits WHERE id = ?'),
    // The visitor log: visits whose visitor still has a name, between two dates, newest first.
    log: db.prepare<[string, string], VisitorLogRow>(
      `SELECT v.id, v.visit_date AS visitDate, v.visitor_name AS visitorName,
         v.visitor_company AS visitorCompany,
         trim(${personNameSql('h')}) AS hostName,
         v.checked_in_at AS checkedInAt, v.checked_out_at AS checkedOutAt
       FROM visits v LEFT JOIN people h ON h.id = v.host_person_id
       WHERE v.visitor_name <> '' AND v.visit_date BETWEEN ? AND ?
       ORDER BY v.visit_date DESC, v.id DESC`,
    ),
    // A visitor erased while still signed in is signed out with it: a nameless person must not
    // stay on the desk, the evacuation list or the day's close.
    eraseVisitor: db.prepare<[string, number]>(
      `UPDATE visits SET ${blankAssignments('visits')},
         checked_out_at = CASE WHEN checked_in_at IS NOT NULL AND checked_out_at IS NULL THEN ? ELSE checked_out_at END
       WHERE id = ? AND (${holdsPersonalData('visits')})`,
    ),
    stillIn: db
      .prepare<[number], number>(
        'SELECT checked_in_at IS NOT NULL AND checked_out_at IS NULL FROM visits WHERE id = ?',
      )
      .pluck(),
    dropNotifications: db.prepare<[number]>('DELETE FROM notifications WHERE visit_id = ?'),
  };
  // Every linked table of the declaration, by the person's id, employee number or the visit.
  const linked = (by: 'person' | 'employee' | 'visit') =>
    subjectQueries(by).map(
      ([table, sql]) => [table, db.prepare<[number | string], Row>(sql)] as const,
    );
  const byPerson = linked('person');
  const byEmployee = linked('employee');
  const byVisit = linked('visit');
  const rowsOf = (queries: typeof byPerson, key: number | string): Record<string, Row[]> =>
    Object.fromEntries(queries.map(([t, q]) => [t, q.all(key)]));
  return {
    /** Visits between two dates (YYYY-MM-DD) whose visitor still has a name, newest first. */
    visitorLog: (from: string, to: string): VisitorLogRow[] => q.log.all(from, to),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    /** A person's record and everything linked to them, or null when nobody has the number. */
    person(employeeId: string) {
      const person = q.person.get(employeeId);
      if (!person) return null;
      const id = person.id as number;
      return {
        person,
        badges: q.badges.all(id),
        doorEvents: q.doorEvents.all(employeeId),
        records: { ...rowsOf(byPerson, id), ...rowsOf(byEmployee, employeeId) },
      };
    },
    /** A visit and the notices sent about it, or null when there is no such visit. */
    visit(visitId: number) {
      const visit = q.visit.get(visitId);
      return visit ? { visit, records: rowsOf(byVisit, visitId) } : null;
    },
    /**
     * Blanks a visitor's details and drops the notices, signing the visit out at `at` if the
     * visitor was still in; `erased` false when there was nothing left.
     */
    eraseVisitor(
      visitId: number,
      at: string,
    ): { erased: boolean; notices: number; signedOut: boolean } {
      const signedOut = q.stillIn.get(visitId) === 1;
      const erased = q.eraseVisitor.run(at, visitId).changes > 0;
      return {
        erased,
        notices: erased ? q.dropNotifications.run(visitId).changes : 0,
        signedOut: erased && signedOut,
      };
    },
  };
}
export type SubjectDataRepo = ReturnType<typeof subjectDataRepo>;
