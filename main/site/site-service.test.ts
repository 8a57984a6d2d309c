import { describe, expect, it } from 'vitest';
import { auditRepo } from '../../db/repos/audit';
import { settingsRepo } from '../../db/repos/settings';
import { siteRepo } from '../../db/repos/site';
import { openDatabase } from '../../db/open';
import { readFixture } from '../../test/support/fixtures';
import {
  dutchZoneNames,
  englishSiteName,
  writeBilingualSite,
} from '../../test/support/bilingual-site';
import { useTempDir } from '../../test/support/temp';
import { createServices } from '../app/services';
import type { SiteConfig } from '../domain/site-model';
import { siteService } from './site-service';

function setup() {
  const db = openDatabase(':memory:');
  return siteService({ db, site: siteRepo(db), settings: settingsRepo(db), audit: auditRepo(db) });
}

const fixture = readFixture('site.json');
const edited = (change: (site: SiteConfig) => void) => {
  const site = JSON.parse(fixture) as SiteConfig;
  change(site);
  return JSON.stringify(site);
};

describe('site configuration', () => {
  it('imports the fixture with nothing rejected, and a second import changes nothing', () => {
    const service = setup();
    const first = service.importSite('site.json', fixture, 'test');
    expect(first.rejected).toEqual([]);
    expect(first).toMatchObject({ rows: 2 + 3 + 6 + 11 + 10 + 7 + 16, imported: 53, updated: 2 });
    const second = service.importSite('site.json', fixture, 'test');
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: second.rows, rejected: [] });
  });

  it('exports exactly the file it imported', () => {
    const service = setup();
    service.importSite('site.json', fixture, 'test');
    expect(service.exportSite()).toBe(fixture.endsWith('\n') ? fixture : `${fixture}\n`);
  });

  it.each([
    [
      'an unknown schedule in a profile',
      (s: SiteConfig) => (s.profiles[2]!.rules[0]!.schedule = 'STDX'),
      'profiles[2].rules[0].schedule: unknown schedule "STDX"',
    ],
    [
      'an unknown zone on a door',
      (s: SiteConfig) => (s.doors[4]!.zone = 'F5_GEN'),
      'doors[4].zone: unknown zone "F5_GEN"',
    ],
    [
      'an unknown zone in a building level',
      (s: SiteConfig) => s.buildingLevels[0]!.grants[0]!.zones.push('ROOF'),
      'buildingLevels[0].grants[0].zones[3]: unknown zone "ROOF"',
    ],
    [
      'a schedule whose "to" is before its "from"',
      (s: SiteConfig) => (s.schedules.STD![0]!.to = '06:00'),
      'schedules.STD[0].to: "to" (06:00) is not after "from" (07:00)',
    ],
    [
      'a door name used twice on one door',
      (s: SiteConfig) => s.doors[8]!.names.push('4.05 Serverruimte'),
      'doors[8].names[3]: duplicate door name "4.05 Serverruimte"',
    ],
    [
      'a door name shared by doors in different zones',
      (s: SiteConfig) => s.doors[9]!.names.push('405-01 lezer'),
      'doors[9].names[3]: duplicate door name "405-01 lezer" (door R09 in zone F4_IT)',
    ],
    [
      'a duplicate door id',
      (s: SiteConfig) => (s.doors[5]!.id = 'R05'),
      'doors[5].id: duplicate door "R05" (also at index 4)',
    ],
    [
      'an alias naming two organisations',
      (s: SiteConfig) => s.organisations[2]!.aliases.push('Brugwerk'),
      'organisations[2].aliases[2]: "Brugwerk" already names organisation "Brugwerk Consultancy B.V."',
    ],
    [
      'an unknown field',
      (s: SiteConfig) => Object.assign(s.zones[0]!, { colour: 'red' }),
      'zones[0]',
    ],
    [
      'another version',
      (s: SiteConfig) => Object.assign(s, { version: 2 }),
      'version: only version 1',
    ],
    [
      'a time zone that does not exist',
      (s: SiteConfig) => (s.site.timezone = 'Europe/Eemland'),
      'site.timezone',
    ],
  ])(
    'refuses %s, naming the path, and keeps the stored configuration',
    (_label, change, message) => {
      const service = setup();
      service.importSite('site.json', fixture, 'test');
      const before = service.exportSite();
      const result = service.importSite('bad.json', edited(change), 'test');
      const lines = result.rejected.map((r) => [r.column, r.reason].filter(Boolean).join(': '));
      expect(lines.join('\n')).toContain(message);
      expect(result.imported + result.updated).toBe(0);
      expect(service.exportSite()).toBe(before);
    },
  );

  it('accepts a building level that grants none of our zones, and keeps it', () => {
    const service = setup();
    const withCarPark = edited((site) =>
      site.buildingLevels.push({ name: 'P-2 Parkeergarage', grants: [] }),
    );
    expect(service.importSite('site.json', withCarPark, 'test').rejected).toEqual([]);
    expect(service.current().buildingLevels.at(-1)).toEqual({
      name: 'P-2 Parkeergarage',
      grants: [],
    });
  });

  it('refuses text that is not JSON', () => {
    const result = setup().importSite('x.json', '{"version": 1,', 'test');
    expect(result.rejected[0]?.reason).toMatch(/^not valid JSON/);
  });

  it('applies an edit: renamed label, moved window, removed level', () => {
    const service = setup();
    service.importSite('site.json', fixture, 'test');
    const result = service.importSite(
      'site.json',
      edited((s) => {
        s.zones[3]!.label = 'Serverruimte 4.05';
        s.schedules.STD![0]!.from = '07:30';
        s.buildingLevels.pop();
      }),
      'test',
    );
    expect(result).toMatchObject({ imported: 0, updated: 2, rejected: [] });
    const now = service.current();
    expect(now.zones[3]?.label).toBe('Serverruimte 4.05');
    expect(now.schedules.STD).toEqual([{ days: [1, 2, 3, 4, 5], from: '07:30', to: '19:00' }]);
    expect(now.buildingLevels).toHaveLength(15);
  });
});

describe('names per language', () => {
  const dir = useTempDir();

  it('keeps a zone’s and the site’s names per language, and gives each screen its own', async () => {
    const s = createServices(openDatabase(':memory:'));
    await s.imports.site(writeBilingualSite(dir()), { actor: 'test' });
    const exported = JSON.parse(s.site.exportSite()) as SiteConfig;
    expect(exported.zones.find((z) => z.id === 'F4_GEN')?.labels).toEqual({
      nl: dutchZoneNames.F4_GEN,
    });
    expect(exported.site.names).toEqual({ en: englishSiteName });
    expect(s.siteSettings.name('en')).toBe(englishSiteName);
    expect(s.siteSettings.name('nl')).toBe(exported.site.name);

    // Imported again, the same file changes nothing.
    const again = await s.imports.site(writeBilingualSite(dir()), { actor: 'test' });
    expect(again.imported + again.updated).toBe(0);
  });
});
