import { Command } from 'commander';
import { AppError } from '../ipc/errors';
import { DatabaseInUse } from '../../db/kiosk-lock';
import { DamagedBackup, WrongPassphrase } from '../backup/backup-crypto';
import { restoreBackup } from '../backup/restore';
import type { GlobalOptions } from './index';
import { withServices } from './open-services';

/**
 * `lobby backup init|run|schedule` and `lobby restore <file>`. The passphrase is read from
 * standard input (or LOBBY_BACKUP_PASSPHRASE for scripts); it never goes on the command line.
 */
export function backupCommands(globals: () => GlobalOptions): Command[] {
  const backup = new Command('backup').description('encrypted, numbered backups of the database');
  backup
    .command('init')
    .description("set the privacy officer's passphrase (12+ characters; it is not stored)")
    .action(async () => {
      const passphrase = await readPassphrase();
      await withServices(globals().db, (s) => s.backups.init(passphrase, 'cli'));
      process.stdout.write(
        'Backups now have a key. Keep the passphrase safe: without it no backup can be restored.\n',
      );
    });
  backup
    .command('run')
    .description('take a backup now (while the kiosk runs, too)')
    .option('--to <folder>', 'the backup folder (default: the scheduled one)')
    .option('--keep <n>', 'how many versions to keep', '30')
    .action((opts: { to?: string; keep: string }) =>
      withServices(globals().db, async (s) => {
        const made = await s.backups.run(
          'cli',
          opts.to ? { folder: opts.to, keep: Math.max(1, Number(opts.keep) || 30) } : undefined,
        );
        process.stdout.write(`${JSON.stringify(made)}\n`);
      }),
    );
  backup
    .command('schedule')
    .description(
      'back up every so many hours into a folder, keeping the last N (the kiosk runs it)',
    )
    .requiredOption('--to <folder>', 'the backup folder (a share or a USB disk)')
    .option('--keep <n>', 'how many versions to keep', '30')
    .option('--every-hours <h>', 'how often', '24')
    .action((opts: { to: string; keep: string; everyHours: string }) =>
      withServices(globals().db, (s) => {
        s.backups.setSchedule(
          { folder: opts.to, keep: Number(opts.keep), everyHours: Number(opts.everyHours) },
          'cli',
        );
        process.stdout.write(`${JSON.stringify(s.backups.status())}\n`);
      }),
    );

  const restore = new Command('restore')
    .description('restore a backup into the --db file (stop the kiosk first)')
    .argument('<file>', 'a lobby-backup-….lbk file')
    .option(
      '--allow-unsigned',
      'accept a backup made before backups were signed (check where it comes from first)',
    )
    .action(async (file: string, opts: { allowUnsigned?: boolean }) => {
      const passphrase = await readPassphrase();
      try {
        const restored = await restoreBackup(file, passphrase, globals().db, {
          allowUnsigned: opts.allowUnsigned === true,
        });
        if (restored.olderThanReplaced) {
          process.stderr.write(
            `Note: this backup (${restored.createdAt}) is older than the database it replaced; what was recorded since is gone.\n`,
          );
        }
        // A restore puts back older data over newer: the privacy officer looks at whether that
        // is an incident (what was lost, and why the restore was needed).
        await withServices(globals().db, (s) =>
          s.incidents.propose(
            {
              source: 'backup_restored',
              key: `${restored.createdAt}:${new Date().toISOString()}`,
              what: `backup of ${restored.createdAt} restored`,
              awareAt: new Date().toISOString(),
              evidence: {
                backupCreatedAt: restored.createdAt,
                olderThanReplaced: restored.olderThanReplaced,
              },
            },
            'cli',
          ),
        );
        process.stdout.write(`${JSON.stringify({ restored: globals().db, ...restored })}\n`);
      } catch (err) {
        if (
          err instanceof WrongPassphrase ||
          err instanceof DamagedBackup ||
          err instanceof DatabaseInUse ||
          err instanceof AppError
        ) {
          process.stderr.write(`${err.message}\n`);
          process.exitCode = 4;
          return;
        }
        throw err;
      }
    });
  return [backup, restore];
}

async function readPassphrase(): Promise<string> {
  const fromEnv = process.env.LOBBY_BACKUP_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) process.stderr.write('Passphrase: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return (Buffer.concat(chunks).toString('utf8').split('\n')[0] ?? '').replace(/\r$/, '');
}
