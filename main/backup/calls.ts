/** Backups on screen: the privacy officer sets them up, takes one, and tests a restore. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';

export interface BackupVersion {
  number: number;
  createdAt: string;
  bytes: number;
}

export interface BackupOverview {
  keysSet: boolean;
  /** Keys made before backups were signed: the passphrase once more adds the signing key. */
  signed: boolean;
  schedule: { folder: string; keep: number; everyHours: number } | null;
  last: { at: string; bytes: number } | null;
  overdue: boolean;
  /** The backups in the schedule's folder, newest first. */
  versions: BackupVersion[];
}

/** A test restore into a scratch file: it opened, its signature and integrity hold. */
export interface RestoreTest {
  number: number;
  createdAt: string;
  schema: number;
  auditEntries: number;
}

const Passphrase = z.string().min(12, 'at least 12 characters').max(200);

export const calls = {
  getBackups: z.tuple([]),
  setBackupPassphrase: z.tuple([Passphrase]),
  setBackupSchedule: z.tuple([
    z.strictObject({
      folder: z.string().trim().min(2).max(500).regex(/^\//, 'an absolute folder (/…)'),
      keep: z.number().int().min(1).max(1000),
      everyHours: z.number().int().min(1).max(744),
    }),
  ]),
  runBackup: z.tuple([]),
  /** Opens backup `number` with the passphrase into a scratch file, checks it, removes it. */
  testRestore: z.tuple([z.number().int().positive(), z.string().min(1).max(200)]),
};

export interface Results {
  getBackups: BackupOverview;
  setBackupPassphrase: BackupOverview;
  setBackupSchedule: BackupOverview;
  runBackup: BackupOverview;
  testRestore: RestoreTest;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
