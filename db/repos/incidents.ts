/**
 * The incident register (owned by main/incidents): reports, Lobby's proposals, the privacy
 * officer's classification and the report to the authority, and the register's own outbox.
 */
import type {
  IncidentClassification,
  IncidentSource,
  IncidentStatus,
  NotificationChannel,
} from '../../vocabulary';
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';
import { outboxTable, type OutboxRow } from './notifications';

/** The fields of art. 33(3) GDPR, as the privacy officer fills them in for a breach. */
export interface BreachDetails {
  categories: string;
  people: string;
  records: string;
  consequences: string;
  measuresTaken: string;
  measuresPlanned: string;
  peopleTold: 'yes' | 'no' | 'planned';
  peopleToldWhy: string;
}

export interface IncidentRow {
  id: number;
  origin: 'lobby' | 'operator';
  source: IncidentSource;
  status: IncidentStatus;
  title: string | null;
  what: string | null;
  affected: string | null;
  occurredAt: string | null;
  awareAt: string;
  reportedBy: string;
  createdAt: string;
  tagId: number | null;
  tagUid: string | null;
  tagLabel: string | null;
  personId: number | null;
  personName: string | null;
  visitId: number | null;
  findingId: number | null;
  evidence: string | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  classification: IncidentClassification | null;
  classificationReason: string | null;
  reportable: 0 | 1 | null;
  breach: string | null;
  classifiedAt: string | null;
  classifiedBy: string | null;
  reportedAt: string | null;
  reportReference: string | null;
  delayReason: string | null;
  buildingNotifiedAt: string | null;
  closedAt: string | null;
  closedBy: string | null;
}

export interface NewIncident {
  origin: 'lobby' | 'operator';
  source: IncidentSource;
  status: 'proposed' | 'open';
  title: string | null;
  what: string | null;
  affected: string | null;
  occurredAt: string | null;
  awareAt: string;
  reportedBy: string;
  tagId: number | null;
  personId: number | null;
  visitId: number | null;
  findingId: number | null;
  evidence: string | null;
  /** One proposal per thing Lobby saw: a second with the same key is the first. */
  proposalKey: string | null;
}

export interface OfficerNoticeRow extends OutboxRow {
  aboutId: number;
  kind: OfficerNoticeKind;
}
export type IncidentNoticeKind = 'reported' | 'reminder24' | 'reminder48' | 'reminder64';
/** What the privacy officer's mailbox is told: an incident's report and reminders, a break-glass. */
export type OfficerNoticeKind = IncidentNoticeKind | 'breakGlass';

const select = `SELECT i.id, i.origin, i.source, i.status, i.title, i.what, i.affected,
    i.occurred_at AS occurredAt, i.aware_at AS awareAt, i.reported_by AS reportedBy,
    i.created_at AS createdAt, i.tag_id AS tagId, t.uid AS tagUid, t.label AS tagLabel, i.person_id AS personId,
    ${personNameSql('p')} AS personName, i.visit_id AS visitId, i.finding_id AS findingId,
    i.evidence, i.decision_reason AS decisionReason, i.decided_at AS decidedAt,
    i.decided_by AS decidedBy, i.classification, i.classification_reason AS classificationReason,
    i.reportable, i.breach, i.classified_at AS classifiedAt, i.classified_by AS classifiedBy,
    i.reported_at AS reportedAt, i.report_reference AS reportReference,
    i.delay_reason AS delayReason, i.building_notified_at AS buildingNotifiedAt,
    i.closed_at AS closedAt, i.closed_by AS closedBy
  FROM incidents i LEFT JOIN tags t ON t.id = i.tag_id LEFT JOIN people p ON p.id = i.person_id`;

/** The privacy officer's verdict as it is stored. */
export interface ClassificationRow {
  id: number;
  classification: IncidentClassification;
  reason: string;
  reportable: 0 | 1 | null;
  breach: string | null;
  at: string;
  by: string;
}

export function incidentsRepo(db: Db) {
  const insert = db.prepare<NewIncident & { at: string }>(
    `INSERT INTO incidents (origin, source, status, title, what, affected, occurred_at, aware_at,
       reported_by, created_at, tag_id, person_id, visit_id, finding_id, evidence, proposal_key)
     VALUES (@origin, @source, @status, @title, @what, @affected, @occurredAt, @awareAt,
       @reportedBy, @at, @tagId, @personId, @visitId, @findingId, @evidence, @proposalKey)
     ON CONFLICT (proposal_key) DO NOTHING`,
  );
  const byKey = db
    .prepare<[string], number>('SELECT id FROM incidents WHERE proposal_key = ?')
    .pluck();
  const byId = db.prepare<[number], IncidentRow>(`${select} WHERE i.id = ?`);
  const all = db.prepare<[], IncidentRow>(`${select} ORDER BY i.aware_at DESC, i.id DESC`);
  const decide = db.prepare<{
    status: IncidentStatus;
    reason: string;
    at: string;
    by: string;
    id: number;
  }>(
    // Accepting one of Lobby's proposals is when a person becomes aware: the clock starts then
    // (when it happened stays in occurred_at).
    `UPDATE incidents SET status = @status, decision_reason = @reason, decided_at = @at,
       decided_by = @by, occurred_at = coalesce(occurred_at, aware_at),
       aware_at = CASE WHEN @status = 'open' THEN @at ELSE aware_at END
     WHERE id = @id AND status = 'proposed'`,
  );
  const classify = db.prepare<ClassificationRow>(
    `UPDATE incidents SET classification = @classification, classification_reason = @reason,
       reportable = @reportable, breach = @breach, classified_at = @at, classified_by = @by,
       occurred_at = coalesce(occurred_at, aware_at),
       aware_at = CASE status WHEN 'proposed' THEN @at ELSE aware_at END,
       status = CASE status WHEN 'proposed' THEN 'open' ELSE status END
     WHERE id = @id AND status IN ('proposed', 'open')`,
  );
  const reported = db.prepare<[string, string, string | null, number]>(
    `UPDATE incidents SET reported_at = ?, report_reference = ?, delay_reason = ?
     WHERE id = ? AND reportable = 1 AND reported_at IS NULL`,
  );
  // Once closed, who reported and who assessed are kept as their role, not their name: an
  // operator's name becomes their role; anyone else (a colleague at the desk) "someone".
  const asRole = (column: string) => `CASE
      WHEN ${column} IS NULL OR ${column} IN ('lobby', 'cli', 'kiosk', 'import') THEN ${column}
      ELSE coalesce((SELECT role FROM operators WHERE name = ${column}), 'someone') END`;
  const close = db.prepare<[string, string, number]>(
    `UPDATE incidents SET status = 'closed', closed_at = ?, closed_by = ?,
       reported_by = ${asRole('reported_by')}, decided_by = ${asRole('decided_by')},
       classified_by = ${asRole('classified_by')}
     WHERE id = ? AND status = 'open' AND classification IS NOT NULL`,
  );
  const anonymiseClosedBy = db.prepare<[number]>(
    `UPDATE incidents SET closed_by = ${asRole('closed_by')} WHERE id = ?`,
  );
  const buildingNotified = db.prepare<[string, number]>(
    `UPDATE incidents SET building_notified_at = ? WHERE id = ? AND building_notified_at IS NULL
       AND source IN ('tag_lost', 'tag_not_returned')`,
  );
  const buildingTodo = db.prepare<[], IncidentRow>(
    `${select} WHERE i.source IN ('tag_lost', 'tag_not_returned') AND i.building_notified_at IS NULL
       AND i.status <> 'dismissed' ORDER BY i.aware_at`,
  );
  const running = db.prepare<[], IncidentRow>(
    `${select} WHERE i.reportable = 1 AND i.reported_at IS NULL AND i.status = 'open'
     ORDER BY i.aware_at`,
  );
  const insertNotice = db.prepare(
    `INSERT OR IGNORE INTO officer_notices (about, about_id, kind, channel, recipient, payload, status, next_attempt_at, created_at)
     VALUES (@about, @aboutId, @kind, @channel, @recipient, @payload, 'queued', @at, @at)`,
  );
  return {
    /** Adds one, or finds the proposal with the same key: its id either way. */
    add(i: NewIncident, at: string): { id: number; added: boolean } {
      const added = insert.run({ ...i, at }).changes === 1;
      if (added)
        return { id: Number(db.prepare('SELECT last_insert_rowid()').pluck().get()), added };
      return { id: byKey.get(i.proposalKey!)!, added };
    },
    byId: (id: number) => byId.get(id) ?? null,
    all: () => all.all(),
    decide: (id: number, status: 'open' | 'dismissed', reason: string, at: string, by: string) =>
      decide.run({ status, reason, at, by, id }).changes === 1,
    classify: (c: ClassificationRow) => classify.run(c).changes === 1,
    reported: (id: number, at: string, reference: string, delayReason: string | null) =>
      reported.run(at, reference, delayReason, id).changes === 1,
    close: (id: number, at: string, by: string) => {
      const closed = close.run(at, by, id).changes === 1;
      if (closed) anonymiseClosedBy.run(id);
      return closed;
    },
    buildingNotified: (id: number, at: string) => buildingNotified.run(at, id).changes === 1,
    /** Badges lost or not handed in that the building manager has not been told of yet. */
    buildingTodo: () => buildingTodo.all(),
    /** Reportable breaches not yet reported: the 72-hour clock runs for each. */
    clocksRunning: () => running.all(),
    notices: {
      ...outboxTable<OfficerNoticeRow>(db, 'officer_notices', {
        column: 'about_id',
        key: 'aboutId',
      }),
      /** Queues one; the same subject, kind and channel a second time is ignored (false). */
      enqueue: (
        n: {
          about: 'incident' | 'grant';
          aboutId: number;
          kind: OfficerNoticeKind;
          channel: NotificationChannel;
          recipient: string;
          payload: string;
        },
        at: string,
      ) => insertNotice.run({ ...n, at }).changes === 1,
    },
  };
}
export type IncidentsRepo = ReturnType<typeof incidentsRepo>;
