import { Command } from 'commander';
import { latestVersion } from '../../db/migrations/index';
import { userVersion } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import type { GlobalOptions } from './index';

export function dbCommand(globals: () => GlobalOptions): Command {
  const db = new Command('db').description('inspect the database');
  db.command('status')
    .description('create or migrate the database if needed, then print its file and schema version')
    .action(() => {
      const file = globals().db;
      const handle = openDatabase(file);
      const schema = userVersion(handle);
      handle.close();
      process.stdout.write(`${JSON.stringify({ file, schema, latest: latestVersion })}\n`);
    });
  return db;
}
