import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { outcomeClassifier } from './event-outcomes';
import { textRules } from './text-rules';

describe('office-manager event-text rules', () => {
  it('stores a rule, classifies events already waiting for one, and feeds later imports', () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
      VALUES ('x', '${'a'.repeat(64)}', 'building', 'events', '{}', 't', 't');
      INSERT INTO building_event_texts (id, text) VALUES (1, 'Deur open na brandalarm'), (2, 'Iets anders');
      INSERT INTO building_access_points (id, door_name, reader_name, direction) VALUES (1, 'd', '', '');
      INSERT INTO building_cards (id, facility, printed, card_number) VALUES (1, '', '', '');
      INSERT INTO building_events (occurred_at, point_id, card_id, text_id, utc_offset, import_id)
      VALUES (1, 1, 1, 1, 60, 1), (2, 1, 1, 1, 60, 1), (3, 1, 1, 2, 60, 1);
    `);
    const rules = textRules(buildingRepo(db));
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
