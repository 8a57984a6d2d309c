/** Registers: the office manager's own files (site.json, staff list, tag register, visitor log). */
import { z } from 'zod';
import { featureContract } from '../ipc/feature-contract';
import { registerKinds } from '../../vocabulary';
import type { ImportSummary } from '../tables/summary';

const RegisterFile = z.strictObject({
  kind: z.enum(registerKinds),
  /** A file sent with uploadChunk: CSV, XLSX or JSON as the office manager picked it. */
  uploadId: z.uuid(),
});

export const calls = {
  /** Check a file and report what importing it would do, without changing anything. */
  previewImport: z.tuple([RegisterFile]),
  runImport: z.tuple([RegisterFile]),
};

export interface Results {
  previewImport: ImportSummary;
  runImport: ImportSummary;
}

export const publicCalls = [] as const;

export type Events = object;

export const contract = featureContract<Results, Events>()({ calls, publicCalls });
