import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db/open';
import { buildingRepo } from '../../db/repos/building';
import { fixturePath, readFixture } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importBuildingFile, type BuildingImportOptions } from './building-import';
import { cardNumberFor } from './card-rules';
import { textRules } from './text-rules';

const expected = JSON.parse(readFixture('expected-findings.json')) as {
  eventsByKind: Record<string, number>;
  eventsTotal: number;
};
const timezone = 'Europe/Amsterdam';
const building = (vendor: string, kind: string) => fixturePath('building', vendor, `${kind}.csv`);

async function siteDb(): Promise<Db> {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  await s.imports.site(fixturePath('site.json'), { actor: 't' });
  await s.imports.staff(fixturePath('staff.csv'), { actor: 't' });
  await s.imports.tags(fixturePath('tags.csv'), { actor: 't' });
  return db;
}
const load = (db: Db, file: string, extra: Partial<BuildingImportOptions> = {}) =>
  importBuildingFile(buildingRepo(db), { file, actor: 'test', timezone, ...extra });

interface Canonical {
  at: number;
  local: string;
  outcome: string | null;
  door: string | null;
  uid: string | null;
}
const canonical = (db: Db) =>
  db
    .prepare<[], Canonical>(
      'SELECT occurred_at AS at, local_time AS local, outcome, door_id AS door, card_uid AS uid FROM access_events ORDER BY 1, 3, 4, 5',
    )
    .all();

describe('building exports', () => {
  const dir = useTempDir();
  let reference: Canonical[];

  beforeAll(async () => {
    const db = await siteDb();
    await load(db, building('nedap_aeos', 'events'));
    reference = canonical(db);
  });

  it.each(['nedap_aeos', 'paxton_net2'])(
    'imports %s events: every row, every outcome, the same canonical events',
    async (vendor) => {
      const db = await siteDb();
      const summary = await load(db, building(vendor, 'events'));
      expect(summary).toMatchObject({
        kind: 'events',
        rows: expected.eventsTotal,
        imported: expected.eventsTotal,
        duplicates: 0,
        rejected: [],
      });
      expect(summary.outcomes).toEqual(expected.eventsByKind);
      expect(summary.unknownEventTexts).toEqual([]);
      expect(summary.cardRule).toBe(
        vendor === 'nedap_aeos' ? 'cascade1-decimal-reversed' : 'net2-token',
      );
      expect(summary.cardMatchRate).toBeGreaterThan(0.8);
      expect(canonical(db)).toEqual(reference);
      expect(
        db.prepare('SELECT count(*) AS n FROM access_events WHERE door_id IS NULL').get(),
      ).toEqual({ n: 0 });
    },
  );

  it('reports the detected format as the output contract lists it', async () => {
    const db = await siteDb();
    const nedap = await load(db, building('nedap_aeos', 'events'));
    expect(nedap).toMatchObject({ encoding: 'windows-1252', delimiter: ';', headerRow: 5 });
    expect(nedap.columns).toMatchObject({
      Datum: 'date',
      Tijd: 'time',
      Kaartnummer: 'cardNumber',
      Lezer: 'reader',
    });
    const paxton = await load(db, building('paxton_net2', 'cardholders'));
    expect(paxton).toMatchObject({
      kind: 'cardholders',
      encoding: 'utf-8-bom',
      delimiter: ',',
      headerRow: 1,
      rows: 49,
      rejected: [],
    });
    // Each import is recorded: file, fingerprint, source, kind, counts, rule, format and who.
    const file = building('nedap_aeos', 'events');
    expect(db.prepare('SELECT * FROM building_imports ORDER BY id').all()[0]).toMatchObject({
      file_name: 'events.csv',
      sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
      source: 'building',
      kind: 'events',
      rows: 4096,
      imported: 4096,
      duplicates: 0,
      rejected: 0,
      card_rule: 'cascade1-decimal-reversed',
      imported_by: 'test',
    });
    const detected = db
      .prepare<[], string>('SELECT detected FROM building_imports ORDER BY id LIMIT 1')
      .pluck()
      .get()!;
    expect(JSON.parse(detected)).toMatchObject({ encoding: 'windows-1252', headerRow: 5 });
  });

  it('matches cardholder cards to the right tags, both vendors, including a second token per row', async () => {
    for (const vendor of ['nedap_aeos', 'paxton_net2']) {
      const db = await siteDb();
      const summary = await load(db, building(vendor, 'cardholders'));
      expect(summary.rows).toBe(vendor === 'nedap_aeos' ? 51 : 49);
      expect(summary.imported + summary.duplicates + summary.rejected.length).toBe(summary.rows);
      const femke = db
        .prepare<[], { card_uid: string; status: string }>(
          "SELECT card_uid, status FROM building_cardholders WHERE employee_id = 'E1005' ORDER BY card_uid",
        )
        .all();
      expect(femke).toEqual([
        { card_uid: '04EB26F50B588C', status: 'active' },
        { card_uid: '78446D72', status: vendor === 'nedap_aeos' ? 'blocked' : 'lost' },
      ]);
    }
  });

  it('is idempotent: the same export adds nothing, an overlapping one only what is new', async () => {
    const db = await siteDb();
    const lines = readFixture('building', 'paxton_net2', 'events.csv').split('\n');
    const [head, ...body] = lines.filter(Boolean);
    const first = path.join(dir(), 'first.csv');
    const second = path.join(dir(), 'second.csv');
    fs.writeFileSync(first, [head, ...body.slice(0, 3000)].join('\n'));
    fs.writeFileSync(second, [head, ...body.slice(2000)].join('\n'));
    expect(await load(db, first)).toMatchObject({ imported: 3000, duplicates: 0 });
    expect(await load(db, second)).toMatchObject({ rows: 2096, imported: 1096, duplicates: 1000 });
    expect(await load(db, first)).toMatchObject({ imported: 0, duplicates: 3000 });
    expect(canonical(db)).toEqual(reference);
    expect(db.prepare('SELECT count(*) AS n FROM building_imports').get()).toEqual({ n: 3 });
  });

  it('keeps each event tied to the tag its own import’s card rule found', async () => {
    const db = await siteDb();
    const log = (name: string, time: string) => {
      const file = path.join(dir(), name);
      fs.writeFileSync(
        file,
        `Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer\n06-10-2025;${time};Toegang verleend;Liftlobby 4e verdieping;90E6D3A0\n`,
      );
      return file;
    };
    await load(db, log('hex.csv', '07:00:00'), { cardRule: 'hex', source: 'a' });
    // Another system prints the same number, reversed: no known tag reads that way.
    await load(db, log('reversed.csv', '08:00:00'), { cardRule: 'hex-reversed', source: 'b' });
    expect(
      db.prepare('SELECT local_time, card_uid FROM access_events ORDER BY occurred_at').all(),
    ).toEqual([
      { local_time: '2025-10-06 07:00:00', card_uid: '90E6D3A0' },
      { local_time: '2025-10-06 08:00:00', card_uid: null },
    ]);
    expect(db.prepare('SELECT count(*) FROM building_cards').pluck().get()).toBe(1);
  });

  describe('other vendor styles of the same events', () => {
    const uid = (e: Canonical) => e.uid;
    const texts: Record<string, string> = {
      GRANTED: 'Access Granted',
      REX: 'Request to Exit',
      DOOR_HELD: 'Door Held Open',
      DENIED_NO_RIGHTS: 'Access Denied - No Access Rights',
      DENIED_UNKNOWN: 'Access Denied - Unknown Card',
      DOOR_FORCED: 'Door Forced Open',
      DENIED_LOST: 'Access Denied - Card Lost',
      DENIED_EXPIRED: 'Access Denied - Card Expired',
      DENIED_BLOCKED: 'Access Denied - Card Disabled',
      DENIED_SCHEDULE: 'Access Denied - Outside Schedule',
      DENIED_APB: 'Access Denied - Anti-Passback',
    };
    const doorNames: Record<string, string> = {
      R01: 'Main entrance GF (In)',
      R02: 'Main entrance GF (Out)',
      R03: 'Car park (In)',
      R04: 'Car park (Out)',
      R05: 'Lift lobby 4F',
      R06: '4.01 Open-plan office',
      R07: 'North stairwell 4F',
      R08: '4.03 Project room',
      R09: '4.05 Server room',
      R10: '4.07 Archive',
      R11: '4.10 Boardroom',
    };
    it('a log in UTC only, ISO timestamps, Wiegand facility code and card number in two columns', async () => {
      const rows = reference
        .filter((e) => e.uid)
        .map((e) => {
          const [fc, cn] = cardNumberFor(uid(e)!, 'wiegand26-low3').key.split(':');
          return [new Date(e.at).toISOString(), texts[e.outcome!], doorNames[e.door!], fc, cn].join(
            ',',
          );
        });
      const file = path.join(dir(), 'utc.csv');
      fs.writeFileSync(
        file,
        ['Timestamp (UTC),Event Type,Door,Facility Code,Card Number', ...rows].join('\n'),
      );
      const db = await siteDb();
      const summary = await load(db, file);
      expect(summary).toMatchObject({
        rows: rows.length,
        imported: rows.length,
        cardRule: 'wiegand26-low3',
        rejected: [],
      });
      expect(canonical(db)).toEqual(reference.filter((e) => e.uid));
    });

    it('an audit trail with the vendor documentation’s own column names, read by their words', async () => {
      const rows = reference
        .filter((e) => e.uid)
        .map((e, i) =>
          [
            new Date(e.at).toISOString().replace('.000Z', 'Z'),
            texts[e.outcome!],
            doorNames[e.door!],
            `D-${i % 7}`,
            cardNumberFor(uid(e)!, 'hex').key,
          ].join(','),
        );
      const file = path.join(dir(), 'audit-trail.csv');
      const header =
        'Event Date/Time (GMT),Operation Description,Door Name,Door No.,Card Serial No.';
      fs.writeFileSync(file, [header, ...rows].join('\n'));
      const db = await siteDb();
      const summary = await load(db, file);
      expect(summary.columns).toEqual({
        'Event Date/Time (GMT)': 'timestampUtc',
        'Operation Description': 'eventText',
        'Door Name': 'door',
        'Door No.': 'ignored',
        'Card Serial No.': 'cardNumber',
      });
      expect(summary).toMatchObject({ kind: 'events', imported: rows.length, rejected: [] });
      expect(summary.unknownEventTexts).toEqual([]);
      expect(canonical(db)).toEqual(reference.filter((e) => e.uid));
    });

    it('a generic event category beside the description: the description decides', async () => {
      const categoryOf = (outcome: string) =>
        outcome.startsWith('DOOR_') ? 'Door Alarm' : outcome === 'REX' ? 'Door' : 'Access';
      const rows = reference
        .filter((e) => e.uid)
        .map((e) =>
          [
            e.local,
            categoryOf(e.outcome!),
            texts[e.outcome!]!.replace(/^Access Denied - /, ''),
            doorNames[e.door!],
            cardNumberFor(uid(e)!, 'hex').key,
          ].join(';'),
        );
      const file = path.join(dir(), 'category.csv');
      fs.writeFileSync(
        file,
        ['Date/Time;Event Type;Description;Door;Card Number', ...rows].join('\n'),
      );
      const db = await siteDb();
      const summary = await load(db, file);
      expect(summary.columns).toMatchObject({
        'Event Type': 'eventCategory',
        Description: 'eventText',
      });
      expect(summary.unknownEventTexts).toEqual([]);
      expect(canonical(db)).toEqual(reference.filter((e) => e.uid));
    });

    it('US dates with AM/PM in site-local time and hex card numbers byte-reversed', async () => {
      const local = (e: Canonical) => {
        const [date, time] = e.local.split(' ') as [string, string];
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [hh, mi, ss] = time.split(':').map(Number) as [number, number, number];
        return `${m}/${d}/${y} ${hh % 12 || 12}:${String(mi).padStart(2, '0')}:${String(ss).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
      };
      const rows = reference
        .filter((e) => e.uid)
        .map((e) =>
          [
            local(e),
            texts[e.outcome!],
            doorNames[e.door!],
            cardNumberFor(uid(e)!, 'hex-reversed').key,
          ].join(';'),
        );
      const file = path.join(dir(), 'us.csv');
      fs.writeFileSync(file, ['Date/Time;Event;Door;Card', ...rows].join('\r\n'));
      const db = await siteDb();
      const summary = await load(db, file);
      expect(summary).toMatchObject({
        imported: rows.length,
        cardRule: 'hex-reversed',
        delimiter: ';',
        rejected: [],
      });
      expect(canonical(db)).toEqual(reference.filter((e) => e.uid));
    });

    it('decides the day/month order over the whole column, past the first megabyte', async () => {
      // 10,000 rows of dates that read either way, then one that only reads month-first.
      const rows = Array.from({ length: 10_000 }, (_, i) => {
        const [m, d] = [1 + (i % 12), 1 + (Math.floor(i / 12) % 12)];
        const time = `${String(8 + (i % 9)).padStart(2, '0')}:${String(Math.floor(i / 9) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;
        return `${m}/${d}/2025 ${time};Access Granted;Lift lobby 4F;${'x'.repeat(60)}${i}`;
      });
      rows.push('1/13/2025 09:00:00;Access Granted;Lift lobby 4F;last');
      const file = path.join(dir(), 'late-us.csv');
      fs.writeFileSync(file, ['Date/Time;Event;Door;Card', ...rows].join('\n'));
      expect(fs.statSync(file).size).toBeGreaterThan(1 << 20);
      const db = await siteDb();
      const summary = await load(db, file);
      expect(summary).toMatchObject({ rows: 10_001, imported: 10_001, rejected: [] });
      expect(
        db.prepare("SELECT local_time FROM access_events WHERE card_number = 'last'").pluck().get(),
      ).toBe('2025-01-13 09:00:00');
      // Row 2 of the file, "2/1/2025", is the first of February, not the second of January.
      expect(
        db
          .prepare('SELECT local_time FROM access_events WHERE card_number = ?')
          .pluck()
          .get(`${'x'.repeat(60)}1`),
      ).toBe('2025-02-01 09:00:01');
      expect(db.prepare('SELECT count(*) FROM building_imports').pluck().get()).toBe(1);
    });

    it('an XLSX cardholder list with ROM codes in hex and a second sheet of cancelled keys', async () => {
      const db = await siteDb();
      const tags = db
        .prepare<[], { uid: string }>("SELECT uid FROM tags WHERE pool = 'staff'")
        .all();
      const workbook = new ExcelJS.Workbook();
      const active = workbook.addWorksheet('Cardholders');
      active.addRow(['Name', 'ROM Code', 'Access Levels', 'Valid To']);
      tags
        .slice(0, 30)
        .forEach((t, i) =>
          active.addRow([
            `Person ${i}`,
            t.uid,
            'Floor 4 Standard; Floor 4 IT',
            new Date(Date.UTC(2026, 5, 30)),
          ]),
        );
      const cancelled = workbook.addWorksheet('Cancelled keys');
      cancelled.addRow(['Name', 'ROM Code']);
      tags.slice(30).forEach((t, i) => cancelled.addRow([`Former ${i}`, t.uid.toLowerCase()]));
      const file = path.join(dir(), 'holders.xlsx');
      await workbook.xlsx.writeFile(file);
      const summary = await importBuildingFile(buildingRepo(db), { file, actor: 'test', timezone });
      expect(summary).toMatchObject({
        kind: 'cardholders',
        rows: tags.length,
        imported: tags.length,
        cardRule: 'hex',
        cardMatchRate: 1,
        rejected: [],
      });
      const statuses = db
        .prepare(
          'SELECT status, count(*) AS n FROM building_cardholders GROUP BY status ORDER BY status',
        )
        .all();
      expect(statuses).toEqual([
        { status: 'active', n: 30 },
        { status: 'inactive', n: tags.length - 30 },
      ]);
      expect(
        db.prepare('SELECT access_levels, valid_to FROM building_cardholders LIMIT 1').get(),
      ).toEqual({
        access_levels: '["Floor 4 Standard","Floor 4 IT"]',
        valid_to: '2026-06-30',
      });
    });
  });

  describe('bad input: a clear error, nothing half-imported', () => {
    const write = (name: string, content: string | Buffer) => {
      const file = path.join(dir(), name);
      fs.writeFileSync(file, content);
      return file;
    };
    const refused = async (file: string, code: string, message: RegExp) => {
      const db = await siteDb();
      await expect(load(db, file)).rejects.toMatchObject({
        code,
        message: expect.stringMatching(message),
      });
      expect(
        db
          .prepare(
            'SELECT (SELECT count(*) FROM access_events) + (SELECT count(*) FROM building_imports) AS n',
          )
          .get(),
      ).toEqual({ n: 0 });
    };

    it('refuses empty, binary, endless-line, over-wide, duplicate-header and unknown-header files', async () => {
      await refused(write('empty.csv', ''), 'empty', /empty/);
      await refused(
        write('x.bin', Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 7))),
        'binary',
        /not a text/,
      );
      await refused(
        write('long.csv', `Datum;Gebeurtenis;Deur;Kaartnummer\n${'x'.repeat(3 * 1024 * 1024)}`),
        'row_too_long',
        /Row 2 runs on/,
      );
      await refused(write('oneline.csv', 'x'.repeat(3 * 1024 * 1024)), 'row_too_long', /Row 1/);
      await refused(
        write(
          'wide.csv',
          `Datum,Gebeurtenis,Deur,${Array.from({ length: 10000 }, (_, i) => `c${i}`).join(',')}\n`,
        ),
        'too_many_columns',
        /10003 columns/,
      );
      await refused(
        write(
          'dup.csv',
          'Datum,Tijd,Gebeurtenis,Deur,Kaartnummer,Deur\n06-10-2025,07:00,Toegang verleend,Hoofdingang BG,1,2\n',
        ),
        'duplicate_header',
        /"Deur" appears twice/,
      );
      await refused(
        write('other.csv', 'Product,Price,Stock\nTea,2,5\n'),
        'unknown_kind',
        /cannot tell which column holds what.*--columns/,
      );
      await refused(
        write('prose.txt', 'Dear building manager,\nplease send the export.\n'),
        'no_known_columns',
        /No header row/,
      );
      await refused(
        write('cut.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)])),
        'xlsx',
        /workbook cannot be read/,
      );
    });

    it('rejects rows with impossible dates by row and column, and keeps the rest', async () => {
      const db = await siteDb();
      const file = write(
        'dates.csv',
        [
          'Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer',
          '06-10-2025;07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
          '06-10-9999;07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
          '06-10-1969;07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
          '30-02-2025;07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
          '30-03-2025;02:30:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
          '07-10-2025;07:00:00;Brandalarm actief;Liftlobby 4e verdieping;',
        ].join('\n'),
      );
      const summary = await load(db, file);
      expect(summary).toMatchObject({ rows: 6, imported: 2 });
      expect(summary.rejected).toEqual([
        { row: 3, column: 'Datum', reason: 'the year 9999 is outside 1970–2100' },
        { row: 4, column: 'Datum', reason: 'the year 1969 is outside 1970–2100' },
        { row: 5, column: 'Datum', reason: '"30-02-2025 07:00:00" is not a date and time' },
        { row: 6, column: 'Datum', reason: expect.stringMatching(/02:30 does not exist/) },
      ]);
      expect(summary.unknownEventTexts).toEqual([{ text: 'Brandalarm actief', count: 1 }]);
      expect(
        db
          .prepare("SELECT outcome, event_text FROM access_events WHERE event_text LIKE 'Brand%'")
          .get(),
      ).toEqual({ outcome: null, event_text: 'Brandalarm actief' });
      // A rule the office manager adds afterwards classifies the stored event too.
      expect(textRules(buildingRepo(db)).add('Brandalarm actief', 'DOOR_HELD')).toBe(1);
      expect(
        db
          .prepare("SELECT outcome FROM access_events WHERE event_text LIKE 'Brand%'")
          .pluck()
          .get(),
      ).toBe('DOOR_HELD');
    });

    it('refuses a short row and an unclosed quote by row and column; the corrected file adds just those', async () => {
      const db = await siteDb();
      const header = 'Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer';
      const good = (time: string) =>
        `06-10-2025;${time};Toegang verleend;Liftlobby 4e verdieping;0439067140`;
      const broken = [
        header,
        good('07:00:00'),
        '06-10-2025;07:01:00;Toegang verleend', // no door, no card
        '06-10-2025;07:02:00;"Toegang verleend;Liftlobby 4e verdieping;0439067140', // quote never closed
        good('07:03:00'),
        '06-10-2025;07:04:00;Toegang verleend;;0439067140', // a door column left empty
        good('07:05:00'),
      ];
      const summary = await load(db, write('broken.csv', broken.join('\r\n')));
      expect(summary).toMatchObject({ rows: 6, imported: 3 });
      expect(summary.rejected).toEqual([
        { row: 3, column: 'Toegangspunt', reason: 'the row ends before this column (3 fields)' },
        {
          row: 4,
          column: null,
          reason: expect.stringMatching(/^Row 4 has a quote \(".*never closed/),
        },
        { row: 6, column: 'Toegangspunt', reason: 'no door or reader' },
      ]);

      const corrected = [
        header,
        ...['07:00:00', '07:01:00', '07:02:00', '07:03:00', '07:04:00', '07:05:00'].map(good),
      ];
      const again = await load(db, write('corrected.csv', corrected.join('\r\n')));
      expect(again).toMatchObject({ rows: 6, imported: 3, duplicates: 3, rejected: [] });
    });

    it('lets the office manager map columns Lobby cannot tell, and remembers the mapping per source', async () => {
      const db = await siteDb();
      const body = [
        'Wanneer;Wat;Waar;Pas',
        '06-10-2025 07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
        '06-10-2025 07:05:00;Toegang verleend;Liftlobby 4e verdieping;0439067140',
      ];
      const file = write('own-words.csv', body.join('\n'));
      const preview = await load(db, file, { inspectOnly: true });
      expect(preview).toMatchObject({ kind: null, headerRow: 1, rows: 2 });
      expect(preview.columns).toEqual({
        Wanneer: 'ignored',
        Wat: 'ignored',
        Waar: 'ignored',
        Pas: 'ignored',
      });
      expect(preview.availableRoles).toEqual(
        expect.arrayContaining(['timestamp', 'eventText', 'door', 'cardNumber']),
      );

      const mapping = { Wanneer: 'timestamp', Wat: 'eventText', Waar: 'door', Pas: 'cardNumber' };
      expect(await load(db, file, { columns: mapping, source: 'gebouw-b' })).toMatchObject({
        kind: 'events',
        imported: 2,
        rejected: [],
      });
      // The next export from that system needs no mapping; another source still does.
      const next = write(
        'own-words-2.csv',
        [...body, '07-10-2025 07:00:00;Toegang verleend;Liftlobby 4e verdieping;0439067140'].join(
          '\n',
        ),
      );
      expect(await load(db, next, { source: 'gebouw-b' })).toMatchObject({
        imported: 1,
        duplicates: 2,
      });
      await expect(load(db, next, { source: 'elders' })).rejects.toMatchObject({
        code: 'unknown_kind',
      });
    });

    it('reads UTF-16 and Windows-1252 text with its accents', async () => {
      const db = await siteDb();
      const text =
        'Datum;Tijd;Gebeurtenis;Toegangspunt;Kaartnummer;Naam\n08-10-2025;09:40:05;Toegang geweigerd - geen autorisatie;4.07 Archief;3141731464;Noë, Ingrid\n';
      await load(
        db,
        write(
          'utf16.csv',
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
        ),
      );
      const cp1252 = await load(
        db,
        write('cp.csv', Buffer.from(text.replace('08-10', '09-10'), 'latin1')),
      );
      expect(cp1252.encoding).toBe('windows-1252');
      expect(db.prepare('SELECT DISTINCT holder_name FROM access_events').all()).toEqual([
        { holder_name: 'Noë, Ingrid' },
      ]);
    });

    it('rolls everything back when cancelled halfway', async () => {
      const db = await siteDb();
      let rows = 0;
      await expect(
        load(db, building('nedap_aeos', 'events'), {
          onProgress: ({ phase }) => void (phase === 'import' && (rows += 1)),
          shouldStop: () => rows > 0,
        }),
      ).rejects.toMatchObject({ code: 'cancelled' });
      expect(
        db
          .prepare(
            'SELECT (SELECT count(*) FROM access_events) + (SELECT count(*) FROM building_imports) AS n',
          )
          .get(),
      ).toEqual({ n: 0 });
    });
  });
});
