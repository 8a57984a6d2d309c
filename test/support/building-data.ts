/** The fixture registers and one vendor's building exports, imported through the services. */
import { buildingRepo } from '../../db/repos/building';
import { openDatabase } from '../../db/open';
import { createServices } from '../../main/app/services';
import { importBuildingFile } from '../../main/building/building-import';
import { fixturePath } from './fixtures';
import { importRegisters } from './registers';

export async function withBuildingData(vendor: 'nedap_aeos' | 'paxton_net2' = 'nedap_aeos') {
  const db = openDatabase(':memory:');
  const s = createServices(db);
  await importRegisters(s);
  for (const kind of ['cardholders', 'events']) {
    const file = fixturePath('building', vendor, `${kind}.csv`);
    await importBuildingFile(buildingRepo(db), { file, actor: 't', timezone: 'Europe/Amsterdam' });
  }
  return { db, s };
}
