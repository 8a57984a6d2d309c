import { noReaders, type ReaderService } from '../../hardware/reader';

export interface ReaderOptions {
  development: boolean;
}

/**
 * Builds the reader service for this machine. Call it only once start-up is complete (Electron's
 * `ready`, or the browser host's start).
 */
export async function createReaders(_opts: ReaderOptions): Promise<ReaderService> {
  return noReaders();
}
