/**
 * A kiosk's credentials: one string `lobby central add-kiosk` prints once, holding the store's
 * address, the kiosk's name and its own role's password. Read back with zod; never printed again.
 */
import { z } from 'zod';
import type { CentralTarget } from '../../db/central/connect';

const prefix = 'lobby-central-1.';

const schema = z.object({
  kiosk: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  database: z.string().min(1).max(63),
  user: z.string().min(1).max(63),
  password: z.string().min(16).max(200),
});

export type Credentials = z.infer<typeof schema>;

export const encodeCredentials = (c: Credentials) =>
  prefix + Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCredentials(text: string): Credentials {
  const trimmed = text.trim();
  const parsed = trimmed.startsWith(prefix)
    ? schema.safeParse(safeJson(Buffer.from(trimmed.slice(prefix.length), 'base64url').toString()))
    : null;
  if (!parsed?.success) {
    throw new Error('These are not kiosk credentials as `lobby central add-kiosk` prints them.');
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const targetOf = (c: Credentials): CentralTarget => ({
  host: c.host,
  port: c.port,
  database: c.database,
  user: c.user,
  password: c.password,
});
