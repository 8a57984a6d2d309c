import type { Handlers } from '../ipc/feature-contract';
import type { calls, Results } from './calls';
import type { UploadStore } from './upload-store';

export function uploadHandlers(uploads: UploadStore): Handlers<typeof calls, Results> {
  return { uploadChunk: (chunk) => uploads.append(chunk) };
}
