/**
 * What the watched folder does with each export it finds: imports Lobby's private copy in the
 * worker, audits each import and each refusal like one from the screen (actor "folder"), and
 * reconciles after a batch. Nobody is there to choose, so door events already past the retention
 * period are left out (and counted in the import's summary) rather than stored for a day.
 */
import type { AuditRepo } from '../../db/repos/audit';
import { recordFinished } from './building-service';
import type { ImportFinished } from './calls';
import type { ImportJobs } from './import-jobs';

const actor = 'folder';

export function folderImports(deps: {
  audit: AuditRepo;
  jobs: Pick<ImportJobs, 'start'>;
  timezone: () => string;
  eventsKeptFrom: () => number;
  /** The access review, run again once new data came in. */
  reconcile: () => void;
}) {
  return {
    importFile: (file: string, fileName: string): Promise<ImportFinished> =>
      new Promise<ImportFinished>((resolve) => {
        const options = {
          file,
          fileName,
          actor,
          source: actor,
          timezone: deps.timezone(),
          eventsKeptFrom: deps.eventsKeptFrom(),
          skipExpired: true,
        };
        deps.jobs.start(options, (finished) => {
          recordFinished(deps.audit, actor, fileName, finished);
          resolve(finished);
        });
      }),
    afterBatch: (files: string[]): void => {
      deps.audit.record({ actor, action: 'building.folder', detail: { files: files.length } });
      deps.reconcile();
    },
  };
}
