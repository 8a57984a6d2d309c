import type { PoolClient } from 'pg';

/** One version of the central schema; its SQL runs in one transaction with the registry row. */
export interface CentralMigration {
  version: number;
  name: string;
  up(client: PoolClient): Promise<void>;
}
