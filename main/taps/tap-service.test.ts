import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { holdersRepo } from '../../db/repos/holders';
import { settingsRepo } from '../../db/repos/settings';
import { openDatabase } from '../../db/open';
import { combineReaders } from '../../hardware/combine';
import { createManualReader } from '../../hardware/manual-reader';
import type { EventPayloads } from '../contract/features';
import type { TagTap } from './calls';
import { EventHub } from '../ipc/events';
import { tapService } from './tap-service';

function setup(development: boolean, clock: { t: number } = { t: 0 }) {
  const db = openDatabase(':memory:');
  const t = '2025-01-01T00:00:00.000Z';
  db.exec(`
    INSERT INTO organisations (name, role) VALUES ('Brugwerk Consultancy B.V.', 'partner');
    INSERT INTO people (employee_id, first_name, name_prefix, last_name, organisation_id, created_at, updated_at)
      VALUES ('P2003', 'Rick', 'van', 'Leeuwen', 1, '${t}', '${t}');
    INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES ('D6C37378', 'staff', 'active', '${t}', '${t}');
    INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES ('04EB26F50B588C', 'staff', 'lost', '${t}', '${t}');
    INSERT INTO tags (uid, pool, label, status, status_since, enrolled_at) VALUES ('434FC29C', 'visitor', 'BEZ-02', 'active', '${t}', '${t}');
    INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (1, 'person', 1, '${t}', 'test');
    INSERT INTO tag_custody (tag_id, holder_kind, person_id, started_at, recorded_by) VALUES (2, 'person', 1, '${t}', 'test');
    INSERT INTO tag_custody (tag_id, holder_kind, started_at, recorded_by) VALUES (3, 'visitor_pool', '${t}', 'test');
    INSERT INTO tags (uid, pool, status, status_since, enrolled_at) VALUES ('AABBCCDD', 'staff', 'available', '${t}', '${t}');
  `);
  const wedge = createManualReader({ name: 'Keyboard reader', standard: 'keyboard' });
  const dev = development ? createManualReader({ name: 'Dev', standard: 'development' }) : null;
  const events = new EventHub<EventPayloads>();
  const taps: TagTap[] = [];
  events.subscribe((event, payload) => event === 'tagTapped' && taps.push(payload as TagTap));
  const settings = settingsRepo(db);
  const service = tapService({
    readers: combineReaders([wedge, ...(dev ? [dev] : [])]),
    wedge,
    development: dev,
    holders: holdersRepo(db),
    settings,
    audit: auditRepo(db),
    events,
    now: () => clock.t,
  });
  return { service, taps, settings, db };
}

describe('tap service', () => {
  it('names the holder of a tapped badge, the pool label of a visitor badge, or nobody', () => {
    const { service, taps } = setup(true);
    service.simulateTap('D6:C3:73:78');
    service.simulateTap('434FC29C');
    service.simulateTap('11223344');
    expect(taps.map((t) => t.holder)).toEqual([
      // A greeting needs the first name: no surname, no organisation for whoever taps.
      { kind: 'person', firstName: 'Rick', status: 'active', usable: true },
      { kind: 'visitor', label: 'BEZ-02', status: 'active', usable: true },
      null,
    ]);
    expect(taps[0]).toMatchObject({ uid: 'D6C37378', reader: 'Dev' });
  });

  it('turns keyboard-wedge input into a tap using the configured format', () => {
    const { service, taps, settings } = setup(false);
    service.submitWedgeInput('2020852694'); // D6 C3 73 78 reversed, as a 32-bit decimal
    settings.set('readers.wedgeFormat', 'hex');
    service.submitWedgeInput('d6:c3:73:78');
    expect(taps.map((t) => [t.reader, t.uid, t.holder?.kind])).toEqual([
      ['Keyboard reader', 'D6C37378', 'person'],
      ['Keyboard reader', 'D6C37378', 'person'],
    ]);
    expect(() => service.submitWedgeInput('xyz')).toThrow(/not a hex card number/);
  });

  it('matches a 7-byte badge by the 4-byte prefix a decimal wedge gives, but only for wedges', () => {
    const { service, taps, settings } = setup(true);
    settings.set('readers.wedgeFormat', 'hex');
    service.submitWedgeInput('04EB26F5');
    expect(taps[0]?.holder).toMatchObject({ kind: 'person', status: 'lost', usable: false });
    service.simulateTap('04EB26F5');
    expect(taps[1]?.holder).toBeNull();
  });

  it('refuses test badges outside development', () => {
    const { service } = setup(false);
    expect(() => service.simulateTap('D6C37378')).toThrow(/development only/);
  });

  it('takes typed card numbers at a reader’s pace, not at a script’s', () => {
    const clock = { t: 0 };
    const { service, taps } = setup(false, clock);
    const typeOne = () => service.submitWedgeInput('2020852694');
    for (let i = 0; i < 10; i += 1) typeOne();
    expect(typeOne).toThrow(/Too many card numbers/);
    clock.t += 3000;
    typeOne();
    expect(typeOne).toThrow(/Too many card numbers/);
    expect(taps).toHaveLength(11);
  });

  it('says a tag held by nobody is not in use, never a visitor badge', () => {
    const { service, taps } = setup(true);
    service.simulateTap('AABBCCDD');
    expect(taps[0]?.holder).toEqual({
      kind: 'unassigned',
      label: null,
      status: 'available',
      usable: false,
    });
  });
});
