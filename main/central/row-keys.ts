/**
 * A row's name beyond this kiosk: its global key (`desk-a:17`) once the kiosk has joined a
 * central store, its own id before. Scripts and integrations use these, so a visit signed in at
 * one kiosk can be signed out at another.
 */
import { splitKey } from '../../db/central/global-key';
import { centralRepo } from '../../db/repos/central';
import type { Db } from '../../db/open';

export function rowKeys(db: Db) {
  const repo = centralRepo(db);
  return {
    keyOf(table: string, localId: number): string {
      return repo.gkeyOf(table, localId) ?? String(localId);
    },
    /** The kiosk a row was made at, or this kiosk's name (null when not joined). */
    kioskOf(table: string, localId: number): string | null {
      const key = repo.gkeyOf(table, localId);
      return key ? splitKey(key).origin : (repo.state()?.kiosk ?? null);
    },
    localOf(table: string, key: string): number | null {
      if (/^\d+$/.test(key)) return Number(key);
      return repo.localOf(table, key)?.localId ?? null;
    },
  };
}
