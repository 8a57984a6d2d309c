/**
 * Who or what an audit entry is about, by the id it records: a person, a visit (its visitor), an
 * operator or a tag, for the privacy officer to read names instead of numbers. An erased name
 * comes back empty; the screen says it was erased.
 */
import type { Db } from '../open';
import { personNameSql } from '../person-name-sql';

export type AuditSubjectKind = 'person' | 'visit' | 'operator' | 'tag';

export function auditSubjectsRepo(db: Db) {
  const queries: Record<AuditSubjectKind, string> = {
    // Trimmed: an erased person's empty parts leave '' (the screen says "erased").
    person: `SELECT trim(${personNameSql('p')}) FROM people p WHERE id = ?`,
    visit: 'SELECT visitor_name FROM visits WHERE id = ?',
    operator: 'SELECT name FROM operators WHERE id = ?',
    // Tags are recorded by their UID, not an id.
    tag: 'SELECT coalesce(label, uid) FROM tags WHERE uid = ?',
  };
  const statement = (sql: string) => db.prepare<[number | string], string>(sql).pluck();
  const prepared = {
    person: statement(queries.person),
    visit: statement(queries.visit),
    operator: statement(queries.operator),
    tag: statement(queries.tag),
  };
  return {
    /** The name, '' when it was erased, null when there is no such row. */
    nameOf(kind: AuditSubjectKind, subject: string): string | null {
      const key = kind === 'tag' ? subject : Number(subject);
      if (typeof key === 'number' && !Number.isInteger(key)) return null;
      return prepared[kind].get(key) ?? null;
    },
  };
}
export type AuditSubjectsRepo = ReturnType<typeof auditSubjectsRepo>;
