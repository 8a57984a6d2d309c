/**
 * The building feature as the console and the command line use it: inspect and import the
 * building manager's exports, list what was imported, teach event texts. Each step is recorded in
 * the audit trail, whichever way it was started.
 */
import type { UnmatchedCardsRepo } from '../../db/repos/unmatched-cards';
import type { AuditRepo } from '../../db/repos/audit';
import type { BuildingRepo } from '../../db/repos/building';
import type { UploadStore } from '../uploads';
import { importBuildingFile, type BuildingImportOptions } from './building-import';
import type {
  BuildingImportRecord,
  BuildingImportRequest,
  BuildingImportSummary,
  ImportFinished,
} from './calls';
import type { ImportJobs } from './import-jobs';
import { textRules } from './text-rules';

/** Every import is audited the same way, from the screen, the command line or the folder. */
export function recordImport(
  audit: AuditRepo,
  actor: string,
  file: string,
  summary: BuildingImportSummary,
): void {
  audit.record({
    actor,
    action: 'building.import',
    subject: file,
    detail: { kind: summary.kind, rows: summary.rows, imported: summary.imported },
  });
}

/** An import in the worker, however it ended: done, refused, failed or stopped. */
export function recordFinished(
  audit: AuditRepo,
  actor: string,
  fileName: string,
  finished: ImportFinished,
): void {
  if (finished.outcome === 'done') recordImport(audit, actor, fileName, finished.summary);
  else audit.record({ actor, action: `building.import.${finished.outcome}`, subject: fileName });
}

export function buildingService(deps: {
  repo: BuildingRepo;
  audit: AuditRepo;
  timezone: () => string;
  unmatched: UnmatchedCardsRepo;
  /** Door events before this moment are past the retention period (privacy). */
  eventsKeptFrom: () => number;
}) {
  const { unmatched } = deps;
  const { repo, audit } = deps;
  return {
    /** Imports a file in this process (the command line); throws an ImportProblem when refused. */
    async importFile(
      options: Omit<BuildingImportOptions, 'timezone' | 'actor'>,
      actor: string,
    ): Promise<BuildingImportSummary> {
      const summary = await importBuildingFile(repo, {
        eventsKeptFrom: deps.eventsKeptFrom(),
        ...options,
        actor,
        timezone: deps.timezone(),
      });
      recordImport(audit, actor, summary.file, summary);
      return summary;
    },
    listImports: (): BuildingImportRecord[] => repo.listImports(),
    unmatchedCards: () => unmatched.list(),
    /** "This text means that outcome"; returns how many stored events it classified. */
    addTextRule(text: string, outcome: string, actor: string): number {
      const classified = textRules(repo).add(text, outcome);
      audit.record({ actor, action: 'building.rule', subject: text, detail: { outcome } });
      return classified;
    },
  };
}
export type BuildingService = ReturnType<typeof buildingService>;

/**
 * Imports started from the console: the file came in as an upload, is inspected and imported in
 * the worker, and its end comes back as an event.
 */
export function screenImports(deps: {
  audit: AuditRepo;
  timezone: () => string;
  jobs: ImportJobs;
  uploads: UploadStore;
  /** Door events before this moment are past the retention period (privacy). */
  eventsKeptFrom?: () => number;
}) {
  const { audit, jobs, uploads } = deps;
  const jobOptions = (request: BuildingImportRequest, actor: string) => {
    const upload = uploads.get(request.uploadId);
    return {
      file: upload.file,
      fileName: upload.fileName,
      actor,
      timezone: deps.timezone(),
      cardRule: request.cardRule,
      columns: request.columns,
      skipExpired: request.skipExpired === true,
      ...(deps.eventsKeptFrom ? { eventsKeptFrom: deps.eventsKeptFrom() } : {}),
    };
  };
  return {
    /** Detects what an uploaded export is and how it would be read; writes nothing. */
    inspect(request: BuildingImportRequest, actor: string): Promise<BuildingImportSummary> {
      const options = jobOptions(request, actor);
      audit.record({ actor, action: 'building.inspect', subject: options.fileName });
      return jobs.inspect(options);
    },
    /** Starts the import in the worker; returns the job's id. */
    start(request: BuildingImportRequest, actor: string): string {
      const options = jobOptions(request, actor);
      return jobs.start(options, (finished: ImportFinished) => {
        uploads.remove(request.uploadId);
        recordFinished(audit, actor, options.fileName, finished);
      });
    },
    cancel(jobId: string, actor: string): void {
      jobs.cancel(jobId);
      audit.record({ actor, action: 'building.cancel', subject: jobId });
    },
  };
}
export type ScreenImports = ReturnType<typeof screenImports>;
