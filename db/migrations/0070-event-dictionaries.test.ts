import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/support/temp';
import { databaseAt, tableNames } from './test-helpers';

const columns =
  'occurred_at, local_time, outcome, event_text, door_id, door_name, reader_name, direction, card_number, card_uid, card_match, holder_name, employee_id, company, import_id';

describe('migration 0070 event dictionaries', () => {
  const dir = useTempDir();

  it('moves 0060 events into the slim table and keeps every column readable through the view', () => {
    const before = databaseAt(dir(), 60);
    before.exec(`
      INSERT INTO zones (id, label, own_floor) VALUES ('F4', 'Vierde', 1);
      INSERT INTO doors (id, zone_id, direction) VALUES ('R01', 'F4', 'in');
      INSERT INTO building_imports (file_name, sha256, source, kind, detected, imported_at, imported_by)
      VALUES ('events.csv', '${'a'.repeat(64)}', 'building', 'events', '{"cardRule":"cascade1-decimal-reversed"}', 't', 'test');
    `);
    const insert = before.prepare(
      `INSERT INTO access_events (${columns}, dedup_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
    );
    const events = [
      // Granted, card matched, holder known.
      [
        1759725937000,
        '2025-10-06 06:45:37',
        'GRANTED',
        'Toegang verleend',
        'R01',
        'Hoofdingang BG',
        'HI-01 lezer in',
        'In',
        '0439067140',
        '04A22B1A',
        'exact',
        'Medewerker, Naam',
        'E1000',
        'Noorderlicht',
        'r01|:439067140|GRANTED',
      ],
      // The same card printed without its leading zero, an unknown text, a door since removed.
      [
        1759725999000,
        '2025-10-06 06:46:39',
        null,
        'Brandalarm',
        'R99',
        'Oude deur',
        null,
        null,
        '439067140',
        '04A22B1A',
        'exact',
        null,
        null,
        null,
        'r99|:439067140|brandalarm',
      ],
      // The two 02:30s of the night the clocks go back, a Wiegand card, no card at all.
      [
        1761438600000,
        '2025-10-26 02:30:00',
        'DENIED_UNKNOWN',
        'Onbekende kaart',
        null,
        'Parkeergarage',
        null,
        null,
        '3456',
        null,
        null,
        null,
        null,
        null,
        'parkeergarage|12:3456|DENIED_UNKNOWN',
      ],
      [
        1761442200000,
        '2025-10-26 02:30:00',
        'REX',
        'Drukknop',
        null,
        'Parkeergarage',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        'parkeergarage|:|REX',
      ],
    ] as const;
    for (const e of events) insert.run(...e);
    before.close();

    const db = databaseAt(dir(), 70);
    expect(tableNames(db)).not.toContain('access_events');
    const expected = events.map((e) => ({
      occurred_at: e[0],
      local_time: e[1],
      outcome: e[2],
      event_text: e[3],
      door_id: e[4] === 'R99' ? null : e[4],
      door_name: e[5],
      reader_name: e[6],
      direction: e[7],
      card_number: e[8],
      card_uid: e[9],
      card_match: e[10],
      holder_name: e[11],
      employee_id: e[12],
      company: e[13],
      import_id: 1,
    }));
    // The second event's card is the first's: one card row, printed as first seen.
    expected[1]!.card_number = '0439067140';
    expect(db.prepare(`SELECT ${columns} FROM access_events ORDER BY occurred_at`).all()).toEqual(
      expected,
    );
    expect(db.prepare('SELECT facility, printed FROM building_cards ORDER BY id').all()).toEqual([
      { facility: '', printed: '439067140' },
      { facility: '12', printed: '3456' },
      { facility: '', printed: '' },
    ]);
    expect(
      db.prepare('SELECT utc_offset FROM building_events ORDER BY occurred_at').pluck().all(),
    ).toEqual([120, 120, 120, 60]);

    // The natural key still refuses the same event twice.
    // WHERE: without it SQLite would read ON CONFLICT as the SELECT's join constraint.
    const again = db.prepare(
      `INSERT INTO building_events (occurred_at, point_id, card_id, text_id, utc_offset, import_id)
       SELECT occurred_at, point_id, card_id, text_id, utc_offset, import_id FROM building_events
       WHERE true ON CONFLICT DO NOTHING`,
    );
    expect(again.run().changes).toBe(0);
    expect(() =>
      db
        .prepare(
          `INSERT INTO building_events (occurred_at, point_id, card_id, text_id, utc_offset, import_id)
           VALUES (1, 1, 1, 1, 5000, 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
