import { openDatabase } from '../../db/open';

export interface SeedPerson {
  employeeId: string;
  firstName: string;
  namePrefix?: string;
  lastName: string;
  organisation: string;
  tagUid: string;
  /** On the BHV team. */
  bhv?: boolean;
}

/**
 * Puts people with issued badges, and visitor-pool badges, straight into a database file, for
 * tests of what happens on a tap. (The register's own import and custody rules have their tests.)
 */
export function seedBadges(
  file: string,
  people: SeedPerson[],
  visitorBadges: { uid: string; label: string }[] = [],
): void {
  const db = openDatabase(file);
  const at = '2025-01-01T08:00:00.000Z';
  const org = db.prepare(
    "INSERT INTO organisations (name, role) VALUES (?, 'own') ON CONFLICT (name) DO UPDATE SET role = role RETURNING id",
  );
  const person = db.prepare(
    `INSERT INTO people (employee_id, first_name, name_prefix, last_name, organisation_id, bhv, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  );
  const tag = db.prepare(
    `INSERT INTO tags (uid, pool, label, status, status_since, enrolled_at)
     VALUES (?, ?, ?, 'active', ?, ?) RETURNING id`,
  );
  const custody = db.prepare(
    `INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by)
     VALUES (?, ?, ?, ?, 'seed')`,
  );
  db.transaction(() => {
    for (const p of people) {
      const { id: orgId } = org.get(p.organisation) as { id: number };
      const { id: personId } = person.get(
        p.employeeId,
        p.firstName,
        p.namePrefix ?? '',
        p.lastName,
        orgId,
        p.bhv ? 1 : 0,
        at,
        at,
      ) as { id: number };
      const { id: tagId } = tag.get(p.tagUid, 'staff', null, at, at) as { id: number };
      custody.run(tagId, 'person', personId, at);
    }
    for (const b of visitorBadges) {
      const { id: tagId } = tag.get(b.uid, 'visitor', b.label, at, at) as { id: number };
      custody.run(tagId, 'visitor_pool', null, at);
    }
  })();
  db.close();
}
