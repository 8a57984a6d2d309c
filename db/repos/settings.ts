import type { z } from 'zod';
import type { Db } from '../open';

/** Key/value settings stored as JSON and read back through a schema, so bad rows never leak out. */
export function settingsRepo(db: Db) {
  const select = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE key = ?',
  );
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get<S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>): z.output<S> {
      const row = select.get(key);
      if (!row) return fallback;
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : fallback;
    },
    set(key: string, value: unknown): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof settingsRepo>;
