import type { RegisterKind } from '../../vocabulary';
import type { Handlers } from '../ipc/feature-contract';
import type { UploadStore } from '../uploads';
import type { calls, Results } from './calls';
import type { RegisterImports } from './register-imports';
import { importUploaded } from './uploaded-file';

export function registerHandlers(deps: {
  imports: RegisterImports;
  uploads: UploadStore;
  operator: () => string;
}): Handlers<typeof calls, Results> {
  const run = (file: { kind: RegisterKind; uploadId: string }, dryRun: boolean) =>
    importUploaded(deps.imports, deps.uploads, file, { dryRun, actor: deps.operator() });
  return {
    previewImport: (file) => run(file, true),
    runImport: (file) => run(file, false),
  };
}
