/**
 * Files the office manager picks on the screen arrive in chunks through the contract (the same
 * way over Electron IPC and the browser host), are appended to a private temporary file, and are
 * removed once imported or after an hour.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../ipc/errors';

export const maxUploadBytes = 2 * 1024 * 1024 * 1024;
const maxAgeMs = 60 * 60 * 1000;

interface Upload {
  file: string;
  fileName: string;
  bytes: number;
  touched: number;
}

export function uploadStore(
  root: string = fs.mkdtempSync(path.join(os.tmpdir(), 'lobby-uploads-')),
) {
  const uploads = new Map<string, Upload>();
  const sweep = () => {
    const now = Date.now();
    for (const [id, u] of uploads) {
      if (now - u.touched > maxAgeMs) {
        fs.rmSync(u.file, { force: true });
        uploads.delete(id);
      }
    }
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
      let id = input.uploadId;
      let upload = id ? uploads.get(id) : undefined;
      if (id && !upload)
        throw new AppError('not_found', 'That upload has expired. Choose the file again.');
      if (!upload) {
        id = crypto.randomUUID();
        upload = {
          file: path.join(root, id),
          fileName: path.basename(input.fileName),
          bytes: 0,
          touched: Date.now(),
        };
        uploads.set(id, upload);
        await fs.promises.writeFile(upload.file, '', { mode: 0o600 });
      }
      if (input.offset !== upload.bytes) {
        throw new AppError(
          'conflict',
          `The upload is at byte ${upload.bytes}, not ${input.offset}. Choose the file again.`,
        );
      }
      const chunk = Buffer.from(input.base64, 'base64');
      if (upload.bytes + chunk.length > maxUploadBytes)
        throw new AppError('invalid_argument', 'The file is larger than 2 GB.');
      // Claim the byte range before writing, so an overlapping call for the same offset is refused.
      upload.bytes += chunk.length;
      upload.touched = Date.now();
      try {
        await fs.promises.appendFile(upload.file, chunk);
      } catch (err) {
        uploads.delete(id!);
        await fs.promises.rm(upload.file, { force: true });
        throw err;
      }
      return { uploadId: id!, bytes: upload.bytes };
    },
    get(uploadId: string): Upload {
      const upload = uploads.get(uploadId);
      if (!upload)
        throw new AppError('not_found', 'That upload has expired. Choose the file again.');
      upload.touched = Date.now();
      return upload;
    },
    remove(uploadId: string): void {
      const upload = uploads.get(uploadId);
      if (upload) fs.rmSync(upload.file, { force: true });
      uploads.delete(uploadId);
    },
    close: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
export type UploadStore = ReturnType<typeof uploadStore>;
