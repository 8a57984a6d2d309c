/**
 * Each kiosk's part of the building's evacuation list as this kiosk knows it: its own part is
 * current; another's is as fresh as the older of this kiosk's last pull and that kiosk's last
 * contact with the store, and stale when the store is out of reach or that kiosk went quiet.
 */
import { centralRepo } from '../../db/repos/central';
import type { Db } from '../../db/open';
import type { KioskPart } from '../reception/calls';
import { rowKeys } from './row-keys';

/** A kiosk not heard of for this long is not known to be current. */
const quietAfterMs = 60_000;

export function kioskParts(db: Db, now: () => Date = () => new Date()) {
  const repo = centralRepo(db);
  const keys = rowKeys(db);
  return {
    parts(): KioskPart[] | null {
      const state = repo.state();
      if (!state) return null;
      const at = now();
      const reachable =
        state.lastPullAt !== null &&
        (state.lastFailureAt === null || state.lastFailureAt < state.lastPullAt);
      const others = repo.kiosks().filter((k) => k.name !== state.kiosk);
      return [
        { name: state.kiosk, here: true, freshAsOf: at.toISOString(), stale: false },
        ...others.map((k) => {
          const known = [state.lastPullAt, k.lastContactAt].filter((t): t is string => !!t);
          const freshAsOf = known.length === 2 ? known.sort()[0]! : null;
          const quiet = freshAsOf === null || at.getTime() - Date.parse(freshAsOf) > quietAfterMs;
          return { name: k.name, here: false, freshAsOf, stale: !reachable || quiet };
        }),
      ];
    },
    kioskOf: (visitId: number) => (repo.state() ? keys.kioskOf('visits', visitId) : null),
    keyOf: (table: 'visits' | 'people', id: number) => keys.keyOf(table, id),
    ours(visitId: number): boolean {
      const state = repo.state();
      return !state || keys.kioskOf('visits', visitId) === state.kiosk;
    },
  };
}
