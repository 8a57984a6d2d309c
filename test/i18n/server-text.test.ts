/**
 * What the services refuse reaches a Dutch screen in Dutch: the catalogue of their messages is
 * sound, and the refusals real bad files and forms produce are all in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createServices } from '../../main/app/services';
import type { Rejection } from '../../main/contract';
import { serverMessages, serverText } from '../../renderer/i18n/server-text';
import { catalogues } from '../../renderer/i18n/translate';
import { roleNames } from '../../main/building/columns';
import { staffColumns } from '../../main/registers/staff-import';
import { tagColumns } from '../../main/registers/tag-register-import';
import { visitColumns } from '../../main/registers/visit-import';
import { expectedColumns } from '../../main/registers/expected-import';
import { cardRules, importEndings, outcomes } from '../../main/contract';
import { auditedViews } from '../../main/app/create-lobby';
import { fixturePath, readFixture } from '../support/fixtures';
import { importRegisters } from '../support/registers';
import { useTempDir } from '../support/temp';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the services’ messages in Dutch', () => {
  const dir = useTempDir();
  const write = (name: string, text: string) => {
    const file = path.join(dir(), name);
    fs.writeFileSync(file, text);
    return file;
  };
  /** Each reason, where it has no Dutch, as a line naming it. */
  const untranslated = (rejected: Rejection[]) =>
    rejected.map((r) => r.reason).filter((reason) => serverText(reason, 'nl') === reason);

  it('has one entry per English text, each Dutch with the same placeholders', () => {
    const english = serverMessages.map((m) => m.en);
    expect(new Set(english).size).toBe(english.length);
    for (const m of serverMessages) expect(placeholders(m.nl), m.en).toEqual(placeholders(m.en));
  });

  it('has an office manager’s word for every column role, card rule and door-event outcome', () => {
    const roles = [
      ...roleNames,
      'ignored',
      ...Object.keys(staffColumns),
      ...Object.keys(tagColumns),
      ...Object.keys(visitColumns),
      ...Object.keys(expectedColumns),
    ];
    const keys = [
      ...roles.map((r) => `column.${r}`),
      ...cardRules.map((r) => `cardRule.${r}`),
      ...outcomes.map((o) => `review.outcome.${o}`),
    ];
    expect(keys.filter((k) => !(k in catalogues.nl))).toEqual([]);
  });

  it('has words for every audit action and every view the audit trail records', () => {
    const actions = new Set<string>();
    for (const file of fs.readdirSync('main', { recursive: true, encoding: 'utf8' }))
      if (file.endsWith('.ts') && !file.endsWith('.test.ts'))
        for (const line of fs
          .readFileSync(path.join('main', file), 'utf8')
          .matchAll(/action: ([^,}]*)/g))
          for (const m of line[1]!.matchAll(/'([\w.]+)'/g)) actions.add(m[1]!);
    // Reception records through its own helper: r.audit(operator(), 'visits.view', …).
    for (const file of fs.readdirSync('main/reception'))
      for (const m of fs
        .readFileSync(path.join('main/reception', file), 'utf8')
        .matchAll(/audit\(operator\(\), '([\w.]+)'/g))
        actions.add(m[1]!);
    // building-service records `building.import.${outcome}`.
    for (const ending of importEndings) actions.add(`building.import.${ending}`);
    expect(actions.size).toBeGreaterThan(40);
    const keys = [
      ...[...actions].map((a) => `audit.action.${a}`),
      ...[...auditedViews].map((v) => `audit.seen.${v}`),
    ];
    expect(keys.filter((k) => !(k in catalogues.nl))).toEqual([]);
  });

  it('translates a message with its values, and a known message inside another', () => {
    expect(serverText('no employee number', 'nl')).not.toBe('no employee number');
    expect(serverText('employeeId: no employee number', 'nl')).toBe(
      `employeeId: ${serverText('no employee number', 'nl')}`,
    );
    expect(serverText('no employee number', 'en')).toBe('no employee number');
    // Where a specific template and the loose "where: why" both fit, the specific one is meant,
    // wherever each stands in the catalogue.
    expect(serverText('not valid JSON: Unexpected token', 'nl')).toBe(
      'geen geldige JSON: Unexpected token',
    );
  });

  it('has Dutch for every row a bad staff list, badge register and visitor log are refused for', async () => {
    const s = createServices(openDatabase(':memory:'));
    await importRegisters(s, ['site']);
    const [header, good] = readFixture('staff.csv').split('\n');
    const staff = await s.imports.staff(
      write(
        'staff.csv',
        [
          header,
          good,
          'E9001,Kim,,Stam,Onbekend B.V.,X,Y,2024-01-01,,STD,,',
          'E9002,,,,Veldkamp & Noorderlicht B.V.,X,Y,2024-01-01,,STD,,',
          'E9003,Ab,,Cd,Veldkamp & Noorderlicht B.V.,X,Y,2024-05-01,2024-01-01,STD,,',
          'E9004,Ef,,Gh,Veldkamp & Noorderlicht B.V.,X,Y,2024-01-01,,NOPE,,',
          'E9005,Ij,,Kl,Veldkamp & Noorderlicht B.V.,X,Y,1 mei,,STD,,',
          ',Mn,,Op,Veldkamp & Noorderlicht B.V.,X,Y,2024-01-01,,STD,,',
          good,
        ].join('\n'),
      ),
      { actor: 'test', dryRun: true },
    );
    expect(staff.rejected.length).toBeGreaterThanOrEqual(6);
    expect(untranslated(staff.rejected)).toEqual([]);

    await importRegisters(s, ['staff']);
    const [tagHeader, tagRow] = readFixture('tags.csv').split('\n');
    const tags = await s.imports.tags(
      write(
        'tags.csv',
        [
          tagHeader,
          'ZZ:11,4,MIFARE,employee,E1001,2014-03-01,active,2014-03-01,',
          '90:E6:D3:A1,4,MIFARE,employee,E9999,2014-03-01,active,2014-03-01,',
          '90:E6:D3:A2,4,MIFARE,employee,E1001,2014-03-01,weg,2014-03-01,',
          '90:E6:D3:A3,4,MIFARE,alien,E1001,gisteren,active,2014-03-01,',
          tagRow,
          tagRow,
        ].join('\n'),
      ),
      { actor: 'test', dryRun: true },
    );
    expect(tags.rejected.length).toBeGreaterThanOrEqual(4);
    expect(untranslated(tags.rejected)).toEqual([]);

    const [visitHeader] = readFixture('visits.csv').split('\n');
    const visits = await s.imports.visits(
      write(
        'visits.csv',
        [
          visitHeader,
          'V9001,morgen,A. Koster,Gemeente,E1012,04:1B:12:51:F7:7A:28,BEZ-01,10:02,11:48,yes',
          'V9002,2025-10-07,,Gemeente,E1012,,BEZ-01,10:02,11:48,yes',
          'V9003,2025-10-07,B. Jansen,Gemeente,E9999,,BEZ-01,10:02,11:48,yes',
          'V9004,2025-10-07,C. de Vries,Gemeente,E1012,,BEZ-01,12:00,11:48,misschien',
        ].join('\n'),
      ),
      { actor: 'test', dryRun: true },
    );
    expect(visits.rejected.length).toBeGreaterThanOrEqual(4);
    expect(untranslated(visits.rejected)).toEqual([]);
  });

  it('has Dutch for what a bad site file and an empty person form are refused for', async () => {
    const s = createServices(openDatabase(':memory:'));
    const site = JSON.parse(readFixture('site.json')) as {
      site: { timezone: string };
      zones: { id: string }[];
      schedules: Record<string, { from: string; to: string }[]>;
    };
    site.site.timezone = 'Europe/Eemland';
    site.zones.push({ ...site.zones[0]! });
    const firstSchedule = Object.values(site.schedules)[0]!;
    firstSchedule[0]!.to = '00:30';
    const refused = await s.imports.site(write('site.json', JSON.stringify(site)), {
      actor: 'test',
    });
    expect(refused.rejected.length).toBeGreaterThanOrEqual(2);
    expect(untranslated(refused.rejected)).toEqual([]);

    await s.imports.site(fixturePath('site.json'), { actor: 'test' });
    const empty = {
      employeeId: '',
      firstName: '',
      namePrefix: '',
      lastName: '',
      organisation: 'Niemand B.V.',
      department: '',
      jobTitle: '',
      email: 'geen-adres',
      startDate: '2025-02-01',
      endDate: '2025-01-01',
      profileId: 'NOPE',
      notes: '',
      bhv: false,
    };
    let fields: Record<string, string> = {};
    try {
      s.peopleEditor.save(null, empty, 'test');
    } catch (err) {
      fields = (err as { fields: Record<string, string> }).fields;
    }
    expect(Object.keys(fields).sort()).toEqual(
      [
        'email',
        'employeeId',
        'endDate',
        'firstName',
        'lastName',
        'organisation',
        'profileId',
      ].sort(),
    );
    for (const message of Object.values(fields))
      expect(serverText(message, 'nl'), message).not.toBe(message);
  });
});
