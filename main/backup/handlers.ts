import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AuditRepo } from '../../db/repos/audit';
import type { Handlers } from '../ipc/feature-contract';
import { AppError } from '../ipc/errors';
import type { BackupService } from './backup-service';
import type { BackupOverview, calls, Results } from './calls';
import { DamagedBackup, WrongPassphrase } from './backup-crypto';
import { restoreBackup } from './restore';

export function backupHandlers(deps: {
  backups: BackupService;
  audit: AuditRepo;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const { backups, operator } = deps;
  const overview = (): BackupOverview => {
    const s = backups.status();
    const last = backups.lastBackup();
    return {
      keysSet: s.keysSet,
      signed: backups.signed(),
      schedule: s.schedule,
      last: last && { at: last.at, bytes: last.bytes },
      overdue: s.overdue || !s.keysSet || s.schedule === null,
      versions: backups
        .versions()
        .map(({ number, createdAt, bytes }) => ({ number, createdAt, bytes })),
    };
  };
  return {
    getBackups: overview,
    setBackupPassphrase: (passphrase) => (backups.init(passphrase, operator()), overview()),
    setBackupSchedule: (schedule) => (backups.setSchedule(schedule, operator()), overview()),
    runBackup: async () => {
      await backups.run(operator());
      return overview();
    },
    testRestore: async (number, passphrase) => {
      const version = backups.versions().find((v) => v.number === number);
      if (!version) throw new AppError('not_found', `There is no backup ${number}.`);
      // Into a scratch folder of its own, never over the kiosk's database; removed afterwards.
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-restore-test-'));
      try {
        const target = path.join(scratch, 'lobby.sqlite');
        const restored = await restoreBackup(version.file, passphrase, target).catch(
          (err: unknown) => {
            if (err instanceof WrongPassphrase)
              throw new AppError('invalid_argument', 'The passphrase does not open this backup.');
            if (err instanceof DamagedBackup)
              throw new AppError(
                'conflict',
                'This backup is damaged, changed or not this kiosk’s: it cannot be restored.',
              );
            throw err;
          },
        );
        const db = new Database(target, { readonly: true });
        const auditEntries = db
          .prepare<[], number>('SELECT count(*) FROM audit_log')
          .pluck()
          .get()!;
        db.close();
        deps.audit.record({
          actor: operator(),
          action: 'backup.testRestore',
          subject: String(number),
        });
        return { number, createdAt: restored.createdAt, schema: restored.schema, auditEntries };
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    },
  };
}
