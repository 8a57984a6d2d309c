/**
 * The building feature as the console and the command line use it: inspect and import the
 * building manager's exports, list what was imported, teach event texts. Each step is recorded in
 * the audit trail, whichever way it was started.
 */
import type { AuditRepo } from '../../db/repos/audit';
import type { BuildingRepo } from '../../db/repos/building';
import type { Outcome } from '../../vocabulary';
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

export function buildingService(deps: {
  repo: BuildingRepo;
  audit: AuditRepo;
  timezone: () => string;
  /** Only the kiosk has these: imports from the screen run in a worker on an uploaded file. */
  jobs?: ImportJobs;
  uploads?: UploadStore;
}) {
  const { repo, audit } = deps;

  const recordImport = (actor: string, file: string, summary: BuildingImportSummary) =>
    audit.record({
      actor,
      action: 'building.import',
      subject: file,
      detail: { kind: summary.kind, rows: summary.rows, imported: summary.imported },
    });

  const uploaded = (request: BuildingImportRequest, actor: string) => {
    if (!deps.jobs || !deps.uploads) throw new Error('imports from the screen need the kiosk');
    const upload = deps.uploads.get(request.uploadId);
    const options = {
      file: upload.file,
      fileName: upload.fileName,
      actor,
      timezone: deps.timezone(),
      cardRule: request.cardRule,
      columns: request.columns,
    };
    return { jobs: deps.jobs, uploads: deps.uploads, options };
  };

  return {
    /** Detects what an uploaded export is and how it would be read; writes nothing. */
    inspectUpload(request: BuildingImportRequest, actor: string): Promise<BuildingImportSummary> {
      const { jobs, options } = uploaded(request, actor);
      audit.record({ actor, action: 'building.inspect', subject: options.fileName });
      return jobs.inspect(options);
    },
    /** Starts the import of an uploaded export in the worker; its end is pushed as an event. */
    startUpload(request: BuildingImportRequest, actor: string): string {
      const { jobs, uploads, options } = uploaded(request, actor);
      return jobs.start(options, (finished: ImportFinished) => {
        uploads.remove(request.uploadId);
        if (finished.outcome === 'done') recordImport(actor, options.fileName, finished.summary);
        else
          audit.record({
            actor,
            action: `building.import.${finished.outcome}`,
            subject: options.fileName,
          });
      });
    },
    cancel(jobId: string, actor: string): void {
      deps.jobs?.cancel(jobId);
      audit.record({ actor, action: 'building.cancel', subject: jobId });
    },
    /** Imports a file in this process (the command line); throws an ImportProblem when refused. */
    async importFile(
      options: Omit<BuildingImportOptions, 'timezone' | 'actor'>,
      actor: string,
    ): Promise<BuildingImportSummary> {
      const summary = await importBuildingFile(repo, {
        ...options,
        actor,
        timezone: deps.timezone(),
      });
      recordImport(actor, summary.file, summary);
      return summary;
    },
    listImports: (): BuildingImportRecord[] => repo.listImports(),
    /** "This text means that outcome"; returns how many stored events it classified. */
    addTextRule(text: string, outcome: Outcome | string, actor: string): number {
      const classified = textRules(repo).add(text, outcome);
      audit.record({ actor, action: 'building.rule', subject: text, detail: { outcome } });
      return classified;
    },
  };
}
export type BuildingService = ReturnType<typeof buildingService>;
