import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { outcomeClassifier } from './event-outcomes';
import { textRules } from './text-rules';

describe('office-manager event-text rules', () => {
  it('stores a rule, classifies events already waiting for one, and feeds later imports', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
             VALUES ('x', '${'a'.repeat(64)}', 'building', 'events', '{}', 't', 't')`);
    const insert = db.prepare(
      `INSERT INTO access_events (occurred_at, local_time, outcome, event_text, door_name, import_id, dedup_key)
       VALUES (?, 't', NULL, ?, 'd', 1, ?)`,
    );
    insert.run(1, 'Deur open na brandalarm', 'a');
    insert.run(2, 'Deur open na brandalarm', 'b');
    insert.run(3, 'Iets anders', 'c');
    const rules = textRules(db);
    expect(rules.add('Deur open na brandalarm', 'DOOR_HELD')).toBe(2);
    expect(rules.list()).toEqual([{ words: ['deur open na brandalarm'], outcome: 'DOOR_HELD' }]);
    expect(
      outcomeClassifier(rules.list().map((r) => ({ all: r.words, outcome: r.outcome })))(
        'DEUR open na Brandalarm!',
      ),
    ).toBe('DOOR_HELD');
    expect(() => rules.add('x', 'MAYBE')).toThrow(/not an outcome/);
    expect(
      db.prepare('SELECT count(*) AS n FROM access_events WHERE outcome IS NULL').get(),
    ).toEqual({ n: 1 });
  });
});
