/**
 * Files the office manager picks on the screen arrive in chunks through the contract (the same
 * way over Electron IPC and the browser host), are appended to a private temporary file, and are
 * removed once imported or after an hour. A client cannot fill the disk: a few uploads may be
 * open at once, within one byte budget, and expired ones are swept on a timer.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../ipc/errors';

const GiB = 1024 * 1024 * 1024;
const idleBeforeEvictMs = 60 * 1000;

export interface UploadLimits {
  /** Largest single file. */
  fileBytes: number;
  /** All open uploads together. */
  totalBytes: number;
  /** Uploads open at once. */
  open: number;
  /** An upload nobody touched for this long is removed. */
  maxAgeMs: number;
  now: () => number;
}

export const defaultUploadLimits: UploadLimits = {
  fileBytes: 2 * GiB,
  totalBytes: 3 * GiB,
  open: 4,
  maxAgeMs: 60 * 60 * 1000,
  now: Date.now,
};

interface Upload {
  file: string;
  fileName: string;
  bytes: number;
  touched: number;
}

export function uploadStore(
  root: string = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-uploads-')),
  limits: Partial<UploadLimits> = {},
) {
  const { fileBytes, totalBytes, open, maxAgeMs, now } = { ...defaultUploadLimits, ...limits };
  const uploads = new Map<string, Upload>();
  const sweep = () => {
    for (const [id, u] of uploads) {
      if (now() - u.touched > maxAgeMs) {
        fs.rmSync(u.file, { force: true });
        uploads.delete(id);
      }
    }
  };
  const timer = setInterval(sweep, Math.min(maxAgeMs, 5 * 60 * 1000));
  timer.unref();
  const bytesHeld = () => [...uploads.values()].reduce((sum, u) => sum + u.bytes, 0);
  /** An upload nobody has touched for a while makes way for a new one (a preview left behind). */
  const evictIdle = () => {
    const idle = [...uploads.entries()]
      .filter(([, u]) => now() - u.touched > idleBeforeEvictMs)
      .sort(([, a], [, b]) => a.touched - b.touched)[0];
    if (!idle) return;
    fs.rmSync(idle[1].file, { force: true });
    uploads.delete(idle[0]);
  };
  const checkRoom = (fileSize: number, adding: number, isNew: boolean) => {
    if (isNew && uploads.size >= open) evictIdle();
    if (isNew && uploads.size >= open)
      throw new AppError(
        'conflict',
        `${open} files are being uploaded already. Finish or wait for those first.`,
      );
    if (fileSize > fileBytes)
      throw new AppError('invalid_argument', `The file is larger than ${sizeText(fileBytes)}.`);
    if (bytesHeld() + adding > totalBytes)
      throw new AppError(
        'conflict',
        `Uploads waiting to be imported take ${sizeText(totalBytes)} already. Import or wait for those first.`,
      );
  };
  const openUpload = (id: string, fileName: string): Upload => {
    const upload = {
      file: path.join(root, id),
      fileName: path.basename(fileName),
      bytes: 0,
      touched: now(),
    };
    uploads.set(id, upload);
    return upload;
  };
  return {
    /** Appends a chunk at `offset` (which must be where the file ends now); starts an upload when id is null. */
    async append(input: {
      uploadId: string | null;
      fileName: string;
      offset: number;
      base64: string;
    }): Promise<{ uploadId: string; bytes: number }> {
      sweep();
      const existing = input.uploadId ? uploads.get(input.uploadId) : undefined;
      if (input.uploadId && !existing)
        throw new AppError('not_found', 'That upload has expired. Choose the file again.');
      const at = existing?.bytes ?? 0;
      if (input.offset !== at) {
        throw new AppError(
          'conflict',
          `The upload is at byte ${at}, not ${input.offset}. Choose the file again.`,
        );
      }
      const chunk = Buffer.from(input.base64, 'base64');
      // Checked before anything is created, so a refused first chunk leaves no upload behind.
      checkRoom(at + chunk.length, chunk.length, existing === undefined);
      const id = existing ? input.uploadId! : crypto.randomUUID();
      const upload = existing ?? openUpload(id, input.fileName);
      // Claim the byte range before writing, so an overlapping call for the same offset (or the
      // budget's next chunk) sees it.
      upload.bytes += chunk.length;
      upload.touched = now();
      try {
        // At its own offset: two chunks in flight may land in either order.
        const handle = await fs.promises.open(upload.file, existing ? 'r+' : 'w', 0o600);
        try {
          await handle.write(chunk, 0, chunk.length, at);
        } finally {
          await handle.close();
        }
      } catch (err) {
        uploads.delete(id);
        await fs.promises.rm(upload.file, { force: true });
        throw err;
      }
      return { uploadId: id, bytes: upload.bytes };
    },
    get(uploadId: string): Upload {
      const upload = uploads.get(uploadId);
      if (!upload)
        throw new AppError('not_found', 'That upload has expired. Choose the file again.');
      upload.touched = now();
      return upload;
    },
    remove(uploadId: string): void {
      const upload = uploads.get(uploadId);
      if (upload) fs.rmSync(upload.file, { force: true });
      uploads.delete(uploadId);
    },
    close() {
      clearInterval(timer);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
export type UploadStore = ReturnType<typeof uploadStore>;

function sizeText(bytes: number): string {
  return bytes >= GiB ? `${Math.round(bytes / GiB)} GB` : `${Math.round(bytes / 1024 / 1024)} MB`;
}
