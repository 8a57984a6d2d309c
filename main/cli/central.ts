import fs from 'node:fs';
import { Command } from 'commander';
import { addKiosk, initCentral, removeKiosk } from '../../db/central/admin';
import { parseCentralUrl, withCentral } from '../../db/central/connect';
import { openDatabase } from '../../db/open';
import { encodeCredentials, type CentralSync } from '../central';
import { kioskSync } from '../app/central-sync';
import { createServices } from '../app/services';
import type { GlobalOptions } from './index';

const print = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Credentials given as `-` are read from standard input, so they stay off the command line. */
const credentialsFrom = (given: string) => (given === '-' ? fs.readFileSync(0, 'utf8') : given);

async function onKiosk<T>(dbFile: string, work: (sync: CentralSync) => Promise<T>) {
  const db = openDatabase(dbFile);
  try {
    return await work(kioskSync(db, createServices(db)));
  } finally {
    db.close();
  }
}

/** `lobby central …`: the store several kiosks share, and this kiosk's place in it. */
export function centralCommand(globals: () => GlobalOptions): Command {
  const central = new Command('central').description(
    'the central PostgreSQL store the kiosks of a building share',
  );
  central
    .command('init')
    .description('create or migrate the central schema (a superuser URL); prints JSON')
    .requiredOption('--url <url>', 'postgres:// URL of a role that may create roles')
    .action(async (opts: { url: string }) => {
      const result = await withCentral(parseCentralUrl(opts.url), initCentral);
      print({ schema: result.to, from: result.from, applied: result.applied });
    });
  central
    .command('add-kiosk <name>')
    .description('admit a kiosk; prints its credentials, once')
    .requiredOption('--url <url>', 'postgres:// URL of a role that may create roles')
    .action(async (name: string, opts: { url: string }) => {
      const target = parseCentralUrl(opts.url);
      const role = await withCentral(target, (pool) => addKiosk(pool, name));
      const credentials = encodeCredentials({
        kiosk: name,
        host: target.host,
        port: target.port,
        database: target.database,
        ...role,
      });
      print({ kiosk: name, credentials });
    });
  central
    .command('remove-kiosk <name>')
    .description('revoke a kiosk: it can no longer connect; what it pushed stays')
    .requiredOption('--url <url>', 'postgres:// URL of a role that may create roles')
    .action(async (name: string, opts: { url: string }) => {
      await withCentral(parseCentralUrl(opts.url), (pool) => removeKiosk(pool, name));
      print({ kiosk: name, removed: true });
    });
  central
    .command('join')
    .description('join this kiosk (--db) to the central store')
    .requiredOption('--credentials <text>', 'what add-kiosk printed, or - to read it from stdin')
    .action((opts: { credentials: string }) =>
      onKiosk(globals().db, async (sync) =>
        print(await sync.join(credentialsFrom(opts.credentials))),
      ),
    );
  central
    .command('sync')
    .description('push what waits here and pull the other kiosks’ changes, once')
    .action(() =>
      onKiosk(globals().db, async (sync) => {
        try {
          print(await sync.sync());
        } catch (e) {
          const waiting = sync.status().waiting;
          throw new Error(
            `${(e as Error).message} ${waiting} change(s) wait here and go at the next sync.`,
            { cause: e },
          );
        }
      }),
    );
  central
    .command('status')
    .description('this kiosk, what waits to be pushed, and each kiosk’s last contact')
    .option('--json', 'as JSON (the default)')
    .action(() => onKiosk(globals().db, async (sync) => print(sync.status())));
  return central;
}
