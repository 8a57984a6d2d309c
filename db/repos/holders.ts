import type { HolderKind, TagPool, TagStatus } from '../../vocabulary';
import type { Db } from '../open';

export interface HolderRow {
  uid: string;
  pool: TagPool;
  label: string | null;
  status: TagStatus;
  holderKind: HolderKind | null;
  personId: number | null;
  firstName: string | null;
  namePrefix: string | null;
  lastName: string | null;
  organisation: string | null;
}

const select = `
  SELECT t.uid, t.pool, t.label, t.status, c.holder_kind AS holderKind, c.person_id AS personId,
         p.first_name AS firstName, p.name_prefix AS namePrefix, p.last_name AS lastName,
         o.name AS organisation
  FROM tags t
  LEFT JOIN tag_custody c ON c.tag_id = t.id AND c.ended_at IS NULL
  LEFT JOIN people p ON p.id = c.person_id
  LEFT JOIN organisations o ON o.id = p.organisation_id`;

/** Who holds a tag right now, by UID: the question every tap asks. */
export function holdersRepo(db: Db) {
  const exact = db.prepare<[string], HolderRow>(`${select} WHERE t.uid = ?`);
  // A decimal keyboard wedge only gives the first four bytes of a 7-byte UID.
  const prefix = db.prepare<[string], HolderRow>(
    `${select} WHERE length(t.uid) = 14 AND substr(t.uid, 1, 8) = ? LIMIT 2`,
  );
  return {
    byUid(uid: string, allowPrefix = false): HolderRow | null {
      const row = exact.get(uid);
      if (row) return row;
      if (!allowPrefix || uid.length !== 8) return null;
      const candidates = prefix.all(uid);
      return candidates.length === 1 ? (candidates[0] ?? null) : null;
    },
  };
}
export type HoldersRepo = ReturnType<typeof holdersRepo>;
