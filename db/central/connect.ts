/**
 * Connections to the central store. A URL is parsed here once, so the password never travels in a
 * message: errors name the host and port only. A server that is not on loopback is reached with
 * TLS and its certificate and host name checked (libpq's sslmode=verify-full); a URL that asks
 * for less is refused.
 */
import pg from 'pg';

export interface CentralTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

const loopback = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);
export const isLoopback = (host: string) => loopback.has(host);

export class CentralUnreachable extends Error {
  constructor(target: Pick<CentralTarget, 'host' | 'port'>, cause: unknown) {
    const code = (cause as { code?: string }).code;
    super(
      `The central store at ${target.host}:${target.port} cannot be reached${code ? ` (${code})` : ''}.`,
    );
    this.name = 'CentralUnreachable';
  }
}

/** Reads a postgres:// URL; the password stays in the result, never in a message. */
export function parseCentralUrl(url: string): CentralTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error('The central store address is not a postgres:// URL.');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new Error('The central store address is not a postgres:// URL.');
  }
  const mode = u.searchParams.get('sslmode');
  const host = u.hostname;
  if (!isLoopback(host) && mode !== null && mode !== 'verify-full') {
    throw new Error(
      `A central store that is not on this machine is reached with sslmode=verify-full only (${host}).`,
    );
  }
  return {
    host,
    port: Number(u.port || 5432),
    database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

/** How every connection to the store is made: TLS with the certificate checked off loopback. */
export const connectionConfig = (target: CentralTarget): pg.ClientConfig => ({
  ...target,
  connectionTimeoutMillis: 3_000,
  application_name: 'lobby',
  ssl: isLoopback(target.host) ? false : { rejectUnauthorized: true, servername: target.host },
});

export function centralPool(target: CentralTarget): pg.Pool {
  const pool = new pg.Pool({ ...connectionConfig(target), max: 2, idleTimeoutMillis: 5_000 });
  // An idle connection the server drops must not take the process with it.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * A client from the pool for a transaction. A connection that dies while the client is out of
 * the pool emits an error besides failing the query (unheard, it would end the process); such a
 * client, or one whose work failed, is destroyed on release, never handed out again.
 */
export async function checkout(
  pool: pg.Pool,
): Promise<pg.PoolClient & { done(failed?: unknown): void }> {
  const client = await pool.connect();
  let broken = false;
  const onError = () => void (broken = true);
  client.on('error', onError);
  return Object.assign(client, {
    done(failed?: unknown) {
      client.off('error', onError);
      client.release(broken || failed !== undefined);
    },
  });
}

/** `work` in one transaction on a client of its own: committed, or rolled back and rethrown. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await checkout(pool);
  let failed: unknown;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    failed = e;
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.done(failed);
  }
}

/** Runs `work` on a pool to the target, turning a failed connection into CentralUnreachable. */
export async function withCentral<T>(
  target: CentralTarget,
  work: (pool: pg.Pool) => Promise<T>,
): Promise<T> {
  const pool = centralPool(target);
  try {
    const probe = await checkout(pool).catch((e: unknown) => {
      throw new CentralUnreachable(target, e);
    });
    probe.done();
    return await work(pool);
  } finally {
    await pool.end().catch(() => undefined);
  }
}
