import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { fixturePath, readFixture } from '../../test/support/fixtures';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';

const actor = 'test';

async function loaded() {
  const s = createServices(openDatabase(':memory:'));
  await s.imports.site(fixturePath('site.json'), { actor });
  return s;
}

describe('importing the registers', () => {
  const dir = useTempDir();
  const write = (name: string, text: string | Buffer) => {
    const file = path.join(dir(), name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('puts every lost and not-handed-in badge of the register on the to-do for the building', async () => {
    const s = await loaded();
    await s.imports.staff(fixturePath('staff.csv'), { actor });
    await s.imports.tags(fixturePath('tags.csv'), { actor });
    const kinds = s.tagView.incidents().map((i) => i.kind);
    expect(kinds.filter((k) => k === 'tag_not_returned')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'tag_lost')).toHaveLength(1);
  });

  it('imports the four fixture files with nothing rejected, then finds nothing to change', async () => {
    const s = createServices(openDatabase(':memory:'));
    const run = async () => [
      await s.imports.site(fixturePath('site.json'), { actor }),
      await s.imports.staff(fixturePath('staff.csv'), { actor }),
      await s.imports.tags(fixturePath('tags.csv'), { actor }),
      await s.imports.visits(fixturePath('visits.csv'), { actor }),
    ];
    const first = await run();
    expect(first.map((r) => [r.kind, r.rows, r.imported, r.rejected.length])).toEqual([
      ['site', 55, 53, 0],
      ['staff', 40, 40, 0],
      ['tags', 46, 46, 0],
      ['visits', 14, 14, 0],
    ]);
    const second = await run();
    expect(second.map((r) => [r.imported, r.updated, r.unchanged === r.rows])).toEqual(
      Array(4).fill([0, 0, true]),
    );
  });

  it('keeps the custody history the register describes, lost tag incident included', async () => {
    const s = await loaded();
    await s.imports.staff(fixturePath('staff.csv'), { actor });
    await s.imports.tags(fixturePath('tags.csv'), { actor });
    const lost = s.tags.byUid('78446D72')!;
    expect(lost).toMatchObject({ status: 'lost', statusSince: '2025-10-15T08:30:00.000Z' });
    expect(s.tags.custodyOf(lost.id)).toMatchObject([
      {
        holderKind: 'person',
        startedAt: '2018-01-14T23:00:00.000Z',
        endedAt: '2025-10-15T08:30:00.000Z',
        endReason: 'lost',
      },
    ]);
    const leaver = s.tags.byUid('5F34CFC1')!;
    expect(leaver.status).toBe('not_returned');
    expect(s.tags.openCustody(leaver.id)?.personId).toBe(s.people.byEmployeeId('E1017')?.id);
    const pool = s.tags.byUid('041B1251F77A28')!;
    expect(pool).toMatchObject({ pool: 'visitor', label: 'BEZ-01', status: 'active' });
  });

  it('records a later register giving a tag to someone else as a reassignment, not a rewrite', async () => {
    const s = await loaded();
    await s.imports.staff(fixturePath('staff.csv'), { actor });
    await s.imports.tags(fixturePath('tags.csv'), { actor });
    const later = write(
      'tags-later.csv',
      'tag_uid,uid_length,tag_type,holder_type,holder_id,issued_on,status,status_since,notes\n' +
        '86:5B:3F:A5,4,MIFARE Classic 1K (4-byte NUID),employee,E1030,2025-11-01,active,2025-11-01,\n',
    );
    const result = await s.imports.tags(later, { actor });
    expect(result).toMatchObject({ updated: 1, rejected: [] });
    const tag = s.tags.byUid('865B3FA5')!;
    const history = s.tags.custodyOf(tag.id);
    expect(history.map((c) => [c.personId, c.endReason])).toEqual([
      [s.people.byEmployeeId('E1023')!.id, 'returned'],
      [s.people.byEmployeeId('E1030')!.id, null],
    ]);
  });

  it('reports every refused staff row with its row, column and reason, and imports the rest', async () => {
    const s = await loaded();
    const file = write(
      'staff.csv',
      [
        'employee_id,first_name,name_prefix,last_name,company,department,role,start_date,end_date,expected_profile',
        'E1,Anna,,Bakker,Veldkamp & Noorderlicht,HR,HR,2020-01-01,,HR',
        ',Bob,,Vries,Brugwerk,X,Y,2020-01-01,,PARTNER',
        'E2,Carla,,,Brugwerk,X,Y,2020-01-01,,PARTNER',
        'E3,Dirk,,Dam,Unknown Corp,X,Y,2020-01-01,,STD',
        'E4,Eva,,Eik,Brugwerk,X,Y,2020-02-30,,STD',
        'E5,Frits,,Fok,Brugwerk,X,Y,2020-05-01,2020-04-01,STD',
        'E6,Gea,,Gans,Brugwerk,X,Y,2020-05-01,,NOPE',
        'E1,Anna,,Bakker,Veldkamp & Noorderlicht,HR,HR,2020-01-01,,HR',
      ].join('\n'),
    );
    const result = await s.imports.staff(file, { actor });
    expect(result.imported).toBe(1);
    expect(result.rejected).toEqual([
      { row: 3, column: 'employee_id', reason: 'no employee number' },
      { row: 4, column: 'last_name', reason: 'a first and a last name are both needed' },
      {
        row: 5,
        column: 'company',
        reason: expect.stringContaining('unknown organisation "Unknown Corp"'),
      },
      { row: 6, column: 'start_date', reason: '"2020-02-30" is not a date' },
      { row: 7, column: 'end_date', reason: 'ends (2020-04-01) before it starts (2020-05-01)' },
      {
        row: 8,
        column: 'expected_profile',
        reason: expect.stringContaining('unknown profile "NOPE"'),
      },
      { row: 9, column: 'employee_id', reason: 'employee number E1 is also on row 2' },
    ]);
    expect(s.people.byEmployeeId('E1')).toMatchObject({
      organisation: 'Veldkamp & Noorderlicht B.V.',
      profileId: 'HR',
    });
  });

  it('reads a Dutch Windows-1252 export with semicolons and day-first dates', async () => {
    const s = await loaded();
    const text =
      'Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;Bedrijf;Afdeling;Functie;In dienst;Uit dienst;Profiel\r\n' +
      'E1011;Ingrid;;Noë;Veldkamp & Noorderlicht B.V.;HR;HR-adviseur;01-02-2024;;HR\r\n' +
      'E1015;Emre;;Çelik;Veldkamp & Noorderlicht B.V.;Projecten;Projectmedewerker;13-10-2021;;STD\r\n';
    const result = await s.imports.staff(write('hr.csv', Buffer.from(text, 'latin1')), { actor });
    expect(result).toMatchObject({ imported: 2, rejected: [] });
    expect(s.people.byEmployeeId('E1011')).toMatchObject({
      lastName: 'Noë',
      startDate: '2024-02-01',
    });
    expect(s.people.byEmployeeId('E1015')).toMatchObject({
      lastName: 'Çelik',
      startDate: '2021-10-13',
    });
  });

  it('reads the staff list from an XLSX workbook with real date cells', async () => {
    const s = await loaded();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Medewerkers');
    const [header, ...lines] = readFixture('staff.csv').trim().split('\n');
    sheet.addRow(header!.split(','));
    for (const line of lines) {
      const cells: (string | Date)[] = line.split(',');
      for (const i of [7, 8]) if (cells[i]) cells[i] = new Date(`${cells[i] as string}T00:00:00Z`);
      sheet.addRow(cells);
    }
    const file = path.join(dir(), 'staff.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await s.imports.staff(file, { actor });
    expect(result).toMatchObject({ rows: 40, imported: 40, rejected: [] });
    expect(s.people.byEmployeeId('E1017')).toMatchObject({ endDate: '2025-10-10' });
    const again = await s.imports.staff(fixturePath('staff.csv'), { actor });
    expect(again).toMatchObject({ imported: 0, updated: 0 });
  });

  it('says what is wrong with a file it cannot read at all', async () => {
    const s = await loaded();
    await expect(s.imports.staff(write('empty.csv', ''), { actor })).rejects.toThrow(/is empty/);
    await expect(
      s.imports.staff(write('x.bin', Buffer.from([0, 1, 2, 3, 0, 0])), { actor }),
    ).rejects.toThrow(/not a text/);
    await expect(
      s.imports.staff(write('cut.xlsx', Buffer.from('PK\u0003\u0004garbage')), { actor }),
    ).rejects.toThrow(/XLSX/);
    const noColumns = await s.imports.staff(write('odd.csv', 'a,b,c\n1,2,3\n'), { actor });
    expect(noColumns.rejected[0]?.reason).toMatch(
      /no column for: employeeId, firstName, lastName, organisation/,
    );
  });

  it('previews without writing (dry run)', async () => {
    const s = await loaded();
    const preview = await s.imports.staff(fixturePath('staff.csv'), { actor, dryRun: true });
    expect(preview.imported).toBe(40);
    expect(s.people.all()).toHaveLength(0);
    const sitePreview = await s.imports.site(fixturePath('site.json'), { actor, dryRun: true });
    expect(sitePreview.unchanged).toBe(55);
  });

  it('refuses a small workbook with one cell in column XFD at once, off the main thread', async () => {
    const s = await loaded();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Personeel');
    sheet.addRow(['Personeelsnummer', 'Voornaam', 'Achternaam', 'Organisatie']);
    for (let i = 1; i <= 200; i += 1) sheet.addRow([`E${i}`, 'Anna', 'Bakker', 'Brugwerk']);
    sheet.getCell('XFD150').value = 'x';
    const file = path.join(dir(), 'wide.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(fs.statSync(file).size).toBeLessThan(20_000);

    // The main thread keeps ticking while the worker reads.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    const refused = await s.imports.staff(file, { actor, dryRun: true }).catch((e: Error) => e);
    const took = performance.now() - started;
    clearInterval(timer);
    expect(refused).toMatchObject({
      code: 'invalid_argument',
      message: expect.stringMatching(
        /Row 150 has a cell in column XFD.*up to 500 columns.*\(row 150, XFD\)/,
      ),
    });
    // The acceptance criterion (issue #10): refused in under two seconds, here with a margin
    // for a loaded machine; the old whole-workbook read took 70 s and 875 MB.
    expect(took).toBeLessThan(2000);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a CSV wider than any register, naming the row', async () => {
    const s = await loaded();
    const wide = ['Personeelsnummer,Voornaam,Achternaam,Organisatie', `E1,A,B,C${','.repeat(600)}`];
    await expect(s.imports.staff(write('wide.csv', wide.join('\n')), { actor })).rejects.toThrow(
      /Row 2 has a cell in column \w+; Lobby reads up to 500 columns/,
    );
  });

  it('reads the BHV team from a yes/no column, and refuses a cell that is neither by row and column', async () => {
    const s = await loaded();
    const file = write(
      'bhv.csv',
      [
        'Personeelsnummer;Voornaam;Achternaam;Bedrijf;BHV',
        'E1;Anna;Bakker;Brugwerk;ja',
        'E2;Bob;Vries;Brugwerk;',
        'E3;Carla;Dam;Brugwerk;x',
        'E4;Dirk;Eik;Brugwerk;misschien',
      ].join('\n'),
    );
    const result = await s.imports.staff(file, { actor });
    expect(result.rejected).toEqual([
      { row: 5, column: 'BHV', reason: '"misschien" is not yes or no' },
    ]);
    expect(['E1', 'E2', 'E3'].map((id) => s.people.byEmployeeId(id)?.bhv)).toEqual([
      true,
      false,
      true,
    ]);
  });
});
