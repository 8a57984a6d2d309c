import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { reconcileRepo } from '../../db/repos/reconcile';
import { fixturePath, readFixture } from '../../test/support/fixtures';
import { createServices } from '../app/services';
import { importBuildingFile } from '../building/building-import';
import type { Finding } from './finding';
import { reconcile } from './reconcile';
import { importRegisters } from '../../test/support/registers';

interface Expected {
  id: string;
  kind: string;
  employeeId?: string | null;
  tagUid?: string | null;
  cardNumbers?: Record<string, unknown> | null;
  doors?: string[][];
  events?: { door: string }[];
}
const expected = JSON.parse(readFixture('expected-findings.json')) as {
  asOf: string;
  findings: Expected[];
};

async function reconciled(vendor: 'nedap_aeos' | 'paxton_net2') {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  const actor = 'test';
  await importRegisters(s, ['site', 'staff', 'tags', 'visits']);
  for (const kind of ['cardholders', 'events']) {
    const file = fixturePath('building', vendor, `${kind}.csv`);
    await importBuildingFile(buildingRepo(db), {
      file,
      actor,
      timezone: 'Europe/Amsterdam',
      source: vendor,
    });
  }
  return reconcile(reconcileRepo(db), s.site.current(), { asOf: new Date(expected.asOf) });
}

const digits = (n: unknown) => String(n).replace(/^0+/, '');
/** Same kind, and the same employee id, tag UID, card number or door. */
function matches(f: Finding, x: Expected): boolean {
  if (f.kind !== x.kind) return false;
  if (x.employeeId && f.employeeId === x.employeeId) return true;
  if (x.tagUid && f.tagUid === x.tagUid) return true;
  const cards = Object.values(x.cardNumbers ?? {}).filter((c) => typeof c === 'string');
  if (f.cardNumber && cards.some((c) => digits(c) === digits(f.cardNumber))) return true;
  // A door by any of its names: the Dutch one, its reader, or the English one another vendor prints.
  const doors = [...(x.doors ?? []).flat(), ...(x.events ?? []).map((e) => e.door)];
  return f.door !== null && doors.includes(f.door);
}

describe.each(['nedap_aeos', 'paxton_net2'] as const)(
  'reconciliation with %s exports',
  (vendor) => {
    it('reports every expected finding, and nothing the scenario says must not be reported', async () => {
      const result = await reconciled(vendor);
      const missing = expected.findings.filter((x) => !result.findings.some((f) => matches(f, x)));
      expect(missing.map((x) => `${x.id} ${x.kind}`)).toEqual([]);
      // Anything else is a false alarm: the mustNotReport situations (cleaners in the evening, IT
      // at dawn, the director on Saturday, visitors during their visit, other tenants at the shared
      // entrance, exit buttons, a replacement tag, name variants, partner staff at general doors).
      const unexpected = result.findings.filter(
        (f) => !expected.findings.some((x) => matches(f, x)),
      );
      expect(unexpected.map((f) => `${f.kind} ${f.employeeId ?? f.cardNumber ?? f.door}`)).toEqual(
        [],
      );
    });

    it('gives each finding its evidence, a reason and an action', async () => {
      const result = await reconciled(vendor);
      expect(result.asOf).toBe('2025-11-03T06:15:00.000Z');
      const lost = result.findings.find((f) => f.kind === 'LOST_TAG_USED')!;
      expect(lost).toMatchObject({
        severity: 'high',
        employeeId: 'E1005',
        tagUid: '78446D72',
        eventCount: 3,
      });
      expect(lost.events.map((e) => e.outcome)).toEqual(['GRANTED', 'DENIED_LOST', 'DENIED_LOST']);
      for (const f of result.findings) {
        expect(f.reason, f.kind).not.toBe('');
        expect(f.action, f.kind).not.toBe('');
        expect(f.eventCount).toBe(f.events.length);
      }
    });
  },
);
