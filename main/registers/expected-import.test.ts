import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { receptionRepo } from '../../db/repos/reception';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import { importRegisters } from '../../test/support/registers';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('expected visitors from a file', () => {
  const dir = useTempDir();

  it.each([
    ['Overleg', 'meeting'],
    ['  Job   Interview ', 'interview'],
    ['Bezorging', 'delivery'],
    ['Monteur', 'contractor'],
    ['Iets anders', 'other'],
  ])('reads the purpose "%s" as %s', async (written, purpose) => {
    const db = openDatabase(':memory:');
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff']);
    const file = path.join(dir(), 'doel.csv');
    fs.writeFileSync(file, `Datum;Naam;Gastheer;Doel\n${day(2)};Eva Mol;E1001;${written}\n`);
    expect(await s.imports.expected(file, { actor: 't' })).toMatchObject({ rejected: [] });
    expect(
      receptionRepo(db)
        .onDate(day(2))
        .map((v) => v.purpose),
    ).toEqual([purpose]);
  });

  it('expects each visitor once, and names the row and column of every refusal', async () => {
    const db = openDatabase(':memory:');
    const s = createServices(db);
    await importRegisters(s, ['site', 'staff']);
    db.prepare("UPDATE people SET email = 'joost@vn.example' WHERE employee_id = 'E1002'").run();
    const file = path.join(dir(), 'verwacht.csv');
    const tomorrow = day(2);
    fs.writeFileSync(
      file,
      [
        'Datum;Naam;Bedrijf;Gastheer;Tijd;Doel',
        `${tomorrow};Eva Mol;Drukkerij Eemkade;E1001;10:00;afspraak`,
        `${tomorrow};Bram Smit;;joost@vn.example;9.30;Sollicitatie`,
        `${tomorrow};Eva Mol;Drukkerij Eemkade;E1001;10:00;afspraak`,
        `${day(-3)};Te Laat;;E1001;;`,
        `${tomorrow};Iemand;;Nobody Here;;`,
        `${tomorrow};X;;;;`,
        `${tomorrow};Kees Bakker;;E1001;half elf;`,
        `${tomorrow};Kees Bakker;;E1001;;feest`,
      ].join('\n'),
    );
    const preview = await s.imports.expected(file, { actor: 't', dryRun: true });
    expect(receptionRepo(db).onDate(tomorrow)).toEqual([]);
    const summary = await s.imports.expected(file, { actor: 't' });
    expect(summary).toEqual(preview);
    expect(summary).toMatchObject({ rows: 8, imported: 2, unchanged: 1 });
    expect(summary.rejected.map((r) => `${r.row} ${r.column}: ${r.reason}`)).toEqual([
      `5 Datum: ${day(-3)} has passed: only today or later can be expected`,
      '6 Gastheer: nobody on the staff list is "Nobody Here"',
      '7 Naam: a name of 2 to 80 characters is needed',
      '8 Tijd: "half elf" is not a time of day (HH:MM)',
      '9 Doel: "feest" is not a purpose (afspraak/meeting, sollicitatie/interview, levering/delivery, werkzaamheden/contractor, anders/other)',
    ]);
    expect(
      receptionRepo(db)
        .onDate(tomorrow)
        .map((v) => [v.visitorName, v.hostName, v.expectedTime, v.purpose]),
    ).toEqual([
      ['Bram Smit', 'Joost van Dijkhuizen', '09:30', 'interview'],
      ['Eva Mol', 'Marleen Veldkamp-Smit', '10:00', 'meeting'],
    ]);
    // The same file again adds nobody.
    expect(await s.imports.expected(file, { actor: 't' })).toMatchObject({
      imported: 0,
      unchanged: 3,
    });
  });
});
