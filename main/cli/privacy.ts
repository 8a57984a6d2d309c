import { Command } from 'commander';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/** `lobby privacy purge|deletions`: the retention schedule, by hand and in its log. */
export function privacyCommand(globals: () => GlobalOptions): Command {
  const privacy = new Command('privacy').description('retention and the deletion log');
  privacy
    .command('purge')
    .description('remove now what is past its retention period (the kiosk does this daily)')
    .action(() =>
      withServices(globals().db, (s) => {
        process.stdout.write(`${JSON.stringify(s.retention.run('cli'))}\n`);
      }),
    );
  privacy
    .command('deletions')
    .description('what the retention schedule removed: categories and counts, never names')
    .action(() =>
      withServices(globals().db, (s) => {
        for (const row of s.retention.deletions()) process.stdout.write(`${JSON.stringify(row)}\n`);
      }),
    );
  return privacy;
}
