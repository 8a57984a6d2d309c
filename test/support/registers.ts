/** The fixture registers imported through the services, in the order they depend on each other. */
import type { Services } from '../../main/app/services';
import { fixturePath } from './fixtures';

const files = { site: 'site.json', staff: 'staff.csv', tags: 'tags.csv', visits: 'visits.csv' };
export type FixtureRegister = keyof typeof files;

export async function importRegisters(
  s: Services,
  registers: FixtureRegister[] = ['site', 'staff', 'tags', 'visits'],
): Promise<void> {
  for (const kind of registers) await s.imports[kind](fixturePath(files[kind]), { actor: 'test' });
}
