/**
 * The central schema's own registry (lobby_schema): each pending version in its own transaction
 * with its row, under an advisory lock so two kiosks' installers never race; a schema newer than
 * this Lobby is refused and left as it is.
 */
import type { Pool } from 'pg';
import type { CentralMigration } from './migrations/types';
import { checkout } from './connect';

export class CentralTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The central store was set up by a newer Lobby (schema ${found}; this version knows up to ${known}). Update Lobby first; nothing was changed.`,
    );
    this.name = 'CentralTooNewError';
  }
}

/** The lock every schema change takes: one installer at a time. */
const schemaLock = 74_110_001;

export async function migrateCentral(
  pool: Pool,
  migrations: readonly CentralMigration[],
): Promise<{ from: number; to: number; applied: number[] }> {
  const client = await checkout(pool);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [schemaLock]);
    await client.query(`CREATE TABLE IF NOT EXISTS lobby_schema (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>(
      'SELECT max(version) AS v FROM lobby_schema',
    );
    const from = rows[0]?.v ?? 0;
    const known = migrations.at(-1)?.version ?? 0;
    if (from > known) throw new CentralTooNewError(from, known);
    const applied: number[] = [];
    for (const m of migrations.filter((x) => x.version > from)) {
      await client.query('BEGIN');
      try {
        await m.up(client);
        await client.query('INSERT INTO lobby_schema (version, name) VALUES ($1, $2)', [
          m.version,
          m.name,
        ]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.version);
    }
    return { from, to: Math.max(from, ...applied), applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [schemaLock]).catch(() => undefined);
    client.done(true);
  }
}
