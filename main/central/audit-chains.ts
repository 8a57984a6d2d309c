/**
 * Each kiosk's audit trail as the central store holds it: one hash chain per kiosk, checked with
 * the same rule as on the kiosk (db/audit-chain.ts). The kiosk that asks also checks the store's
 * copy of its own chain against its own head, as far as it has pushed.
 */
import type { Pool } from 'pg';
import { verifyChain, type ChainRow, type ChainVerdict } from '../../db/audit-chain';
import { splitKey } from '../../db/central/global-key';

export interface KioskChain {
  kiosk: string;
  verdict: ChainVerdict;
}

export async function centralAuditChains(pool: Pool, only?: string): Promise<KioskChain[]> {
  const { rows } = await pool.query<{ gkey: string; data: Record<string, string | null> }>(
    `SELECT gkey, data FROM lobby_rows WHERE tbl = 'audit_log'
       AND ($1::text IS NULL OR split_part(gkey, ':', 1) = $1)`,
    [only ?? null],
  );
  const byKiosk = new Map<string, ChainRow[]>();
  for (const { gkey, data } of rows) {
    const { origin: kiosk, id } = splitKey(gkey);
    const row: ChainRow = {
      id: Number(id),
      at: data.at ?? '',
      actor: data.actor ?? '',
      action: data.action ?? '',
      subject: data.subject ?? null,
      detail: data.detail ?? null,
      screen: data.screen ?? null,
      prevHash: data.prev_hash ?? null,
      hash: data.hash ?? null,
    };
    byKiosk.set(kiosk, [...(byKiosk.get(kiosk) ?? []), row]);
  }
  const { rows: kiosks } = await pool.query<{ name: string }>(
    'SELECT name FROM lobby_kiosks WHERE $1::text IS NULL OR name = $1 ORDER BY name',
    [only ?? null],
  );
  return kiosks.map(({ name }) => {
    const chain = (byKiosk.get(name) ?? []).sort((a, b) => a.id - b.id);
    const last = chain.at(-1);
    const head = last?.hash ? { lastId: last.id, lastHash: last.hash } : null;
    return { kiosk: name, verdict: verifyChain(chain, head) };
  });
}
