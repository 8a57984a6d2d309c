/** What other parts of Lobby may use of the backup feature. */
export {
  backupService,
  BackupSchedule,
  type BackupService,
  type BackupStatus,
} from './backup-service';
export { restoreBackup, type Restored } from './restore';
