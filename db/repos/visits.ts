import type { Db } from '../open';

export interface VisitFields {
  reference: string | null;
  visitorName: string;
  visitorCompany: string | null;
  hostPersonId: number | null;
  visitDate: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  badgeTagId: number | null;
  badgeReturnedAt: string | null;
  source: 'self' | 'reception' | 'import';
}

export interface VisitRow extends VisitFields {
  id: number;
}

const columns = `id, reference, visitor_name AS visitorName, visitor_company AS visitorCompany,
  host_person_id AS hostPersonId, visit_date AS visitDate, checked_in_at AS checkedInAt,
  checked_out_at AS checkedOutAt, badge_tag_id AS badgeTagId, badge_returned_at AS badgeReturnedAt, source`;

export function visitsRepo(db: Db, now: () => Date = () => new Date()) {
  const byReference = db.prepare<[string], VisitRow>(
    `SELECT ${columns} FROM visits WHERE reference = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO visits (reference, visitor_name, visitor_company, host_person_id, visit_date,
       checked_in_at, checked_out_at, badge_tag_id, badge_returned_at, source, created_at)
     VALUES (@reference, @visitorName, @visitorCompany, @hostPersonId, @visitDate, @checkedInAt,
       @checkedOutAt, @badgeTagId, @badgeReturnedAt, @source, @at)`,
  );
  const update = db.prepare(
    `UPDATE visits SET visitor_name = @visitorName, visitor_company = @visitorCompany,
       host_person_id = @hostPersonId, visit_date = @visitDate, checked_in_at = @checkedInAt,
       checked_out_at = @checkedOutAt, badge_tag_id = @badgeTagId, badge_returned_at = @badgeReturnedAt
     WHERE id = @id`,
  );
  return {
    byReference: (reference: string) => byReference.get(reference) ?? null,
    insert: (visit: VisitFields) => void insert.run({ ...visit, at: now().toISOString() }),
    update: (id: number, visit: VisitFields) => void update.run({ ...visit, id }),
  };
}
export type VisitsRepo = ReturnType<typeof visitsRepo>;
