/**
 * The building's IT sets the central store up with a superuser's URL: the schema, and a role per
 * kiosk. A kiosk's password is made here and stored in PostgreSQL as a SCRAM verifier only, so it
 * never reaches the server, its log or a command line in clear.
 */
import crypto from 'node:crypto';
import type { Pool } from 'pg';
import { migrateCentral } from './migrate';
import { centralMigrations } from './migrations';
import { inTransaction } from './connect';

export const kioskNamePattern = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const roleOf = (kiosk: string) => `lobby_k_${kiosk.replace(/-/g, '_')}`;

/** PostgreSQL's SCRAM-SHA-256 verifier for a password (RFC 5802, as `ALTER ROLE` accepts it). */
export function scramVerifier(password: string): string {
  const salt = crypto.randomBytes(16);
  const iterations = 4096;
  const salted = crypto.pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const hmac = (key: Buffer, text: string) =>
    crypto.createHmac('sha256', key).update(text).digest();
  const stored = crypto.createHash('sha256').update(hmac(salted, 'Client Key')).digest();
  const server = hmac(salted, 'Server Key');
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${stored.toString('base64')}:${server.toString('base64')}`;
}

export const initCentral = (pool: Pool) => migrateCentral(pool, centralMigrations);

export async function addKiosk(
  pool: Pool,
  kiosk: string,
): Promise<{ user: string; password: string }> {
  if (!kioskNamePattern.test(kiosk)) {
    throw new Error(
      `"${kiosk}" cannot be a kiosk's name: lower-case letters, digits and dashes, at most 40.`,
    );
  }
  const role = roleOf(kiosk);
  const password = crypto.randomBytes(24).toString('base64url');
  return inTransaction(pool, async (client) => {
    const known = await client.query('SELECT removed_at FROM lobby_kiosks WHERE name = $1', [
      kiosk,
    ]);
    if (known.rowCount) throw new Error(`There is already a kiosk called ${kiosk}.`);
    const { rows } = await client.query<{ sql: string }>(
      `SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE lobby_kiosk', $1::text, $2::text) AS sql`,
      [role, scramVerifier(password)],
    );
    await client.query(rows[0]!.sql);
    await client.query('INSERT INTO lobby_kiosks (name, role) VALUES ($1, $2)', [kiosk, role]);
    return { user: role, password };
  });
}

/** The kiosk can no longer log in, and its open sessions end; what it pushed stays. */
export async function removeKiosk(pool: Pool, kiosk: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ role: string }>(
      'UPDATE lobby_kiosks SET removed_at = now() WHERE name = $1 AND removed_at IS NULL RETURNING role',
      [kiosk],
    );
    if (!rows[0]) throw new Error(`No kiosk called ${kiosk} is admitted.`);
    const { rows: sql } = await client.query<{ sql: string }>(
      `SELECT format('ALTER ROLE %I NOLOGIN PASSWORD NULL', $1::text) AS sql`,
      [rows[0].role],
    );
    await client.query(sql[0]!.sql);
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1',
      [rows[0].role],
    );
  });
}
