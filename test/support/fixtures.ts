import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fictional floor-four access-review scenario, copied from shared/ into the project. */
export const fixtureDir = fileURLToPath(new URL('../fixtures/access-review', import.meta.url));

export const fixturePath = (...parts: string[]) => path.join(fixtureDir, ...parts);
export const readFixture = (...parts: string[]) => fs.readFileSync(fixturePath(...parts), 'utf8');

/** The vendor-family scenario (other people, other tags, four vendors' styles), from shared/. */
export const vendorFamilyDir = fileURLToPath(new URL('../fixtures/vendor-family', import.meta.url));
export const readVendorFamily = (...parts: string[]) =>
  fs.readFileSync(path.join(vendorFamilyDir, ...parts), 'utf8');
