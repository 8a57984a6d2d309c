/** The audit trail's hash chain: what each entry's hash covers, and how a chain is checked. */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../vocabulary';

export const genesisHash = '0'.repeat(64);

/** The fields each entry's hash covers: all of them. */
export type ChainedFields = AuditEntry;

/** SHA-256 over the previous hash and every field, in a fixed order. */
export function auditHash(entry: ChainedFields, prevHash: string): string {
  const fields = [
    entry.id,
    entry.at,
    entry.actor,
    entry.action,
    entry.subject,
    entry.detail,
    entry.screen,
  ];
  return createHash('sha256')
    .update(`${prevHash}\n${JSON.stringify(fields)}`)
    .digest('hex');
}

export interface ChainRow extends ChainedFields {
  prevHash: string | null;
  hash: string | null;
}

export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadId: number | null; reason: string };

/** Walks the chain in id order; the first entry that does not fit is named. */
export function verifyChain(
  rows: Iterable<ChainRow>,
  head: { lastId: number; lastHash: string } | null,
): ChainVerdict {
  let prev = genesisHash;
  let previousId = 0;
  let entries = 0;
  for (const row of rows) {
    entries += 1;
    const bad = (reason: string): ChainVerdict => ({
      ok: false,
      entries,
      firstBadId: row.id,
      reason,
    });
    if (row.id !== previousId + 1 && previousId !== 0)
      return { ok: false, entries, firstBadId: previousId + 1, reason: 'removed' };
    if (row.prevHash !== prev) return bad('does not follow the entry before it');
    if (row.hash !== auditHash(row, prev)) return bad('changed after it was written');
    prev = row.hash;
    previousId = row.id;
  }
  if (entries === 0 && head === null) return { ok: true, entries };
  if (!head || head.lastId !== previousId || head.lastHash !== prev) {
    return {
      ok: false,
      entries,
      firstBadId: head && head.lastId > previousId ? previousId + 1 : (head?.lastId ?? null),
      reason: 'the newest entries are missing or the chain head was changed',
    };
  }
  return { ok: true, entries };
}

/** A chain head recorded outside the database (in a backup's header, say), with where. */
export interface ChainAnchor {
  lastId: number;
  lastHash: string;
  source: string;
}

/**
 * The chain against heads recorded elsewhere: a chain recomputed after an entry was removed or
 * changed has new hashes from that entry on, so an older anchor no longer matches.
 */
export function checkAnchors(
  hashOf: (id: number) => string | null,
  anchors: ChainAnchor[],
): ChainVerdict | null {
  for (const a of [...anchors].sort((x, y) => x.lastId - y.lastId)) {
    const hash = hashOf(a.lastId);
    if (hash === a.lastHash) continue;
    return {
      ok: false,
      entries: 0,
      firstBadId: a.lastId,
      reason: `differs from the chain as ${a.source} recorded it: the trail was rewritten up to here`,
    };
  }
  return null;
}
