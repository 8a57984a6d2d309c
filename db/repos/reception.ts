/**
 * The visits as the desk works them: a day's list, a visit's steps (signed in, picked up, badge
 * out and back, signed out, closed), the hosts to choose from, and who is in the building now.
 */
import type { VisitPurpose } from '../../vocabulary';
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';

export interface DeskVisitRow {
  id: number;
  reference: string | null;
  visitorName: string;
  visitorCompany: string | null;
  visitorPhone: string | null;
  hostPersonId: number | null;
  hostName: string | null;
  hostFirstName: string | null;
  hostEmail: string | null;
  hostEndDate: string | null;
  visitDate: string;
  expectedTime: string | null;
  purpose: VisitPurpose | null;
  visitorLocale: string | null;
  checkedInAt: string | null;
  pickedUpAt: string | null;
  checkedOutAt: string | null;
  badgeTagId: number | null;
  badgeUid: string | null;
  badgeLabel: string | null;
  badgeIssuedAt: string | null;
  badgeReturnedAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
  source: 'self' | 'reception' | 'import';
}

export interface NewVisit {
  visitorName: string;
  visitorCompany: string | null;
  visitorPhone: string | null;
  hostPersonId: number | null;
  visitDate: string;
  expectedTime: string | null;
  purpose: VisitPurpose | null;
  source: 'self' | 'reception';
}

export interface HostRow {
  id: number;
  firstName: string;
  name: string;
  department: string | null;
  email: string | null;
  startDate: string | null;
  endDate: string | null;
}

const personName = personNameSql;

const select = `SELECT v.id, v.reference, v.visitor_name AS visitorName, v.visitor_company AS visitorCompany, v.visitor_phone AS visitorPhone,
  v.host_person_id AS hostPersonId, ${personName('h')} AS hostName, h.first_name AS hostFirstName,
  h.email AS hostEmail, h.end_date AS hostEndDate, v.visit_date AS visitDate,
  v.expected_time AS expectedTime, v.purpose, v.visitor_locale AS visitorLocale,
  v.checked_in_at AS checkedInAt, v.picked_up_at AS pickedUpAt, v.checked_out_at AS checkedOutAt,
  v.badge_tag_id AS badgeTagId, t.uid AS badgeUid, t.label AS badgeLabel,
  v.badge_issued_at AS badgeIssuedAt, v.badge_returned_at AS badgeReturnedAt,
  v.closed_at AS closedAt, v.close_reason AS closeReason, v.source
  FROM visits v LEFT JOIN people h ON h.id = v.host_person_id LEFT JOIN tags t ON t.id = v.badge_tag_id`;

export function receptionRepo(db: Db) {
  const byId = db.prepare<[number], DeskVisitRow>(`${select} WHERE v.id = ?`);
  const onDate = db.prepare<[string], DeskVisitRow>(
    `${select} WHERE v.visit_date = ? ORDER BY coalesce(v.checked_in_at, v.visit_date || 'T' || coalesce(v.expected_time, '99:99')), v.id`,
  );
  // In the building: signed in and not out, whatever the day (a visit left open stays listed).
  const present = db.prepare<[], DeskVisitRow>(
    `${select} WHERE v.checked_in_at IS NOT NULL AND v.checked_out_at IS NULL AND v.closed_at IS NULL
     ORDER BY v.checked_in_at`,
  );
  const badgeOut = db.prepare<[number], DeskVisitRow>(
    `${select} WHERE v.badge_tag_id = ? AND v.badge_issued_at IS NOT NULL AND v.badge_returned_at IS NULL
     ORDER BY v.badge_issued_at DESC LIMIT 1`,
  );
  const lastReturn = db
    .prepare<[number], string | null>(
      'SELECT max(badge_returned_at) FROM visits WHERE badge_tag_id = ?',
    )
    .pluck();
  const insert = db.prepare(
    `INSERT INTO visits (visitor_name, visitor_company, visitor_phone, host_person_id, visit_date, expected_time,
       purpose, source, created_at)
     VALUES (@visitorName, @visitorCompany, @visitorPhone, @hostPersonId, @visitDate, @expectedTime, @purpose,
       @source, @at) RETURNING id`,
  );
  const hosts = db.prepare<[], HostRow>(
    `SELECT p.id, p.first_name AS firstName, ${personName('p')} AS name, p.department, p.email,
       p.start_date AS startDate, p.end_date AS endDate FROM people p
     LEFT JOIN organisations o ON o.id = p.organisation_id
     WHERE o.role IS NULL OR o.role IN ('own', 'partner')`,
  );
  const set = (sql: string) => db.prepare(`UPDATE visits SET ${sql} WHERE id = @id`);
  const updates = {
    signIn: set('checked_in_at = @at, visitor_locale = @locale, privacy_accepted_at = @at'),
    pickUp: set('picked_up_at = @at'),
    signOut: set('checked_out_at = @at'),
    undoSignOut: set('checked_out_at = NULL'),
    issue: set('badge_tag_id = @tagId, badge_issued_at = @at, badge_returned_at = NULL'),
    returned: set('badge_returned_at = @at'),
    close: set('closed_at = @at, close_reason = @reason'),
  };
  return {
    byId: (id: number) => byId.get(id) ?? null,
    onDate: (date: string) => onDate.all(date),
    present: () => present.all(),
    /** The open visit a badge is out with, if any. */
    badgeOut: (tagId: number) => badgeOut.get(tagId) ?? null,
    lastReturn: (tagId: number) => lastReturn.get(tagId) ?? null,
    insert: (visit: NewVisit, at: string) => (insert.get({ ...visit, at }) as { id: number }).id,
    hosts: () => hosts.all(),
    signIn: (id: number, at: string, locale: string) => void updates.signIn.run({ id, at, locale }),
    pickUp: (id: number, at: string) => void updates.pickUp.run({ id, at }),
    signOut: (id: number, at: string) => void updates.signOut.run({ id, at }),
    undoSignOut: (id: number) => void updates.undoSignOut.run({ id }),
    issueBadge: (id: number, tagId: number, at: string) =>
      void updates.issue.run({ id, tagId, at }),
    badgeReturned: (id: number, at: string) => void updates.returned.run({ id, at }),
    close: (id: number, at: string, reason: string) => void updates.close.run({ id, at, reason }),
  };
}
export type ReceptionRepo = ReturnType<typeof receptionRepo>;
