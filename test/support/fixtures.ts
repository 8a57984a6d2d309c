import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fictional floor-four access-review scenario, copied from shared/ into the project. */
export const fixtureDir = fileURLToPath(new URL('../fixtures/access-review', import.meta.url));

export const fixturePath = (...parts: string[]) => path.join(fixtureDir, ...parts);
export const readFixture = (...parts: string[]) => fs.readFileSync(fixturePath(...parts), 'utf8');
