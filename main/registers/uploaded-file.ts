import type { RegisterKind } from '../../vocabulary';
import type { RegisterImports } from './register-imports';
import type { ImportSummary } from '../tables/summary';
import type { UploadStore } from '../uploads';

/**
 * A register import started from the screen: the file came through the contract in chunks
 * (uploadChunk), and is read by the same importers the command line uses. A preview keeps the
 * upload for the import that may follow; the import itself removes it.
 */
export async function importUploaded(
  imports: RegisterImports,
  uploads: UploadStore,
  request: { kind: RegisterKind; uploadId: string },
  opts: { dryRun: boolean; actor: string },
): Promise<ImportSummary> {
  const upload = uploads.get(request.uploadId);
  try {
    const summary = await imports[request.kind](upload.file, opts);
    return { ...summary, file: upload.fileName };
  } finally {
    if (!opts.dryRun) uploads.remove(request.uploadId);
  }
}
