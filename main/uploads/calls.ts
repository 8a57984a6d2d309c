/** Uploads: files the office manager picks on the screen, sent in chunks, for any import. */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';

export const calls = {
  /** A chunk (≤ 4 MB, base64) of a file the office manager picked; null starts a new upload. */
  uploadChunk: z.tuple([
    z.strictObject({
      uploadId: z.uuid().nullable(),
      fileName: z.string().min(1).max(255),
      offset: z.number().int().min(0),
      base64: z.string().max(6 * 1024 * 1024),
    }),
  ]),
};

export interface Results {
  uploadChunk: { uploadId: string; bytes: number };
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
