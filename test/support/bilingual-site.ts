/**
 * The fixture's site with its names in both languages, as a site that serves Dutch and English
 * visitors gives them: the zones' labels are English, their Dutch comes with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readFixture } from './fixtures';

export const dutchZoneNames: Record<string, string> = {
  BLDG: 'Entrees van het gebouw (gedeeld)',
  F4_GEN: 'Verdieping 4 algemeen',
  F4_SHARED: 'Verdieping 4 gedeelde projectruimte',
  F4_IT: 'Verdieping 4 serverruimte',
  F4_HR: 'Verdieping 4 HR-archief',
  F4_MGMT: 'Verdieping 4 directiekamer',
};

export const englishSiteName = 'Floor 4, De Eemhof office building (fictional)';

/** Writes the bilingual site.json into `dir` and returns its path. */
export function writeBilingualSite(dir: string): string {
  const site = JSON.parse(readFixture('site.json')) as {
    site: { name: string; names?: Record<string, string> };
    zones: { id: string; labels?: Record<string, string> }[];
  };
  site.site.names = { en: englishSiteName };
  for (const zone of site.zones) {
    const nl = dutchZoneNames[zone.id];
    if (nl) zone.labels = { nl };
  }
  const file = path.join(dir, 'site.json');
  fs.writeFileSync(file, JSON.stringify(site, null, 2));
  return file;
}
