/**
 * Data-subject requests: everything Lobby holds about one person or one visitor, as JSON (and
 * the same as PDF), and erasing a visitor on request. Both are logged: the export in the audit
 * trail, the erasure in the deletion log (by category and count) and the audit trail.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { RetentionRepo } from '../../db/repos/retention';
import type { SubjectDataRepo, VisitorLogRow } from '../../db/repos/subject-data';
import { matchesTyped } from '../domain/typed-names';
import { AppError } from '../ipc/errors';

export interface VisitorSearch {
  text: string;
  from: string | null;
  to: string | null;
}

export function subjectRequests(deps: {
  data: SubjectDataRepo;
  audit: AuditRepo;
  retention: RetentionRepo;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  return {
    /** A staff member, by employee number: their record, badges, custody, presence, building data. */
    person(employeeId: string, actor: string) {
      const found = deps.data.person(employeeId);
      if (!found) throw new AppError('not_found', `Nobody has employee number ${employeeId}.`);
      const data = { kind: 'person', exportedAt: now().toISOString(), ...found };
      deps.audit.record({
        actor,
        action: 'privacy.exportPerson',
        subject: String(found.person.id),
      });
      return data;
    },
    visit(visitId: number, actor: string) {
      const found = deps.data.visit(visitId);
      if (!found) throw new AppError('not_found', `There is no visit ${visitId}.`);
      const data = { kind: 'visit', exportedAt: now().toISOString(), ...found };
      deps.audit.record({ actor, action: 'privacy.exportVisit', subject: String(visitId) });
      return data;
    },
    /**
     * The visitor log for a request: visits across days (within retention, since older names are
     * gone) whose visitor, organisation or host matches every word typed; at most 100. A search
     * of personal data, so it is audited like a view.
     */
    findVisitors(filter: VisitorSearch, actor: string): VisitorLogRow[] {
      const rows = deps.data
        .visitorLog(filter.from ?? '0000-01-01', filter.to ?? '9999-12-31')
        .filter((r) =>
          [r.visitorName, r.visitorCompany, r.hostName].some(
            (field) => field && (!filter.text || matchesTyped(field, filter.text)),
          ),
        )
        .slice(0, 100);
      deps.audit.record({ actor, action: 'visits.search', detail: { rows: rows.length } });
      return rows;
    },
    /** Erases a visitor's details at their request; the visit stays as a count. */
    eraseVisitor(visitId: number, reason: string, actor: string): void {
      deps.data.transaction(() => {
        const at = now().toISOString();
        const { erased, notices, signedOut } = deps.data.eraseVisitor(visitId, at);
        if (!erased)
          throw new AppError('not_found', `Visit ${visitId} has no visitor details left.`);
        if (signedOut)
          deps.audit.record({ actor, action: 'visit.signOut', subject: String(visitId) });
        deps.retention.logDeletion(at, 'visitors', 1, at, 'request');
        deps.retention.logDeletion(at, 'visitorNotices', notices, at, 'request');
        deps.audit.record({
          actor,
          action: 'privacy.eraseVisitor',
          subject: String(visitId),
          detail: { reason },
        });
      });
      deps.retention.scrub();
    },
  };
}
export type SubjectRequests = ReturnType<typeof subjectRequests>;
