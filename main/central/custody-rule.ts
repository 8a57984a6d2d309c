/**
 * One badge given out at two kiosks while they were apart: the first hand-out stands (by the
 * hybrid clock of its start), the other is closed as never held: ended when it started, as
 * `reassigned`. Every kiosk decides the same way, so all end with the same rows; the kiosk whose
 * hand-out was undone closes its own row (so the store hears of it) and keeps a conflict for its
 * office manager.
 */
import { splitKey } from '../../db/central/global-key';
import type { CentralRepo, Clock } from '../../db/repos/central';
import type { Incoming } from './apply';
import { later } from './merge';

const undone = (startedAt: unknown) => ({ ended_at: startedAt, end_reason: 'reassigned' });

export function settleOpenCustody(
  repo: CentralRepo,
  change: Incoming,
  values: Record<string, unknown>,
  me: string,
  at: string,
): Record<string, unknown> {
  if (change.tbl !== 'tag_custody' || values.ended_at !== null || typeof values.tag_id !== 'number')
    return values;
  const open = repo.openCustody(values.tag_id);
  const self = repo.localOf(change.tbl, change.gkey)?.localId;
  if (!open || open.id === self) return values;
  const openKey = repo.gkeyOf(change.tbl, open.id);
  const openClock = openKey ? repo.localOf(change.tbl, openKey)?.clocks.started_at : undefined;
  const incomingClock: Clock = change.clocks?.started_at ?? [change.hlc, change.kiosk];
  if (later(openClock, incomingClock)) return { ...values, ...undone(values.started_at) };
  const close = () => repo.updateRow(change.tbl, open.id, undone(open.startedAt));
  if (openKey && splitKey(openKey).origin === me) {
    repo.captured(close);
    repo.conflict('badgeGivenTwice', change.tbl, change.gkey, openKey, at);
  } else {
    close();
  }
  return values;
}
