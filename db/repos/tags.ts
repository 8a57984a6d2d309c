import type { CustodyEndReason, HolderKind, TagPool, TagStatus } from '../../vocabulary';
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';

export type { TagStatus };

export interface TagRow {
  id: number;
  uid: string;
  tagType: string | null;
  pool: TagPool;
  label: string | null;
  status: TagStatus;
  statusSince: string;
  enrolledAt: string;
  notes: string | null;
}

export interface CustodyRow {
  id: number;
  tagId: number;
  holderKind: HolderKind;
  personId: number | null;
  startedAt: string;
  endedAt: string | null;
  endReason: CustodyEndReason | null;
  recordedBy: string;
  note: string | null;
}

export interface TagListRow extends TagRow {
  holderKind: HolderKind | null;
  personId: number | null;
  employeeId: string | null;
  holderName: string | null;
}

/** First name, Dutch prefix if any, last name: "Sanne de Groot", "Anna Bakker". */
const fullName = personNameSql('p');

const tagColumns = `t.id, t.uid, t.tag_type AS tagType, t.pool, t.label, t.status,
  t.status_since AS statusSince, t.enrolled_at AS enrolledAt, t.notes`;
const custodyColumns = `id, tag_id AS tagId, holder_kind AS holderKind, person_id AS personId,
  started_at AS startedAt, ended_at AS endedAt, end_reason AS endReason, recorded_by AS recordedBy, note`;

export function tagsRepo(db: Db) {
  const s = {
    byUid: db.prepare<[string], TagRow>(`SELECT ${tagColumns} FROM tags t WHERE t.uid = ?`),
    byId: db.prepare<[number], TagRow>(`SELECT ${tagColumns} FROM tags t WHERE t.id = ?`),
    byLabel: db.prepare<[string], TagRow>(`SELECT ${tagColumns} FROM tags t WHERE t.label = ?`),
    list: db.prepare<[], TagListRow>(
      `SELECT ${tagColumns}, c.holder_kind AS holderKind, c.person_id AS personId,
         p.employee_id AS employeeId,
         ${fullName} AS holderName
       FROM tags t
       LEFT JOIN tag_custody c ON c.tag_id = t.id AND c.ended_at IS NULL
       LEFT JOIN people p ON p.id = c.person_id
       ORDER BY t.pool, t.label, holderName, t.uid`,
    ),
    insert: db.prepare(
      `INSERT INTO tags (uid, tag_type, pool, label, status, status_since, enrolled_at, notes)
       VALUES (@uid, @tagType, @pool, @label, @status, @statusSince, @enrolledAt, @notes) RETURNING id`,
    ),
    update: db.prepare(
      `UPDATE tags SET tag_type = @tagType, pool = @pool, label = @label, status = @status,
         status_since = @statusSince, enrolled_at = @enrolledAt, notes = @notes WHERE id = @id`,
    ),
    setStatus: db.prepare<[string, string, number]>(
      'UPDATE tags SET status = ?, status_since = ? WHERE id = ?',
    ),
    openCustody: db.prepare<[number], CustodyRow>(
      `SELECT ${custodyColumns} FROM tag_custody WHERE tag_id = ? AND ended_at IS NULL`,
    ),
    custodyOf: db.prepare<[number], CustodyRow>(
      `SELECT ${custodyColumns} FROM tag_custody WHERE tag_id = ? ORDER BY started_at, id`,
    ),
    custodyOfPerson: db.prepare<[number], CustodyRow>(
      `SELECT ${custodyColumns} FROM tag_custody WHERE person_id = ? ORDER BY started_at, id`,
    ),
    insertCustody: db.prepare(
      `INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by, note)
       VALUES (@tagId, @holderKind, @personId, @startedAt, @recordedBy, @note) RETURNING id`,
    ),
    closeCustody: db.prepare<[string, string, number]>(
      'UPDATE tag_custody SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL',
    ),
  };
  return {
    byUid: (uid: string) => s.byUid.get(uid) ?? null,
    byId: (id: number) => s.byId.get(id) ?? null,
    byLabel: (label: string) => s.byLabel.get(label) ?? null,
    list: () => s.list.all(),
    insert: (tag: Omit<TagRow, 'id'>) => (s.insert.get(tag) as { id: number }).id,
    update: (tag: TagRow) => void s.update.run(tag),
    setStatus: (id: number, status: TagStatus, since: string) =>
      void s.setStatus.run(status, since, id),
    openCustody: (tagId: number) => s.openCustody.get(tagId) ?? null,
    custodyOf: (tagId: number) => s.custodyOf.all(tagId),
    custodyOfPerson: (personId: number) => s.custodyOfPerson.all(personId),
    startCustody: (c: Omit<CustodyRow, 'id' | 'endedAt' | 'endReason'>) =>
      (s.insertCustody.get(c) as { id: number }).id,
    endCustody: (id: number, at: string, reason: CustodyEndReason) =>
      void s.closeCustody.run(at, reason, id),
  };
}
export type TagsRepo = ReturnType<typeof tagsRepo>;
