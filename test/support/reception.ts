/** A reception on the fixture site, staff list and tag register, with a clock the test moves. */
import { openDatabase, type Db } from '../../db/open';
import { createServices } from '../../main/app/services';
import { createReception, type ReceptionOptions } from '../../main/reception/reception';
import { importRegisters } from './registers';

export interface TestReception {
  db: Db;
  clock: { now: Date; advance(minutes: number): void };
  reception: ReturnType<typeof createReception>;
  changed: string[];
  personId(employeeId: string): number;
}

export async function testReception(
  start = '2026-11-30T09:00:00.000Z',
  opts: Partial<ReceptionOptions> = {},
): Promise<TestReception> {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  await importRegisters(s, ['site', 'staff', 'tags']);
  const clock = {
    now: new Date(start),
    advance(minutes: number) {
      clock.now = new Date(clock.now.getTime() + minutes * 60_000);
    },
  };
  const changed: string[] = [];
  const reception = createReception({
    db,
    now: () => clock.now,
    locale: () => 'nl',
    changed: (date) => changed.push(date),
    autoSend: false,
    ...opts,
  });
  const personId = (employeeId: string) => s.people.byEmployeeId(employeeId)!.id;
  return { db, clock, reception, changed, personId };
}
