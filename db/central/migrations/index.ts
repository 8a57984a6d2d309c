import { migration as changeLog } from './0010-change-log';
import type { CentralMigration } from './types';

/** Every central schema version ever shipped, in order. Add files; never edit a shipped one. */
export const centralMigrations: readonly CentralMigration[] = [changeLog];
