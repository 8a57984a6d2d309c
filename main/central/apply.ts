/**
 * One change from elsewhere, applied to this kiosk's SQLite: references turned from global keys
 * into this kiosk's ids, a new row inserted (or met with the row of the same natural key), an
 * existing one merged field by field, a removal carried out. A change that refers to a row not
 * here yet, or that a constraint refuses, is parked and tried again after each pull.
 */
import type { CentralRepo, Clock } from '../../db/repos/central';
import { travellingTable } from '../../db/central/travelling';
import type { Change } from '../../db/central/log';
import { settleOpenCustody } from './custody-rule';
import { mergeFields } from './merge';

export interface Incoming extends Change {
  kiosk: string;
  /** From a snapshot: each field's own clock. */
  clocks?: Record<string, Clock>;
}

export type Applied = 'applied' | 'parked' | 'skipped';

export function applyChange(repo: CentralRepo, change: Incoming, at: string, me: string): Applied {
  const spec = travellingTable.get(change.tbl);
  if (!spec || spec.pushOnly) return 'skipped';
  const clock: Clock = [change.hlc, change.kiosk];
  const held = repo.localOf(change.tbl, change.gkey);
  if (change.op === 'delete') {
    if (!held) return 'skipped';
    return attempt(repo, change, at, () => {
      repo.deleteRow(change.tbl, held.localId);
      repo.forgetRow(change.tbl, held.localId);
    });
  }
  const values: Record<string, unknown> = {};
  for (const [col, value] of Object.entries(change.data ?? {})) {
    const target = spec.refs[col];
    if (target === undefined || value === null) {
      values[col] = value;
      continue;
    }
    const ref = repo.localOf(target, String(value));
    if (!ref) {
      repo.park(change, `waits for ${target} ${String(value)}`, at);
      return 'parked';
    }
    values[col] = ref.localId;
  }
  Object.assign(values, settleOpenCustody(repo, change, values, me, at));
  const fieldClocks = (cols: string[]) =>
    Object.fromEntries(cols.map((c) => [c, change.clocks?.[c] ?? clock])) as Record<string, Clock>;
  return attempt(repo, change, at, () => {
    const natural = spec.natural
      ? repo.byNatural(change.tbl, spec.natural, values[spec.natural])
      : null;
    const localId = held?.localId ?? natural;
    if (localId === null || localId === undefined) {
      const id = repo.insertRow(change.tbl, values);
      repo.setRow(change.tbl, change.gkey, id, fieldClocks(Object.keys(values)));
      return;
    }
    const current = repo.readRow(change.tbl, localId) ?? {};
    const ownKey = repo.gkeyOf(change.tbl, localId);
    const clocks = (ownKey ? repo.localOf(change.tbl, ownKey)?.clocks : held?.clocks) ?? {};
    const cols = change.cols ?? Object.keys(values);
    const fromSnapshot = change.clocks;
    const merged = mergeFields({
      current,
      clocks,
      incoming: values,
      cols,
      // A snapshot's row carries a clock per field; a field without one never wins.
      clockOf: fromSnapshot ? (c) => fromSnapshot[c] ?? [0, ''] : () => clock,
      rules: spec.rules ?? {},
    });
    repo.updateRow(change.tbl, localId, merged.write);
    // This kiosk's own sign-in gave way to an earlier one elsewhere: kept for its office manager.
    for (const o of merged.overruled.filter((x) => x.by?.[1] === me)) {
      repo.conflict('signedInTwice', change.tbl, change.gkey, `${change.gkey} ${o.col}`, at);
    }
    repo.setRow(change.tbl, change.gkey, localId, merged.clocks);
    if (ownKey && ownKey !== change.gkey) repo.setRow(change.tbl, ownKey, localId, merged.clocks);
  });
}

function attempt(repo: CentralRepo, change: Incoming, at: string, work: () => void): Applied {
  try {
    work();
    return 'applied';
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_CONSTRAINT')) throw e;
    repo.park(change, `refused here: ${(e as Error).message}`, at);
    return 'parked';
  }
}
