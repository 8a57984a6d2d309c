import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportKind } from '../ipc/contract';
import type { ImportSummary } from './summary';
import type { registerImports } from './register-imports';

/**
 * An import started from the screen: the file's bytes arrive through the contract, are written to
 * a private temporary folder for the same readers the command line uses, and are removed after.
 */
export async function importUploaded(
  imports: ReturnType<typeof registerImports>,
  upload: { kind: ImportKind; fileName: string; content: string },
  opts: { dryRun: boolean; actor: string },
): Promise<ImportSummary> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lobby-upload-'));
  const safeName = path.basename(upload.fileName).replace(/[^\w.-]/g, '_') || 'upload';
  const file = path.join(dir, safeName);
  try {
    await fs.writeFile(file, Buffer.from(upload.content, 'base64'), { mode: 0o600 });
    const summary = await imports[upload.kind](file, opts);
    return { ...summary, file: upload.fileName };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
