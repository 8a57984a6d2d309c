/**
 * Data-subject requests: everything Lobby holds about one person or one visitor, as JSON (and
 * the same as PDF), and erasing a visitor on request. Both are logged: the export in the audit
 * trail, the erasure in the deletion log (by category and count) and the audit trail.
 */
import type { Db } from '../../db/open';
import type { AuditRepo } from '../../db/repos/audit';
import type { RetentionRepo } from '../../db/repos/retention';
import { makePdf } from '../documents/pdf';
import { AppError } from '../ipc/errors';

type Rows = Record<string, unknown>[];

export function subjectRequests(deps: {
  db: Db;
  audit: AuditRepo;
  retention: RetentionRepo;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const all = (sql: string, ...args: unknown[]) => deps.db.prepare(sql).all(...args) as Rows;
  return {
    /** A staff member, by employee number: their record, badges, custody, presence, building data. */
    person(employeeId: string, actor: string) {
      const person = deps.db
        .prepare('SELECT * FROM people WHERE employee_id = ?')
        .get(employeeId) as Record<string, unknown> | undefined;
      if (!person) throw new AppError('not_found', `Nobody has employee number ${employeeId}.`);
      const id = person.id as number;
      const data = {
        kind: 'person',
        exportedAt: now().toISOString(),
        person,
        badges: all(
          `SELECT t.uid, t.label, t.status, c.started_at, c.ended_at, c.end_reason
           FROM tag_custody c JOIN tags t ON t.id = c.tag_id WHERE c.person_id = ? ORDER BY c.started_at`,
          id,
        ),
        incidents: all('SELECT kind, occurred_at, note FROM incidents WHERE person_id = ?', id),
        visitsHosted: all(
          'SELECT visit_date, checked_in_at, checked_out_at FROM visits WHERE host_person_id = ?',
          id,
        ),
        presence: all(
          'SELECT direction, at FROM presence_taps WHERE person_id = ? ORDER BY at',
          id,
        ),
        buildingCardholderRows: all(
          `SELECT import_id, card_number, status, access_levels, valid_from, valid_to
           FROM building_cardholders WHERE employee_id = ?`,
          employeeId,
        ),
        doorEvents: all(
          `SELECT e.occurred_at, p.door_name, x.text FROM building_events e
           JOIN building_holders h ON h.id = e.holder_id JOIN building_access_points p ON p.id = e.point_id
           JOIN building_event_texts x ON x.id = e.text_id WHERE h.employee_id = ? ORDER BY e.occurred_at`,
          employeeId,
        ),
        findings: all(
          "SELECT kind, status, status_at, detail FROM findings WHERE json_extract(detail, '$.employeeId') = ?",
          employeeId,
        ),
      };
      deps.audit.record({ actor, action: 'privacy.exportPerson', subject: String(id) });
      return data;
    },
    visit(visitId: number, actor: string) {
      const visit = deps.db.prepare('SELECT * FROM visits WHERE id = ?').get(visitId) as
        Record<string, unknown> | undefined;
      if (!visit) throw new AppError('not_found', `There is no visit ${visitId}.`);
      const data = {
        kind: 'visit',
        exportedAt: now().toISOString(),
        visit,
        notifications: all(
          'SELECT kind, channel, status, created_at, sent_at FROM notifications WHERE visit_id = ?',
          visitId,
        ),
      };
      deps.audit.record({ actor, action: 'privacy.exportVisit', subject: String(visitId) });
      return data;
    },
    /** Erases a visitor's details at their request; the visit stays as a count. */
    eraseVisitor(visitId: number, reason: string, actor: string): void {
      deps.db.transaction(() => {
        const changed = deps.db
          .prepare(
            `UPDATE visits SET visitor_name = '', visitor_company = NULL, visitor_phone = NULL, close_reason = NULL
             WHERE id = ? AND visitor_name <> ''`,
          )
          .run(visitId).changes;
        if (changed === 0)
          throw new AppError('not_found', `Visit ${visitId} has no visitor details left.`);
        const notices = deps.db
          .prepare('DELETE FROM notifications WHERE visit_id = ?')
          .run(visitId).changes;
        const at = now().toISOString();
        deps.retention.logDeletion(at, 'visitors', 1, at, 'request');
        deps.retention.logDeletion(at, 'visitorNotices', notices, at, 'request');
        deps.audit.record({
          actor,
          action: 'privacy.eraseVisitor',
          subject: String(visitId),
          detail: { reason },
        });
      })();
      deps.retention.scrub();
    },
  };
}
export type SubjectRequests = ReturnType<typeof subjectRequests>;

/** The same export as a PDF: one heading per part, one line per record. */
export function exportPdf(data: Record<string, unknown>, title: string): Promise<Buffer> {
  return makePdf({ title, createdAt: new Date() }, (doc) => {
    doc.font('bold').fontSize(16).text(title);
    for (const [part, value] of Object.entries(data)) {
      doc.moveDown(0.5).font('bold').fontSize(12).text(part).font('regular').fontSize(9);
      const rows = Array.isArray(value) ? value : [value];
      if (rows.length === 0) doc.text('—');
      for (const row of rows) doc.text(typeof row === 'object' ? JSON.stringify(row) : String(row));
    }
  });
}
