import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open';
import { eventBatches } from './building-events';

describe('event batches', () => {
  it('writes full batches and the rest, counting only events not stored before', () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
      VALUES ('x', '${'a'.repeat(64)}', 'building', 'events', '{}', 't', 't');
    `);
    const write = (times: number[]) => {
      const batches = eventBatches(db, 1);
      for (const t of times) batches.add(t, 1, 1, 1, 60, t % 2 ? null : 7);
      return batches.finish();
    };
    const range = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => from + i);
    // 130 = two batches of 64 and two rows left over; the second run overlaps the first by 30.
    expect(write(range(0, 130))).toBe(130);
    expect(write([...range(100, 200), 150])).toBe(70);
    expect(db.prepare('SELECT count(*) FROM building_events').pluck().get()).toBe(200);
    expect(
      db
        .prepare('SELECT holder_id FROM building_events WHERE occurred_at IN (198, 199)')
        .pluck()
        .all(),
    ).toEqual([7, null]);
  });
});
