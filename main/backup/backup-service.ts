/**
 * Encrypted, numbered backups: a consistent snapshot taken while the kiosk runs (SQLite's online
 * backup), sealed for the privacy officer's key, written as the next version in the backup
 * folder; the oldest beyond the number to keep are removed. The schedule is a setting; a backup
 * that is overdue is reported so the office manager sees it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { userVersion } from '../../db/migrate';
import type { Db } from '../../db/open';
import type { AuditRepo } from '../../db/repos/audit';
import type { SettingsRepo } from '../../db/repos/settings';
import { AppError } from '../ipc/errors';
import {
  createBackupKeys,
  sealFor,
  signBackup,
  unwrapPrivateKey,
  type BackupKeys,
} from './backup-crypto';
import type { ChainAnchor } from '../../db/audit-chain';
import {
  headerBytes,
  readBackupHeader,
  signedPart,
  writeBackup,
  type BackupHeader,
} from './backup-file';

const Keys = z.object({
  publicKey: z.string(),
  signingKey: z.string().optional(),
  wrapped: z.object({
    v: z.literal(2).optional(),
    salt: z.string(),
    iv: z.string(),
    tag: z.string(),
    key: z.string(),
    N: z.number(),
    r: z.number(),
    p: z.number(),
  }),
});
export const BackupSchedule = z.object({
  folder: z.string().min(1),
  keep: z.number().int().min(1).max(1000),
  everyHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 31),
});
export type BackupSchedule = z.output<typeof BackupSchedule>;
const Last = z.object({ at: z.string(), file: z.string(), bytes: z.number() });

export interface BackupStatus {
  keysSet: boolean;
  schedule: BackupSchedule | null;
  lastAt: string | null;
  /** Never run, or older than one and a half periods. */
  overdue: boolean;
}

const versionOf = (name: string) => Number(/^lobby-backup-(\d{6})-/.exec(name)?.[1] ?? NaN);

export function backupService(deps: {
  db: Db;
  settings: SettingsRepo;
  audit: AuditRepo;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());
  const keys = () => deps.settings.get('backup.keys', Keys.nullable(), null);
  const schedule = () => deps.settings.get('backup.schedule', BackupSchedule.nullable(), null);
  const last = () => deps.settings.get('backup.last', Last.nullable(), null);

  return {
    /**
     * Sets the privacy officer's key from a passphrase (which is not kept). Once; again only to
     * add the signature key to a key made before backups were signed, with the same passphrase.
     */
    init(passphrase: string, actor: string): void {
      const existing = keys();
      if (existing?.signingKey) throw new AppError('conflict', 'Backups already have a key.');
      if (existing) unwrapPrivateKey(existing.wrapped, passphrase);
      if (passphrase.length < 12)
        throw new AppError('invalid_argument', 'The passphrase needs at least 12 characters.');
      const created: BackupKeys = createBackupKeys(passphrase);
      deps.settings.set('backup.keys', created);
      deps.audit.record({ actor, action: 'backup.init' });
    },
    setSchedule(value: BackupSchedule, actor: string): void {
      deps.settings.set('backup.schedule', BackupSchedule.parse(value));
      deps.audit.record({ actor, action: 'backup.schedule', detail: value });
    },
    status(): BackupStatus {
      const s = schedule();
      const at = last()?.at ?? null;
      const periodMs = (s?.everyHours ?? 24) * 3_600_000;
      return {
        keysSet: keys() !== null,
        schedule: s,
        lastAt: at,
        overdue: s !== null && (at === null || now().getTime() - Date.parse(at) > periodMs * 1.5),
      };
    },
    /**
     * The audit chain's head as each backup recorded it: anchors outside the database, from the
     * scheduled folder and the folder of the last backup (or the folder given).
     */
    anchors(folder?: string): ChainAnchor[] {
      const folders = new Set(
        folder ? [folder] : [schedule()?.folder, last() && path.dirname(last()!.file)],
      );
      return [...folders]
        .filter((f): f is string => !!f && fs.existsSync(f))
        .flatMap((f) =>
          fs
            .readdirSync(f)
            .filter((n) => n.endsWith('.lbk'))
            .flatMap((n) => {
              const head = readBackupHeader(path.join(f, n))?.auditHead;
              return head ? [{ ...head, source: `backup ${n}` }] : [];
            }),
        );
    },
    /** Whether the key can sign (keys made before signing cannot until the passphrase is given). */
    signed: (): boolean => keys()?.signingKey !== undefined,
    lastBackup: () => last(),
    /** The backups in the schedule's folder, newest first, as their headers say. */
    versions(): { number: number; createdAt: string; bytes: number; file: string }[] {
      const folder = schedule()?.folder;
      if (!folder || !fs.existsSync(folder)) return [];
      return fs
        .readdirSync(folder)
        .filter((n) => n.endsWith('.lbk') && Number.isFinite(versionOf(n)))
        .flatMap((n) => {
          const file = path.join(folder, n);
          const header = readBackupHeader(file);
          return header
            ? [
                {
                  number: header.number,
                  createdAt: header.createdAt,
                  bytes: fs.statSync(file).size,
                  file,
                },
              ]
            : [];
        })
        .sort((a, b) => b.number - a.number);
    },
    /** Takes a backup into `folder` (default: the schedule's) and keeps the newest `keep`. */
    async run(actor: string, into?: { folder: string; keep: number }) {
      const k = keys();
      if (!k)
        throw new AppError('unavailable', 'Set a backup passphrase first (lobby backup init).');
      if (!k.signingKey)
        throw new AppError(
          'unavailable',
          'Backups are signed now: give the backup passphrase once more (lobby backup init) to add the signature key.',
        );
      const signingKey = k.signingKey;
      const target = into ?? schedule();
      if (!target) throw new AppError('unavailable', 'No backup folder is set.');
      fs.mkdirSync(target.folder, { recursive: true, mode: 0o700 });
      const snapshot = path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-snapshot-')),
        'lobby.sqlite',
      );
      try {
        await deps.db.backup(snapshot);
        const plain = fs.readFileSync(snapshot);
        const number =
          Math.max(0, ...fs.readdirSync(target.folder).map(versionOf).filter(Number.isFinite)) + 1;
        const createdAt = now().toISOString();
        const { header, sealed } = sealFor(k.publicKey, plain, (ephemeral, iv) =>
          headerBytes({
            format: 2,
            number,
            createdAt,
            schema: userVersion(deps.db),
            recipient: k.publicKey,
            wrapped: k.wrapped,
            ephemeral,
            iv,
            auditHead: deps.audit.head(),
          } satisfies BackupHeader),
        );
        const stamp = createdAt.replace(/[-:]/g, '').slice(0, 15);
        const file = path.join(
          target.folder,
          `lobby-backup-${String(number).padStart(6, '0')}-${stamp}Z.lbk`,
        );
        const signed = signedPart(header, sealed);
        const bytes = writeBackup(signed, signBackup(signingKey, signed));
        // Whole or not at all: a half-written file never looks like a backup.
        fs.writeFileSync(`${file}.part`, bytes, { mode: 0o600 });
        fs.renameSync(`${file}.part`, file);
        const removed = prune(target.folder, target.keep);
        deps.settings.set('backup.last', { at: createdAt, file, bytes: bytes.length });
        deps.audit.record({
          actor,
          action: 'backup.run',
          detail: { number, bytes: bytes.length, removed: removed.length },
        });
        return { file, number, bytes: bytes.length, removed };
      } finally {
        fs.rmSync(path.dirname(snapshot), { recursive: true, force: true });
      }
    },
  };
}
export type BackupService = ReturnType<typeof backupService>;

function prune(folder: string, keep: number): string[] {
  const versions = fs
    .readdirSync(folder)
    .filter((n) => Number.isFinite(versionOf(n)) && n.endsWith('.lbk'))
    .sort((a, b) => versionOf(b) - versionOf(a));
  const old = versions.slice(keep);
  for (const name of old) fs.rmSync(path.join(folder, name));
  return old;
}
